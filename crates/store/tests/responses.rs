//! Responses: answers saved per page, submission, constraints.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

mod common;

use atmos_store::schema::{answers, responses};
use atmos_store::testing::TestDb;
use atmos_store::{
    AnswerValue, NewAnswer, PgConnection, ResponseStatus, StoreError, Wave, close_wave,
    count_submitted, create_wave, edit_response, find_response, find_response_with_answers,
    load_answers, open_wave, save_answers, start_response, submit_response,
};
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use uuid::Uuid;

use common::{SURVEY, load, wave};

const PAGE1: &[&str] = &["q1", "q2", "q3"];
const PAGE2: &[&str] = &["q4"];

fn open_wave_fixture(conn: &mut PgConnection) -> Result<Wave, StoreError> {
    load(conn, SURVEY, 1)?;
    create_wave(conn, &wave(SURVEY, "2024", None, None))?;
    open_wave(conn, SURVEY, "2024")
}

/// (question, item, value) of a response's answers, in stored order.
fn stored(
    conn: &mut PgConnection,
    response: Uuid,
) -> Result<Vec<(String, String, AnswerValue)>, StoreError> {
    Ok(load_answers(conn, response)?
        .into_iter()
        .map(|a| (a.question_id, a.item, a.value))
        .collect())
}

fn row(question: &str, item: &str, value: AnswerValue) -> (String, String, AnswerValue) {
    (question.to_owned(), item.to_owned(), value)
}

fn code(code: &str) -> AnswerValue {
    AnswerValue::Option(code.to_owned())
}

#[test]
fn answers_are_saved_and_replaced_per_page() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let wave = open_wave_fixture(conn)?;
    let response = start_response(conn, wave.id, "fi")?;

    save_answers(
        conn,
        response,
        PAGE1,
        &[
            NewAnswer::option("q1", "3"),
            NewAnswer::option("q2", "a"),
            NewAnswer::option("q2", "b"),
            NewAnswer::option("q3", "4").with_item("services"),
            NewAnswer::option("q3", "2").with_item("housing"),
        ],
    )?;
    save_answers(conn, response, PAGE2, &[NewAnswer::number("q4", 12.0)])?;
    let all = load_answers(conn, response)?;
    assert_eq!(all.len(), 6);
    let q2: Vec<_> = all
        .iter()
        .filter(|a| a.question_id == "q2")
        .map(|a| a.seq)
        .collect();
    assert_eq!(q2, [0, 1], "multiple choice codes are numbered");

    // Saving page 1 again replaces page 1 only; a question left out becomes unanswered.
    save_answers(
        conn,
        response,
        PAGE1,
        &[NewAnswer::option("q1", "5"), NewAnswer::option("q2", "c")],
    )?;
    assert_eq!(
        stored(conn, response)?,
        [
            row("q1", "", code("5")),
            row("q2", "", code("c")),
            row("q4", "", AnswerValue::Number(12.0)),
        ]
    );

    // An empty page clears its answers.
    save_answers(conn, response, PAGE2, &[])?;
    assert_eq!(stored(conn, response)?.len(), 2);
    let after = find_response(conn, response)?.expect("response");
    assert!(after.updated_at >= after.started_at);
    assert_eq!(after.status, ResponseStatus::InProgress);
    Ok(())
}

#[test]
fn a_failing_save_leaves_the_previous_answers() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let wave = open_wave_fixture(conn)?;
    let response = start_response(conn, wave.id, "fi")?;
    save_answers(
        conn,
        response,
        PAGE1,
        &[NewAnswer::option("q1", "3"), NewAnswer::text("q3", "hyvä")],
    )?;
    let before = stored(conn, response)?;

    // The old answers are deleted before the insert fails in the database: the transaction
    // must bring them back.
    let error = save_answers(
        conn,
        response,
        PAGE1,
        &[
            NewAnswer::option("q1", "4"),
            NewAnswer::option("q2", "a"),
            NewAnswer::option("q2", "a"),
        ],
    )
    .expect_err("the same code twice");
    assert!(matches!(error, StoreError::InvalidAnswer(_)), "{error:?}");
    assert_eq!(stored(conn, response)?, before);

    let error = save_answers(conn, response, PAGE1, &[NewAnswer::option("q1", "")])
        .expect_err("empty code");
    assert!(
        matches!(&error, StoreError::Constraint { constraint, .. } if constraint == "answers_option_code_nonempty"),
        "{error:?}"
    );
    assert_eq!(stored(conn, response)?, before);

    // Refused before touching the database.
    let error =
        save_answers(conn, response, PAGE1, &[NewAnswer::number("q1", f64::NAN)]).expect_err("NaN");
    assert!(matches!(error, StoreError::InvalidAnswer(_)), "{error:?}");
    let error = save_answers(conn, response, PAGE2, &[NewAnswer::option("q1", "1")])
        .expect_err("question of another page");
    assert!(matches!(error, StoreError::InvalidAnswer(_)), "{error:?}");
    assert_eq!(stored(conn, response)?, before);
    Ok(())
}

#[test]
fn submission_is_idempotent_and_final() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let wave = open_wave_fixture(conn)?;
    let response = start_response(conn, wave.id, "ar")?;
    start_response(conn, wave.id, "so")?;
    save_answers(conn, response, PAGE1, &[NewAnswer::option("q1", "3")])?;
    diesel::update(responses::table.find(response))
        .set(responses::resume_hash.eq(Some(vec![9u8; 32])))
        .execute(conn)?;
    assert_eq!(count_submitted(conn, wave.id)?, 0);

    assert!(submit_response(conn, response)?);
    let submitted = find_response(conn, response)?.expect("response");
    assert_eq!(submitted.status, ResponseStatus::Submitted);
    assert!(submitted.submitted_at.is_some());
    let resume_hash: Option<Vec<u8>> = responses::table
        .find(response)
        .select(responses::resume_hash)
        .first(conn)?;
    assert_eq!(resume_hash, None, "a submitted response cannot be resumed");

    assert!(
        !submit_response(conn, response)?,
        "second submit changes nothing"
    );
    assert_eq!(find_response(conn, response)?, Some(submitted));
    assert_eq!(count_submitted(conn, wave.id)?, 1);

    let error = save_answers(conn, response, PAGE1, &[NewAnswer::option("q1", "1")])
        .expect_err("submitted");
    assert!(
        matches!(error, StoreError::ResponseSubmitted(id) if id == response),
        "{error:?}"
    );
    assert_eq!(stored(conn, response)?, [row("q1", "", code("3"))]);
    Ok(())
}

#[test]
fn responses_need_an_open_wave_and_a_known_id() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    load(conn, SURVEY, 1)?;
    let draft = create_wave(conn, &wave(SURVEY, "2024", None, None))?;
    let error = start_response(conn, draft.id, "fi").expect_err("draft wave");
    assert!(matches!(error, StoreError::WaveNotOpen { .. }), "{error:?}");
    let error = start_response(conn, 999_999, "fi").expect_err("no wave");
    assert!(
        matches!(error, StoreError::UnknownWaveId(999_999)),
        "{error:?}"
    );

    open_wave(conn, SURVEY, "2024")?;
    let error = start_response(conn, draft.id, "not a locale").expect_err("locale");
    assert!(
        matches!(&error, StoreError::Constraint { constraint, .. } if constraint == "responses_locale_format"),
        "{error:?}"
    );
    let response = start_response(conn, draft.id, "fi")?;
    let finished = start_response(conn, draft.id, "fi")?;
    submit_response(conn, finished)?;
    close_wave(conn, SURVEY, "2024")?;

    let error = save_answers(conn, response, PAGE1, &[]).expect_err("closed wave");
    assert!(matches!(error, StoreError::WaveNotOpen { .. }), "{error:?}");
    let error = submit_response(conn, response).expect_err("closed wave");
    assert!(matches!(error, StoreError::WaveNotOpen { .. }), "{error:?}");
    assert!(
        !submit_response(conn, finished)?,
        "already submitted stays Ok"
    );

    let unknown = Uuid::new_v4();
    let error = submit_response(conn, unknown).expect_err("unknown");
    assert!(
        matches!(error, StoreError::UnknownResponse(id) if id == unknown),
        "{error:?}"
    );
    let error = save_answers(conn, unknown, PAGE1, &[]).expect_err("unknown");
    assert!(matches!(error, StoreError::UnknownResponse(_)), "{error:?}");
    Ok(())
}

#[test]
fn an_answer_row_holds_exactly_one_value() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let wave = open_wave_fixture(conn)?;
    let response = start_response(conn, wave.id, "fi")?;

    let insert =
        |conn: &mut PgConnection, code: Option<&str>, number: Option<f64>, text: Option<&str>| {
            diesel::insert_into(answers::table)
                .values((
                    answers::response_id.eq(response),
                    answers::question_id.eq("q1"),
                    answers::option_code.eq(code),
                    answers::number_value.eq(number),
                    answers::text_value.eq(text),
                ))
                .execute(conn)
        };
    for (code, number, text) in [
        (None, None, None),
        (Some("1"), Some(1.0), None),
        (Some("1"), None, Some("x")),
        (None, Some(1.0), Some("x")),
        (Some("1"), Some(1.0), Some("x")),
    ] {
        let error = insert(conn, code, number, text).expect_err("not exactly one value");
        assert!(
            matches!(&error, DieselError::DatabaseError(DatabaseErrorKind::CheckViolation, info)
                if info.constraint_name() == Some("answers_one_value")),
            "{code:?} {number:?} {text:?}: {error:?}"
        );
    }
    let error = insert(conn, None, Some(f64::INFINITY), None).expect_err("infinite");
    assert!(
        matches!(
            &error,
            DieselError::DatabaseError(DatabaseErrorKind::CheckViolation, _)
        ),
        "{error:?}"
    );
    insert(conn, None, Some(1.5), None)?;
    assert_eq!(
        stored(conn, response)?,
        [row("q1", "", AnswerValue::Number(1.5))]
    );
    Ok(())
}

// ---------------------------------------------------------------- one transaction per edit

#[test]
fn a_response_is_read_with_its_answers_in_one_go() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let wave = open_wave_fixture(conn)?;
    let response = start_response(conn, wave.id, "fi")?;

    let empty = find_response_with_answers(conn, response)?.expect("the response");
    assert_eq!(
        (empty.id, empty.wave_id, empty.status),
        (response, wave.id, ResponseStatus::InProgress)
    );
    assert!(empty.answers.is_empty());

    save_answers(
        conn,
        response,
        PAGE1,
        &[
            NewAnswer::option("q2", "b"),
            NewAnswer::option("q2", "a"),
            NewAnswer::number("q1", 3.5),
            NewAnswer::text("q3", "hyvä"),
        ],
    )?;
    let found = find_response_with_answers(conn, response)?.expect("the response");
    assert_eq!(found.answers, load_answers(conn, response)?);
    assert_eq!(found.answers.len(), 4);
    assert!(find_response_with_answers(conn, Uuid::new_v4())?.is_none());
    Ok(())
}

#[test]
fn an_edit_is_stored_whole_or_not_at_all() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let wave = open_wave_fixture(conn)?;
    let response = start_response(conn, wave.id, "fi")?;
    let other = start_response(conn, wave.id, "fi")?;
    save_answers(conn, response, PAGE1, &[NewAnswer::option("q1", "3")])?;
    let before = stored(conn, response)?;
    let touched = find_response(conn, response)?
        .expect("the response")
        .updated_at;
    let taken = common::code_hash("TAKEN");
    atmos_store::set_resume_hash(conn, other, &taken)?;

    // A page saved and then a resume code that cannot be stored (the "save and continue
    // later" button): the page's new answers are not kept either.
    let error = edit_response(conn, response, |edit| {
        edit.replace_page(PAGE1, &[NewAnswer::option("q1", "4")])?;
        assert_eq!(edit.answers()?.len(), 1);
        edit.set_resume_hash(&taken)
    })
    .expect_err("the hash is taken");
    assert!(matches!(error, StoreError::ResumeHashTaken), "{error:?}");
    assert_eq!(stored(conn, response)?, before);
    let after = find_response(conn, response)?.expect("the response");
    assert_eq!(after.updated_at, touched, "the touch is rolled back too");

    // Whatever ends the edit with an error undoes it.
    let error = edit_response(conn, response, |edit| {
        edit.replace_page(PAGE1, &[NewAnswer::option("q1", "5")])?;
        Err::<(), _>(StoreError::InvalidAnswer("changed my mind".to_owned()))
    })
    .expect_err("the closure failed");
    assert!(matches!(error, StoreError::InvalidAnswer(_)), "{error:?}");
    assert_eq!(stored(conn, response)?, before);

    // The same page twice in one edit: the second replaces the first, rows inserted
    // earlier in the same transaction included.
    edit_response(conn, response, |edit| {
        edit.replace_page(
            PAGE1,
            &[NewAnswer::option("q1", "1"), NewAnswer::option("q2", "a")],
        )?;
        edit.replace_page(
            PAGE1,
            &[NewAnswer::option("q1", "2"), NewAnswer::option("q2", "a")],
        )
    })?;
    assert_eq!(
        stored(conn, response)?,
        vec![row("q1", "", code("2")), row("q2", "", code("a"))]
    );
    Ok(())
}

#[test]
fn edits_are_refused_for_submitted_responses_and_closed_waves() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let wave = open_wave_fixture(conn)?;
    let submitted = start_response(conn, wave.id, "fi")?;
    submit_response(conn, submitted)?;
    let error = edit_response(conn, submitted, |_| Ok::<_, StoreError>(())).expect_err("submitted");
    assert!(
        matches!(error, StoreError::ResponseSubmitted(_)),
        "{error:?}"
    );

    let open = start_response(conn, wave.id, "fi")?;
    close_wave(conn, SURVEY, "2024")?;
    let mut ran = false;
    let error = edit_response(conn, open, |_| {
        ran = true;
        Ok::<_, StoreError>(())
    })
    .expect_err("closed");
    assert!(matches!(error, StoreError::WaveNotOpen { .. }), "{error:?}");
    assert!(!ran, "nothing runs on a closed wave");

    let error =
        edit_response(conn, Uuid::new_v4(), |_| Ok::<_, StoreError>(())).expect_err("unknown");
    assert!(matches!(error, StoreError::UnknownResponse(_)), "{error:?}");
    Ok(())
}

/// The edit holds its wave `FOR SHARE`: closing the wave waits until the edit is committed,
/// so an edit that found the wave open is stored whole before it closes.
#[test]
fn closing_a_wave_waits_for_an_edit_in_progress() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let wave = open_wave_fixture(conn)?;
    let response = start_response(conn, wave.id, "fi")?;

    let (locked_tx, locked_rx) = std::sync::mpsc::channel();
    let url = db.url.clone();
    let closer = std::thread::spawn(move || -> Result<std::time::Instant, StoreError> {
        let mut conn = atmos_store::connect(&url)?;
        locked_rx.recv().expect("the edit has locked");
        close_wave(&mut conn, SURVEY, "2024")?;
        Ok(std::time::Instant::now())
    });
    let mut committed = None;
    edit_response(conn, response, |edit| {
        locked_tx.send(()).expect("the closer waits");
        std::thread::sleep(std::time::Duration::from_millis(300));
        edit.replace_page(PAGE1, &[NewAnswer::option("q1", "3")])?;
        committed = Some(std::time::Instant::now());
        Ok::<_, StoreError>(())
    })?;
    let closed = closer.join().expect("the closer")?;
    assert!(closed > committed.expect("the edit ran"));
    assert_eq!(stored(conn, response)?, vec![row("q1", "", code("3"))]);
    let error = save_answers(conn, response, PAGE1, &[]).expect_err("closed now");
    assert!(matches!(error, StoreError::WaveNotOpen { .. }), "{error:?}");
    Ok(())
}
