//! The respondent's journey: landing, one page per section, check your answers, thank you;
//! saving and resuming; closed, not yet open and unknown waves.

use std::sync::Arc;
use std::sync::atomic::AtomicUsize;

use actix_web::http::StatusCode;
use actix_web::http::header::{CACHE_CONTROL, RETRY_AFTER};
use actix_web::web::{self, Bytes};
use actix_web::{HttpRequest, HttpResponse};
use askama::Template;
use atmos_i18n::{FluentArgs, LanguageIdentifier};
use atmos_store::{ResponseEdit, ResponseStatus, StoreError, Wave, WaveStatus};
use atmos_survey::{AnswerError, Page, ResponseAnswers, Survey};
use chrono::Utc;
use uuid::Uuid;

use crate::error::WebError;
use crate::form::{self, FormError, Posted};
use crate::locale::{LocaleHints, PageLocale, lang_cookie, negotiate_request};
use crate::outcome::Outcome;
use crate::response_cache::Cached;
use crate::security::{self, CSRF_FIELD};
use crate::session;
use crate::skeleton::{Recorder, SkeletonKey, Slot};
use crate::state::{AppState, Db, Questionnaire};
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

/// A step of a handler: go on with what it found, or answer with this page instead.
enum Step<T> {
    Go(T),
    Answer(Outcome),
}

/// The value of a [`Step::Go`]; a [`Step::Answer`] is returned from the handler.
macro_rules! go {
    ($step:expr) => {
        match $step {
            Step::Go(value) => value,
            Step::Answer(outcome) => return Ok(outcome),
        }
    };
}

/// [`go!`] for helpers that themselves return a [`Step`].
macro_rules! go_step {
    ($step:expr) => {
        match $step {
            Step::Go(value) => value,
            Step::Answer(outcome) => return Ok(Step::Answer(outcome)),
        }
    };
}

/// The wave, its questionnaire and the page's language.
struct Ctx {
    wave: Arc<Wave>,
    questionnaire: Arc<Questionnaire>,
    survey: Arc<Survey>,
    locale: PageLocale,
}

impl Ctx {
    fn texts<'a>(&'a self, state: &'a AppState) -> Texts<'a> {
        Texts::new(
            &state.catalog,
            &state.texts,
            &self.locale.locale,
            format!("survey-{}", self.survey.id),
        )
    }

    fn available(&self) -> &[LanguageIdentifier] {
        &self.questionnaire.available
    }
}

/// Runs a handler's work on a blocking thread (diesel is synchronous), with a database
/// connection taken from the pool only if the work needs one.
async fn run<F>(state: web::Data<AppState>, f: F) -> HttpResponse
where
    F: FnOnce(&AppState, &mut Db<'_>) -> Result<Outcome, WebError> + Send + 'static,
{
    let st = state.clone();
    let result = web::block(move || -> Result<Outcome, WebError> {
        let mut db = Db::new(&st.pool);
        let result = f(&st, &mut db);
        if let Err(e) = &result {
            db.forget_if_lost(e);
        }
        result
    })
    .await
    .unwrap_or(Err(WebError::Blocking));
    respond(&state, result)
}

/// Serves a page that only reads: first from the caches alone, right here on the async
/// thread (no hand-off to a blocking thread, no connection); if that needs the database, the
/// same work again through [`run`]. `f` must not write anything, as it may run twice.
async fn read<F>(state: web::Data<AppState>, f: F) -> HttpResponse
where
    F: Fn(&AppState, &mut Db<'_>) -> Result<Outcome, WebError> + Send + 'static,
{
    match f(&state, &mut Db::cache_only(&state.pool)) {
        Err(WebError::NeedsDatabase) => run(state, f).await,
        result => respond(&state, result),
    }
}

fn respond(state: &AppState, result: Result<Outcome, WebError>) -> HttpResponse {
    match result {
        Ok(outcome) => outcome.into_response(),
        Err(e) if e.is_unavailable() => {
            tracing::warn!(error = %e, "database unavailable");
            server_error(state, StatusCode::SERVICE_UNAVAILABLE)
        }
        Err(e) => {
            tracing::error!(error = %e, "request failed");
            server_error(state, StatusCode::INTERNAL_SERVER_ERROR)
        }
    }
}

/// The error page: 500, or 503 with a `Retry-After` when the database could not be used
/// (it is restarting, say), which a retry may well get past.
fn server_error(state: &AppState, status: StatusCode) -> HttpResponse {
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
    let mut response = HttpResponse::build(status);
    response.content_type("text/html; charset=utf-8");
    if status == StatusCode::SERVICE_UNAVAILABLE {
        response.insert_header((RETRY_AFTER, "5"));
    }
    response.body(html)
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Find the wave and decide whether it takes answers; otherwise the localized page that
/// says why, with its status (404 unknown, 403 not yet open, 410 closed).
fn gate(state: &AppState, db: &mut Db<'_>, r: &Req, path: &str) -> Result<Step<Ctx>, WebError> {
    let Some(wave) = state.wave(db, &r.survey, &r.wave)? else {
        return Ok(Step::Answer(status_page(
            state,
            r,
            None,
            path,
            StatusCode::NOT_FOUND,
            "unknown-wave",
            None,
        )?));
    };
    let questionnaire = state.questionnaire(db, wave.questionnaire_id)?;
    let locale = negotiate_request(
        &r.hints,
        &questionnaire.available,
        &questionnaire.default_locale,
    );
    let now = Utc::now();
    let ctx = Ctx {
        wave,
        survey: questionnaire.survey.clone(),
        questionnaire,
        locale,
    };
    let not_yet =
        ctx.wave.status == WaveStatus::Draft || ctx.wave.opens_at.is_some_and(|t| t > now);
    let closed =
        ctx.wave.status == WaveStatus::Closed || ctx.wave.closes_at.is_some_and(|t| t <= now);
    if closed {
        return Ok(Step::Answer(status_page(
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
        return Ok(Step::Answer(status_page(
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
    Ok(Step::Go(ctx))
}

/// A write found the wave not open although its cached row said it was: forget the row and
/// show what the wave's state is now.
fn wave_no_longer_open(
    state: &AppState,
    db: &mut Db<'_>,
    r: &Req,
    path: &str,
) -> Result<Outcome, WebError> {
    state.forget_wave(&r.survey, &r.wave);
    match gate(state, db, r, path)? {
        Step::Answer(outcome) => Ok(outcome),
        // Open by its row, yet the write was refused: a wave is never reopened, so the row
        // was read just before it closed.
        Step::Go(ctx) => status_page(
            state,
            r,
            Some(&ctx),
            path,
            StatusCode::GONE,
            "wave-closed",
            None,
        ),
    }
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
    let site_locales = site_locales(state);
    let (locale, available, area) = match ctx {
        Some(c) => (
            c.locale.clone(),
            c.available(),
            format!("survey-{}", c.survey.id),
        ),
        None => {
            let fi = "fi".parse().unwrap_or_default();
            (
                negotiate_request(&r.hints, &site_locales, &fi),
                site_locales.as_slice(),
                String::new(),
            )
        }
    };
    let t = Texts::new(&state.catalog, &state.texts, &locale.locale, area);
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
        chrome: Chrome::new(&t, &locale, &heading, site, path, available, &r.csrf),
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

/// The response this browser is answering in this wave, if it is still in progress, with
/// its answers (read together, in one statement).
enum Session {
    None,
    InProgress(Arc<ResponseAnswers>),
    Submitted,
}

/// Which copy of the response a page may use.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Read {
    /// This process's copy if it has one (see [`crate::response_cache`]).
    Cached,
    /// The database's: for the check page, the last look before submitting.
    Stored,
}

fn session(
    state: &AppState,
    db: &mut Db<'_>,
    r: &Req,
    ctx: &Ctx,
    read: Read,
) -> Result<Session, WebError> {
    let Some(id) = r.response else {
        return Ok(Session::None);
    };
    let cached = match read {
        Read::Cached => state.responses.get(id),
        Read::Stored => None,
    };
    let (wave_id, cached) = match cached {
        Some(found) => found,
        None => match atmos_store::find_response_with_answers(db.conn()?, id)? {
            // Decoded with this wave's questionnaire, so only a response of this wave is kept.
            Some(found) if found.wave_id == ctx.wave.id => {
                let cached = match found.status {
                    ResponseStatus::InProgress => {
                        Cached::InProgress(Arc::new(bridge::from_rows(&ctx.survey, found.answers)))
                    }
                    ResponseStatus::Submitted => Cached::Submitted,
                };
                state.responses.put(id, found.wave_id, cached.clone());
                (found.wave_id, cached)
            }
            _ => return Ok(Session::None),
        },
    };
    Ok(match cached {
        _ if wave_id != ctx.wave.id => Session::None,
        Cached::InProgress(answers) => Session::InProgress(answers),
        Cached::Submitted => Session::Submitted,
    })
}

/// The start of every page of a response in progress: the wave's gate, then the
/// browser's response and its answers; without one, to the landing page, and once it is
/// submitted, to the thank-you page.
fn answering(
    state: &AppState,
    db: &mut Db<'_>,
    r: &Req,
    path: &str,
    read: Read,
) -> Result<Step<(Ctx, Arc<ResponseAnswers>)>, WebError> {
    let ctx = go_step!(gate(state, db, r, path)?);
    Ok(match session(state, db, r, &ctx, read)? {
        Session::InProgress(answers) => Step::Go((ctx, answers)),
        Session::Submitted => Step::Answer(redirect(format!("{}/done", r.base()))),
        Session::None => Step::Answer(redirect(r.base())),
    })
}

/// Changes the browser's response in one transaction, with the response and its wave
/// locked (see [`atmos_store::edit_response`]); everything `f` writes is stored, or nothing.
/// A browser without a response (or with one of another wave) goes to the landing page, a
/// submitted one to the thank-you page, and a wave that closed meanwhile says so.
fn edit<T>(
    state: &AppState,
    db: &mut Db<'_>,
    r: &Req,
    ctx: &Ctx,
    f: impl FnOnce(&mut ResponseEdit<'_>) -> Result<T, WebError>,
) -> Result<Step<T>, WebError> {
    let base = r.base();
    let Some(id) = r.response else {
        return Ok(Step::Answer(redirect(base)));
    };
    let wave_id = ctx.wave.id;
    let edited = atmos_store::edit_response(db.conn()?, id, |edit| {
        if edit.wave_id() != wave_id {
            return Ok(None);
        }
        f(edit).map(Some)
    });
    // The callers record what they stored; here, a response whose state this process got
    // wrong, or can no longer be sure of, is read again next time.
    match edited {
        Ok(Some(value)) => Ok(Step::Go(value)),
        Ok(None) => Ok(Step::Answer(redirect(base))),
        Err(WebError::Store(StoreError::UnknownResponse(_))) => {
            state.responses.forget(id);
            Ok(Step::Answer(redirect(base)))
        }
        Err(WebError::Store(StoreError::ResponseSubmitted(_))) => {
            state.responses.put(id, wave_id, Cached::Submitted);
            Ok(Step::Answer(redirect(format!("{base}/done"))))
        }
        Err(WebError::Store(StoreError::WaveNotOpen { .. })) => {
            wave_no_longer_open(state, db, r, &base).map(Step::Answer)
        }
        Err(e) => {
            state.responses.forget(id);
            Err(e)
        }
    }
}

/// Records the browser's response as just stored (or read under its lock), for the pages
/// that follow.
fn remember(state: &AppState, r: &Req, ctx: &Ctx, cached: Cached) {
    if let Some(id) = r.response {
        state.responses.put(id, ctx.wave.id, cached);
    }
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
    let mut resp = read(state, move |state, db| {
        let ctx = go!(gate(state, db, &r, &path)?);
        status_page(state, &r, Some(&ctx), &path, status, key, None)
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

/// What every POST starts with: the checks of [`post_checks`] (refused with a page that
/// says why), then, on a blocking thread, the wave's gate at `{base}{gate_path}`; `f` does
/// the rest with the wave open.
async fn post<F>(
    req: &HttpRequest,
    body: Result<Bytes, actix_web::Error>,
    state: web::Data<AppState>,
    gate_path: &'static str,
    f: F,
) -> HttpResponse
where
    F: FnOnce(&AppState, &mut Db<'_>, &Req, Ctx, Posted) -> Result<Outcome, WebError>
        + Send
        + 'static,
{
    let posted = match post_checks(&state, req, &body) {
        Ok(p) => p,
        Err((status, key)) => return refused(state, req, status, key).await,
    };
    let r = Req::new(req, &state);
    run(state, move |state, db| {
        let path = format!("{}{gate_path}", r.base());
        let ctx = go!(gate(state, db, &r, &path)?);
        f(state, db, &r, ctx, posted)
    })
    .await
}

async fn landing(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let r = Req::new(&req, &state);
    read(state, move |state, db| {
        let base = r.base();
        let ctx = go!(gate(state, db, &r, &base)?);
        let t = ctx.texts(state);
        let continue_href = match session(state, db, &r, &ctx, Read::Cached)? {
            Session::InProgress(answers) => Some(continue_href(&ctx.survey, &answers, &base)),
            Session::Submitted | Session::None => None,
        };
        let heading = t.survey("survey-title");
        let page = LandingPage {
            chrome: Chrome::new(
                &t,
                &ctx.locale,
                &heading,
                t.ui("site-name"),
                &base,
                ctx.available(),
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
    post(&req, body, state, "", |state, db, r, ctx, _posted| {
        let base = r.base();
        let locale = ctx.locale.locale.to_string();
        let id = match atmos_store::start_response(db.conn()?, ctx.wave.id, &locale) {
            Ok(id) => id,
            Err(StoreError::WaveNotOpen { .. }) => {
                return wave_no_longer_open(state, db, r, &base);
            }
            Err(e) => return Err(e.into()),
        };
        let answers = Arc::new(ResponseAnswers::new());
        let to = next_href(&ctx.survey, &answers, None, &base);
        state
            .responses
            .put(id, ctx.wave.id, Cached::InProgress(answers));
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
    let shown: Vec<bool> = page
        .questions
        .iter()
        .map(|q| {
            survey.is_relevant(q, answers)
                || q.relevant.as_ref().is_some_and(|r| {
                    r.expr
                        .references()
                        .iter()
                        .any(|(item, _)| on_page.contains(&item.question.as_str()))
                })
        })
        .collect();
    let back_href = previous_href(survey, answers, page_index, &base);
    let form = PageForm {
        ctx,
        index: page_index,
        page,
        shown: &shown,
        path: format!("{base}/p/{}", page.id),
    };
    if let (Values::Stored(stored), true, Some(skeletons)) =
        (&values, errors.is_empty(), &state.skeletons)
    {
        let key = SkeletonKey {
            questionnaire: ctx.wave.questionnaire_id,
            page: page_index,
            locale: ctx.locale.locale.to_string(),
            shown: shown.clone(),
        };
        let skeleton = match skeletons.get(&key) {
            Some(skeleton) => Some(skeleton),
            None => {
                let rec = Recorder::default();
                let csrf = rec.mark(Slot::Csrf);
                let back = rec.mark(Slot::BackHref);
                let body = form.render(state, &Values::Skeleton(&rec), &[], &csrf, &back)?;
                let skeleton = rec.finish(&body).map(Arc::new);
                match &skeleton {
                    Some(s) => skeletons.insert(key, s.clone()),
                    None => tracing::warn!("a question page could not be cut into a skeleton"),
                }
                skeleton
            }
        };
        if let Some(skeleton) = skeleton {
            let body = skeleton.fill(stored, &r.csrf, &back_href);
            return html(StatusCode::OK, body, r, &ctx.locale);
        }
    }
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let body = form.render(state, &values, errors, &r.csrf, &back_href)?;
    html(status, body, r, &ctx.locale)
}

/// A question page as shown to one response: which page, which of its questions.
struct PageForm<'a> {
    ctx: &'a Ctx,
    index: usize,
    page: &'a Page,
    shown: &'a [bool],
    path: String,
}

impl PageForm<'_> {
    fn render(
        &self,
        state: &AppState,
        values: &Values<'_>,
        errors: &[AnswerError],
        csrf: &str,
        back_href: &str,
    ) -> Result<String, WebError> {
        let ctx = self.ctx;
        let t = ctx.texts(state);
        let survey = &ctx.survey;
        let page = self.page;
        let questions: Vec<views::QuestionView> = page
            .questions
            .iter()
            .zip(self.shown)
            .filter(|(_, shown)| **shown)
            .map(|(q, _)| views::question_view(survey, q, &t, values, errors))
            .collect();
        let mut args = FluentArgs::new();
        args.set("page", self.index + 1);
        args.set("pages", survey.pages.len());
        let heading = t.survey(&format!("page-{}", page.id));
        let error_links = views::error_links(&questions, errors, &t);
        let mut title = heading.clone();
        if !errors.is_empty() {
            title.text = format!("{}: {}", t.ui("error-title-prefix").text, heading.text).into();
        }
        let view = QuestionPage {
            chrome: Chrome::new(
                &t,
                &ctx.locale,
                &title,
                t.survey("survey-title"),
                &self.path,
                ctx.available(),
                csrf,
            ),
            progress: t.ui_args("progress", &args),
            back_href: back_href.to_string(),
            back: t.ui("back"),
            error_title: t.ui("error-summary-title"),
            errors: error_links,
            questions,
            action: self.path.clone(),
            next: t.ui("continue"),
            save: t.ui("save-and-continue-later"),
            exclusive_or: t.ui("or"),
            error_prefix: t.ui("error-title-prefix"),
            heading,
        };
        static LAST: AtomicUsize = AtomicUsize::new(0);
        Ok(views::render_sized(&view, &LAST)?)
    }
}

fn page_index(survey: &Survey, page: &str) -> Option<usize> {
    survey.pages.iter().position(|p| p.id == page)
}

fn page_param(req: &HttpRequest) -> String {
    req.match_info()
        .get("page")
        .unwrap_or_default()
        .chars()
        .take(100)
        .collect()
}

fn unknown_page(state: &AppState, r: &Req, ctx: &Ctx) -> Result<Outcome, WebError> {
    status_page(
        state,
        r,
        Some(ctx),
        &r.base(),
        StatusCode::NOT_FOUND,
        "unknown-page",
        None,
    )
}

async fn page_get(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let r = Req::new(&req, &state);
    let page_id = page_param(&req);
    read(state, move |state, db| {
        let base = r.base();
        let (ctx, answers) = go!(answering(state, db, &r, &base, Read::Cached)?);
        let Some((index, page)) = page_index(&ctx.survey, &page_id)
            .and_then(|index| Some((index, ctx.survey.pages.get(index)?)))
        else {
            return unknown_page(state, &r, &ctx);
        };
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

/// What a page's POST found, in its transaction.
enum PageStep {
    /// The answers do not validate: nothing was written.
    Invalid(Arc<ResponseAnswers>, Vec<AnswerError>),
    /// Stored: the response's answers now, and a new resume code if one was asked for.
    Saved(Arc<ResponseAnswers>, Option<String>),
}

async fn page_post(
    req: HttpRequest,
    body: Result<Bytes, actix_web::Error>,
    state: web::Data<AppState>,
) -> HttpResponse {
    let page_id = page_param(&req);
    post(&req, body, state, "", move |state, db, r, ctx, posted| {
        let base = r.base();
        if r.response.is_none() {
            return Ok(redirect(base));
        }
        let survey = ctx.survey.clone();
        let Some((index, page)) =
            page_index(&survey, &page_id).and_then(|index| Some((index, survey.pages.get(index)?)))
        else {
            return unknown_page(state, r, &ctx);
        };
        // Validated against the answers read under the response's lock, so the relevance
        // of this page's questions and the answers pruned elsewhere are those of the
        // answers this write replaces.
        let step = go!(edit(state, db, r, &ctx, |edit| {
            let mut answers = bridge::from_rows(&survey, edit.answers()?);
            let page_answers = match survey.validate_page(&page.id, &answers, &posted.answers) {
                Ok(page_answers) => page_answers,
                Err(errors) => return Ok(PageStep::Invalid(Arc::new(answers), errors)),
            };
            let rows = bridge::to_rows(&page_answers);
            let dropped = survey.apply_page(&mut answers, &page.id, page_answers);
            let mut ids: Vec<&str> = page.questions.iter().map(|q| q.id.as_str()).collect();
            ids.extend(dropped.iter().map(String::as_str));
            edit.replace_page(&ids, &rows)?;
            let code = (posted.control("_action") == Some("save")).then(codes::new_resume_code);
            if let Some(code) = &code {
                edit.set_resume_hash(&codes::hash(code))?;
            }
            Ok(PageStep::Saved(Arc::new(answers), code))
        })?);
        let (PageStep::Invalid(answers, _) | PageStep::Saved(answers, _)) = &step;
        remember(state, r, &ctx, Cached::InProgress(answers.clone()));
        match step {
            PageStep::Invalid(answers, errors) => page_outcome(
                state,
                r,
                &ctx,
                index,
                &answers,
                Values::Posted(&posted.answers),
                &errors,
            ),
            PageStep::Saved(_, Some(code)) => resume_code_page(state, r, &ctx, code),
            PageStep::Saved(answers, None) => {
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
                m.text = format!("{}: {}", t.error(e).text, m.text).into();
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
            ctx.available(),
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
    static LAST: AtomicUsize = AtomicUsize::new(0);
    html(status, views::render_sized(&view, &LAST)?, r, &ctx.locale)
}

async fn check_get(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let r = Req::new(&req, &state);
    run(state, move |state, db| {
        let base = r.base();
        let (ctx, answers) = go!(answering(state, db, &r, &base, Read::Stored)?);
        check_outcome(state, &r, &ctx, &answers, Vec::new(), None, "")
    })
    .await
}

/// What a submission found, in its transaction.
enum SubmitStep {
    Submitted,
    /// Not submitted, nothing written: required answers missing, or the invitation code
    /// (the message id of what is wrong with it).
    Refused {
        answers: ResponseAnswers,
        missing: Vec<(String, AnswerError)>,
        invitation: Option<&'static str>,
    },
}

async fn submit(
    req: HttpRequest,
    body: Result<Bytes, actix_web::Error>,
    state: web::Data<AppState>,
) -> HttpResponse {
    post(&req, body, state, "", |state, db, r, ctx, posted| {
        let base = r.base();
        let code = posted
            .control("_invitation")
            .unwrap_or_default()
            .to_string();
        let hash = (!codes::normalize(&code).is_empty()).then(|| codes::hash(&code));
        // Checked under the response's lock: no page saved meanwhile can leave a required
        // question unanswered after the check. A second click, a retry or a resubmit after
        // "back" finds the response submitted and goes to the thank-you page.
        let step = go!(edit(state, db, r, &ctx, |edit| {
            let answers = bridge::from_rows(&ctx.survey, edit.answers()?);
            let missing = ctx.survey.unanswered_required(&answers);
            if !missing.is_empty() {
                return Ok(SubmitStep::Refused {
                    answers,
                    missing,
                    invitation: None,
                });
            }
            let invitation = match edit.submit(hash.as_ref()) {
                Ok(()) => return Ok(SubmitStep::Submitted),
                Err(StoreError::InvitationRequired) => "error-invitation-required",
                Err(StoreError::InvitationInvalid) => "error-invitation-invalid",
                Err(StoreError::InvitationUsed) => "error-invitation-used",
                Err(e) => return Err(e.into()),
            };
            Ok(SubmitStep::Refused {
                answers,
                missing,
                invitation: Some(invitation),
            })
        })?);
        match step {
            SubmitStep::Submitted => {
                remember(state, r, &ctx, Cached::Submitted);
                Ok(redirect(format!("{base}/done")))
            }
            SubmitStep::Refused {
                answers,
                missing,
                invitation,
            } => {
                let answers = Arc::new(answers);
                remember(state, r, &ctx, Cached::InProgress(answers.clone()));
                check_outcome(state, r, &ctx, &answers, missing, invitation, &code)
            }
        }
    })
    .await
}

async fn done(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let r = Req::new(&req, &state);
    read(state, move |state, db| {
        let base = r.base();
        let ctx = go!(gate(state, db, &r, &base)?);
        let t = ctx.texts(state);
        let heading = t.ui("done-title");
        let page = MessagePage {
            chrome: Chrome::new(
                &t,
                &ctx.locale,
                &heading,
                t.survey("survey-title"),
                &format!("{base}/done"),
                ctx.available(),
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

/// The page that shows a new resume code (its hash already stored).
fn resume_code_page(
    state: &AppState,
    r: &Req,
    ctx: &Ctx,
    code: String,
) -> Result<Outcome, WebError> {
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
            ctx.available(),
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
    post(&req, body, state, "", |state, db, r, ctx, _posted| {
        let code = go!(edit(state, db, r, &ctx, |edit| {
            let code = codes::new_resume_code();
            edit.set_resume_hash(&codes::hash(&code))?;
            Ok(code)
        })?);
        resume_code_page(state, r, &ctx, code)
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
            ctx.available(),
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
    read(state, move |state, db| {
        let base = r.base();
        let ctx = go!(gate(state, db, &r, &format!("{base}/resume"))?);
        resume_outcome(state, &r, &ctx, None, "")
    })
    .await
}

async fn resume_post(
    req: HttpRequest,
    body: Result<Bytes, actix_web::Error>,
    state: web::Data<AppState>,
) -> HttpResponse {
    post(&req, body, state, "/resume", |state, db, r, ctx, posted| {
        let base = r.base();
        let code = posted.control("_code").unwrap_or_default().to_string();
        let t = ctx.texts(state);
        if codes::normalize(&code).is_empty() {
            return resume_outcome(state, r, &ctx, Some(t.ui("error-resume-empty")), &code);
        }
        match atmos_store::resume_response(db.conn()?, ctx.wave.id, &codes::hash(&code))? {
            None => resume_outcome(state, r, &ctx, Some(t.ui("error-resume-unknown")), &code),
            Some(id) => {
                let answers = atmos_store::load_answers(db.conn()?, id)?;
                let answers = Arc::new(bridge::from_rows(&ctx.survey, answers));
                let to = continue_href(&ctx.survey, &answers, &base);
                state
                    .responses
                    .put(id, ctx.wave.id, Cached::InProgress(answers));
                Ok(Outcome::Redirect {
                    to,
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
    run(state, move |state, db| {
        let available = site_locales(state);
        let fi = "fi".parse().unwrap_or_default();
        let locale = negotiate_request(&r.hints, &available, &fi);
        let mut links = Vec::new();
        for w in atmos_store::list_waves(db.conn()?, None)? {
            if w.wave.status != WaveStatus::Open {
                continue;
            }
            let survey = state
                .questionnaire(db, w.wave.questionnaire_id)?
                .survey
                .clone();
            let t = Texts::new(
                &state.catalog,
                &state.texts,
                &locale.locale,
                format!("survey-{}", survey.id),
            );
            let mut title = t.survey("survey-title");
            title.text = format!("{} ({})", title.text, w.wave.label).into();
            links.push((format!("/s/{}/{}", survey.id, w.wave.label), title));
        }
        let t = Texts::new(&state.catalog, &state.texts, &locale.locale, String::new());
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
    read(state, move |state, _db| {
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
