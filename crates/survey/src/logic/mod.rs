//! The survey logic language: the expressions of `relevant` (skip logic) and
//! `validate` rules. The grammar and semantics are written down in
//! `crates/survey/LOGIC.md`.
//!
//! A rule goes through three steps:
//! 1. [`parse`] turns the source into an [`Expr`], or a [`ParseError`] with a
//!    byte offset;
//! 2. [`check`] verifies it against the questionnaire (a [`Scope`]): items and
//!    codes exist, types fit, the rule is a condition. The caller adds its own
//!    ordering rules using [`Expr::references`];
//! 3. [`eval`] computes its truth value for one respondent's [`Answers`].
//!
//! Depth is bounded by the parser ([`MAX_DEPTH`]), so checking, evaluating,
//! printing and dropping a parsed rule cannot overflow the stack.

mod ast;
mod check;
mod eval;
mod lexer;
mod parser;

pub use ast::{
    ArithOp, Call, CompareOp, Expr, ExprKind, ItemRef, ListItem, Literal, LogicalOp, Span,
};
pub use check::{CheckError, ItemType, Scope, check};
pub use eval::{Answer, Answers, eval};
pub use parser::{ParseError, Position, parse};

/// How deeply a rule may nest: parentheses, `not` and unary `-` count, and so
/// does each operator of an arithmetic or comparison chain (`and`/`or` chains
/// do not, however long).
pub const MAX_DEPTH: usize = 64;
