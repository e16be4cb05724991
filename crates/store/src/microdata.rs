//! Respondent-level answers for analysts' microdata exports: every stored value of the
//! submitted responses of some waves, free text only when the caller asks for it.
//!
//! Unlike the long CSV export ([`crate::export_answers_csv`]), which streams for the
//! analysis, this loads the values: a microdata file is built in memory anyway (XLSX,
//! Parquet), and a wave of a city survey is thousands of respondents, not millions.

use diesel::prelude::*;
use uuid::Uuid;

use crate::error::StoreError;
use crate::export::export_waves;
use crate::models::{ResponseStatus, Wave};
use crate::schema::{answers, responses};

/// One stored answer value.
#[derive(Debug, Clone, PartialEq, Queryable)]
pub struct StoredValue {
    pub response_id: Uuid,
    pub question_id: String,
    /// The matrix row; empty for questions without rows.
    pub item: String,
    pub option_code: Option<String>,
    pub number_value: Option<f64>,
    pub text_value: Option<String>,
}

/// The submitted responses of some waves and their answers.
#[derive(Debug, Clone, PartialEq)]
pub struct Microdata {
    /// In the order asked for (see [`export_waves`]).
    pub waves: Vec<Wave>,
    /// (index into `waves`, response id), by wave then id.
    pub respondents: Vec<(usize, Uuid)>,
    /// By response, question, item and the order of a multiple choice's codes.
    pub answers: Vec<StoredValue>,
}

/// The submitted responses of `wave_labels` (all waves when empty) of a survey with their
/// answers, read in one repeatable-read snapshot. Free-text values are left out (not even
/// their rows are read) unless `with_text`.
///
/// Errors: [`StoreError::UnknownSurvey`], [`StoreError::UnknownWave`].
pub fn respondent_answers(
    conn: &mut PgConnection,
    survey_id: &str,
    wave_labels: &[&str],
    with_text: bool,
) -> Result<Microdata, StoreError> {
    conn.build_transaction()
        .read_only()
        .repeatable_read()
        .run(|conn| {
            let waves = export_waves(conn, survey_id, wave_labels)?;
            let ids: Vec<i64> = waves.iter().map(|w| w.id).collect();
            let found: Vec<(i64, Uuid)> = responses::table
                .filter(responses::wave_id.eq_any(&ids))
                .filter(responses::status.eq(ResponseStatus::Submitted))
                .select((responses::wave_id, responses::id))
                .load(conn)?;
            let mut respondents: Vec<(usize, Uuid)> = found
                .into_iter()
                .filter_map(|(wave_id, id)| ids.iter().position(|w| *w == wave_id).map(|i| (i, id)))
                .collect();
            respondents.sort();
            let mut query = answers::table
                .inner_join(responses::table)
                .filter(responses::wave_id.eq_any(&ids))
                .filter(responses::status.eq(ResponseStatus::Submitted))
                .select((
                    answers::response_id,
                    answers::question_id,
                    answers::item,
                    answers::option_code,
                    answers::number_value,
                    answers::text_value,
                ))
                .order((
                    answers::response_id,
                    answers::question_id,
                    answers::item,
                    answers::seq,
                ))
                .into_boxed();
            if !with_text {
                query = query.filter(answers::text_value.is_null());
            }
            let answers = query.load::<StoredValue>(conn)?;
            Ok(Microdata {
                waves,
                respondents,
                answers,
            })
        })
}
