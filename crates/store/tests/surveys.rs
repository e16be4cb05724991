//! Storing questionnaire versions.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

mod common;

use std::sync::{Arc, Barrier};
use std::thread;

use atmos_store::schema::questionnaires;
use atmos_store::testing::TestDb;
use atmos_store::{
    StoreError, create_wave, latest_questionnaire, list_surveys, questionnaire, store_questionnaire,
};
use diesel::prelude::*;

use common::{SURVEY, definition, hash, load, wave};

fn versions(conn: &mut diesel::PgConnection, survey: &str) -> Result<Vec<i32>, StoreError> {
    Ok(questionnaires::table
        .filter(questionnaires::survey_id.eq(survey))
        .order(questionnaires::version)
        .select(questionnaires::version)
        .load(conn)?)
}

#[test]
fn the_same_definition_twice_is_one_version() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let first = load(conn, SURVEY, 1)?;
    assert!(first.created);
    assert_eq!(first.version, 1);
    assert_eq!(first.hash, hash(&definition(1)));

    let second = load(conn, SURVEY, 1)?;
    assert!(!second.created);
    assert_eq!((second.id, second.version), (first.id, 1));
    assert_eq!(versions(conn, SURVEY)?, [1]);
    Ok(())
}

#[test]
fn a_changed_definition_is_the_next_version_and_the_old_one_stays() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let v1 = load(conn, SURVEY, 1)?;
    let v2 = load(conn, SURVEY, 2)?;
    assert!(v2.created);
    assert_eq!(v2.version, 2);
    assert_ne!(v2.id, v1.id);

    let old = questionnaire(conn, v1.id)?.expect("version 1 is kept");
    assert_eq!((old.version, old.hash.as_str()), (1, v1.hash.as_str()));
    assert_eq!(old.definition, definition(1));
    let latest = latest_questionnaire(conn, SURVEY)?.expect("a latest version");
    assert_eq!((latest.id, latest.version), (v2.id, 2));
    assert_eq!(latest.definition, definition(2));

    // Going back to the first content is a change too: the latest version must be current.
    let v3 = load(conn, SURVEY, 1)?;
    assert!(v3.created);
    assert_eq!(v3.version, 3);
    assert_eq!(v3.hash, v1.hash);
    assert_eq!(versions(conn, SURVEY)?, [1, 2, 3]);
    Ok(())
}

#[test]
fn concurrent_loads_of_one_definition_store_one_version() -> Result<(), StoreError> {
    let db = TestDb::new();
    let pool = db.pool();
    for round in 1..=3 {
        let barrier = Arc::new(Barrier::new(4));
        let loads: Vec<_> = (0..4)
            .map(|_| {
                let pool = pool.clone();
                let barrier = Arc::clone(&barrier);
                thread::spawn(move || {
                    let mut conn = pool.get()?;
                    barrier.wait();
                    load(&mut conn, SURVEY, round)
                })
            })
            .collect();
        let stored = loads
            .into_iter()
            .map(|handle| handle.join().expect("loading thread panicked"))
            .collect::<Result<Vec<_>, StoreError>>()?;
        assert_eq!(stored.iter().filter(|s| s.created).count(), 1, "{stored:?}");
        assert!(
            stored
                .iter()
                .all(|s| s.id == stored[0].id && s.version == round as i32)
        );
    }
    assert_eq!(versions(&mut db.conn(), SURVEY)?, [1, 2, 3]);
    Ok(())
}

#[test]
fn malformed_hashes_and_survey_ids_are_refused() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let def = definition(1);
    let error = store_questionnaire(conn, SURVEY, &def, "not-a-hash").expect_err("bad hash");
    assert!(matches!(error, StoreError::InvalidHash(_)), "{error:?}");

    let error =
        store_questionnaire(conn, "Oulu Atmosphere", &def, &hash(&def)).expect_err("bad survey id");
    assert!(
        matches!(&error, StoreError::Constraint { constraint, .. } if constraint == "surveys_id_format"),
        "{error:?}"
    );
    assert!(
        list_surveys(conn)?.is_empty(),
        "nothing stored after a refusal"
    );
    Ok(())
}

#[test]
fn stored_snapshots_cannot_be_changed() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let v1 = load(conn, SURVEY, 1)?;
    let error = diesel::update(questionnaires::table.find(v1.id))
        .set(questionnaires::definition.eq(serde_json::json!({"tampered": true})))
        .execute(conn)
        .expect_err("update refused");
    assert!(error.to_string().contains("frozen snapshot"), "{error}");
    let kept = questionnaire(conn, v1.id)?.expect("still there");
    assert_eq!(kept.definition, definition(1));
    Ok(())
}

#[test]
fn surveys_are_listed_with_latest_version_and_wave_count() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    load(conn, SURVEY, 1)?;
    let latest = load(conn, SURVEY, 2)?;
    load(conn, "espoo-services", 1)?;
    create_wave(conn, &wave(SURVEY, "2024", None, None))?;
    create_wave(conn, &wave(SURVEY, "2026", None, None))?;

    let surveys = list_surveys(conn)?;
    let summary: Vec<_> = surveys
        .iter()
        .map(|s| (s.id.as_str(), s.latest_version, s.waves))
        .collect();
    assert_eq!(
        summary,
        [("espoo-services", Some(1), 0), (SURVEY, Some(2), 2)]
    );
    assert_eq!(
        surveys[1].latest_hash.as_deref(),
        Some(latest.hash.as_str())
    );
    assert!(latest_questionnaire(conn, "nope")?.is_none());
    Ok(())
}
