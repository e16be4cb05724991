//! Property tests of the logic language: `parse`, `check` and `eval` never
//! panic (nor overflow the stack) whatever the input, and printing a parsed
//! rule gives source that parses back to the same tree.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

use atmos_survey::logic::{
    Answer, Answers, ArithOp, Call, CompareOp, Expr, ExprKind, ItemRef, ItemType, ListItem,
    Literal, LogicalOp, MAX_DEPTH, ParseError, Scope, Span, check, eval, parse,
};
use proptest::prelude::*;

/// A questionnaire with one item of every type.
struct Survey;

impl Scope for Survey {
    fn item_type(&self, item: &ItemRef) -> Option<ItemType> {
        let codes = |c: &[&str]| c.iter().map(|s| (*s).to_owned()).collect();
        match (item.question.as_str(), item.row.as_deref()) {
            ("gender", None) => Some(ItemType::Choice {
                codes: codes(&["female", "male", "1"]),
            }),
            ("langs", None) => Some(ItemType::Multiple {
                codes: codes(&["fi", "sv"]),
            }),
            ("age", None) => Some(ItemType::Number),
            ("name", None) => Some(ItemType::Text),
            ("m", None) => Some(ItemType::Matrix {
                rows: codes(&["r", "s"]),
            }),
            ("m", Some("r" | "s")) => Some(ItemType::Choice {
                codes: codes(&["yes", "no"]),
            }),
            _ => None,
        }
    }
}

/// Answers to every item, including values that evaluation must tame.
struct Full {
    langs: Vec<String>,
}

impl Answers for Full {
    fn answer(&self, item: &ItemRef) -> Answer<'_> {
        match (item.question.as_str(), item.row.as_deref()) {
            ("gender", None) => Answer::Code("female"),
            ("langs", None) => Answer::Codes(&self.langs),
            ("age", None) => Answer::Number(f64::MAX),
            ("name", None) => Answer::Text("äö"),
            ("m", _) => Answer::Code("yes"),
            ("nan", None) => Answer::Number(f64::NAN),
            ("inf", None) => Answer::Number(f64::NEG_INFINITY),
            _ => Answer::Missing,
        }
    }
}

struct Nothing;

impl Answers for Nothing {
    fn answer(&self, _: &ItemRef) -> Answer<'_> {
        Answer::Missing
    }
}

/// Runs everything that can be run on `src`, which must not panic, and
/// checks that printing round-trips.
fn exercise(src: &str) -> Result<(), TestCaseError> {
    let expr = match parse(src) {
        Ok(expr) => expr,
        Err(e) => {
            prop_assert!(
                e.offset() <= src.len(),
                "offset {} past the end",
                e.offset()
            );
            prop_assert!(src.is_char_boundary(e.offset()));
            prop_assert!(!e.to_string().is_empty());
            return Ok(());
        }
    };
    for error in check(&expr, &Survey) {
        let span = error.span();
        prop_assert!(span.start <= span.end && span.end <= src.len());
        prop_assert!(!error.to_string().is_empty());
    }
    for (_, span) in expr.references() {
        prop_assert!(span.start <= span.end && span.end <= src.len());
    }
    let full = Full {
        langs: vec!["fi".into()],
    };
    let (with_answers, without) = (eval(&expr, &full), eval(&expr, &Nothing));
    let _ = serde_json::to_string(&expr);

    let printed = expr.to_string();
    let reparsed = parse(&printed);
    prop_assert!(
        reparsed.is_ok(),
        "{src:?} printed as {printed:?}, which does not parse: {reparsed:?}"
    );
    if let Ok(reparsed) = reparsed {
        prop_assert_eq!(strip(&reparsed), strip(&expr), "printed as {:?}", printed);
        prop_assert_eq!(reparsed.to_string(), printed.clone());
        prop_assert_eq!(eval(&reparsed, &full), with_answers);
        prop_assert_eq!(eval(&reparsed, &Nothing), without);
    }
    Ok(())
}

/// The tree with every span zeroed, to compare trees of different sources.
fn strip(expr: &Expr) -> Expr {
    let none = Span::default();
    let boxed = |e: &Expr| Box::new(strip(e));
    let kind = match &expr.kind {
        ExprKind::Call(call) => ExprKind::Call(match call {
            Call::Answered { item, .. } => Call::Answered {
                item: item.clone(),
                item_span: none,
            },
            Call::Count { item, .. } => Call::Count {
                item: item.clone(),
                item_span: none,
            },
            Call::Len { item, .. } => Call::Len {
                item: item.clone(),
                item_span: none,
            },
            Call::Selected { item, code, .. } => Call::Selected {
                item: item.clone(),
                item_span: none,
                code: code.clone(),
                code_span: none,
            },
        }),
        ExprKind::Not(e) => ExprKind::Not(boxed(e)),
        ExprKind::Neg(e) => ExprKind::Neg(boxed(e)),
        ExprKind::Logical { op, operands } => ExprKind::Logical {
            op: *op,
            operands: operands.iter().map(strip).collect(),
        },
        ExprKind::Compare { op, lhs, rhs } => ExprKind::Compare {
            op: *op,
            lhs: boxed(lhs),
            rhs: boxed(rhs),
        },
        ExprKind::Arith { op, lhs, rhs } => ExprKind::Arith {
            op: *op,
            lhs: boxed(lhs),
            rhs: boxed(rhs),
        },
        ExprKind::In { value, list } => ExprKind::In {
            value: boxed(value),
            list: list
                .iter()
                .map(|item| ListItem {
                    value: item.value.clone(),
                    span: none,
                })
                .collect(),
        },
        other => other.clone(),
    };
    Expr { kind, span: none }
}

/// Tokens of the language (and a few near misses), to build inputs that get
/// past the lexer far more often than arbitrary strings do.
const TOKENS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    ",",
    ".",
    "+",
    "-",
    "*",
    "/",
    "==",
    "!=",
    "<",
    "<=",
    ">",
    ">=",
    "and",
    "or",
    "not",
    "in",
    "true",
    "false",
    "null",
    "gender",
    "langs",
    "age",
    "name",
    "m",
    "m.r",
    "m.x",
    "q",
    "count",
    "answered(",
    "selected(",
    "count(",
    "len(",
    "answerd(",
    "'female'",
    "'1'",
    "'fi'",
    "'x'",
    "\"yes\"",
    "'it\\'s'",
    "0",
    "1",
    "12.5",
    "1950",
    "nan",
    "inf",
    "=",
    "'",
    "\\",
    "1.",
    "ä",
    "\n",
];

fn token_soup() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(prop::sample::select(TOKENS), 0..40),
        any::<bool>(),
    )
        .prop_map(|(tokens, spaced)| tokens.join(if spaced { " " } else { "" }))
}

/// Short sequences of well-formed pieces only, which parse far more often.
const PIECES: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    ",",
    "+",
    "-",
    "*",
    "/",
    "==",
    "!=",
    "<",
    "<=",
    ">",
    ">=",
    "and",
    "or",
    "not",
    "in",
    "true",
    "false",
    "null",
    "gender",
    "langs",
    "age",
    "name",
    "m",
    "m.r",
    "m.x",
    "answered(age)",
    "selected(langs, 'fi')",
    "count(langs)",
    "len(name)",
    "'female'",
    "'1'",
    "0",
    "12.5",
];

fn piece_soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 1..10).prop_map(|pieces| pieces.join(" "))
}

/// Item references that are not keywords; `count` and `len` test that a
/// function name without `(` is a reference.
fn item_ref() -> impl Strategy<Value = ItemRef> {
    prop_oneof![
        prop::sample::select(&["gender", "langs", "age", "name", "count", "len", "m"][..])
            .prop_map(ItemRef::question),
        prop::sample::select(&["r", "s", "x"][..]).prop_map(|row| ItemRef::row("m", row)),
    ]
}

fn string() -> impl Strategy<Value = String> {
    // Anything but line breaks, which strings cannot hold.
    "[^\n\r]{0,6}"
}

fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        (0u32..3000).prop_map(f64::from),
        any::<f64>()
            .prop_filter("finite", |n| n.is_finite())
            .prop_map(f64::abs),
    ]
}

fn leaf(kind: ExprKind) -> Expr {
    Expr {
        kind,
        span: Span::default(),
    }
}

/// Trees the parser can produce (non-negative number literals, `and`/`or`
/// with at least two operands), built directly rather than from text.
fn tree() -> impl Strategy<Value = Expr> {
    let leaves = prop_oneof![
        Just(ExprKind::Null),
        any::<bool>().prop_map(ExprKind::Bool),
        number().prop_map(ExprKind::Number),
        string().prop_map(ExprKind::String),
        item_ref().prop_map(ExprKind::Ref),
        item_ref().prop_map(|item| ExprKind::Call(Call::Answered {
            item,
            item_span: Span::default()
        })),
        item_ref().prop_map(|item| ExprKind::Call(Call::Count {
            item,
            item_span: Span::default()
        })),
        item_ref().prop_map(|item| ExprKind::Call(Call::Len {
            item,
            item_span: Span::default()
        })),
        (item_ref(), string()).prop_map(|(item, code)| ExprKind::Call(Call::Selected {
            item,
            item_span: Span::default(),
            code,
            code_span: Span::default(),
        })),
    ]
    .prop_map(leaf);
    leaves.prop_recursive(5, 48, 4, |inner| {
        let compare = prop::sample::select(
            &[
                CompareOp::Eq,
                CompareOp::Ne,
                CompareOp::Lt,
                CompareOp::Le,
                CompareOp::Gt,
                CompareOp::Ge,
            ][..],
        );
        let arith =
            prop::sample::select(&[ArithOp::Add, ArithOp::Sub, ArithOp::Mul, ArithOp::Div][..]);
        let logical = prop::sample::select(&[LogicalOp::And, LogicalOp::Or][..]);
        let literal = prop_oneof![
            string().prop_map(Literal::String),
            any::<f64>()
                .prop_filter("finite", |n| n.is_finite())
                .prop_map(Literal::Number),
        ]
        .prop_map(|value| ListItem {
            value,
            span: Span::default(),
        });
        prop_oneof![
            inner.clone().prop_map(|e| leaf(ExprKind::Not(Box::new(e)))),
            inner.clone().prop_map(|e| leaf(ExprKind::Neg(Box::new(e)))),
            (logical, prop::collection::vec(inner.clone(), 2..4))
                .prop_map(|(op, operands)| leaf(ExprKind::Logical { op, operands })),
            (compare, inner.clone(), inner.clone()).prop_map(|(op, lhs, rhs)| leaf(
                ExprKind::Compare {
                    op,
                    lhs: Box::new(lhs),
                    rhs: Box::new(rhs)
                }
            )),
            (arith, inner.clone(), inner.clone()).prop_map(|(op, lhs, rhs)| leaf(
                ExprKind::Arith {
                    op,
                    lhs: Box::new(lhs),
                    rhs: Box::new(rhs)
                }
            )),
            (inner, prop::collection::vec(literal, 0..4)).prop_map(|(value, list)| leaf(
                ExprKind::In {
                    value: Box::new(value),
                    list
                }
            )),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn logic_arbitrary_strings(src in any::<String>()) {
        exercise(&src)?;
    }

    #[test]
    fn logic_ascii_noise(src in "[ -~]{0,60}") {
        exercise(&src)?;
    }

    #[test]
    fn logic_token_soups(src in token_soup()) {
        exercise(&src)?;
    }

    #[test]
    fn logic_piece_soups(src in piece_soup()) {
        exercise(&src)?;
    }

    #[test]
    fn logic_printed_trees_parse_back(expr in tree()) {
        let printed = expr.to_string();
        match parse(&printed) {
            Ok(parsed) => prop_assert_eq!(strip(&parsed), expr, "printed as {:?}", printed),
            Err(e) => prop_assert!(false, "{:?} does not parse: {} at {}", printed, e, e.offset()),
        }
        exercise(&printed)?;
    }

    #[test]
    fn logic_huge_numbers(digits in "[0-9]{1,700}", fraction in "[0-9]{0,400}") {
        let number = if fraction.is_empty() { digits } else { format!("{digits}.{fraction}") };
        exercise(&number)?;
        exercise(&format!("age * {number} / {number} - {number} > {number}"))?;
        exercise(&format!("age in [{number}, -{number}]"))?;
    }
}

/// Deep inputs of every kind fail cleanly (or, for flat `and`/`or` chains,
/// succeed) instead of overflowing the stack.
#[test]
fn logic_deep_inputs() {
    let n = 10_000;
    let too_deep = [
        "(".repeat(n),
        format!("{}a{}", "(".repeat(n), ")".repeat(n)),
        format!("{}a", "not ".repeat(n)),
        format!("{}1 == 1", "-".repeat(n)),
        format!("{}age == 1", "-(".repeat(n)),
        format!("1{} == 1", " + 1".repeat(n)),
        format!("1{} == 1", " * 2".repeat(n)),
        format!("{}1 == 1{}", "(not ".repeat(n), ")".repeat(n)),
    ];
    for src in &too_deep {
        match parse(src) {
            Err(ParseError::TooDeep { offset }) => assert!(offset < src.len()),
            other => panic!("{}...: {other:?}", src.get(..20).unwrap_or(src)),
        }
    }
    let flat = [
        vec!["gender == 'female'"; n].join(" and "),
        vec!["age > 1"; n].join(" or "),
        format!("gender in [{}]", vec!["'1'"; n].join(", ")),
    ];
    for src in &flat {
        let Ok(expr) = parse(src) else {
            panic!("a flat chain does not parse");
        };
        assert!(check(&expr, &Survey).is_empty());
        let _ = eval(&expr, &Nothing);
        assert_eq!(
            parse(&expr.to_string()).map(|e| strip(&e)),
            Ok(strip(&expr))
        );
    }
    // The deepest accepted trees are still fine to check, evaluate and print
    // (each `(` and each `not` is a level).
    let levels = MAX_DEPTH / 2;
    let deepest = format!(
        "{}answered(age){}",
        "(not ".repeat(levels),
        ")".repeat(levels)
    );
    let Ok(expr) = parse(&deepest) else {
        panic!("{MAX_DEPTH} levels are allowed");
    };
    assert!(check(&expr, &Survey).is_empty());
    assert!(eval(&expr, &Full { langs: vec![] }));
    assert_eq!(
        parse(&expr.to_string()).map(|e| strip(&e)),
        Ok(strip(&expr))
    );
}

#[test]
fn logic_huge_number_literal_is_refused() {
    let src = format!("age > {}", "9".repeat(400));
    assert_eq!(parse(&src), Err(ParseError::NumberTooLarge { offset: 6 }));
    let src = format!("age > {}", "9".repeat(300));
    assert!(parse(&src).is_ok());
}
