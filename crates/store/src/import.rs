//! Importing a whole earlier round: a closed wave with its submitted responses, in one
//! transaction.
//!
//! Meant for rounds fielded before atmos (or with another tool) that are to be compared with
//! the waves atmos collects, e.g. by a later `atmos wave import FILE`, and for `atmos demo`'s
//! synthetic waves. The caller is responsible for the answers matching the questionnaire (the
//! store does not interpret questionnaires); this module checks what the database would refuse,
//! with the position of the offending response, and writes the rows with multi-row inserts.

use std::collections::HashSet;
use std::convert::Infallible;
use std::fmt;

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use uuid::Uuid;

use crate::error::{StoreError, generic};
use crate::models::{AnswerValue, NewAnswer, ResponseStatus, Wave};
use crate::responses::{AnswerRow, answer_error, number_rows};
use crate::schema::{answers, responses};
use crate::waves::{NewWave, check_planned_period, insert_wave};

/// PostgreSQL accepts at most 65,535 bind parameters in one statement; a row of `answers` or
/// `responses` takes 7, so a statement carries at most this many rows (56,000 parameters).
const ROWS_PER_STATEMENT: usize = 8_000;

/// One submitted response of an imported round.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedResponse {
    /// BCP 47 tag of the language the form was answered in, e.g. `fi` or `pt-BR`.
    pub locale: String,
    pub started_at: DateTime<Utc>,
    /// Also stored as the response's `updated_at`.
    pub submitted_at: DateTime<Utc>,
    /// Several answers with the same question and item are the codes of a multiple-choice
    /// question, in this order.
    pub answers: Vec<NewAnswer>,
}

/// What [`import_wave`] wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportSummary {
    /// The new wave, closed.
    pub wave: Wave,
    pub responses: u64,
    /// Answer rows (one per chosen code of a multiple-choice question).
    pub answers: u64,
}

/// Creates a closed wave of an earlier round with its submitted responses, all or nothing:
/// one transaction, so after any error neither the wave nor any response exists.
///
/// The wave runs the survey's latest questionnaire version, like [`crate::create_wave`]; the
/// responses' answers must fit that questionnaire (not checked here). `opened_at` and
/// `closed_at` are when the round actually took answers; every response must have been started
/// and submitted within them (`opened_at <= started_at <= submitted_at <= closed_at`). The
/// planned period `new.opens_at..new.closes_at` must not overlap another wave's, as always.
/// Response ids are new random UUIDs; rows are written with multi-row inserts of up to
/// 8,000 rows, so hundreds of thousands of answers take seconds. `responses` is consumed
/// lazily, so a caller may generate or parse them as they are written.
///
/// Errors: [`StoreError::UnknownSurvey`], [`StoreError::WaveExists`] (the label is taken:
/// nothing is written, so importing the same round twice is refused, not duplicated),
/// [`StoreError::WaveOverlap`], [`StoreError::InvalidPeriod`] (for the planned period or for
/// `closed_at` not after `opened_at`), and [`StoreError::InvalidImport`] naming the first
/// response (counting from 1) with a bad locale, times outside the round, an empty question id
/// or option code, a non-finite number or the same code twice for one item.
pub fn import_wave<I>(
    conn: &mut PgConnection,
    new: &NewWave,
    opened_at: DateTime<Utc>,
    closed_at: DateTime<Utc>,
    responses: I,
) -> Result<ImportSummary, StoreError>
where
    I: IntoIterator<Item = ImportedResponse>,
{
    try_import_wave(
        conn,
        new,
        opened_at,
        closed_at,
        responses.into_iter().map(Ok::<_, Infallible>),
    )
}

/// [`import_wave`] for responses that are read or made as they are written and may fail
/// (a file parsed line by line, a generator): an `Err` item ends the import with
/// [`StoreError::InvalidImport`] carrying its position and message, and nothing is stored.
pub fn try_import_wave<I, E>(
    conn: &mut PgConnection,
    new: &NewWave,
    opened_at: DateTime<Utc>,
    closed_at: DateTime<Utc>,
    responses: I,
) -> Result<ImportSummary, StoreError>
where
    I: IntoIterator<Item = Result<ImportedResponse, E>>,
    E: fmt::Display,
{
    check_planned_period(new)?;
    if closed_at <= opened_at {
        return Err(StoreError::InvalidPeriod {
            opens_at: opened_at,
            closes_at: closed_at,
        });
    }
    conn.transaction(|conn| {
        let wave = insert_wave(conn, new, Some((opened_at, closed_at)))?;
        let mut batch = Batch::default();
        let mut summary = ImportSummary {
            wave,
            responses: 0,
            answers: 0,
        };
        for (index, response) in responses.into_iter().enumerate() {
            let invalid = |reason: String| StoreError::InvalidImport {
                position: index + 1,
                reason,
            };
            let response = response.map_err(|e| invalid(e.to_string()))?;
            check_response(&response, opened_at, closed_at).map_err(invalid)?;
            let id = Uuid::new_v4();
            let rows = number_rows(id, &response.answers).map_err(invalid)?;
            batch.responses.push(ResponseRow {
                id,
                wave_id: summary.wave.id,
                locale: response.locale,
                status: ResponseStatus::Submitted,
                started_at: response.started_at,
                updated_at: response.submitted_at,
                submitted_at: Some(response.submitted_at),
            });
            summary.responses += 1;
            summary.answers += rows.len() as u64;
            batch.answers.extend(rows);
            if batch.answers.len() >= ROWS_PER_STATEMENT
                || batch.responses.len() >= ROWS_PER_STATEMENT
            {
                batch.flush(conn)?;
            }
        }
        batch.flush(conn)?;
        tracing::info!(
            survey = %summary.wave.survey_id,
            label = %summary.wave.label,
            responses = summary.responses,
            answers = summary.answers,
            "imported wave"
        );
        Ok(summary)
    })
}

/// Row as inserted into `responses` by an import.
#[derive(Debug, Insertable)]
#[diesel(table_name = responses, check_for_backend(diesel::pg::Pg))]
struct ResponseRow {
    id: Uuid,
    wave_id: i64,
    locale: String,
    status: ResponseStatus,
    started_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    submitted_at: Option<DateTime<Utc>>,
}

/// Rows waiting to be written: responses first (the answers refer to them).
#[derive(Debug, Default)]
struct Batch {
    responses: Vec<ResponseRow>,
    answers: Vec<AnswerRow>,
}

impl Batch {
    fn flush(&mut self, conn: &mut PgConnection) -> Result<(), StoreError> {
        for chunk in self.responses.chunks(ROWS_PER_STATEMENT) {
            diesel::insert_into(responses::table)
                .values(chunk)
                .execute(conn)
                .map_err(generic)?;
        }
        for chunk in self.answers.chunks(ROWS_PER_STATEMENT) {
            diesel::insert_into(answers::table)
                .values(chunk)
                .execute(conn)
                .map_err(answer_error)?;
        }
        self.responses.clear();
        self.answers.clear();
        Ok(())
    }
}

/// What the database's constraints would refuse, found before writing so that the error can
/// say which response it is.
fn check_response(
    response: &ImportedResponse,
    opened_at: DateTime<Utc>,
    closed_at: DateTime<Utc>,
) -> Result<(), String> {
    if !is_locale_tag(&response.locale) {
        return Err(format!(
            "{:?} is not a language tag such as \"fi\" or \"pt-BR\"",
            response.locale
        ));
    }
    let (started, submitted) = (response.started_at, response.submitted_at);
    if started < opened_at || submitted > closed_at {
        return Err(format!(
            "answered {started} - {submitted}, outside the round's {opened_at} - {closed_at}"
        ));
    }
    if submitted < started {
        return Err(format!(
            "submitted ({submitted}) before started ({started})"
        ));
    }
    let mut codes: HashSet<(&str, &str, &str)> = HashSet::new();
    for answer in &response.answers {
        if answer.question_id.is_empty() {
            return Err("an answer has an empty question id".to_owned());
        }
        if let AnswerValue::Option(code) = &answer.value {
            if code.is_empty() {
                return Err(format!(
                    "question {:?}: empty option code",
                    answer.question_id
                ));
            }
            if !codes.insert((&answer.question_id, &answer.item, code)) {
                return Err(format!(
                    "question {:?}: code {code:?} chosen twice",
                    answer.question_id
                ));
            }
        }
    }
    Ok(())
}

/// The form the `responses_locale_format` constraint requires:
/// `^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$`.
fn is_locale_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language_ok = parts
        .next()
        .is_some_and(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()));
    language_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::is_locale_tag;

    #[test]
    fn locale_tags_as_the_constraint_defines_them() {
        for ok in ["fi", "en", "pt-BR", "zh-Hant-TW", "sr-Latn"] {
            assert!(is_locale_tag(ok), "{ok}");
        }
        for bad in [
            "",
            "f",
            "fi-",
            "fi_FI",
            "123",
            "fi--x",
            "toolonglang",
            "fi-123456789",
        ] {
            assert!(!is_locale_tag(bad), "{bad}");
        }
    }
}
