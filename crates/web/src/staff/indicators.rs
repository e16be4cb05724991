//! The indicators for every role: the survey page (trends by theme, a data table under each
//! chart, breakdowns), the charts, and the table and report downloads.

use super::*;

use atmos_analysis::{CellStatus, IndicatorTable};
use atmos_charts::{ChartTexts, Labels as _, RenderOptions, SurveyLabels, TrendData};

// ------------------------------------------------------------------ indicators (all roles)

pub(super) fn survey_param(req: &HttpRequest) -> String {
    req.match_info()
        .get("survey")
        .unwrap_or_default()
        .chars()
        .take(100)
        .collect()
}

/// A cell's value as a page shows it: a percentage for shares, an index on 0-100, or why
/// there is none (never a hidden cell's value).
pub(super) fn shown_value(
    table: &IndicatorTable,
    cell: &atmos_analysis::Cell,
    f: &Frame<'_>,
) -> (String, String) {
    let index = matches!(cell.kind, atmos_analysis::table::IndicatorKind::Index);
    let fmt = |v: f64| {
        if index {
            format!("{v:.1}")
        } else {
            format!("{:.1}\u{a0}%", v * 100.0)
        }
    };
    match (cell.status, cell.estimate) {
        (CellStatus::Published, Some(e)) => (
            fmt(e),
            match (cell.ci_lower, cell.ci_upper) {
                (Some(l), Some(u)) => format!("{} – {}", fmt(l), fmt(u)),
                _ => String::new(),
            },
        ),
        (CellStatus::Suppressed, _) => {
            let mut args = FluentArgs::new();
            args.set("n", table.min_n);
            (
                f.texts()
                    .survey_args("dash-suppressed", &args)
                    .text
                    .to_string(),
                String::new(),
            )
        }
        _ => (f.t("dash-no-data").text.to_string(), String::new()),
    }
}

pub(super) struct IndicatorRow {
    label: String,
    wave: String,
    value: String,
    interval: String,
    n: String,
}

pub(super) struct IndicatorView {
    id: String,
    label: String,
    chart_alt: String,
    png_href: String,
    svg_href: String,
    rows: Vec<IndicatorRow>,
    groups: Vec<IndicatorRow>,
}

pub(super) struct ThemeView {
    label: String,
    indicators: Vec<IndicatorView>,
}

#[derive(Template)]
#[template(path = "staff_survey.html")]
pub(super) struct SurveyPage {
    chrome: Chrome,
    heading: Msg,
    lead: Msg,
    back: Msg,
    left_out: Option<Msg>,
    unweighted: Option<Msg>,
    by_label: Msg,
    by_none: Msg,
    breakdowns: Vec<(String, String, bool)>,
    show: Msg,
    downloads_heading: Msg,
    table_csv: (String, Msg),
    table_xlsx: (String, Msg),
    table_json: (String, Msg),
    compare: (String, Msg),
    microdata: Option<(String, Msg)>,
    /// For analysts: the checkbox to show small cells too, and whether it is ticked.
    unsuppressed: Option<(Msg, bool)>,
    report_html: (String, Msg),
    col_wave: Msg,
    col_group: Msg,
    col_estimate: Msg,
    col_interval: Msg,
    col_n: Msg,
    groups_caption: Option<String>,
    download_png: Msg,
    download_svg: Msg,
    themes: Vec<ThemeView>,
}

/// Texts and labels of a survey in the page's language.
pub(super) fn chart_locale(f: &Frame<'_>) -> LanguageIdentifier {
    f.locale.locale.clone()
}

pub(super) async fn survey_page(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let r = StaffReq::new(&req, &state);
    let survey_id = survey_param(&req);
    let params = params::Params::of(&req);
    let by = params.by();
    let hidden = params.hidden();
    run(state, move |state, db| {
        let user = or_answer!(signed_in(state, db, &r, any_role)?).user;
        let f = Frame::new(state, &r);
        let analysed = or_answer!(table_for(
            state,
            db,
            &f,
            &user,
            &survey_id,
            by.as_deref(),
            hidden
        )?);
        let table = &analysed.table;
        let labels = SurveyLabels::new(&analysed.survey, &state.catalog, chart_locale(&f));
        let latest = table
            .waves
            .last()
            .map(|w| w.wave.clone())
            .unwrap_or_default();
        let mut query: Vec<String> = by.iter().map(|b| format!("by={b}")).collect();
        if !hidden {
            query.push("suppress=no".into());
        }
        let query = if query.is_empty() {
            String::new()
        } else {
            format!("?{}", query.join("&"))
        };
        let analyst = auth::may_use_microdata(user.role);
        let base = format!("/dashboard/surveys/{survey_id}");
        let mut themes: Vec<ThemeView> = Vec::new();
        for info in &table.indicators {
            let cells = table.cells.iter().filter(|c| c.indicator == info.id);
            let rows = cells
                .clone()
                .filter(|c| c.breakdown.is_none())
                .map(|c| {
                    let (value, interval) = shown_value(table, c, &f);
                    IndicatorRow {
                        label: String::new(),
                        wave: c.wave.clone(),
                        value,
                        interval,
                        n: c.n.map(|n| n.to_string()).unwrap_or_default(),
                    }
                })
                .collect();
            let groups = cells
                .filter(|c| c.breakdown.is_some() && c.wave == latest)
                .map(|c| {
                    let (value, interval) = shown_value(table, c, &f);
                    IndicatorRow {
                        label: labels.group(
                            c.breakdown.as_deref().unwrap_or_default(),
                            c.group.as_deref().unwrap_or_default(),
                        ),
                        wave: c.wave.clone(),
                        value,
                        interval,
                        // Small groups' sizes are hidden with their values.
                        n: if c.status == CellStatus::Suppressed {
                            String::new()
                        } else {
                            c.n.map(|n| n.to_string()).unwrap_or_default()
                        },
                    }
                })
                .collect();
            let view = IndicatorView {
                label: labels.indicator(&info.id),
                chart_alt: labels.indicator(&info.id),
                png_href: format!("{base}/charts/{}.png", info.id),
                svg_href: format!("{base}/charts/{}.svg", info.id),
                id: info.id.clone(),
                rows,
                groups,
            };
            let theme = labels.theme(&info.theme);
            match themes.iter_mut().find(|t| t.label == theme) {
                Some(t) => t.indicators.push(view),
                None => themes.push(ThemeView {
                    label: theme,
                    indicators: vec![view],
                }),
            }
        }
        let survey_texts = Texts::new(
            &state.catalog,
            &state.texts,
            &f.locale.locale,
            format!("survey-{survey_id}"),
        );
        let heading = survey_texts.survey("survey-title");
        let waves: Vec<&str> = table.waves.iter().map(|w| w.wave.as_str()).collect();
        let page = SurveyPage {
            chrome: f.chrome(&heading),
            lead: {
                let mut args = FluentArgs::new();
                args.set("waves", waves.join(", "));
                args.set("min", table.min_n);
                f.texts().survey_args("dash-survey-lead", &args)
            },
            heading,
            back: f.t("dash-home"),
            left_out: (!analysed.without_margins.is_empty()).then(|| {
                let mut args = FluentArgs::new();
                args.set("waves", analysed.without_margins.join(", "));
                f.texts().survey_args("dash-without-margins", &args)
            }),
            unweighted: unweighted_note(&f, &analysed),
            by_label: f.t("dash-by"),
            by_none: f.t("dash-by-none"),
            breakdowns: breakdown_options(&analysed.survey, &labels, by.as_deref()),
            show: f.t("dash-by-show"),
            downloads_heading: f.t("dash-downloads"),
            table_csv: (
                format!("{base}/table.csv{query}"),
                f.t("dash-download-table"),
            ),
            table_xlsx: (
                format!("{base}/table.xlsx{query}"),
                f.t("dash-download-table-xlsx"),
            ),
            table_json: (
                format!("{base}/table.json{query}"),
                f.t("dash-download-table-json"),
            ),
            compare: (format!("{base}/compare"), f.t("dash-compare-link")),
            microdata: analyst.then(|| (format!("{base}/microdata"), f.t("dash-microdata-link"))),
            unsuppressed: analyst.then(|| (f.t("dash-show-all-cells"), !hidden)),
            report_html: (format!("{base}/report.html"), f.t("dash-download-report")),
            col_wave: f.t("dash-col-wave"),
            col_group: f.t("dash-col-group"),
            col_estimate: f.t("dash-col-estimate"),
            col_interval: f.t("dash-col-interval"),
            col_n: f.t("dash-col-n"),
            groups_caption: by
                .as_ref()
                .map(|b| format!("{} ({latest})", labels.breakdown(b))),
            download_png: f.t("dash-download-png"),
            download_svg: f.t("dash-download-svg"),
            themes,
        };
        Ok(f.page(StatusCode::OK, page.render()?))
    })
    .await
}

/// The survey's table, or the page that says why there is none: no answers yet, or answers
/// that cannot be weighted to the population (a group of a margin without respondents).
pub(super) fn analysed(
    state: &AppState,
    db: &mut Db<'_>,
    f: &Frame<'_>,
    survey: &str,
    by: Option<&str>,
    hidden: bool,
) -> Result<Result<std::sync::Arc<insights::Analysed>, Outcome>, WebError> {
    match state.insights.get(db.conn()?, survey, by, hidden) {
        Ok(Some(found)) => Ok(Ok(found)),
        Ok(None) => Ok(Err(refusal(
            f,
            StatusCode::NOT_FOUND,
            "dash-error-no-data",
        )?)),
        Err(e) => match insights::unusable_wave(&e) {
            Some((wave, reason)) => {
                let mut args = FluentArgs::new();
                args.set("wave", wave);
                args.set("reason", reason);
                let heading = f.t("dash-error-summary");
                let page = MessagePage {
                    chrome: f.chrome(&heading),
                    paragraphs: vec![f.texts().survey_args("dash-error-weighting", &args)],
                    heading,
                    code: None,
                    links: vec![("/dashboard".into(), f.t("dash-home"))],
                };
                Ok(Err(f.page(StatusCode::CONFLICT, page.render()?)))
            }
            None => Err(e),
        },
    }
}

/// The note naming waves left out because their answers cannot be weighted yet.
pub(super) fn unweighted_note(f: &Frame<'_>, analysed: &insights::Analysed) -> Option<Msg> {
    (!analysed.unweighted.is_empty()).then(|| {
        let waves: Vec<&str> = analysed
            .unweighted
            .iter()
            .map(|(w, _)| w.as_str())
            .collect();
        let mut args = FluentArgs::new();
        args.set("waves", waves.join(", "));
        f.texts().survey_args("dash-unweighted", &args)
    })
}

/// Whether `by` is a breakdown of the survey's latest stored questionnaire.
pub(super) fn valid_breakdown(
    state: &AppState,
    db: &mut Db<'_>,
    survey: &str,
    by: &str,
) -> Result<bool, WebError> {
    let Some(wave) = atmos_store::list_waves(db.conn()?, Some(survey))
        .ok()
        .and_then(|w| w.into_iter().last())
    else {
        return Ok(false);
    };
    let q = state.questionnaire(db, wave.wave.questionnaire_id)?;
    Ok(q.survey.breakdowns.iter().any(|b| b.id == by))
}

/// A download: the bytes with their type and file name, and an audit entry.
pub(super) fn download(
    db: &mut Db<'_>,
    user: &User,
    what: &str,
    detail: serde_json::Value,
    content_type: &str,
    name: &str,
    bytes: Vec<u8>,
) -> Result<Outcome, WebError> {
    atmos_store::record_audit(db.conn()?, Some(user), &format!("export.{what}"), &detail)?;
    Ok(Outcome::File {
        content_type: content_type.to_string(),
        name: name.to_string(),
        bytes,
    })
}

/// The table `user` asked for, or the page that refuses it: unsuppressed cells for analysts
/// only (403 otherwise), a breakdown the survey has (404), a survey with answers to weight.
pub(super) fn table_for(
    state: &AppState,
    db: &mut Db<'_>,
    f: &Frame<'_>,
    user: &User,
    survey_id: &str,
    by: Option<&str>,
    hidden: bool,
) -> Result<Result<std::sync::Arc<insights::Analysed>, Outcome>, WebError> {
    if let Err(page) = cells_allowed(f, user, hidden)? {
        return Ok(Err(page));
    }
    if let Some(b) = by
        && !valid_breakdown(state, db, survey_id, b)?
    {
        return Ok(Err(refusal(
            f,
            StatusCode::NOT_FOUND,
            "dash-error-unknown-breakdown",
        )?));
    }
    analysed(state, db, f, survey_id, by, hidden)
}

/// The breakdown selector's options: (id, label, selected).
pub(super) fn breakdown_options(
    survey: &atmos_survey::Survey,
    labels: &SurveyLabels<'_>,
    by: Option<&str>,
) -> Vec<(String, String, bool)> {
    survey
        .breakdowns
        .iter()
        .map(|b| {
            (
                b.id.clone(),
                labels.breakdown(&b.id),
                by == Some(b.id.as_str()),
            )
        })
        .collect()
}

/// Unsuppressed cells for analysts only; anyone else asking gets 403.
pub(super) fn cells_allowed(
    f: &Frame<'_>,
    user: &User,
    hidden: bool,
) -> Result<Result<(), Outcome>, WebError> {
    if hidden || auth::may_use_microdata(user.role) {
        Ok(Ok(()))
    } else {
        Ok(Err(refusal(
            f,
            StatusCode::FORBIDDEN,
            "dash-error-unsuppressed",
        )?))
    }
}

/// The indicator table as CSV, (`table.xlsx`) XLSX or (`table.json`) JSON.
pub(super) async fn table_csv(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let r = StaffReq::new(&req, &state);
    let xlsx = req.path().ends_with(".xlsx");
    let json = req.path().ends_with(".json");
    let survey_id = survey_param(&req);
    let params = params::Params::of(&req);
    let by = params.by();
    let hidden = params.hidden();
    run(state, move |state, db| {
        let user = or_answer!(signed_in(state, db, &r, any_role)?).user;
        let f = Frame::new(state, &r);
        let analysed = or_answer!(table_for(
            state,
            db,
            &f,
            &user,
            &survey_id,
            by.as_deref(),
            hidden
        )?);
        // Aggregates only, small cells hidden unless an analyst asked; no free text is ever
        // in the table.
        let detail = |format: &str| {
            serde_json::json!({ "survey": survey_id, "by": by, "format": format, "suppressed": hidden })
        };
        if json {
            let bytes = serde_json::to_vec_pretty(&analysed.table)
                .map_err(|e| WebError::Io(std::io::Error::other(e)))?;
            return download(
                db,
                &user,
                "table",
                detail("json"),
                "application/json",
                &format!("{survey_id}-indicators.json"),
                bytes,
            );
        }
        if xlsx {
            let labels = SurveyLabels::new(&analysed.survey, &state.catalog, chart_locale(&f));
            let bytes = xlsx::indicator_table(&analysed.table, &labels)?;
            return download(
                db,
                &user,
                "table",
                detail("xlsx"),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                &format!("{survey_id}-indicators.xlsx"),
                bytes,
            );
        }
        let csv = atmos_analysis::report::to_csv(&analysed.table);
        download(
            db,
            &user,
            "table",
            detail("csv"),
            "text/csv; charset=utf-8",
            &format!("{survey_id}-indicators.csv"),
            csv.into_bytes(),
        )
    })
    .await
}

pub(super) async fn chart_file(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let r = StaffReq::new(&req, &state);
    let survey_id = survey_param(&req);
    let file: String = req
        .match_info()
        .get("file")
        .unwrap_or_default()
        .chars()
        .take(100)
        .collect();
    run(state, move |state, db| {
        let user = or_answer!(signed_in(state, db, &r, any_role)?).user;
        let f = Frame::new(state, &r);
        let (indicator, png) = match (file.strip_suffix(".png"), file.strip_suffix(".svg")) {
            (Some(i), _) => (i.to_string(), true),
            (_, Some(i)) => (i.to_string(), false),
            _ => return refusal(&f, StatusCode::NOT_FOUND, "dash-error-unknown-indicator"),
        };
        let analysed = or_answer!(analysed(state, db, &f, &survey_id, None, true)?);
        if !analysed.table.indicators.iter().any(|i| i.id == indicator) {
            return refusal(&f, StatusCode::NOT_FOUND, "dash-error-unknown-indicator");
        }
        let locale = chart_locale(&f);
        let labels = SurveyLabels::new(&analysed.survey, &state.catalog, locale.clone());
        let texts = ChartTexts::new(&state.catalog, locale);
        let mut data = TrendData::from_table(&analysed.table, &indicator, None, &labels)?;
        data.set_questionnaires(analysed.questionnaires.iter().map(|(w, q)| (w.as_str(), q.as_str())));
        let chart = atmos_charts::trend_chart(&data, &texts, &RenderOptions::default())?;
        let detail = serde_json::json!({ "survey": survey_id, "indicator": indicator, "format": if png { "png" } else { "svg" } });
        if png {
            let bytes = atmos_charts::to_png(&chart.svg, 1.0)?;
            download(db, &user, "chart", detail, "image/png", &file, bytes)
        } else {
            download(db, &user, "chart", detail, "image/svg+xml", &file, chart.svg.into_bytes())
        }
    })
    .await
}

pub(super) async fn report_html(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let r = StaffReq::new(&req, &state);
    let survey_id = survey_param(&req);
    run(state, move |state, db| {
        let user = or_answer!(signed_in(state, db, &r, any_role)?).user;
        let f = Frame::new(state, &r);
        let analysed = or_answer!(analysed(state, db, &f, &survey_id, None, true)?);
        let html = atmos_report::render(&atmos_report::ReportInput {
            table: &analysed.table,
            survey: &analysed.survey,
            targets: &targets(state, &analysed.survey),
            catalog: &state.catalog,
            locale: &f.locale.locale,
            questionnaires: &analysed.questionnaires,
        })?;
        download(
            db,
            &user,
            "report",
            serde_json::json!({ "survey": survey_id, "lang": f.locale.locale.to_string() }),
            "text/html; charset=utf-8",
            &format!("{survey_id}-report.html"),
            html.into_bytes(),
        )
    })
    .await
}

/// The survey's programme targets for the report, from `<surveys>/<id>/targets.toml`; none
/// when the server has no survey directory or the survey no targets file. A file that does not
/// check against the stored questionnaire is logged and left out rather than failing the
/// download.
fn targets(state: &AppState, survey: &atmos_survey::Survey) -> Vec<atmos_survey::Target> {
    let Some(dir) = state.surveys_dir.as_ref().map(|d| d.join(&survey.id)) else {
        return Vec::new();
    };
    if !dir.join("targets.toml").is_file() {
        return Vec::new();
    }
    match atmos_survey::load_targets(&dir, survey) {
        Ok(targets) => targets,
        Err(e) => {
            tracing::warn!(survey = %survey.id, error = %e, "programme targets left out of the report");
            Vec::new()
        }
    }
}
