//! Importing an earlier round: a closed wave and its submitted responses, all or nothing.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

mod common;

use atmos_store::schema::{answers, responses, waves};
use atmos_store::testing::TestDb;
use atmos_store::{
    AnswerValue, ImportedResponse, NewAnswer, PgConnection, ResponseStatus, StoreError, WaveStatus,
    create_wave, find_wave, import_wave, list_waves, load_answers, open_wave, submitted_responses,
    try_import_wave,
};
use chrono::{DateTime, Duration, Utc};
use diesel::prelude::*;

use common::{SURVEY, at, load, wave};

const OPENED: &str = "2024-09-01T00:00:00Z";
const CLOSED: &str = "2024-11-01T00:00:00Z";

fn round(label: &str) -> atmos_store::NewWave {
    wave(SURVEY, label, Some(OPENED), Some(CLOSED))
}

/// Response `i`: started `i` minutes after the round opened, submitted 12 minutes later, with
/// `answers_each` answers (the first a multiple choice of two codes).
fn response(i: usize, answers_each: usize) -> ImportedResponse {
    let started_at = at(OPENED) + Duration::minutes(i as i64);
    let mut answers = vec![
        NewAnswer::option("q1", "a"),
        NewAnswer::option("q1", "b"),
        NewAnswer::number("q2", i as f64),
    ];
    answers.extend((answers.len()..answers_each).map(|k| {
        NewAnswer::option("q3", if k % 2 == 0 { "yes" } else { "no" }).with_item(format!("r{k}"))
    }));
    answers.truncate(answers_each);
    ImportedResponse {
        locale: if i.is_multiple_of(3) { "fi" } else { "en" }.to_owned(),
        started_at,
        submitted_at: started_at + Duration::minutes(12),
        answers,
    }
}

/// Spoils one response of an import.
type Fault = fn(&mut ImportedResponse);

fn counts(conn: &mut PgConnection) -> (i64, i64, i64) {
    (
        waves::table.count().get_result(conn).unwrap(),
        responses::table.count().get_result(conn).unwrap(),
        answers::table.count().get_result(conn).unwrap(),
    )
}

#[test]
fn imports_a_closed_wave_with_its_submitted_responses() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let v1 = load(conn, SURVEY, 1)?;

    // 2,500 responses of 40 answers: 100,000 answer rows, written over several statements.
    let summary = import_wave(
        conn,
        &round("2024"),
        at(OPENED),
        at(CLOSED),
        (0..2_500).map(|i| response(i, 40)),
    )?;
    assert_eq!((summary.responses, summary.answers), (2_500, 100_000));
    assert_eq!(counts(conn), (1, 2_500, 100_000));

    let imported = find_wave(conn, SURVEY, "2024")?.unwrap();
    assert_eq!(imported, summary.wave);
    assert_eq!(imported.status, WaveStatus::Closed);
    assert_eq!(imported.questionnaire_id, v1.id);
    assert_eq!(
        (imported.opens_at, imported.closes_at),
        (Some(at(OPENED)), Some(at(CLOSED)))
    );
    assert_eq!(
        (imported.opened_at, imported.closed_at),
        (Some(at(OPENED)), Some(at(CLOSED)))
    );
    let listed = list_waves(conn, Some(SURVEY))?;
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].responses_submitted, 2_500);

    let stored = submitted_responses(conn, imported.id)?;
    assert_eq!(stored.len(), 2_500);
    let expected = response(0, 40);
    let first = &stored[0];
    assert_eq!(first.status, ResponseStatus::Submitted);
    assert_eq!(first.locale, "fi");
    assert_eq!(first.started_at, expected.started_at);
    assert_eq!(first.submitted_at, Some(expected.submitted_at));
    assert_eq!(first.updated_at, expected.submitted_at);
    let answers = load_answers(conn, first.id)?;
    assert_eq!(answers.len(), 40);
    let q1: Vec<(i16, &AnswerValue)> = answers
        .iter()
        .filter(|a| a.question_id == "q1")
        .map(|a| (a.seq, &a.value))
        .collect();
    assert_eq!(
        q1,
        [
            (0, &AnswerValue::Option("a".to_owned())),
            (1, &AnswerValue::Option("b".to_owned()))
        ],
        "codes of a multiple choice keep their order"
    );
    assert!(
        stored
            .windows(2)
            .all(|w| w[0].submitted_at <= w[1].submitted_at),
        "in submission order"
    );

    // Imported rounds are closed, so they do not stand in the way of the open wave.
    create_wave(conn, &wave(SURVEY, "2026", None, None))?;
    open_wave(conn, SURVEY, "2026")?;
    let summary = import_wave(
        conn,
        &wave(
            SURVEY,
            "2022",
            Some("2022-09-01T00:00:00Z"),
            Some("2022-11-01T00:00:00Z"),
        ),
        at("2022-09-01T00:00:00Z"),
        at("2022-11-01T00:00:00Z"),
        Vec::new(),
    )?;
    assert_eq!((summary.responses, summary.answers), (0, 0));
    assert_eq!(summary.wave.status, WaveStatus::Closed);
    Ok(())
}

#[test]
fn a_bad_response_leaves_nothing_behind() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    load(conn, SURVEY, 1)?;

    let with = |position: usize, bad: Fault| {
        (1..=position).map(move |p| {
            let mut r = response(p, 40);
            if p == position {
                bad(&mut r);
            }
            r
        })
    };
    let cases: [(&str, Fault); 7] = [
        ("NaN", |r| r.answers.push(NewAnswer::number("q9", f64::NAN))),
        ("twice", |r| r.answers.push(NewAnswer::option("q1", "a"))),
        ("empty option code", |r| {
            r.answers.push(NewAnswer::option("q9", ""));
        }),
        ("empty question id", |r| {
            r.answers.push(NewAnswer::option("", "x"));
        }),
        ("language tag", |r| r.locale = "fi_FI".to_owned()),
        ("outside the round", |r| {
            r.submitted_at = at(CLOSED) + Duration::seconds(1);
        }),
        ("before started", |r| {
            r.submitted_at = r.started_at - Duration::seconds(1);
        }),
    ];
    // The bad response comes after more than one full statement of answers was written, so
    // the rollback has to undo inserted rows, not only skip the rest.
    for (what, bad) in cases {
        let error = import_wave(conn, &round("2024"), at(OPENED), at(CLOSED), with(500, bad))
            .expect_err(what);
        match &error {
            StoreError::InvalidImport { position, reason } => {
                assert_eq!(*position, 500, "{what}: {error}");
                assert!(reason.contains(what), "{what}: {error}");
            }
            other => panic!("{what}: {other:?}"),
        }
        assert_eq!(counts(conn), (0, 0, 0), "{what}: nothing is kept");
    }

    // A source that fails part-way (a file that stops parsing) is refused the same way.
    let failing = (1..=500).map(|p| {
        if p == 500 {
            Err("line 501: not a number")
        } else {
            Ok(response(p, 40))
        }
    });
    let error = try_import_wave(conn, &round("2024"), at(OPENED), at(CLOSED), failing)
        .expect_err("a failing source");
    assert!(
        matches!(&error, StoreError::InvalidImport { position: 500, reason } if reason == "line 501: not a number"),
        "{error:?}"
    );
    assert_eq!(counts(conn), (0, 0, 0));

    // The same data without the fault goes in.
    let summary = import_wave(
        conn,
        &round("2024"),
        at(OPENED),
        at(CLOSED),
        with(500, |_| {}),
    )?;
    assert_eq!(summary.responses, 500);
    assert_eq!(counts(conn), (1, 500, 20_000));
    Ok(())
}

#[test]
fn an_existing_label_is_refused_and_nothing_is_added() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    load(conn, SURVEY, 1)?;
    import_wave(
        conn,
        &round("2024"),
        at(OPENED),
        at(CLOSED),
        (0..10).map(|i| response(i, 5)),
    )?;
    let error = import_wave(
        conn,
        &wave(SURVEY, "2024", None, None),
        at(OPENED),
        at(CLOSED),
        (0..10).map(|i| response(i, 5)),
    )
    .expect_err("label taken");
    assert!(
        matches!(&error, StoreError::WaveExists { label, .. } if label == "2024"),
        "{error:?}"
    );
    assert_eq!(counts(conn), (1, 10, 50));
    Ok(())
}

#[test]
fn overlapping_or_reversed_periods_and_unknown_surveys_are_refused() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let nothing = || Vec::<ImportedResponse>::new();

    let error = import_wave(conn, &round("2024"), at(OPENED), at(CLOSED), nothing())
        .expect_err("no questionnaire");
    assert!(matches!(error, StoreError::UnknownSurvey(_)), "{error:?}");

    load(conn, SURVEY, 1)?;
    create_wave(
        conn,
        &wave(
            SURVEY,
            "2024a",
            Some("2024-10-15T00:00:00Z"),
            Some("2024-12-01T00:00:00Z"),
        ),
    )?;
    let error =
        import_wave(conn, &round("2024"), at(OPENED), at(CLOSED), nothing()).expect_err("overlap");
    assert!(
        matches!(&error, StoreError::WaveOverlap { other, .. } if other == "2024a"),
        "{error:?}"
    );

    let reversed: DateTime<Utc> = at(OPENED) - Duration::days(1);
    let error = import_wave(conn, &round("2023"), at(OPENED), reversed, nothing())
        .expect_err("closed before opened");
    assert!(
        matches!(error, StoreError::InvalidPeriod { .. }),
        "{error:?}"
    );
    let error = import_wave(
        conn,
        &wave(SURVEY, "2023", Some(CLOSED), Some(OPENED)),
        at(OPENED),
        at(CLOSED),
        nothing(),
    )
    .expect_err("planned period reversed");
    assert!(
        matches!(error, StoreError::InvalidPeriod { .. }),
        "{error:?}"
    );
    assert_eq!(counts(conn), (1, 0, 0));
    Ok(())
}
