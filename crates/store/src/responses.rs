//! Responses and their answers: starting, saving a page, resume codes, submitting.

use std::collections::HashMap;

use diesel::dsl::now;
use diesel::prelude::*;
use diesel::result::Error as DieselError;
use uuid::Uuid;

use crate::error::{StoreError, Violation, ViolationKind, generic, violation};
use crate::invitations::use_invitation;
use crate::models::{Answer, AnswerValue, NewAnswer, Response, ResponseStatus};
use crate::schema::{answers, responses};
use crate::waves::lock_open_wave;

/// Starts a response to an open wave and returns its id.
///
/// The id is a random (v4) UUID, so it can serve as the respondent's handle without telling
/// anything about order or time.
pub fn start_response(
    conn: &mut PgConnection,
    wave_id: i64,
    locale: &str,
) -> Result<Uuid, StoreError> {
    conn.transaction(|conn| {
        lock_open_wave(conn, wave_id)?;
        let id = Uuid::new_v4();
        diesel::insert_into(responses::table)
            .values((
                responses::id.eq(id),
                responses::wave_id.eq(wave_id),
                responses::locale.eq(locale),
            ))
            .execute(conn)
            .map_err(generic)?;
        Ok(id)
    })
}

/// A response by id.
pub fn find_response(conn: &mut PgConnection, id: Uuid) -> Result<Option<Response>, StoreError> {
    let response = responses::table
        .find(id)
        .select(Response::as_select())
        .first(conn)
        .optional()?;
    Ok(response)
}

/// Row as inserted into and read from `answers`.
#[derive(Debug, Insertable, Queryable, Selectable)]
#[diesel(table_name = answers, check_for_backend(diesel::pg::Pg))]
pub(crate) struct AnswerRow {
    pub(crate) response_id: Uuid,
    pub(crate) question_id: String,
    pub(crate) item: String,
    pub(crate) seq: i16,
    pub(crate) option_code: Option<String>,
    pub(crate) number_value: Option<f64>,
    pub(crate) text_value: Option<String>,
}

/// Replaces the answers to the questions of one page: the answers to `page_question_ids` are
/// deleted and `answers` inserted, in one transaction, so a failure leaves the page's previous
/// answers as they were. A question of the page without answers ends up unanswered.
///
/// Refused for an unknown or submitted response, a wave that is not open, and answers to
/// questions not on the page or with a non-finite number.
pub fn save_answers(
    conn: &mut PgConnection,
    response_id: Uuid,
    page_question_ids: &[&str],
    answers: &[NewAnswer],
) -> Result<(), StoreError> {
    let rows = answer_rows(response_id, page_question_ids, answers)?;
    conn.transaction(|conn| {
        lock_in_progress(conn, response_id)?;
        diesel::delete(
            answers::table
                .filter(answers::response_id.eq(response_id))
                .filter(answers::question_id.eq_any(page_question_ids)),
        )
        .execute(conn)?;
        if !rows.is_empty() {
            diesel::insert_into(answers::table)
                .values(&rows)
                .execute(conn)
                .map_err(answer_error)?;
        }
        diesel::update(responses::table.find(response_id))
            .set(responses::updated_at.eq(now))
            .execute(conn)?;
        Ok(())
    })
}

/// Checks the answers against the page and numbers each (question, item)'s values 0, 1, ...
fn answer_rows(
    response_id: Uuid,
    page_question_ids: &[&str],
    answers: &[NewAnswer],
) -> Result<Vec<AnswerRow>, StoreError> {
    if let Some(answer) = answers
        .iter()
        .find(|a| !page_question_ids.contains(&a.question_id.as_str()))
    {
        return Err(StoreError::InvalidAnswer(format!(
            "question {:?} is not on this page",
            answer.question_id
        )));
    }
    number_rows(response_id, answers).map_err(StoreError::InvalidAnswer)
}

/// The rows of a response's answers: each (question, item)'s values numbered 0, 1, ... in
/// order. Refuses a non-finite number (and more values than `seq` can count); the reason is
/// returned for the caller to wrap in its error.
pub(crate) fn number_rows(
    response_id: Uuid,
    answers: &[NewAnswer],
) -> Result<Vec<AnswerRow>, String> {
    let mut next_seq: HashMap<(&str, &str), i16> = HashMap::new();
    answers
        .iter()
        .map(|answer| {
            let seq = next_seq
                .entry((answer.question_id.as_str(), answer.item.as_str()))
                .or_insert(0);
            let this_seq = *seq;
            *seq = seq
                .checked_add(1)
                .ok_or_else(|| format!("too many values for question {:?}", answer.question_id))?;
            let (option_code, number_value, text_value) = match &answer.value {
                AnswerValue::Option(code) => (Some(code.clone()), None, None),
                AnswerValue::Number(number) if number.is_finite() => (None, Some(*number), None),
                AnswerValue::Number(number) => {
                    return Err(format!(
                        "question {:?}: {number} is not a finite number",
                        answer.question_id
                    ));
                }
                AnswerValue::Text(text) => (None, None, Some(text.clone())),
            };
            Ok(AnswerRow {
                response_id,
                question_id: answer.question_id.clone(),
                item: answer.item.clone(),
                seq: this_seq,
                option_code,
                number_value,
                text_value,
            })
        })
        .collect()
}

pub(crate) fn answer_error(error: DieselError) -> StoreError {
    match violation(&error) {
        Some(Violation {
            kind: ViolationKind::Unique,
            constraint: "answers_option_code_key",
        }) => StoreError::InvalidAnswer("the same option code was chosen twice".to_owned()),
        _ => generic(error),
    }
}

/// Locks a response against concurrent saves and submission and checks that it is still in
/// progress and its wave open.
fn lock_in_progress(conn: &mut PgConnection, response_id: Uuid) -> Result<Response, StoreError> {
    let response = lock_response(conn, response_id)?;
    if response.status == ResponseStatus::Submitted {
        return Err(StoreError::ResponseSubmitted(response_id));
    }
    lock_open_wave(conn, response.wave_id)?;
    Ok(response)
}

fn lock_response(conn: &mut PgConnection, response_id: Uuid) -> Result<Response, StoreError> {
    responses::table
        .find(response_id)
        .select(Response::as_select())
        // Only non-key columns change, so the weaker lock suffices and does not block the
        // foreign key checks of inserts into answers.
        .for_no_key_update()
        .first(conn)
        .optional()?
        .ok_or(StoreError::UnknownResponse(response_id))
}

/// Submits a response to a wave without invitations. Idempotent: submitting a submitted
/// response is Ok and changes nothing. Returns whether this call submitted it.
///
/// The same as [`submit_response_with_invitation`] without a code, so for a wave that
/// requires invitations it fails with [`StoreError::InvitationRequired`].
pub fn submit_response(conn: &mut PgConnection, response_id: Uuid) -> Result<bool, StoreError> {
    submit_response_with_invitation(conn, response_id, None)
}

/// Submits a response, using up an invitation when its wave requires one. Idempotent:
/// submitting a submitted response is Ok(false), changes nothing and uses no invitation (so a
/// repeated form post does not fail on the code its first post used). Returns whether this
/// call submitted it.
///
/// When the wave has `invitation_required`, `invitation` must be the hash of an unused
/// invitation of that wave; it is marked used in the same transaction as the submission, so
/// either both happen or neither. Errors then: [`StoreError::InvitationRequired`],
/// [`StoreError::InvitationInvalid`], [`StoreError::InvitationUsed`]. For other waves
/// `invitation` is ignored.
///
/// Submission also forgets the resume hash: a submitted response cannot be resumed, and a
/// stored hash would only be one more thing that could tie it to a person.
pub fn submit_response_with_invitation(
    conn: &mut PgConnection,
    response_id: Uuid,
    invitation: Option<&[u8; 32]>,
) -> Result<bool, StoreError> {
    conn.transaction(|conn| {
        let response = lock_response(conn, response_id)?;
        if response.status == ResponseStatus::Submitted {
            return Ok(false);
        }
        let wave = lock_open_wave(conn, response.wave_id)?;
        if wave.invitation_required {
            use_invitation(conn, wave.id, invitation)?;
        }
        diesel::update(responses::table.find(response_id))
            .set((
                responses::status.eq(ResponseStatus::Submitted),
                responses::submitted_at.eq(now),
                responses::updated_at.eq(now),
                responses::resume_hash.eq(None::<Vec<u8>>),
            ))
            .execute(conn)?;
        Ok(true)
    })
}

/// Stores the hash of a new resume code for an in-progress response of an open wave,
/// replacing any previous one: only the latest code shown to the respondent works.
///
/// Errors: [`StoreError::UnknownResponse`], [`StoreError::ResponseSubmitted`],
/// [`StoreError::WaveNotOpen`], and [`StoreError::ResumeHashTaken`] when another response has
/// the same hash (resume hashes are unique across waves).
pub fn set_resume_hash(
    conn: &mut PgConnection,
    response_id: Uuid,
    hash: &[u8; 32],
) -> Result<(), StoreError> {
    conn.transaction(|conn| {
        // The lock keeps a concurrent submission from clearing the hash before this update
        // (which would then fail the responses_submitted_no_resume constraint).
        lock_in_progress(conn, response_id)?;
        diesel::update(responses::table.find(response_id))
            .set(responses::resume_hash.eq(hash.as_slice()))
            .execute(conn)
            .map_err(resume_hash_error)?;
        Ok(())
    })
}

fn resume_hash_error(error: DieselError) -> StoreError {
    match violation(&error) {
        Some(Violation {
            kind: ViolationKind::Unique,
            constraint: "responses_resume_hash_key",
        }) => StoreError::ResumeHashTaken,
        _ => generic(error),
    }
}

/// The in-progress response of `wave_id` with this resume hash, if any. A code set for a
/// response of another wave does not match, so a code only works at its own wave's address.
///
/// The wave's status is not checked: the caller shows a closed wave's page, and saving or
/// submitting refuses it anyway.
pub fn resume_response(
    conn: &mut PgConnection,
    wave_id: i64,
    hash: &[u8; 32],
) -> Result<Option<Uuid>, StoreError> {
    let id = responses::table
        .filter(responses::wave_id.eq(wave_id))
        .filter(responses::resume_hash.eq(hash.as_slice()))
        // Implied by responses_submitted_no_resume; stated so the query does not rely on it.
        .filter(responses::status.eq(ResponseStatus::InProgress))
        .select(responses::id)
        .first(conn)
        .optional()?;
    Ok(id)
}

/// The number of in-progress and of submitted responses of a wave, in that order, from one
/// snapshot. An unknown wave has none.
pub fn response_counts(conn: &mut PgConnection, wave_id: i64) -> Result<(i64, i64), StoreError> {
    let rows = responses::table
        .filter(responses::wave_id.eq(wave_id))
        .group_by(responses::status)
        .select((responses::status, diesel::dsl::count_star()))
        .load::<(ResponseStatus, i64)>(conn)?;
    let (mut in_progress, mut submitted) = (0, 0);
    for (status, count) in rows {
        match status {
            ResponseStatus::InProgress => in_progress = count,
            ResponseStatus::Submitted => submitted = count,
        }
    }
    Ok((in_progress, submitted))
}

/// The number of submitted responses of a wave.
pub fn count_submitted(conn: &mut PgConnection, wave_id: i64) -> Result<i64, StoreError> {
    let count = responses::table
        .filter(responses::wave_id.eq(wave_id))
        .filter(responses::status.eq(ResponseStatus::Submitted))
        .count()
        .get_result(conn)?;
    Ok(count)
}

/// The submitted responses of a wave, in the order they were submitted (then by start time
/// and id, so the order is total).
pub fn submitted_responses(
    conn: &mut PgConnection,
    wave_id: i64,
) -> Result<Vec<Response>, StoreError> {
    let found = responses::table
        .filter(responses::wave_id.eq(wave_id))
        .filter(responses::status.eq(ResponseStatus::Submitted))
        .order((
            responses::submitted_at,
            responses::started_at,
            responses::id,
        ))
        .select(Response::as_select())
        .load(conn)?;
    Ok(found)
}

/// The answers of a response, by question, item and order.
pub fn load_answers(conn: &mut PgConnection, response_id: Uuid) -> Result<Vec<Answer>, StoreError> {
    answers::table
        .filter(answers::response_id.eq(response_id))
        .order((answers::question_id, answers::item, answers::seq))
        .select(AnswerRow::as_select())
        .load(conn)?
        .into_iter()
        .map(|row| {
            let value = match (row.option_code, row.number_value, row.text_value) {
                (Some(code), None, None) => AnswerValue::Option(code),
                (None, Some(number), None) => AnswerValue::Number(number),
                (None, None, Some(text)) => AnswerValue::Text(text),
                // The answers_one_value constraint rules this out.
                _ => {
                    return Err(StoreError::Corrupt(format!(
                        "answer to {:?} of response {response_id} has not exactly one value",
                        row.question_id
                    )));
                }
            };
            Ok(Answer {
                question_id: row.question_id,
                item: row.item,
                seq: row.seq,
                value,
            })
        })
        .collect()
}
