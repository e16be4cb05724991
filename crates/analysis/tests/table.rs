//! The table pipeline on synthetic respondents of the bundled survey: the frame (long export,
//! wide CSV, Parquet) gives the same numbers as the core called directly on hand-built vectors;
//! weighting, suppression, comparisons, distributions with their Rao-Scott tests, reports and
//! specific errors.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use atmos_analysis::frame::{from_long_csv, from_respondent_file};
use atmos_analysis::rao_scott::{CategoryTally, rao_scott_tallies};
use atmos_analysis::report::{CSV_COLUMNS, to_csv, to_json, to_text};
use atmos_analysis::table::{CiMethod, Distribution, IndicatorKind, TestStatus};
use atmos_analysis::{
    AnalysisError, CellStatus, Hidden, IndicatorTable, Margin, Plan, RakeOptions, Request,
    ShareInterval, TableError, WaveDesign, Weighting, build_table, compare_waves, holm,
    korn_graubard_interval, logit_interval, mean_interval, rake,
};
use atmos_survey::{IndexItem, Indicator, Item, Measure, Survey, Theme};
use polars::prelude::*;

fn survey() -> Survey {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../surveys/oulu-atmosphere");
    atmos_survey::load(&dir)
        .expect("the bundled survey loads")
        .survey
}

/// A deterministic stream of numbers in [0, 1).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 11) as f64 / (1_u64 << 53) as f64
    }

    fn pick<'a>(&mut self, options: &[&'a str]) -> &'a str {
        options[((self.next() * options.len() as f64) as usize).min(options.len() - 1)]
    }
}

const BELONG: [&str; 5] = [
    "feel_home",
    "accepted",
    "part_of_community",
    "lonely",
    "future_in_oulu",
];
const AGREE5: [&str; 6] = [
    "strongly_disagree",
    "disagree",
    "neither",
    "agree",
    "strongly_agree",
    "cant_say",
];
const ORGS: [&str; 4] = [
    "sports_club",
    "religious_community",
    "volunteer_work",
    "other",
];

/// One synthetic respondent: item key -> codes (several for a multiple choice), numbers apart.
#[derive(Debug, Clone)]
struct Person {
    wave: String,
    id: String,
    codes: BTreeMap<String, Vec<String>>,
    numbers: BTreeMap<String, f64>,
}

impl Person {
    fn code(&self, key: &str) -> Option<&str> {
        self.codes
            .get(key)
            .and_then(|c| c.first())
            .map(String::as_str)
    }
}

/// `n` respondents of `wave`; `shift` moves the share of discrimination between waves.
fn people(wave: &str, n: usize, seed: u64, shift: f64) -> Vec<Person> {
    let mut rng = Lcg(seed);
    (0..n)
        .map(|i| {
            let mut codes = BTreeMap::new();
            let mut numbers = BTreeMap::new();
            let mut put = |k: &str, v: &str| {
                codes.insert(k.to_owned(), vec![v.to_owned()]);
            };
            let g = rng.next();
            put(
                "gender",
                if g < 0.47 {
                    "female"
                } else if g < 0.92 {
                    "male"
                } else if g < 0.95 {
                    "other"
                } else {
                    "prefer_not"
                },
            );
            put(
                "age_band",
                rng.pick(&["18_24", "25_29", "30_39", "40_49", "50_64", "65_plus"]),
            );
            put(
                "native_language",
                rng.pick(&[
                    "russian",
                    "arabic",
                    "english",
                    "persian",
                    "chinese",
                    "somali",
                    "kurdish",
                    "ukrainian",
                    "estonian",
                    "other",
                ]),
            );
            let d = rng.next();
            if d < 0.9 {
                let yes = 0.35 + shift;
                put(
                    "disc_any",
                    if d < 0.9 * yes {
                        "yes"
                    } else if d < 0.85 {
                        "no"
                    } else {
                        "cant_say"
                    },
                );
            }
            for row in BELONG {
                if rng.next() < 0.9 {
                    put(&format!("belong.{row}"), rng.pick(&AGREE5));
                }
            }
            let o = rng.next();
            if o < 0.2 {
                put("organisations", "none");
            } else if o < 0.9 {
                let chosen: Vec<String> = ORGS
                    .iter()
                    .filter(|_| rng.next() < 0.4)
                    .map(|c| (*c).to_owned())
                    .collect();
                if !chosen.is_empty() {
                    codes.insert("organisations".to_owned(), chosen);
                }
            }
            if rng.next() < 0.8 {
                numbers.insert(
                    "year_moved_finland".to_owned(),
                    (1960.0 + (rng.next() * 64.0).floor()).min(2026.0),
                );
            }
            Person {
                wave: wave.to_owned(),
                id: format!("r{wave}-{i:04}"),
                codes,
                numbers,
            }
        })
        .collect()
}

fn data() -> Vec<Person> {
    let mut all = people("2020", 240, 7, 0.0);
    all.extend(people("2022", 260, 11, 0.1));
    all
}

/// The store's long export of `people`.
fn long_csv(people: &[Person]) -> Vec<u8> {
    let mut out = String::from("wave,response_id,question_id,item,option_code,number_value\n");
    for p in people {
        let before = out.len();
        for (key, codes) in &p.codes {
            let (q, row) = key.split_once('.').unwrap_or((key, ""));
            for c in codes {
                out.push_str(&format!("{},{},{q},{row},{c},\n", p.wave, p.id));
            }
        }
        for (q, v) in &p.numbers {
            out.push_str(&format!("{},{},{q},,,{v}\n", p.wave, p.id));
        }
        if out.len() == before {
            out.push_str(&format!("{},{},,,,\n", p.wave, p.id));
        }
    }
    out.into_bytes()
}

/// The wide respondent file of `people` with `columns`.
fn wide_csv(people: &[Person], columns: &[&str]) -> String {
    let mut out = format!("wave,response_id,{}\n", columns.join(","));
    for p in people {
        out.push_str(&format!("{},{}", p.wave, p.id));
        for c in columns {
            let value = match (p.codes.get(*c), p.numbers.get(*c)) {
                (Some(codes), _) => codes.join(";"),
                (_, Some(v)) => v.to_string(),
                _ => String::new(),
            };
            out.push(',');
            out.push_str(&value);
        }
        out.push('\n');
    }
    out
}

const COLUMNS: [&str; 13] = [
    "gender",
    "age_band",
    "native_language",
    "disc_any",
    "belong.feel_home",
    "belong.accepted",
    "belong.part_of_community",
    "belong.lonely",
    "belong.future_in_oulu",
    "organisations",
    "year_moved_finland",
    "trust.police",
    "district",
];

const INDICATORS: [&str; 4] = [
    "racism_experienced_12m",
    "belonging_index",
    "participates_organisations",
    "lonely",
];

fn request(weighting: Weighting, min_n: usize) -> Request {
    Request {
        indicators: INDICATORS.iter().map(|s| (*s).to_owned()).collect(),
        breakdowns: vec!["gender".to_owned()],
        weighting,
        min_n,
        ..Request::default()
    }
}

fn waves() -> Vec<String> {
    vec!["2020".to_owned(), "2022".to_owned()]
}

fn table_from_long(plan: &Plan, people: &[Person]) -> IndicatorTable {
    let frame = from_long_csv(long_csv(people), plan, &waves()).unwrap();
    build_table(plan, &frame).unwrap()
}

/// Hand-built indicator vectors, straight from the definitions in surveys/README.md.
fn y_of(indicator: &str, p: &Person) -> Option<f64> {
    let agree = |c: &str| matches!(c, "agree" | "strongly_agree");
    match indicator {
        "racism_experienced_12m" => match p.code("disc_any") {
            Some("yes") => Some(1.0),
            Some("no") => Some(0.0),
            _ => None,
        },
        "lonely" => match p.code("belong.lonely") {
            None | Some("cant_say") => None,
            Some(c) => Some(if agree(c) { 1.0 } else { 0.0 }),
        },
        "participates_organisations" => p
            .codes
            .get("organisations")
            .map(|c| if c == &["none"] { 0.0 } else { 1.0 }),
        "belonging_index" => {
            let values: Vec<f64> = BELONG
                .iter()
                .filter_map(|row| {
                    let code = p.code(&format!("belong.{row}"))?;
                    let v = AGREE5.iter().position(|c| *c == code)? as f64 + 1.0;
                    if code == "cant_say" {
                        return None;
                    }
                    let r = (v - 1.0) / 4.0 * 100.0;
                    Some(if *row == "lonely" { 100.0 - r } else { r })
                })
                .collect();
            (values.len() >= 3).then(|| values.iter().sum::<f64>() / values.len() as f64)
        }
        other => panic!("no hand-built vector for {other}"),
    }
}

fn gender_group(p: &Person) -> Option<&str> {
    match p.code("gender") {
        Some("prefer_not") | None => None,
        other => other,
    }
}

/// An error with its sources, as `anyhow`'s `{:#}` prints it.
fn chain(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-12 * (1.0 + b.abs())
}

fn assert_close(a: Option<f64>, b: f64, what: &str) {
    let a = a.unwrap_or_else(|| panic!("{what}: no value"));
    assert!(close(a, b), "{what}: {a} != {b}");
}

#[test]
fn unweighted_cells_equal_the_core_on_hand_built_vectors() {
    let survey = survey();
    let plan = Plan::new(&survey, request(Weighting::Unweighted, 0)).unwrap();
    let all = data();
    let table = table_from_long(&plan, &all);
    assert_eq!(table.waves.len(), 2);
    assert_eq!(
        table.cells.len(),
        INDICATORS.len() * 2 * (1 + 3),
        "4 indicators x 2 waves x (all + 3 gender groups)"
    );

    let mut checked = 0;
    for wave in ["2020", "2022"] {
        let people: Vec<&Person> = all.iter().filter(|p| p.wave == wave).collect();
        let design = WaveDesign::unweighted(people.len());
        for indicator in INDICATORS {
            let y: Vec<Option<f64>> = people.iter().map(|p| y_of(indicator, p)).collect();
            for group in [None, Some("female"), Some("male"), Some("other")] {
                let domain: Option<Vec<bool>> =
                    group.map(|g| people.iter().map(|p| gender_group(p) == Some(g)).collect());
                let expected = design
                    .estimate(&y, domain.as_deref())
                    .unwrap()
                    .estimate()
                    .cloned()
                    .unwrap();
                let cell = table
                    .cells
                    .iter()
                    .find(|c| {
                        c.indicator == indicator && c.wave == wave && c.group.as_deref() == group
                    })
                    .unwrap();
                let what = format!("{indicator} {wave} {group:?}");
                assert_eq!(cell.status, CellStatus::Published, "{what}");
                assert_eq!(cell.n, Some(expected.n), "{what}");
                assert_eq!(cell.df, Some(expected.df), "{what}");
                assert_close(cell.estimate, expected.estimate, &what);
                assert_close(cell.se, expected.se, &what);
                assert_close(cell.sum_weights, expected.sum_weights, &what);
                let interval = if indicator == "belonging_index" {
                    mean_interval(&expected, 0.95).unwrap()
                } else if cell.ci_method == Some(CiMethod::KornGraubard) {
                    korn_graubard_interval(&expected, 0.95).unwrap()
                } else {
                    logit_interval(&expected, 0.95).unwrap()
                };
                assert_close(cell.ci_lower, interval.lower, &what);
                assert_close(cell.ci_upper, interval.upper, &what);
                assert_close(
                    cell.deff,
                    atmos_analysis::deff_replace(&expected).unwrap(),
                    &what,
                );
                assert_close(cell.deff_kish, 1.0, &what);
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 32);
    // The small "other" gender group gets Korn-Graubard, the whole wave logit.
    let method = |group: Option<&str>| {
        table
            .cells
            .iter()
            .find(|c| c.indicator == "racism_experienced_12m" && c.group.as_deref() == group)
            .unwrap()
            .ci_method
    };
    assert_eq!(method(None), Some(CiMethod::Logit));
    assert_eq!(method(Some("other")), Some(CiMethod::KornGraubard));
}

#[test]
fn comparisons_and_holm_equal_the_core() {
    let survey = survey();
    let plan = Plan::new(&survey, request(Weighting::Unweighted, 0)).unwrap();
    let all = data();
    let table = table_from_long(&plan, &all);
    // One pair of waves: one comparison per indicator and domain.
    assert_eq!(table.comparisons.len(), INDICATORS.len() * 4);
    let estimate = |wave: &str, indicator: &str| {
        let people: Vec<&Person> = all.iter().filter(|p| p.wave == wave).collect();
        let y: Vec<Option<f64>> = people.iter().map(|p| y_of(indicator, p)).collect();
        WaveDesign::unweighted(people.len())
            .estimate(&y, None)
            .unwrap()
            .estimate()
            .cloned()
            .unwrap()
    };
    for indicator in INDICATORS {
        let expected = compare_waves(
            &estimate("2020", indicator),
            &estimate("2022", indicator),
            0.95,
        )
        .unwrap();
        let row = table
            .comparisons
            .iter()
            .find(|c| c.indicator == indicator && c.group.is_none())
            .unwrap();
        assert_eq!((row.earlier.as_str(), row.later.as_str()), ("2020", "2022"));
        assert_close(row.difference, expected.difference, indicator);
        assert_close(row.se, expected.se, indicator);
        assert_close(row.p_value, expected.p_value.unwrap(), indicator);
        assert_close(row.ci_lower, expected.lower, indicator);
    }
    let p: Vec<Option<f64>> = table.comparisons.iter().map(|c| c.p_value).collect();
    let adjusted = holm(&p).unwrap();
    for (row, h) in table.comparisons.iter().zip(adjusted) {
        assert_eq!(row.p_holm, h);
        assert!(row.p_holm.unwrap() >= row.p_value.unwrap());
    }
}

fn age_group(code: &str) -> &'static str {
    match code {
        "18_24" | "25_29" => "age_18_29",
        "30_39" | "40_49" => "age_30_49",
        _ => "age_50_plus",
    }
}

fn language_group(code: &str) -> &'static str {
    match code {
        "russian" | "ukrainian" | "estonian" => "russian_speaking",
        "arabic" | "persian" | "kurdish" => "arabic_persian_kurdish",
        "somali" => "somali",
        "english" => "english",
        _ => "other",
    }
}

#[test]
fn raked_cells_equal_the_core_raked_by_hand() {
    let survey = survey();
    let plan = Plan::new(&survey, request(Weighting::Raked, 0)).unwrap();
    let all = data();
    let table = table_from_long(&plan, &all);
    for wave in ["2020", "2022"] {
        let people: Vec<&Person> = all.iter().filter(|p| p.wave == wave).collect();
        let margins = &survey
            .margins
            .iter()
            .find(|m| m.wave == wave)
            .unwrap()
            .margins;
        let labels = |f: &dyn Fn(&Person) -> Option<&'static str>| -> Vec<Option<&'static str>> {
            people.iter().map(|p| f(p)).collect()
        };
        let built = vec![
            Margin::from_labels(
                "age_band",
                &margins["age_band"],
                &labels(&|p| p.code("age_band").map(age_group)),
            )
            .unwrap(),
            Margin::from_labels(
                "gender",
                &margins["gender"],
                &labels(&|p| match gender_group(p) {
                    Some("female") => Some("female"),
                    Some("male") => Some("male"),
                    Some(_) => Some("other"),
                    None => None,
                }),
            )
            .unwrap(),
            Margin::from_labels(
                "language_group",
                &margins["language_group"],
                &labels(&|p| p.code("native_language").map(language_group)),
            )
            .unwrap(),
        ];
        let raked = rake(&vec![1.0; people.len()], &built, &RakeOptions::default()).unwrap();
        let report = table.waves.iter().find(|w| w.wave == wave).unwrap();
        let json = serde_json::to_value(&report.weighting).unwrap();
        assert_eq!(json["method"], "raked");
        assert_eq!(json["iterations"], raked.report.iterations);
        assert_eq!(
            json["unknown"][0]["margin"], "gender",
            "prefer_not is unknown"
        );
        for indicator in INDICATORS {
            let y: Vec<Option<f64>> = people.iter().map(|p| y_of(indicator, p)).collect();
            for group in [None, Some("female"), Some("male")] {
                let domain: Option<Vec<bool>> =
                    group.map(|g| people.iter().map(|p| gender_group(p) == Some(g)).collect());
                let expected = raked
                    .design
                    .estimate(&y, domain.as_deref())
                    .unwrap()
                    .estimate()
                    .cloned()
                    .unwrap();
                let cell = table
                    .cells
                    .iter()
                    .find(|c| {
                        c.indicator == indicator && c.wave == wave && c.group.as_deref() == group
                    })
                    .unwrap();
                let what = format!("raked {indicator} {wave} {group:?}");
                assert_close(cell.estimate, expected.estimate, &what);
                assert_close(cell.se, expected.se, &what);
                assert_close(cell.sum_weights, expected.sum_weights, &what);
                assert!(cell.deff_kish.unwrap() > 1.0, "{what}: raked weights vary");
            }
        }
    }
}

#[test]
fn wide_csv_and_parquet_give_the_long_exports_table() {
    let survey = survey();
    let plan = Plan::new(&survey, request(Weighting::Raked, 10)).unwrap();
    let all = data();
    let from_long = table_from_long(&plan, &all);

    let dir = tempfile::tempdir().unwrap();
    let csv_path = dir.path().join("respondents.csv");
    std::fs::write(&csv_path, wide_csv(&all, &COLUMNS)).unwrap();
    let from_csv = build_table(&plan, &from_respondent_file(&csv_path, &plan).unwrap()).unwrap();
    assert_eq!(from_csv, from_long);

    // Parquet: the multiple choice as a list of codes, the rest as text.
    let mut columns = vec![
        Column::new(
            "wave".into(),
            all.iter().map(|p| p.wave.clone()).collect::<Vec<_>>(),
        ),
        Column::new(
            "response_id".into(),
            all.iter().map(|p| p.id.clone()).collect::<Vec<_>>(),
        ),
    ];
    for key in COLUMNS {
        if key == "organisations" {
            let lists: Vec<Option<Series>> = all
                .iter()
                .map(|p| {
                    p.codes.get(key).map(|c| {
                        Series::new("".into(), c.iter().map(String::as_str).collect::<Vec<_>>())
                    })
                })
                .collect();
            let mut list: ListChunked = lists.into_iter().collect();
            list.rename(key.into());
            columns.push(list.into_column());
        } else if key == "year_moved_finland" {
            let values: Vec<Option<f64>> =
                all.iter().map(|p| p.numbers.get(key).copied()).collect();
            columns.push(Column::new(key.into(), values));
        } else {
            let values: Vec<Option<&str>> = all.iter().map(|p| p.code(key)).collect();
            columns.push(Column::new(key.into(), values));
        }
    }
    let mut df = DataFrame::new_infer_height(columns).unwrap();
    let parquet_path = dir.path().join("respondents.parquet");
    let file = std::fs::File::create(&parquet_path).unwrap();
    ParquetWriter::new(file).finish(&mut df).unwrap();
    let from_parquet =
        build_table(&plan, &from_respondent_file(&parquet_path, &plan).unwrap()).unwrap();
    assert_eq!(from_parquet, from_long);
}

#[test]
fn small_cells_are_hidden_with_their_reason() {
    let survey = survey();
    let plan = Plan::new(&survey, request(Weighting::Unweighted, 10)).unwrap();
    let table = table_from_long(&plan, &data());
    let cell = |indicator: &str, wave: &str, group: Option<&str>| {
        table
            .cells
            .iter()
            .find(|c| c.indicator == indicator && c.wave == wave && c.group.as_deref() == group)
            .unwrap()
    };
    let other = cell("racism_experienced_12m", "2020", Some("other"));
    assert_eq!(other.status, CellStatus::Suppressed);
    assert_eq!(other.suppression, Some(Hidden::TooFewAnswers { min_n: 10 }));
    assert_eq!(
        (
            other.n,
            other.estimate,
            other.se,
            other.ci_lower,
            other.sum_weights
        ),
        (None, None, None, None, None),
        "a hidden cell shows no number at all"
    );
    // The smaller of the other two groups protects it.
    let female = cell("racism_experienced_12m", "2020", Some("female"));
    let male = cell("racism_experienced_12m", "2020", Some("male"));
    let hidden: Vec<_> = [female, male]
        .iter()
        .filter(|c| c.status == CellStatus::Suppressed)
        .map(|c| c.suppression.clone().unwrap())
        .collect();
    assert_eq!(
        hidden,
        [Hidden::Complementary {
            protects: "gender:other".to_owned()
        }]
    );
    assert_eq!(
        cell("racism_experienced_12m", "2020", None).status,
        CellStatus::Published
    );
    // Comparisons of hidden cells are hidden too.
    let comparison = table
        .comparisons
        .iter()
        .find(|c| c.indicator == "racism_experienced_12m" && c.group.as_deref() == Some("other"))
        .unwrap();
    assert_eq!(comparison.status, CellStatus::Suppressed);
    assert!(matches!(
        comparison.suppression,
        Some(Hidden::ComparedCellHidden { .. })
    ));
    assert_eq!((comparison.difference, comparison.p_value), (None, None));
    // Holm runs over the published comparisons only.
    assert!(
        table
            .comparisons
            .iter()
            .all(|c| (c.status == CellStatus::Published) == c.p_holm.is_some())
    );

    // Every output says "too few answers" and never a number for these cells.
    let text = to_text(&table);
    assert!(text.contains("too few answers"), "{text}");
    let csv = to_csv(&table);
    let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    assert_eq!(header, CSV_COLUMNS);
    let column = |name: &str| header.iter().position(|h| *h == name).unwrap();
    for line in csv.lines().skip(1) {
        let fields: Vec<&str> = line.split(',').collect();
        assert_eq!(fields.len(), CSV_COLUMNS.len(), "{line}");
        if fields[column("status")] == "suppressed" {
            for name in [
                "n",
                "estimate",
                "se",
                "ci_lower",
                "ci_upper",
                "difference",
                "p_value",
            ] {
                assert_eq!(fields[column(name)], "", "{name} in {line}");
            }
            assert!(!fields[column("suppression")].is_empty(), "{line}");
        }
    }
    let distribution_rows: usize = table
        .distributions
        .iter()
        .map(|d| d.cells.len() * d.categories.len() + d.tests.len())
        .sum();
    assert!(distribution_rows > 0);
    assert_eq!(
        csv.lines().count(),
        1 + table.cells.len() + table.comparisons.len() + distribution_rows
    );
    let json: serde_json::Value = serde_json::from_str(&to_json(&table)).unwrap();
    let hidden = json["cells"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["status"] == "suppressed")
        .unwrap();
    assert_eq!(hidden["estimate"], serde_json::Value::Null);
    assert!(hidden["suppression"]["reason"].is_string());
}

#[test]
fn a_breakdowns_lone_hidden_cell_hides_the_total() {
    let survey = survey();
    let plan = Plan::new(&survey, request(Weighting::Unweighted, 10)).unwrap();
    // Everybody but five respondents prefers not to say their gender.
    let mut all = data();
    for (i, p) in all.iter_mut().enumerate() {
        let code = if i < 5 { "female" } else { "prefer_not" };
        p.codes.insert("gender".to_owned(), vec![code.to_owned()]);
    }
    let table = table_from_long(&plan, &all);
    let total = table
        .cells
        .iter()
        .find(|c| {
            c.indicator == "participates_organisations" && c.wave == "2020" && c.group.is_none()
        })
        .unwrap();
    assert_eq!(
        total.suppression,
        Some(Hidden::Complementary {
            protects: "gender:female".to_owned()
        })
    );
}

#[test]
fn korn_graubard_on_request() {
    let survey = survey();
    let mut req = request(Weighting::Unweighted, 0);
    req.share_interval = ShareInterval::KornGraubard;
    let plan = Plan::new(&survey, req).unwrap();
    let table = table_from_long(&plan, &data());
    for c in &table.cells {
        let expected = match c.kind {
            IndicatorKind::Share => CiMethod::KornGraubard,
            IndicatorKind::Index => CiMethod::Normal,
        };
        assert_eq!(c.ci_method, Some(expected), "{c:?}");
    }
}

#[test]
fn a_number_item_in_an_index() {
    let mut survey = survey();
    survey.indicators.push(Indicator {
        id: "years_since_moving".to_owned(),
        base_id: "years_since_moving".to_owned(),
        row: None,
        theme: Theme::Belonging,
        measure: Measure::Index {
            items: vec![IndexItem {
                item: Item {
                    question: "year_moved_finland".to_owned(),
                    row: None,
                },
                low: 1950.0,
                high: 2026.0,
                reverse: true,
            }],
            min_items: 1,
        },
    });
    let mut req = request(Weighting::Unweighted, 0);
    req.indicators = vec!["years_since_moving".to_owned()];
    let plan = Plan::new(&survey, req).unwrap();
    let all = data();
    let table = table_from_long(&plan, &all);
    let people: Vec<&Person> = all.iter().filter(|p| p.wave == "2022").collect();
    let y: Vec<Option<f64>> = people
        .iter()
        .map(|p| {
            p.numbers
                .get("year_moved_finland")
                .map(|v| 100.0 - (v - 1950.0) / 76.0 * 100.0)
        })
        .collect();
    let expected = WaveDesign::unweighted(people.len())
        .estimate(&y, None)
        .unwrap()
        .estimate()
        .cloned()
        .unwrap();
    let cell = table
        .cells
        .iter()
        .find(|c| c.wave == "2022" && c.group.is_none())
        .unwrap();
    assert_close(cell.estimate, expected.estimate, "number index");
    assert_close(cell.se, expected.se, "number index");
}

// ------------------------------------------------------------------------------------ errors

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn file_error(text: &str, req: Request) -> TableError {
    let survey = survey();
    let plan = Plan::new(&survey, req).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "r.csv", text);
    match from_respondent_file(&path, &plan) {
        Err(e) => e,
        Ok(frame) => build_table(&plan, &frame).unwrap_err(),
    }
}

fn one_indicator() -> Request {
    Request {
        indicators: vec!["racism_experienced_12m".to_owned()],
        weighting: Weighting::Unweighted,
        ..Request::default()
    }
}

#[test]
fn unknown_indicators_and_breakdowns_are_named() {
    let survey = survey();
    let mut req = one_indicator();
    req.indicators = vec!["racism".to_owned()];
    let err = Plan::new(&survey, req).unwrap_err();
    assert!(matches!(&err, TableError::UnknownIndicator { id, .. } if id == "racism"));
    assert!(err.to_string().contains("racism_experienced_12m"), "{err}");

    let mut req = one_indicator();
    req.breakdowns = vec!["sex".to_owned()];
    let err = Plan::new(&survey, req).unwrap_err();
    assert!(matches!(&err, TableError::UnknownBreakdown { id, .. } if id == "sex"));
    assert!(err.to_string().contains("gender"), "{err}");

    // A per-row indicator's base id selects all its rows.
    let mut req = one_indicator();
    req.indicators = vec!["discrimination".to_owned()];
    let plan = Plan::new(&survey, req).unwrap();
    assert!(plan.indicators.len() > 1);
    assert!(
        plan.indicators
            .iter()
            .all(|i| i.base_id == "discrimination")
    );
}

#[test]
fn wrong_columns_are_refused() {
    let err = file_error("wave,disc_anyy\n2020,yes\n", one_indicator());
    assert!(
        matches!(&err, TableError::UnexpectedColumns { columns, .. } if columns == &["disc_anyy"]),
        "{err}"
    );
    let err = file_error("wave,gender\n2020,female\n", one_indicator());
    assert!(matches!(&err, TableError::MissingColumns { .. }), "{err}");
    let message = err.to_string();
    assert!(
        message.contains("`disc_any` (needed by racism_experienced_12m)"),
        "{message}"
    );
    let err = file_error("disc_any\nyes\n", one_indicator());
    assert!(err.to_string().contains("missing column `wave`"), "{err}");
    let err = file_error(
        "wave,disc_any,native_language_other\n2020,yes,Tigrinya\n",
        one_indicator(),
    );
    assert!(
        matches!(&err, TableError::FreeTextColumn { column, .. } if column == "native_language_other"),
        "{err}"
    );
    // Raking needs the margins' questions.
    let mut req = one_indicator();
    req.weighting = Weighting::Raked;
    let err = file_error("wave,disc_any\n2020,yes\n", req);
    assert!(
        err.to_string()
            .contains("`gender` (needed by breakdown gender)"),
        "{err}"
    );
}

#[test]
fn wrong_values_are_refused_with_their_row() {
    let err = file_error(
        "wave,disc_any\n2020,yes\n2020,maybe\n2020,perhaps\n",
        one_indicator(),
    );
    match &err {
        TableError::InvalidCode(bad) => {
            let atmos_analysis::table_error::InvalidCode {
                column,
                value,
                row,
                set,
                count,
                ..
            } = bad.as_ref();
            assert_eq!(
                (
                    column.as_str(),
                    value.as_str(),
                    row.as_str(),
                    set.as_str(),
                    *count
                ),
                ("disc_any", "maybe", "row 2", "yes_no_cs", 2)
            );
        }
        other => panic!("{other}"),
    }
    let err = file_error("wave,disc_any\n2020,yes;no\n", one_indicator());
    assert!(
        matches!(&err, TableError::SeveralCodes { row, .. } if row == "row 1"),
        "{err}"
    );
    let err = file_error("wave,response_id,disc_any\n,a1,yes\n", one_indicator());
    assert!(
        matches!(&err, TableError::MissingWave { row, .. } if row == "response a1"),
        "{err}"
    );

    let mut survey_number = one_indicator();
    survey_number.weighting = Weighting::Column("w".to_owned());
    let err = file_error(
        "wave,disc_any,w\n2020,yes,1\n2020,no,-2\n",
        survey_number.clone(),
    );
    assert!(
        matches!(&err, TableError::InvalidWeight { row, .. } if row == "row 2"),
        "{err}"
    );
    let err = file_error(
        "wave,disc_any,w\n2020,yes,1\n2020,no,heavy\n",
        survey_number,
    );
    assert!(
        matches!(&err, TableError::InvalidWeight { value, .. } if value == "heavy"),
        "{err}"
    );
}

#[test]
fn waves_must_exist_and_have_respondents() {
    let mut req = one_indicator();
    req.waves = vec!["2020".to_owned(), "2030".to_owned()];
    let err = file_error("wave,disc_any\n2020,yes\n2020,no\n2022,no\n", req);
    assert!(
        matches!(&err, TableError::UnknownWave { wave, available } if wave == "2030" && available == "2020, 2022"),
        "{err}"
    );
    let err = file_error(
        "wave,disc_any\n2020,yes\n2022,no\n2022,yes\n",
        one_indicator(),
    );
    assert!(
        matches!(&err, TableError::TooFewRespondents { wave, rows: 1 } if wave == "2020"),
        "{err}"
    );
}

#[test]
fn a_long_export_with_another_header_is_refused() {
    let survey = survey();
    let plan = Plan::new(&survey, one_indicator()).unwrap();
    let err = from_long_csv(b"wave,id,answer\n".to_vec(), &plan, &waves()).unwrap_err();
    assert!(matches!(err, TableError::NotAnExport { .. }), "{err}");
}

#[test]
fn weighting_failures_are_specific() {
    let all = data();
    // No margins for the wave.
    let mut survey = survey();
    survey.margins.retain(|m| m.wave != "2022");
    let plan = Plan::new(&survey, request(Weighting::Raked, 10)).unwrap();
    let frame = from_long_csv(long_csv(&all), &plan, &waves()).unwrap();
    let err = build_table(&plan, &frame).unwrap_err();
    assert!(
        matches!(&err, TableError::NoMargins { wave, .. } if wave == "2022"),
        "{err}"
    );
    assert!(err.to_string().contains("--unweighted"), "{err}");

    // A group with respondents whose population count is 0.
    let mut survey = self::survey();
    for m in &mut survey.margins {
        let gender = m.margins.get_mut("gender").unwrap();
        let other = gender.insert("other".to_owned(), 0.0).unwrap();
        *gender.get_mut("female").unwrap() += other;
    }
    let plan = Plan::new(&survey, request(Weighting::Raked, 10)).unwrap();
    let frame = from_long_csv(long_csv(&all), &plan, &waves()).unwrap();
    let err = build_table(&plan, &frame).unwrap_err();
    assert!(
        matches!(
            &err,
            TableError::Weighting { wave, source: AnalysisError::MarginNotCovering { margin, category, .. } }
                if wave == "2020" && margin == "gender" && category == "other"
        ),
        "{err}"
    );
    assert!(chain(&err).contains("does not cover the sample"), "{err}");

    // Raking that cannot converge in the allowed sweeps.
    let survey = self::survey();
    let mut req = request(Weighting::Raked, 10);
    req.rake = RakeOptions {
        max_iterations: 2,
        tolerance: 1e-12,
        trim: None,
    };
    let plan = Plan::new(&survey, req).unwrap();
    let frame = from_long_csv(long_csv(&all), &plan, &waves()).unwrap();
    let err = build_table(&plan, &frame).unwrap_err();
    assert!(
        matches!(
            &err,
            TableError::Weighting {
                source: AnalysisError::NotConverged { iterations: 2, .. },
                ..
            }
        ),
        "{err}"
    );
}

// ----------------------------------------------------------------------------- distributions

/// The categorical items behind `INDICATORS`, in the order the table lists them (the
/// multiple-choice `organisations` has no distribution), with their substantive codes.
const DISTRIBUTION_ITEMS: [&str; 6] = [
    "disc_any",
    "belong.feel_home",
    "belong.accepted",
    "belong.part_of_community",
    "belong.lonely",
    "belong.future_in_oulu",
];

fn item_categories(item: &str) -> &'static [&'static str] {
    if item == "disc_any" {
        &["yes", "no"]
    } else {
        &AGREE5[..5]
    }
}

/// A respondent's category on an item, by hand: the index of a substantive code.
fn category_of(item: &str, p: &Person) -> Option<usize> {
    let code = p.code(item)?;
    item_categories(item).iter().position(|c| *c == code)
}

fn three_waves() -> Vec<Person> {
    let mut all = data();
    all.extend(people("2024", 230, 23, -0.05));
    all
}

fn three_wave_labels() -> Vec<String> {
    vec!["2020".to_owned(), "2022".to_owned(), "2024".to_owned()]
}

/// A wave raked by hand to the survey's margins (as `raked_cells_equal_the_core_raked_by_hand`).
fn raked_by_hand(survey: &Survey, people: &[&Person], wave: &str) -> WaveDesign {
    let margins = &survey
        .margins
        .iter()
        .find(|m| m.wave == wave)
        .unwrap()
        .margins;
    let labels = |f: &dyn Fn(&Person) -> Option<&'static str>| -> Vec<Option<&'static str>> {
        people.iter().map(|p| f(p)).collect()
    };
    let built = vec![
        Margin::from_labels(
            "age_band",
            &margins["age_band"],
            &labels(&|p| p.code("age_band").map(age_group)),
        )
        .unwrap(),
        Margin::from_labels(
            "gender",
            &margins["gender"],
            &labels(&|p| match gender_group(p) {
                Some("female") => Some("female"),
                Some("male") => Some("male"),
                Some(_) => Some("other"),
                None => None,
            }),
        )
        .unwrap(),
        Margin::from_labels(
            "language_group",
            &margins["language_group"],
            &labels(&|p| p.code("native_language").map(language_group)),
        )
        .unwrap(),
    ];
    rake(&vec![1.0; people.len()], &built, &RakeOptions::default())
        .unwrap()
        .design
}

fn distribution<'a>(table: &'a IndicatorTable, item: &str) -> &'a Distribution {
    table
        .distributions
        .iter()
        .find(|d| d.item == item)
        .unwrap_or_else(|| panic!("no distribution of {item}"))
}

/// Every distribution cell and test of `table` against the core on hand-built category
/// vectors with the designs `design` makes of each wave's respondents.
fn check_distributions_against_the_core(
    table: &IndicatorTable,
    all: &[Person],
    waves: &[&str],
    design: &dyn Fn(&[&Person], &str) -> WaveDesign,
) -> usize {
    let items: Vec<&str> = table
        .distributions
        .iter()
        .map(|d| d.item.as_str())
        .collect();
    assert_eq!(items, DISTRIBUTION_ITEMS);
    let people: Vec<Vec<&Person>> = waves
        .iter()
        .map(|w| all.iter().filter(|p| p.wave == *w).collect())
        .collect();
    let designs: Vec<WaveDesign> = people
        .iter()
        .zip(waves)
        .map(|(p, w)| design(p, w))
        .collect();
    let groups = [None, Some("female"), Some("male"), Some("other")];
    let mut checked = 0;
    for item in DISTRIBUTION_ITEMS {
        let d = distribution(table, item);
        assert_eq!(d.categories, item_categories(item));
        // tallies[wave][group]
        let tallies: Vec<Vec<CategoryTally>> = people
            .iter()
            .zip(&designs)
            .map(|(people, design)| {
                let cats: Vec<Option<usize>> =
                    people.iter().map(|p| category_of(item, p)).collect();
                groups
                    .iter()
                    .map(|g| {
                        let mask: Option<Vec<bool>> =
                            g.map(|g| people.iter().map(|p| gender_group(p) == Some(g)).collect());
                        CategoryTally::from_rows(design, &cats, d.categories.len(), mask.as_deref())
                            .unwrap()
                    })
                    .collect()
            })
            .collect();
        for (w, wave) in waves.iter().enumerate() {
            for (k, group) in groups.iter().enumerate() {
                let cell = d
                    .cells
                    .iter()
                    .find(|c| c.wave == *wave && c.group.as_deref() == *group)
                    .unwrap();
                let what = format!("{item} {wave} {group:?}");
                let expected = &tallies[w][k];
                assert_eq!(cell.status, CellStatus::Published, "{what}");
                assert_eq!(cell.n, Some(expected.respondents()), "{what}");
                assert_close(cell.sum_weights, expected.sum_weights(), &what);
                let shares = cell.shares.as_ref().unwrap();
                for (got, want) in shares.iter().zip(expected.shares().unwrap()) {
                    assert_close(Some(*got), want, &what);
                }
                assert!((shares.iter().sum::<f64>() - 1.0).abs() < 1e-12, "{what}");
            }
        }
        for test in &d.tests {
            let set: Vec<usize> = test
                .waves
                .iter()
                .map(|w| waves.iter().position(|x| x == w).unwrap())
                .collect();
            let k = groups
                .iter()
                .position(|g| *g == test.group.as_deref())
                .unwrap();
            let what = format!("{item} {:?} {:?}", test.waves, test.group);
            let inputs: Vec<(&WaveDesign, &CategoryTally)> =
                set.iter().map(|&w| (&designs[w], &tallies[w][k])).collect();
            match rao_scott_tallies(&inputs) {
                Ok(expected) => {
                    assert_eq!(test.status, TestStatus::Published, "{what}");
                    assert_close(test.pearson_x2, expected.pearson_x2, &what);
                    assert_close(test.f, expected.f, &what);
                    assert_close(test.ndf, expected.ndf, &what);
                    assert_close(test.ddf, expected.ddf, &what);
                    assert_close(test.p_value, expected.p_value, &what);
                    assert_eq!(test.categories_tested, Some(expected.categories), "{what}");
                    checked += 1;
                }
                Err(e) => {
                    assert_eq!(test.status, TestStatus::NotTestable, "{what}: {e}");
                    assert_eq!(test.note, Some(e.to_string()), "{what}");
                }
            }
        }
    }
    checked
}

#[test]
fn unweighted_distributions_and_tests_equal_the_core_on_hand_built_vectors() {
    let survey = survey();
    let plan = Plan::new(&survey, request(Weighting::Unweighted, 0)).unwrap();
    let all = data();
    let table = table_from_long(&plan, &all);
    // Two waves: one test (the pair) per item and domain.
    for d in &table.distributions {
        assert_eq!(d.cells.len(), 2 * 4, "{}", d.item);
        assert_eq!(d.tests.len(), 4, "{}", d.item);
        assert!(d.tests.iter().all(|t| t.waves == ["2020", "2022"]));
    }
    let checked = check_distributions_against_the_core(&table, &all, &["2020", "2022"], &|p, _| {
        WaveDesign::unweighted(p.len())
    });
    assert!(checked >= 20, "{checked}");
    // The items know their indicators; belong.lonely is behind two.
    assert_eq!(
        distribution(&table, "belong.lonely").indicators,
        ["belonging_index", "lonely"]
    );
    assert_eq!(
        distribution(&table, "disc_any").indicators,
        ["racism_experienced_12m"]
    );
}

#[test]
fn distributions_with_weights_from_a_column_equal_the_core() {
    let survey = survey();
    let plan = Plan::new(&survey, request(Weighting::Column("w".to_owned()), 0)).unwrap();
    let all = data();
    let weight = |p: &Person| {
        let i: usize = p.id.rsplit('-').next().unwrap().parse().unwrap();
        0.5 + (i % 7) as f64 * 0.25
    };
    let mut csv = wide_csv(&all, &COLUMNS);
    csv = csv
        .lines()
        .zip(std::iter::once(None).chain(all.iter().map(Some)))
        .map(|(line, p)| match p {
            None => format!("{line},w\n"),
            Some(p) => format!("{line},{}\n", weight(p)),
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("weighted.csv");
    std::fs::write(&path, csv).unwrap();
    let table = build_table(&plan, &from_respondent_file(&path, &plan).unwrap()).unwrap();
    let checked = check_distributions_against_the_core(&table, &all, &["2020", "2022"], &|p, _| {
        WaveDesign::new(p.iter().map(|p| weight(p)).collect()).unwrap()
    });
    assert!(checked >= 20, "{checked}");
}

#[test]
fn raked_distribution_tests_over_three_waves_equal_the_core() {
    let survey = survey();
    let mut req = request(Weighting::Raked, 0);
    req.waves = three_wave_labels();
    let plan = Plan::new(&survey, req).unwrap();
    let all = three_waves();
    let frame = from_long_csv(long_csv(&all), &plan, &three_wave_labels()).unwrap();
    let table = build_table(&plan, &frame).unwrap();
    // All three waves, then 2020-2022, 2022-2024 and 2020-2024, each for 4 domains.
    let d = distribution(&table, "disc_any");
    let sets: Vec<Vec<String>> = d
        .tests
        .iter()
        .filter(|t| t.group.is_none())
        .map(|t| t.waves.clone())
        .collect();
    assert_eq!(
        sets,
        [
            vec!["2020", "2022", "2024"],
            vec!["2020", "2022"],
            vec!["2022", "2024"],
            vec!["2020", "2024"]
        ]
    );
    assert_eq!(d.tests.len(), 4 * 4);
    let checked = check_distributions_against_the_core(
        &table,
        &all,
        &["2020", "2022", "2024"],
        &|p, wave| {
            let design = raked_by_hand(&survey, p, wave);
            assert!(design.is_raked());
            design
        },
    );
    assert!(checked >= 60, "{checked}");
    // Raking changes the test: the unweighted table gives other numbers.
    let mut req = request(Weighting::Unweighted, 0);
    req.waves = three_wave_labels();
    let plan = Plan::new(&survey, req).unwrap();
    let unweighted = build_table(
        &plan,
        &from_long_csv(long_csv(&all), &plan, &three_wave_labels()).unwrap(),
    )
    .unwrap();
    let f = |t: &IndicatorTable| distribution(t, "belong.lonely").tests[0].f.unwrap();
    assert!((f(&table) - f(&unweighted)).abs() > 1e-6);
}

#[test]
fn distribution_tests_have_their_own_holm_adjustment() {
    let survey = survey();
    let mut req = request(Weighting::Unweighted, 10);
    req.waves = three_wave_labels();
    let plan = Plan::new(&survey, req).unwrap();
    let all = three_waves();
    let table = build_table(
        &plan,
        &from_long_csv(long_csv(&all), &plan, &three_wave_labels()).unwrap(),
    )
    .unwrap();
    let tests: Vec<_> = table.distributions.iter().flat_map(|d| &d.tests).collect();
    let p: Vec<Option<f64>> = tests.iter().map(|t| t.p_value).collect();
    let adjusted = holm(&p).unwrap();
    for (t, h) in tests.iter().zip(adjusted) {
        assert_eq!(t.p_holm, h);
        assert_eq!(t.status == TestStatus::Published, t.p_holm.is_some());
    }
    // The indicator comparisons keep theirs, over the comparisons only.
    let p: Vec<Option<f64>> = table.comparisons.iter().map(|c| c.p_value).collect();
    for (c, h) in table.comparisons.iter().zip(holm(&p).unwrap()) {
        assert_eq!(c.p_holm, h);
    }
}

/// No hidden distribution cell can be recovered: within each breakdown of each item and wave,
/// a hidden non-empty group is never alone unless the whole-wave cell is hidden too.
fn assert_no_hidden_cell_is_recoverable(table: &IndicatorTable) {
    for d in &table.distributions {
        for wave in table.waves.iter().map(|w| &w.wave) {
            let cells: Vec<_> = d.cells.iter().filter(|c| &c.wave == wave).collect();
            let whole = cells.iter().find(|c| c.group.is_none()).unwrap();
            let hidden = cells
                .iter()
                .filter(|c| c.group.is_some() && c.status == CellStatus::Suppressed)
                .count();
            assert!(
                hidden != 1 || whole.status == CellStatus::Suppressed,
                "{} {wave}: a lone hidden group",
                d.item
            );
            for c in &cells {
                if c.status != CellStatus::Published {
                    assert_eq!((c.shares.as_ref(), c.sum_weights), (None, None), "{c:?}");
                }
            }
        }
    }
}

#[test]
fn small_distribution_cells_are_hidden_like_indicator_cells() {
    let survey = survey();
    let plan = Plan::new(&survey, request(Weighting::Unweighted, 10)).unwrap();
    let table = table_from_long(&plan, &data());
    assert_no_hidden_cell_is_recoverable(&table);
    let d = distribution(&table, "disc_any");
    let other = d
        .cells
        .iter()
        .find(|c| c.wave == "2020" && c.group.as_deref() == Some("other"))
        .unwrap();
    assert_eq!(other.status, CellStatus::Suppressed);
    assert_eq!(other.suppression, Some(Hidden::TooFewAnswers { min_n: 10 }));
    assert_eq!(
        (other.n, other.sum_weights, &other.shares),
        (None, None, &None)
    );
    // disc_any is racism_experienced_12m's only item: the same respondents, the same cells
    // hidden for the same reasons (belong.lonely and lonely likewise).
    for (item, indicator) in [
        ("disc_any", "racism_experienced_12m"),
        ("belong.lonely", "lonely"),
    ] {
        for c in &distribution(&table, item).cells {
            let cell = table
                .cells
                .iter()
                .find(|x| x.indicator == indicator && x.wave == c.wave && x.group == c.group)
                .unwrap();
            assert_eq!(
                (c.status, &c.suppression, c.n),
                (cell.status, &cell.suppression, cell.n),
                "{item} {} {:?}",
                c.wave,
                c.group
            );
        }
    }
    // A test with a hidden cell is hidden, naming the wave.
    let test = d
        .tests
        .iter()
        .find(|t| t.group.as_deref() == Some("other"))
        .unwrap();
    assert_eq!(test.status, TestStatus::Suppressed);
    assert_eq!(
        test.suppression,
        Some(Hidden::ComparedCellHidden {
            wave: "2020".to_owned()
        })
    );
    assert_eq!((test.f, test.p_value, test.p_holm), (None, None, None));

    // Every output: hidden shares are never numbers.
    let json: serde_json::Value = serde_json::from_str(&to_json(&table)).unwrap();
    let cells = json["distributions"][0]["cells"].as_array().unwrap();
    let hidden = cells.iter().find(|c| c["status"] == "suppressed").unwrap();
    assert_eq!(hidden["shares"], serde_json::Value::Null);
    assert!(hidden["suppression"]["reason"].is_string(), "{hidden}");
    let csv = to_csv(&table);
    let header: Vec<&str> = csv.lines().next().unwrap().split(',').collect();
    let column = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let mut hidden_rows = 0;
    for line in csv.lines().skip(1) {
        let fields: Vec<&str> = line.split(',').collect();
        if fields[0].starts_with("distribution") && fields[column("status")] == "suppressed" {
            for name in ["n", "sum_weights", "estimate", "f", "p_value", "pearson_x2"] {
                assert_eq!(fields[column(name)], "", "{name} in {line}");
            }
            hidden_rows += 1;
        }
    }
    assert!(hidden_rows > 0);
    let text = to_text(&table);
    let section = text.split("disc_any: distribution").nth(1).unwrap();
    assert!(section.contains("too few answers"), "{section}");
}

#[test]
fn distributions_in_every_output() {
    let survey = survey();
    let plan = Plan::new(&survey, request(Weighting::Raked, 10)).unwrap();
    let table = table_from_long(&plan, &data());

    let json: serde_json::Value = serde_json::from_str(&to_json(&table)).unwrap();
    let first = &json["distributions"][0];
    assert_eq!(first["item"], "disc_any");
    assert_eq!(first["question"], "disc_any");
    assert_eq!(first["row"], serde_json::Value::Null);
    assert_eq!(first["categories"], serde_json::json!(["yes", "no"]));
    let lonely = json["distributions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["item"] == "belong.lonely")
        .unwrap();
    assert_eq!(
        (&lonely["question"], &lonely["row"]),
        (&"belong".into(), &"lonely".into())
    );
    let test = &first["tests"][0];
    assert_eq!(test["status"], "published");
    assert_eq!(test["waves"], serde_json::json!(["2020", "2022"]));
    for field in ["pearson_x2", "f", "ndf", "ddf", "p_value", "p_holm"] {
        assert!(test[field].is_f64(), "{field}: {test}");
    }

    let csv = to_csv(&table);
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    assert_eq!(header, CSV_COLUMNS);
    assert_eq!(
        &CSV_COLUMNS[..27],
        &[
            "record",
            "indicator",
            "kind",
            "wave",
            "earlier",
            "later",
            "breakdown",
            "group",
            "status",
            "suppression",
            "suppression_detail",
            "n",
            "sum_weights",
            "estimate",
            "se",
            "ci_lower",
            "ci_upper",
            "ci_method",
            "df",
            "deff",
            "deff_kish",
            "n_eff_kish",
            "difference",
            "z",
            "p_value",
            "p_holm",
            "level",
        ],
        "the cells' and comparisons' columns stay where they were"
    );
    let column = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    assert!(rows.iter().all(|r| r.len() == CSV_COLUMNS.len()));
    let of = |record: &str| rows.iter().filter(|r| r[0] == record).count();
    assert_eq!(of("cell"), table.cells.len());
    assert_eq!(of("comparison"), table.comparisons.len());
    assert_eq!(
        of("distribution"),
        table
            .distributions
            .iter()
            .map(|d| d.cells.len() * d.categories.len())
            .sum::<usize>()
    );
    assert_eq!(
        of("distribution_test"),
        table
            .distributions
            .iter()
            .map(|d| d.tests.len())
            .sum::<usize>()
    );
    // A published share reads back to the table's number, in full precision.
    let share = rows
        .iter()
        .find(|r| {
            r[0] == "distribution"
                && r[column("item")] == "disc_any"
                && r[column("wave")] == "2022"
                && r[column("group")].is_empty()
                && r[column("category")] == "no"
        })
        .unwrap();
    let cell = distribution(&table, "disc_any")
        .cells
        .iter()
        .find(|c| c.wave == "2022" && c.group.is_none())
        .unwrap();
    assert_eq!(
        share[column("estimate")].parse::<f64>().unwrap(),
        cell.shares.as_ref().unwrap()[1]
    );
    let test = rows
        .iter()
        .find(|r| r[0] == "distribution_test" && r[column("item")] == "disc_any")
        .unwrap();
    assert_eq!(
        (
            test[column("waves")],
            test[column("earlier")],
            test[column("later")]
        ),
        ("2020;2022", "2020", "2022")
    );
    assert!(test[column("f")].parse::<f64>().is_ok());

    let text = to_text(&table);
    assert!(
        text.contains("belong.lonely: distribution of substantive answers, weighted %"),
        "{text}"
    );
    assert!(text.contains("Rao-Scott F"), "{text}");
    assert!(text.contains("strongly_agree"), "{text}");

    // Turned off, there are none.
    let mut req = request(Weighting::Raked, 10);
    req.distributions = false;
    let plan = Plan::new(&survey, req).unwrap();
    assert!(plan.distributions.is_empty());
    assert!(table_from_long(&plan, &data()).distributions.is_empty());
}

#[test]
fn untestable_and_empty_distribution_tests_say_so() {
    let survey = survey();
    let plan = Plan::new(&survey, request(Weighting::Unweighted, 0)).unwrap();
    let mut all = data();
    for p in &mut all {
        // Everybody of gender "other" experienced discrimination: a single category.
        if p.code("gender") == Some("other") && p.code("disc_any").is_some() {
            p.codes
                .insert("disc_any".to_owned(), vec!["yes".to_owned()]);
        }
        // Nobody in 2022 answers belong.lonely with a substantive answer as a woman.
        if p.wave == "2022" && p.code("gender") == Some("female") {
            p.codes
                .insert("belong.lonely".to_owned(), vec!["cant_say".to_owned()]);
        }
    }
    let table = table_from_long(&plan, &all);
    let test = |item: &str, group: &str| {
        distribution(&table, item)
            .tests
            .iter()
            .find(|t| t.group.as_deref() == Some(group))
            .unwrap()
            .clone()
    };
    let single = test("disc_any", "other");
    assert_eq!(single.status, TestStatus::NotTestable);
    assert!(
        single.note.as_deref().unwrap().contains("two categories"),
        "{single:?}"
    );
    assert_eq!((single.f, single.p_holm), (None, None));
    let empty = test("belong.lonely", "female");
    assert_eq!(empty.status, TestStatus::Empty);
    let cell = distribution(&table, "belong.lonely")
        .cells
        .iter()
        .find(|c| c.wave == "2022" && c.group.as_deref() == Some("female"))
        .unwrap();
    assert_eq!((cell.status, cell.n), (CellStatus::Empty, Some(0)));
    // The other domains are tested as usual.
    assert_eq!(test("disc_any", "female").status, TestStatus::Published);
    let text = to_text(&table);
    assert!(text.contains("not testable: "), "{text}");
    let csv = to_csv(&table);
    assert!(
        csv.lines()
            .any(|l| l.starts_with("distribution_test,") && l.contains(",not_testable,"))
    );
}
