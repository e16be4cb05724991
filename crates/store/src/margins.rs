//! Population margins uploaded for a wave (`wave_margins`): they replace the questionnaire's
//! margins of that wave when answers are weighted. The store keeps them as JSON
//! (`{breakdown: {group: count}}`); the caller checks them against the questionnaire first.

use chrono::{DateTime, Utc};
use diesel::prelude::*;

use crate::accounts::record_audit;
use crate::error::StoreError;
use crate::models::User;
use crate::schema::{wave_margins, waves};
use crate::waves::find_wave;

/// A wave's uploaded margins.
#[derive(Debug, Clone, PartialEq)]
pub struct UploadedMargins {
    pub wave: String,
    pub margins: serde_json::Value,
    pub source: Option<String>,
    pub uploaded_at: DateTime<Utc>,
}

/// Stores `margins` for the wave `label` of `survey_id` in place of any earlier upload, with
/// the audit entry in the same transaction.
///
/// Errors: [`StoreError::UnknownWave`].
pub fn save_wave_margins(
    conn: &mut PgConnection,
    survey_id: &str,
    label: &str,
    margins: &serde_json::Value,
    source: Option<&str>,
    user: &User,
) -> Result<(), StoreError> {
    conn.transaction(|conn| {
        let wave = find_wave(conn, survey_id, label)?.ok_or_else(|| StoreError::UnknownWave {
            survey: survey_id.to_owned(),
            label: label.to_owned(),
        })?;
        diesel::insert_into(wave_margins::table)
            .values((
                wave_margins::wave_id.eq(wave.id),
                wave_margins::margins.eq(margins),
                wave_margins::source.eq(source),
                wave_margins::uploaded_by.eq(user.id),
            ))
            .on_conflict(wave_margins::wave_id)
            .do_update()
            .set((
                wave_margins::margins.eq(margins),
                wave_margins::source.eq(source),
                wave_margins::uploaded_by.eq(user.id),
                wave_margins::uploaded_at.eq(diesel::dsl::now),
            ))
            .execute(conn)?;
        record_audit(
            conn,
            Some(user),
            "wave.margins",
            &serde_json::json!({ "survey": survey_id, "wave": label, "margins": margins, "source": source }),
        )
    })
}

/// The uploaded margins of a survey's waves, by wave label.
pub fn uploaded_margins(
    conn: &mut PgConnection,
    survey_id: &str,
) -> Result<Vec<UploadedMargins>, StoreError> {
    let rows: Vec<(String, serde_json::Value, Option<String>, DateTime<Utc>)> = wave_margins::table
        .inner_join(waves::table)
        .filter(waves::survey_id.eq(survey_id))
        .order(waves::label)
        .select((
            waves::label,
            wave_margins::margins,
            wave_margins::source,
            wave_margins::uploaded_at,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(wave, margins, source, uploaded_at)| UploadedMargins {
            wave,
            margins,
            source,
            uploaded_at,
        })
        .collect())
}
