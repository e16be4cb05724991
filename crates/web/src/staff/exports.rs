//! Analysts' respondent-level microdata downloads (CSV, Parquet, XLSX with a codebook), the
//! page that asks which waves and whether free text, and the indicator table as JSON.
//! Every download is written to the audit log before its bytes leave.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use atmos_charts::SurveyLabels;
use atmos_store::StoreError;

use super::microdata;
use super::params::Params;
use super::{Frame, StaffReq, auth, chart_locale, download, refusal, run, signed_in};
use std::sync::Arc;

use crate::error::WebError;
use crate::state::{AppState, Db, Questionnaire};
use crate::views::{Chrome, Msg};

/// The formats of a microdata download: (parameter, content type, file extension).
const FORMATS: [(&str, &str, &str); 3] = [
    ("csv", "text/csv; charset=utf-8", "csv"),
    (
        "xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "xlsx",
    ),
    ("parquet", "application/vnd.apache.parquet", "parquet"),
];

#[derive(Template)]
#[template(path = "staff_microdata.html")]
struct MicrodataPage {
    chrome: Chrome,
    heading: Msg,
    back: Msg,
    back_href: String,
    lead: Msg,
    action: String,
    waves_legend: Msg,
    waves: Vec<(String, i64)>,
    format_legend: Msg,
    formats: Vec<(String, Msg)>,
    free_text_label: Msg,
    free_text_hint: Msg,
    submit: Msg,
}

pub async fn microdata_page(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let r = StaffReq::new(&req, &state);
    let survey_id = super::survey_param(&req);
    run(state, move |state, db| {
        or_answer!(signed_in(state, db, &r, auth::may_use_microdata)?);
        let f = Frame::new(state, &r);
        let waves = match atmos_store::list_waves(db.conn()?, Some(&survey_id)) {
            Ok(w) => w,
            Err(StoreError::UnknownSurvey(_)) => {
                return refusal(&f, StatusCode::NOT_FOUND, "dash-error-unknown-wave");
            }
            Err(e) => return Err(e.into()),
        };
        let heading = f.t("dash-microdata-title");
        let page = MicrodataPage {
            chrome: f.chrome(&heading),
            heading,
            back: f.t("dash-back-survey"),
            back_href: format!("/dashboard/surveys/{survey_id}"),
            lead: f.t("dash-microdata-lead"),
            action: format!("/dashboard/surveys/{survey_id}/microdata/download"),
            waves_legend: f.t("dash-microdata-waves"),
            waves: waves
                .iter()
                .filter(|w| w.responses_submitted > 0)
                .map(|w| (w.wave.label.clone(), w.responses_submitted))
                .collect(),
            format_legend: f.t("dash-microdata-format"),
            formats: FORMATS
                .iter()
                .map(|(id, _, _)| ((*id).to_owned(), f.t(&format!("dash-format-{id}"))))
                .collect(),
            free_text_label: f.t("dash-microdata-free-text"),
            free_text_hint: f.t("dash-microdata-free-text-hint"),
            submit: f.t("dash-microdata-submit"),
        };
        Ok(f.page(StatusCode::OK, page.render()?))
    })
    .await
}

pub async fn microdata_download(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let r = StaffReq::new(&req, &state);
    let survey_id = super::survey_param(&req);
    let params = Params::of(&req);
    run(state, move |state, db| {
        let user = or_answer!(signed_in(state, db, &r, auth::may_use_microdata)?).user;
        let f = Frame::new(state, &r);
        let Some((format, content_type, ext)) = FORMATS
            .iter()
            .find(|(id, _, _)| Some(*id) == params.get("format"))
        else {
            return refusal(&f, StatusCode::BAD_REQUEST, "dash-error-format");
        };
        let free_text = params.flag("free_text");
        let labels = params.all("wave");
        let built = match build(state, db, &survey_id, &labels, free_text)? {
            Ok(built) => built,
            Err(Gap::UnknownWave) => {
                return refusal(&f, StatusCode::NOT_FOUND, "dash-error-unknown-wave");
            }
            Err(Gap::NoData) => return refusal(&f, StatusCode::NOT_FOUND, "dash-error-no-data"),
        };
        let table = &built.table;
        let bytes = match *format {
            "csv" => microdata::to_csv(table)?,
            "parquet" => microdata::to_parquet(table)?,
            _ => {
                let latest = &built.latest.survey;
                let labels = SurveyLabels::new(latest, &state.catalog, chart_locale(&f));
                microdata::to_xlsx(table, &labels, latest)?
            }
        };
        download(
            db,
            &user,
            "microdata",
            serde_json::json!({
                "survey": survey_id,
                "waves": built.waves,
                "format": format,
                "free_text": free_text,
                "respondents": table.rows.len(),
            }),
            content_type,
            &format!("{survey_id}-microdata.{ext}"),
            bytes,
        )
    })
    .await
}

/// Why there is no microdata to give.
pub(crate) enum Gap {
    UnknownWave,
    NoData,
}

/// Microdata built for a download, with the latest wave's questionnaire (for the codebook).
pub(crate) struct Built {
    pub table: microdata::Table,
    pub latest: Arc<Questionnaire>,
    pub waves: Vec<String>,
}

/// The microdata of the waves `labels` (all when empty) of a survey.
pub(crate) fn build(
    state: &AppState,
    db: &mut Db<'_>,
    survey_id: &str,
    labels: &[String],
    free_text: bool,
) -> Result<Result<Built, Gap>, WebError> {
    let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
    let data = match atmos_store::respondent_answers(db.conn()?, survey_id, &labels, free_text) {
        Ok(data) => data,
        Err(StoreError::UnknownSurvey(_) | StoreError::UnknownWave { .. }) => {
            return Ok(Err(Gap::UnknownWave));
        }
        Err(e) => return Err(e.into()),
    };
    if data.respondents.is_empty() {
        return Ok(Err(Gap::NoData));
    }
    let mut questionnaires: Vec<(i64, Arc<Questionnaire>)> = Vec::new();
    for w in &data.waves {
        if !questionnaires
            .iter()
            .any(|(id, _)| *id == w.questionnaire_id)
        {
            questionnaires.push((
                w.questionnaire_id,
                state.questionnaire(db, w.questionnaire_id)?,
            ));
        }
    }
    let surveys: Vec<&atmos_survey::Survey> = questionnaires
        .iter()
        .map(|(_, q)| q.survey.as_ref())
        .collect();
    let table = microdata::table(&data, &surveys, free_text);
    let latest = questionnaires
        .last()
        .map(|(_, q)| q.clone())
        .ok_or_else(|| StoreError::Corrupt("an exported wave without questionnaire".into()))?;
    Ok(Ok(Built {
        table,
        latest,
        waves: data.waves.iter().map(|w| w.label.clone()).collect(),
    }))
}
