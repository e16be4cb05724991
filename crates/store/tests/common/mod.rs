//! Shared fixtures of the integration tests.
#![allow(dead_code, clippy::expect_used)]

use atmos_store::{NewWave, PgConnection, StoreError, StoredQuestionnaire, store_questionnaire};
use chrono::{DateTime, Utc};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

pub const SURVEY: &str = "oulu-atmosphere";

/// A small definition; `revision` makes different contents.
pub fn definition(revision: u32) -> Value {
    json!({
        "id": SURVEY,
        "default_locale": "fi",
        "locales": ["fi", "en"],
        "pages": [{"id": "background", "questions": ["q1", "q2", "q3"]}],
        "revision": revision,
    })
}

/// Hex SHA-256 of the JSON text: stands in for the survey crate's canonical hash.
pub fn hash(definition: &Value) -> String {
    hex::encode(Sha256::digest(definition.to_string().as_bytes()))
}

/// Stores revision `revision` of the test definition for `survey`.
pub fn load(
    conn: &mut PgConnection,
    survey: &str,
    revision: u32,
) -> Result<StoredQuestionnaire, StoreError> {
    let definition = definition(revision);
    store_questionnaire(conn, survey, &definition, &hash(&definition))
}

/// A UTC time from RFC 3339 text.
pub fn at(text: &str) -> DateTime<Utc> {
    text.parse().expect("test timestamp")
}

pub fn wave(survey: &str, label: &str, opens_at: Option<&str>, closes_at: Option<&str>) -> NewWave {
    NewWave {
        survey_id: survey.to_owned(),
        label: label.to_owned(),
        opens_at: opens_at.map(at),
        closes_at: closes_at.map(at),
        invitation_required: false,
    }
}

/// SHA-256 of a resume or invitation code, as the web layer stores it.
pub fn code_hash(code: &str) -> [u8; 32] {
    Sha256::digest(code.as_bytes()).into()
}
