//! Every resident-facing answer error has its message in each shipped UI locale, with the
//! variables the code passes, and formats to real text (never the bare id).
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

use std::path::PathBuf;

use atmos_i18n::{Catalog, FluentArgs, LanguageIdentifier};
use atmos_survey::{AnswerErrorKind, MessageArg};

/// One of each kind. The match has no wildcard, so a new kind fails to compile here until
/// it is added (and so gets its texts checked).
fn every_kind() -> Vec<AnswerErrorKind> {
    let all = vec![
        AnswerErrorKind::UnknownPage,
        AnswerErrorKind::UnknownQuestion,
        AnswerErrorKind::NotOnPage,
        AnswerErrorKind::Required,
        AnswerErrorKind::UnknownOption { code: "x".into() },
        AnswerErrorKind::MultipleValues,
        AnswerErrorKind::ExclusiveCombined {
            code: "none".into(),
        },
        AnswerErrorKind::TooFewChoices { min: 2 },
        AnswerErrorKind::TooManyChoices { max: 1 },
        AnswerErrorKind::NotANumber {
            value: "abc".into(),
        },
        AnswerErrorKind::NotAnInteger,
        AnswerErrorKind::OutOfRange {
            min: Some(1950.0),
            max: Some(2026.0),
        },
        AnswerErrorKind::OutOfRange {
            min: Some(0.0),
            max: None,
        },
        AnswerErrorKind::OutOfRange {
            min: None,
            max: Some(10.0),
        },
        AnswerErrorKind::TooLong {
            max: 200,
            length: 250,
        },
        AnswerErrorKind::LineBreak,
        AnswerErrorKind::ControlCharacters,
    ];
    for k in &all {
        match k {
            AnswerErrorKind::UnknownPage
            | AnswerErrorKind::UnknownQuestion
            | AnswerErrorKind::NotOnPage
            | AnswerErrorKind::Required
            | AnswerErrorKind::UnknownOption { .. }
            | AnswerErrorKind::MultipleValues
            | AnswerErrorKind::ExclusiveCombined { .. }
            | AnswerErrorKind::TooFewChoices { .. }
            | AnswerErrorKind::TooManyChoices { .. }
            | AnswerErrorKind::NotANumber { .. }
            | AnswerErrorKind::NotAnInteger
            | AnswerErrorKind::OutOfRange { .. }
            | AnswerErrorKind::TooLong { .. }
            | AnswerErrorKind::LineBreak
            | AnswerErrorKind::ControlCharacters
            | AnswerErrorKind::RuleFailed { .. } => {}
        }
    }
    all
}

#[test]
fn every_answer_error_has_finnish_and_english_text_using_its_arguments() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("i18n");
    let fi: LanguageIdentifier = "fi".parse().unwrap();
    let catalog = Catalog::load(&root, fi.clone()).unwrap();
    for locale in ["fi", "en"] {
        let locale: LanguageIdentifier = locale.parse().unwrap();
        for kind in every_kind() {
            let id = kind.message_id();
            assert!(catalog.has(&locale, "ui", &id), "{locale}: no message {id}");
            let mut args = FluentArgs::new();
            for (name, value) in kind.message_args() {
                match value {
                    MessageArg::Text(t) => args.set(name, t),
                    MessageArg::Number(n) => args.set(name, n),
                }
            }
            let text = catalog.text(&locale, "ui", &id, Some(&args));
            assert!(!text.missing && !text.fallback, "{locale} {id}: {text:?}");
            // A variable the message expects but the code did not pass shows up as {$name}.
            assert!(!text.value.contains("{$"), "{locale} {id}: {}", text.value);
            for (_, value) in kind.message_args() {
                if let MessageArg::Number(n) = value {
                    assert!(
                        text.value.contains(&n.to_string()),
                        "{locale} {id}: {}",
                        text.value
                    );
                }
            }
        }
    }
}

#[test]
fn a_survey_rule_message_comes_from_the_survey_texts() {
    let kind = AnswerErrorKind::RuleFailed {
        message: "year_moved_range".into(),
    };
    assert!(kind.is_survey_message());
    assert_eq!(kind.message_id(), "rule-year_moved_range");
}

/// Every UI message of English exists in each of the eight form languages (a missing one
/// would fall back, but shipping a language means shipping all of it).
#[test]
fn every_form_language_has_every_ui_message() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("i18n");
    let ids = |locale: &str| -> std::collections::BTreeSet<String> {
        let text = std::fs::read_to_string(root.join(locale).join("ui.ftl")).unwrap();
        text.lines()
            .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_string()))
            .collect()
    };
    let en = ids("en");
    assert!(en.len() > 50, "{} UI messages", en.len());
    for locale in ["fi", "sv", "ru", "ar", "so", "uk", "fa"] {
        let other = ids(locale);
        let missing: Vec<_> = en.difference(&other).collect();
        let extra: Vec<_> = other.difference(&en).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{locale}: missing {missing:?}, extra {extra:?}"
        );
    }
}
