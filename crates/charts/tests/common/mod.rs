//! Shared test data: the repository's texts and survey, sample chart data with known numbers
//! (every case a chart must draw: hidden and empty cells, a significant change, a
//! questionnaire break), and an indicator table computed from a respondent file.
//!
//! Each test crate uses only some of these, hence the `dead_code` allowance.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use atmos_analysis::frame::{from_respondent_file, plan_for_file};
use atmos_analysis::{IndicatorTable, Request, Weighting, build_table};
use atmos_charts::{
    BreakdownData, BreakdownRow, Category, Change, ChartTexts, DistributionData, DistributionValue,
    DistributionWave, Estimate, HiddenReason, Labels, Measure, Notes, Side, SurveyLabels,
    TargetDirection, TargetLine, ThemeData, TrendData, TrendWave, Value,
};
use atmos_i18n::{Catalog, LanguageIdentifier};
use atmos_survey::Survey;

/// The repository's root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn lang(code: &str) -> LanguageIdentifier {
    code.parse().expect("a valid language tag")
}

pub fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| Catalog::load(&root().join("i18n"), lang("fi")).expect("i18n loads"))
}

pub fn survey() -> &'static Survey {
    static SURVEY: OnceLock<Survey> = OnceLock::new();
    SURVEY.get_or_init(|| {
        atmos_survey::load(&root().join("surveys/oulu-atmosphere"))
            .expect("the bundled survey loads")
            .survey
    })
}

pub fn texts(code: &str) -> ChartTexts<'static> {
    ChartTexts::new(catalog(), lang(code))
}

pub fn labels(code: &str) -> SurveyLabels<'static> {
    SurveyLabels::new(survey(), catalog(), lang(code))
}

/// A chart text in a language, as the chart shows it (fluent's isolation marks removed).
pub fn text(code: &str, id: &str) -> String {
    plain(&texts(code).get(id))
}

/// Without the invisible bidi controls fluent and the PNG preparation insert.
pub fn plain(s: &str) -> String {
    s.chars()
        .filter(|c| {
            !matches!(
                c,
                '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}'
            )
        })
        .collect()
}

fn published(estimate: f64, lo: f64, hi: f64, n: usize) -> Value {
    Value::Published(Estimate {
        estimate,
        interval: Some((lo, hi)),
        n,
    })
}

/// Four waves of a share: 2018 and 2020 published, a significant rise 2018 -> 2020, 2022
/// hidden (too few answers), 2024 published after a questionnaire change.
pub fn sample_trend(code: &str) -> TrendData {
    let labels = labels(code);
    TrendData {
        indicator: "racism_experienced_12m".into(),
        label: labels.indicator("racism_experienced_12m"),
        measure: Measure::Share,
        domain: None,
        waves: vec![
            TrendWave {
                wave: "2018".into(),
                value: published(0.312, 0.27, 0.356, 1234),
                questionnaire: Some("1".into()),
            },
            TrendWave {
                wave: "2020".into(),
                value: published(0.415, 0.371, 0.46, 987),
                questionnaire: Some("1".into()),
            },
            TrendWave {
                wave: "2022".into(),
                value: Value::Hidden(HiddenReason::TooFewAnswers),
                questionnaire: Some("1".into()),
            },
            TrendWave {
                wave: "2024".into(),
                value: published(0.388, 0.35, 0.427, 1502),
                questionnaire: Some("2".into()),
            },
        ],
        changes: vec![
            Change {
                earlier: "2018".into(),
                later: "2020".into(),
                difference: Some(0.103),
                significant: true,
            },
            Change {
                earlier: "2018".into(),
                later: "2024".into(),
                difference: Some(0.076),
                significant: true,
            },
        ],
        target: None,
        notes: Notes::default(),
    }
}

/// [`sample_trend`] with a programme target: below 30 % by 2026.
pub fn sample_trend_with_target(code: &str) -> TrendData {
    TrendData {
        target: Some(TargetLine {
            value: 0.30,
            direction: TargetDirection::Below,
            by: "2026".into(),
        }),
        ..sample_trend(code)
    }
}

/// An index by language group in two waves; "Somali" 2024 too few answers, "Other" 2022
/// hidden to protect it, "English" 2022 without answers.
pub fn sample_breakdown(code: &str) -> BreakdownData {
    let labels = labels(code);
    let group = |g: &str, values: Vec<Value>| BreakdownRow {
        group: g.into(),
        label: labels.group("language_group", g),
        values,
    };
    BreakdownData {
        indicator: "belonging_index".into(),
        label: labels.indicator("belonging_index"),
        measure: Measure::Index,
        breakdown: "language_group".into(),
        breakdown_label: labels.breakdown("language_group"),
        waves: vec!["2022".into(), "2024".into()],
        total: Some(BreakdownRow {
            group: String::new(),
            label: labels.all_respondents(),
            values: vec![
                published(61.2, 59.0, 63.4, 980),
                published(64.8, 62.9, 66.7, 1502),
            ],
        }),
        groups: vec![
            group(
                "russian_speaking",
                vec![
                    published(66.0, 62.1, 69.9, 310),
                    published(68.4, 65.0, 71.8, 402),
                ],
            ),
            group(
                "arabic_persian_kurdish",
                vec![
                    published(57.5, 53.0, 62.0, 251),
                    published(62.2, 58.3, 66.1, 388),
                ],
            ),
            group(
                "somali",
                vec![
                    published(55.1, 44.0, 66.2, 23),
                    Value::Hidden(HiddenReason::TooFewAnswers),
                ],
            ),
            group(
                "english",
                vec![Value::NoAnswers, published(70.3, 66.2, 74.4, 201)],
            ),
            group(
                "other",
                vec![
                    Value::Hidden(HiddenReason::Protects),
                    published(59.9, 55.0, 64.8, 190),
                ],
            ),
        ],
        notes: Notes::default(),
    }
}

/// A five-point agreement item in three waves; 2022 hidden.
pub fn sample_distribution(code: &str) -> DistributionData {
    let labels = labels(code);
    let item = "atmos_statements.racism_problem";
    let categories = [
        ("strongly_disagree", Side::Negative),
        ("disagree", Side::Negative),
        ("neither", Side::Neutral),
        ("agree", Side::Positive),
        ("strongly_agree", Side::Positive),
    ]
    .into_iter()
    .map(|(code, side)| Category {
        code: code.into(),
        label: labels.category(item, code),
        side,
    })
    .collect();
    DistributionData {
        item: item.into(),
        label: labels.item(item),
        domain: None,
        categories,
        waves: vec![
            DistributionWave {
                wave: "2020".into(),
                value: DistributionValue::Published {
                    shares: vec![0.08, 0.17, 0.25, 0.32, 0.18],
                    n: 1180,
                },
            },
            DistributionWave {
                wave: "2022".into(),
                value: DistributionValue::Hidden(HiddenReason::TooFewAnswers),
            },
            DistributionWave {
                wave: "2024".into(),
                value: DistributionValue::Published {
                    shares: vec![0.05, 0.12, 0.21, 0.37, 0.25],
                    n: 1433,
                },
            },
        ],
        notes: Notes::default(),
    }
}

/// The racism theme: three shares over three waves.
pub fn sample_theme(code: &str) -> ThemeData {
    let labels = labels(code);
    let panel = |id: &str, values: [Value; 3], significant: bool| TrendData {
        indicator: id.into(),
        label: labels.indicator(id),
        measure: Measure::Share,
        domain: None,
        waves: ["2020", "2022", "2024"]
            .iter()
            .zip(values)
            .map(|(w, value)| TrendWave {
                wave: (*w).into(),
                value,
                questionnaire: None,
            })
            .collect(),
        changes: vec![Change {
            earlier: "2022".into(),
            later: "2024".into(),
            difference: Some(0.05),
            significant,
        }],
        target: None,
        notes: Notes::default(),
    };
    ThemeData {
        theme: "racism".into(),
        label: labels.theme("racism"),
        panels: vec![
            panel(
                "racism_experienced_12m",
                [
                    published(0.41, 0.37, 0.45, 500),
                    published(0.38, 0.34, 0.42, 498),
                    published(0.43, 0.39, 0.47, 512),
                ],
                true,
            ),
            panel(
                "witnessed_racism",
                [
                    published(0.52, 0.48, 0.56, 500),
                    published(0.55, 0.51, 0.59, 498),
                    published(0.57, 0.53, 0.61, 512),
                ],
                false,
            ),
            panel(
                "harassment_12m",
                [
                    published(0.19, 0.16, 0.23, 500),
                    Value::Hidden(HiddenReason::TooFewAnswers),
                    published(0.21, 0.18, 0.25, 512),
                ],
                false,
            ),
            panel(
                "incident_reported",
                [
                    published(0.12, 0.08, 0.17, 180),
                    published(0.15, 0.11, 0.2, 170),
                    published(0.14, 0.1, 0.19, 175),
                ],
                false,
            ),
        ],
        notes: Notes::default(),
    }
}

/// The respondent file of the repository's whole-table comparison (synthetic, 3 waves of 500).
pub fn whole_table_file() -> PathBuf {
    root().join("tests/fixtures/analysis/whole_table/respondents.csv")
}

/// The indicator table of a respondent file, unweighted (no margins needed), as
/// `atmos analyze --input FILE --unweighted` computes it.
pub fn table_from_file(path: &Path, indicators: &[&str], by: &[&str]) -> IndicatorTable {
    let request = Request {
        indicators: indicators.iter().map(|s| (*s).to_owned()).collect(),
        breakdowns: by.iter().map(|s| (*s).to_owned()).collect(),
        weighting: Weighting::Unweighted,
        ..Request::default()
    };
    let plan = plan_for_file(path, survey(), request).expect("a plan for the file");
    let frame = from_respondent_file(path, &plan).expect("the file reads");
    build_table(&plan, &frame).expect("the table builds")
}
