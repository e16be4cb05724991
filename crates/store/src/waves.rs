//! Waves: creating them on the latest questionnaire, opening and closing them, listing them.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use diesel::dsl::now;
use diesel::prelude::*;
use diesel::result::Error as DieselError;
use diesel::sql_types::{Nullable, Text, Timestamptz};

use crate::error::{StoreError, Violation, ViolationKind, generic, violation};
use crate::models::{ResponseStatus, Wave, WaveStatus};
use crate::schema::{questionnaires, responses, surveys, waves};
use crate::surveys::survey_exists;

/// What [`create_wave`] needs. Owned, so it can be moved into a blocking task.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewWave {
    pub survey_id: String,
    pub label: String,
    pub opens_at: Option<DateTime<Utc>>,
    pub closes_at: Option<DateTime<Utc>>,
    pub invitation_required: bool,
}

/// A wave with its questionnaire version and number of submitted responses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WaveSummary {
    pub wave: Wave,
    pub questionnaire_version: i32,
    pub responses_submitted: i64,
}

/// Creates a draft wave running the survey's latest questionnaire version.
///
/// Errors: [`StoreError::UnknownSurvey`] without a stored questionnaire,
/// [`StoreError::WaveExists`] for a taken label, [`StoreError::InvalidPeriod`] and
/// [`StoreError::WaveOverlap`] when the planned period overlaps another wave's (checked by an
/// exclusion constraint, so it holds for concurrent creates too).
pub fn create_wave(conn: &mut PgConnection, new: &NewWave) -> Result<Wave, StoreError> {
    check_planned_period(new)?;
    conn.transaction(|conn| insert_wave(conn, new, None))
}

/// The planned period must end after it starts. Also a check constraint; tested here first
/// for an error that names both times.
pub(crate) fn check_planned_period(new: &NewWave) -> Result<(), StoreError> {
    match (new.opens_at, new.closes_at) {
        (Some(opens_at), Some(closes_at)) if closes_at <= opens_at => {
            Err(StoreError::InvalidPeriod {
                opens_at,
                closes_at,
            })
        }
        _ => Ok(()),
    }
}

/// Inserts a wave on the survey's latest questionnaire version, inside the caller's
/// transaction: a draft, or with `times` = (opened_at, closed_at) a closed wave (see
/// [`crate::import_wave`]). Maps the constraint violations to [`StoreError::WaveExists`] and
/// [`StoreError::WaveOverlap`].
pub(crate) fn insert_wave(
    conn: &mut PgConnection,
    new: &NewWave,
    times: Option<(DateTime<Utc>, DateTime<Utc>)>,
) -> Result<Wave, StoreError> {
    // Creates for one survey take turns: two overlapping waves inserted at the same moment
    // could otherwise deadlock in the exclusion constraint's check (seen about once in ten
    // runs of `concurrent_overlapping_creates_admit_one`) instead of one of them getting a
    // clean `WaveOverlap`. NO KEY UPDATE does not block the foreign-key checks of others.
    surveys::table
        .filter(surveys::id.eq(&new.survey_id))
        .select(surveys::id)
        .for_no_key_update()
        .first::<String>(conn)
        .optional()?;
    let questionnaire_id = questionnaires::table
        .filter(questionnaires::survey_id.eq(&new.survey_id))
        .order(questionnaires::version.desc())
        .select(questionnaires::id)
        .first::<i64>(conn)
        .optional()?
        .ok_or_else(|| StoreError::UnknownSurvey(new.survey_id.clone()))?;

    let (status, opened_at, closed_at) = match times {
        Some((opened_at, closed_at)) => (WaveStatus::Closed, Some(opened_at), Some(closed_at)),
        None => (WaveStatus::Draft, None, None),
    };
    // A savepoint, so that after a constraint violation the transaction can still look up
    // the wave it conflicted with.
    let inserted = conn.transaction(|conn| {
        diesel::insert_into(waves::table)
            .values((
                waves::survey_id.eq(&new.survey_id),
                waves::questionnaire_id.eq(questionnaire_id),
                waves::label.eq(&new.label),
                waves::status.eq(status),
                waves::opens_at.eq(new.opens_at),
                waves::closes_at.eq(new.closes_at),
                waves::invitation_required.eq(new.invitation_required),
                waves::opened_at.eq(opened_at),
                waves::closed_at.eq(closed_at),
            ))
            .returning(Wave::as_returning())
            .get_result(conn)
    });
    match inserted {
        Ok(wave) => {
            tracing::info!(survey = %wave.survey_id, label = %wave.label, status = %wave.status, "created wave");
            Ok(wave)
        }
        Err(error) => Err(create_error(conn, new, error)),
    }
}

fn create_error(conn: &mut PgConnection, new: &NewWave, error: DieselError) -> StoreError {
    match violation(&error) {
        Some(Violation {
            kind: ViolationKind::Unique,
            constraint: "waves_survey_label_key",
        }) => StoreError::WaveExists {
            survey: new.survey_id.clone(),
            label: new.label.clone(),
        },
        Some(Violation {
            kind: ViolationKind::Exclusion,
            constraint: "waves_no_overlap",
        }) => match overlapping_wave(conn, new) {
            Ok(other) => StoreError::WaveOverlap {
                survey: new.survey_id.clone(),
                label: new.label.clone(),
                other: other.unwrap_or_else(|| "another wave".to_owned()),
            },
            Err(lookup_error) => lookup_error,
        },
        _ => generic(error),
    }
}

#[derive(QueryableByName)]
struct Label {
    #[diesel(sql_type = Text)]
    label: String,
}

/// The label of a wave whose planned period overlaps the new one's (the same test as the
/// exclusion constraint).
fn overlapping_wave(conn: &mut PgConnection, new: &NewWave) -> Result<Option<String>, StoreError> {
    let found = diesel::sql_query(
        "SELECT label FROM waves \
         WHERE survey_id = $1 AND label <> $2 \
           AND (opens_at IS NOT NULL OR closes_at IS NOT NULL) \
           AND tstzrange(opens_at, closes_at) && tstzrange($3, $4) \
         ORDER BY opens_at NULLS FIRST, label LIMIT 1",
    )
    .bind::<Text, _>(&new.survey_id)
    .bind::<Text, _>(&new.label)
    .bind::<Nullable<Timestamptz>, _>(new.opens_at)
    .bind::<Nullable<Timestamptz>, _>(new.closes_at)
    .get_result::<Label>(conn)
    .optional()?;
    Ok(found.map(|row| row.label))
}

/// Opens a draft wave for responses. Refused for an open or closed wave, and while another
/// wave of the survey is open ([`StoreError::WaveOverlap`]).
pub fn open_wave(
    conn: &mut PgConnection,
    survey_id: &str,
    label: &str,
) -> Result<Wave, StoreError> {
    transition(conn, survey_id, label, WaveStatus::Open)
}

/// Closes an open wave: it takes no more responses. Refused for a draft or closed wave.
pub fn close_wave(
    conn: &mut PgConnection,
    survey_id: &str,
    label: &str,
) -> Result<Wave, StoreError> {
    transition(conn, survey_id, label, WaveStatus::Closed)
}

fn transition(
    conn: &mut PgConnection,
    survey_id: &str,
    label: &str,
    to: WaveStatus,
) -> Result<Wave, StoreError> {
    conn.transaction(|conn| {
        // Locked so concurrent transitions of one wave see each other's result.
        let wave = waves::table
            .filter(waves::survey_id.eq(survey_id))
            .filter(waves::label.eq(label))
            .select(Wave::as_select())
            .for_update()
            .first(conn)
            .optional()?;
        let Some(wave) = wave else {
            return Err(unknown_wave(conn, survey_id, label)?);
        };
        match (wave.status, to) {
            (WaveStatus::Draft, WaveStatus::Open) | (WaveStatus::Open, WaveStatus::Closed) => {}
            (from, to) => {
                return Err(StoreError::InvalidTransition {
                    label: label.to_owned(),
                    from,
                    to,
                });
            }
        }

        let target = waves::table.find(wave.id);
        let updated = conn.transaction(|conn| match to {
            WaveStatus::Open => diesel::update(target)
                .set((waves::status.eq(to), waves::opened_at.eq(now)))
                .returning(Wave::as_returning())
                .get_result(conn),
            WaveStatus::Closed | WaveStatus::Draft => diesel::update(target)
                .set((waves::status.eq(to), waves::closed_at.eq(now)))
                .returning(Wave::as_returning())
                .get_result(conn),
        });
        match updated {
            Ok(wave) => {
                tracing::info!(survey = survey_id, label, status = %to, "wave status changed");
                Ok(wave)
            }
            Err(error) => match violation(&error) {
                Some(Violation {
                    kind: ViolationKind::Unique,
                    constraint: "waves_one_open_per_survey",
                }) => {
                    let other = waves::table
                        .filter(waves::survey_id.eq(survey_id))
                        .filter(waves::status.eq(WaveStatus::Open))
                        .filter(waves::id.ne(wave.id))
                        .select(waves::label)
                        .first::<String>(conn)
                        .optional()?;
                    Err(StoreError::WaveOverlap {
                        survey: survey_id.to_owned(),
                        label: label.to_owned(),
                        other: other.unwrap_or_else(|| "another open wave".to_owned()),
                    })
                }
                _ => Err(generic(error)),
            },
        }
    })
}

/// The error for a wave that was not found: the survey may be what is missing.
fn unknown_wave(
    conn: &mut PgConnection,
    survey_id: &str,
    label: &str,
) -> Result<StoreError, StoreError> {
    Ok(if survey_exists(conn, survey_id)? {
        StoreError::UnknownWave {
            survey: survey_id.to_owned(),
            label: label.to_owned(),
        }
    } else {
        StoreError::UnknownSurvey(survey_id.to_owned())
    })
}

/// A wave by survey and label.
pub fn find_wave(
    conn: &mut PgConnection,
    survey_id: &str,
    label: &str,
) -> Result<Option<Wave>, StoreError> {
    let wave = waves::table
        .filter(waves::survey_id.eq(survey_id))
        .filter(waves::label.eq(label))
        .select(Wave::as_select())
        .first(conn)
        .optional()?;
    Ok(wave)
}

/// A wave by id.
pub fn wave_by_id(conn: &mut PgConnection, wave_id: i64) -> Result<Option<Wave>, StoreError> {
    let wave = waves::table
        .find(wave_id)
        .select(Wave::as_select())
        .first(conn)
        .optional()?;
    Ok(wave)
}

/// The waves of one survey (or of all), by survey and creation, with their submitted counts.
/// An unknown survey is an error rather than an empty list, to catch typos.
pub fn list_waves(
    conn: &mut PgConnection,
    survey_id: Option<&str>,
) -> Result<Vec<WaveSummary>, StoreError> {
    match survey_id {
        Some(survey_id) if !survey_exists(conn, survey_id)? => {
            return Err(StoreError::UnknownSurvey(survey_id.to_owned()));
        }
        _ => {}
    }
    let mut query = waves::table
        .inner_join(questionnaires::table)
        .order((waves::survey_id, waves::created_at, waves::id))
        .select((Wave::as_select(), questionnaires::version))
        .into_boxed();
    if let Some(survey_id) = survey_id {
        query = query.filter(waves::survey_id.eq(survey_id));
    }
    let rows = query.load::<(Wave, i32)>(conn)?;

    let mut counts = responses::table
        .filter(responses::status.eq(ResponseStatus::Submitted))
        .group_by(responses::wave_id)
        .select((responses::wave_id, diesel::dsl::count_star()))
        .into_boxed();
    if let Some(survey_id) = survey_id {
        let wave_ids = waves::table
            .filter(waves::survey_id.eq(survey_id))
            .select(waves::id);
        counts = counts.filter(responses::wave_id.eq_any(wave_ids));
    }
    let counts: HashMap<i64, i64> = counts.load::<(i64, i64)>(conn)?.into_iter().collect();

    Ok(rows
        .into_iter()
        .map(|(wave, questionnaire_version)| WaveSummary {
            responses_submitted: counts.get(&wave.id).copied().unwrap_or(0),
            questionnaire_version,
            wave,
        })
        .collect())
}

/// Responses submitted to a wave per day (UTC), oldest first: how answering goes while a
/// wave is open. Days without any are left out.
pub fn submitted_per_day(
    conn: &mut PgConnection,
    wave_id: i64,
) -> Result<Vec<(chrono::NaiveDate, i64)>, StoreError> {
    #[derive(QueryableByName)]
    struct Day {
        #[diesel(sql_type = diesel::sql_types::Date)]
        day: chrono::NaiveDate,
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let days = diesel::sql_query(
        "SELECT (submitted_at AT TIME ZONE 'UTC')::date AS day, count(*) AS n \
         FROM responses WHERE wave_id = $1 AND status = 'submitted' \
         GROUP BY 1 ORDER BY 1",
    )
    .bind::<diesel::sql_types::BigInt, _>(wave_id)
    .load::<Day>(conn)?;
    Ok(days.into_iter().map(|d| (d.day, d.n)).collect())
}

/// Locks a wave against status changes for the rest of the transaction (`FOR SHARE`: many
/// writers at once, while a concurrent close waits for them, and they for it), whatever its
/// status.
pub(crate) fn lock_wave(conn: &mut PgConnection, wave_id: i64) -> Result<Wave, StoreError> {
    waves::table
        .find(wave_id)
        .select(Wave::as_select())
        .for_share()
        .first(conn)
        .optional()?
        .ok_or(StoreError::UnknownWaveId(wave_id))
}
