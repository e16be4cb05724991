//! Resume codes: setting and replacing a response's resume hash, finding the response by it,
//! and forgetting it on submission; response counts.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

mod common;

use atmos_store::schema::responses;
use atmos_store::testing::TestDb;
use atmos_store::{
    PgConnection, StoreError, Wave, close_wave, create_wave, open_wave, response_counts,
    resume_response, set_resume_hash, start_response, submit_response,
};
use diesel::prelude::*;
use uuid::Uuid;

use common::{SURVEY, code_hash, load, wave};

const OTHER_SURVEY: &str = "espoo-services";

/// An open wave "2024" of `survey`.
fn open_wave_of(conn: &mut PgConnection, survey: &str) -> Result<Wave, StoreError> {
    load(conn, survey, 1)?;
    create_wave(conn, &wave(survey, "2024", None, None))?;
    open_wave(conn, survey, "2024")
}

fn stored_hash(conn: &mut PgConnection, response: Uuid) -> Result<Option<Vec<u8>>, StoreError> {
    Ok(responses::table
        .find(response)
        .select(responses::resume_hash)
        .first(conn)?)
}

#[test]
fn a_resume_code_is_set_replaced_and_matched() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let wave = open_wave_of(conn, SURVEY)?;
    let response = start_response(conn, wave.id, "fi")?;
    let other = start_response(conn, wave.id, "en")?;
    let (first, second) = (code_hash("first"), code_hash("second"));

    assert_eq!(resume_response(conn, wave.id, &first)?, None, "no code yet");
    set_resume_hash(conn, response, &first)?;
    assert_eq!(resume_response(conn, wave.id, &first)?, Some(response));
    // Setting the same code again is harmless.
    set_resume_hash(conn, response, &first)?;
    assert_eq!(resume_response(conn, wave.id, &first)?, Some(response));

    // A new code invalidates the old one.
    set_resume_hash(conn, response, &second)?;
    assert_eq!(resume_response(conn, wave.id, &first)?, None);
    assert_eq!(resume_response(conn, wave.id, &second)?, Some(response));
    assert_eq!(stored_hash(conn, response)?, Some(second.to_vec()));

    // Each response has its own code; the old code is free again.
    set_resume_hash(conn, other, &first)?;
    assert_eq!(resume_response(conn, wave.id, &first)?, Some(other));
    assert_eq!(resume_response(conn, wave.id, &second)?, Some(response));
    assert_eq!(resume_response(conn, wave.id, &code_hash("never"))?, None);
    Ok(())
}

#[test]
fn a_resume_code_does_not_match_across_waves() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let ours = open_wave_of(conn, SURVEY)?;
    let theirs = open_wave_of(conn, OTHER_SURVEY)?;
    let response = start_response(conn, ours.id, "fi")?;
    let elsewhere = start_response(conn, theirs.id, "fi")?;
    let code = code_hash("shared");

    set_resume_hash(conn, response, &code)?;
    assert_eq!(resume_response(conn, theirs.id, &code)?, None);
    assert_eq!(resume_response(conn, ours.id, &code)?, Some(response));
    assert_eq!(resume_response(conn, 999_999, &code)?, None, "unknown wave");

    // Hashes are unique across waves: the second response keeps what it had.
    set_resume_hash(conn, elsewhere, &code_hash("theirs"))?;
    let error = set_resume_hash(conn, elsewhere, &code).expect_err("hash taken");
    assert!(matches!(error, StoreError::ResumeHashTaken), "{error:?}");
    assert_eq!(
        resume_response(conn, theirs.id, &code_hash("theirs"))?,
        Some(elsewhere)
    );
    assert_eq!(resume_response(conn, ours.id, &code)?, Some(response));
    Ok(())
}

#[test]
fn submission_clears_the_resume_code() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let wave = open_wave_of(conn, SURVEY)?;
    let response = start_response(conn, wave.id, "fi")?;
    let code = code_hash("resume me");
    set_resume_hash(conn, response, &code)?;

    assert!(submit_response(conn, response)?);
    assert_eq!(stored_hash(conn, response)?, None);
    assert_eq!(resume_response(conn, wave.id, &code)?, None);
    let error = set_resume_hash(conn, response, &code).expect_err("submitted");
    assert!(
        matches!(error, StoreError::ResponseSubmitted(id) if id == response),
        "{error:?}"
    );
    assert_eq!(stored_hash(conn, response)?, None);

    // The forgotten hash is free for another response.
    let next = start_response(conn, wave.id, "fi")?;
    set_resume_hash(conn, next, &code)?;
    assert_eq!(resume_response(conn, wave.id, &code)?, Some(next));
    Ok(())
}

#[test]
fn resume_codes_need_a_known_response_of_an_open_wave() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let wave = open_wave_of(conn, SURVEY)?;
    let response = start_response(conn, wave.id, "fi")?;
    let code = code_hash("before closing");
    set_resume_hash(conn, response, &code)?;

    let unknown = Uuid::new_v4();
    let error = set_resume_hash(conn, unknown, &code).expect_err("unknown");
    assert!(
        matches!(error, StoreError::UnknownResponse(id) if id == unknown),
        "{error:?}"
    );

    close_wave(conn, SURVEY, "2024")?;
    let error = set_resume_hash(conn, response, &code_hash("after")).expect_err("closed");
    assert!(matches!(error, StoreError::WaveNotOpen { .. }), "{error:?}");
    assert_eq!(stored_hash(conn, response)?, Some(code.to_vec()));
    // Still found: the caller decides what to show for a closed wave.
    assert_eq!(resume_response(conn, wave.id, &code)?, Some(response));
    Ok(())
}

#[test]
fn responses_are_counted_by_status() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let wave = open_wave_of(conn, SURVEY)?;
    let theirs = open_wave_of(conn, OTHER_SURVEY)?;
    assert_eq!(response_counts(conn, wave.id)?, (0, 0));

    let responses: Vec<_> = (0..4)
        .map(|_| start_response(conn, wave.id, "fi"))
        .collect::<Result<_, _>>()?;
    start_response(conn, theirs.id, "fi")?;
    submit_response(conn, responses[0])?;
    submit_response(conn, responses[1])?;
    submit_response(conn, responses[1])?;
    assert_eq!(response_counts(conn, wave.id)?, (2, 2));
    assert_eq!(response_counts(conn, theirs.id)?, (1, 0));
    assert_eq!(response_counts(conn, 999_999)?, (0, 0), "unknown wave");
    Ok(())
}
