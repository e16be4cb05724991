//! Exporting submitted answers as CSV with `COPY`: content, order, filters, privacy, errors.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

mod common;

use std::collections::BTreeSet;
use std::io::Write;

use atmos_store::testing::TestDb;
use atmos_store::{
    EXPORT_COLUMNS, ExportError, ImportedResponse, NewAnswer, PgConnection, StoreError, close_wave,
    create_wave, export_answers_csv, export_waves, import_wave, open_wave, save_answers,
    start_response, submit_response,
};
use chrono::Duration;
use diesel::prelude::*;
use uuid::Uuid;

use common::{SURVEY, at, load, wave};

const PAGE: [&str; 5] = ["q1", "q2", "q3", "q4", "comment"];
const SECRET: &str = "my neighbour Matti, phone 040 123";

/// A response to the open wave `wave_id` with `answers`, submitted unless `submit` is false.
fn respond(conn: &mut PgConnection, wave_id: i64, answers: &[NewAnswer], submit: bool) -> Uuid {
    let id = start_response(conn, wave_id, "fi").unwrap();
    save_answers(conn, id, &PAGE, answers).unwrap();
    if submit {
        submit_response(conn, id).unwrap();
    }
    id
}

/// Wave "2022": open, three submitted responses and one in progress, then closed. Returns the
/// submitted ids in the order given.
fn wave_2022(conn: &mut PgConnection) -> Vec<Uuid> {
    let w = create_wave(
        conn,
        &wave(
            SURVEY,
            "2022",
            Some("2022-09-01T00:00:00Z"),
            Some("2022-11-01T00:00:00Z"),
        ),
    )
    .unwrap();
    open_wave(conn, SURVEY, "2022").unwrap();
    let full = respond(
        conn,
        w.id,
        &[
            NewAnswer::option("q1", "yes"),
            NewAnswer::option("q2", "a"),
            NewAnswer::option("q2", "c"),
            NewAnswer::option("q3", "agree").with_item("r1"),
            NewAnswer::option("q3", "cant_say").with_item("r2"),
            NewAnswer::number("q4", 0.1 + 0.2),
            NewAnswer::text("comment", SECRET),
        ],
        true,
    );
    // Only free text: still a respondent of the wave, with no exported answer.
    let text_only = respond(conn, w.id, &[NewAnswer::text("comment", SECRET)], true);
    let plain = respond(
        conn,
        w.id,
        &[NewAnswer::option("q1", "no"), NewAnswer::number("q4", -3.0)],
        true,
    );
    respond(conn, w.id, &[NewAnswer::option("q1", "yes")], false);
    close_wave(conn, SURVEY, "2022").unwrap();
    vec![full, text_only, plain]
}

/// Wave "2020", imported: two responses answering q1.
fn wave_2020(conn: &mut PgConnection) {
    let opened = at("2020-09-01T00:00:00Z");
    let response = |code: &str| ImportedResponse {
        locale: "en".to_owned(),
        started_at: opened + Duration::days(1),
        submitted_at: opened + Duration::days(2),
        answers: vec![NewAnswer::option("q1", code)],
    };
    import_wave(
        conn,
        &wave(
            SURVEY,
            "2020",
            Some("2020-09-01T00:00:00Z"),
            Some("2020-11-01T00:00:00Z"),
        ),
        opened,
        at("2020-11-01T00:00:00Z"),
        [response("yes"), response("no")],
    )
    .unwrap();
}

fn export(
    conn: &mut PgConnection,
    waves: &[&str],
    questions: Option<&[&str]>,
) -> (String, atmos_store::ExportSummary) {
    let mut out = Vec::new();
    let summary = export_answers_csv(conn, SURVEY, waves, questions, &mut out).unwrap();
    (String::from_utf8(out).unwrap(), summary)
}

#[test]
fn exports_submitted_answers_without_free_text() {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let q = load(conn, SURVEY, 1).unwrap();
    let ids = wave_2022(conn);
    let (csv, summary) = export(conn, &["2022"], None);

    let (header, body) = csv.split_once('\n').unwrap();
    assert_eq!(header, EXPORT_COLUMNS.join(","));
    let lines: Vec<&str> = body.lines().collect();
    let (full, text_only, plain) = (ids[0], ids[1], ids[2]);
    let mut expected = vec![
        // 0.1 + 0.2 is written so that it reads back to the same double.
        (
            full,
            vec![
                format!("2022,{full},q1,,yes,"),
                format!("2022,{full},q2,,a,"),
                format!("2022,{full},q2,,c,"),
                format!("2022,{full},q3,r1,agree,"),
                format!("2022,{full},q3,r2,cant_say,"),
                format!("2022,{full},q4,,,0.30000000000000004"),
            ],
        ),
        (text_only, vec![format!("2022,{text_only},,,,")]),
        (
            plain,
            vec![
                format!("2022,{plain},q1,,no,"),
                format!("2022,{plain},q4,,,-3"),
            ],
        ),
    ];
    expected.sort_by_key(|(id, _)| *id);
    let expected: Vec<String> = expected.into_iter().flat_map(|(_, l)| l).collect();
    assert_eq!(lines, expected);
    assert!(!csv.contains("Matti"), "free text must never be exported");

    assert_eq!(summary.rows, 9);
    assert_eq!(summary.bytes, csv.len() as u64);
    assert_eq!(summary.waves.len(), 1);
    let w = &summary.waves[0];
    assert_eq!(
        (w.label.as_str(), w.questionnaire_id, w.responses),
        ("2022", q.id, 3)
    );
    let number = lines
        .iter()
        .find(|l| l.contains(",q4,") && l.contains(&full.to_string()));
    let parsed: f64 = number.unwrap().rsplit(',').next().unwrap().parse().unwrap();
    assert_eq!(parsed, 0.1 + 0.2);
}

#[test]
fn filters_questions_but_keeps_every_respondent() {
    let db = TestDb::new();
    let conn = &mut db.conn();
    load(conn, SURVEY, 1).unwrap();
    let ids = wave_2022(conn);
    let (csv, summary) = export(conn, &[], Some(&["q2", "q4"]));
    let questions: BTreeSet<&str> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(2).unwrap())
        .collect();
    assert_eq!(questions, BTreeSet::from(["", "q2", "q4"]));
    let respondents: BTreeSet<Uuid> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').nth(1).unwrap().parse().unwrap())
        .collect();
    assert_eq!(respondents, ids.iter().copied().collect());
    assert_eq!(
        summary.rows, 5,
        "full: q2 twice and q4; text only: bare; plain: q4\n{csv}"
    );

    // No question at all: one bare line per respondent.
    let (csv, summary) = export(conn, &["2022"], Some(&[]));
    assert_eq!(summary.rows, 3, "{csv}");
}

#[test]
fn orders_waves_as_asked_or_by_period() {
    let db = TestDb::new();
    let conn = &mut db.conn();
    load(conn, SURVEY, 1).unwrap();
    wave_2022(conn);
    wave_2020(conn);
    // A draft wave without dates comes last and has no responses.
    create_wave(conn, &wave(SURVEY, "2026", None, None)).unwrap();

    let labels =
        |w: &[atmos_store::Wave]| -> Vec<String> { w.iter().map(|w| w.label.clone()).collect() };
    assert_eq!(
        labels(&export_waves(conn, SURVEY, &[]).unwrap()),
        ["2020", "2022", "2026"]
    );
    assert_eq!(
        labels(&export_waves(conn, SURVEY, &["2022", "2020"]).unwrap()),
        ["2022", "2020"]
    );

    let (csv, summary) = export(conn, &[], Some(&["q1"]));
    let waves: Vec<&str> = csv.lines().skip(1).map(|l| &l[..4]).collect();
    assert_eq!(waves, ["2020", "2020", "2022", "2022", "2022"]);
    let counts: Vec<(&str, u64)> = summary
        .waves
        .iter()
        .map(|w| (w.label.as_str(), w.responses))
        .collect();
    assert_eq!(counts, [("2020", 2), ("2022", 3), ("2026", 0)]);

    let (csv, _) = export(conn, &["2022", "2020"], Some(&["q1"]));
    let waves: Vec<&str> = csv.lines().skip(1).map(|l| &l[..4]).collect();
    assert_eq!(waves, ["2022", "2022", "2022", "2020", "2020"]);
}

#[test]
fn unknown_survey_and_wave_are_refused() {
    let db = TestDb::new();
    let conn = &mut db.conn();
    load(conn, SURVEY, 1).unwrap();
    wave_2020(conn);
    let mut out = Vec::new();
    let err = export_answers_csv(conn, "nope", &[], None, &mut out).unwrap_err();
    assert!(
        matches!(&err, ExportError::Store(StoreError::UnknownSurvey(s)) if s == "nope"),
        "{err:?}"
    );
    let err = export_answers_csv(conn, SURVEY, &["2020", "1999"], None, &mut out).unwrap_err();
    assert!(
        matches!(&err, ExportError::Store(StoreError::UnknownWave { label, .. }) if label == "1999"),
        "{err:?}"
    );
    assert!(
        out.is_empty(),
        "nothing is written before the waves are known"
    );
}

/// A sink that accepts `room` bytes, then fails.
struct Full {
    room: usize,
}

impl Write for Full {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if buf.len() > self.room {
            return Err(std::io::Error::other("disk full"));
        }
        self.room -= buf.len();
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn a_failing_sink_is_reported_and_the_connection_stays_usable() {
    let db = TestDb::new();
    let conn = &mut db.conn();
    load(conn, SURVEY, 1).unwrap();
    wave_2022(conn);
    let err = export_answers_csv(conn, SURVEY, &[], None, &mut Full { room: 10 }).unwrap_err();
    assert!(matches!(err, ExportError::Write(_)), "{err:?}");
    let one: i32 = diesel::select(1.into_sql::<diesel::sql_types::Integer>())
        .get_result(conn)
        .unwrap();
    assert_eq!(one, 1);
    let (csv, _) = export(conn, &[], None);
    assert!(csv.starts_with("wave,"));
}
