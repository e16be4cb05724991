//! `atmos analyze` end to end: synthetic responses stored through the store (imported rounds
//! and a wave answered with start/save/submit), exported with COPY, pivoted with polars and
//! estimated; checked against the statistical core on hand-built vectors. Then the command
//! line: JSON, CSV and table output from the database and from a respondent file
//! (tests/fixtures/analysis/respondents.csv), and its specific errors with no partial output.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use atmos_analysis::frame::from_long_csv;
use atmos_analysis::report::CSV_COLUMNS;
use atmos_analysis::{
    IndicatorTable, Margin, Plan, RakeOptions, Request, WaveDesign, Weighting, build_table, rake,
};
use atmos_store::testing::TestDb;
use atmos_store::{ImportedResponse, NewAnswer, NewWave, PgConnection};
use atmos_survey::Survey;
use chrono::{DateTime, Duration, Utc};

const SURVEY: &str = "oulu-atmosphere";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn survey() -> Survey {
    atmos_survey::load(&root().join("surveys").join(SURVEY))
        .unwrap()
        .survey
}

fn atmos(db_url: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_atmos"))
        .args(args)
        .env("DATABASE_URL", db_url)
        .current_dir(root())
        .output()
        .expect("the atmos binary runs")
}

fn ok(out: &Output) -> String {
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "expected success\nstdout:\n{stdout}\nstderr:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

/// The error message of a failed run, which must have written nothing to stdout.
fn fails(out: &Output) -> String {
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        !out.status.success(),
        "expected failure\nstdout:\n{}\nstderr:\n{stderr}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(out.stdout.is_empty(), "no partial output on failure");
    stderr
}

fn at(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

// ------------------------------------------------------------------------- synthetic data

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

/// One respondent's answers: (question, row) -> codes.
type Person = BTreeMap<(String, String), Vec<String>>;

const AGREE5: [&str; 6] = [
    "strongly_disagree",
    "disagree",
    "neither",
    "agree",
    "strongly_agree",
    "cant_say",
];

fn people(n: usize, seed: u64, yes: f64) -> Vec<Person> {
    let mut rng = Lcg(seed);
    (0..n)
        .map(|i| {
            let mut p = Person::new();
            let mut put = |q: &str, row: &str, codes: &[&str]| {
                p.insert(
                    (q.to_owned(), row.to_owned()),
                    codes.iter().map(|c| (*c).to_owned()).collect(),
                );
            };
            // The first respondents cover every margin category.
            let gender = ["female", "male", "other"]
                .get(i)
                .copied()
                .unwrap_or_else(|| rng.pick(&["female", "male", "female", "male", "prefer_not"]));
            put("gender", "", &[gender]);
            put(
                "age_band",
                "",
                &[rng.pick(&["18_24", "25_29", "30_39", "40_49", "50_64", "65_plus"])],
            );
            let language = ["russian", "arabic", "somali", "english", "chinese"]
                .get(i)
                .copied()
                .unwrap_or_else(|| {
                    rng.pick(&["russian", "arabic", "english", "somali", "other", "persian"])
                });
            put("native_language", "", &[language]);
            let d = rng.next();
            if d < 0.92 {
                put(
                    "disc_any",
                    "",
                    &[if d < yes {
                        "yes"
                    } else if d < 0.85 {
                        "no"
                    } else {
                        "cant_say"
                    }],
                );
            }
            for row in ["feel_home", "accepted", "lonely"] {
                if rng.next() < 0.9 {
                    put("belong", row, &[rng.pick(&AGREE5)]);
                }
            }
            put(
                "organisations",
                "",
                &[rng.pick(&["none", "sports_club"]), "volunteer_work"]
                    [..if rng.next() < 0.5 { 1 } else { 2 }],
            );
            p
        })
        .map(|mut p| {
            // "none" is exclusive.
            if p[&("organisations".to_owned(), String::new())][0] == "none" {
                p.insert(
                    ("organisations".to_owned(), String::new()),
                    vec!["none".to_owned()],
                );
            }
            p
        })
        .collect()
}

fn answers(p: &Person) -> Vec<NewAnswer> {
    let mut out: Vec<NewAnswer> = p
        .iter()
        .flat_map(|((q, row), codes)| {
            codes
                .iter()
                .map(move |c| NewAnswer::option(q.as_str(), c.as_str()).with_item(row.as_str()))
        })
        .collect();
    // Free text, which must never reach the analysis.
    out.push(NewAnswer::text(
        "comments",
        "Matti Meikäläinen, 040 123 4567",
    ));
    out
}

fn code<'a>(p: &'a Person, q: &str, row: &str) -> Option<&'a str> {
    p.get(&(q.to_owned(), row.to_owned()))
        .and_then(|c| c.first())
        .map(String::as_str)
}

/// The synthetic rounds: 2020 and 2022 imported, 2024 answered through an open wave.
fn populate(conn: &mut PgConnection) -> BTreeMap<&'static str, Vec<Person>> {
    let survey = survey();
    atmos_store::store_questionnaire(conn, SURVEY, &survey.snapshot(), &survey.snapshot_hash())
        .unwrap();
    let mut data = BTreeMap::new();
    for (label, seed, yes) in [("2020", 3, 0.3), ("2022", 5, 0.45)] {
        let group = people(120, seed, yes);
        let opened = at(&format!("{label}-09-01T00:00:00Z"));
        let closed = at(&format!("{label}-11-01T00:00:00Z"));
        atmos_store::import_wave(
            conn,
            &NewWave {
                survey_id: SURVEY.to_owned(),
                label: label.to_owned(),
                opens_at: Some(opened),
                closes_at: Some(closed),
                invitation_required: false,
            },
            opened,
            closed,
            group.iter().map(|p| ImportedResponse {
                locale: "fi".to_owned(),
                started_at: opened + Duration::hours(1),
                submitted_at: opened + Duration::hours(2),
                answers: answers(p),
            }),
        )
        .unwrap();
        data.insert(label, group);
    }
    let wave = atmos_store::create_wave(
        conn,
        &NewWave {
            survey_id: SURVEY.to_owned(),
            label: "2024".to_owned(),
            opens_at: Some(at("2024-09-01T00:00:00Z")),
            closes_at: Some(at("2024-11-01T00:00:00Z")),
            invitation_required: false,
        },
    )
    .unwrap();
    atmos_store::open_wave(conn, SURVEY, "2024").unwrap();
    let group = people(90, 9, 0.55);
    let questions: Vec<&str> = [
        "gender",
        "age_band",
        "native_language",
        "disc_any",
        "belong",
        "organisations",
        "comments",
    ]
    .to_vec();
    for p in &group {
        let id = atmos_store::start_response(conn, wave.id, "en").unwrap();
        atmos_store::save_answers(conn, id, &questions, &answers(p)).unwrap();
        atmos_store::submit_response(conn, id).unwrap();
    }
    // Started, never submitted: not a respondent.
    let id = atmos_store::start_response(conn, wave.id, "en").unwrap();
    atmos_store::save_answers(
        conn,
        id,
        &questions,
        &[NewAnswer::option("disc_any", "yes")],
    )
    .unwrap();
    data.insert("2024", group);
    data
}

fn y(indicator: &str, p: &Person) -> Option<f64> {
    match indicator {
        "racism_experienced_12m" => match code(p, "disc_any", "") {
            Some("yes") => Some(1.0),
            Some("no") => Some(0.0),
            _ => None,
        },
        "participates_organisations" => {
            let codes = &p[&("organisations".to_owned(), String::new())];
            Some(if codes == &["none"] { 0.0 } else { 1.0 })
        }
        "belonging_index" => {
            let values: Vec<f64> = [
                "feel_home",
                "accepted",
                "part_of_community",
                "lonely",
                "future_in_oulu",
            ]
            .iter()
            .filter_map(|row| {
                let c = code(p, "belong", row)?;
                let v = AGREE5.iter().position(|a| *a == c)?;
                (v < 5).then(|| {
                    let r = v as f64 / 4.0 * 100.0;
                    if *row == "lonely" { 100.0 - r } else { r }
                })
            })
            .collect();
            (values.len() >= 3).then(|| values.iter().sum::<f64>() / values.len() as f64)
        }
        other => panic!("{other}"),
    }
}

const INDICATORS: [&str; 3] = [
    "racism_experienced_12m",
    "participates_organisations",
    "belonging_index",
];

fn request(weighting: Weighting) -> Request {
    Request {
        indicators: INDICATORS.iter().map(|s| (*s).to_owned()).collect(),
        breakdowns: vec!["gender".to_owned()],
        weighting,
        min_n: 0,
        ..Request::default()
    }
}

/// The library path: store export -> polars frame -> table.
fn table(conn: &mut PgConnection, weighting: Weighting) -> IndicatorTable {
    let plan = Plan::new(&survey(), request(weighting)).unwrap();
    let questions = plan.questions();
    let questions: Vec<&str> = questions.iter().map(String::as_str).collect();
    let mut csv = Vec::new();
    let summary =
        atmos_store::export_answers_csv(conn, SURVEY, &[], Some(&questions), &mut csv).unwrap();
    assert!(
        !String::from_utf8_lossy(&csv).contains("Matti"),
        "free text is never exported"
    );
    let waves: Vec<String> = summary.waves.iter().map(|w| w.label.clone()).collect();
    assert_eq!(waves, ["2020", "2022", "2024"]);
    let frame = from_long_csv(csv, &plan, &waves).unwrap();
    build_table(&plan, &frame).unwrap()
}

fn close(a: Option<f64>, b: f64, what: &str) {
    let a = a.unwrap_or_else(|| panic!("{what}: no value"));
    assert!(
        (a - b).abs() <= 1e-10 * (1.0 + b.abs()),
        "{what}: {a} != {b}"
    );
}

fn gender(p: &Person) -> Option<&str> {
    code(p, "gender", "").filter(|g| *g != "prefer_not")
}

#[test]
fn the_export_is_what_the_frame_reads() {
    assert_eq!(
        atmos_store::EXPORT_COLUMNS,
        atmos_analysis::frame::LONG_COLUMNS
    );
}

#[test]
fn stored_waves_give_the_cores_numbers() {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let data = populate(conn);
    let unweighted = table(conn, Weighting::Unweighted);
    let raked = table(conn, Weighting::Raked);
    let survey = survey();
    let mut checked = 0;
    for (wave, people) in &data {
        assert_eq!(
            unweighted
                .waves
                .iter()
                .find(|w| w.wave == *wave)
                .unwrap()
                .respondents,
            people.len(),
            "every submitted response, and only those"
        );
        // Raked by hand with the core, margins in the frame's (alphabetical) order.
        let margins = &survey
            .margins
            .iter()
            .find(|m| m.wave == *wave)
            .unwrap()
            .margins;
        fn age(p: &Person) -> Option<&str> {
            match code(p, "age_band", "") {
                Some("18_24" | "25_29") => Some("age_18_29"),
                Some("30_39" | "40_49") => Some("age_30_49"),
                Some(_) => Some("age_50_plus"),
                None => None,
            }
        }
        fn language(p: &Person) -> Option<&str> {
            match code(p, "native_language", "") {
                Some("russian" | "ukrainian" | "estonian") => Some("russian_speaking"),
                Some("arabic" | "persian" | "kurdish") => Some("arabic_persian_kurdish"),
                Some("somali") => Some("somali"),
                Some("english") => Some("english"),
                Some(_) => Some("other"),
                None => None,
            }
        }
        let labels = |f: &dyn Fn(&Person) -> Option<&str>| people.iter().map(f).collect::<Vec<_>>();
        let built = [
            Margin::from_labels("age_band", &margins["age_band"], &labels(&age)).unwrap(),
            Margin::from_labels("gender", &margins["gender"], &labels(&gender)).unwrap(),
            Margin::from_labels(
                "language_group",
                &margins["language_group"],
                &labels(&language),
            )
            .unwrap(),
        ];
        let raked_design = rake(&vec![1.0; people.len()], &built, &RakeOptions::default())
            .unwrap()
            .design;
        let plain = WaveDesign::unweighted(people.len());
        for indicator in INDICATORS {
            let values: Vec<Option<f64>> = people.iter().map(|p| y(indicator, p)).collect();
            for group in [None, Some("female"), Some("male")] {
                let domain: Option<Vec<bool>> =
                    group.map(|g| people.iter().map(|p| gender(p) == Some(g)).collect());
                for (design, table, how) in [
                    (&plain, &unweighted, "unweighted"),
                    (&raked_design, &raked, "raked"),
                ] {
                    let expected = design
                        .estimate(&values, domain.as_deref())
                        .unwrap()
                        .estimate()
                        .cloned()
                        .unwrap();
                    let cell = table
                        .cells
                        .iter()
                        .find(|c| {
                            c.indicator == indicator
                                && c.wave == *wave
                                && c.group.as_deref() == group
                        })
                        .unwrap();
                    let what = format!("{how} {indicator} {wave} {group:?}");
                    assert_eq!(cell.n, Some(expected.n), "{what}");
                    close(cell.estimate, expected.estimate, &what);
                    close(cell.se, expected.se, &what);
                    close(cell.sum_weights, expected.sum_weights, &what);
                    checked += 1;
                }
            }
        }
    }
    assert_eq!(checked, 3 * 3 * 3 * 2);
    // Three waves: consecutive pairs and first with last.
    let pairs: Vec<(&str, &str)> = raked
        .comparisons
        .iter()
        .filter(|c| c.indicator == INDICATORS[0] && c.group.is_none())
        .map(|c| (c.earlier.as_str(), c.later.as_str()))
        .collect();
    assert_eq!(
        pairs,
        [("2020", "2022"), ("2022", "2024"), ("2020", "2024")]
    );
}

#[test]
fn the_command_reads_the_database() {
    let db = TestDb::new();
    let conn = &mut db.conn();
    populate(conn);
    let mut expected = table(conn, Weighting::Raked);
    let args = [
        "analyze",
        "--survey",
        SURVEY,
        "--indicators",
        "racism_experienced_12m,participates_organisations,belonging_index",
        "--by",
        "gender",
        "--min-n",
        "0",
    ];
    // The same numbers to the last bit as the library path.
    let json = ok(&atmos(
        &db.url,
        &[&args[..], &["--format", "json"]].concat(),
    ));
    assert_eq!(json, atmos_analysis::report::to_json(&expected));

    // With the default min_n, small groups are hidden; the numbers shown are the same.
    let json = ok(&atmos(
        &db.url,
        &[&args[..7], &["--format", "json"]].concat(),
    ));
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let cells = json["cells"].as_array().unwrap();
    assert_eq!(cells.len(), expected.cells.len());
    let other: Vec<&serde_json::Value> = cells.iter().filter(|c| c["group"] == "other").collect();
    assert!(!other.is_empty());
    for c in other {
        // A few respondents (hidden) or none at all (empty): never a number.
        match c["status"].as_str().unwrap() {
            "suppressed" => assert_eq!(c["suppression"]["reason"], "too_few_answers", "{c}"),
            "empty" => assert_eq!(c["n"], 0, "{c}"),
            other => panic!("{other}: {c}"),
        }
        assert_eq!(c["estimate"], serde_json::Value::Null);
    }
    assert!(cells.iter().any(|c| c["status"] == "suppressed"));
    expected.cells.retain(|c| c.group.is_none());
    for e in &expected.cells {
        let shown = cells
            .iter()
            .find(|c| c["indicator"] == e.indicator && c["wave"] == e.wave && c["group"].is_null())
            .unwrap();
        // serde_json's float parsing may differ in the last bit.
        close(
            shown["estimate"].as_f64(),
            e.estimate.unwrap(),
            &e.indicator,
        );
    }

    let csv = ok(&atmos(&db.url, &[&args[..], &["--format", "csv"]].concat()));
    assert_eq!(csv.lines().next().unwrap(), CSV_COLUMNS.join(","));
    let table_text = ok(&atmos(&db.url, &args));
    assert!(
        table_text.contains("racism_experienced_12m (share, %)"),
        "{table_text}"
    );
    assert!(table_text.contains("2020 -> 2024"), "{table_text}");

    // Explicit waves, in the order given.
    let json = ok(&atmos(
        &db.url,
        &[&args[..], &["--waves", "2024,2020", "--format", "json"]].concat(),
    ));
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let waves: Vec<&str> = json["waves"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["wave"].as_str().unwrap())
        .collect();
    assert_eq!(waves, ["2024", "2020"]);

    let err = fails(&atmos(
        &db.url,
        &[&args[..], &["--waves", "2020,1999"]].concat(),
    ));
    assert!(err.contains("has no wave \"1999\""), "{err}");
    let err = fails(&atmos(&db.url, &["analyze", "--survey", "nope"]));
    assert!(err.contains("unknown survey"), "{err}");
}

// ------------------------------------------------------------------- respondent files

fn fixture() -> String {
    root()
        .join("tests/fixtures/analysis/respondents.csv")
        .display()
        .to_string()
}

/// `atmos analyze --input` (no database is reachable at this URL).
fn offline(args: &[&str]) -> Output {
    atmos("postgres://nobody@127.0.0.1:1/none", args)
}

#[test]
fn a_respondent_file_in_every_format() {
    let input = fixture();
    let base = [
        "analyze",
        "--survey",
        SURVEY,
        "--input",
        input.as_str(),
        "--by",
        "gender,age_band",
    ];

    let json = ok(&offline(&[&base[..], &["--format", "json"]].concat()));
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["survey"], SURVEY);
    assert_eq!(json["min_n"], 10);
    let waves: Vec<&str> = json["waves"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["wave"].as_str().unwrap())
        .collect();
    assert_eq!(waves, ["2020", "2022", "2024"]);
    assert_eq!(json["waves"][0]["respondents"], 32);
    assert_eq!(json["waves"][0]["weighting"]["method"], "raked");
    let cells = json["cells"].as_array().unwrap();
    let indicators = json["indicators"].as_array().unwrap().len();
    // All + 3 gender groups + 3 age groups, per indicator and wave.
    assert_eq!(cells.len(), indicators * 3 * 7);
    assert!(cells.iter().any(|c| c["status"] == "published"));
    assert!(
        cells
            .iter()
            .any(|c| c["suppression"]["reason"] == "too_few_answers")
    );
    // Only the indicators whose items the file has.
    let computed: Vec<&str> = json["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        computed,
        [
            "racism_experienced_12m",
            "belonging_index",
            "lonely",
            "participates_organisations"
        ]
    );
    assert!(
        json["skipped_indicators"]
            .as_array()
            .unwrap()
            .contains(&serde_json::json!("trust_institutions_index"))
    );
    for c in cells.iter().filter(|c| c["status"] == "published") {
        assert!(c["n"].as_u64().unwrap() >= 10, "{c}");
        let (lo, est, hi) = (
            c["ci_lower"].as_f64().unwrap(),
            c["estimate"].as_f64().unwrap(),
            c["ci_upper"].as_f64().unwrap(),
        );
        assert!(lo <= est && est <= hi, "{c}");
    }
    let comparisons = json["comparisons"].as_array().unwrap();
    assert!(
        comparisons
            .iter()
            .any(|c| c["earlier"] == "2020" && c["later"] == "2024" && c["status"] == "published")
    );

    let csv = ok(&offline(&[&base[..], &["--format", "csv"]].concat()));
    let mut lines = csv.lines();
    assert_eq!(lines.next().unwrap(), CSV_COLUMNS.join(","));
    let records: Vec<&str> = lines.map(|l| l.split(',').next().unwrap()).collect();
    assert_eq!(
        records.iter().filter(|r| **r == "cell").count(),
        cells.len()
    );
    assert_eq!(
        records.iter().filter(|r| **r == "comparison").count(),
        comparisons.len()
    );

    let text = ok(&offline(&base));
    assert!(
        text.contains("wave 2020: 32 respondents, raked to"),
        "{text}"
    );
    assert!(text.contains("racism_experienced_12m (share, %)"), "{text}");
    assert!(text.contains("gender: other"), "{text}");
    assert!(text.contains("too few answers"), "{text}");

    // Unweighted and weights from the file's column.
    let json = ok(&offline(
        &[&base[..], &["--unweighted", "--format", "json"]].concat(),
    ));
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["waves"][0]["weighting"]["method"], "none");
    let json = ok(&offline(
        &[
            &base[..],
            &["--weight-column", "weight", "--format", "json"],
        ]
        .concat(),
    ));
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["waves"][1]["weighting"]["method"], "column");

    // --out writes the same bytes as standard output.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("table.csv");
    let printed = ok(&offline(&[&base[..], &["--format", "csv"]].concat()));
    ok(&offline(
        &[
            &base[..],
            &["--format", "csv", "--out", out.to_str().unwrap()],
        ]
        .concat(),
    ));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), printed);
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[test]
fn bad_input_is_refused_with_a_specific_error_and_no_output() {
    let input = fixture();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("never.json");
    let out = out.to_str().unwrap();
    let run = |extra: &[&str]| {
        offline(
            &[
                &[
                    "analyze", "--survey", SURVEY, "--format", "json", "--out", out,
                ][..],
                extra,
            ]
            .concat(),
        )
    };

    let err = fails(&run(&["--input", &input, "--indicators", "racism"]));
    assert!(err.contains("unknown indicator `racism`"), "{err}");
    let err = fails(&run(&["--input", &input, "--by", "sex"]));
    assert!(err.contains("unknown breakdown `sex`"), "{err}");
    let err = fails(&run(&["--input", &input, "--waves", "2020,2030"]));
    assert!(err.contains("no wave `2030`"), "{err}");

    let wrong = write(
        dir.path(),
        "wrong.csv",
        "wave,gender,disc_anyy\n2020,male,yes\n",
    );
    let err = fails(&run(&["--input", &wrong, "--unweighted"]));
    assert!(err.contains("unexpected column(s) disc_anyy"), "{err}");

    let missing = write(
        dir.path(),
        "missing.csv",
        "wave,disc_any\n2020,yes\n2020,no\n",
    );
    let err = fails(&run(&[
        "--input",
        &missing,
        "--indicators",
        "racism_experienced_12m",
    ]));
    assert!(
        err.contains("missing column `gender` (needed by breakdown gender)"),
        "{err}"
    );

    let codes = write(
        dir.path(),
        "codes.csv",
        "wave,response_id,disc_any\n2020,a,yes\n2020,b,jep\n",
    );
    let err = fails(&run(&[
        "--input",
        &codes,
        "--indicators",
        "racism_experienced_12m",
        "--unweighted",
    ]));
    assert!(
        err.contains("column `disc_any` has `jep` (response b), which is not a code of option set `yes_no_cs`"),
        "{err}"
    );

    // Raking needs respondents in every category of the margins.
    let text = std::fs::read_to_string(&input).unwrap();
    let no_other: String = text
        .lines()
        .filter(|l| !l.contains(",other,"))
        .map(|l| format!("{l}\n"))
        .collect();
    let no_other = write(dir.path(), "no_other.csv", &no_other);
    let err = fails(&run(&["--input", &no_other]));
    assert!(
        err.contains(
            "weighting wave `2020`: margin `gender`: `other` has population 17.6 but no respondents"
        ),
        "{err}"
    );

    let err = fails(&run(&["--input", &input, "--survey-dir", "surveys/nope"]));
    assert!(
        err.contains("cannot load the survey definition surveys/nope"),
        "{err}"
    );
    let err = fails(&run(&[
        "--input",
        "tests/fixtures/analysis/respondents.txt",
    ]));
    assert!(err.contains("must be .csv or .parquet"), "{err}");

    assert!(!Path::new(out).exists(), "no partial output file");
}
