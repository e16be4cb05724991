//! Admins upload a wave's population margins as a CSV file (`breakdown,group,population`),
//! usually after the wave, when the statistics office's register counts are in. The file is
//! checked against the wave's questionnaire by the rules of margins.toml; anything wrong is
//! listed line by line and nothing is stored.

use actix_multipart::Multipart;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use atmos_charts::{Labels as _, SurveyLabels};
use atmos_i18n::FluentArgs;
use atmos_survey::{MarginProblem, WaveMargins};
use futures_util::StreamExt as _;

use super::{
    Frame, StaffReq, chart_locale, insights, is_admin, redirect, refusal, run, signed_in,
    wave_params,
};
use crate::security::{self, CSRF_FIELD};
use crate::state::AppState;
use crate::views::{Chrome, Msg};

/// A margins file is a few dozen lines; anything near this is not one.
const MAX_UPLOAD_BYTES: usize = 256 * 1024;
const MAX_SOURCE_CHARS: usize = 500;

#[derive(Template)]
#[template(path = "staff_margins.html")]
struct MarginsPage {
    chrome: Chrome,
    heading: Msg,
    back: Msg,
    error_title: Msg,
    errors: Vec<String>,
    current: Msg,
    col_breakdown: Msg,
    col_group: Msg,
    col_population: Msg,
    rows: Vec<(String, String, String)>,
    upload_heading: Msg,
    action: String,
    file_label: Msg,
    file_hint: Msg,
    source_label: Msg,
    source: String,
    submit: Msg,
}

fn page(
    f: &Frame<'_>,
    survey: &atmos_survey::Survey,
    label: &str,
    status: StatusCode,
    errors: Vec<String>,
    source: &str,
    current: Option<(WaveMargins, bool)>,
) -> Result<super::Outcome, crate::error::WebError> {
    let labels = SurveyLabels::new(survey, &f.state.catalog, chart_locale(f));
    let mut args = FluentArgs::new();
    args.set("survey", survey.id.clone());
    args.set("wave", label.to_owned());
    let heading = f.texts().survey_args("dash-margins-title", &args);
    let (current_text, rows) = match current {
        None => (f.t("dash-margins-none"), Vec::new()),
        Some((m, uploaded)) => {
            let mut args = FluentArgs::new();
            args.set("source", m.source.clone().unwrap_or_default());
            let text = if uploaded {
                f.texts().survey_args("dash-margins-uploaded", &args)
            } else {
                f.texts().survey_args("dash-margins-questionnaire", &args)
            };
            let rows = m
                .margins
                .iter()
                .flat_map(|(b, groups)| {
                    let labels = &labels;
                    groups.iter().map(move |(g, n)| {
                        (labels.breakdown(b), labels.group(b, g), format!("{n}"))
                    })
                })
                .collect();
            (text, rows)
        }
    };
    let page = MarginsPage {
        chrome: f.chrome(&heading),
        heading,
        back: f.t("dash-home"),
        error_title: f.t("dash-error-summary"),
        errors,
        current: current_text,
        col_breakdown: f.t("dash-col-breakdown"),
        col_group: f.t("dash-col-group"),
        col_population: f.t("dash-col-population"),
        rows,
        upload_heading: f.t("dash-margins-upload"),
        action: format!("/dashboard/waves/{}/{label}/margins", survey.id),
        file_label: f.t("dash-margins-file"),
        file_hint: f.t("dash-margins-file-hint"),
        source_label: f.t("dash-margins-source"),
        source: source.to_owned(),
        submit: f.t("dash-margins-submit"),
    };
    Ok(f.page(status, page.render()?))
}

/// The wave's margins now: uploaded ones (true) or the questionnaire's.
fn current(
    db: &mut crate::state::Db<'_>,
    survey: &atmos_survey::Survey,
    label: &str,
) -> Result<Option<(WaveMargins, bool)>, crate::error::WebError> {
    let uploaded = atmos_store::uploaded_margins(db.conn()?, &survey.id)?
        .into_iter()
        .any(|u| u.wave == label);
    let merged = insights::with_uploaded_margins(db.conn()?, survey.clone())?;
    Ok(merged
        .margins
        .into_iter()
        .find(|m| m.wave == label)
        .map(|m| (m, uploaded)))
}

pub async fn margins_page(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let r = StaffReq::new(&req, &state);
    let (survey_id, label) = wave_params(&req);
    run(state, move |state, db| {
        or_answer!(signed_in(state, db, &r, is_admin)?);
        let f = Frame::new(state, &r);
        let Some(wave) = atmos_store::find_wave(db.conn()?, &survey_id, &label)? else {
            return refusal(&f, StatusCode::NOT_FOUND, "dash-error-unknown-wave");
        };
        let q = state.questionnaire(db, wave.questionnaire_id)?;
        let now = current(db, &q.survey, &label)?;
        page(&f, &q.survey, &label, StatusCode::OK, Vec::new(), "", now)
    })
    .await
}

/// What the multipart form held.
#[derive(Default)]
struct Upload {
    csrf: Option<String>,
    source: String,
    file: Vec<u8>,
    too_large: bool,
    unreadable: bool,
}

async fn read_upload(mut form: Multipart) -> Upload {
    let mut up = Upload::default();
    let mut total = 0usize;
    while let Some(field) = form.next().await {
        let Ok(mut field) = field else {
            up.unreadable = true;
            break;
        };
        let name = field.name().unwrap_or_default().to_owned();
        let mut bytes = Vec::new();
        while let Some(chunk) = field.next().await {
            let Ok(chunk) = chunk else {
                up.unreadable = true;
                return up;
            };
            total += chunk.len();
            if total > MAX_UPLOAD_BYTES {
                up.too_large = true;
                return up;
            }
            bytes.extend_from_slice(&chunk);
        }
        match name.as_str() {
            CSRF_FIELD => up.csrf = String::from_utf8(bytes).ok(),
            "_source" => {
                up.source = String::from_utf8_lossy(&bytes)
                    .trim()
                    .chars()
                    .take(MAX_SOURCE_CHARS)
                    .collect()
            }
            "_file" => up.file = bytes,
            _ => {}
        }
    }
    up
}

/// A line's problem, before the texts: (message id, line number, detail).
type LineProblem = (&'static str, usize, String);

/// (breakdown, group, count) lines of the CSV, or what is wrong with it.
fn parse_csv(bytes: &[u8]) -> Result<Vec<(String, String, f64)>, Vec<LineProblem>> {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return Err(vec![("dash-margins-error-encoding", 0, String::new())]);
    };
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(vec![("dash-margins-error-empty", 0, String::new())]);
    }
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let header: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|c| c.to_lowercase()).collect(),
        Err(_) => return Err(vec![("dash-margins-error-header", 1, String::new())]),
    };
    let col = |name: &str| header.iter().position(|c| c == name);
    let (Some(b), Some(g), Some(p)) = (col("breakdown"), col("group"), col("population")) else {
        return Err(vec![("dash-margins-error-header", 1, String::new())]);
    };
    let mut lines = Vec::new();
    let mut problems = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let line = i + 2;
        let Ok(record) = record else {
            problems.push(("dash-margins-error-line", line, String::new()));
            continue;
        };
        if record.iter().all(str::is_empty) {
            continue;
        }
        let (Some(bd), Some(group), Some(count)) = (record.get(b), record.get(g), record.get(p))
        else {
            problems.push(("dash-margins-error-line", line, String::new()));
            continue;
        };
        match count.replace([' ', '\u{a0}'], "").parse::<f64>() {
            Ok(n) => lines.push((bd.to_owned(), group.to_owned(), n)),
            Err(_) => problems.push((
                "dash-margins-error-number",
                line,
                count.chars().take(40).collect(),
            )),
        }
    }
    if problems.is_empty() {
        Ok(lines)
    } else {
        Err(problems)
    }
}

fn problem_text(f: &Frame<'_>, p: &MarginProblem) -> String {
    let mut args = FluentArgs::new();
    let id = match p {
        MarginProblem::Empty => "dash-margins-error-empty",
        MarginProblem::UnknownBreakdown(b) => {
            args.set("breakdown", b.clone());
            "dash-margins-error-breakdown"
        }
        MarginProblem::UnknownGroup { breakdown, group }
        | MarginProblem::Repeated { breakdown, group }
        | MarginProblem::NotPositive { breakdown, group }
        | MarginProblem::MissingGroup { breakdown, group } => {
            args.set("breakdown", breakdown.clone());
            args.set("group", group.clone());
            match p {
                MarginProblem::UnknownGroup { .. } => "dash-margins-error-group",
                MarginProblem::Repeated { .. } => "dash-margins-error-repeated",
                MarginProblem::NotPositive { .. } => "dash-margins-error-positive",
                _ => "dash-margins-error-missing",
            }
        }
        MarginProblem::TotalsDiffer {
            breakdown,
            total,
            first,
            first_total,
        } => {
            args.set("breakdown", breakdown.clone());
            args.set("total", format!("{total}"));
            args.set("first", first.clone());
            args.set("first_total", format!("{first_total}"));
            "dash-margins-error-totals"
        }
    };
    f.texts().survey_args(id, &args).text.to_string()
}

pub async fn upload_margins(
    req: HttpRequest,
    form: Multipart,
    state: web::Data<AppState>,
) -> HttpResponse {
    let upload = read_upload(form).await;
    if upload.too_large {
        return HttpResponse::build(StatusCode::PAYLOAD_TOO_LARGE)
            .content_type("text/plain; charset=utf-8")
            .body("The file is too large for population margins.");
    }
    if !security::csrf_ok(&req, upload.csrf.as_deref()) {
        return HttpResponse::build(StatusCode::FORBIDDEN)
            .content_type("text/plain; charset=utf-8")
            .body("The form's security token is missing or wrong: reload the page and try again.");
    }
    let r = StaffReq::new(&req, &state);
    let (survey_id, label) = wave_params(&req);
    run(state, move |state, db| {
        let admin = or_answer!(signed_in(state, db, &r, is_admin)?).user;
        let f = Frame::new(state, &r);
        let Some(wave) = atmos_store::find_wave(db.conn()?, &survey_id, &label)? else {
            return refusal(&f, StatusCode::NOT_FOUND, "dash-error-unknown-wave");
        };
        let q = state.questionnaire(db, wave.questionnaire_id)?;
        let survey = &q.survey;
        let refuse = |errors: Vec<String>, db: &mut crate::state::Db<'_>| {
            let now = current(db, survey, &label)?;
            page(
                &f,
                survey,
                &label,
                StatusCode::UNPROCESSABLE_ENTITY,
                errors,
                &upload.source,
                now,
            )
        };
        if upload.unreadable || upload.file.is_empty() {
            return refuse(vec![f.t("dash-margins-error-file").text.to_string()], db);
        }
        let lines = match parse_csv(&upload.file) {
            Ok(lines) => lines,
            Err(problems) => {
                let texts = problems
                    .iter()
                    .map(|(id, line, detail)| {
                        let mut args = FluentArgs::new();
                        args.set("line", *line);
                        args.set("value", detail.clone());
                        f.texts().survey_args(id, &args).text.to_string()
                    })
                    .collect();
                return refuse(texts, db);
            }
        };
        let source = (!upload.source.is_empty()).then(|| upload.source.clone());
        let margins = match WaveMargins::from_counts(survey, &label, source.clone(), &lines) {
            Ok(m) => m,
            Err(problems) => {
                return refuse(problems.iter().map(|p| problem_text(&f, p)).collect(), db);
            }
        };
        let json = serde_json::to_value(&margins.margins)
            .map_err(|e| crate::error::WebError::Io(std::io::Error::other(e)))?;
        atmos_store::save_wave_margins(
            db.conn()?,
            &survey_id,
            &label,
            &json,
            source.as_deref(),
            &admin,
        )?;
        // The indicators are weighted anew with these margins.
        state.insights.clear();
        Ok(redirect(&format!(
            "/dashboard/waves/{survey_id}/{label}/margins"
        )))
    })
    .await
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic
    use super::parse_csv;

    #[test]
    fn a_margins_file_is_read_by_its_header() {
        let lines = parse_csv(
            "\u{feff}Group,Breakdown,Population\nfemale, gender ,1 200\nmale,gender,800.5\n\n"
                .as_bytes(),
        )
        .unwrap();
        assert_eq!(
            lines,
            vec![
                ("gender".into(), "female".into(), 1200.0),
                ("gender".into(), "male".into(), 800.5)
            ]
        );
    }

    #[test]
    fn bad_lines_are_named() {
        let problems =
            parse_csv(b"breakdown,group,population\ngender,female,many\ngender\n").unwrap_err();
        assert_eq!(problems[0].0, "dash-margins-error-number");
        assert_eq!(problems[0].1, 2);
        assert_eq!(problems[1], ("dash-margins-error-line", 3, String::new()));
        assert_eq!(
            parse_csv(b"a,b\n1,2\n").unwrap_err()[0].0,
            "dash-margins-error-header"
        );
        assert_eq!(
            parse_csv(b"\xff\xfe").unwrap_err()[0].0,
            "dash-margins-error-encoding"
        );
        assert_eq!(
            parse_csv(b"  \n").unwrap_err()[0].0,
            "dash-margins-error-empty"
        );
    }
}
