//! One-time invitation codes: creating them for a wave, and using one up when a response to a
//! wave that requires them is submitted.
//!
//! Only SHA-256 hashes of the codes reach this crate (the caller hashes what the respondent
//! typed), and a used invitation is never linked to the response it admitted.

use chrono::{DateTime, Utc};
use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::result::Error as DieselError;
use diesel::sql_types::{Nullable, Timestamptz};

use crate::error::{StoreError, Violation, ViolationKind, generic, violation};
use crate::models::WaveStatus;
use crate::schema::invitations;
use crate::waves::lock_wave;

/// Rows per INSERT statement: PostgreSQL takes at most 65535 bind parameters per statement,
/// and each row binds two (wave id and hash), so a large batch is inserted in chunks (still in
/// one transaction).
const INSERT_CHUNK: usize = 10_000;

/// Stores invitations with the given code hashes for a draft or open wave and returns how
/// many were stored.
///
/// All or nothing: the batch is one transaction, so a hash that already exists (for any wave:
/// the hashes are unique across waves) or occurs twice in the batch fails the whole batch with
/// [`StoreError::InvitationExists`], and the admin can simply generate a new batch.
///
/// Errors: [`StoreError::UnknownWaveId`], [`StoreError::WaveClosed`] (its codes could never
/// be used).
pub fn create_invitations(
    conn: &mut PgConnection,
    wave_id: i64,
    hashes: &[[u8; 32]],
) -> Result<usize, StoreError> {
    conn.transaction(|conn| {
        // Locked so the wave cannot be closed while its invitations are being inserted.
        let wave = lock_wave(conn, wave_id)?;
        if wave.status == WaveStatus::Closed {
            return Err(StoreError::WaveClosed {
                survey: wave.survey_id,
                label: wave.label,
            });
        }
        let mut stored = 0;
        for chunk in hashes.chunks(INSERT_CHUNK) {
            let rows: Vec<_> = chunk
                .iter()
                .map(|hash| {
                    (
                        invitations::wave_id.eq(wave_id),
                        invitations::code_hash.eq(hash.as_slice()),
                    )
                })
                .collect();
            stored += diesel::insert_into(invitations::table)
                .values(&rows)
                .execute(conn)
                .map_err(insert_error)?;
        }
        tracing::info!(
            survey = %wave.survey_id,
            label = %wave.label,
            count = stored,
            "created invitations"
        );
        Ok(stored)
    })
}

fn insert_error(error: DieselError) -> StoreError {
    match violation(&error) {
        Some(Violation {
            kind: ViolationKind::Unique,
            constraint: "invitations_code_hash_key",
        }) => StoreError::InvitationExists,
        _ => generic(error),
    }
}

/// Marks the unused invitation of `wave_id` with this code hash as used, within the caller's
/// transaction (the submission's, so a failed submission leaves the code usable).
///
/// Errors: [`StoreError::InvitationRequired`] without a hash, [`StoreError::InvitationInvalid`]
/// when the wave has no invitation with it (a code of another wave included),
/// [`StoreError::InvitationUsed`] when it was used before.
pub(crate) fn use_invitation(
    conn: &mut PgConnection,
    wave_id: i64,
    hash: Option<&[u8; 32]>,
) -> Result<(), StoreError> {
    let hash = hash.ok_or(StoreError::InvitationRequired)?;
    let (id, used_at) = invitations::table
        .filter(invitations::wave_id.eq(wave_id))
        .filter(invitations::code_hash.eq(hash.as_slice()))
        .select((invitations::id, invitations::used_at))
        // The row lock makes concurrent submits with one code take turns: the second waits
        // here until the first commits, then reads the row again and finds it used. The
        // filter deliberately leaves out `used_at`, so a used code is told from a wrong one.
        .for_update()
        .first::<(i64, Option<DateTime<Utc>>)>(conn)
        .optional()?
        .ok_or(StoreError::InvitationInvalid)?;
    if used_at.is_some() {
        return Err(StoreError::InvitationUsed);
    }
    diesel::update(invitations::table.find(id))
        // Only the day (UTC), as the invitations_used_at_day constraint demands: an exact
        // time could be matched with the response's submission time.
        .set(invitations::used_at.eq(sql::<Nullable<Timestamptz>>(
            "date_trunc('day', now(), 'UTC')",
        )))
        .execute(conn)
        .map_err(generic)?;
    Ok(())
}
