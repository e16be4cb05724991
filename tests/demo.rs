//! `atmos demo`: synthetic earlier waves written through the store, checked in the database.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

use std::collections::BTreeMap;
use std::process::{Command, Output};

use atmos_store::testing::TestDb;
use atmos_store::{Answer, AnswerValue as Stored, PgConnection, Wave, WaveStatus};
use atmos_survey::{AnswerValue, FormInput, Item, QuestionKind, ResponseAnswers, Survey};
use chrono::{DateTime, Utc};

const SURVEY: &str = "oulu-atmosphere";

fn atmos(db_url: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_atmos"))
        .args(args)
        .env("DATABASE_URL", db_url)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
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

fn fails(out: &Output) -> String {
    assert!(
        !out.status.success(),
        "expected failure\nstdout:\n{}",
        String::from_utf8_lossy(&out.stdout)
    );
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn at(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

fn wave(conn: &mut PgConnection, label: &str) -> Wave {
    atmos_store::find_wave(conn, SURVEY, label)
        .unwrap()
        .unwrap_or_else(|| panic!("wave {label} exists"))
}

/// The questionnaire a wave was answered with.
fn questionnaire(conn: &mut PgConnection, wave: &Wave) -> Survey {
    let stored = atmos_store::questionnaire(conn, wave.questionnaire_id)
        .unwrap()
        .unwrap();
    Survey::from_snapshot(stored.definition).unwrap()
}

/// Each submitted response of a wave with its locale, times and stored answer rows.
type Stored3 = (String, DateTime<Utc>, Option<DateTime<Utc>>, Vec<Answer>);

fn stored_responses(conn: &mut PgConnection, wave: &Wave) -> Vec<Stored3> {
    atmos_store::submitted_responses(conn, wave.id)
        .unwrap()
        .into_iter()
        .map(|r| {
            let answers = atmos_store::load_answers(conn, r.id).unwrap();
            (r.locale, r.started_at, r.submitted_at, answers)
        })
        .collect()
}

/// Typed answers from stored rows (what the web form rebuilds when a respondent returns).
fn typed(survey: &Survey, rows: &[Answer]) -> ResponseAnswers {
    let mut grouped: BTreeMap<Item, Vec<&Stored>> = BTreeMap::new();
    for r in rows {
        let item = Item {
            question: r.question_id.clone(),
            row: (!r.item.is_empty()).then(|| r.item.clone()),
        };
        grouped.entry(item).or_default().push(&r.value);
    }
    let mut answers = ResponseAnswers::new();
    for (item, values) in grouped {
        let (_, q) = survey
            .question(&item.question)
            .unwrap_or_else(|| panic!("{} is a question of the survey", item.question));
        let value = match (&q.kind, values.as_slice()) {
            (QuestionKind::Multiple { .. }, vs) => AnswerValue::Codes(
                vs.iter()
                    .map(|v| match v {
                        Stored::Option(c) => c.clone(),
                        other => panic!("{}: {other:?}", item.question),
                    })
                    .collect(),
            ),
            (_, [Stored::Option(c)]) => AnswerValue::Code(c.clone()),
            (_, [Stored::Number(n)]) => AnswerValue::Number(*n),
            (_, [Stored::Text(t)]) => AnswerValue::Text(t.clone()),
            (_, other) => panic!("{}: {other:?}", item.question),
        };
        answers.insert(item, value);
    }
    answers
}

/// Posts every stored response again, page by page, through the questionnaire's validation:
/// each shown page must be accepted as it is stored (no answer dropped as irrelevant, none
/// refused), no answer may sit on a page that is not shown, and nothing required is missing.
fn revalidate(survey: &Survey, rows: &[Answer]) {
    let stored = typed(survey, rows);
    let mut replay = ResponseAnswers::new();
    for page in &survey.pages {
        let mut on_page = ResponseAnswers::new();
        let mut input = FormInput::new();
        for (item, value) in stored.iter() {
            if !page.questions.iter().any(|q| q.id == item.question) {
                continue;
            }
            on_page.insert(item.clone(), value.clone());
            let values = match value {
                AnswerValue::Code(c) => vec![c.clone()],
                AnswerValue::Codes(cs) => cs.clone(),
                AnswerValue::Number(n) => vec![n.to_string()],
                AnswerValue::Text(t) => vec![t.clone()],
            };
            input.insert(item.key(), values);
        }
        if !survey.page_is_shown(page, &replay) {
            assert!(on_page.is_empty(), "answers on skipped page {}", page.id);
            continue;
        }
        let accepted = survey
            .validate_page(&page.id, &replay, &input)
            .unwrap_or_else(|errors| panic!("page {} refused: {errors:?}", page.id));
        assert_eq!(accepted, on_page, "page {} changed by validation", page.id);
        let dropped = survey.apply_page(&mut replay, &page.id, accepted);
        assert!(dropped.is_empty(), "{dropped:?}");
    }
    assert_eq!(replay, stored);
    assert!(
        survey.unanswered_required(&replay).is_empty(),
        "{:?}",
        survey.unanswered_required(&replay)
    );
}

#[test]
fn demo_writes_closed_waves_once_and_every_response_revalidates() {
    let db = TestDb::new();
    let out = ok(&atmos(&db.url, &["demo", "--respondents", "300"]));
    assert!(out.contains("stored questionnaire version 1"), "{out}");
    for label in ["2020", "2022", "2024"] {
        assert!(
            out.contains(&format!(
                "wave {SURVEY}/{label} (closed, synthetic): 300 respondents"
            )),
            "{out}"
        );
    }

    let conn = &mut db.conn();
    let waves = atmos_store::list_waves(conn, Some(SURVEY)).unwrap();
    let labels: Vec<&str> = waves.iter().map(|w| w.wave.label.as_str()).collect();
    assert_eq!(labels, ["2020", "2022", "2024"]);
    for w in &waves {
        let year = &w.wave.label;
        assert_eq!(w.wave.status, WaveStatus::Closed);
        assert_eq!(w.responses_submitted, 300);
        let opens = at(&format!("{year}-09-01T00:00:00Z"));
        let closes = at(&format!("{year}-11-01T00:00:00Z"));
        assert_eq!(
            (w.wave.opens_at, w.wave.closes_at),
            (Some(opens), Some(closes))
        );
        assert_eq!(
            (w.wave.opened_at, w.wave.closed_at),
            (Some(opens), Some(closes))
        );
        assert_eq!(
            atmos_store::response_counts(conn, w.wave.id).unwrap(),
            (0, 300),
            "all submitted"
        );

        let survey = questionnaire(conn, &w.wave);
        for (locale, started, submitted, rows) in stored_responses(conn, &w.wave) {
            assert!(survey.locales.contains(&locale), "{locale}");
            let submitted = submitted.unwrap();
            assert!(opens <= started && started <= submitted && submitted <= closes);
            revalidate(&survey, &rows);
        }
    }

    // Again: every wave exists, nothing is added.
    let out = ok(&atmos(&db.url, &["demo", "--respondents", "300"]));
    for label in ["2020", "2022", "2024"] {
        assert!(
            out.contains(&format!("wave {SURVEY}/{label} exists")),
            "{out}"
        );
    }
    let again = atmos_store::list_waves(conn, Some(SURVEY)).unwrap();
    assert_eq!(again, waves);
}

#[test]
fn the_same_seed_gives_identical_answers() {
    let args = [
        "demo",
        "--respondents",
        "300",
        "--waves",
        "2022",
        "--seed",
        "7",
    ];
    let (one, two) = (TestDb::new(), TestDb::new());
    ok(&atmos(&one.url, &args));
    ok(&atmos(&two.url, &args));
    let read = |db: &TestDb| {
        let conn = &mut db.conn();
        let w = wave(conn, "2022");
        stored_responses(conn, &w)
    };
    let (a, b) = (read(&one), read(&two));
    assert_eq!(a.len(), 300);
    assert!(a == b, "two runs with one seed differ");
    // Comments are rare: a small share of respondents writes one.
    let commenting = a
        .iter()
        .filter(|(_, _, _, rows)| {
            rows.iter()
                .any(|r| matches!(r.question_id.as_str(), "comments" | "what_would_improve"))
        })
        .count();
    assert!(
        (3..=60).contains(&commenting),
        "{commenting} of 300 comment"
    );
}

#[test]
fn discrimination_is_less_common_in_2024_than_in_2020() {
    let db = TestDb::new();
    ok(&atmos(
        &db.url,
        &["demo", "--respondents", "2000", "--waves", "2020,2024"],
    ));
    let conn = &mut db.conn();
    let share = |conn: &mut PgConnection, label: &str| {
        let w = wave(conn, label);
        let (mut yes, mut substantive) = (0, 0);
        for (_, _, _, rows) in stored_responses(conn, &w) {
            match rows
                .iter()
                .find(|r| r.question_id == "disc_any")
                .map(|r| &r.value)
            {
                Some(Stored::Option(c)) if c == "yes" => {
                    yes += 1;
                    substantive += 1;
                }
                Some(Stored::Option(c)) if c == "no" => substantive += 1,
                _ => {}
            }
        }
        f64::from(yes) / f64::from(substantive)
    };
    let (before, after) = (share(conn, "2020"), share(conn, "2024"));
    assert!(
        (0.38..0.48).contains(&before) && (0.30..0.40).contains(&after),
        "2020 {before:.3}, 2024 {after:.3}"
    );
    assert!(before - after > 0.04, "2020 {before:.3}, 2024 {after:.3}");
}

#[test]
fn bad_requests_are_refused_with_a_reason() {
    let db = TestDb::new();
    let err = fails(&atmos(&db.url, &["demo", "--survey", "nope"]));
    assert!(err.contains("unknown survey \"nope\""), "{err}");
    let err = fails(&atmos(&db.url, &["demo", "--waves", "2020,20x"]));
    assert!(err.contains("20x"), "{err}");
    let err = fails(&atmos(&db.url, &["demo", "--waves", "2020,2020"]));
    assert!(err.contains("2020 twice"), "{err}");
    let err = fails(&atmos(&db.url, &["demo", "--waves", "2999"]));
    assert!(err.contains("has not ended"), "{err}");
    let err = fails(&atmos(&db.url, &["demo", "--respondents", "0"]));
    assert!(err.contains("--respondents"), "{err}");
    let conn = &mut db.conn();
    assert!(atmos_store::list_surveys(conn).unwrap().is_empty());
}

#[test]
fn up_adds_the_demo_waves_to_a_survey_without_earlier_waves_only() {
    let db = TestDb::new();
    let out = ok(&atmos(&db.url, &["up", "--no-serve"]));
    assert!(out.contains("adding synthetic demo waves"), "{out}");
    let conn = &mut db.conn();
    let waves = atmos_store::list_waves(conn, Some(SURVEY)).unwrap();
    let summary: Vec<(&str, WaveStatus, i64)> = waves
        .iter()
        .map(|w| (w.wave.label.as_str(), w.wave.status, w.responses_submitted))
        .collect();
    let this_year = Utc::now().format("%Y").to_string();
    assert!(
        summary.contains(&(this_year.as_str(), WaveStatus::Open, 0)),
        "{summary:?}"
    );
    for label in ["2020", "2022", "2024"] {
        assert!(
            summary.contains(&(label, WaveStatus::Closed, 2_500)),
            "{summary:?}"
        );
    }
    // Once there are earlier waves, up adds nothing.
    let out = ok(&atmos(&db.url, &["up", "--no-serve"]));
    assert!(!out.contains("demo"), "{out}");
    assert_eq!(atmos_store::list_waves(conn, Some(SURVEY)).unwrap(), waves);

    // --no-demo leaves them out; so does an earlier wave of another round.
    let db = TestDb::new();
    let out = ok(&atmos(&db.url, &["up", "--no-serve", "--no-demo"]));
    assert!(!out.contains("demo"), "{out}");
    let conn = &mut db.conn();
    assert_eq!(
        atmos_store::list_waves(conn, Some(SURVEY)).unwrap().len(),
        1
    );
    ok(&atmos(
        &db.url,
        &["wave", "create", "--survey", SURVEY, "--label", "2019"],
    ));
    let out = ok(&atmos(&db.url, &["up", "--no-serve"]));
    assert!(!out.contains("demo"), "{out}");
    assert_eq!(
        atmos_store::list_waves(conn, Some(SURVEY)).unwrap().len(),
        2
    );
}

/// Reads a respondent file written by `atmos demo --out` with every column as text.
fn read_respondent_csv(path: &std::path::Path) -> (Vec<String>, Vec<Vec<Option<String>>>) {
    use polars::prelude::{CsvReadOptions, SerReader as _};
    let df = CsvReadOptions::default()
        .with_infer_schema_length(Some(0))
        .try_into_reader_with_file_path(Some(path.to_path_buf()))
        .unwrap()
        .finish()
        .unwrap();
    let header: Vec<String> = df
        .get_column_names()
        .iter()
        .map(|n| n.to_string())
        .collect();
    let columns: Vec<Vec<Option<String>>> = df
        .columns()
        .iter()
        .map(|c| {
            c.str()
                .unwrap()
                .iter()
                .map(|v| v.map(str::to_owned))
                .collect()
        })
        .collect();
    let rows = (0..df.height())
        .map(|i| columns.iter().map(|c| c[i].clone()).collect())
        .collect();
    (header, rows)
}

#[test]
fn a_demo_file_holds_what_the_database_gets_without_free_text() {
    let db = TestDb::new();
    let args = [
        "demo",
        "--respondents",
        "120",
        "--waves",
        "2022",
        "--seed",
        "11",
    ];
    ok(&atmos(&db.url, &args));
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("demo.csv");
    let parquet = dir.path().join("demo.parquet");
    for out in [&csv, &parquet] {
        let mut with_out: Vec<&str> = args.to_vec();
        with_out.extend(["--out", out.to_str().unwrap()]);
        // No database is needed for a file.
        let said = ok(&atmos("postgres://nobody@127.0.0.1:1/none", &with_out));
        assert!(said.contains("120 synthetic respondents"), "{said}");
    }

    let (header, rows) = read_respondent_csv(&csv);
    assert_eq!(header[..2], ["wave", "response_id"]);
    let conn = &mut db.conn();
    let w = wave(conn, "2022");
    let survey = questionnaire(conn, &w);
    for key in &header[2..] {
        let question = key.split('.').next().unwrap();
        let (_, q) = survey.question(question).expect("a question of the survey");
        assert!(
            !matches!(
                q.kind,
                QuestionKind::Text { .. } | QuestionKind::LongText { .. }
            ),
            "free text column {key}"
        );
    }
    // Every other item of the survey is a column.
    let text_questions = ["comments", "what_would_improve"];
    assert!(header.len() > 60, "{} columns", header.len());
    assert!(
        text_questions
            .iter()
            .all(|t| !header.iter().any(|h| h == t))
    );

    // The file's rows are the stored responses, cell by cell (multiple choice joined by ';').
    let cell = |v: &AnswerValue| match v {
        AnswerValue::Code(c) => Some(c.clone()),
        AnswerValue::Codes(cs) => Some(cs.join(";")),
        AnswerValue::Number(x) => Some(x.to_string()),
        AnswerValue::Text(_) => None,
    };
    let mut from_db: Vec<Vec<Option<String>>> = stored_responses(conn, &w)
        .iter()
        .map(|(_, _, _, answers)| {
            let typed = typed(&survey, answers);
            header[2..]
                .iter()
                .map(|key| {
                    let (question, row) = match key.split_once('.') {
                        Some((q, r)) => (q.to_owned(), Some(r.to_owned())),
                        None => (key.clone(), None),
                    };
                    typed.get(&Item { question, row }).and_then(cell)
                })
                .collect()
        })
        .collect();
    let mut from_file: Vec<Vec<Option<String>>> = rows
        .iter()
        .map(|r| {
            assert_eq!(r[0].as_deref(), Some("2022"));
            r[2..].to_vec()
        })
        .collect();
    assert_eq!(from_file.len(), 120);
    from_db.sort();
    from_file.sort();
    assert!(from_db == from_file, "the file differs from the database");
    let multiple = from_file
        .iter()
        .flatten()
        .flatten()
        .filter(|c| c.contains(';'))
        .count();
    assert!(
        multiple > 0,
        "some multiple-choice cell holds several codes"
    );

    // The Parquet file has the same content and `atmos analyze` reads both alike.
    let analyze = |file: &std::path::Path| {
        ok(&atmos(
            &db.url,
            &[
                "analyze",
                "--survey",
                SURVEY,
                "--input",
                file.to_str().unwrap(),
                "--unweighted",
                "--format",
                "csv",
            ],
        ))
    };
    assert_eq!(analyze(&csv), analyze(&parquet));

    let err = fails(&atmos(
        &db.url,
        &["demo", "--respondents", "5", "--out", "demo.txt"],
    ));
    assert!(err.contains("ends in .csv or .parquet"), "{err}");
}
