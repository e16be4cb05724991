//! schema.rs against the SQL of the migrations.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

mod common;

use atmos_store::schema::{
    answers, audit_log, invitations, questionnaires, responses, surveys, user_sessions, users,
    waves,
};
use atmos_store::testing::{TestDb, assert_schema_matches, schema_mismatches};
use atmos_store::{
    Role, StoreError, create_session, create_user, create_wave, open_wave, record_audit,
    start_response,
};
use chrono::{DateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use common::{SURVEY, at, load, wave};

#[test]
fn schema_rs_matches_the_migrated_database() {
    let db = TestDb::new();
    assert_schema_matches(&mut db.conn());
}

/// Every column of every table read back through diesel with the Rust types schema.rs
/// implies, with the nullable columns filled, so each value really is decoded.
#[test]
fn every_column_round_trips_through_diesel() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    load(conn, SURVEY, 1)?;
    let created = create_wave(
        conn,
        &wave(
            SURVEY,
            "2024",
            Some("2024-09-01T00:00:00Z"),
            Some("2024-11-01T00:00:00Z"),
        ),
    )?;
    open_wave(conn, SURVEY, "2024")?;
    let response = start_response(conn, created.id, "fi")?;
    diesel::update(responses::table.find(response))
        .set(responses::resume_hash.eq(Some(vec![7u8; 32])))
        .execute(conn)?;
    diesel::insert_into(answers::table)
        .values(&vec![
            (
                answers::response_id.eq(response),
                answers::question_id.eq("q1"),
                answers::item.eq(""),
                answers::seq.eq(0i16),
                answers::option_code.eq(Some("1")),
                answers::number_value.eq(None::<f64>),
                answers::text_value.eq(None::<&str>),
            ),
            (
                answers::response_id.eq(response),
                answers::question_id.eq("q2"),
                answers::item.eq("r1"),
                answers::seq.eq(0i16),
                answers::option_code.eq(None),
                answers::number_value.eq(Some(2.5)),
                answers::text_value.eq(None),
            ),
            (
                answers::response_id.eq(response),
                answers::question_id.eq("q3"),
                answers::item.eq(""),
                answers::seq.eq(0i16),
                answers::option_code.eq(None),
                answers::number_value.eq(None),
                answers::text_value.eq(Some("Oulu tuntuu kodilta — مرحبا")),
            ),
        ])
        .execute(conn)?;
    diesel::insert_into(invitations::table)
        .values((
            invitations::wave_id.eq(created.id),
            invitations::code_hash.eq(vec![1u8; 32]),
            invitations::used_at.eq(Some(at("2024-09-02T00:00:00Z"))),
        ))
        .execute(conn)?;

    let user = create_user(conn, "anna", Role::Analyst, "$argon2id$stub", true)?;
    create_session(conn, user.id, &[9u8; 32], at("2100-01-01T00:00:00Z"))?;
    record_audit(
        conn,
        Some(&user),
        "export.answers",
        &serde_json::json!({"survey": SURVEY}),
    )?;

    let survey_rows: Vec<(String, DateTime<Utc>)> =
        surveys::table.select(surveys::all_columns).load(conn)?;
    assert_eq!(survey_rows.len(), 1);
    let questionnaire_rows: Vec<(i64, String, i32, String, serde_json::Value, DateTime<Utc>)> =
        questionnaires::table
            .select(questionnaires::all_columns)
            .load(conn)?;
    assert_eq!(questionnaire_rows[0].4["revision"], 1);
    type WaveRow = (
        i64,
        String,
        i64,
        String,
        String,
        Option<DateTime<Utc>>,
        Option<DateTime<Utc>>,
        bool,
        DateTime<Utc>,
        Option<DateTime<Utc>>,
        Option<DateTime<Utc>>,
    );
    let wave_rows: Vec<WaveRow> = waves::table.select(waves::all_columns).load(conn)?;
    assert_eq!(wave_rows[0].4, "open");
    assert!(wave_rows[0].9.is_some());
    type ResponseRow = (
        Uuid,
        i64,
        String,
        String,
        DateTime<Utc>,
        DateTime<Utc>,
        Option<DateTime<Utc>>,
        Option<Vec<u8>>,
    );
    let response_rows: Vec<ResponseRow> =
        responses::table.select(responses::all_columns).load(conn)?;
    assert_eq!(response_rows[0].7.as_deref(), Some(&[7u8; 32][..]));
    type AnswerRow = (
        Uuid,
        String,
        String,
        i16,
        Option<String>,
        Option<f64>,
        Option<String>,
    );
    let answer_rows: Vec<AnswerRow> = answers::table
        .select(answers::all_columns)
        .order(answers::question_id)
        .load(conn)?;
    assert_eq!(answer_rows.len(), 3);
    assert_eq!(answer_rows[1].5, Some(2.5));
    assert_eq!(
        answer_rows[2].6.as_deref(),
        Some("Oulu tuntuu kodilta — مرحبا")
    );
    type InvitationRow = (i64, i64, Vec<u8>, DateTime<Utc>, Option<DateTime<Utc>>);
    let invitation_rows: Vec<InvitationRow> = invitations::table
        .select(invitations::all_columns)
        .load(conn)?;
    assert_eq!(invitation_rows[0].4, Some(at("2024-09-02T00:00:00Z")));
    type UserRow = (
        i64,
        String,
        String,
        String,
        bool,
        bool,
        DateTime<Utc>,
        DateTime<Utc>,
    );
    let user_rows: Vec<UserRow> = users::table.select(users::all_columns).load(conn)?;
    assert_eq!(user_rows[0].2, "analyst");
    assert!(user_rows[0].5, "must_change_password");
    type SessionRow = (Vec<u8>, i64, DateTime<Utc>, DateTime<Utc>);
    let session_rows: Vec<SessionRow> = user_sessions::table
        .select(user_sessions::all_columns)
        .load(conn)?;
    assert_eq!(session_rows[0].0, vec![9u8; 32]);
    assert_eq!(session_rows[0].3, at("2100-01-01T00:00:00Z"));
    type AuditRow = (
        i64,
        DateTime<Utc>,
        Option<i64>,
        Option<String>,
        String,
        serde_json::Value,
    );
    let audit_rows: Vec<AuditRow> = audit_log::table.select(audit_log::all_columns).load(conn)?;
    assert_eq!(audit_rows[0].2, Some(user.id));
    assert_eq!(audit_rows[0].3.as_deref(), Some("anna"));
    assert_eq!(audit_rows[0].5["survey"], SURVEY);
    Ok(())
}

/// The comparison itself notices drift in each direction.
#[test]
fn drift_between_sql_and_schema_rs_is_reported() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    assert_eq!(schema_mismatches(conn)?, Vec::<String>::new());
    for statement in [
        "ALTER TABLE responses ADD COLUMN ip_address inet",
        "ALTER TABLE invitations ALTER COLUMN code_hash DROP NOT NULL",
        "ALTER TABLE answers ALTER COLUMN seq TYPE integer",
        "CREATE TABLE login_attempts (id bigint)",
    ] {
        diesel::sql_query(statement).execute(conn)?;
    }
    let mismatches = schema_mismatches(conn)?;
    let all = mismatches.join("\n");
    assert_eq!(mismatches.len(), 4, "{all}");
    for needle in [
        "login_attempts",
        "ip_address",
        "invitations.code_hash",
        "answers.seq",
    ] {
        assert!(all.contains(needle), "{needle} not reported in:\n{all}");
    }
    Ok(())
}
