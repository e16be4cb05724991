//! Recursive-descent parser for the grammar in `crates/survey/LOGIC.md`.
//!
//! Depth is bounded in two ways, both reported as [`ParseError::TooDeep`]:
//! - the parser's own recursion (parentheses, `not`, unary `-`) is counted on
//!   the way in, so `((((...` cannot overflow the stack however long it is;
//! - the height of the tree it builds is counted on the way out, so a long
//!   chain such as `1 + 1 + ... + 1` (built by a loop, not by recursion) cannot
//!   produce a tree that `check`, `eval`, `Display` or `Drop` would recurse
//!   through too deeply. `and`/`or` chains are flat nodes and do not count.

use std::fmt;

use super::MAX_DEPTH;
use super::ast::{
    ArithOp, Call, CompareOp, Expr, ExprKind, ItemRef, ListItem, Literal, LogicalOp, Span,
};
use super::lexer::{Tok, Token, lex};

/// A line and column (both from 1, the column in characters) in a rule, for
/// messages that refer to a second place in the rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    fn of(src: &str, offset: usize) -> Position {
        let before = src.get(..offset).unwrap_or(src);
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let line_text = before.get(line_start..).unwrap_or("");
        Position {
            line: before.matches('\n').count() + 1,
            column: line_text.chars().count() + 1,
        }
    }
}

/// Rules are usually one line; then the column alone is clearest.
impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 1 {
            write!(f, "column {}", self.column)
        } else {
            write!(f, "line {}, column {}", self.line, self.column)
        }
    }
}

/// Why a rule does not parse. Every variant has the byte `offset` in the rule
/// where the problem is.
#[derive(thiserror::Error, Debug, Clone, PartialEq)]
pub enum ParseError {
    #[error("unexpected character '{ch}'{hint}")]
    UnexpectedChar {
        ch: char,
        /// Empty, or "; ..." with advice for a common mistake.
        hint: &'static str,
        offset: usize,
    },
    #[error("unterminated string")]
    UnterminatedString { offset: usize },
    #[error("unknown escape '\\{ch}' in a string (only \\' \\\" and \\\\ are allowed)")]
    InvalidEscape { ch: char, offset: usize },
    #[error("invalid number: {reason}")]
    InvalidNumber { reason: &'static str, offset: usize },
    #[error("number too large")]
    NumberTooLarge { offset: usize },
    #[error("expected {expected}, found {found}")]
    Unexpected {
        expected: &'static str,
        found: String,
        offset: usize,
    },
    #[error("expected '{close}' to close '{open}' opened at {opened_at}, found {found}")]
    Unclosed {
        open: char,
        close: char,
        opened_at: Position,
        found: String,
        offset: usize,
    },
    #[error("unmatched ')'")]
    UnmatchedClose { offset: usize },
    #[error("unknown function '{name}' (known: answered, selected, count, len)")]
    UnknownFunction { name: String, offset: usize },
    #[error("wrong arguments to {func}(): write {usage}")]
    BadArguments {
        func: &'static str,
        usage: &'static str,
        offset: usize,
    },
    #[error("comparisons cannot be chained; join them with 'and'")]
    ChainedComparison { offset: usize },
    #[error("nesting deeper than {max} levels", max = MAX_DEPTH)]
    TooDeep { offset: usize },
}

impl ParseError {
    /// Byte offset in the rule where the problem is.
    pub fn offset(&self) -> usize {
        match self {
            ParseError::UnexpectedChar { offset, .. }
            | ParseError::UnterminatedString { offset }
            | ParseError::InvalidEscape { offset, .. }
            | ParseError::InvalidNumber { offset, .. }
            | ParseError::NumberTooLarge { offset }
            | ParseError::Unexpected { offset, .. }
            | ParseError::Unclosed { offset, .. }
            | ParseError::UnmatchedClose { offset }
            | ParseError::UnknownFunction { offset, .. }
            | ParseError::BadArguments { offset, .. }
            | ParseError::ChainedComparison { offset }
            | ParseError::TooDeep { offset } => *offset,
        }
    }
}

/// Parses a `relevant` or `validate` rule.
pub fn parse(src: &str) -> std::result::Result<Expr, ParseError> {
    let tokens = lex(src)?;
    let mut parser = Parser {
        src,
        tokens,
        pos: 0,
        depth: 0,
        eof: Token {
            tok: Tok::Eof,
            span: Span::new(src.len(), src.len()),
        },
    };
    let node = parser.or_expr()?;
    let next = parser.peek();
    match next.tok {
        Tok::Eof => Ok(node.expr),
        Tok::RParen => Err(ParseError::UnmatchedClose {
            offset: next.span.start,
        }),
        Tok::LParen => Err(ParseError::Unexpected {
            expected: "an operator or the end of the rule (only answered, selected, count and len can be called)",
            found: next.tok.describe(),
            offset: next.span.start,
        }),
        _ => Err(ParseError::Unexpected {
            expected: "an operator or the end of the rule",
            found: next.tok.describe(),
            offset: next.span.start,
        }),
    }
}

/// A parsed subtree with what its parent needs to know about it.
struct Node {
    expr: Expr,
    /// The node's span including any parentheses around it: parents build
    /// their own span from this, so that `(a + b) * c` covers the `(`.
    outer: Span,
    /// Edges on the longest path to a leaf (a leaf is 0).
    height: usize,
}

impl Node {
    fn leaf(kind: ExprKind, span: Span) -> Node {
        Node {
            expr: Expr { kind, span },
            outer: span,
            height: 0,
        }
    }
}

struct Parser<'s> {
    src: &'s str,
    tokens: Vec<Token>,
    pos: usize,
    /// How many parentheses, `not`s and `-`s the parser is inside.
    depth: usize,
    /// Returned by `peek` past the end, which the token vector's own final
    /// `Eof` should make unreachable; it saves an `unwrap`.
    eof: Token,
}

type Result<T> = std::result::Result<T, ParseError>;

impl Parser<'_> {
    fn peek(&self) -> &Token {
        self.tokens.get(self.pos).unwrap_or(&self.eof)
    }

    fn peek_second(&self) -> &Token {
        self.tokens.get(self.pos + 1).unwrap_or(&self.eof)
    }

    /// Consumes and returns the next token (`Eof` is never consumed).
    fn bump(&mut self) -> Token {
        let token = self.peek().clone();
        if token.tok != Tok::Eof {
            self.pos += 1;
        }
        token
    }

    fn unexpected(&self, expected: &'static str) -> ParseError {
        let next = self.peek();
        ParseError::Unexpected {
            expected,
            found: next.tok.describe(),
            offset: next.span.start,
        }
    }

    fn unclosed(&self, open: char, close: char, open_offset: usize) -> ParseError {
        let next = self.peek();
        ParseError::Unclosed {
            open,
            close,
            opened_at: Position::of(self.src, open_offset),
            found: next.tok.describe(),
            offset: next.span.start,
        }
    }

    /// Called before each recursive descent that the input controls.
    fn enter(&mut self, offset: usize) -> Result<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(ParseError::TooDeep { offset });
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    /// Builds an inner node whose highest child is `child_height` high,
    /// refusing trees higher than `MAX_DEPTH`.
    fn node(kind: ExprKind, outer: Span, child_height: usize, offset: usize) -> Result<Node> {
        let height = child_height + 1;
        if height > MAX_DEPTH {
            return Err(ParseError::TooDeep { offset });
        }
        Ok(Node {
            expr: Expr { kind, span: outer },
            outer,
            height,
        })
    }

    // or_expr := and_expr ("or" and_expr)*
    fn or_expr(&mut self) -> Result<Node> {
        let first = self.and_expr()?;
        if self.peek().tok != Tok::Or {
            return Ok(first);
        }
        let mut operands = vec![first];
        while self.peek().tok == Tok::Or {
            self.bump();
            operands.push(self.and_expr()?);
        }
        Self::logical(LogicalOp::Or, operands)
    }

    // and_expr := not_expr ("and" not_expr)*
    fn and_expr(&mut self) -> Result<Node> {
        let first = self.not_expr()?;
        if self.peek().tok != Tok::And {
            return Ok(first);
        }
        let mut operands = vec![first];
        while self.peek().tok == Tok::And {
            self.bump();
            operands.push(self.not_expr()?);
        }
        Self::logical(LogicalOp::And, operands)
    }

    fn logical(op: LogicalOp, operands: Vec<Node>) -> Result<Node> {
        let start = operands.first().map_or(0, |n| n.outer.start);
        let end = operands.last().map_or(start, |n| n.outer.end);
        let child_height = operands.iter().map(|n| n.height).max().unwrap_or(0);
        let operands = operands.into_iter().map(|n| n.expr).collect();
        Self::node(
            ExprKind::Logical { op, operands },
            Span::new(start, end),
            child_height,
            start,
        )
    }

    // not_expr := "not" not_expr | cmp
    fn not_expr(&mut self) -> Result<Node> {
        if self.peek().tok != Tok::Not {
            return self.cmp();
        }
        let keyword = self.bump();
        self.enter(keyword.span.start)?;
        let operand = self.not_expr()?;
        self.leave();
        Self::node(
            ExprKind::Not(Box::new(operand.expr)),
            keyword.span.to(operand.outer),
            operand.height,
            keyword.span.start,
        )
    }

    // cmp := sum ( ("=="|"!="|"<"|"<="|">"|">=") sum | "in" list )?
    fn cmp(&mut self) -> Result<Node> {
        let lhs = self.sum()?;
        let node = if let Some(op) = compare_op(&self.peek().tok) {
            let op_token = self.bump();
            let rhs = self.sum()?;
            Self::node(
                ExprKind::Compare {
                    op,
                    lhs: Box::new(lhs.expr),
                    rhs: Box::new(rhs.expr),
                },
                lhs.outer.to(rhs.outer),
                lhs.height.max(rhs.height),
                op_token.span.start,
            )?
        } else if self.peek().tok == Tok::In {
            let in_token = self.bump();
            let (list, end) = self.list()?;
            Self::node(
                ExprKind::In {
                    value: Box::new(lhs.expr),
                    list,
                },
                Span::new(lhs.outer.start, end),
                lhs.height,
                in_token.span.start,
            )?
        } else {
            return Ok(lhs);
        };
        // `a < b < c` would compare a boolean with c; say what to write instead.
        let next = self.peek();
        if compare_op(&next.tok).is_some() || next.tok == Tok::In {
            return Err(ParseError::ChainedComparison {
                offset: next.span.start,
            });
        }
        Ok(node)
    }

    // list := "[" (literal ("," literal)*)? "]"; returns the items and the end
    // offset of the closing bracket.
    fn list(&mut self) -> Result<(Vec<ListItem>, usize)> {
        if self.peek().tok != Tok::LBracket {
            return Err(self.unexpected("'[' to start the list after 'in'"));
        }
        let open = self.bump();
        let mut items = Vec::new();
        if self.peek().tok == Tok::RBracket {
            return Ok((items, self.bump().span.end));
        }
        loop {
            items.push(self.list_item()?);
            match self.peek().tok {
                Tok::Comma => {
                    self.bump();
                }
                Tok::RBracket => return Ok((items, self.bump().span.end)),
                Tok::Eof => return Err(self.unclosed('[', ']', open.span.start)),
                _ => return Err(self.unexpected("',' or ']' in the list")),
            }
        }
    }

    // literal := STRING | "-"? NUMBER
    fn list_item(&mut self) -> Result<ListItem> {
        const EXPECTED: &str = "a string or a number (lists hold literals only)";
        let token = self.peek().clone();
        match token.tok {
            Tok::Str(s) => {
                self.bump();
                Ok(ListItem {
                    value: Literal::String(s),
                    span: token.span,
                })
            }
            Tok::Number(n) => {
                self.bump();
                Ok(ListItem {
                    value: Literal::Number(n),
                    span: token.span,
                })
            }
            // A negative number is an expression elsewhere, but a list holds
            // only literals, so allow the sign here.
            Tok::Minus => {
                if let Tok::Number(n) = self.peek_second().tok {
                    self.bump();
                    let number = self.bump();
                    Ok(ListItem {
                        value: Literal::Number(-n),
                        span: token.span.to(number.span),
                    })
                } else {
                    self.bump();
                    Err(self.unexpected("a number after '-' in the list"))
                }
            }
            _ => Err(self.unexpected(EXPECTED)),
        }
    }

    // sum := term (("+"|"-") term)*
    fn sum(&mut self) -> Result<Node> {
        let mut lhs = self.term()?;
        loop {
            let op = match self.peek().tok {
                Tok::Plus => ArithOp::Add,
                Tok::Minus => ArithOp::Sub,
                _ => return Ok(lhs),
            };
            let op_token = self.bump();
            let rhs = self.term()?;
            lhs = Self::arith(op, lhs, rhs, op_token.span.start)?;
        }
    }

    // term := unary (("*"|"/") unary)*
    fn term(&mut self) -> Result<Node> {
        let mut lhs = self.unary()?;
        loop {
            let op = match self.peek().tok {
                Tok::Star => ArithOp::Mul,
                Tok::Slash => ArithOp::Div,
                _ => return Ok(lhs),
            };
            let op_token = self.bump();
            let rhs = self.unary()?;
            lhs = Self::arith(op, lhs, rhs, op_token.span.start)?;
        }
    }

    fn arith(op: ArithOp, lhs: Node, rhs: Node, offset: usize) -> Result<Node> {
        Self::node(
            ExprKind::Arith {
                op,
                lhs: Box::new(lhs.expr),
                rhs: Box::new(rhs.expr),
            },
            lhs.outer.to(rhs.outer),
            lhs.height.max(rhs.height),
            offset,
        )
    }

    // unary := "-" unary | primary
    fn unary(&mut self) -> Result<Node> {
        if self.peek().tok != Tok::Minus {
            return self.primary();
        }
        let minus = self.bump();
        self.enter(minus.span.start)?;
        let operand = self.unary()?;
        self.leave();
        Self::node(
            ExprKind::Neg(Box::new(operand.expr)),
            minus.span.to(operand.outer),
            operand.height,
            minus.span.start,
        )
    }

    // primary := NUMBER | STRING | "true" | "false" | "null" | ref | call | "(" expr ")"
    fn primary(&mut self) -> Result<Node> {
        let token = self.peek().clone();
        let kind = match token.tok {
            Tok::Number(n) => ExprKind::Number(n),
            Tok::Str(s) => ExprKind::String(s),
            Tok::True => ExprKind::Bool(true),
            Tok::False => ExprKind::Bool(false),
            Tok::Null => ExprKind::Null,
            // A name directly followed by `(` is a call; otherwise a
            // reference, so a question may be called `count`.
            Tok::Ident(name) if self.peek_second().tok == Tok::LParen => {
                return self.call(&name, token.span);
            }
            Tok::Ident(_) => {
                let (item, span) = self.item_ref()?;
                return Ok(Node::leaf(ExprKind::Ref(item), span));
            }
            Tok::LParen => {
                self.bump();
                self.enter(token.span.start)?;
                let inner = self.or_expr()?;
                self.leave();
                if self.peek().tok != Tok::RParen {
                    return Err(self.unclosed('(', ')', token.span.start));
                }
                let close = self.bump();
                // Parentheses add no node: the inner node keeps its own span,
                // and its parent gets the span with the parentheses.
                return Ok(Node {
                    outer: token.span.to(close.span),
                    ..inner
                });
            }
            _ => return Err(self.unexpected("an expression")),
        };
        self.bump();
        Ok(Node::leaf(kind, token.span))
    }

    // ref := IDENT ("." IDENT)?
    fn item_ref(&mut self) -> Result<(ItemRef, Span)> {
        let question = self.bump();
        let Tok::Ident(question_id) = question.tok else {
            return Err(ParseError::Unexpected {
                expected: "a question id",
                found: question.tok.describe(),
                offset: question.span.start,
            });
        };
        if self.peek().tok != Tok::Dot {
            return Ok((ItemRef::question(question_id), question.span));
        }
        self.bump();
        let row = self.peek().clone();
        let Tok::Ident(row_id) = row.tok else {
            return Err(self.unexpected("a row id after '.'"));
        };
        self.bump();
        Ok((
            ItemRef::row(question_id, row_id),
            question.span.to(row.span),
        ))
    }

    // call := FUNC "(" ref ("," STRING)? ")"
    fn call(&mut self, name: &str, name_span: Span) -> Result<Node> {
        let Some(func) = Func::named(name) else {
            return Err(ParseError::UnknownFunction {
                name: name.to_owned(),
                offset: name_span.start,
            });
        };
        let bad_arguments = |parser: &Self| ParseError::BadArguments {
            func: func.name(),
            usage: func.usage(),
            offset: parser.peek().span.start,
        };
        self.bump();
        let open = self.bump();
        if !matches!(self.peek().tok, Tok::Ident(_)) {
            return Err(bad_arguments(self));
        }
        let (item, item_span) = self.item_ref()?;
        let call = match func {
            Func::Answered => Call::Answered { item, item_span },
            Func::Count => Call::Count { item, item_span },
            Func::Len => Call::Len { item, item_span },
            Func::Selected => {
                if self.peek().tok != Tok::Comma {
                    return Err(bad_arguments(self));
                }
                self.bump();
                let code = self.peek().clone();
                let Tok::Str(code_value) = code.tok else {
                    return Err(bad_arguments(self));
                };
                self.bump();
                Call::Selected {
                    item,
                    item_span,
                    code: code_value,
                    code_span: code.span,
                }
            }
        };
        match self.peek().tok {
            Tok::RParen => {}
            Tok::Eof => return Err(self.unclosed('(', ')', open.span.start)),
            _ => return Err(bad_arguments(self)),
        }
        let close = self.bump();
        Ok(Node::leaf(ExprKind::Call(call), name_span.to(close.span)))
    }
}

/// The built-in functions, before their arguments are parsed.
#[derive(Debug, Clone, Copy)]
enum Func {
    Answered,
    Selected,
    Count,
    Len,
}

impl Func {
    fn named(name: &str) -> Option<Func> {
        match name {
            "answered" => Some(Func::Answered),
            "selected" => Some(Func::Selected),
            "count" => Some(Func::Count),
            "len" => Some(Func::Len),
            _ => None,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Func::Answered => "answered",
            Func::Selected => "selected",
            Func::Count => "count",
            Func::Len => "len",
        }
    }

    fn usage(self) -> &'static str {
        match self {
            Func::Answered => "answered(question)",
            Func::Selected => "selected(question, 'code')",
            Func::Count => "count(question)",
            Func::Len => "len(question)",
        }
    }
}

fn compare_op(tok: &Tok) -> Option<CompareOp> {
    match tok {
        Tok::EqEq => Some(CompareOp::Eq),
        Tok::Ne => Some(CompareOp::Ne),
        Tok::Lt => Some(CompareOp::Lt),
        Tok::Le => Some(CompareOp::Le),
        Tok::Gt => Some(CompareOp::Gt),
        Tok::Ge => Some(CompareOp::Ge),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tree in fully parenthesized prefix form, to test its shape.
    fn sexp(expr: &Expr) -> String {
        match &expr.kind {
            ExprKind::Null => "null".into(),
            ExprKind::Bool(b) => b.to_string(),
            ExprKind::Number(n) => n.to_string(),
            ExprKind::String(s) => format!("'{s}'"),
            ExprKind::Ref(item) => item.to_string(),
            ExprKind::Call(call) => call.to_string(),
            ExprKind::Not(e) => format!("(not {})", sexp(e)),
            ExprKind::Neg(e) => format!("(neg {})", sexp(e)),
            ExprKind::Logical { op, operands } => {
                let parts: Vec<String> = operands.iter().map(sexp).collect();
                format!("({} {})", op.keyword(), parts.join(" "))
            }
            ExprKind::Compare { op, lhs, rhs } => {
                format!("({} {} {})", op.symbol(), sexp(lhs), sexp(rhs))
            }
            ExprKind::Arith { op, lhs, rhs } => {
                format!("({} {} {})", op.symbol(), sexp(lhs), sexp(rhs))
            }
            ExprKind::In { value, list } => {
                let items: Vec<String> = list.iter().map(|i| i.value.to_string()).collect();
                format!("(in {} [{}])", sexp(value), items.join(" "))
            }
        }
    }

    fn tree(src: &str) -> String {
        match parse(src) {
            Ok(expr) => sexp(&expr),
            Err(e) => panic!("{src:?} does not parse: {e} at {}", e.offset()),
        }
    }

    fn err(src: &str) -> ParseError {
        match parse(src) {
            Ok(expr) => panic!("{src:?} parsed as {}", sexp(&expr)),
            Err(e) => e,
        }
    }

    #[test]
    fn literals_and_references() {
        assert_eq!(tree("12.5"), "12.5");
        assert_eq!(tree("'a b'"), "'a b'");
        assert_eq!(tree("\"x\""), "'x'");
        assert_eq!(tree("true"), "true");
        assert_eq!(tree("false"), "false");
        assert_eq!(tree("null"), "null");
        assert_eq!(tree("gender"), "gender");
        assert_eq!(tree("disc_domain.work"), "disc_domain.work");
        assert_eq!(tree("  q  "), "q");
    }

    #[test]
    fn every_operator() {
        for op in ["==", "!=", "<", "<=", ">", ">="] {
            assert_eq!(tree(&format!("a {op} 1")), format!("({op} a 1)"));
        }
        for op in ["+", "-", "*", "/"] {
            assert_eq!(
                tree(&format!("a {op} 1 == 2")),
                format!("(== ({op} a 1) 2)")
            );
        }
        assert_eq!(tree("a and b"), "(and a b)");
        assert_eq!(tree("a or b"), "(or a b)");
        assert_eq!(tree("not a"), "(not a)");
        assert_eq!(tree("-a < 0"), "(< (neg a) 0)");
        assert_eq!(
            tree("age_band in ['18_24', '25_29']"),
            "(in age_band ['18_24' '25_29'])"
        );
        assert_eq!(tree("x in []"), "(in x [])");
        assert_eq!(tree("x in [1, -2.5]"), "(in x [1 -2.5])");
    }

    #[test]
    fn functions() {
        assert_eq!(tree("answered(q)"), "answered(q)");
        assert_eq!(tree("answered(m.row)"), "answered(m.row)");
        assert_eq!(
            tree("selected(report_reason, 'other')"),
            "selected(report_reason, 'other')"
        );
        assert_eq!(tree("count(q) >= 2"), "(>= count(q) 2)");
        assert_eq!(tree("len(comments) <= 10"), "(<= len(comments) 10)");
        // Without a parenthesis a function name is an ordinary reference.
        assert_eq!(tree("count == 1"), "(== count 1)");
    }

    #[test]
    fn precedence() {
        assert_eq!(tree("a or b and c"), "(or a (and b c))");
        assert_eq!(tree("a and b or c"), "(or (and a b) c)");
        assert_eq!(tree("not a and b"), "(and (not a) b)");
        assert_eq!(tree("not a == 1"), "(not (== a 1))");
        assert_eq!(tree("not not a"), "(not (not a))");
        assert_eq!(tree("a + b * c == d"), "(== (+ a (* b c)) d)");
        assert_eq!(tree("a - b - c == 0"), "(== (- (- a b) c) 0)");
        assert_eq!(tree("a / b * c == 0"), "(== (* (/ a b) c) 0)");
        assert_eq!(tree("-a * b == 0"), "(== (* (neg a) b) 0)");
        assert_eq!(tree("--a == 0"), "(== (neg (neg a)) 0)");
        assert_eq!(tree("a - -b == 0"), "(== (- a (neg b)) 0)");
        assert_eq!(tree("(a + b) * c == 0"), "(== (* (+ a b) c) 0)");
        assert_eq!(tree("a + 1 in [2]"), "(in (+ a 1) [2])");
        assert_eq!(tree("(a or b) and c"), "(and (or a b) c)");
        assert_eq!(tree("a or b or c or d"), "(or a b c d)");
        assert_eq!(tree("a and (b and c)"), "(and a (and b c))");
        assert_eq!(
            tree("years_in_oulu in ['lt1','1_2'] and age_band != '15_17'"),
            "(and (in years_in_oulu ['lt1' '1_2']) (!= age_band '15_17'))"
        );
        assert_eq!(
            tree("year_moved >= 1950 and year_moved <= 2026"),
            "(and (>= year_moved 1950) (<= year_moved 2026))"
        );
    }

    #[test]
    fn spans() {
        let Ok(expr) = parse("(a + b) * c == 1") else {
            panic!("does not parse");
        };
        assert_eq!(expr.span, Span::new(0, 16));
        let ExprKind::Compare { lhs, .. } = &expr.kind else {
            panic!("not a comparison");
        };
        // The product's span includes the parentheses of its left operand,
        // which itself does not.
        assert_eq!(lhs.span, Span::new(0, 11));
        let ExprKind::Arith { lhs: sum, .. } = &lhs.kind else {
            panic!("not a product");
        };
        assert_eq!(sum.span, Span::new(1, 6));
    }

    #[test]
    fn references_in_source_order() {
        let Ok(expr) =
            parse("selected(r, 'x') or m.row == 'a' and not answered(q) or z + 1 in [2]")
        else {
            panic!("does not parse");
        };
        assert_eq!(
            expr.references(),
            vec![
                (ItemRef::question("r"), Span::new(9, 10)),
                (ItemRef::row("m", "row"), Span::new(20, 25)),
                (ItemRef::question("q"), Span::new(50, 51)),
                (ItemRef::question("z"), Span::new(56, 57)),
            ]
        );
        let Ok(constant) = parse("1 == 1") else {
            panic!("does not parse");
        };
        assert!(constant.references().is_empty());
    }

    #[test]
    fn unclosed_parenthesis() {
        let e = err("a and (b or c");
        assert_eq!(e.offset(), 13);
        assert_eq!(
            e.to_string(),
            "expected ')' to close '(' opened at column 7, found end of rule"
        );
        let e = err("(a == 1 'x'");
        assert_eq!(e.offset(), 8);
        assert_eq!(
            e.to_string(),
            "expected ')' to close '(' opened at column 1, found string 'x'"
        );
        let e = err("a and\n  (b");
        assert_eq!(
            e.to_string(),
            "expected ')' to close '(' opened at line 2, column 3, found end of rule"
        );
        let e = err("answered(q");
        assert_eq!(e.offset(), 10);
        assert!(e.to_string().contains("opened at column 9"));
        let e = err("x in ['a', 'b'");
        assert_eq!(e.offset(), 14);
        assert_eq!(
            e.to_string(),
            "expected ']' to close '[' opened at column 6, found end of rule"
        );
        // Columns count characters, not bytes.
        let e = err("'ä' == x and (b");
        assert!(e.to_string().contains("column 14"), "{e}");
    }

    #[test]
    fn unknown_function_and_bad_arguments() {
        let e = err("not answerd(q)");
        assert_eq!(e.offset(), 4);
        assert_eq!(
            e.to_string(),
            "unknown function 'answerd' (known: answered, selected, count, len)"
        );
        let e = err("selected(q)");
        assert_eq!(e.offset(), 10);
        assert_eq!(
            e.to_string(),
            "wrong arguments to selected(): write selected(question, 'code')"
        );
        assert_eq!(err("selected(q, 1)").offset(), 12);
        assert_eq!(err("selected(q, other)").offset(), 12);
        assert_eq!(err("answered(q, 'x')").offset(), 10);
        assert_eq!(err("answered('q')").offset(), 9);
        assert_eq!(err("answered()").offset(), 9);
        assert_eq!(err("count(1)").offset(), 6);
        assert!(matches!(
            err("len(q.)"),
            ParseError::Unexpected { offset: 6, .. }
        ));
    }

    #[test]
    fn misplaced_tokens() {
        let e = err("");
        assert_eq!(e.offset(), 0);
        assert_eq!(e.to_string(), "expected an expression, found end of rule");
        let e = err("a ==");
        assert_eq!(e.offset(), 4);
        let e = err("a b");
        assert_eq!(e.offset(), 2);
        assert_eq!(
            e.to_string(),
            "expected an operator or the end of the rule, found name 'b'"
        );
        let e = err("a == 1)");
        assert_eq!(e, ParseError::UnmatchedClose { offset: 6 });
        assert_eq!(err("in == 1").offset(), 0);
        assert!(err("in == 1").to_string().contains("keyword 'in'"));
        assert_eq!(err("a and or b").offset(), 6);
        assert_eq!(err("a == not b").offset(), 5);
        assert_eq!(err("a in 'x'").offset(), 5);
        assert_eq!(err("a in [b]").offset(), 6);
        assert_eq!(err("a in ['x' 'y']").offset(), 10);
        assert_eq!(err("a in ['x',]").offset(), 10);
        assert_eq!(err("a in [-'x']").offset(), 7);
        assert_eq!(err("m.").offset(), 2);
        assert_eq!(err("m.1").offset(), 2);
        assert_eq!(err("foo(q)").offset(), 0);
        assert!(matches!(
            err("(a)(b)"),
            ParseError::Unexpected { offset: 3, .. }
        ));
    }

    #[test]
    fn chained_comparisons() {
        let e = err("1 < a < 3");
        assert_eq!(e, ParseError::ChainedComparison { offset: 6 });
        assert_eq!(
            e.to_string(),
            "comparisons cannot be chained; join them with 'and'"
        );
        assert_eq!(err("a == b in ['x']").offset(), 7);
        assert_eq!(err("a in ['x'] == true").offset(), 11);
        // Parentheses make the intent explicit and are accepted.
        assert_eq!(tree("(a == b) == true"), "(== (== a b) true)");
    }

    #[test]
    fn lexer_errors_surface() {
        assert_eq!(err("a == 'x"), ParseError::UnterminatedString { offset: 5 });
        assert_eq!(err("a == 'x").to_string(), "unterminated string");
        assert_eq!(err("a = 1").offset(), 2);
        assert_eq!(err("a == 1_2").offset(), 5);
    }

    #[test]
    fn depth_limit() {
        let nested = |n: usize| format!("{}a{}", "(".repeat(n), ")".repeat(n));
        assert!(parse(&nested(MAX_DEPTH)).is_ok());
        let e = err(&nested(MAX_DEPTH + 1));
        assert_eq!(e, ParseError::TooDeep { offset: MAX_DEPTH });
        assert_eq!(e.to_string(), "nesting deeper than 64 levels");
        assert!(matches!(err(&nested(10_000)), ParseError::TooDeep { .. }));

        let nots = |n: usize| format!("{}a", "not ".repeat(n));
        assert!(parse(&nots(MAX_DEPTH)).is_ok());
        assert!(matches!(err(&nots(10_000)), ParseError::TooDeep { .. }));

        let negs = |n: usize| format!("{}1 == 0", "-".repeat(n));
        assert!(parse(&negs(MAX_DEPTH - 1)).is_ok());
        assert!(matches!(err(&negs(10_000)), ParseError::TooDeep { .. }));

        // Arithmetic chains are loops in the parser but deep trees.
        let sum = |n: usize| format!("1{} == 0", " + 1".repeat(n));
        assert!(parse(&sum(MAX_DEPTH - 1)).is_ok());
        assert!(matches!(err(&sum(10_000)), ParseError::TooDeep { .. }));

        // `and`/`or` chains are flat, however long.
        let chain = vec!["a == 'x'"; 10_000].join(" or ");
        assert!(parse(&chain).is_ok());
    }
}
