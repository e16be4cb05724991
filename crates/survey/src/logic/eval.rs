//! Evaluation of a rule against one respondent's answers.
//!
//! Values are null (a missing answer, or arithmetic that has no result),
//! booleans, finite numbers, strings and sets of codes. Comparisons are
//! always true or false, never null: anything compared with null, or with a
//! value of another kind, is false, for `!=` as much as for `==`. So `not`,
//! `and` and `or` only ever see booleans, and plain two-valued logic applies.
//! In a condition, a bare reference means "is answered"; any other
//! non-boolean value is false.
//!
//! Evaluation never fails: `check` is where a malformed rule is reported,
//! and a rule that slipped past it evaluates to false rather than panicking.

use std::cell::Cell;

use super::MAX_DEPTH;
use super::ast::{ArithOp, Call, CompareOp, Expr, ExprKind, ItemRef, ListItem, Literal, LogicalOp};

/// One item's answer, as the caller stores it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Answer<'a> {
    /// Not answered (or not shown). Null in rules.
    Missing,
    /// A single-choice, likert or matrix-row answer: the option code.
    Code(&'a str),
    /// A multiple-choice answer: the chosen codes.
    Codes(&'a [String]),
    /// A number answer. NaN and infinities are treated as missing.
    Number(f64),
    /// A text answer.
    Text(&'a str),
}

/// One respondent's answers.
///
/// Asked per item: `ItemRef { question, row: None }` for a question, and with
/// `row: Some(..)` for a matrix row. For a whole matrix (in `answered(m)` or a
/// bare `m` used as a condition), answer anything but `Missing` when at least
/// one row is answered.
pub trait Answers {
    fn answer(&self, item: &ItemRef) -> Answer<'_>;
}

/// The rule's truth value for these answers.
pub fn eval(expr: &Expr, answers: &dyn Answers) -> bool {
    let evaluator = Evaluator {
        answers,
        too_deep: Cell::new(false),
    };
    let holds = evaluator.condition(expr, 0);
    // Below the guard values are meaningless (and `not` would flip them), so
    // a tree that reached it is false as a whole.
    holds && !evaluator.too_deep.get()
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Value<'a> {
    Null,
    Bool(bool),
    /// Always finite.
    Number(f64),
    Str(&'a str),
    Codes(&'a [String]),
}

impl<'a> From<Answer<'a>> for Value<'a> {
    fn from(answer: Answer<'a>) -> Self {
        match answer {
            Answer::Missing => Value::Null,
            Answer::Code(code) => Value::Str(code),
            Answer::Codes(codes) => Value::Codes(codes),
            Answer::Number(n) => finite(n),
            Answer::Text(text) => Value::Str(text),
        }
    }
}

/// Keeps NaN and infinities out of evaluation: they become null.
fn finite(n: f64) -> Value<'static> {
    if n.is_finite() {
        Value::Number(n)
    } else {
        Value::Null
    }
}

/// Parsed trees are at most `MAX_DEPTH` high; the guard only matters for
/// trees built by hand, which must not overflow the stack either.
const DEPTH_GUARD: usize = MAX_DEPTH * 2;

struct Evaluator<'a> {
    answers: &'a dyn Answers,
    /// Set when the depth guard was reached.
    too_deep: Cell<bool>,
}

impl<'a> Evaluator<'a> {
    fn condition(&self, expr: &'a Expr, depth: usize) -> bool {
        if depth > DEPTH_GUARD {
            self.too_deep.set(true);
            return false;
        }
        let depth = depth + 1;
        match &expr.kind {
            ExprKind::Ref(item) => Value::from(self.answers.answer(item)) != Value::Null,
            ExprKind::Not(operand) => !self.condition(operand, depth),
            ExprKind::Logical {
                op: LogicalOp::And,
                operands,
            } => operands.iter().all(|o| self.condition(o, depth)),
            ExprKind::Logical {
                op: LogicalOp::Or,
                operands,
            } => operands.iter().any(|o| self.condition(o, depth)),
            _ => self.value(expr, depth) == Value::Bool(true),
        }
    }

    fn value(&self, expr: &'a Expr, depth: usize) -> Value<'a> {
        if depth > DEPTH_GUARD {
            self.too_deep.set(true);
            return Value::Null;
        }
        let depth = depth + 1;
        match &expr.kind {
            ExprKind::Null => Value::Null,
            ExprKind::Bool(b) => Value::Bool(*b),
            ExprKind::Number(n) => finite(*n),
            ExprKind::String(s) => Value::Str(s),
            ExprKind::Ref(item) => self.answers.answer(item).into(),
            ExprKind::Call(call) => self.call(call),
            ExprKind::Not(_) | ExprKind::Logical { .. } => Value::Bool(self.condition(expr, depth)),
            ExprKind::Neg(operand) => match self.value(operand, depth) {
                Value::Number(n) => Value::Number(-n),
                _ => Value::Null,
            },
            ExprKind::Arith { op, lhs, rhs } => {
                arith(*op, self.value(lhs, depth), self.value(rhs, depth))
            }
            ExprKind::Compare { op, lhs, rhs } => {
                Value::Bool(compare(*op, self.value(lhs, depth), self.value(rhs, depth)))
            }
            ExprKind::In { value, list } => {
                let value = self.value(value, depth);
                Value::Bool(list.iter().any(|item| equals_literal(value, item)))
            }
        }
    }

    fn call(&self, call: &'a Call) -> Value<'a> {
        let (item, _) = call.item();
        let answer = self.answers.answer(item);
        match call {
            Call::Answered { .. } => Value::Bool(Value::from(answer) != Value::Null),
            Call::Selected { code, .. } => Value::Bool(match answer {
                Answer::Codes(codes) => codes.iter().any(|c| c == code),
                _ => false,
            }),
            // Counting an unanswered item gives 0 rather than null, so that
            // "at most two chosen" (`count(q) <= 2`) holds when none are.
            Call::Count { .. } => match answer {
                Answer::Codes(codes) => count(codes.len()),
                Answer::Missing => Value::Number(0.0),
                _ => Value::Null,
            },
            Call::Len { .. } => match answer {
                Answer::Text(text) => count(text.chars().count()),
                Answer::Missing => Value::Number(0.0),
                _ => Value::Null,
            },
        }
    }
}

/// A count as a number. Counts of answers are far below 2^53, where `f64`
/// stops being exact, so the conversion loses nothing.
#[allow(clippy::cast_precision_loss)]
fn count(n: usize) -> Value<'static> {
    finite(n as f64)
}

/// Arithmetic on numbers; anything else, division by zero, and results too
/// large for `f64` are null.
fn arith<'a>(op: ArithOp, lhs: Value<'a>, rhs: Value<'a>) -> Value<'a> {
    let (Value::Number(a), Value::Number(b)) = (lhs, rhs) else {
        return Value::Null;
    };
    let result = match op {
        ArithOp::Add => a + b,
        ArithOp::Sub => a - b,
        ArithOp::Mul => a * b,
        ArithOp::Div if b == 0.0 => return Value::Null,
        ArithOp::Div => a / b,
    };
    finite(result)
}

/// True or false, never null: incomparable values (null included) compare
/// false under every operator.
fn compare(op: CompareOp, lhs: Value<'_>, rhs: Value<'_>) -> bool {
    match (lhs, rhs) {
        (Value::Number(a), Value::Number(b)) => match op {
            CompareOp::Eq => a == b,
            CompareOp::Ne => a != b,
            CompareOp::Lt => a < b,
            CompareOp::Le => a <= b,
            CompareOp::Gt => a > b,
            CompareOp::Ge => a >= b,
        },
        (Value::Str(a), Value::Str(b)) => equality(op, a == b),
        (Value::Bool(a), Value::Bool(b)) => equality(op, a == b),
        _ => false,
    }
}

/// `==` / `!=` given whether the sides are equal; strings and booleans have
/// no order, so `<` and friends are false.
fn equality(op: CompareOp, equal: bool) -> bool {
    match op {
        CompareOp::Eq => equal,
        CompareOp::Ne => !equal,
        CompareOp::Lt | CompareOp::Le | CompareOp::Gt | CompareOp::Ge => false,
    }
}

fn equals_literal(value: Value<'_>, item: &ListItem) -> bool {
    match (value, &item.value) {
        (Value::Str(a), Literal::String(b)) => a == b,
        (Value::Number(a), Literal::Number(b)) => a == *b,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::super::parse;
    use super::*;

    #[derive(Default)]
    struct Respondent {
        codes: HashMap<ItemRef, String>,
        sets: HashMap<ItemRef, Vec<String>>,
        numbers: HashMap<ItemRef, f64>,
        texts: HashMap<ItemRef, String>,
    }

    impl Answers for Respondent {
        fn answer(&self, item: &ItemRef) -> Answer<'_> {
            if let Some(code) = self.codes.get(item) {
                Answer::Code(code)
            } else if let Some(codes) = self.sets.get(item) {
                Answer::Codes(codes)
            } else if let Some(n) = self.numbers.get(item) {
                Answer::Number(*n)
            } else if let Some(text) = self.texts.get(item) {
                Answer::Text(text)
            } else {
                Answer::Missing
            }
        }
    }

    fn item(s: &str) -> ItemRef {
        match s.split_once('.') {
            Some((q, r)) => ItemRef::row(q, r),
            None => ItemRef::question(s),
        }
    }

    impl Respondent {
        fn code(mut self, q: &str, code: &str) -> Self {
            self.codes.insert(item(q), code.into());
            self
        }
        fn set(mut self, q: &str, codes: &[&str]) -> Self {
            let codes = codes.iter().map(|c| (*c).to_owned()).collect();
            self.sets.insert(item(q), codes);
            self
        }
        fn number(mut self, q: &str, n: f64) -> Self {
            self.numbers.insert(item(q), n);
            self
        }
        fn text(mut self, q: &str, text: &str) -> Self {
            self.texts.insert(item(q), text.into());
            self
        }
    }

    fn holds(src: &str, answers: &Respondent) -> bool {
        match parse(src) {
            Ok(expr) => eval(&expr, answers),
            Err(e) => panic!("{src:?} does not parse: {e}"),
        }
    }

    fn sample() -> Respondent {
        Respondent::default()
            .code("disc_any", "yes")
            .code("age_band", "25_29")
            .code("years_in_oulu", "1_2")
            .code("disc_domain.work", "no")
            .code("disc_domain", "answered")
            .set("report_reason", &["police", "other"])
            .set("langs", &[])
            .number("year_moved", 2019.0)
            .number("age", 27.0)
            .text("comments", "hyvä")
    }

    #[test]
    fn survey_examples() {
        let r = sample();
        assert!(holds("disc_any == 'yes'", &r));
        assert!(holds("selected(report_reason, 'other')", &r));
        assert!(!holds("selected(report_reason, 'school')", &r));
        assert!(holds(
            "years_in_oulu in ['lt1','1_2'] and age_band != '15_17'",
            &r
        ));
        assert!(holds("year_moved >= 1950 and year_moved <= 2026", &r));
        assert!(!holds("year_moved >= 2020", &r));
        assert!(holds("disc_domain.work == 'no'", &r));
        let empty = Respondent::default();
        assert!(!holds("disc_any == 'yes'", &empty));
        assert!(!holds("year_moved >= 1950 and year_moved <= 2026", &empty));
    }

    #[test]
    fn comparisons() {
        let r = sample();
        for (src, expected) in [
            ("age == 27", true),
            ("age != 27", false),
            ("age < 27", false),
            ("age <= 27", true),
            ("age > 26.5", true),
            ("age >= 28", false),
            ("comments == 'hyvä'", true),
            ("comments != 'hyvä'", false),
            ("disc_any == age_band", false),
            ("disc_any != age_band", true),
            ("true == true", true),
            ("true != false", true),
            // Strings have no order; kinds that differ never compare.
            ("disc_any < 'z'", false),
            ("age == '27'", false),
            ("age != '27'", false),
            ("report_reason == 'other'", false),
            ("report_reason != 'other'", false),
        ] {
            assert_eq!(holds(src, &r), expected, "{src}");
        }
    }

    #[test]
    fn null_semantics() {
        let r = sample();
        for src in [
            "missing == 'x'",
            "missing != 'x'",
            "missing < 1",
            "missing >= 1",
            "missing == missing",
            "missing != missing",
            "missing in ['x']",
            "missing + 1 == 1",
            "null == null",
            "null",
            "missing",
            "answered(missing)",
            "-missing < 0",
        ] {
            assert!(!holds(src, &r), "{src}");
        }
        // Comparisons are two-valued, so `not` and `or` behave classically.
        assert!(holds("not missing == 'x'", &r));
        assert!(holds("not missing != 'x'", &r));
        assert!(holds("missing == 'x' or not answered(missing)", &r));
        assert!(holds("not missing", &r));
    }

    #[test]
    fn bare_references_mean_answered() {
        let r = sample();
        assert!(holds("disc_any", &r));
        assert!(holds("age and comments and report_reason", &r));
        assert!(holds("disc_domain", &r));
        assert!(!holds("disc_domain.housing", &r));
        assert!(!holds("not disc_any", &r));
        // A non-boolean value that is not a bare reference is false.
        assert!(!holds("age + 1", &r));
        assert!(!holds("'yes'", &r));
        assert!(!holds("1", &r));
        assert!(!holds("(age + 1) or false", &r));
    }

    #[test]
    fn arithmetic() {
        let r = sample();
        for src in [
            "age + 3 == 30",
            "age - 30 == -3",
            "age * 2 == 54",
            "age / 2 == 13.5",
            "2 + 3 * 4 == 14",
            "(2 + 3) * 4 == 20",
            "10 - 4 - 3 == 3",
            "12 / 3 / 2 == 2",
            "--age == 27",
            "2026 - year_moved < 10",
        ] {
            assert!(holds(src, &r), "{src}");
        }
    }

    #[test]
    fn division_by_zero_and_overflow_are_null() {
        let r = sample();
        for src in [
            "age / 0 == 0",
            "age / 0 != 0",
            "age / 0 > 0",
            "0 / 0 == 0",
            "age / (age - 27) < 1",
            "1 / 0 in [0]",
        ] {
            assert!(!holds(src, &r), "{src}");
        }
        let big = "9".repeat(300);
        let src = format!("{big} * {big} > 0");
        assert!(!holds(&src, &r));
        assert!(!holds(&format!("{big} * {big} != 0"), &r));
        assert!(holds(&format!("{big} > 0"), &r));
    }

    #[test]
    fn non_finite_answers_are_missing() {
        let r = Respondent::default()
            .number("a", f64::NAN)
            .number("b", f64::INFINITY);
        assert!(!holds("answered(a)", &r));
        assert!(!holds("a", &r));
        assert!(!holds("a != 1", &r));
        assert!(!holds("b > 1", &r));
        assert!(!holds("b + 1 != 0", &r));
    }

    #[test]
    fn in_lists() {
        let r = sample();
        assert!(holds("age_band in ['18_24', '25_29']", &r));
        assert!(!holds("age_band in ['18_24']", &r));
        assert!(!holds("age_band in []", &r));
        assert!(holds("age in [26, 27]", &r));
        assert!(holds("-age in [-27]", &r));
        assert!(!holds("age in ['27']", &r));
        assert!(!holds("age_band in [25]", &r));
        assert!(!holds("report_reason in ['other']", &r));
    }

    #[test]
    fn functions() {
        let r = sample();
        assert!(holds("answered(disc_any)", &r));
        assert!(holds("answered(langs)", &r));
        assert!(holds("answered(disc_domain)", &r));
        assert!(holds("answered(disc_domain.work)", &r));
        assert!(!holds("answered(disc_domain.housing)", &r));
        assert!(holds("count(report_reason) == 2", &r));
        assert!(holds("count(langs) == 0", &r));
        assert!(holds("count(nothing) == 0", &r));
        assert!(!holds("count(age) == 0", &r));
        // Characters, not bytes.
        assert!(holds("len(comments) == 4", &r));
        assert!(holds("len(nothing) == 0", &r));
        assert!(!holds("len(age) >= 0", &r));
        assert!(!holds("selected(disc_any, 'yes')", &r));
        assert!(!holds("selected(nothing, 'yes')", &r));
    }

    #[test]
    fn logic() {
        let r = sample();
        assert!(holds("age == 27 and disc_any == 'yes'", &r));
        assert!(!holds("age == 27 and disc_any == 'no'", &r));
        assert!(holds("age == 1 or age == 2 or age == 27", &r));
        assert!(!holds("not age == 27", &r));
        assert!(holds("not not age == 27", &r));
        assert!(holds("(age == 1 or age == 27) and not false", &r));
        assert!(holds("(age > 1) == true", &r));
        assert!(holds("true", &r));
        assert!(!holds("false", &r));
    }

    #[test]
    fn guards_trees_built_by_hand() {
        let mut expr = Expr {
            kind: ExprKind::Bool(true),
            span: super::super::Span::default(),
        };
        for _ in 0..1_000 {
            expr = Expr {
                kind: ExprKind::Not(Box::new(expr)),
                span: super::super::Span::default(),
            };
        }
        // An even number of `not`s of true, but too deep to evaluate.
        assert!(!eval(&expr, &Respondent::default()));
    }
}
