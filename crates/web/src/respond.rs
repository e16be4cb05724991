//! The respondent's journey: landing, one page per section, check your answers, thank you;
//! saving and resuming; closed, not yet open and unknown waves.

use std::sync::Arc;

use actix_web::cookie::Cookie;
use actix_web::http::StatusCode;
use actix_web::http::header::{CACHE_CONTROL, LOCATION, RETRY_AFTER};
use actix_web::web::{self, Bytes};
use actix_web::{HttpRequest, HttpResponse};
use askama::Template;
use atmos_i18n::{FluentArgs, LanguageIdentifier};
use atmos_store::{PgConnection, StoreError, Wave, WaveStatus};
use atmos_survey::{AnswerError, ResponseAnswers, Survey};
use chrono::Utc;
use uuid::Uuid;

use crate::error::WebError;
use crate::form::{self, FormError, Posted};
use crate::locale::{LocaleHints, PageLocale, lang_cookie, negotiate_request};
use crate::security::{self, CSRF_FIELD};
use crate::session;
use crate::state::AppState;
use crate::views::{
    self, CheckPage, CheckRow, CheckSection, Chrome, InvitationField, LandingPage, MessagePage,
    Msg, QuestionPage, ResumePage, Texts, Values,
};
use crate::{bridge, codes};

const STYLESHEET: &str = include_str!("../assets/atmos.css");

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(index))
        .route("/assets/atmos.css", web::get().to(stylesheet))
        .service(
            web::scope("/s/{survey}/{wave}")
                .route("", web::get().to(landing))
                .route("/", web::get().to(landing))
                .route("/start", web::post().to(start))
                .route("/p/{page}", web::get().to(page_get))
                .route("/p/{page}", web::post().to(page_post))
                .route("/check", web::get().to(check_get))
                .route("/submit", web::post().to(submit))
                .route("/save", web::post().to(save_later))
                .route("/done", web::get().to(done))
                .route("/resume", web::get().to(resume_get))
                .route("/resume", web::post().to(resume_post)),
        );
}

async fn stylesheet() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header((CACHE_CONTROL, "public, max-age=3600"))
        .body(STYLESHEET)
}

/// What a handler decided, built on a worker thread (where the database is) and turned into
/// a response on the async side.
enum Outcome {
    Html {
        status: StatusCode,
        body: String,
        cookies: Vec<Cookie<'static>>,
    },
    Redirect {
        to: String,
        cookies: Vec<Cookie<'static>>,
    },
}

impl Outcome {
    fn into_response(self) -> HttpResponse {
        let (mut builder, cookies, body) = match self {
            Outcome::Html {
                status,
                body,
                cookies,
            } => {
                let mut b = HttpResponse::build(status);
                b.content_type("text/html; charset=utf-8");
                (b, cookies, Some(body))
            }
            Outcome::Redirect { to, cookies } => {
                let mut b = HttpResponse::SeeOther();
                b.insert_header((LOCATION, to));
                (b, cookies, None)
            }
        };
        // Pages carry answers: never cache them (a shared computer's back button).
        builder.insert_header((CACHE_CONTROL, "no-store"));
        for c in cookies {
            builder.cookie(c);
        }
        match body {
            Some(b) => builder.body(b),
            None => builder.finish(),
        }
    }
}

/// Everything a handler needs from the request, owned so it can move to a worker thread.
#[derive(Clone)]
struct Req {
    survey: String,
    wave: String,
    hints: LocaleHints,
    csrf: String,
    new_csrf: bool,
    response: Option<Uuid>,
    secure: bool,
}

impl Req {
    fn new(req: &HttpRequest, state: &AppState) -> Self {
        let (csrf, new_csrf) = security::csrf_token(req);
        let info = req.match_info();
        Req {
            survey: info
                .get("survey")
                .unwrap_or_default()
                .chars()
                .take(100)
                .collect(),
            wave: info
                .get("wave")
                .unwrap_or_default()
                .chars()
                .take(100)
                .collect(),
            hints: LocaleHints::from_request(req),
            csrf,
            new_csrf,
            response: session::response_id(req),
            secure: state.secure_cookies,
        }
    }

    fn base(&self) -> String {
        format!("/s/{}/{}", self.survey, self.wave)
    }
}

/// The wave, its questionnaire and the page's language.
struct Ctx {
    wave: Wave,
    survey: Arc<Survey>,
    locale: PageLocale,
    available: Vec<LanguageIdentifier>,
}

enum Gate {
    Open(Ctx),
    Closed(Outcome),
}

impl Ctx {
    fn texts<'a>(&'a self, state: &'a AppState) -> Texts<'a> {
        Texts {
            catalog: &state.catalog,
            locale: &self.locale.locale,
            survey_area: format!("survey-{}", self.survey.id),
        }
    }
}

async fn run<F>(state: web::Data<AppState>, f: F) -> HttpResponse
where
    F: FnOnce(&AppState, &mut PgConnection) -> Result<Outcome, WebError> + Send + 'static,
{
    let st = state.clone();
    let result = web::block(move || -> Result<Outcome, WebError> {
        let mut conn = st.pool.get().map_err(StoreError::from)?;
        f(&st, &mut conn)
    })
    .await;
    match result {
        Ok(Ok(outcome)) => outcome.into_response(),
        Ok(Err(e)) => {
            tracing::error!(error = %e, "request failed");
            server_error(&state)
        }
        Err(_) => server_error(&state),
    }
}

fn server_error(state: &AppState) -> HttpResponse {
    let fi: LanguageIdentifier = "fi".parse().unwrap_or_default();
    let title = state
        .catalog
        .text(&fi, "ui", "error-server-title", None)
        .value;
    let body = state
        .catalog
        .text(&fi, "ui", "error-server-body", None)
        .value;
    let en: LanguageIdentifier = "en".parse().unwrap_or_default();
    let title_en = state
        .catalog
        .text(&en, "ui", "error-server-title", None)
        .value;
    let body_en = state
        .catalog
        .text(&en, "ui", "error-server-body", None)
        .value;
    // Rendered without the database or a template: the simplest page that can still be shown.
    let html = format!(
        "<!DOCTYPE html><html lang=\"fi\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" \
         content=\"width=device-width, initial-scale=1\"><title>{}</title><link rel=\"stylesheet\" \
         href=\"/assets/atmos.css\"></head><body><main class=\"width\"><h1>{}</h1><p>{}</p>\
         <div lang=\"en\"><h2>{}</h2><p>{}</p></div></main></body></html>",
        escape(&title),
        escape(&title),
        escape(&body),
        escape(&title_en),
        escape(&body_en)
    );
    HttpResponse::InternalServerError()
        .content_type("text/html; charset=utf-8")
        .body(html)
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Find the wave and decide whether it takes answers; otherwise the localized page that
/// says why, with its status (404 unknown, 403 not yet open, 410 closed).
fn gate(state: &AppState, conn: &mut PgConnection, r: &Req, path: &str) -> Result<Gate, WebError> {
    let wave = atmos_store::find_wave(conn, &r.survey, &r.wave).or_else(|e| match e {
        StoreError::UnknownSurvey(_) => Ok(None),
        other => Err(other),
    })?;
    let Some(wave) = wave else {
        return Ok(Gate::Closed(status_page(
            state,
            r,
            None,
            path,
            StatusCode::NOT_FOUND,
            "unknown-wave",
            None,
        )?));
    };
    let survey = state.questionnaire(conn, wave.questionnaire_id)?;
    let available = available_locales(state, &survey);
    let default = survey.default_locale.parse().unwrap_or_default();
    let locale = negotiate_request(&r.hints, &available, &default);
    let now = Utc::now();
    let ctx = Ctx {
        wave,
        survey,
        locale,
        available,
    };
    let not_yet =
        ctx.wave.status == WaveStatus::Draft || ctx.wave.opens_at.is_some_and(|t| t > now);
    let closed =
        ctx.wave.status == WaveStatus::Closed || ctx.wave.closes_at.is_some_and(|t| t <= now);
    if closed {
        return Ok(Gate::Closed(status_page(
            state,
            r,
            Some(&ctx),
            path,
            StatusCode::GONE,
            "wave-closed",
            None,
        )?));
    }
    if not_yet {
        let opens = ctx.wave.opens_at.map(|t| t.format("%Y-%m-%d").to_string());
        return Ok(Gate::Closed(status_page(
            state,
            r,
            Some(&ctx),
            path,
            StatusCode::FORBIDDEN,
            if opens.is_some() {
                "wave-not-yet-open-date"
            } else {
                "wave-not-yet-open"
            },
            opens,
        )?));
    }
    Ok(Gate::Open(ctx))
}

fn available_locales(state: &AppState, survey: &Survey) -> Vec<LanguageIdentifier> {
    let area = format!("survey-{}", survey.id);
    let with_texts = state.catalog.locales_with(&area);
    // The survey's own order (its default first), limited to locales that have texts.
    survey
        .locales
        .iter()
        .filter_map(|l| l.parse::<LanguageIdentifier>().ok())
        .filter(|l| with_texts.contains(l))
        .collect()
}

/// A page that only says something: unknown wave, closed, not yet open, errors.
fn status_page(
    state: &AppState,
    r: &Req,
    ctx: Option<&Ctx>,
    path: &str,
    status: StatusCode,
    key: &str,
    date: Option<String>,
) -> Result<Outcome, WebError> {
    let (locale, available, area) = match ctx {
        Some(c) => (
            c.locale.clone(),
            c.available.clone(),
            format!("survey-{}", c.survey.id),
        ),
        None => {
            let available = site_locales(state);
            let fi = "fi".parse().unwrap_or_default();
            (
                negotiate_request(&r.hints, &available, &fi),
                available,
                String::new(),
            )
        }
    };
    let t = Texts {
        catalog: &state.catalog,
        locale: &locale.locale,
        survey_area: area,
    };
    let heading = t.ui(&format!("{key}-title"));
    let body = match &date {
        Some(d) => {
            let mut args = FluentArgs::new();
            args.set("date", d.clone());
            t.ui_args(&format!("{key}-body"), &args)
        }
        None => t.ui(&format!("{key}-body")),
    };
    let site = match ctx {
        Some(_) => t.survey("survey-title"),
        None => t.ui("site-name"),
    };
    // Outside a survey, point to the surveys that are open.
    let links = match ctx {
        // A closed or not yet open wave: its own start page would only say the same again.
        Some(_) if key.starts_with("wave-") => Vec::new(),
        Some(c) => vec![(
            format!("/s/{}/{}", c.survey.id, c.wave.label),
            t.ui("back-to-survey"),
        )],
        None => vec![("/".to_string(), t.ui("open-surveys"))],
    };
    let page = MessagePage {
        chrome: Chrome::new(&t, &locale, &heading, site, path, &available, &r.csrf),
        heading,
        paragraphs: vec![body],
        code: None,
        links,
    };
    html(status, page.render()?, r, &locale)
}

fn html(
    status: StatusCode,
    body: String,
    r: &Req,
    locale: &PageLocale,
) -> Result<Outcome, WebError> {
    let mut cookies = Vec::new();
    if r.new_csrf {
        cookies.push(security::csrf_cookie(&r.csrf, r.secure));
    }
    if locale.chosen {
        cookies.push(lang_cookie(&locale.locale, r.secure));
    }
    Ok(Outcome::Html {
        status,
        body,
        cookies,
    })
}

fn redirect(to: String) -> Outcome {
    Outcome::Redirect {
        to,
        cookies: Vec::new(),
    }
}

/// The response this browser is answering in this wave, if it is still in progress.
enum Session {
    None,
    InProgress(Uuid),
    Submitted,
}

fn session(conn: &mut PgConnection, r: &Req, wave: &Wave) -> Result<Session, WebError> {
    let Some(id) = r.response else {
        return Ok(Session::None);
    };
    Ok(match atmos_store::find_response(conn, id)? {
        Some(resp) if resp.wave_id == wave.id => match resp.status {
            atmos_store::ResponseStatus::InProgress => Session::InProgress(id),
            atmos_store::ResponseStatus::Submitted => Session::Submitted,
        },
        _ => Session::None,
    })
}

fn load_answers(
    conn: &mut PgConnection,
    survey: &Survey,
    id: Uuid,
) -> Result<ResponseAnswers, WebError> {
    let rows = atmos_store::load_answers(conn, id)?;
    Ok(bridge::from_rows(survey, rows))
}

/// The first shown page after `after` (or from the start), or the check page.
fn next_href(
    survey: &Survey,
    answers: &ResponseAnswers,
    after: Option<usize>,
    base: &str,
) -> String {
    let start = after.map_or(0, |i| i + 1);
    survey
        .pages
        .iter()
        .enumerate()
        .skip(start)
        .find(|(_, p)| survey.page_is_shown(p, answers))
        .map_or_else(
            || format!("{base}/check"),
            |(_, p)| format!("{base}/p/{}", p.id),
        )
}

fn previous_href(survey: &Survey, answers: &ResponseAnswers, before: usize, base: &str) -> String {
    survey
        .pages
        .iter()
        .enumerate()
        .take(before)
        .rev()
        .find(|(_, p)| survey.page_is_shown(p, answers))
        .map_or_else(|| base.to_string(), |(_, p)| format!("{base}/p/{}", p.id))
}

/// Where to continue an unfinished response: the first shown page with nothing answered yet.
fn continue_href(survey: &Survey, answers: &ResponseAnswers, base: &str) -> String {
    survey
        .pages
        .iter()
        .find(|p| {
            survey.page_is_shown(p, answers)
                && !p.questions.iter().any(|q| answers.has_question(&q.id))
        })
        .map_or_else(|| format!("{base}/check"), |p| format!("{base}/p/{}", p.id))
}

/// Checks every POST must pass before anything is read into the database: a readable body,
/// the CSRF token, the rate limit.
fn post_checks(
    state: &AppState,
    req: &HttpRequest,
    body: &Result<Bytes, actix_web::Error>,
) -> Result<Posted, (StatusCode, &'static str)> {
    // The size limit is enforced while reading the body; over it, the body is an error.
    let body = body
        .as_ref()
        .map_err(|_| (StatusCode::PAYLOAD_TOO_LARGE, "error-too-large"))?;
    let posted = form::parse(req, body).map_err(|e: FormError| (e.status(), e.message_id()))?;
    if !security::csrf_ok(req, posted.control(CSRF_FIELD)) {
        return Err((StatusCode::FORBIDDEN, "error-csrf"));
    }
    if !state.limiter.allow(req.peer_addr().map(|a| a.ip())) {
        return Err((StatusCode::TOO_MANY_REQUESTS, "error-rate-limited"));
    }
    Ok(posted)
}

/// A refused POST: a short localized page with the reason and the right status.
async fn refused(
    state: web::Data<AppState>,
    req: &HttpRequest,
    status: StatusCode,
    key: &'static str,
) -> HttpResponse {
    let r = Req::new(req, &state);
    let path = r.base();
    let mut resp = run(state, move |state, conn| {
        let ctx = match gate(state, conn, &r, &path)? {
            Gate::Open(ctx) => Some(ctx),
            Gate::Closed(outcome) => return Ok(outcome),
        };
        let outcome = status_page(state, &r, ctx.as_ref(), &path, status, key, None)?;
        Ok(outcome)
    })
    .await;
    if status == StatusCode::TOO_MANY_REQUESTS {
        resp.headers_mut().insert(
            RETRY_AFTER,
            actix_web::http::header::HeaderValue::from_static("60"),
        );
    }
    resp
}

async fn landing(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let r = Req::new(&req, &state);
    run(state, move |state, conn| {
        let base = r.base();
        let ctx = match gate(state, conn, &r, &base)? {
            Gate::Open(c) => c,
            Gate::Closed(o) => return Ok(o),
        };
        let t = ctx.texts(state);
        let continue_href = match session(conn, &r, &ctx.wave)? {
            Session::InProgress(id) => {
                let answers = load_answers(conn, &ctx.survey, id)?;
                Some(continue_href(&ctx.survey, &answers, &base))
            }
            _ => None,
        };
        let heading = t.survey("survey-title");
        let page = LandingPage {
            chrome: Chrome::new(
                &t,
                &ctx.locale,
                &heading,
                t.ui("site-name"),
                &base,
                &ctx.available,
                &r.csrf,
            ),
            intro: t.survey_optional("survey-intro"),
            privacy_heading: t.ui("landing-privacy-heading"),
            privacy: vec![
                t.ui("landing-privacy-anonymous"),
                t.ui("landing-privacy-stored"),
                t.ui("landing-privacy-cookies"),
                t.ui("landing-privacy-results"),
            ],
            start_action: format!("{base}/start"),
            start: t.ui(if continue_href.is_some() {
                "landing-start-over"
            } else {
                "landing-start"
            }),
            continue_href,
            continue_label: t.ui("landing-continue"),
            resume_href: format!("{base}/resume"),
            resume_label: t.ui("landing-resume"),
            heading,
        };
        html(StatusCode::OK, page.render()?, &r, &ctx.locale)
    })
    .await
}

async fn start(
    req: HttpRequest,
    body: Result<Bytes, actix_web::Error>,
    state: web::Data<AppState>,
) -> HttpResponse {
    if let Err((status, key)) = post_checks(&state, &req, &body) {
        return refused(state, &req, status, key).await;
    }
    let r = Req::new(&req, &state);
    run(state, move |state, conn| {
        let base = r.base();
        let ctx = match gate(state, conn, &r, &base)? {
            Gate::Open(c) => c,
            Gate::Closed(o) => return Ok(o),
        };
        let id = atmos_store::start_response(conn, ctx.wave.id, &ctx.locale.locale.to_string())?;
        let to = next_href(&ctx.survey, &ResponseAnswers::new(), None, &base);
        Ok(Outcome::Redirect {
            to,
            cookies: vec![session::response_cookie(&base, id, r.secure)],
        })
    })
    .await
}

fn page_outcome(
    state: &AppState,
    r: &Req,
    ctx: &Ctx,
    page_index: usize,
    answers: &ResponseAnswers,
    values: Values<'_>,
    errors: &[AnswerError],
) -> Result<Outcome, WebError> {
    let base = r.base();
    let t = ctx.texts(state);
    let survey = &ctx.survey;
    let Some(page) = survey.pages.get(page_index) else {
        return status_page(
            state,
            r,
            Some(ctx),
            &base,
            StatusCode::NOT_FOUND,
            "unknown-page",
            None,
        );
    };
    // Which questions to show: those relevant given the answers so far, and those whose
    // relevance depends on another question of this same page. Without JavaScript nothing
    // can appear when a radio is ticked, so such follow-ups are shown (their hint says when
    // to answer) and validation drops them if they turn out not to apply.
    let on_page: Vec<&str> = page.questions.iter().map(|q| q.id.as_str()).collect();
    let questions: Vec<views::QuestionView> = page
        .questions
        .iter()
        .filter(|q| {
            survey.is_relevant(q, answers)
                || q.relevant.as_ref().is_some_and(|r| {
                    r.expr
                        .references()
                        .iter()
                        .any(|(item, _)| on_page.contains(&item.question.as_str()))
                })
        })
        .map(|q| views::question_view(survey, q, &t, &values, errors))
        .collect();
    let mut args = FluentArgs::new();
    args.set("page", page_index + 1);
    args.set("pages", survey.pages.len());
    let heading = t.survey(&format!("page-{}", page.id));
    let path = format!("{base}/p/{}", page.id);
    let error_links = views::error_links(&questions, errors, &t);
    let mut title = heading.clone();
    if !errors.is_empty() {
        title.text = format!("{}: {}", t.ui("error-title-prefix").text, heading.text);
    }
    let view = QuestionPage {
        chrome: Chrome::new(
            &t,
            &ctx.locale,
            &title,
            t.survey("survey-title"),
            &path,
            &ctx.available,
            &r.csrf,
        ),
        progress: t.ui_args("progress", &args),
        back_href: previous_href(survey, answers, page_index, &base),
        back: t.ui("back"),
        error_title: t.ui("error-summary-title"),
        errors: error_links,
        questions,
        action: path,
        next: t.ui("continue"),
        save: t.ui("save-and-continue-later"),
        exclusive_or: t.ui("or"),
        error_prefix: t.ui("error-title-prefix"),
        heading,
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    html(status, view.render()?, r, &ctx.locale)
}

fn page_index(survey: &Survey, page: &str) -> Option<usize> {
    survey.pages.iter().position(|p| p.id == page)
}

async fn page_get(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let r = Req::new(&req, &state);
    let page_id: String = req
        .match_info()
        .get("page")
        .unwrap_or_default()
        .chars()
        .take(100)
        .collect();
    run(state, move |state, conn| {
        let base = r.base();
        let ctx = match gate(state, conn, &r, &base)? {
            Gate::Open(c) => c,
            Gate::Closed(o) => return Ok(o),
        };
        let id = match session(conn, &r, &ctx.wave)? {
            Session::InProgress(id) => id,
            Session::Submitted => return Ok(redirect(format!("{base}/done"))),
            Session::None => return Ok(redirect(base)),
        };
        let Some(index) = page_index(&ctx.survey, &page_id) else {
            return status_page(
                state,
                &r,
                Some(&ctx),
                &base,
                StatusCode::NOT_FOUND,
                "unknown-page",
                None,
            );
        };
        let answers = load_answers(conn, &ctx.survey, id)?;
        let page = &ctx.survey.pages[index];
        if !ctx.survey.page_is_shown(page, &answers) {
            return Ok(redirect(next_href(
                &ctx.survey,
                &answers,
                Some(index),
                &base,
            )));
        }
        page_outcome(
            state,
            &r,
            &ctx,
            index,
            &answers,
            Values::Stored(&answers),
            &[],
        )
    })
    .await
}

async fn page_post(
    req: HttpRequest,
    body: Result<Bytes, actix_web::Error>,
    state: web::Data<AppState>,
) -> HttpResponse {
    let posted = match post_checks(&state, &req, &body) {
        Ok(p) => p,
        Err((status, key)) => return refused(state, &req, status, key).await,
    };
    let r = Req::new(&req, &state);
    let page_id: String = req
        .match_info()
        .get("page")
        .unwrap_or_default()
        .chars()
        .take(100)
        .collect();
    run(state, move |state, conn| {
        let base = r.base();
        let ctx = match gate(state, conn, &r, &base)? {
            Gate::Open(c) => c,
            Gate::Closed(o) => return Ok(o),
        };
        let id = match session(conn, &r, &ctx.wave)? {
            Session::InProgress(id) => id,
            Session::Submitted => return Ok(redirect(format!("{base}/done"))),
            Session::None => return Ok(redirect(base)),
        };
        let Some(index) = page_index(&ctx.survey, &page_id) else {
            return status_page(
                state,
                &r,
                Some(&ctx),
                &base,
                StatusCode::NOT_FOUND,
                "unknown-page",
                None,
            );
        };
        let mut answers = load_answers(conn, &ctx.survey, id)?;
        let survey = ctx.survey.clone();
        let page = &survey.pages[index];
        match survey.validate_page(&page.id, &answers, &posted.answers) {
            Err(errors) => page_outcome(
                state,
                &r,
                &ctx,
                index,
                &answers,
                Values::Posted(&posted.answers),
                &errors,
            ),
            Ok(page_answers) => {
                let rows = bridge::to_rows(&page_answers);
                let dropped = survey.apply_page(&mut answers, &page.id, page_answers);
                let mut ids: Vec<&str> = page.questions.iter().map(|q| q.id.as_str()).collect();
                ids.extend(dropped.iter().map(String::as_str));
                atmos_store::save_answers(conn, id, &ids, &rows)?;
                if posted.control("_action") == Some("save") {
                    return resume_code_page(state, conn, &r, &ctx, id);
                }
                Ok(redirect(next_href(&survey, &answers, Some(index), &base)))
            }
        }
    })
    .await
}

fn check_outcome(
    state: &AppState,
    r: &Req,
    ctx: &Ctx,
    answers: &ResponseAnswers,
    errors: Vec<(String, AnswerError)>,
    invitation_error: Option<&str>,
    invitation_value: &str,
) -> Result<Outcome, WebError> {
    let base = r.base();
    let t = ctx.texts(state);
    let survey = &ctx.survey;
    let sections = survey
        .pages
        .iter()
        .filter(|p| survey.page_is_shown(p, answers))
        .map(|p| CheckSection {
            heading: t.survey(&format!("page-{}", p.id)),
            rows: p
                .questions
                .iter()
                .filter(|q| survey.is_relevant(q, answers))
                .map(|q| CheckRow {
                    question: t.survey(&format!("q-{}", q.id)),
                    answers: views::answer_text(survey, q, answers, &t),
                    change_href: format!("{base}/p/{}#q-{}", p.id, q.id),
                })
                .collect(),
        })
        .collect();
    let mut links: Vec<views::ErrorLink> = errors
        .iter()
        .map(|(page, e)| views::ErrorLink {
            href: format!("{base}/p/{page}#{}", views::dom_id(&e.field)),
            message: {
                let q = e.field.split('.').next().unwrap_or_default();
                let mut m = t.survey(&format!("q-{q}"));
                m.text = format!("{}: {}", t.error(e).text, m.text);
                m
            },
        })
        .collect();
    let invitation_msg = invitation_error.map(|k| t.ui(k));
    if let Some(m) = &invitation_msg {
        links.push(views::ErrorLink {
            href: "#f-invitation".into(),
            message: m.clone(),
        });
    }
    let heading = t.ui("check-title");
    let view = CheckPage {
        chrome: Chrome::new(
            &t,
            &ctx.locale,
            &heading,
            t.survey("survey-title"),
            &format!("{base}/check"),
            &ctx.available,
            &r.csrf,
        ),
        lead: t.ui("check-lead"),
        back_href: previous_href(survey, answers, survey.pages.len(), &base),
        back: t.ui("back"),
        error_title: t.ui("error-summary-title"),
        errors: links,
        sections,
        change: t.ui("change"),
        not_answered: t.ui("not-answered"),
        invitation: ctx.wave.invitation_required.then(|| InvitationField {
            label: t.ui("invitation-label"),
            hint: t.ui("invitation-hint"),
            error: invitation_msg.clone(),
            value: invitation_value.chars().take(64).collect(),
        }),
        action: format!("{base}/submit"),
        submit: t.ui("submit"),
        save_action: format!("{base}/save"),
        save: t.ui("save-and-continue-later"),
        heading,
    };
    let status = match (errors.is_empty(), invitation_error) {
        (true, None) => StatusCode::OK,
        (_, Some("error-invitation-used")) => StatusCode::CONFLICT,
        _ => StatusCode::UNPROCESSABLE_ENTITY,
    };
    html(status, view.render()?, r, &ctx.locale)
}

async fn check_get(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let r = Req::new(&req, &state);
    run(state, move |state, conn| {
        let base = r.base();
        let ctx = match gate(state, conn, &r, &base)? {
            Gate::Open(c) => c,
            Gate::Closed(o) => return Ok(o),
        };
        let id = match session(conn, &r, &ctx.wave)? {
            Session::InProgress(id) => id,
            Session::Submitted => return Ok(redirect(format!("{base}/done"))),
            Session::None => return Ok(redirect(base)),
        };
        let answers = load_answers(conn, &ctx.survey, id)?;
        check_outcome(state, &r, &ctx, &answers, Vec::new(), None, "")
    })
    .await
}

async fn submit(
    req: HttpRequest,
    body: Result<Bytes, actix_web::Error>,
    state: web::Data<AppState>,
) -> HttpResponse {
    let posted = match post_checks(&state, &req, &body) {
        Ok(p) => p,
        Err((status, key)) => return refused(state, &req, status, key).await,
    };
    let r = Req::new(&req, &state);
    run(state, move |state, conn| {
        let base = r.base();
        let ctx = match gate(state, conn, &r, &base)? {
            Gate::Open(c) => c,
            Gate::Closed(o) => return Ok(o),
        };
        let id = match session(conn, &r, &ctx.wave)? {
            Session::InProgress(id) => id,
            // A second click, a retry or a resubmit after "back": one response, already in.
            Session::Submitted => return Ok(redirect(format!("{base}/done"))),
            Session::None => return Ok(redirect(base)),
        };
        let answers = load_answers(conn, &ctx.survey, id)?;
        let missing = ctx.survey.unanswered_required(&answers);
        let code = posted
            .control("_invitation")
            .unwrap_or_default()
            .to_string();
        if !missing.is_empty() {
            return check_outcome(state, &r, &ctx, &answers, missing, None, &code);
        }
        let hash = (!codes::normalize(&code).is_empty()).then(|| codes::hash(&code));
        match atmos_store::submit_response_with_invitation(conn, id, hash.as_ref()) {
            Ok(_) => Ok(redirect(format!("{base}/done"))),
            Err(StoreError::InvitationRequired) => check_outcome(
                state,
                &r,
                &ctx,
                &answers,
                Vec::new(),
                Some("error-invitation-required"),
                &code,
            ),
            Err(StoreError::InvitationInvalid) => check_outcome(
                state,
                &r,
                &ctx,
                &answers,
                Vec::new(),
                Some("error-invitation-invalid"),
                &code,
            ),
            Err(StoreError::InvitationUsed) => check_outcome(
                state,
                &r,
                &ctx,
                &answers,
                Vec::new(),
                Some("error-invitation-used"),
                &code,
            ),
            Err(e) => Err(e.into()),
        }
    })
    .await
}

async fn done(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let r = Req::new(&req, &state);
    run(state, move |state, conn| {
        let base = r.base();
        let ctx = match gate(state, conn, &r, &base)? {
            Gate::Open(c) => c,
            Gate::Closed(o) => return Ok(o),
        };
        let t = ctx.texts(state);
        let heading = t.ui("done-title");
        let page = MessagePage {
            chrome: Chrome::new(
                &t,
                &ctx.locale,
                &heading,
                t.survey("survey-title"),
                &format!("{base}/done"),
                &ctx.available,
                &r.csrf,
            ),
            heading,
            paragraphs: vec![t.ui("done-body"), t.ui("done-anonymous")],
            code: None,
            links: Vec::new(),
        };
        html(StatusCode::OK, page.render()?, &r, &ctx.locale)
    })
    .await
}

fn resume_code_page(
    state: &AppState,
    conn: &mut PgConnection,
    r: &Req,
    ctx: &Ctx,
    id: Uuid,
) -> Result<Outcome, WebError> {
    let code = codes::new_resume_code();
    atmos_store::set_resume_hash(conn, id, &codes::hash(&code))?;
    let base = r.base();
    let t = ctx.texts(state);
    let heading = t.ui("saved-title");
    let page = MessagePage {
        chrome: Chrome::new(
            &t,
            &ctx.locale,
            &heading,
            t.survey("survey-title"),
            &base,
            &ctx.available,
            &r.csrf,
        ),
        heading,
        paragraphs: vec![t.ui("saved-body"), t.ui("saved-code-intro")],
        code: Some(code),
        links: vec![(format!("{base}/resume"), t.ui("saved-resume-link"))],
    };
    html(StatusCode::OK, page.render()?, r, &ctx.locale)
}

async fn save_later(
    req: HttpRequest,
    body: Result<Bytes, actix_web::Error>,
    state: web::Data<AppState>,
) -> HttpResponse {
    if let Err((status, key)) = post_checks(&state, &req, &body) {
        return refused(state, &req, status, key).await;
    }
    let r = Req::new(&req, &state);
    run(state, move |state, conn| {
        let base = r.base();
        let ctx = match gate(state, conn, &r, &base)? {
            Gate::Open(c) => c,
            Gate::Closed(o) => return Ok(o),
        };
        match session(conn, &r, &ctx.wave)? {
            Session::InProgress(id) => resume_code_page(state, conn, &r, &ctx, id),
            Session::Submitted => Ok(redirect(format!("{base}/done"))),
            Session::None => Ok(redirect(base)),
        }
    })
    .await
}

fn resume_outcome(
    state: &AppState,
    r: &Req,
    ctx: &Ctx,
    error: Option<Msg>,
    value: &str,
) -> Result<Outcome, WebError> {
    let base = r.base();
    let t = ctx.texts(state);
    let heading = t.ui("resume-title");
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let page = ResumePage {
        chrome: Chrome::new(
            &t,
            &ctx.locale,
            &heading,
            t.survey("survey-title"),
            &format!("{base}/resume"),
            &ctx.available,
            &r.csrf,
        ),
        heading,
        lead: t.ui("resume-lead"),
        error_title: t.ui("error-summary-title"),
        error,
        label: t.ui("resume-label"),
        hint: t.ui("resume-hint"),
        value: value.chars().take(64).collect(),
        action: format!("{base}/resume"),
        submit: t.ui("continue"),
    };
    html(status, page.render()?, r, &ctx.locale)
}

async fn resume_get(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let r = Req::new(&req, &state);
    run(state, move |state, conn| {
        let base = r.base();
        match gate(state, conn, &r, &format!("{base}/resume"))? {
            Gate::Open(ctx) => resume_outcome(state, &r, &ctx, None, ""),
            Gate::Closed(o) => Ok(o),
        }
    })
    .await
}

async fn resume_post(
    req: HttpRequest,
    body: Result<Bytes, actix_web::Error>,
    state: web::Data<AppState>,
) -> HttpResponse {
    let posted = match post_checks(&state, &req, &body) {
        Ok(p) => p,
        Err((status, key)) => return refused(state, &req, status, key).await,
    };
    let r = Req::new(&req, &state);
    run(state, move |state, conn| {
        let base = r.base();
        let ctx = match gate(state, conn, &r, &format!("{base}/resume"))? {
            Gate::Open(c) => c,
            Gate::Closed(o) => return Ok(o),
        };
        let code = posted.control("_code").unwrap_or_default().to_string();
        let t = ctx.texts(state);
        if codes::normalize(&code).is_empty() {
            return resume_outcome(state, &r, &ctx, Some(t.ui("error-resume-empty")), &code);
        }
        match atmos_store::resume_response(conn, ctx.wave.id, &codes::hash(&code))? {
            None => resume_outcome(state, &r, &ctx, Some(t.ui("error-resume-unknown")), &code),
            Some(id) => {
                let answers = load_answers(conn, &ctx.survey, id)?;
                Ok(Outcome::Redirect {
                    to: continue_href(&ctx.survey, &answers, &base),
                    cookies: vec![session::response_cookie(&base, id, r.secure)],
                })
            }
        }
    })
    .await
}

/// The languages of pages outside any survey, in a fixed order (Finland's official languages
/// first) rather than the order of directories on disk.
fn site_locales(state: &AppState) -> Vec<LanguageIdentifier> {
    const ORDER: [&str; 8] = ["fi", "sv", "en", "ru", "uk", "ar", "fa", "so"];
    let mut all = state.catalog.locales_with("ui");
    all.sort_by_key(|l| {
        let code = l.to_string();
        (
            ORDER.iter().position(|o| *o == code).unwrap_or(ORDER.len()),
            code,
        )
    });
    all
}

/// The front page: the surveys open for answers, in the visitor's language.
pub async fn index(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let r = Req::new(&req, &state);
    run(state, move |state, conn| {
        let available = site_locales(state);
        let fi = "fi".parse().unwrap_or_default();
        let locale = negotiate_request(&r.hints, &available, &fi);
        let mut links = Vec::new();
        for w in atmos_store::list_waves(conn, None)? {
            if w.wave.status != WaveStatus::Open {
                continue;
            }
            let survey = state.questionnaire(conn, w.wave.questionnaire_id)?;
            let t = Texts {
                catalog: &state.catalog,
                locale: &locale.locale,
                survey_area: format!("survey-{}", survey.id),
            };
            let mut title = t.survey("survey-title");
            title.text = format!("{} ({})", title.text, w.wave.label);
            links.push((format!("/s/{}/{}", survey.id, w.wave.label), title));
        }
        let t = Texts {
            catalog: &state.catalog,
            locale: &locale.locale,
            survey_area: String::new(),
        };
        let heading = t.ui("open-surveys");
        let body = if links.is_empty() {
            t.ui("no-open-surveys")
        } else {
            t.ui("open-surveys-lead")
        };
        let page = MessagePage {
            chrome: Chrome::new(
                &t,
                &locale,
                &heading,
                t.ui("site-name"),
                "/",
                &available,
                &r.csrf,
            ),
            heading,
            paragraphs: vec![body],
            code: None,
            links,
        };
        html(StatusCode::OK, page.render()?, &r, &locale)
    })
    .await
}

/// Anything outside the known routes: a localized 404 page.
pub async fn not_found(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let r = Req::new(&req, &state);
    let path = req.path().chars().take(200).collect::<String>();
    run(state, move |state, _conn| {
        status_page(
            state,
            &r,
            None,
            &path,
            StatusCode::NOT_FOUND,
            "not-found",
            None,
        )
    })
    .await
}
