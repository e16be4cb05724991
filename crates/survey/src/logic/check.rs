//! Static checks of a parsed rule against the questionnaire: unknown items
//! and codes, and type errors. Ordering rules (which questions a rule may
//! refer to) are the caller's, using [`Expr::references`].
//!
//! All errors are collected, not just the first. Once a subexpression has
//! been reported, its type is "unknown" and it is accepted everywhere, so one
//! mistake produces one error rather than a cascade.

use std::fmt;

use super::MAX_DEPTH;
use super::ast::{Call, CompareOp, Expr, ExprKind, ItemRef, ListItem, Literal, Span};

/// What kind of answer an item has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ItemType {
    /// One option code (single, likert, and a matrix row).
    Choice {
        codes: Vec<String>,
    },
    /// A set of option codes.
    Multiple {
        codes: Vec<String>,
    },
    Number,
    /// Text and longtext.
    Text,
    /// A whole matrix question; its rows are items of their own.
    Matrix {
        rows: Vec<String>,
    },
}

/// The questionnaire as the checker sees it.
///
/// `check` asks for `ItemRef { question, row: None }` for a question, and for
/// a matrix row first for the question (expecting [`ItemType::Matrix`] with
/// the row among its `rows`) and then for `ItemRef { question, row:
/// Some(row) }` itself, expecting [`ItemType::Choice`] with the matrix's codes.
pub trait Scope {
    /// `None` if the item does not exist (for the caller's purposes).
    fn item_type(&self, item: &ItemRef) -> Option<ItemType>;
}

#[derive(thiserror::Error, Debug, Clone, PartialEq)]
pub enum CheckError {
    #[error("unknown item '{item}'")]
    UnknownItem { item: ItemRef, span: Span },
    #[error("'{}' is not a matrix question, so it has no row '{}'", item.question, item.row.as_deref().unwrap_or(""))]
    NotAMatrix { item: ItemRef, span: Span },
    #[error(
        "'{item}' is a matrix question: name one of its rows ({})",
        Listed(rows)
    )]
    MatrixWithoutRow {
        item: ItemRef,
        rows: Vec<String>,
        span: Span,
    },
    #[error(
        "'{code}' is not an option code of '{item}' (codes: {})",
        Listed(known)
    )]
    UnknownCode {
        item: ItemRef,
        code: String,
        known: Vec<String>,
        span: Span,
    },
    #[error("expected {expected}, found {found}")]
    TypeMismatch {
        expected: String,
        found: String,
        span: Span,
    },
    #[error(
        "'null' makes every comparison false; to test for a missing answer use 'not answered(q)'"
    )]
    NullLiteral { span: Span },
    /// Only for trees built by hand: parsed trees are never this deep.
    #[error("expression nested too deeply")]
    TooDeep { span: Span },
}

impl CheckError {
    /// Where in the rule the problem is.
    pub fn span(&self) -> Span {
        match self {
            CheckError::UnknownItem { span, .. }
            | CheckError::NotAMatrix { span, .. }
            | CheckError::MatrixWithoutRow { span, .. }
            | CheckError::UnknownCode { span, .. }
            | CheckError::TypeMismatch { span, .. }
            | CheckError::NullLiteral { span }
            | CheckError::TooDeep { span } => *span,
        }
    }
}

/// Displays a list of ids as `a, b, c`.
struct Listed<'a>(&'a [String]);

impl fmt::Display for Listed<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.join(", "))
    }
}

/// Checks `expr` as a rule: it must be a condition, refer to existing items
/// and codes, and combine values of the right types.
pub fn check(expr: &Expr, scope: &dyn Scope) -> Vec<CheckError> {
    let mut checker = Checker {
        scope,
        errors: Vec::new(),
    };
    checker.condition(expr, 0);
    checker.errors
}

/// The static type of a subexpression.
enum Ty<'e> {
    /// Already reported (or unknowable): accepted everywhere.
    Unknown,
    Bool,
    /// A number; the value if it is a literal, for messages.
    Number(Option<f64>),
    /// A string literal, kept to check it against option codes.
    Str(&'e str),
    /// The answer to a text item.
    Text(&'e ItemRef),
    /// The code answered to a single-choice item or matrix row.
    Choice(&'e ItemRef, Vec<String>),
    /// The codes chosen in a multiple-choice item.
    Multiple(&'e ItemRef),
}

impl Ty<'_> {
    /// As "found ..." in a type mismatch.
    fn describe(&self) -> String {
        match self {
            Ty::Unknown => "a value of unknown type".into(),
            Ty::Bool => "a condition (true or false)".into(),
            Ty::Number(Some(n)) => format!("the number {n}"),
            Ty::Number(None) => "a number".into(),
            Ty::Str(s) => format!("the string '{s}'"),
            Ty::Text(item) => format!("the text answer to '{item}'"),
            Ty::Choice(item, _) => format!("the option code answered to '{item}'"),
            Ty::Multiple(item) => format!("the set of codes chosen in '{item}'"),
        }
    }
}

/// As "found ..." when a function gets the wrong kind of item.
fn describe_item(item: &ItemRef, ty: &ItemType) -> String {
    match ty {
        ItemType::Choice { .. } if item.row.is_some() => format!("matrix row '{item}'"),
        ItemType::Choice { .. } => format!("single-choice question '{item}'"),
        ItemType::Multiple { .. } => format!("multiple-choice question '{item}'"),
        ItemType::Number => format!("number question '{item}'"),
        ItemType::Text => format!("text question '{item}'"),
        ItemType::Matrix { .. } => format!("matrix question '{item}'"),
    }
}

const MULTIPLE_HINT: &str =
    "a single value (a multiple-choice answer is a set: test it with selected(q, 'code'))";

/// Parsed trees are at most `MAX_DEPTH` high; the margin only matters for
/// trees built by hand, which must not overflow the stack either.
const DEPTH_GUARD: usize = MAX_DEPTH * 2;

struct Checker<'s> {
    scope: &'s dyn Scope,
    errors: Vec<CheckError>,
}

impl<'e> Checker<'_> {
    fn mismatch(&mut self, expected: impl Into<String>, found: &Ty<'_>, span: Span) {
        self.errors.push(CheckError::TypeMismatch {
            expected: expected.into(),
            found: found.describe(),
            span,
        });
    }

    /// Resolves an item, reporting it if it does not exist.
    fn lookup(&mut self, item: &ItemRef, span: Span) -> Option<ItemType> {
        let Some(row) = &item.row else {
            let found = self.scope.item_type(item);
            if found.is_none() {
                self.errors.push(CheckError::UnknownItem {
                    item: item.clone(),
                    span,
                });
            }
            return found;
        };
        // Resolve the question first, to tell an unknown question, a row on
        // a question that has none, and an unknown row apart.
        let question = item.without_row();
        match self.scope.item_type(&question) {
            None => {
                self.errors.push(CheckError::UnknownItem {
                    item: question,
                    span,
                });
                None
            }
            Some(ItemType::Matrix { rows }) if rows.contains(row) => {
                let found = self.scope.item_type(item);
                if found.is_none() {
                    self.errors.push(CheckError::UnknownItem {
                        item: item.clone(),
                        span,
                    });
                }
                found
            }
            Some(ItemType::Matrix { .. }) => {
                self.errors.push(CheckError::UnknownItem {
                    item: item.clone(),
                    span,
                });
                None
            }
            Some(_) => {
                self.errors.push(CheckError::NotAMatrix {
                    item: item.clone(),
                    span,
                });
                None
            }
        }
    }

    /// `expr` where a condition is needed: the rule itself and the operands of
    /// `and`, `or`, `not`.
    fn condition(&mut self, expr: &'e Expr, depth: usize) {
        if let ExprKind::Ref(item) = &expr.kind {
            // A bare reference as a condition means "is answered", so any
            // existing item will do, a whole matrix included.
            self.lookup(item, expr.span);
            return;
        }
        let ty = self.value(expr, depth);
        if !matches!(ty, Ty::Bool | Ty::Unknown) {
            self.mismatch(
                "a condition (a comparison, answered(q), selected(q, 'code'), ...)",
                &ty,
                expr.span,
            );
        }
    }

    /// `expr` where a value is needed; returns its type.
    fn value(&mut self, expr: &'e Expr, depth: usize) -> Ty<'e> {
        if depth > DEPTH_GUARD {
            self.errors.push(CheckError::TooDeep { span: expr.span });
            return Ty::Unknown;
        }
        let depth = depth + 1;
        match &expr.kind {
            ExprKind::Null => {
                self.errors
                    .push(CheckError::NullLiteral { span: expr.span });
                Ty::Unknown
            }
            ExprKind::Bool(_) => Ty::Bool,
            ExprKind::Number(n) => Ty::Number(Some(*n)),
            ExprKind::String(s) => Ty::Str(s),
            ExprKind::Ref(item) => match self.lookup(item, expr.span) {
                None => Ty::Unknown,
                Some(ItemType::Choice { codes }) => Ty::Choice(item, codes),
                Some(ItemType::Multiple { .. }) => Ty::Multiple(item),
                Some(ItemType::Number) => Ty::Number(None),
                Some(ItemType::Text) => Ty::Text(item),
                Some(ItemType::Matrix { rows }) => {
                    self.errors.push(CheckError::MatrixWithoutRow {
                        item: item.clone(),
                        rows,
                        span: expr.span,
                    });
                    Ty::Unknown
                }
            },
            ExprKind::Call(call) => self.call(call),
            ExprKind::Not(operand) => {
                self.condition(operand, depth);
                Ty::Bool
            }
            ExprKind::Logical { operands, .. } => {
                for operand in operands {
                    self.condition(operand, depth);
                }
                Ty::Bool
            }
            ExprKind::Neg(operand) => {
                let ty = self.value(operand, depth);
                self.number(&ty, operand.span, "-");
                Ty::Number(None)
            }
            ExprKind::Arith { op, lhs, rhs } => {
                let lhs_ty = self.value(lhs, depth);
                let rhs_ty = self.value(rhs, depth);
                self.number(&lhs_ty, lhs.span, op.symbol());
                self.number(&rhs_ty, rhs.span, op.symbol());
                Ty::Number(None)
            }
            ExprKind::Compare { op, lhs, rhs } => {
                let lhs_ty = self.value(lhs, depth);
                let rhs_ty = self.value(rhs, depth);
                match op {
                    CompareOp::Eq | CompareOp::Ne => {
                        self.equality(&lhs_ty, lhs.span, &rhs_ty, rhs.span, op.symbol());
                    }
                    CompareOp::Lt | CompareOp::Le | CompareOp::Gt | CompareOp::Ge => {
                        self.number(&lhs_ty, lhs.span, op.symbol());
                        self.number(&rhs_ty, rhs.span, op.symbol());
                    }
                }
                Ty::Bool
            }
            ExprKind::In { value, list } => {
                let ty = self.value(value, depth);
                self.in_list(&ty, value.span, list);
                Ty::Bool
            }
        }
    }

    /// Operands of arithmetic, `-` and `< <= > >=` must be numbers.
    fn number(&mut self, ty: &Ty<'_>, span: Span, op: &str) {
        if !matches!(ty, Ty::Number(_) | Ty::Unknown) {
            self.mismatch(format!("a number for '{op}'"), ty, span);
        }
    }

    fn code(&mut self, item: &ItemRef, codes: &[String], code: &str, span: Span) {
        if !codes.iter().any(|c| c == code) {
            self.errors.push(CheckError::UnknownCode {
                item: item.clone(),
                code: code.to_owned(),
                known: codes.to_vec(),
                span,
            });
        }
    }

    /// `==` and `!=`: both sides of one kind (strings, numbers or
    /// conditions), and a string literal compared with a choice item must be
    /// one of its codes.
    fn equality(&mut self, lhs: &Ty<'_>, lhs_span: Span, rhs: &Ty<'_>, rhs_span: Span, op: &str) {
        match (lhs, rhs) {
            (Ty::Unknown, _) | (_, Ty::Unknown) => {}
            (Ty::Multiple(_), _) => self.mismatch(MULTIPLE_HINT, lhs, lhs_span),
            (_, Ty::Multiple(_)) => self.mismatch(MULTIPLE_HINT, rhs, rhs_span),
            (Ty::Choice(item, codes), Ty::Str(code)) => self.code(item, codes, code, rhs_span),
            (Ty::Str(code), Ty::Choice(item, codes)) => self.code(item, codes, code, lhs_span),
            (
                Ty::Choice(..) | Ty::Text(_) | Ty::Str(_),
                Ty::Choice(..) | Ty::Text(_) | Ty::Str(_),
            )
            | (Ty::Number(_), Ty::Number(_))
            | (Ty::Bool, Ty::Bool) => {}
            (Ty::Choice(item, _), _) => self.mismatch(
                format!(
                    "an option code of '{item}' for '{op}' (codes are quoted strings, like '1')"
                ),
                rhs,
                rhs_span,
            ),
            (_, Ty::Choice(item, _)) => self.mismatch(
                format!(
                    "an option code of '{item}' for '{op}' (codes are quoted strings, like '1')"
                ),
                lhs,
                lhs_span,
            ),
            (Ty::Text(_) | Ty::Str(_), _) => {
                self.mismatch(format!("a string for '{op}'"), rhs, rhs_span);
            }
            (Ty::Number(_), _) => self.mismatch(format!("a number for '{op}'"), rhs, rhs_span),
            (Ty::Bool, _) => self.mismatch(format!("a condition for '{op}'"), rhs, rhs_span),
        }
    }

    /// `value in [...]`: every literal of the value's kind; codes of a choice
    /// item must be among its codes.
    fn in_list(&mut self, ty: &Ty<'_>, span: Span, list: &[ListItem]) {
        for item in list {
            match (ty, &item.value) {
                (Ty::Unknown | Ty::Bool | Ty::Multiple(_), _) => {}
                (Ty::Choice(question, codes), Literal::String(code)) => {
                    self.code(question, codes, code, item.span);
                }
                (Ty::Choice(question, _), Literal::Number(n)) => self.mismatch(
                    format!("an option code of '{question}' (codes are quoted strings, like '1')"),
                    &Ty::Number(Some(*n)),
                    item.span,
                ),
                (Ty::Text(_) | Ty::Str(_), Literal::Number(n)) => {
                    self.mismatch("a string in the list", &Ty::Number(Some(*n)), item.span);
                }
                (Ty::Number(_), Literal::String(s)) => {
                    self.mismatch("a number in the list", &Ty::Str(s), item.span);
                }
                (Ty::Text(_) | Ty::Str(_), Literal::String(_))
                | (Ty::Number(_), Literal::Number(_)) => {}
            }
        }
        match ty {
            Ty::Multiple(_) => self.mismatch(MULTIPLE_HINT, ty, span),
            Ty::Bool => self.mismatch("an option code, number or text before 'in'", ty, span),
            _ => {}
        }
    }

    fn call(&mut self, call: &Call) -> Ty<'e> {
        let (item, span) = call.item();
        let found = self.lookup(item, span);
        match (call, found) {
            (_, None) | (Call::Answered { .. }, _) => {}
            (
                Call::Selected {
                    code, code_span, ..
                },
                Some(ItemType::Multiple { codes }),
            ) => {
                self.code(item, &codes, code, *code_span);
            }
            (Call::Count { .. }, Some(ItemType::Multiple { .. }))
            | (Call::Len { .. }, Some(ItemType::Text)) => {}
            (Call::Selected { .. } | Call::Count { .. }, Some(other)) => {
                self.errors.push(CheckError::TypeMismatch {
                    expected: format!("a multiple-choice question for {}()", call.name()),
                    found: describe_item(item, &other),
                    span,
                });
            }
            (Call::Len { .. }, Some(other)) => {
                self.errors.push(CheckError::TypeMismatch {
                    expected: "a text question for len()".into(),
                    found: describe_item(item, &other),
                    span,
                });
            }
        }
        match call {
            Call::Answered { .. } | Call::Selected { .. } => Ty::Bool,
            Call::Count { .. } | Call::Len { .. } => Ty::Number(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::parse;
    use super::*;

    /// A small questionnaire: gender (single), langs (multiple), age and
    /// year_moved (number), name (text), disc_domain (matrix of yes/no/cant_say).
    struct Survey;

    impl Scope for Survey {
        fn item_type(&self, item: &ItemRef) -> Option<ItemType> {
            let codes = |c: &[&str]| c.iter().map(|s| (*s).to_owned()).collect();
            match (item.question.as_str(), item.row.as_deref()) {
                ("gender", None) => Some(ItemType::Choice {
                    codes: codes(&["female", "male", "other"]),
                }),
                ("age_band", None) => Some(ItemType::Choice {
                    codes: codes(&["15_17", "18_24", "25_29"]),
                }),
                ("agree", None) => Some(ItemType::Choice {
                    codes: codes(&["1", "2", "3"]),
                }),
                ("langs", None) => Some(ItemType::Multiple {
                    codes: codes(&["fi", "sv", "other"]),
                }),
                ("age" | "year_moved", None) => Some(ItemType::Number),
                ("name", None) => Some(ItemType::Text),
                ("disc_domain", None) => Some(ItemType::Matrix {
                    rows: codes(&["work", "housing"]),
                }),
                ("disc_domain", Some("work" | "housing")) => Some(ItemType::Choice {
                    codes: codes(&["yes", "no", "cant_say"]),
                }),
                _ => None,
            }
        }
    }

    fn errors(src: &str) -> Vec<CheckError> {
        match parse(src) {
            Ok(expr) => check(&expr, &Survey),
            Err(e) => panic!("{src:?} does not parse: {e}"),
        }
    }

    /// The one error of `src`, and the source text its span covers.
    fn one_error(src: &str) -> (CheckError, &str) {
        let errs = errors(src);
        let [e] = errs.as_slice() else {
            panic!("expected one error for {src:?}, got {errs:?}");
        };
        let span = e.span();
        (
            e.clone(),
            src.get(span.start..span.end).unwrap_or("<bad span>"),
        )
    }

    #[test]
    fn valid_rules() {
        for src in [
            "gender == 'female'",
            "'female' != gender",
            "age_band in ['18_24', '25_29']",
            "agree == '1'",
            "selected(langs, 'other')",
            "count(langs) >= 2",
            "len(name) <= 20",
            "age + 1 > 18 * 2 and -age < 0",
            "year_moved >= 1950 and year_moved <= 2026",
            "disc_domain.work == 'yes'",
            "answered(disc_domain)",
            "answered(disc_domain.work) or not answered(name)",
            "disc_domain",
            "gender and not langs",
            "name == 'x' or name in ['a', 'b'] or name == gender",
            "answered(age) == true",
            "age in [1, -2]",
            "true",
            "(gender == 'male') == (age > 3)",
            "disc_domain.work == disc_domain.housing",
        ] {
            assert_eq!(errors(src), vec![], "{src}");
        }
    }

    #[test]
    fn unknown_items() {
        let (e, at) = one_error("gendr == 'female'");
        assert_eq!(
            e,
            CheckError::UnknownItem {
                item: ItemRef::question("gendr"),
                span: Span::new(0, 5)
            }
        );
        assert_eq!(at, "gendr");
        assert_eq!(e.to_string(), "unknown item 'gendr'");

        let (e, at) = one_error("answered(x.y)");
        assert_eq!(e.to_string(), "unknown item 'x'");
        assert_eq!(at, "x.y");

        let (e, at) = one_error("disc_domain.school == 'yes'");
        assert_eq!(e.to_string(), "unknown item 'disc_domain.school'");
        assert_eq!(at, "disc_domain.school");

        let (e, _) = one_error("gender.work == 'yes'");
        assert!(matches!(e, CheckError::NotAMatrix { .. }));
        assert_eq!(
            e.to_string(),
            "'gender' is not a matrix question, so it has no row 'work'"
        );

        // Reported once, and the unknown type does not cascade.
        assert_eq!(errors("nope + 1 > 2 and nope in ['x']").len(), 2);
    }

    #[test]
    fn matrix_without_row() {
        let (e, at) = one_error("disc_domain == 'yes'");
        assert_eq!(at, "disc_domain");
        assert_eq!(
            e.to_string(),
            "'disc_domain' is a matrix question: name one of its rows (work, housing)"
        );
    }

    #[test]
    fn unknown_codes() {
        let (e, at) = one_error("gender == 'femal'");
        assert_eq!(at, "'femal'");
        assert_eq!(
            e,
            CheckError::UnknownCode {
                item: ItemRef::question("gender"),
                code: "femal".into(),
                known: vec!["female".into(), "male".into(), "other".into()],
                span: Span::new(10, 17),
            }
        );
        assert_eq!(
            e.to_string(),
            "'femal' is not an option code of 'gender' (codes: female, male, other)"
        );
        let (_, at) = one_error("'x' != gender");
        assert_eq!(at, "'x'");
        let (_, at) = one_error("age_band in ['18_24', '30_44']");
        assert_eq!(at, "'30_44'");
        let (e, at) = one_error("disc_domain.work == 'maybe'");
        assert_eq!(at, "'maybe'");
        assert!(e.to_string().contains("codes: yes, no, cant_say"));
        let (e, at) = one_error("selected(langs, 'en')");
        assert_eq!(at, "'en'");
        assert!(matches!(e, CheckError::UnknownCode { .. }));
    }

    #[test]
    fn function_argument_types() {
        let (e, at) = one_error("selected(gender, 'female')");
        assert_eq!(at, "gender");
        assert_eq!(
            e.to_string(),
            "expected a multiple-choice question for selected(), found single-choice question 'gender'"
        );
        let (e, _) = one_error("count(disc_domain.work) > 1");
        assert_eq!(
            e.to_string(),
            "expected a multiple-choice question for count(), found matrix row 'disc_domain.work'"
        );
        let (e, at) = one_error("len(age) > 1");
        assert_eq!(at, "age");
        assert_eq!(
            e.to_string(),
            "expected a text question for len(), found number question 'age'"
        );
    }

    #[test]
    fn numeric_operators_need_numbers() {
        let (e, at) = one_error("gender > 1");
        assert_eq!(at, "gender");
        assert_eq!(
            e.to_string(),
            "expected a number for '>', found the option code answered to 'gender'"
        );
        let (_, at) = one_error("age + name == 1");
        assert_eq!(at, "name");
        let (_, at) = one_error("-'x' == 1");
        assert_eq!(at, "'x'");
        let (_, at) = one_error("age * true < 3");
        assert_eq!(at, "true");
        let (_, at) = one_error("count(langs) / langs == 1");
        assert_eq!(at, "langs");
    }

    #[test]
    fn equality_needs_matching_kinds() {
        let (e, at) = one_error("age == '18'");
        assert_eq!(at, "'18'");
        assert_eq!(
            e.to_string(),
            "expected a number for '==', found the string '18'"
        );
        let (e, at) = one_error("agree == 1");
        assert_eq!(at, "1");
        assert_eq!(
            e.to_string(),
            "expected an option code of 'agree' for '==' (codes are quoted strings, like '1'), found the number 1"
        );
        let (_, at) = one_error("1 != agree");
        assert_eq!(at, "1");
        let (_, at) = one_error("name == 3");
        assert_eq!(at, "3");
        let (_, at) = one_error("answered(age) == 1");
        assert_eq!(at, "1");
        let (e, at) = one_error("langs == 'fi'");
        assert_eq!(at, "langs");
        assert!(e.to_string().contains("selected(q, 'code')"));
        let (_, at) = one_error("'fi' == langs");
        assert_eq!(at, "langs");
    }

    #[test]
    fn in_lists() {
        let (e, at) = one_error("agree in ['1', 2]");
        assert_eq!(at, "2");
        assert!(e.to_string().contains("codes are quoted strings"));
        let (_, at) = one_error("age in [1, '2']");
        assert_eq!(at, "'2'");
        let (_, at) = one_error("name in ['a', 2]");
        assert_eq!(at, "2");
        let (e, at) = one_error("langs in ['fi']");
        assert_eq!(at, "langs");
        assert!(matches!(e, CheckError::TypeMismatch { .. }));
        let (_, at) = one_error("(age > 1) in ['x']");
        assert_eq!(at, "age > 1");
    }

    #[test]
    fn conditions_must_be_boolean() {
        let (e, at) = one_error("age + 1");
        assert_eq!(at, "age + 1");
        assert_eq!(
            e.to_string(),
            "expected a condition (a comparison, answered(q), selected(q, 'code'), ...), found a number"
        );
        let (_, at) = one_error("'yes'");
        assert_eq!(at, "'yes'");
        let (_, at) = one_error("gender == 'male' and 3");
        assert_eq!(at, "3");
        let (_, at) = one_error("not count(langs)");
        assert_eq!(at, "count(langs)");
        let (_, at) = one_error("(age + 1) or gender");
        assert_eq!(at, "age + 1");
    }

    #[test]
    fn null_literal() {
        let (e, at) = one_error("gender == null");
        assert_eq!(at, "null");
        assert_eq!(
            e,
            CheckError::NullLiteral {
                span: Span::new(10, 14)
            }
        );
        assert!(e.to_string().contains("not answered(q)"));
        let (_, at) = one_error("null");
        assert_eq!(at, "null");
    }

    #[test]
    fn collects_every_error() {
        let errs = errors("gendr == 'x' or gender == 'y' or len(age) > 1");
        assert_eq!(errs.len(), 3, "{errs:?}");
    }

    #[test]
    fn guards_trees_built_by_hand() {
        let mut expr = Expr {
            kind: ExprKind::Bool(true),
            span: Span::default(),
        };
        for _ in 0..1_000 {
            expr = Expr {
                kind: ExprKind::Not(Box::new(expr)),
                span: Span::default(),
            };
        }
        let errs = check(&expr, &Survey);
        assert!(matches!(errs.as_slice(), [CheckError::TooDeep { .. }]));
    }
}
