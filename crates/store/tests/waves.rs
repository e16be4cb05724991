//! Creating, opening, closing and listing waves.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

mod common;

use std::sync::{Arc, Barrier};
use std::thread;

use atmos_store::testing::TestDb;
use atmos_store::{
    StoreError, WaveStatus, close_wave, create_invitations, create_wave, find_wave, list_waves,
    open_wave, start_response, submit_response_with_invitation,
};

use common::{SURVEY, at, load, wave};

#[test]
fn a_wave_is_created_opened_closed_and_listed() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let v1 = load(conn, SURVEY, 1)?;

    let created = create_wave(
        conn,
        &atmos_store::NewWave {
            invitation_required: true,
            ..wave(
                SURVEY,
                "2024",
                Some("2024-09-01T00:00:00Z"),
                Some("2024-11-01T00:00:00Z"),
            )
        },
    )?;
    assert_eq!(created.status, WaveStatus::Draft);
    assert_eq!(created.questionnaire_id, v1.id);
    assert_eq!(created.opens_at, Some(at("2024-09-01T00:00:00Z")));
    assert!(created.invitation_required);
    assert_eq!((created.opened_at, created.closed_at), (None, None));

    let opened = open_wave(conn, SURVEY, "2024")?;
    assert_eq!(opened.status, WaveStatus::Open);
    assert!(opened.opened_at.is_some());
    assert_eq!(find_wave(conn, SURVEY, "2024")?, Some(opened.clone()));

    // The wave requires invitations.
    create_invitations(conn, opened.id, &[[1; 32]])?;
    let response = start_response(conn, opened.id, "fi")?;
    submit_response_with_invitation(conn, response, Some(&[1; 32]))?;
    start_response(conn, opened.id, "en")?;

    let closed = close_wave(conn, SURVEY, "2024")?;
    assert_eq!(closed.status, WaveStatus::Closed);
    assert_eq!(closed.opened_at, opened.opened_at);
    assert!(closed.closed_at >= closed.opened_at);

    let listed = list_waves(conn, Some(SURVEY))?;
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].wave, closed);
    assert_eq!(listed[0].questionnaire_version, 1);
    assert_eq!(listed[0].responses_submitted, 1);
    assert_eq!(list_waves(conn, None)?, listed);
    assert_eq!(find_wave(conn, SURVEY, "2026")?, None);
    Ok(())
}

#[test]
fn a_wave_keeps_the_questionnaire_it_was_created_with() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let v1 = load(conn, SURVEY, 1)?;
    let first = create_wave(conn, &wave(SURVEY, "2024", None, None))?;
    let v2 = load(conn, SURVEY, 2)?;
    let second = create_wave(conn, &wave(SURVEY, "2026", None, None))?;
    assert_eq!(first.questionnaire_id, v1.id);
    assert_eq!(second.questionnaire_id, v2.id);
    let versions: Vec<_> = list_waves(conn, Some(SURVEY))?
        .into_iter()
        .map(|w| (w.wave.label, w.questionnaire_version))
        .collect();
    assert_eq!(versions, [("2024".to_owned(), 1), ("2026".to_owned(), 2)]);
    Ok(())
}

#[test]
fn unknown_surveys_and_waves_are_reported() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let error = create_wave(conn, &wave("nope", "2024", None, None)).expect_err("no survey");
    assert!(
        matches!(&error, StoreError::UnknownSurvey(s) if s == "nope"),
        "{error:?}"
    );
    let error = open_wave(conn, "nope", "2024").expect_err("no survey");
    assert!(
        matches!(&error, StoreError::UnknownSurvey(s) if s == "nope"),
        "{error:?}"
    );
    let error = list_waves(conn, Some("nope")).expect_err("no survey");
    assert!(matches!(&error, StoreError::UnknownSurvey(_)), "{error:?}");

    load(conn, SURVEY, 1)?;
    let error = close_wave(conn, SURVEY, "2030").expect_err("no wave");
    assert!(
        matches!(&error, StoreError::UnknownWave { survey, label } if survey == SURVEY && label == "2030"),
        "{error:?}"
    );
    Ok(())
}

#[test]
fn a_label_is_used_once_per_survey() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    load(conn, SURVEY, 1)?;
    load(conn, "espoo-services", 1)?;
    create_wave(conn, &wave(SURVEY, "2024", None, None))?;
    let error = create_wave(conn, &wave(SURVEY, "2024", None, None)).expect_err("duplicate");
    assert!(
        matches!(&error, StoreError::WaveExists { survey, label } if survey == SURVEY && label == "2024"),
        "{error:?}"
    );
    create_wave(conn, &wave("espoo-services", "2024", None, None))?;

    let error = create_wave(conn, &wave(SURVEY, "bad label!", None, None)).expect_err("label");
    assert!(
        matches!(&error, StoreError::Constraint { constraint, .. } if constraint == "waves_label_format"),
        "{error:?}"
    );
    Ok(())
}

#[test]
fn a_wave_must_close_after_it_opens() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    load(conn, SURVEY, 1)?;
    for closes in ["2024-09-01T00:00:00Z", "2024-08-01T00:00:00Z"] {
        let error = create_wave(
            conn,
            &wave(SURVEY, "2024", Some("2024-09-01T00:00:00Z"), Some(closes)),
        )
        .expect_err("empty or negative period");
        assert!(
            matches!(error, StoreError::InvalidPeriod { .. }),
            "{error:?}"
        );
    }
    Ok(())
}

#[test]
fn overlapping_periods_are_refused() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    load(conn, SURVEY, 1)?;
    load(conn, "espoo-services", 1)?;
    create_wave(
        conn,
        &wave(
            SURVEY,
            "2024",
            Some("2024-09-01T00:00:00Z"),
            Some("2024-11-01T00:00:00Z"),
        ),
    )?;

    let overlapping = [
        wave(
            SURVEY,
            "x1",
            Some("2024-10-01T00:00:00Z"),
            Some("2025-01-01T00:00:00Z"),
        ),
        wave(
            SURVEY,
            "x2",
            Some("2024-08-01T00:00:00Z"),
            Some("2024-09-02T00:00:00Z"),
        ),
        wave(
            SURVEY,
            "x3",
            Some("2024-09-10T00:00:00Z"),
            Some("2024-09-20T00:00:00Z"),
        ),
        // An open bound is unbounded on that side.
        wave(SURVEY, "x4", None, Some("2024-10-01T00:00:00Z")),
        wave(SURVEY, "x5", Some("2024-01-01T00:00:00Z"), None),
    ];
    for new in &overlapping {
        let error = create_wave(conn, new).expect_err("overlap");
        assert!(
            matches!(&error, StoreError::WaveOverlap { survey, label, other }
                if survey == SURVEY && *label == new.label && other == "2024"),
            "{}: {error:?}",
            new.label
        );
    }

    // Back to back is not an overlap; another survey and undated waves are not compared.
    create_wave(
        conn,
        &wave(
            SURVEY,
            "2026",
            Some("2024-11-01T00:00:00Z"),
            Some("2024-12-01T00:00:00Z"),
        ),
    )?;
    create_wave(
        conn,
        &wave(
            "espoo-services",
            "2024",
            Some("2024-09-01T00:00:00Z"),
            Some("2024-11-01T00:00:00Z"),
        ),
    )?;
    create_wave(conn, &wave(SURVEY, "pilot-a", None, None))?;
    create_wave(conn, &wave(SURVEY, "pilot-b", None, None))?;
    Ok(())
}

#[test]
fn concurrent_overlapping_creates_admit_one() -> Result<(), StoreError> {
    let db = TestDb::new();
    let pool = db.pool();
    load(&mut db.conn(), SURVEY, 1)?;
    for year in 2030..2035 {
        let barrier = Arc::new(Barrier::new(2));
        let creates: Vec<_> = ["a", "b"]
            .into_iter()
            .map(|suffix| {
                let pool = pool.clone();
                let barrier = Arc::clone(&barrier);
                let new = wave(
                    SURVEY,
                    &format!("{year}{suffix}"),
                    Some(&format!("{year}-01-01T00:00:00Z")),
                    Some(&format!("{year}-06-01T00:00:00Z")),
                );
                thread::spawn(move || {
                    let mut conn = pool.get()?;
                    barrier.wait();
                    create_wave(&mut conn, &new)
                })
            })
            .collect();
        let results: Vec<_> = creates
            .into_iter()
            .map(|handle| handle.join().expect("create thread panicked"))
            .collect();
        let created: Vec<_> = results.iter().filter_map(|r| r.as_ref().ok()).collect();
        assert_eq!(created.len(), 1, "{results:?}");
        let refused = results.iter().find_map(|r| r.as_ref().err());
        assert!(
            matches!(refused, Some(StoreError::WaveOverlap { other, .. }) if *other == created[0].label),
            "{results:?}"
        );
    }
    assert_eq!(list_waves(&mut db.conn(), Some(SURVEY))?.len(), 5);
    Ok(())
}

#[test]
fn status_moves_only_forward() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    load(conn, SURVEY, 1)?;
    create_wave(conn, &wave(SURVEY, "2024", None, None))?;

    let expect_refused = |result: Result<_, StoreError>, from: WaveStatus, to: WaveStatus| {
        let error = result.expect_err("invalid transition");
        assert!(
            matches!(&error, StoreError::InvalidTransition { label, from: f, to: t }
                if label == "2024" && *f == from && *t == to),
            "{error:?}"
        );
    };
    expect_refused(
        close_wave(conn, SURVEY, "2024"),
        WaveStatus::Draft,
        WaveStatus::Closed,
    );
    open_wave(conn, SURVEY, "2024")?;
    expect_refused(
        open_wave(conn, SURVEY, "2024"),
        WaveStatus::Open,
        WaveStatus::Open,
    );
    close_wave(conn, SURVEY, "2024")?;
    expect_refused(
        open_wave(conn, SURVEY, "2024"),
        WaveStatus::Closed,
        WaveStatus::Open,
    );
    expect_refused(
        close_wave(conn, SURVEY, "2024"),
        WaveStatus::Closed,
        WaveStatus::Closed,
    );
    Ok(())
}

#[test]
fn one_wave_of_a_survey_is_open_at_a_time() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    load(conn, SURVEY, 1)?;
    load(conn, "espoo-services", 1)?;
    create_wave(conn, &wave(SURVEY, "2024", None, None))?;
    create_wave(conn, &wave(SURVEY, "2026", None, None))?;
    create_wave(conn, &wave("espoo-services", "2024", None, None))?;
    open_wave(conn, SURVEY, "2024")?;
    open_wave(conn, "espoo-services", "2024")?;

    let error = open_wave(conn, SURVEY, "2026").expect_err("another wave is open");
    assert!(
        matches!(&error, StoreError::WaveOverlap { label, other, .. } if label == "2026" && other == "2024"),
        "{error:?}"
    );
    assert_eq!(
        find_wave(conn, SURVEY, "2026")?.map(|w| w.status),
        Some(WaveStatus::Draft)
    );

    close_wave(conn, SURVEY, "2024")?;
    assert_eq!(open_wave(conn, SURVEY, "2026")?.status, WaveStatus::Open);
    Ok(())
}
