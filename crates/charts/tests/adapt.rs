//! Chart data from a real indicator table (the repository's synthetic whole-table respondent
//! file through the analysis pipeline): the numbers are the table's, hidden cells stay hidden,
//! significance follows the Holm-adjusted p-values, labels come from the survey's texts, and bad
//! requests get specific errors.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

mod common;

use atmos_analysis::{CellStatus, IndicatorTable};
use atmos_charts::{
    BreakdownData, ChartError, HiddenReason, IdLabels, Measure, RenderOptions, ThemeData,
    TrendData, Value, breakdown_chart, theme_chart, trend_chart,
};
use common::{labels, root, table_from_file, texts, whole_table_file};

fn cell<'t>(
    table: &'t IndicatorTable,
    indicator: &str,
    wave: &str,
    domain: Option<(&str, &str)>,
) -> &'t atmos_analysis::Cell {
    table
        .cells
        .iter()
        .find(|c| {
            c.indicator == indicator
                && c.wave == wave
                && c.breakdown.as_deref() == domain.map(|d| d.0)
                && c.group.as_deref() == domain.map(|d| d.1)
        })
        .unwrap()
}

#[test]
fn a_trend_carries_the_tables_numbers_significance_and_labels() {
    let table = table_from_file(
        &whole_table_file(),
        &["racism_experienced_12m"],
        &["gender"],
    );
    let data =
        TrendData::from_table(&table, "racism_experienced_12m", None, &labels("fi")).unwrap();
    assert_eq!(data.label, "Koki syrjintää tai rasismia (12 kk)");
    assert_eq!(data.measure, Measure::Share);
    assert_eq!(data.domain, None);
    assert!(!data.notes.weighted);
    assert_eq!(data.notes.min_n, 10);
    let waves: Vec<&str> = data.waves.iter().map(|w| w.wave.as_str()).collect();
    assert_eq!(waves, ["2020", "2022", "2024"]);
    for w in &data.waves {
        let c = cell(&table, "racism_experienced_12m", &w.wave, None);
        let Value::Published(e) = w.value else {
            panic!("{}: not published", w.wave)
        };
        assert_eq!(Some(e.estimate), c.estimate);
        assert_eq!(e.interval, c.ci_lower.zip(c.ci_upper));
        assert_eq!(Some(e.n), c.n);
        assert_eq!(w.questionnaire, None);
    }
    for change in &data.changes {
        let row = table
            .comparisons
            .iter()
            .find(|c| {
                c.indicator == "racism_experienced_12m"
                    && c.breakdown.is_none()
                    && c.earlier == change.earlier
                    && c.later == change.later
            })
            .unwrap();
        assert_eq!(change.difference, row.difference);
        assert_eq!(change.significant, row.p_holm.unwrap() < 0.05);
    }
    assert_eq!(
        data.changes.len(),
        3,
        "two consecutive pairs and first-last"
    );

    // Questionnaire versions come from elsewhere (the database); a change draws a break.
    let mut data = data;
    data.set_questionnaires([("2020", "1"), ("2022", "1"), ("2024", "2")]);
    assert!(!data.break_after(0));
    assert!(data.break_after(1));
    let chart = trend_chart(&data, &texts("fi"), &RenderOptions::default()).unwrap();
    assert!(chart.svg.contains("class=\"break\""));
}

#[test]
fn a_small_group_is_hidden_not_zero() {
    // Fewer than 10 respondents say `other` for gender in each wave of the file.
    let table = table_from_file(
        &whole_table_file(),
        &["racism_experienced_12m"],
        &["gender"],
    );
    let data = TrendData::from_table(
        &table,
        "racism_experienced_12m",
        Some(("gender", "other")),
        &labels("en"),
    )
    .unwrap();
    assert_eq!(data.domain.as_deref(), Some("Other"));
    for w in &data.waves {
        assert_eq!(
            cell(
                &table,
                "racism_experienced_12m",
                &w.wave,
                Some(("gender", "other"))
            )
            .status,
            CellStatus::Suppressed
        );
        assert_eq!(w.value, Value::Hidden(HiddenReason::TooFewAnswers));
    }
    let chart = trend_chart(&data, &texts("en"), &RenderOptions::default()).unwrap();
    assert_eq!(
        chart
            .svg
            .matches("class=\"hidden too-few-answers\"")
            .count(),
        3
    );
    assert!(chart.description.contains("2020: Too few answers"));
    assert!(!chart.svg.contains("class=\"point\""));
}

#[test]
fn a_breakdown_has_all_respondents_first_then_every_group() {
    let table = table_from_file(&whole_table_file(), &["safety"], &["age_band", "gender"]);
    let data = BreakdownData::from_table(&table, "safety", "age_band", &labels("fi")).unwrap();
    assert_eq!(data.breakdown_label, "Ikäryhmä");
    assert_eq!(data.waves, ["2020", "2022", "2024"]);
    let total = data.total.as_ref().unwrap();
    assert_eq!(total.label, "Kaikki vastaajat");
    let groups: Vec<&str> = data.groups.iter().map(|g| g.label.as_str()).collect();
    assert_eq!(
        groups,
        ["18–29-vuotiaat", "30–49-vuotiaat", "50 vuotta täyttäneet"]
    );
    let c = cell(&table, "safety", "2022", Some(("age_band", "age_30_49")));
    assert_eq!(
        data.groups[1].values[1].estimate().map(|e| e.estimate),
        c.estimate
    );
    breakdown_chart(&data, &texts("fi"), &RenderOptions::default()).unwrap();

    // Groups that are the question's options take the options' texts.
    let data = BreakdownData::from_table(&table, "safety", "gender", &labels("fi")).unwrap();
    let groups: Vec<&str> = data.groups.iter().map(|g| g.label.as_str()).collect();
    assert!(groups.starts_with(&["Nainen", "Mies"]), "{groups:?}");
}

#[test]
fn a_theme_has_its_indicators_in_the_tables_order() {
    let table = table_from_file(&whole_table_file(), &[], &[]);
    let data = ThemeData::from_table(&table, "racism", &labels("sv")).unwrap();
    assert_eq!(data.label, "Rasism");
    let ids: Vec<&str> = data.panels.iter().map(|p| p.indicator.as_str()).collect();
    assert_eq!(
        ids,
        [
            "racism_experienced_12m",
            "witnessed_racism",
            "harassment_12m"
        ]
    );
    theme_chart(&data, &texts("sv"), &RenderOptions::default()).unwrap();
    let ids = IdLabels;
    let data = ThemeData::from_table(&table, "atmosphere", &ids).unwrap();
    assert_eq!(data.label, "atmosphere");
    assert_eq!(data.panels.len(), 4);
}

#[test]
fn unknown_names_get_specific_errors() {
    let table = table_from_file(&whole_table_file(), &["safety"], &["gender"]);
    let l = labels("fi");
    let err = TrendData::from_table(&table, "happiness", None, &l).unwrap_err();
    assert!(
        matches!(&err, ChartError::UnknownIndicator { available, .. } if available == "safety")
    );
    assert_eq!(
        err.to_string(),
        "unknown indicator `happiness`; the table has: safety"
    );
    let err = BreakdownData::from_table(&table, "safety", "district", &l).unwrap_err();
    assert!(matches!(err, ChartError::UnknownBreakdown { .. }), "{err}");
    let err = TrendData::from_table(&table, "safety", Some(("gender", "x")), &l).unwrap_err();
    assert!(matches!(err, ChartError::UnknownGroup { .. }), "{err}");
    let err = ThemeData::from_table(&table, "racism", &l).unwrap_err();
    assert_eq!(
        err.to_string(),
        "theme `racism` has no indicator in the table; themes with indicators: safety"
    );
}

/// tests/fixtures/charts/gaps.csv: nobody answered `violence_12m` in 2022, and `district` is
/// empty throughout (tests/fixtures/charts/make.sh).
#[test]
fn a_wave_without_data_and_an_empty_breakdown_are_errors() {
    let gaps = root().join("tests/fixtures/charts/gaps.csv");
    let table = table_from_file(&gaps, &["violence_12m", "safety"], &["district"]);
    let l = labels("fi");
    let err = TrendData::from_table(&table, "violence_12m", None, &l).unwrap_err();
    assert!(
        matches!(&err, ChartError::WaveWithoutData { wave, .. } if wave == "2022"),
        "{err}"
    );
    let err = BreakdownData::from_table(&table, "violence_12m", "gender", &l).unwrap_err();
    assert!(matches!(err, ChartError::UnknownBreakdown { .. }), "{err}");
    let err = BreakdownData::from_table(&table, "safety", "district", &l).unwrap_err();
    assert!(matches!(err, ChartError::EmptyBreakdown { .. }), "{err}");
    assert!(err.to_string().contains("no group has answers"));
    // The theme overview shows the empty wave as "no answers" instead.
    let theme = ThemeData::from_table(&table, "safety", &l).unwrap();
    let violence = theme
        .panels
        .iter()
        .find(|p| p.indicator == "violence_12m")
        .unwrap();
    assert_eq!(violence.waves[1].value, Value::NoAnswers);
}
