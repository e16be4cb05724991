//! The syntax tree of a logic expression, and its printing.
//!
//! The tree is what the parser produced, with a span on every node so that the
//! static checks can point at the exact part of the rule that is wrong.
//! `Display` prints a tree back as source with the fewest parentheses that keep
//! its structure, so that `parse(&expr.to_string())` gives the same tree
//! (spans aside) for every tree `parse` can produce.

use std::fmt;

use serde::Serialize;

/// Byte offsets `start..end` into the rule's source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The span from the start of `self` to the end of `other`.
    pub(crate) fn to(self, other: Span) -> Span {
        Span {
            start: self.start,
            end: other.end,
        }
    }
}

/// An item a rule refers to: a question, or one row of a matrix question.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Ord, PartialOrd, Serialize)]
pub struct ItemRef {
    pub question: String,
    pub row: Option<String>,
}

impl ItemRef {
    /// The item that is the whole question `question`.
    pub fn question(question: impl Into<String>) -> Self {
        ItemRef {
            question: question.into(),
            row: None,
        }
    }

    /// The item that is row `row` of matrix question `question`.
    pub fn row(question: impl Into<String>, row: impl Into<String>) -> Self {
        ItemRef {
            question: question.into(),
            row: Some(row.into()),
        }
    }

    /// The same question without its row: what a matrix row belongs to.
    pub fn without_row(&self) -> Self {
        ItemRef::question(self.question.clone())
    }
}

/// `question` or `question.row`, as written in a rule.
impl fmt::Display for ItemRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.row {
            Some(row) => write!(f, "{}.{}", self.question, row),
            None => f.write_str(&self.question),
        }
    }
}

/// A node of the syntax tree. `span` covers the node's own text; for a node in
/// parentheses it excludes them (the parent's span includes them).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum ExprKind {
    /// `null`: the value of an unanswered item.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// A number literal; always finite and, from the parser, never negative
    /// (a minus sign is a [`ExprKind::Neg`]).
    Number(f64),
    /// A string literal (an option code or a text), escapes resolved.
    String(String),
    /// The answer to an item.
    Ref(ItemRef),
    /// A function call.
    Call(Call),
    /// `not operand`
    Not(Box<Expr>),
    /// `-operand`
    Neg(Box<Expr>),
    /// `a and b and c` / `a or b or c`. A chain of the same operator is one
    /// node with every operand (at least two), so that long chains do not
    /// build deep trees.
    Logical { op: LogicalOp, operands: Vec<Expr> },
    /// `lhs op rhs` with a comparison operator.
    Compare {
        op: CompareOp,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    /// `lhs op rhs` with an arithmetic operator.
    Arith {
        op: ArithOp,
        lhs: Box<Expr>,
        rhs: Box<Expr>,
    },
    /// `value in [literal, ...]`
    In {
        value: Box<Expr>,
        list: Vec<ListItem>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum LogicalOp {
    And,
    Or,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum CompareOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum ArithOp {
    Add,
    Sub,
    Mul,
    Div,
}

/// One literal of an `in` list, with its span (so an unknown code can be
/// pointed at).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ListItem {
    pub value: Literal,
    pub span: Span,
}

/// The literals an `in` list may hold.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Literal {
    String(String),
    /// Finite; may be negative (`in [-1, 0]`).
    Number(f64),
}

/// A call of one of the built-in functions. Each variant holds exactly its
/// arguments, so a call with the wrong arguments cannot be represented.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Call {
    /// `answered(item)`: the item has an answer.
    Answered { item: ItemRef, item_span: Span },
    /// `selected(item, 'code')`: the multiple-choice item has `code` chosen.
    Selected {
        item: ItemRef,
        item_span: Span,
        code: String,
        code_span: Span,
    },
    /// `count(item)`: how many codes of the multiple-choice item are chosen.
    Count { item: ItemRef, item_span: Span },
    /// `len(item)`: how many characters the text item has.
    Len { item: ItemRef, item_span: Span },
}

impl Call {
    /// The function's name as written in rules.
    pub fn name(&self) -> &'static str {
        match self {
            Call::Answered { .. } => "answered",
            Call::Selected { .. } => "selected",
            Call::Count { .. } => "count",
            Call::Len { .. } => "len",
        }
    }

    /// The item the function is applied to, and the span of its reference.
    pub fn item(&self) -> (&ItemRef, Span) {
        match self {
            Call::Answered { item, item_span }
            | Call::Selected {
                item, item_span, ..
            }
            | Call::Count { item, item_span }
            | Call::Len { item, item_span } => (item, *item_span),
        }
    }
}

impl CompareOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CompareOp::Eq => "==",
            CompareOp::Ne => "!=",
            CompareOp::Lt => "<",
            CompareOp::Le => "<=",
            CompareOp::Gt => ">",
            CompareOp::Ge => ">=",
        }
    }
}

impl ArithOp {
    pub fn symbol(self) -> &'static str {
        match self {
            ArithOp::Add => "+",
            ArithOp::Sub => "-",
            ArithOp::Mul => "*",
            ArithOp::Div => "/",
        }
    }
}

impl LogicalOp {
    pub fn keyword(self) -> &'static str {
        match self {
            LogicalOp::And => "and",
            LogicalOp::Or => "or",
        }
    }
}

impl Expr {
    /// Every item referenced, with the span of the reference, in source order.
    /// The caller uses this for its ordering rules (a rule may only refer to
    /// earlier questions).
    pub fn references(&self) -> Vec<(ItemRef, Span)> {
        let mut out = Vec::new();
        self.collect_references(&mut out);
        out
    }

    // Recursion is bounded: parsed trees are at most `MAX_DEPTH` deep.
    fn collect_references(&self, out: &mut Vec<(ItemRef, Span)>) {
        match &self.kind {
            ExprKind::Null | ExprKind::Bool(_) | ExprKind::Number(_) | ExprKind::String(_) => {}
            ExprKind::Ref(item) => out.push((item.clone(), self.span)),
            ExprKind::Call(call) => {
                let (item, span) = call.item();
                out.push((item.clone(), span));
            }
            ExprKind::Not(operand) | ExprKind::Neg(operand) => operand.collect_references(out),
            ExprKind::Logical { operands, .. } => {
                for operand in operands {
                    operand.collect_references(out);
                }
            }
            ExprKind::Compare { lhs, rhs, .. } | ExprKind::Arith { lhs, rhs, .. } => {
                lhs.collect_references(out);
                rhs.collect_references(out);
            }
            ExprKind::In { value, .. } => value.collect_references(out),
        }
    }

    /// Binding strength of the node's top operator, as in the grammar
    /// (higher binds tighter); printing parenthesizes a child whose
    /// precedence is below what its position requires.
    fn precedence(&self) -> u8 {
        match &self.kind {
            ExprKind::Logical {
                op: LogicalOp::Or, ..
            } => PREC_OR,
            ExprKind::Logical {
                op: LogicalOp::And, ..
            } => PREC_AND,
            ExprKind::Not(_) => PREC_NOT,
            ExprKind::Compare { .. } | ExprKind::In { .. } => PREC_CMP,
            ExprKind::Arith {
                op: ArithOp::Add | ArithOp::Sub,
                ..
            } => PREC_SUM,
            ExprKind::Arith {
                op: ArithOp::Mul | ArithOp::Div,
                ..
            } => PREC_TERM,
            ExprKind::Neg(_) => PREC_UNARY,
            ExprKind::Null
            | ExprKind::Bool(_)
            | ExprKind::Number(_)
            | ExprKind::String(_)
            | ExprKind::Ref(_)
            | ExprKind::Call(_) => PREC_PRIMARY,
        }
    }
}

const PREC_OR: u8 = 1;
const PREC_AND: u8 = 2;
const PREC_NOT: u8 = 3;
const PREC_CMP: u8 = 4;
const PREC_SUM: u8 = 5;
const PREC_TERM: u8 = 6;
const PREC_UNARY: u8 = 7;
const PREC_PRIMARY: u8 = 8;

/// Writes `expr`, in parentheses when it binds looser than `min` requires.
fn write_operand(f: &mut fmt::Formatter<'_>, expr: &Expr, min: u8) -> fmt::Result {
    if expr.precedence() < min {
        write!(f, "({expr})")
    } else {
        write!(f, "{expr}")
    }
}

/// Writes a string literal in single quotes, escaping what the lexer
/// requires to be escaped.
pub(crate) fn write_string(f: &mut fmt::Formatter<'_>, s: &str) -> fmt::Result {
    f.write_str("'")?;
    for c in s.chars() {
        if c == '\'' || c == '\\' {
            f.write_str("\\")?;
        }
        write!(f, "{c}")?;
    }
    f.write_str("'")
}

/// Rust prints finite `f64`s in plain decimal notation (never `1e21`), with the
/// fewest digits that read back as the same number: exactly the NUMBER syntax.
fn write_number(f: &mut fmt::Formatter<'_>, n: f64) -> fmt::Result {
    write!(f, "{n}")
}

impl fmt::Display for Literal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Literal::String(s) => write_string(f, s),
            Literal::Number(n) => write_number(f, *n),
        }
    }
}

impl fmt::Display for Call {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (item, _) = self.item();
        write!(f, "{}({item}", self.name())?;
        if let Call::Selected { code, .. } = self {
            f.write_str(", ")?;
            write_string(f, code)?;
        }
        f.write_str(")")
    }
}

/// Prints the expression as rule source (see the module documentation).
impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ExprKind::Null => f.write_str("null"),
            ExprKind::Bool(b) => write!(f, "{b}"),
            ExprKind::Number(n) => write_number(f, *n),
            ExprKind::String(s) => write_string(f, s),
            ExprKind::Ref(item) => write!(f, "{item}"),
            ExprKind::Call(call) => write!(f, "{call}"),
            ExprKind::Not(operand) => {
                f.write_str("not ")?;
                write_operand(f, operand, PREC_NOT)
            }
            ExprKind::Neg(operand) => {
                f.write_str("-")?;
                write_operand(f, operand, PREC_UNARY)
            }
            ExprKind::Logical { op, operands } => {
                // Operands are one level tighter than the chain itself: a
                // nested chain of the same operator came from parentheses and
                // keeps them.
                let min = match op {
                    LogicalOp::Or => PREC_AND,
                    LogicalOp::And => PREC_NOT,
                };
                for (i, operand) in operands.iter().enumerate() {
                    if i > 0 {
                        write!(f, " {} ", op.keyword())?;
                    }
                    write_operand(f, operand, min)?;
                }
                Ok(())
            }
            ExprKind::Compare { op, lhs, rhs } => {
                // Comparisons do not chain: both sides are sums.
                write_operand(f, lhs, PREC_SUM)?;
                write!(f, " {} ", op.symbol())?;
                write_operand(f, rhs, PREC_SUM)
            }
            ExprKind::Arith { op, lhs, rhs } => {
                // Left-associative: the right operand must bind tighter.
                let prec = self.precedence();
                write_operand(f, lhs, prec)?;
                write!(f, " {} ", op.symbol())?;
                write_operand(f, rhs, prec.saturating_add(1))
            }
            ExprKind::In { value, list } => {
                write_operand(f, value, PREC_SUM)?;
                f.write_str(" in [")?;
                for (i, item) in list.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{}", item.value)?;
                }
                f.write_str("]")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::parse;
    use super::*;

    fn reprint(src: &str) -> String {
        match parse(src) {
            Ok(expr) => expr.to_string(),
            Err(e) => panic!("{src:?} does not parse: {e}"),
        }
    }

    #[test]
    fn display_keeps_only_needed_parentheses() {
        for (src, printed) in [
            ("(a or b) and c", "(a or b) and c"),
            ("a or (b and c)", "a or b and c"),
            ("(a and b) and c", "(a and b) and c"),
            ("not (a and b)", "not (a and b)"),
            ("(not a) and b", "not a and b"),
            ("not (a == 1)", "not a == 1"),
            ("(not a) == b", "(not a) == b"),
            ("-(a + b) * c == 1", "-(a + b) * c == 1"),
            ("a - (b - c) == 1", "a - (b - c) == 1"),
            ("(a - b) - c == 1", "a - b - c == 1"),
            ("a / (b * c) == 1", "a / (b * c) == 1"),
            ("(a == b) == (c in ['x'])", "(a == b) == (c in ['x'])"),
            ("- -a==1", "--a == 1"),
            ("a-(-1)==0", "a - -1 == 0"),
            ("x in[ '1' ,2.50, -3 ]", "x in ['1', 2.5, -3]"),
            ("q == 007", "q == 7"),
            (r#"q == "it's \\ \"ok\"""#, r#"q == 'it\'s \\ "ok"'"#),
            (
                "selected( r ,\"x\") and answered(m.row) and count(q)+len(t)>1",
                "selected(r, 'x') and answered(m.row) and count(q) + len(t) > 1",
            ),
            ("true and not false or null", "true and not false or null"),
        ] {
            assert_eq!(reprint(src), printed, "{src}");
            assert_eq!(reprint(printed), printed, "{printed}");
        }
    }

    #[test]
    fn numbers_print_without_exponents() {
        assert_eq!(
            reprint("x == 100000000000000000000000"),
            "x == 100000000000000000000000"
        );
        assert_eq!(reprint("x == 0.0000001"), "x == 0.0000001");
    }

    #[test]
    fn serializes() {
        let Ok(expr) = parse("q == 'a'") else {
            panic!("does not parse");
        };
        let json = serde_json::to_value(&expr).unwrap_or_default();
        assert_eq!(json["span"], serde_json::json!({"start": 0, "end": 8}));
        assert_eq!(
            json["kind"]["Compare"]["lhs"]["kind"]["Ref"],
            serde_json::json!({"question": "q", "row": null})
        );
    }

    #[test]
    fn item_refs_display_as_written() {
        assert_eq!(ItemRef::question("q").to_string(), "q");
        assert_eq!(ItemRef::row("m", "r").to_string(), "m.r");
        assert_eq!(ItemRef::row("m", "r").without_row(), ItemRef::question("m"));
    }
}
