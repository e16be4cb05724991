//! Validation of one submitted page, on a small survey written for the purpose.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

use std::fs;
use std::path::Path;

use atmos_survey::{AnswerErrorKind, AnswerValue, FormInput, Item, ResponseAnswers, Survey};

const SURVEY: &str = r#"
id = "t"
default_locale = "en"
locales = ["en"]
pages = ["one", "two"]
"#;

const OPTIONS: &str = r#"
[[set]]
id = "yn"
options = [{ code = "yes" }, { code = "no" }, { code = "cant_say", nonsubstantive = true }]

[[set]]
id = "agree"
options = [{ code = "1", value = 1 }, { code = "2", value = 2 }, { code = "3", value = 3 }, { code = "cs", nonsubstantive = true }]

[[set]]
id = "grounds"
options = [{ code = "origin" }, { code = "religion" }, { code = "language" }, { code = "none", exclusive = true }]
"#;

const PAGE_ONE: &str = r#"
id = "one"

[[question]]
id = "disc"
type = "single"
options = "yn"
required = true

[[question]]
id = "grounds"
type = "multiple"
options = "grounds"
required = true
relevant = "disc == 'yes'"
max_choices = 2

[[question]]
id = "year"
type = "number"
min = 1950
max = 2026
integer = true
validate = [{ rule = "year >= 1990 or disc == 'no'", message = "too_early" }]

[[question]]
id = "name"
type = "text"
max_length = 10
"#;

const PAGE_TWO: &str = r#"
id = "two"

[[question]]
id = "belong"
type = "matrix"
rows = ["home", "lonely"]
options = "agree"
required = true

[[question]]
id = "why"
type = "longtext"
max_length = 20
relevant = "belong.lonely == '3'"
"#;

const TEXTS: &str = "survey-title = T\npage-one = One\npage-two = Two\nq-disc = D\nq-grounds = G\nq-year = Y\nq-name = N\nq-belong = B\nq-belong-row-home = H\nq-belong-row-lonely = L\nq-why = W\nrule-too_early = Too early\nopt-yn-yes = Y\nopt-yn-no = N\nopt-yn-cant_say = C\nopt-agree-1 = 1\nopt-agree-2 = 2\nopt-agree-3 = 3\nopt-agree-cs = cs\nopt-grounds-origin = o\nopt-grounds-religion = r\nopt-grounds-language = l\nopt-grounds-none = n\n";

fn survey() -> Survey {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("surveys/t");
    let write = |p: &Path, s: &str| {
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, s).unwrap();
    };
    write(&dir.join("survey.toml"), SURVEY);
    write(&dir.join("options.toml"), OPTIONS);
    write(&dir.join("pages/one.toml"), PAGE_ONE);
    write(&dir.join("pages/two.toml"), PAGE_TWO);
    write(&dir.join("indicators.toml"), "");
    write(&root.path().join("i18n/en/survey-t.ftl"), TEXTS);
    match atmos_survey::load(&dir) {
        Ok(l) => l.survey,
        Err(e) => panic!("{e}"),
    }
}

fn form(pairs: &[(&str, &str)]) -> FormInput {
    let mut f = FormInput::new();
    for (k, v) in pairs {
        f.entry((*k).to_string())
            .or_default()
            .push((*v).to_string());
    }
    f
}

fn kinds(
    s: &Survey,
    page: &str,
    prev: &ResponseAnswers,
    f: &FormInput,
) -> Vec<(String, AnswerErrorKind)> {
    match s.validate_page(page, prev, f) {
        Ok(a) => panic!("expected errors, got {a:?}"),
        Err(errs) => errs.into_iter().map(|e| (e.field, e.kind)).collect(),
    }
}

fn item(q: &str) -> Item {
    Item {
        question: q.into(),
        row: None,
    }
}

#[test]
fn a_valid_page_gives_typed_answers() {
    let s = survey();
    let a = s
        .validate_page(
            "one",
            &ResponseAnswers::new(),
            &form(&[
                ("disc", "yes"),
                ("grounds", "origin"),
                ("grounds", "language"),
                ("year", " 2001 "),
                ("name", "Ann"),
            ]),
        )
        .unwrap();
    assert_eq!(a.get(&item("disc")), Some(&AnswerValue::Code("yes".into())));
    assert_eq!(
        a.get(&item("grounds")),
        Some(&AnswerValue::Codes(vec![
            "origin".into(),
            "language".into()
        ]))
    );
    assert_eq!(a.get(&item("year")), Some(&AnswerValue::Number(2001.0)));
    assert_eq!(a.get(&item("name")), Some(&AnswerValue::Text("Ann".into())));
}

#[test]
fn required_applies_only_while_relevant_and_irrelevant_answers_are_dropped() {
    let s = survey();
    // disc = yes makes grounds relevant, and required.
    let errs = kinds(
        &s,
        "one",
        &ResponseAnswers::new(),
        &form(&[("disc", "yes")]),
    );
    assert_eq!(errs, vec![("grounds".into(), AnswerErrorKind::Required)]);
    // disc = no: grounds is skipped, and an answer sent anyway is not kept.
    let a = s
        .validate_page(
            "one",
            &ResponseAnswers::new(),
            &form(&[("disc", "no"), ("grounds", "origin")]),
        )
        .unwrap();
    assert!(a.get(&item("grounds")).is_none());
    // missing required single
    let errs = kinds(&s, "one", &ResponseAnswers::new(), &form(&[]));
    assert_eq!(errs, vec![("disc".into(), AnswerErrorKind::Required)]);
}

#[test]
fn codes_exclusivity_and_choice_limits() {
    let s = survey();
    let none = ResponseAnswers::new();
    assert_eq!(
        kinds(&s, "one", &none, &form(&[("disc", "maybe")])),
        vec![(
            "disc".into(),
            AnswerErrorKind::UnknownOption {
                code: "maybe".into()
            }
        )]
    );
    assert_eq!(
        kinds(&s, "one", &none, &form(&[("disc", "yes"), ("disc", "no")])),
        vec![("disc".into(), AnswerErrorKind::MultipleValues)]
    );
    assert_eq!(
        kinds(
            &s,
            "one",
            &none,
            &form(&[("disc", "yes"), ("grounds", "none"), ("grounds", "origin")])
        ),
        vec![(
            "grounds".into(),
            AnswerErrorKind::ExclusiveCombined {
                code: "none".into()
            }
        )]
    );
    assert_eq!(
        kinds(
            &s,
            "one",
            &none,
            &form(&[
                ("disc", "yes"),
                ("grounds", "origin"),
                ("grounds", "religion"),
                ("grounds", "language")
            ])
        ),
        vec![("grounds".into(), AnswerErrorKind::TooManyChoices { max: 2 })]
    );
    // an exclusive option alone is fine
    assert!(
        s.validate_page("one", &none, &form(&[("disc", "yes"), ("grounds", "none")]))
            .is_ok()
    );
}

#[test]
fn numbers_ranges_integers_and_rules() {
    let s = survey();
    let none = ResponseAnswers::new();
    let k = |v: &str| {
        kinds(
            &s,
            "one",
            &none,
            &form(&[("disc", "yes"), ("grounds", "origin"), ("year", v)]),
        )
    };
    assert_eq!(
        k("abc"),
        vec![(
            "year".into(),
            AnswerErrorKind::NotANumber {
                value: "abc".into()
            }
        )]
    );
    assert_eq!(
        k("2000.5"),
        vec![("year".into(), AnswerErrorKind::NotAnInteger)]
    );
    assert_eq!(
        k("1900"),
        vec![(
            "year".into(),
            AnswerErrorKind::OutOfRange {
                min: Some(1950.0),
                max: Some(2026.0)
            }
        )]
    );
    assert_eq!(
        k("NaN"),
        vec![(
            "year".into(),
            AnswerErrorKind::NotANumber {
                value: "NaN".into()
            }
        )]
    );
    assert_eq!(
        k("1980"),
        vec![(
            "year".into(),
            AnswerErrorKind::RuleFailed {
                message: "too_early".into()
            }
        )]
    );
    // The rule allows an early year when disc is 'no'; a decimal comma is accepted.
    let a = s
        .validate_page("one", &none, &form(&[("disc", "no"), ("year", "1980,0")]))
        .unwrap();
    assert_eq!(a.get(&item("year")), Some(&AnswerValue::Number(1980.0)));
}

#[test]
fn text_lengths_line_breaks_and_control_characters() {
    let s = survey();
    let none = ResponseAnswers::new();
    let k = |v: &str| kinds(&s, "one", &none, &form(&[("disc", "no"), ("name", v)]));
    assert_eq!(
        k("abcdefghijk"),
        vec![(
            "name".into(),
            AnswerErrorKind::TooLong {
                max: 10,
                length: 11
            }
        )]
    );
    assert_eq!(k("a\nb"), vec![("name".into(), AnswerErrorKind::LineBreak)]);
    assert_eq!(
        k("a\u{0}b"),
        vec![("name".into(), AnswerErrorKind::ControlCharacters)]
    );
    // Length counts characters, not bytes: ten Arabic letters fit.
    assert!(
        s.validate_page(
            "one",
            &none,
            &form(&[("disc", "no"), ("name", "مرحبامرحبا")])
        )
        .is_ok()
    );
}

#[test]
fn forged_and_misplaced_fields_are_refused() {
    let s = survey();
    let none = ResponseAnswers::new();
    let errs = kinds(
        &s,
        "one",
        &none,
        &form(&[
            ("disc", "no"),
            ("nonexistent", "x"),
            ("belong.home", "1"),
            ("disc.row", "1"),
        ]),
    );
    assert!(errs.contains(&("nonexistent".into(), AnswerErrorKind::UnknownQuestion)));
    assert!(errs.contains(&("belong.home".into(), AnswerErrorKind::NotOnPage)));
    assert!(errs.contains(&("disc.row".into(), AnswerErrorKind::UnknownQuestion)));
    assert_eq!(
        kinds(&s, "nope", &none, &form(&[])),
        vec![(String::new(), AnswerErrorKind::UnknownPage)]
    );
}

#[test]
fn matrix_rows_and_same_page_relevance() {
    let s = survey();
    let none = ResponseAnswers::new();
    assert_eq!(
        kinds(&s, "two", &none, &form(&[("belong.home", "2")])),
        vec![("belong.lonely".into(), AnswerErrorKind::Required)]
    );
    // 'why' depends on a row answered on the same page.
    let a = s
        .validate_page(
            "two",
            &none,
            &form(&[
                ("belong.home", "2"),
                ("belong.lonely", "3"),
                ("why", "alone"),
            ]),
        )
        .unwrap();
    assert_eq!(
        a.get(&item("why")),
        Some(&AnswerValue::Text("alone".into()))
    );
    let a = s
        .validate_page(
            "two",
            &none,
            &form(&[
                ("belong.home", "2"),
                ("belong.lonely", "1"),
                ("why", "alone"),
            ]),
        )
        .unwrap();
    assert!(a.get(&item("why")).is_none());
}

#[test]
fn changing_an_earlier_answer_prunes_what_became_irrelevant() {
    let s = survey();
    let mut all = s
        .validate_page(
            "one",
            &ResponseAnswers::new(),
            &form(&[("disc", "yes"), ("grounds", "origin")]),
        )
        .unwrap();
    assert!(all.has_question("grounds"));
    let changed = s
        .validate_page("one", &all, &form(&[("disc", "no")]))
        .unwrap();
    s.apply_page(&mut all, "one", changed);
    assert!(
        !all.has_question("grounds"),
        "apply_page replaces the page's answers"
    );
    assert_eq!(
        all.get(&item("disc")),
        Some(&AnswerValue::Code("no".into()))
    );
    // prune handles answers left on other pages
    let mut stale = ResponseAnswers::new();
    stale.insert(item("disc"), AnswerValue::Code("no".into()));
    stale.insert(item("grounds"), AnswerValue::Codes(vec!["origin".into()]));
    assert_eq!(s.prune_irrelevant(&mut stale), vec!["grounds".to_string()]);
}

#[test]
fn snapshots_round_trip_with_a_stable_hash() {
    let s = survey();
    let back = Survey::from_snapshot(s.snapshot()).unwrap();
    assert_eq!(back, s);
    assert_eq!(back.snapshot_hash(), s.snapshot_hash());
    assert_eq!(s.snapshot_hash().len(), 64);
    let mut changed = s.clone();
    changed.pages[0].questions[0].required = false;
    assert_ne!(changed.snapshot_hash(), s.snapshot_hash());
}

#[test]
fn unanswered_required_lists_only_shown_questions_and_rows() {
    let s = survey();
    let mut a = ResponseAnswers::new();
    let fields = |a: &ResponseAnswers| -> Vec<String> {
        s.unanswered_required(a)
            .into_iter()
            .map(|(_, e)| e.field)
            .collect()
    };
    assert_eq!(fields(&a), ["disc", "belong.home", "belong.lonely"]);
    a.insert(item("disc"), AnswerValue::Code("yes".into()));
    assert_eq!(fields(&a), ["grounds", "belong.home", "belong.lonely"]);
    a.insert(item("disc"), AnswerValue::Code("no".into()));
    a.insert(
        Item {
            question: "belong".into(),
            row: Some("home".into()),
        },
        AnswerValue::Code("1".into()),
    );
    assert_eq!(
        s.unanswered_required(&a),
        vec![(
            "two".to_string(),
            atmos_survey::AnswerError {
                field: "belong.lonely".into(),
                kind: AnswerErrorKind::Required
            }
        )]
    );
    assert!(s.page_is_shown(&s.pages[1], &a));
}
