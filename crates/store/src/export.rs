//! Exporting a survey's submitted answers for analysis, streamed with PostgreSQL `COPY ... TO
//! STDOUT` as CSV.
//!
//! The export is long: one line per stored answer value, with the columns
//!
//! | column | content |
//! |---|---|
//! | `wave` | the wave's label |
//! | `response_id` | the response's random UUID |
//! | `question_id` | the question; empty for a response without any exported answer |
//! | `item` | the matrix row; empty for questions without rows |
//! | `option_code` | a chosen option's code (one line per code of a multiple choice) |
//! | `number_value` | a number answer, written so that it reads back to the same `f64` |
//!
//! Every submitted response of the exported waves appears at least once: a response that has
//! none of the requested answers gets one line with only `wave` and `response_id`, so the
//! analysis sees every respondent of a wave (the variance of an estimate counts them all).
//! In-progress responses are never exported.
//!
//! **Free text is never exported.** The query does not select `text_value`, and answers that
//! hold a text are not joined at all, so not even the fact that a respondent wrote something
//! leaves the database through this path.
//!
//! One read-only, repeatable-read transaction covers the wave lookup, the response counts and
//! the `COPY`, so they describe one snapshot. The parameters (wave ids, question ids) reach the
//! `COPY` through transaction-local settings (`set_config(..., true)`), because PostgreSQL's
//! `COPY (query)` takes no bind parameters; nothing is ever formatted into the SQL text.

use std::io::{BufRead, Write};

use diesel::pg::{CopyFormat, CopyTarget, Pg};
use diesel::prelude::*;
use diesel::query_builder::AstPass;
use diesel::sql_types::{Float8, Nullable, Text, Uuid as SqlUuid};

use crate::error::StoreError;
use crate::models::{ResponseStatus, Wave};
use crate::schema::{answers, responses, waves};
use crate::surveys::survey_exists;

/// The CSV header line of an export.
pub const EXPORT_COLUMNS: [&str; 6] = [
    "wave",
    "response_id",
    "question_id",
    "item",
    "option_code",
    "number_value",
];

/// One exported wave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportedWave {
    pub label: String,
    pub wave_id: i64,
    /// The questionnaire version the wave ran (`questionnaires.id`): its snapshot defines the
    /// questions, codes, indicators and margins the answers belong to.
    pub questionnaire_id: i64,
    /// Submitted responses of the wave, each at least one line of the export.
    pub responses: u64,
}

/// What [`export_answers_csv`] wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportSummary {
    /// The waves, in the export's order.
    pub waves: Vec<ExportedWave>,
    /// CSV records written, without the header.
    pub rows: u64,
    /// Bytes written, with the header.
    pub bytes: u64,
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The `COPY` stream from the server broke off.
    #[error("reading the answers from PostgreSQL failed")]
    Read(#[source] std::io::Error),
    /// The sink refused the data. The rest of the stream was read and discarded, so the
    /// connection stays usable.
    #[error("writing the exported answers failed")]
    Write(#[source] std::io::Error),
}

impl From<diesel::result::Error> for ExportError {
    fn from(error: diesel::result::Error) -> Self {
        Self::Store(StoreError::from(error))
    }
}

/// The waves of a survey an export covers, in order: the waves named by `labels` in that
/// order, or with no labels every wave of the survey by planned opening (waves without a
/// planned period last), then creation. Each carries its `questionnaire_id`, so the caller can
/// load the questionnaire the answers belong to before exporting them.
///
/// Errors: [`StoreError::UnknownSurvey`], [`StoreError::UnknownWave`] for the first unknown
/// label.
pub fn export_waves(
    conn: &mut PgConnection,
    survey_id: &str,
    labels: &[&str],
) -> Result<Vec<Wave>, StoreError> {
    if !survey_exists(conn, survey_id)? {
        return Err(StoreError::UnknownSurvey(survey_id.to_owned()));
    }
    let all: Vec<Wave> = waves::table
        .filter(waves::survey_id.eq(survey_id))
        .order((
            waves::opens_at.asc().nulls_last(),
            waves::created_at,
            waves::id,
        ))
        .select(Wave::as_select())
        .load(conn)?;
    if labels.is_empty() {
        return Ok(all);
    }
    labels
        .iter()
        .map(|label| {
            all.iter()
                .find(|w| w.label == *label)
                .cloned()
                .ok_or_else(|| StoreError::UnknownWave {
                    survey: survey_id.to_owned(),
                    label: (*label).to_owned(),
                })
        })
        .collect()
}

/// Streams the submitted answers of `wave_labels` (all waves when empty, see
/// [`export_waves`]) of a survey to `sink` as CSV with a header line ([`EXPORT_COLUMNS`]; see
/// the module documentation). `questions` limits the export to those question ids (`None`:
/// every question); a response keeps its line even when it answered none of them.
///
/// Lines are ordered by wave (in the order of [`ExportSummary::waves`]), response id,
/// question, item and the order of a multiple choice's codes.
pub fn export_answers_csv(
    conn: &mut PgConnection,
    survey_id: &str,
    wave_labels: &[&str],
    questions: Option<&[&str]>,
    sink: &mut impl Write,
) -> Result<ExportSummary, ExportError> {
    conn.build_transaction()
        .read_only()
        .repeatable_read()
        .run(|conn| {
            let waves = export_waves(conn, survey_id, wave_labels)?;
            let ids: Vec<i64> = waves.iter().map(|w| w.id).collect();
            let counts: Vec<(i64, i64)> = responses::table
                .filter(responses::wave_id.eq_any(&ids))
                .filter(responses::status.eq(ResponseStatus::Submitted))
                .group_by(responses::wave_id)
                .select((responses::wave_id, diesel::dsl::count_star()))
                .load(conn)
                .map_err(StoreError::from)?;
            let exported = waves
                .iter()
                .map(|w| ExportedWave {
                    label: w.label.clone(),
                    wave_id: w.id,
                    questionnaire_id: w.questionnaire_id,
                    responses: counts
                        .iter()
                        .find(|(id, _)| *id == w.id)
                        .map_or(0, |(_, n)| u64::try_from(*n).unwrap_or(0)),
                })
                .collect();

            let questions = match questions {
                None => serde_json::Value::Null,
                Some(q) => serde_json::Value::from(q.to_vec()),
            };
            set_local(
                conn,
                "atmos.export_waves",
                &serde_json::Value::from(ids).to_string(),
            )?;
            set_local(conn, "atmos.export_questions", &questions.to_string())?;
            // The shortest text that reads back to the same double (PostgreSQL 12 and later;
            // older servers then print 17 significant digits, also exact).
            set_local(conn, "extra_float_digits", "3")?;

            let mut reader = diesel::copy_to(AnswerExport)
                .with_format(CopyFormat::Csv)
                .with_header(true)
                .load_raw(conn)
                .map_err(StoreError::from)?;
            let (rows, bytes) = stream(&mut reader, sink)?;
            Ok(ExportSummary {
                waves: exported,
                rows,
                bytes,
            })
        })
}

/// Copies the `COPY` stream to the sink, counting records and bytes. After a write error the
/// stream is still read to its end, so the connection leaves the COPY state cleanly.
fn stream(reader: &mut impl BufRead, sink: &mut impl Write) -> Result<(u64, u64), ExportError> {
    let mut lines = RecordCounter::default();
    let mut bytes = 0_u64;
    let mut write_error = None;
    loop {
        let chunk = reader.fill_buf().map_err(ExportError::Read)?;
        if chunk.is_empty() {
            break;
        }
        let len = chunk.len();
        if write_error.is_none() {
            lines.feed(chunk);
            bytes += len as u64;
            if let Err(error) = sink.write_all(chunk) {
                write_error = Some(error);
            }
        }
        reader.consume(len);
    }
    if write_error.is_none()
        && let Err(error) = sink.flush()
    {
        write_error = Some(error);
    }
    match write_error {
        Some(error) => Err(ExportError::Write(error)),
        None => Ok((lines.records.saturating_sub(1), bytes)),
    }
}

/// Counts CSV records (line ends outside quotes).
#[derive(Debug, Default)]
struct RecordCounter {
    records: u64,
    quoted: bool,
}

impl RecordCounter {
    fn feed(&mut self, chunk: &[u8]) {
        for &b in chunk {
            match b {
                b'"' => self.quoted = !self.quoted,
                b'\n' if !self.quoted => self.records += 1,
                _ => {}
            }
        }
    }
}

fn set_local(conn: &mut PgConnection, name: &str, value: &str) -> Result<(), StoreError> {
    diesel::select(set_config(name, value, true)).execute(conn)?;
    Ok(())
}

diesel::define_sql_function! {
    /// PostgreSQL's `set_config(name, value, is_local)`.
    fn set_config(name: Text, value: Text, is_local: diesel::sql_types::Bool) -> Text;
}

/// The `COPY` source: a query over waves, responses and answers whose parameters come from the
/// transaction-local settings `atmos.export_waves` (JSON array of wave ids, also giving the
/// order) and `atmos.export_questions` (JSON array of question ids, or `null` for all).
#[derive(Debug, Clone, Copy)]
struct AnswerExport;

const EXPORT_QUERY: &str = "(\
    SELECT w.label AS wave, r.id AS response_id, a.question_id, NULLIF(a.item, '') AS item, \
           a.option_code, a.number_value \
    FROM jsonb_array_elements_text(current_setting('atmos.export_waves')::jsonb) \
         WITH ORDINALITY AS chosen(wave_id, position) \
    JOIN waves w ON w.id = chosen.wave_id::bigint \
    JOIN responses r ON r.wave_id = w.id AND r.status = 'submitted' \
    LEFT JOIN answers a ON a.response_id = r.id \
         AND a.text_value IS NULL \
         AND (current_setting('atmos.export_questions') = 'null' \
              OR a.question_id IN (SELECT jsonb_array_elements_text(\
                     current_setting('atmos.export_questions')::jsonb))) \
    ORDER BY chosen.position, r.id, a.question_id, a.item, a.seq\
)";

impl CopyTarget for AnswerExport {
    type Table = answers::table;
    type SqlType = (
        Text,
        SqlUuid,
        Nullable<Text>,
        Nullable<Text>,
        Nullable<Text>,
        Nullable<Float8>,
    );

    fn walk_target(mut pass: AstPass<'_, '_, Pg>) -> QueryResult<()> {
        pass.push_sql(EXPORT_QUERY);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::RecordCounter;

    #[test]
    fn counts_records_outside_quotes() {
        let mut counter = RecordCounter::default();
        counter.feed(b"a,b\n\"x\ny\",2\n");
        counter.feed(b"\"q\"\"\",3\n");
        assert_eq!(counter.records, 3);
    }
}
