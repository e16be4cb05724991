//! The survey's indicators for the dashboard: the same table as `atmos analyze` (weighted,
//! with intervals and small cells hidden), computed from the database and kept for a minute
//! per (survey, breakdown), so a page and its charts are computed once.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use atmos_analysis::frame::from_long_csv;
use atmos_analysis::{IndicatorTable, Plan, Request, build_table};
use atmos_store::PgConnection;
use atmos_survey::Survey;

use crate::error::WebError;

/// A computed table and the questionnaire its indicators come from.
#[derive(Debug)]
pub struct Analysed {
    pub table: IndicatorTable,
    pub survey: Survey,
    /// (wave label, questionnaire id) for the charts' version breaks.
    pub questionnaires: Vec<(String, String)>,
    /// Waves with answers left out: no population margins to weight them to (yet).
    pub without_margins: Vec<String>,
    /// Waves left out because their answers cannot be raked to their margins: (wave, why).
    pub unweighted: Vec<(String, String)>,
}

/// How long a computed table is shown before it is computed again: answers keep arriving
/// while a wave is open.
const KEEP: Duration = Duration::from_secs(60);

/// (survey, breakdown, small cells hidden).
type Key = (String, Option<String>, bool);

#[derive(Debug, Default)]
pub struct Insights {
    computed: Mutex<HashMap<Key, (Instant, Arc<Analysed>)>>,
}

impl Insights {
    /// The table of every wave of `survey` with submitted responses and population margins,
    /// whole waves and, with `by`, that breakdown's groups. `Ok(None)` for a survey without
    /// such waves. `hidden`: small cells suppressed (always, except for analysts who ask).
    pub fn get(
        &self,
        conn: &mut PgConnection,
        survey: &str,
        by: Option<&str>,
        hidden: bool,
    ) -> Result<Option<Arc<Analysed>>, WebError> {
        let key = (survey.to_owned(), by.map(str::to_owned), hidden);
        if let Some((_, found)) = self
            .computed
            .lock()
            .ok()
            .and_then(|m| m.get(&key).cloned())
            .filter(|(at, _)| at.elapsed() < KEEP)
        {
            return Ok(Some(found));
        }
        let Some(analysed) = analyse(conn, survey, by, hidden)? else {
            return Ok(None);
        };
        let analysed = Arc::new(analysed);
        if let Ok(mut m) = self.computed.lock() {
            // Bounded by surveys × breakdowns; expired entries are dropped on the way.
            m.retain(|_, (at, _)| at.elapsed() < KEEP);
            m.insert(key, (Instant::now(), analysed.clone()));
        }
        Ok(Some(analysed))
    }

    /// Forgets every computed table: new margins change the weights.
    pub fn clear(&self) {
        if let Ok(mut m) = self.computed.lock() {
            m.clear();
        }
    }
}

/// The survey with each wave's uploaded margins in place of the questionnaire's.
pub fn with_uploaded_margins(
    conn: &mut PgConnection,
    mut survey: Survey,
) -> Result<Survey, WebError> {
    for up in atmos_store::uploaded_margins(conn, &survey.id)? {
        let margins = serde_json::from_value(up.margins).map_err(|e| {
            atmos_store::StoreError::Corrupt(format!("margins of wave {}: {e}", up.wave))
        })?;
        survey.margins.retain(|m| m.wave != up.wave);
        survey.margins.push(atmos_survey::WaveMargins {
            wave: up.wave,
            source: up.source,
            margins,
        });
    }
    Ok(survey)
}

fn analyse(
    conn: &mut PgConnection,
    survey_id: &str,
    by: Option<&str>,
    hidden: bool,
) -> Result<Option<Analysed>, WebError> {
    let summaries = match atmos_store::list_waves(conn, Some(survey_id)) {
        Ok(summaries) => summaries,
        Err(atmos_store::StoreError::UnknownSurvey(_)) => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    let answered: Vec<&atmos_store::WaveSummary> = summaries
        .iter()
        .filter(|w| w.responses_submitted > 0)
        .collect();
    let Some(defining) = answered.last() else {
        return Ok(None);
    };
    let stored =
        atmos_store::questionnaire(conn, defining.wave.questionnaire_id)?.ok_or_else(|| {
            atmos_store::StoreError::Corrupt(format!(
                "the questionnaire of wave {} is missing",
                defining.wave.label
            ))
        })?;
    let survey =
        Survey::from_snapshot(stored.definition).map_err(|source| WebError::Questionnaire {
            id: defining.wave.questionnaire_id,
            source,
        })?;
    let survey = with_uploaded_margins(conn, survey)?;
    // Estimates are weighted to each wave's population margins; a wave without them (the
    // running one, before the statistics office's figures are in) is left out and named.
    let (weighted, without): (Vec<&atmos_store::WaveSummary>, Vec<_>) = answered
        .iter()
        .partition(|w| survey.margins.iter().any(|m| m.wave == w.wave.label));
    if weighted.is_empty() {
        return Ok(None);
    }
    let mut labels: Vec<&str> = weighted.iter().map(|w| w.wave.label.as_str()).collect();
    // A wave whose answers cannot be raked to its margins (a margin group without any
    // respondent, typical of a wave that has just opened) is left out and named, so one new
    // wave does not take the earlier ones' indicators away; with none left, the error stands.
    let mut unweighted: Vec<(String, String)> = Vec::new();
    let table = loop {
        let result = table_of(conn, &survey, survey_id, &labels, by, hidden);
        match result.as_ref().err().and_then(unusable_wave) {
            Some((wave, why)) if labels.len() > 1 && labels.contains(&wave.as_str()) => {
                labels.retain(|l| *l != wave);
                unweighted.push((wave, why));
            }
            _ => break result?,
        }
    };
    let weighted: Vec<&&atmos_store::WaveSummary> = weighted
        .iter()
        .filter(|w| labels.contains(&w.wave.label.as_str()))
        .collect();
    let questionnaires = weighted
        .iter()
        .map(|w| (w.wave.label.clone(), w.wave.questionnaire_id.to_string()))
        .collect();
    Ok(Some(Analysed {
        table,
        survey,
        questionnaires,
        without_margins: without.iter().map(|w| w.wave.label.clone()).collect(),
        unweighted,
    }))
}

/// The wave an error is about when that wave's answers cannot be estimated yet (too few
/// respondents, or none in a group of a weighting margin), and why.
pub fn unusable_wave(e: &WebError) -> Option<(String, String)> {
    match e {
        WebError::Table(atmos_analysis::TableError::Weighting { wave, source }) => {
            Some((wave.clone(), source.to_string()))
        }
        WebError::Table(t @ atmos_analysis::TableError::TooFewRespondents { wave, .. }) => {
            Some((wave.clone(), t.to_string()))
        }
        _ => None,
    }
}

/// The indicator table of the waves `labels`: their answers exported in memory, read into a
/// frame and computed as `atmos analyze` does.
fn table_of(
    conn: &mut PgConnection,
    survey: &Survey,
    survey_id: &str,
    labels: &[&str],
    by: Option<&str>,
    hidden: bool,
) -> Result<IndicatorTable, WebError> {
    let request = Request {
        breakdowns: by.map(|b| vec![b.to_owned()]).unwrap_or_default(),
        waves: labels.iter().map(|l| (*l).to_owned()).collect(),
        min_n: if hidden {
            atmos_analysis::DEFAULT_MIN_N
        } else {
            0
        },
        ..Request::default()
    };
    let plan = Plan::new(survey, request)?;
    let questions = plan.questions();
    let questions: Vec<&str> = questions.iter().map(String::as_str).collect();
    let mut csv = Vec::new();
    let summary =
        atmos_store::export_answers_csv(conn, survey_id, labels, Some(&questions), &mut csv)?;
    let order: Vec<String> = summary.waves.iter().map(|w| w.label.clone()).collect();
    let frame = from_long_csv(csv, &plan, &order)?;
    Ok(build_table(&plan, &frame)?)
}
