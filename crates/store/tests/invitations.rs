//! Invitations: creating batches of code hashes, and submissions that require, use up and
//! refuse codes, also under concurrent submits.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

mod common;

use std::sync::{Arc, Barrier};
use std::thread;

use atmos_store::schema::invitations;
use atmos_store::testing::TestDb;
use atmos_store::{
    NewWave, PgConnection, ResponseStatus, StoreError, Wave, close_wave, create_invitations,
    create_wave, find_response, open_wave, response_counts, set_resume_hash, start_response,
    submit_response, submit_response_with_invitation,
};
use chrono::{DateTime, NaiveTime, TimeDelta, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use common::{SURVEY, code_hash, load, wave};

const OTHER_SURVEY: &str = "espoo-services";

/// A draft wave "2024" of `survey`, requiring invitations or not.
fn draft_wave(
    conn: &mut PgConnection,
    survey: &str,
    invitation_required: bool,
) -> Result<Wave, StoreError> {
    load(conn, survey, 1)?;
    create_wave(
        conn,
        &NewWave {
            invitation_required,
            ..wave(survey, "2024", None, None)
        },
    )
}

/// An open wave "2024" of `survey`, requiring invitations or not.
fn open_wave_of(
    conn: &mut PgConnection,
    survey: &str,
    invitation_required: bool,
) -> Result<Wave, StoreError> {
    draft_wave(conn, survey, invitation_required)?;
    open_wave(conn, survey, "2024")
}

/// used_at of the invitation with this hash, None if there is no such invitation.
fn used_at(
    conn: &mut PgConnection,
    hash: &[u8; 32],
) -> Result<Option<Option<DateTime<Utc>>>, StoreError> {
    Ok(invitations::table
        .filter(invitations::code_hash.eq(hash.as_slice()))
        .select(invitations::used_at)
        .first(conn)
        .optional()?)
}

fn invitation_count(conn: &mut PgConnection, wave_id: i64) -> Result<i64, StoreError> {
    Ok(invitations::table
        .filter(invitations::wave_id.eq(wave_id))
        .count()
        .get_result(conn)?)
}

fn status(conn: &mut PgConnection, response: Uuid) -> Result<ResponseStatus, StoreError> {
    Ok(find_response(conn, response)?.expect("response").status)
}

#[test]
fn invitations_are_created_for_draft_and_open_waves() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let draft = draft_wave(conn, SURVEY, true)?;
    let codes = ["a", "b", "c"].map(code_hash);
    assert_eq!(create_invitations(conn, draft.id, &codes)?, 3);
    assert_eq!(create_invitations(conn, draft.id, &[])?, 0);

    open_wave(conn, SURVEY, "2024")?;
    assert_eq!(
        create_invitations(conn, draft.id, &[code_hash("d"), code_hash("e")])?,
        2
    );
    assert_eq!(invitation_count(conn, draft.id)?, 5);
    assert_eq!(used_at(conn, &codes[0])?, Some(None), "stored unused");

    close_wave(conn, SURVEY, "2024")?;
    let error = create_invitations(conn, draft.id, &[code_hash("f")]).expect_err("closed");
    assert!(
        matches!(&error, StoreError::WaveClosed { survey, label } if survey == SURVEY && label == "2024"),
        "{error:?}"
    );
    let error = create_invitations(conn, 999_999, &[code_hash("g")]).expect_err("no wave");
    assert!(
        matches!(error, StoreError::UnknownWaveId(999_999)),
        "{error:?}"
    );
    assert_eq!(invitation_count(conn, draft.id)?, 5);
    Ok(())
}

#[test]
fn a_duplicate_hash_refuses_the_whole_batch() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let ours = draft_wave(conn, SURVEY, true)?;
    let theirs = draft_wave(conn, OTHER_SURVEY, true)?;
    create_invitations(conn, ours.id, &[code_hash("a")])?;

    let batches = [
        // Already stored for this wave.
        (
            ours.id,
            vec![code_hash("b"), code_hash("c"), code_hash("a")],
        ),
        // Twice in the batch.
        (
            ours.id,
            vec![code_hash("d"), code_hash("e"), code_hash("d")],
        ),
        // Already stored for another wave: codes are unique across waves.
        (theirs.id, vec![code_hash("f"), code_hash("a")]),
    ];
    for (wave_id, batch) in &batches {
        let error = create_invitations(conn, *wave_id, batch).expect_err("duplicate");
        assert!(matches!(error, StoreError::InvitationExists), "{error:?}");
    }
    assert_eq!(invitation_count(conn, ours.id)?, 1);
    assert_eq!(invitation_count(conn, theirs.id)?, 0);
    for code in ["b", "c", "d", "e", "f"] {
        assert_eq!(used_at(conn, &code_hash(code))?, None, "{code} not stored");
    }
    Ok(())
}

#[test]
fn a_large_batch_is_stored_whole_or_not_at_all() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let wave = draft_wave(conn, SURVEY, true)?;
    // More rows than one statement can bind parameters for.
    let mut batch: Vec<_> = (0..40_000)
        .map(|i| code_hash(&format!("code {i}")))
        .collect();
    let last = code_hash("code 0");
    batch.push(last);
    let error = create_invitations(conn, wave.id, &batch).expect_err("duplicate in last chunk");
    assert!(matches!(error, StoreError::InvitationExists), "{error:?}");
    assert_eq!(
        invitation_count(conn, wave.id)?,
        0,
        "earlier chunks rolled back"
    );

    batch.pop();
    assert_eq!(create_invitations(conn, wave.id, &batch)?, 40_000);
    assert_eq!(invitation_count(conn, wave.id)?, 40_000);
    Ok(())
}

#[test]
fn submission_requires_and_uses_up_an_invitation() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let wave = open_wave_of(conn, SURVEY, true)?;
    let theirs = open_wave_of(conn, OTHER_SURVEY, true)?;
    let (code, foreign) = (code_hash("ours"), code_hash("theirs"));
    create_invitations(conn, wave.id, &[code])?;
    create_invitations(conn, theirs.id, &[foreign])?;
    let response = start_response(conn, wave.id, "fi")?;
    set_resume_hash(conn, response, &code_hash("resume"))?;

    let error = submit_response(conn, response).expect_err("no code");
    assert!(matches!(error, StoreError::InvitationRequired), "{error:?}");
    let error = submit_response_with_invitation(conn, response, None).expect_err("no code");
    assert!(matches!(error, StoreError::InvitationRequired), "{error:?}");
    let error = submit_response_with_invitation(conn, response, Some(&code_hash("wrong")))
        .expect_err("unknown code");
    assert!(matches!(error, StoreError::InvitationInvalid), "{error:?}");
    let error = submit_response_with_invitation(conn, response, Some(&foreign))
        .expect_err("code of another wave");
    assert!(matches!(error, StoreError::InvitationInvalid), "{error:?}");
    assert_eq!(status(conn, response)?, ResponseStatus::InProgress);
    assert_eq!(used_at(conn, &foreign)?, Some(None));

    assert!(submit_response_with_invitation(
        conn,
        response,
        Some(&code)
    )?);
    assert_eq!(status(conn, response)?, ResponseStatus::Submitted);
    let used = used_at(conn, &code)?
        .expect("invitation")
        .expect("marked used");
    assert_eq!(used.time(), NaiveTime::MIN, "kept to the day: {used}");
    let age = Utc::now() - used;
    assert!(
        age >= TimeDelta::zero() && age < TimeDelta::days(1),
        "{used}"
    );

    // Replaying the code for another response is refused and changes nothing.
    let other = start_response(conn, wave.id, "en")?;
    let error = submit_response_with_invitation(conn, other, Some(&code)).expect_err("replay");
    assert!(matches!(error, StoreError::InvitationUsed), "{error:?}");
    assert_eq!(status(conn, other)?, ResponseStatus::InProgress);
    assert_eq!(used_at(conn, &code)?, Some(Some(used)));
    assert_eq!(response_counts(conn, wave.id)?, (1, 1));
    Ok(())
}

#[test]
fn resubmitting_with_a_used_code_is_ok_and_uses_nothing() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let wave = open_wave_of(conn, SURVEY, true)?;
    let (code, spare) = (code_hash("first"), code_hash("spare"));
    create_invitations(conn, wave.id, &[code, spare])?;
    let response = start_response(conn, wave.id, "fi")?;
    assert!(submit_response_with_invitation(
        conn,
        response,
        Some(&code)
    )?);
    let submitted = find_response(conn, response)?;

    // A repeated form post: the same, now used, code; no code; another code.
    assert!(!submit_response_with_invitation(
        conn,
        response,
        Some(&code)
    )?);
    assert!(!submit_response_with_invitation(conn, response, None)?);
    assert!(!submit_response(conn, response)?);
    assert!(!submit_response_with_invitation(
        conn,
        response,
        Some(&spare)
    )?);
    assert_eq!(
        used_at(conn, &spare)?,
        Some(None),
        "the spare code is unused"
    );
    assert_eq!(find_response(conn, response)?, submitted);

    // Also after the wave closed.
    close_wave(conn, SURVEY, "2024")?;
    assert!(!submit_response_with_invitation(
        conn,
        response,
        Some(&code)
    )?);
    assert_eq!(response_counts(conn, wave.id)?, (0, 1));
    Ok(())
}

#[test]
fn concurrent_submits_with_one_code_admit_one() -> Result<(), StoreError> {
    let db = TestDb::new();
    let pool = db.pool();
    let wave = open_wave_of(&mut db.conn(), SURVEY, true)?;
    let rounds = 10;
    for round in 0..rounds {
        let code = code_hash(&format!("contested {round}"));
        let conn = &mut db.conn();
        create_invitations(conn, wave.id, &[code])?;
        let responses = [
            start_response(conn, wave.id, "fi")?,
            start_response(conn, wave.id, "sv")?,
        ];
        let barrier = Arc::new(Barrier::new(responses.len()));
        let submits: Vec<_> = responses
            .into_iter()
            .map(|response| {
                let pool = pool.clone();
                let barrier = Arc::clone(&barrier);
                thread::spawn(move || {
                    let mut conn = pool.get()?;
                    barrier.wait();
                    submit_response_with_invitation(&mut conn, response, Some(&code))
                })
            })
            .collect();
        let results: Vec<_> = submits
            .into_iter()
            .map(|handle| handle.join().expect("submit thread panicked"))
            .collect();
        let admitted = results.iter().filter(|r| matches!(r, Ok(true))).count();
        let refused = results
            .iter()
            .filter(|r| matches!(r, Err(StoreError::InvitationUsed)))
            .count();
        assert_eq!((admitted, refused), (1, 1), "{results:?}");
        for (response, result) in responses.into_iter().zip(&results) {
            let expected = match result {
                Ok(_) => ResponseStatus::Submitted,
                Err(_) => ResponseStatus::InProgress,
            };
            assert_eq!(status(conn, response)?, expected);
        }
        assert!(matches!(used_at(conn, &code)?, Some(Some(_))));
    }
    assert_eq!(response_counts(&mut db.conn(), wave.id)?, (rounds, rounds));
    Ok(())
}

#[test]
fn a_wave_without_invitations_ignores_the_code() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let wave = open_wave_of(conn, SURVEY, false)?;
    let theirs = open_wave_of(conn, OTHER_SURVEY, true)?;
    let (ours, foreign) = (code_hash("ours"), code_hash("theirs"));
    create_invitations(conn, wave.id, &[ours])?;
    create_invitations(conn, theirs.id, &[foreign])?;

    let responses: Vec<_> = (0..4)
        .map(|_| start_response(conn, wave.id, "fi"))
        .collect::<Result<_, _>>()?;
    assert!(submit_response(conn, responses[0])?);
    assert!(submit_response_with_invitation(conn, responses[1], None)?);
    assert!(submit_response_with_invitation(
        conn,
        responses[2],
        Some(&code_hash("nonsense"))
    )?);
    assert!(submit_response_with_invitation(
        conn,
        responses[3],
        Some(&ours)
    )?);
    assert_eq!(used_at(conn, &ours)?, Some(None), "not used up");
    assert_eq!(used_at(conn, &foreign)?, Some(None), "not used up");
    assert_eq!(response_counts(conn, wave.id)?, (0, 4));
    Ok(())
}
