//! Surveys and their frozen questionnaire versions.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use diesel::prelude::*;

use crate::error::{StoreError, generic};
use crate::models::Questionnaire;
use crate::schema::{questionnaires, surveys, waves};

/// The outcome of [`store_questionnaire`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredQuestionnaire {
    pub id: i64,
    pub version: i32,
    pub hash: String,
    /// Whether this call stored a new version (false: the latest version already had the hash).
    pub created: bool,
}

/// A survey with its latest questionnaire version and number of waves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SurveySummary {
    pub id: String,
    pub created_at: DateTime<Utc>,
    /// `None` only for a survey row without questionnaire, which this crate never writes.
    pub latest_version: Option<i32>,
    pub latest_hash: Option<String>,
    pub waves: i64,
}

/// Stores `definition` as the next questionnaire version of `survey_id`, unless the latest
/// version already has `hash`; creates the survey on first use.
///
/// `hash` is the hex SHA-256 of the definition's canonical JSON, computed by the caller (the
/// survey crate owns what "canonical" means). A definition reverted to an earlier content gets
/// a new version, because the latest version must always be the current definition.
///
/// Safe to run from several processes at once: the survey row is locked for the duration, so
/// the same definition loaded concurrently yields one version.
pub fn store_questionnaire(
    conn: &mut PgConnection,
    survey_id: &str,
    definition: &serde_json::Value,
    hash: &str,
) -> Result<StoredQuestionnaire, StoreError> {
    if !is_sha256_hex(hash) {
        return Err(StoreError::InvalidHash(hash.to_owned()));
    }
    conn.transaction(|conn| {
        diesel::insert_into(surveys::table)
            .values(surveys::id.eq(survey_id))
            .on_conflict_do_nothing()
            .execute(conn)
            .map_err(generic)?;
        // Concurrent loads of one survey queue here; each then reads the versions the ones
        // before it committed (every statement sees a fresh snapshot under READ COMMITTED).
        surveys::table
            .find(survey_id)
            .select(surveys::id)
            .for_update()
            .first::<String>(conn)?;

        let latest = questionnaires::table
            .filter(questionnaires::survey_id.eq(survey_id))
            .order(questionnaires::version.desc())
            .select((
                questionnaires::id,
                questionnaires::version,
                questionnaires::hash,
            ))
            .first::<(i64, i32, String)>(conn)
            .optional()?;
        let version = match latest {
            Some((id, version, latest_hash)) if latest_hash == hash => {
                return Ok(StoredQuestionnaire {
                    id,
                    version,
                    hash: latest_hash,
                    created: false,
                });
            }
            Some((_, version, _)) => version + 1,
            None => 1,
        };

        let id = diesel::insert_into(questionnaires::table)
            .values((
                questionnaires::survey_id.eq(survey_id),
                questionnaires::version.eq(version),
                questionnaires::hash.eq(hash),
                questionnaires::definition.eq(definition),
            ))
            .returning(questionnaires::id)
            .get_result::<i64>(conn)
            .map_err(generic)?;
        tracing::info!(survey = survey_id, version, "stored questionnaire version");
        Ok(StoredQuestionnaire {
            id,
            version,
            hash: hash.to_owned(),
            created: true,
        })
    })
}

/// The newest questionnaire version of a survey, if it has any.
pub fn latest_questionnaire(
    conn: &mut PgConnection,
    survey_id: &str,
) -> Result<Option<Questionnaire>, StoreError> {
    let latest = questionnaires::table
        .filter(questionnaires::survey_id.eq(survey_id))
        .order(questionnaires::version.desc())
        .select(Questionnaire::as_select())
        .first(conn)
        .optional()?;
    Ok(latest)
}

/// A questionnaire by id, e.g. the one a wave runs (`Wave::questionnaire_id`).
pub fn questionnaire(
    conn: &mut PgConnection,
    id: i64,
) -> Result<Option<Questionnaire>, StoreError> {
    let found = questionnaires::table
        .find(id)
        .select(Questionnaire::as_select())
        .first(conn)
        .optional()?;
    Ok(found)
}

/// Every survey, by id.
pub fn list_surveys(conn: &mut PgConnection) -> Result<Vec<SurveySummary>, StoreError> {
    let surveys = surveys::table
        .order(surveys::id)
        .select((surveys::id, surveys::created_at))
        .load::<(String, DateTime<Utc>)>(conn)?;
    let latest: HashMap<String, (i32, String)> = questionnaires::table
        .distinct_on(questionnaires::survey_id)
        .order((questionnaires::survey_id, questionnaires::version.desc()))
        .select((
            questionnaires::survey_id,
            questionnaires::version,
            questionnaires::hash,
        ))
        .load::<(String, i32, String)>(conn)?
        .into_iter()
        .map(|(survey, version, hash)| (survey, (version, hash)))
        .collect();
    let wave_counts: HashMap<String, i64> = waves::table
        .group_by(waves::survey_id)
        .select((waves::survey_id, diesel::dsl::count_star()))
        .load::<(String, i64)>(conn)?
        .into_iter()
        .collect();

    Ok(surveys
        .into_iter()
        .map(|(id, created_at)| {
            let latest = latest.get(&id);
            SurveySummary {
                latest_version: latest.map(|(version, _)| *version),
                latest_hash: latest.map(|(_, hash)| hash.clone()),
                waves: wave_counts.get(&id).copied().unwrap_or(0),
                id,
                created_at,
            }
        })
        .collect())
}

/// Whether a survey row exists.
pub(crate) fn survey_exists(conn: &mut PgConnection, survey_id: &str) -> Result<bool, StoreError> {
    let exists = diesel::select(diesel::dsl::exists(surveys::table.find(survey_id)))
        .get_result::<bool>(conn)?;
    Ok(exists)
}

fn is_sha256_hex(hash: &str) -> bool {
    hash.len() == 64 && hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

#[cfg(test)]
mod tests {
    use super::is_sha256_hex;

    #[test]
    fn recognises_sha256_hex() {
        assert!(is_sha256_hex(&"ab".repeat(32)));
        assert!(!is_sha256_hex(&"AB".repeat(32)));
        assert!(!is_sha256_hex("abc"));
    }
}
