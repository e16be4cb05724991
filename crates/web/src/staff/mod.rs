//! The staff side under `/dashboard`, in Finnish, Swedish and English (the `dashboard` area of
//! the texts): the routes, and what every staff handler shares (the request's locale and
//! session, the page frame, the role check, the CSRF check of POSTs). The pages are in the
//! modules named for them.

/// A handler's early answer: the value, or return the page given instead.
macro_rules! or_answer {
    ($e:expr) => {
        match $e {
            Ok(value) => value,
            Err(answer) => return Ok(answer),
        }
    };
}

mod accounts;
mod audit_log;
pub(crate) mod auth;
mod compare;
pub(crate) mod exports;
mod indicators;
pub(crate) mod insights;
mod margins;
pub(crate) mod microdata;
mod overview;
pub(crate) mod params;
pub mod password;
mod sign_in;
mod throttle;
mod waves;
mod xlsx;

use actix_web::http::StatusCode;
use actix_web::http::header::CACHE_CONTROL;
use actix_web::web::{self, Bytes};
use actix_web::{HttpRequest, HttpResponse};
use askama::Template;
use atmos_i18n::{FluentArgs, LanguageIdentifier};
use atmos_store::{Role, StoreError, User, UserSession, WaveStatus};

use crate::error::WebError;
use crate::form::{self, Posted};
use crate::locale::{LocaleHints, PageLocale, lang_cookie, negotiate_request};
use crate::outcome::Outcome;
use crate::security::{self, CSRF_FIELD};
use crate::state::{AppState, Db};
use crate::views::{Chrome, Msg, Texts};

pub use insights::Insights;
pub use throttle::LoginThrottle;

use accounts::*;
use audit_log::*;
use indicators::*;
use overview::*;
use sign_in::*;
use waves::*;

const AREA: &str = "dashboard";

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("/dashboard")
            .route("", web::get().to(home))
            .route("/", web::get().to(home))
            .route("/login", web::get().to(login_form))
            .route("/login", web::post().to(login))
            .route("/logout", web::post().to(logout))
            .route("/password", web::get().to(password_form))
            .route("/password", web::post().to(change_password))
            .route("/users", web::get().to(users))
            .route("/users", web::post().to(add_user))
            .route("/users/{name}/{action}", web::post().to(user_action))
            .route("/waves", web::post().to(create_wave))
            .route(
                "/waves/{survey}/{label}/invitations",
                web::post().to(invitations),
            )
            .route(
                "/waves/{survey}/{label}/margins",
                web::get().to(margins::margins_page),
            )
            .route(
                "/waves/{survey}/{label}/margins",
                web::post().to(margins::upload_margins),
            )
            .route(
                "/waves/{survey}/{label}/{action}",
                web::post().to(wave_action),
            )
            .route("/audit", web::get().to(audit))
            .route("/surveys/{survey}", web::get().to(survey_page))
            .route("/surveys/{survey}/table.csv", web::get().to(table_csv))
            .route("/surveys/{survey}/table.xlsx", web::get().to(table_csv))
            .route("/surveys/{survey}/table.json", web::get().to(table_csv))
            .route(
                "/surveys/{survey}/compare",
                web::get().to(compare::compare_page),
            )
            .route(
                "/surveys/{survey}/microdata",
                web::get().to(exports::microdata_page),
            )
            .route(
                "/surveys/{survey}/microdata/download",
                web::get().to(exports::microdata_download),
            )
            .route("/surveys/{survey}/report.html", web::get().to(report_html))
            .route("/surveys/{survey}/charts/{file}", web::get().to(chart_file)),
    );
}

/// What a staff handler needs from the request, owned for the blocking thread.
#[derive(Clone)]
struct StaffReq {
    hints: LocaleHints,
    csrf: String,
    new_csrf: bool,
    token: Option<String>,
    secure: bool,
    path: String,
}

impl StaffReq {
    fn new(req: &HttpRequest, state: &AppState) -> Self {
        let (csrf, new_csrf) = security::csrf_token(req);
        Self {
            hints: LocaleHints::from_request(req),
            csrf,
            new_csrf,
            token: auth::token(req),
            secure: state.secure_cookies,
            path: req.path().chars().take(200).collect(),
        }
    }

    fn locale(&self, state: &AppState) -> (PageLocale, Vec<LanguageIdentifier>) {
        let mut available = state.catalog.locales_with(AREA);
        const ORDER: [&str; 3] = ["fi", "sv", "en"];
        available.sort_by_key(|l| ORDER.iter().position(|o| l.language.as_str() == *o));
        let fi: LanguageIdentifier = "fi".parse().unwrap_or_default();
        (negotiate_request(&self.hints, &available, &fi), available)
    }
}

fn redirect(to: &str) -> Outcome {
    Outcome::Redirect {
        to: to.to_string(),
        cookies: Vec::new(),
    }
}

/// Runs a staff handler on a blocking thread (diesel, Argon2).
async fn run<F>(state: web::Data<AppState>, f: F) -> HttpResponse
where
    F: FnOnce(&AppState, &mut Db<'_>) -> Result<Outcome, WebError> + Send + 'static,
{
    let st = state.clone();
    let result = web::block(move || {
        let mut db = Db::new(&st.pool);
        let result = f(&st, &mut db);
        if let Err(e) = &result {
            db.forget_if_lost(e);
        }
        result
    })
    .await
    .unwrap_or(Err(WebError::Blocking));
    match result {
        Ok(answer) => answer.into_response(),
        Err(e) => {
            let status = if e.is_unavailable() {
                StatusCode::SERVICE_UNAVAILABLE
            } else {
                StatusCode::INTERNAL_SERVER_ERROR
            };
            tracing::error!(error = %e, "dashboard request failed");
            HttpResponse::build(status)
                .content_type("text/plain; charset=utf-8")
                .insert_header((CACHE_CONTROL, "no-store"))
                .body(if e.is_unavailable() {
                    "The database is unavailable: try again in a moment."
                } else {
                    "Something went wrong on the server."
                })
        }
    }
}

/// The texts, locale and page frame of a staff page.
struct Frame<'a> {
    state: &'a AppState,
    r: &'a StaffReq,
    locale: PageLocale,
    available: Vec<LanguageIdentifier>,
}

impl<'a> Frame<'a> {
    fn new(state: &'a AppState, r: &'a StaffReq) -> Self {
        let (locale, available) = r.locale(state);
        Self {
            state,
            r,
            locale,
            available,
        }
    }

    fn texts(&self) -> Texts<'_> {
        Texts::new(
            &self.state.catalog,
            &self.state.texts,
            &self.locale.locale,
            AREA.to_string(),
        )
    }

    fn t(&self, id: &str) -> Msg {
        self.texts().survey(id)
    }

    fn chrome(&self, heading: &Msg) -> Chrome {
        let t = self.texts();
        let mut chrome = Chrome::new(
            &t,
            &self.locale,
            heading,
            t.survey("dash-site-name"),
            &self.r.path,
            &self.available,
            &self.r.csrf,
        );
        chrome.footer = t.survey("dash-footer");
        chrome
    }

    fn page(&self, status: StatusCode, body: String) -> Outcome {
        let mut cookies = Vec::new();
        if self.r.new_csrf {
            cookies.push(security::csrf_cookie(&self.r.csrf, self.r.secure));
        }
        if self.locale.chosen {
            cookies.push(lang_cookie(&self.locale.locale, self.r.secure));
        }
        Outcome::Html {
            status,
            body,
            cookies,
        }
    }
}

/// The signed-in user, or the answer to give instead: the sign-in page for a browser without
/// a valid session, the password page while a one-time password must be changed, 403 for
/// a role that may not see the page.
fn signed_in(
    state: &AppState,
    db: &mut Db<'_>,
    r: &StaffReq,
    allowed: fn(Role) -> bool,
) -> Result<Result<UserSession, Outcome>, WebError> {
    let Some(session) = auth::current(db, r.token.as_deref())? else {
        return Ok(Err(redirect("/dashboard/login")));
    };
    if session.user.must_change_password && r.path != "/dashboard/password" {
        return Ok(Err(redirect("/dashboard/password")));
    }
    if !allowed(session.user.role) {
        let f = Frame::new(state, r);
        let heading = f.t("dash-forbidden-title");
        let page = MessagePage {
            chrome: f.chrome(&heading),
            paragraphs: vec![f.t("dash-forbidden-body")],
            heading,
            code: None,
            links: vec![("/dashboard".into(), f.t("dash-home"))],
        };
        return Ok(Err(f.page(StatusCode::FORBIDDEN, page.render()?)));
    }
    Ok(Ok(session))
}

fn any_role(_: Role) -> bool {
    true
}

/// Checks every POST needs before anything else: a readable form and the CSRF token.
fn posted(
    req: &HttpRequest,
    body: &Result<Bytes, actix_web::Error>,
) -> Result<Posted, HttpResponse> {
    let refuse = |status: StatusCode, text: &'static str| {
        HttpResponse::build(status)
            .content_type("text/plain; charset=utf-8")
            .body(text)
    };
    let Ok(body) = body else {
        return Err(refuse(
            StatusCode::PAYLOAD_TOO_LARGE,
            "The form is too large.",
        ));
    };
    let posted =
        form::parse(req, body).map_err(|e| refuse(e.status(), "The form could not be read."))?;
    if !security::csrf_ok(req, posted.control(CSRF_FIELD)) {
        return Err(refuse(
            StatusCode::FORBIDDEN,
            "The form's security token is missing or wrong: reload the page and try again.",
        ));
    }
    Ok(posted)
}

#[derive(Template)]
#[template(path = "message.html")]
struct MessagePage {
    chrome: Chrome,
    heading: Msg,
    paragraphs: Vec<Msg>,
    code: Option<String>,
    links: Vec<(String, Msg)>,
}

/// A short page saying why an action was refused, with the way back.
fn refusal(f: &Frame<'_>, status: StatusCode, key: &str) -> Result<Outcome, WebError> {
    let heading = f.t("dash-error-summary");
    let page = MessagePage {
        chrome: f.chrome(&heading),
        paragraphs: vec![f.t(key)],
        heading,
        code: None,
        links: vec![("/dashboard".into(), f.t("dash-home"))],
    };
    Ok(f.page(status, page.render()?))
}

fn is_admin(role: Role) -> bool {
    auth::may_manage_accounts(role)
}
