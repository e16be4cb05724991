//! The bundled Oulu survey loads, and carries what the issue asks of it.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

use std::path::PathBuf;

use atmos_survey::{Measure, QuestionKind, Theme};

fn bundled() -> atmos_survey::Loaded {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../surveys/oulu-atmosphere");
    match atmos_survey::load(&dir) {
        Ok(l) => l,
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn the_oulu_survey_is_valid_with_complete_texts_in_every_language() {
    let loaded = bundled();
    // The forms are offered in eight languages; each must be complete.
    for locale in ["fi", "en", "sv", "ru", "ar", "so", "uk", "fa"] {
        let c = loaded.coverage.iter().find(|c| c.locale == locale).unwrap();
        assert!(c.missing.is_empty(), "{locale} lacks {:?}", c.missing);
        assert!(
            c.unused.is_empty(),
            "{locale} has unused messages {:?}",
            c.unused
        );
    }
    let questions: usize = loaded.survey.pages.iter().map(|p| p.questions.len()).sum();
    assert!((35..=45).contains(&questions), "{questions} questions");
}

#[test]
fn every_question_type_and_the_required_indicators_are_there() {
    let s = bundled().survey;
    let kinds: std::collections::BTreeSet<&str> = s
        .pages
        .iter()
        .flat_map(|p| &p.questions)
        .map(|q| q.kind.name())
        .collect();
    for k in [
        "single", "multiple", "likert", "matrix", "number", "text", "longtext",
    ] {
        assert!(kinds.contains(k), "no {k} question");
    }
    let has = |id: &str| s.indicators.iter().any(|i| i.id == id || i.base_id == id);
    for id in [
        "racism_experienced_12m",
        "discrimination",
        "harassment_12m",
        "atmosphere_positive",
        "home_town",
        "belonging_index",
        "inclusion_index",
        "service_access_index",
        "unmet_need",
        "trust_institutions_index",
        "safety",
    ] {
        assert!(has(id), "indicator {id} missing");
    }
    // discrimination is broken down by domain: one indicator per row of the matrix
    let per_domain = s
        .indicators
        .iter()
        .filter(|i| i.base_id == "discrimination")
        .count();
    assert!(per_domain >= 12, "{per_domain} discrimination domains");
    assert!(
        s.indicators
            .iter()
            .any(|i| matches!(i.measure, Measure::Index { .. }))
    );
    let themes: std::collections::BTreeSet<Theme> = s.indicators.iter().map(|i| i.theme).collect();
    assert!(themes.len() >= 7, "{themes:?}");
    for b in [
        "gender",
        "age_band",
        "language_group",
        "years_in_oulu",
        "district",
    ] {
        assert!(
            s.breakdowns.iter().any(|x| x.id == b),
            "breakdown {b} missing"
        );
    }
    for wave in ["2020", "2022", "2024"] {
        let m = s.margins.iter().find(|m| m.wave == wave).unwrap();
        let total = m.total().unwrap();
        assert!((7_000.0..20_000.0).contains(&total), "{wave}: {total}");
    }
    assert!(
        s.pages
            .iter()
            .flat_map(|p| &p.questions)
            .any(|q| q.relevant.is_some() && matches!(q.kind, QuestionKind::Matrix { .. })),
        "skip logic on a matrix"
    );
}

#[test]
fn the_oulu_survey_declares_programme_targets_outside_the_questionnaire() {
    let loaded = bundled();
    assert_eq!(loaded.targets.len(), 3);
    let racism = &loaded.targets[0];
    assert_eq!(racism.indicator, "racism_experienced_12m");
    assert_eq!(racism.direction, atmos_survey::TargetDirection::Below);
    assert_eq!(racism.value, 0.30);
    assert_eq!(racism.by, "2026");
    for lang in ["fi", "sv", "en"] {
        assert!(racism.responsible.contains_key(lang), "{lang}");
        assert!(
            racism.programme.as_ref().unwrap().contains_key(lang),
            "{lang}"
        );
    }
    // Targets are not in the snapshot: revising one makes no new questionnaire version.
    let snapshot = serde_json::to_string(&loaded.survey).unwrap();
    assert!(!snapshot.contains("steering group"));
    // Checked against a questionnaire without the indicator, the same file is refused.
    let mut survey = loaded.survey.clone();
    survey
        .indicators
        .retain(|i| i.id != "racism_experienced_12m");
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../surveys/oulu-atmosphere");
    let err = atmos_survey::load_targets(&dir, &survey).unwrap_err();
    assert!(
        err.to_string()
            .contains("unknown indicator 'racism_experienced_12m'"),
        "{err}"
    );
    assert_eq!(
        atmos_survey::load_targets(&dir, &loaded.survey).unwrap(),
        loaded.targets
    );
}
