//! Responses and their answers: starting, saving a page, resume codes, submitting.

use std::collections::HashMap;

use diesel::pg::Pg;
use diesel::prelude::*;
use diesel::query_builder::{AstPass, Query, QueryFragment, QueryId};
use diesel::result::Error as DieselError;
use diesel::sql_types::{
    Array, BigInt, Bool, Double, Nullable, SmallInt, Text, Untyped, Uuid as SqlUuid,
};
use uuid::Uuid;

use crate::error::{StoreError, Violation, ViolationKind, generic, violation};
use crate::invitations::use_invitation;
use crate::models::{Answer, AnswerValue, NewAnswer, Response, ResponseStatus, WaveStatus};
use crate::schema::{answers, responses};
use crate::waves::wave_by_id;

/// Starts a response to an open wave and returns its id.
///
/// The id is a random (v4) UUID, so it can serve as the respondent's handle without telling
/// anything about order or time.
///
/// One statement: the insert selects the wave `FOR SHARE` with `status = 'open'`, so a wave
/// being closed concurrently either waits for this insert or is seen closed by it.
pub fn start_response(
    conn: &mut PgConnection,
    wave_id: i64,
    locale: &str,
) -> Result<Uuid, StoreError> {
    let id = Uuid::new_v4();
    let inserted = StartResponse {
        id,
        wave_id,
        locale: locale.to_owned(),
    }
    .execute(conn)
    .map_err(generic)?;
    if inserted == 0 {
        // Not open, or no such wave: say which.
        let wave = wave_by_id(conn, wave_id)?.ok_or(StoreError::UnknownWaveId(wave_id))?;
        return Err(StoreError::WaveNotOpen {
            survey: wave.survey_id,
            label: wave.label,
            status: wave.status,
        });
    }
    Ok(id)
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

/// A response's wave, status and answers, read together (see [`find_response_with_answers`]).
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseWithAnswers {
    pub id: Uuid,
    pub wave_id: i64,
    pub status: ResponseStatus,
    /// By question, item and order, as [`load_answers`] gives them.
    pub answers: Vec<Answer>,
}

/// A response with its answers, in one statement (a join), for pages that show them; `None`
/// for an unknown id. Nothing is locked: to change the response use [`edit_response`].
pub fn find_response_with_answers(
    conn: &mut PgConnection,
    id: Uuid,
) -> Result<Option<ResponseWithAnswers>, StoreError> {
    let rows = ResponseAndAnswers { id }.load::<ResponseAnswerRow>(conn)?;
    let Some(first) = rows.first() else {
        return Ok(None);
    };
    let (wave_id, status) = (first.wave_id, first.status);
    let answers = rows
        .into_iter()
        .filter_map(|row| {
            // The left join's row of a response without answers has no question.
            let question_id = row.question_id?;
            Some(answer_from_row(
                id,
                AnswerRow {
                    response_id: id,
                    question_id,
                    item: row.item.unwrap_or_default(),
                    seq: row.seq.unwrap_or_default(),
                    option_code: row.option_code,
                    number_value: row.number_value,
                    text_value: row.text_value,
                },
            ))
        })
        .collect::<Result<_, _>>()?;
    Ok(Some(ResponseWithAnswers {
        id,
        wave_id,
        status,
        answers,
    }))
}

/// An in-progress response of an open wave, locked for the rest of the transaction of
/// [`edit_response`]: no other edit, submission or wave closing can come in between, so what
/// it reads is what its writes apply to.
///
/// When a method returns an error the closure must return it too (`?`), so the transaction
/// is rolled back: PostgreSQL refuses every later statement of a transaction in which one
/// failed. The exceptions, which leave the transaction usable, are documented.
pub struct ResponseEdit<'c> {
    conn: &'c mut PgConnection,
    id: Uuid,
    wave_id: i64,
    invitation_required: bool,
}

impl std::fmt::Debug for ResponseEdit<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ResponseEdit")
            .field("id", &self.id)
            .field("wave_id", &self.wave_id)
            .field("invitation_required", &self.invitation_required)
            .finish_non_exhaustive()
    }
}

impl ResponseEdit<'_> {
    pub fn id(&self) -> Uuid {
        self.id
    }

    pub fn wave_id(&self) -> i64 {
        self.wave_id
    }

    /// Whether submitting needs an invitation code.
    pub fn invitation_required(&self) -> bool {
        self.invitation_required
    }

    /// The response's answers as they are now (read after the lock was taken).
    pub fn answers(&mut self) -> Result<Vec<Answer>, StoreError> {
        load_answers(self.conn, self.id)
    }

    /// Replaces the answers to `page_question_ids` by `answers` and records the time, in one
    /// statement. A question of the page without answers ends up unanswered.
    ///
    /// Refused before anything is sent for answers to questions not in `page_question_ids`
    /// and for non-finite numbers ([`StoreError::InvalidAnswer`], the transaction stays
    /// usable).
    pub fn replace_page(
        &mut self,
        page_question_ids: &[&str],
        answers: &[NewAnswer],
    ) -> Result<(), StoreError> {
        let rows = answer_rows(self.id, page_question_ids, answers)?;
        ReplacePage::new(self.id, page_question_ids, rows)
            .execute(self.conn)
            .map_err(answer_error)?;
        Ok(())
    }

    /// Submits the response, using up an invitation when the wave requires one (see
    /// [`submit_response_with_invitation`]). [`StoreError::InvitationRequired`],
    /// [`StoreError::InvitationInvalid`] and [`StoreError::InvitationUsed`] leave the
    /// transaction usable: nothing was written.
    pub fn submit(&mut self, invitation: Option<&[u8; 32]>) -> Result<(), StoreError> {
        if self.invitation_required {
            use_invitation(self.conn, self.wave_id, invitation)?;
        }
        SubmitResponse { id: self.id }.execute(self.conn)?;
        Ok(())
    }

    /// Stores the hash of a new resume code (see [`set_resume_hash`]).
    pub fn set_resume_hash(&mut self, hash: &[u8; 32]) -> Result<(), StoreError> {
        diesel::update(responses::table.find(self.id))
            .set(responses::resume_hash.eq(hash.as_slice()))
            .execute(self.conn)
            .map_err(resume_hash_error)?;
        Ok(())
    }
}

/// Runs `edit` on a response in one transaction, with the response locked (`FOR NO KEY
/// UPDATE`) and its wave locked `FOR SHARE` by one statement, then commits when `edit`
/// returns `Ok` and rolls everything back when it returns `Err`.
///
/// Errors before `edit` runs: [`StoreError::UnknownResponse`],
/// [`StoreError::ResponseSubmitted`] (checked first, so a submitted response of a closed
/// wave is reported as submitted), [`StoreError::WaveNotOpen`].
pub fn edit_response<T, E>(
    conn: &mut PgConnection,
    response_id: Uuid,
    edit: impl FnOnce(&mut ResponseEdit<'_>) -> Result<T, E>,
) -> Result<T, E>
where
    E: From<StoreError>,
{
    let result = conn.transaction(|conn| {
        let locked = LockResponse { id: response_id }
            .load::<LockedRow>(conn)?
            .into_iter()
            .next();
        let Some(locked) = locked else {
            return Err(EditError::Failed(
                StoreError::UnknownResponse(response_id).into(),
            ));
        };
        if locked.status == ResponseStatus::Submitted {
            return Err(EditError::Failed(
                StoreError::ResponseSubmitted(response_id).into(),
            ));
        }
        if locked.wave_status != WaveStatus::Open {
            return Err(EditError::Failed(
                StoreError::WaveNotOpen {
                    survey: locked.survey_id,
                    label: locked.label,
                    status: locked.wave_status,
                }
                .into(),
            ));
        }
        let mut handle = ResponseEdit {
            conn,
            id: response_id,
            wave_id: locked.wave_id,
            invitation_required: locked.invitation_required,
        };
        edit(&mut handle).map_err(EditError::Failed)
    });
    result.map_err(|error| match error {
        EditError::Database(error) => StoreError::from(error).into(),
        EditError::Failed(error) => error,
    })
}

/// diesel's transaction wants an error type it can turn its own errors into.
enum EditError<E> {
    Database(DieselError),
    Failed(E),
}

impl<E> From<DieselError> for EditError<E> {
    fn from(error: DieselError) -> Self {
        EditError::Database(error)
    }
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
    // Checked before anything is locked.
    answer_rows(response_id, page_question_ids, answers)?;
    edit_response(conn, response_id, |edit| {
        edit.replace_page(page_question_ids, answers)
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
    match edit_response(conn, response_id, |edit| edit.submit(invitation)) {
        Ok(()) => Ok(true),
        Err(StoreError::ResponseSubmitted(_)) => Ok(false),
        Err(error) => Err(error),
    }
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
    // The lock keeps a concurrent submission from clearing the hash before this update
    // (which would then fail the responses_submitted_no_resume constraint).
    edit_response(conn, response_id, |edit| edit.set_resume_hash(hash))
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
        .map(|row| answer_from_row(response_id, row))
        .collect()
}

fn answer_from_row(response_id: Uuid, row: AnswerRow) -> Result<Answer, StoreError> {
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
}

// ---------------------------------------------------------------- statements kept prepared
//
// diesel keeps a statement prepared (parsed and planned once per connection) only when its
// text cannot change: not for `sql_query`, a multi-row INSERT or an UPDATE. These are the
// respondent path's statements, written out with their bind parameters so that they are.
// scripts/bench/gen-response-sql.sh copies their text: keep the two in step.

/// `INSERT ... SELECT` from the wave row, locked `FOR SHARE` and required to be open.
#[derive(Debug, Clone)]
struct StartResponse {
    id: Uuid,
    wave_id: i64,
    locale: String,
}

impl QueryFragment<Pg> for StartResponse {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, Pg>) -> QueryResult<()> {
        out.push_sql("INSERT INTO responses (id, wave_id, locale) SELECT ");
        out.push_bind_param::<SqlUuid, _>(&self.id)?;
        out.push_sql(", id, ");
        out.push_bind_param::<Text, _>(&self.locale)?;
        out.push_sql(" FROM waves WHERE id = ");
        out.push_bind_param::<BigInt, _>(&self.wave_id)?;
        out.push_sql(" AND status = 'open' FOR SHARE");
        Ok(())
    }
}

/// A response and its answers (none: one row of NULL answer columns).
#[derive(Debug, Clone, Copy)]
struct ResponseAndAnswers {
    id: Uuid,
}

impl QueryFragment<Pg> for ResponseAndAnswers {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, Pg>) -> QueryResult<()> {
        out.push_sql(
            "SELECT r.wave_id, r.status, a.question_id, a.item, a.seq, a.option_code, \
             a.number_value, a.text_value \
             FROM responses r LEFT JOIN answers a ON a.response_id = r.id WHERE r.id = ",
        );
        out.push_bind_param::<SqlUuid, _>(&self.id)?;
        out.push_sql(" ORDER BY a.question_id, a.item, a.seq");
        Ok(())
    }
}

#[derive(Debug, QueryableByName)]
struct ResponseAnswerRow {
    #[diesel(sql_type = BigInt)]
    wave_id: i64,
    #[diesel(sql_type = Text)]
    status: ResponseStatus,
    #[diesel(sql_type = Nullable<Text>)]
    question_id: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    item: Option<String>,
    #[diesel(sql_type = Nullable<SmallInt>)]
    seq: Option<i16>,
    #[diesel(sql_type = Nullable<Text>)]
    option_code: Option<String>,
    #[diesel(sql_type = Nullable<Double>)]
    number_value: Option<f64>,
    #[diesel(sql_type = Nullable<Text>)]
    text_value: Option<String>,
}

/// Locks a response for changes (`FOR NO KEY UPDATE`: only non-key columns change, so it
/// does not block the foreign key checks of inserts into answers) and its wave against
/// status changes (`FOR SHARE`: many respondents write at once while a close waits for them,
/// and they for it), and reads what the checks need.
#[derive(Debug, Clone, Copy)]
struct LockResponse {
    id: Uuid,
}

impl QueryFragment<Pg> for LockResponse {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, Pg>) -> QueryResult<()> {
        out.push_sql(
            "SELECT r.status, r.wave_id, w.status AS wave_status, w.survey_id, w.label, \
             w.invitation_required \
             FROM responses r JOIN waves w ON w.id = r.wave_id WHERE r.id = ",
        );
        out.push_bind_param::<SqlUuid, _>(&self.id)?;
        out.push_sql(" FOR NO KEY UPDATE OF r FOR SHARE OF w");
        Ok(())
    }
}

#[derive(Debug, QueryableByName)]
struct LockedRow {
    #[diesel(sql_type = Text)]
    status: ResponseStatus,
    #[diesel(sql_type = BigInt)]
    wave_id: i64,
    #[diesel(sql_type = Text)]
    wave_status: WaveStatus,
    #[diesel(sql_type = Text)]
    survey_id: String,
    #[diesel(sql_type = Text)]
    label: String,
    #[diesel(sql_type = Bool)]
    invitation_required: bool,
}

/// Deletes a page's answers, inserts the new ones and touches `updated_at`, in one
/// statement. The rows come as one array per column (`unnest`), so the text is the same for
/// any number of rows. The INSERT's condition reads the DELETE's result, which makes
/// PostgreSQL finish the delete before the first insert (sub-statements of a WITH otherwise
/// run in no defined order); a row deleted earlier in the same transaction does not count
/// against the unique keys.
#[derive(Debug, Clone)]
struct ReplacePage {
    id: Uuid,
    page_question_ids: Vec<String>,
    question_ids: Vec<String>,
    items: Vec<String>,
    seqs: Vec<i16>,
    option_codes: Vec<Option<String>>,
    number_values: Vec<Option<f64>>,
    text_values: Vec<Option<String>>,
}

impl ReplacePage {
    fn new(id: Uuid, page_question_ids: &[&str], rows: Vec<AnswerRow>) -> Self {
        let mut page = ReplacePage {
            id,
            page_question_ids: page_question_ids.iter().map(|q| (*q).to_owned()).collect(),
            question_ids: Vec::with_capacity(rows.len()),
            items: Vec::with_capacity(rows.len()),
            seqs: Vec::with_capacity(rows.len()),
            option_codes: Vec::with_capacity(rows.len()),
            number_values: Vec::with_capacity(rows.len()),
            text_values: Vec::with_capacity(rows.len()),
        };
        for row in rows {
            page.question_ids.push(row.question_id);
            page.items.push(row.item);
            page.seqs.push(row.seq);
            page.option_codes.push(row.option_code);
            page.number_values.push(row.number_value);
            page.text_values.push(row.text_value);
        }
        page
    }
}

impl QueryFragment<Pg> for ReplacePage {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, Pg>) -> QueryResult<()> {
        out.push_sql("WITH deleted AS (DELETE FROM answers WHERE response_id = ");
        out.push_bind_param::<SqlUuid, _>(&self.id)?;
        out.push_sql(" AND question_id = ANY(");
        out.push_bind_param::<Array<Text>, _>(&self.page_question_ids)?;
        out.push_sql(
            ") RETURNING 1), touched AS (UPDATE responses SET updated_at = now() WHERE id = ",
        );
        out.push_bind_param::<SqlUuid, _>(&self.id)?;
        out.push_sql(
            " RETURNING 1) INSERT INTO answers \
             (response_id, question_id, item, seq, option_code, number_value, text_value) \
             SELECT ",
        );
        out.push_bind_param::<SqlUuid, _>(&self.id)?;
        out.push_sql(", a.* FROM unnest(");
        out.push_bind_param::<Array<Text>, _>(&self.question_ids)?;
        out.push_sql(", ");
        out.push_bind_param::<Array<Text>, _>(&self.items)?;
        out.push_sql(", ");
        out.push_bind_param::<Array<SmallInt>, _>(&self.seqs)?;
        out.push_sql(", ");
        out.push_bind_param::<Array<Nullable<Text>>, _>(&self.option_codes)?;
        out.push_sql(", ");
        out.push_bind_param::<Array<Nullable<Double>>, _>(&self.number_values)?;
        out.push_sql(", ");
        out.push_bind_param::<Array<Nullable<Text>>, _>(&self.text_values)?;
        out.push_sql(
            ") AS a (question_id, item, seq, option_code, number_value, text_value) \
             WHERE (SELECT count(*) FROM deleted) >= 0 AND (SELECT count(*) FROM touched) >= 0",
        );
        Ok(())
    }
}

/// Marks a (locked, in-progress) response submitted and forgets its resume hash.
#[derive(Debug, Clone, Copy)]
struct SubmitResponse {
    id: Uuid,
}

impl QueryFragment<Pg> for SubmitResponse {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, Pg>) -> QueryResult<()> {
        out.push_sql(
            "UPDATE responses SET status = 'submitted', submitted_at = now(), \
             updated_at = now(), resume_hash = NULL WHERE id = ",
        );
        out.push_bind_param::<SqlUuid, _>(&self.id)?;
        Ok(())
    }
}

/// The statement types above: their text never changes, so diesel may cache them by type.
macro_rules! prepared {
    ($($query:ty => $sql_type:ty),+ $(,)?) => {
        $(
            impl QueryId for $query {
                type QueryId = $query;
                const HAS_STATIC_QUERY_ID: bool = true;
            }

            impl Query for $query {
                type SqlType = $sql_type;
            }

            impl RunQueryDsl<PgConnection> for $query {}
        )+
    };
}

prepared!(
    StartResponse => Untyped,
    ResponseAndAnswers => Untyped,
    LockResponse => Untyped,
    ReplacePage => Untyped,
    SubmitResponse => Untyped,
);
