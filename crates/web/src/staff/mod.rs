//! The staff side under `/dashboard`: sign-in, sign-out, changing one's password, the
//! overview of surveys and waves, and account management for admins. Finnish, Swedish and
//! English (the `dashboard` area of the texts).

/// A handler's early answer: the value, or return the page given instead.
macro_rules! or_answer {
    ($e:expr) => {
        match $e {
            Ok(value) => value,
            Err(answer) => return Ok(answer),
        }
    };
}

pub(crate) mod auth;
mod compare;
pub(crate) mod exports;
pub(crate) mod insights;
mod margins;
pub(crate) mod microdata;
pub(crate) mod params;
pub mod password;
mod throttle;
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

// ------------------------------------------------------------------ sign-in

#[derive(Template)]
#[template(path = "staff_login.html")]
struct LoginPage {
    chrome: Chrome,
    heading: Msg,
    error_title: Msg,
    error: Option<Msg>,
    username_label: Msg,
    password_label: Msg,
    username: String,
    submit: Msg,
}

fn login_page(
    f: &Frame<'_>,
    status: StatusCode,
    error: Option<&str>,
    username: &str,
) -> Result<Outcome, WebError> {
    let heading = f.t("dash-login-title");
    let page = LoginPage {
        chrome: f.chrome(&heading),
        heading,
        error_title: f.t("dash-error-summary"),
        error: error.map(|e| f.t(e)),
        username_label: f.t("dash-username"),
        password_label: f.t("dash-password"),
        username: username.chars().take(64).collect(),
        submit: f.t("dash-login-submit"),
    };
    Ok(f.page(status, page.render()?))
}

async fn login_form(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let r = StaffReq::new(&req, &state);
    run(state, move |state, db| {
        if auth::current(db, r.token.as_deref())?.is_some() {
            return Ok(redirect("/dashboard"));
        }
        login_page(&Frame::new(state, &r), StatusCode::OK, None, "")
    })
    .await
}

async fn login(
    req: HttpRequest,
    body: Result<Bytes, actix_web::Error>,
    state: web::Data<AppState>,
) -> HttpResponse {
    let posted = match posted(&req, &body) {
        Ok(p) => p,
        Err(resp) => return resp,
    };
    let r = StaffReq::new(&req, &state);
    let username = posted
        .control("_username")
        .unwrap_or_default()
        .trim()
        .to_lowercase();
    let password = posted.control("_password").unwrap_or_default().to_string();
    run(state, move |state, db| {
        let f = Frame::new(state, &r);
        if username.is_empty() || password.is_empty() {
            return login_page(
                &f,
                StatusCode::UNPROCESSABLE_ENTITY,
                Some("dash-error-login-empty"),
                &username,
            );
        }
        if !state.login_throttle.allow(&username) {
            return login_page(
                &f,
                StatusCode::TOO_MANY_REQUESTS,
                Some("dash-error-throttled"),
                &username,
            );
        }
        let user = atmos_store::find_user(db.conn()?, &username)?;
        // Verified against a decoy when there is no such user, so the time taken does not
        // tell which usernames exist.
        let hash = user
            .as_ref()
            .map_or(password::decoy_hash(), |u| u.password_hash.as_str());
        let matches = password::verify(&password, hash);
        let user = match user {
            Some(user) if matches && !user.disabled => user,
            found => {
                atmos_store::record_audit(
                    db.conn()?,
                    found.as_ref(),
                    "login.failed",
                    &serde_json::json!({ "username": username }),
                )?;
                return login_page(
                    &f,
                    StatusCode::UNAUTHORIZED,
                    Some("dash-error-login"),
                    &username,
                );
            }
        };
        let token = match auth::start(db, user.id) {
            Ok(token) => token,
            // Disabled between the check and now.
            Err(WebError::Store(StoreError::UserDisabled(_))) => {
                return login_page(
                    &f,
                    StatusCode::UNAUTHORIZED,
                    Some("dash-error-login"),
                    &username,
                );
            }
            Err(e) => return Err(e),
        };
        atmos_store::record_audit(db.conn()?, Some(&user), "login", &serde_json::json!({}))?;
        let to = if user.must_change_password {
            "/dashboard/password"
        } else {
            "/dashboard"
        };
        Ok(Outcome::Redirect {
            to: to.into(),
            cookies: vec![auth::cookie(&token, r.secure)],
        })
    })
    .await
}

async fn logout(
    req: HttpRequest,
    body: Result<Bytes, actix_web::Error>,
    state: web::Data<AppState>,
) -> HttpResponse {
    if let Err(resp) = posted(&req, &body) {
        return resp;
    }
    let r = StaffReq::new(&req, &state);
    run(state, move |_state, db| {
        if let Some(token) = &r.token {
            if let Some(session) = auth::current(db, Some(token))? {
                atmos_store::record_audit(
                    db.conn()?,
                    Some(&session.user),
                    "logout",
                    &serde_json::json!({}),
                )?;
            }
            atmos_store::delete_session(db.conn()?, &auth::token_hash(token))?;
        }
        Ok(Outcome::Redirect {
            to: "/dashboard/login".into(),
            cookies: vec![auth::removal(r.secure)],
        })
    })
    .await
}

// ------------------------------------------------------------------ own password

struct PasswordField {
    id: &'static str,
    name: &'static str,
    label: Msg,
    hint: Option<Msg>,
    error: Option<Msg>,
    autocomplete: &'static str,
    described_by: String,
}

#[derive(Template)]
#[template(path = "staff_password.html")]
struct PasswordPage {
    chrome: Chrome,
    heading: Msg,
    lead: Option<Msg>,
    error_title: Msg,
    errors: Vec<(String, Msg)>,
    fields: Vec<PasswordField>,
    submit: Msg,
}

fn password_page(
    f: &Frame<'_>,
    user: &User,
    status: StatusCode,
    errors: Vec<(&str, &str)>,
) -> Result<Outcome, WebError> {
    let heading = f.t("dash-password-title");
    let mut args = FluentArgs::new();
    args.set("min", password::MIN_LENGTH);
    let t = f.texts();
    let errors: Vec<(String, Msg)> = errors
        .into_iter()
        .map(|(field, id)| (field.to_string(), t.survey_args(id, &args)))
        .collect();
    let field = |id: &'static str, name, label: &str, hint: Option<&str>, autocomplete| {
        let error = errors.iter().find(|(f, _)| f == id).map(|(_, e)| e.clone());
        let mut described = Vec::new();
        if hint.is_some() {
            described.push(format!("{id}-hint"));
        }
        if error.is_some() {
            described.push(format!("{id}-error"));
        }
        PasswordField {
            id,
            name,
            label: t.survey(label),
            hint: hint.map(|h| t.survey_args(h, &args)),
            error,
            autocomplete,
            described_by: described.join(" "),
        }
    };
    let fields = vec![
        field(
            "f-current",
            "_current",
            "dash-password-current",
            None,
            "current-password",
        ),
        field(
            "f-new",
            "_new",
            "dash-password-new",
            Some("dash-password-hint"),
            "new-password",
        ),
        field(
            "f-confirm",
            "_confirm",
            "dash-password-confirm",
            None,
            "new-password",
        ),
    ];
    let page = PasswordPage {
        chrome: f.chrome(&heading),
        heading,
        lead: user
            .must_change_password
            .then(|| f.t("dash-password-must-change")),
        error_title: f.t("dash-error-summary"),
        errors,
        fields,
        submit: f.t("dash-password-submit"),
    };
    Ok(f.page(status, page.render()?))
}

async fn password_form(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let r = StaffReq::new(&req, &state);
    run(state, move |state, db| {
        let session = or_answer!(signed_in(state, db, &r, any_role)?);
        password_page(
            &Frame::new(state, &r),
            &session.user,
            StatusCode::OK,
            Vec::new(),
        )
    })
    .await
}

async fn change_password(
    req: HttpRequest,
    body: Result<Bytes, actix_web::Error>,
    state: web::Data<AppState>,
) -> HttpResponse {
    let posted = match posted(&req, &body) {
        Ok(p) => p,
        Err(resp) => return resp,
    };
    let r = StaffReq::new(&req, &state);
    let field = |name: &str| posted.control(name).unwrap_or_default().to_string();
    let (current, new, confirm) = (field("_current"), field("_new"), field("_confirm"));
    run(state, move |state, db| {
        let session = or_answer!(signed_in(state, db, &r, any_role)?);
        let user = session.user;
        let f = Frame::new(state, &r);
        let mut errors = Vec::new();
        if !password::verify(&current, &user.password_hash) {
            errors.push(("f-current", "dash-error-password-current"));
        }
        let length = new.chars().count();
        if length < password::MIN_LENGTH {
            errors.push(("f-new", "dash-error-password-short"));
        } else if new.len() > password::MAX_LENGTH {
            errors.push(("f-new", "dash-error-password-long"));
        } else if new == current {
            errors.push(("f-new", "dash-error-password-same"));
        }
        if new != confirm {
            errors.push(("f-confirm", "dash-error-password-confirm"));
        }
        if !errors.is_empty() {
            return password_page(&f, &user, StatusCode::UNPROCESSABLE_ENTITY, errors);
        }
        // Setting the password ends every session of the user (a stolen one too); this
        // browser gets a new one.
        let user =
            atmos_store::set_password(db.conn()?, &user.username, &password::hash(&new)?, false)?;
        atmos_store::record_audit(
            db.conn()?,
            Some(&user),
            "password.changed",
            &serde_json::json!({}),
        )?;
        let token = auth::start(db, user.id)?;
        Ok(Outcome::Redirect {
            to: "/dashboard".into(),
            cookies: vec![auth::cookie(&token, r.secure)],
        })
    })
    .await
}

// ------------------------------------------------------------------ overview

struct WaveRow {
    survey: String,
    label: String,
    status: Msg,
    submitted: i64,
    /// Per day while the wave is open: (date, count).
    per_day: Vec<(String, i64)>,
    form_href: Option<String>,
    /// For admins: (action path, button text) to open or close the wave.
    transition: Option<(String, Msg)>,
    /// For admins, while the wave takes answers or is yet to: where to post for codes.
    invitations_action: Option<String>,
    /// For admins: the wave's population margins page.
    margins_href: Option<String>,
}

/// What admins see of a wave besides its figures.
struct AdminTexts {
    col_actions: Msg,
    invitations_label: Msg,
    invitations_submit: Msg,
    create_heading: Msg,
    survey_label: Msg,
    label_label: Msg,
    label_hint: Msg,
    invitations_required: Msg,
    create_submit: Msg,
    audit_link: Msg,
    margins_link: Msg,
}

#[derive(Template)]
#[template(path = "staff_home.html")]
struct HomePage {
    chrome: Chrome,
    heading: Msg,
    signed_in_as: Msg,
    waves_heading: Msg,
    col_survey: Msg,
    col_wave: Msg,
    col_status: Msg,
    col_submitted: Msg,
    per_day_heading: Msg,
    col_day: Msg,
    waves: Vec<WaveRow>,
    no_waves: Msg,
    users_link: Option<Msg>,
    password_link: Msg,
    logout: Msg,
    admin: Option<AdminTexts>,
    surveys: Vec<String>,
}

async fn home(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let r = StaffReq::new(&req, &state);
    run(state, move |state, db| {
        let session = or_answer!(signed_in(state, db, &r, any_role)?);
        let f = Frame::new(state, &r);
        let mut waves = Vec::new();
        let admin = auth::may_manage_accounts(session.user.role);
        for w in atmos_store::list_waves(db.conn()?, None)? {
            let open = w.wave.status == WaveStatus::Open;
            let base = format!("/dashboard/waves/{}/{}", w.wave.survey_id, w.wave.label);
            let transition = match w.wave.status {
                WaveStatus::Draft => Some((format!("{base}/open"), f.t("dash-wave-open"))),
                WaveStatus::Open => Some((format!("{base}/close"), f.t("dash-wave-close"))),
                WaveStatus::Closed => None,
            }
            .filter(|_| admin);
            let invitations_action = (admin && w.wave.status != WaveStatus::Closed)
                .then(|| format!("{base}/invitations"));
            let per_day = if open {
                atmos_store::submitted_per_day(db.conn()?, w.wave.id)?
                    .into_iter()
                    .map(|(day, n)| (day.format("%Y-%m-%d").to_string(), n))
                    .collect()
            } else {
                Vec::new()
            };
            waves.push(WaveRow {
                margins_href: admin.then(|| format!("{base}/margins")),
                transition,
                invitations_action,
                form_href: open.then(|| format!("/s/{}/{}", w.wave.survey_id, w.wave.label)),
                survey: w.wave.survey_id,
                label: w.wave.label,
                status: f.t(&format!("dash-status-{}", w.wave.status.as_str())),
                submitted: w.responses_submitted,
                per_day,
            });
        }
        let mut surveys: Vec<String> = waves.iter().map(|w: &WaveRow| w.survey.clone()).collect();
        surveys.dedup();
        // Oldest wave first within a survey (labels are years), whatever order they were made in.
        waves.sort_by(|a, b| (&a.survey, &a.label).cmp(&(&b.survey, &b.label)));
        let mut args = FluentArgs::new();
        args.set("user", session.user.username.clone());
        args.set(
            "role",
            f.t(&format!("dash-role-{}", session.user.role.as_str()))
                .text
                .to_string(),
        );
        let heading = f.t("dash-home-title");
        let page = HomePage {
            chrome: f.chrome(&heading),
            heading,
            signed_in_as: f.texts().survey_args("dash-signed-in-as", &args),
            waves_heading: f.t("dash-waves-title"),
            col_survey: f.t("dash-col-survey"),
            col_wave: f.t("dash-col-wave"),
            col_status: f.t("dash-col-status"),
            col_submitted: f.t("dash-col-submitted"),
            per_day_heading: f.t("dash-per-day-title"),
            col_day: f.t("dash-col-day"),
            waves,
            no_waves: f.t("dash-no-waves"),
            users_link: auth::may_manage_accounts(session.user.role)
                .then(|| f.t("dash-users-title")),
            password_link: f.t("dash-password-title"),
            logout: f.t("dash-logout"),
            admin: admin.then(|| AdminTexts {
                col_actions: f.t("dash-col-actions"),
                invitations_label: f.t("dash-invitations-count"),
                invitations_submit: f.t("dash-invitations-submit"),
                create_heading: f.t("dash-wave-create-title"),
                survey_label: f.t("dash-col-survey"),
                label_label: f.t("dash-col-wave"),
                label_hint: f.t("dash-wave-label-hint"),
                invitations_required: f.t("dash-wave-invitations-required"),
                create_submit: f.t("dash-wave-create-submit"),
                audit_link: f.t("dash-audit-title"),
                margins_link: f.t("dash-margins-link"),
            }),
            surveys,
        };
        Ok(f.page(StatusCode::OK, page.render()?))
    })
    .await
}

// ------------------------------------------------------------------ accounts (admins)

struct UserRow {
    username: String,
    role: Msg,
    enabled: bool,
    state: Msg,
    disable_action: String,
    enable_action: String,
    reset_action: String,
}

#[derive(Template)]
#[template(path = "staff_users.html")]
struct UsersPage {
    chrome: Chrome,
    heading: Msg,
    error_title: Msg,
    error: Option<Msg>,
    col_user: Msg,
    col_role: Msg,
    col_state: Msg,
    col_actions: Msg,
    users: Vec<UserRow>,
    disable: Msg,
    enable: Msg,
    reset: Msg,
    add_heading: Msg,
    username_label: Msg,
    username_hint: Msg,
    username: String,
    role_legend: Msg,
    roles: Vec<(String, Msg, bool)>,
    add_submit: Msg,
    back: Msg,
}

fn is_admin(role: Role) -> bool {
    auth::may_manage_accounts(role)
}

fn users_page(
    f: &Frame<'_>,
    db: &mut Db<'_>,
    status: StatusCode,
    error: Option<&str>,
    username: &str,
    role: Option<Role>,
) -> Result<Outcome, WebError> {
    let users = atmos_store::list_users(db.conn()?)?
        .into_iter()
        .map(|u| {
            let base = format!("/dashboard/users/{}", u.username);
            UserRow {
                role: f.t(&format!("dash-role-{}", u.role.as_str())),
                enabled: !u.disabled,
                state: f.t(if u.disabled {
                    "dash-user-disabled"
                } else {
                    "dash-user-enabled"
                }),
                disable_action: format!("{base}/disable"),
                enable_action: format!("{base}/enable"),
                reset_action: format!("{base}/reset"),
                username: u.username,
            }
        })
        .collect();
    let heading = f.t("dash-users-title");
    let page = UsersPage {
        chrome: f.chrome(&heading),
        heading,
        error_title: f.t("dash-error-summary"),
        error: error.map(|e| f.t(e)),
        col_user: f.t("dash-username"),
        col_role: f.t("dash-col-role"),
        col_state: f.t("dash-col-state"),
        col_actions: f.t("dash-col-actions"),
        users,
        disable: f.t("dash-user-disable"),
        enable: f.t("dash-user-enable"),
        reset: f.t("dash-user-reset"),
        add_heading: f.t("dash-user-add-title"),
        username_label: f.t("dash-username"),
        username_hint: f.t("dash-username-hint"),
        username: username.chars().take(64).collect(),
        role_legend: f.t("dash-col-role"),
        roles: Role::ALL
            .iter()
            .map(|r| {
                (
                    r.as_str().to_string(),
                    f.t(&format!("dash-role-{}", r.as_str())),
                    role == Some(*r),
                )
            })
            .collect(),
        add_submit: f.t("dash-user-add-submit"),
        back: f.t("dash-home"),
    };
    Ok(f.page(status, page.render()?))
}

/// The page that shows a new one-time password, once.
fn one_time_page(f: &Frame<'_>, username: &str, password: String) -> Result<Outcome, WebError> {
    let mut args = FluentArgs::new();
    args.set("user", username.to_string());
    let heading = f.t("dash-one-time-title");
    let page = MessagePage {
        chrome: f.chrome(&heading),
        paragraphs: vec![f.texts().survey_args("dash-one-time-body", &args)],
        heading,
        code: Some(password),
        links: vec![("/dashboard/users".into(), f.t("dash-users-title"))],
    };
    Ok(f.page(StatusCode::OK, page.render()?))
}

async fn users(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let r = StaffReq::new(&req, &state);
    run(state, move |state, db| {
        or_answer!(signed_in(state, db, &r, is_admin)?);
        users_page(&Frame::new(state, &r), db, StatusCode::OK, None, "", None)
    })
    .await
}

async fn add_user(
    req: HttpRequest,
    body: Result<Bytes, actix_web::Error>,
    state: web::Data<AppState>,
) -> HttpResponse {
    let posted = match posted(&req, &body) {
        Ok(p) => p,
        Err(resp) => return resp,
    };
    let r = StaffReq::new(&req, &state);
    let username = posted
        .control("_username")
        .unwrap_or_default()
        .trim()
        .to_string();
    let role = posted.control("_role").and_then(|r| r.parse::<Role>().ok());
    run(state, move |state, db| {
        let admin = or_answer!(signed_in(state, db, &r, is_admin)?).user;
        let f = Frame::new(state, &r);
        let refuse = |db: &mut Db<'_>, key: &str| {
            users_page(
                &f,
                db,
                StatusCode::UNPROCESSABLE_ENTITY,
                Some(key),
                &username,
                role,
            )
        };
        let Some(role) = role else {
            return refuse(db, "dash-error-role");
        };
        let one_time = password::one_time();
        let hash = password::hash(&one_time)?;
        let created = atmos_store::create_user(db.conn()?, &username, role, &hash, true);
        let user = match created {
            Ok(user) => user,
            Err(StoreError::InvalidUsername(_)) => return refuse(db, "dash-error-username"),
            Err(StoreError::UsernameTaken(_)) => {
                return users_page(
                    &f,
                    db,
                    StatusCode::CONFLICT,
                    Some("dash-error-username-taken"),
                    &username,
                    Some(role),
                );
            }
            Err(e) => return Err(e.into()),
        };
        atmos_store::record_audit(
            db.conn()?,
            Some(&admin),
            "user.added",
            &serde_json::json!({ "user": user.username, "role": role.as_str() }),
        )?;
        one_time_page(&f, &user.username, one_time)
    })
    .await
}

async fn user_action(
    req: HttpRequest,
    body: Result<Bytes, actix_web::Error>,
    state: web::Data<AppState>,
) -> HttpResponse {
    if let Err(resp) = posted(&req, &body) {
        return resp;
    }
    let r = StaffReq::new(&req, &state);
    let info = req.match_info();
    let name: String = info
        .get("name")
        .unwrap_or_default()
        .chars()
        .take(64)
        .collect();
    let action: String = info
        .get("action")
        .unwrap_or_default()
        .chars()
        .take(16)
        .collect();
    run(state, move |state, db| {
        let admin = or_answer!(signed_in(state, db, &r, is_admin)?).user;
        let f = Frame::new(state, &r);
        let result = match action.as_str() {
            "disable" | "enable" => {
                atmos_store::set_user_disabled(db.conn()?, &name, action == "disable").map(|_| None)
            }
            "reset" => {
                let one_time = password::one_time();
                atmos_store::set_password(db.conn()?, &name, &password::hash(&one_time)?, true)
                    .map(|_| Some(one_time))
            }
            _ => {
                return users_page(
                    &f,
                    db,
                    StatusCode::NOT_FOUND,
                    Some("dash-error-action"),
                    "",
                    None,
                );
            }
        };
        match result {
            Ok(one_time) => {
                atmos_store::record_audit(
                    db.conn()?,
                    Some(&admin),
                    &format!("user.{action}"),
                    &serde_json::json!({ "user": name }),
                )?;
                match one_time {
                    Some(password) => one_time_page(&f, &name, password),
                    None => Ok(redirect("/dashboard/users")),
                }
            }
            Err(StoreError::UnknownUser(_)) => users_page(
                &f,
                db,
                StatusCode::NOT_FOUND,
                Some("dash-error-unknown-user"),
                "",
                None,
            ),
            Err(StoreError::LastAdmin) => users_page(
                &f,
                db,
                StatusCode::CONFLICT,
                Some("dash-error-last-admin"),
                "",
                None,
            ),
            Err(e) => Err(e.into()),
        }
    })
    .await
}

// ------------------------------------------------------------------ waves (admins)

/// A short page saying why an admin's action was refused, with the way back.
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

/// A store error of a wave action as the page that explains it, or the error itself.
fn wave_refusal(f: &Frame<'_>, e: StoreError) -> Result<Outcome, WebError> {
    match e {
        StoreError::UnknownWave { .. } | StoreError::UnknownSurvey(_) => {
            refusal(f, StatusCode::NOT_FOUND, "dash-error-unknown-wave")
        }
        StoreError::InvalidTransition { .. } => {
            refusal(f, StatusCode::CONFLICT, "dash-error-transition")
        }
        StoreError::WaveOverlap { .. } => refusal(f, StatusCode::CONFLICT, "dash-error-overlap"),
        StoreError::WaveExists { .. } => refusal(f, StatusCode::CONFLICT, "dash-error-wave-exists"),
        StoreError::WaveClosed { .. } => refusal(f, StatusCode::CONFLICT, "dash-error-wave-closed"),
        e => Err(e.into()),
    }
}

fn wave_params(req: &HttpRequest) -> (String, String) {
    let info = req.match_info();
    let get = |k: &str| -> String { info.get(k).unwrap_or_default().chars().take(100).collect() };
    (get("survey"), get("label"))
}

async fn wave_action(
    req: HttpRequest,
    body: Result<Bytes, actix_web::Error>,
    state: web::Data<AppState>,
) -> HttpResponse {
    if let Err(resp) = posted(&req, &body) {
        return resp;
    }
    let r = StaffReq::new(&req, &state);
    let (survey, label) = wave_params(&req);
    let action: String = req
        .match_info()
        .get("action")
        .unwrap_or_default()
        .chars()
        .take(16)
        .collect();
    run(state, move |state, db| {
        let admin = or_answer!(signed_in(state, db, &r, is_admin)?).user;
        let f = Frame::new(state, &r);
        let changed = match action.as_str() {
            "open" => atmos_store::open_wave(db.conn()?, &survey, &label),
            "close" => atmos_store::close_wave(db.conn()?, &survey, &label),
            _ => return refusal(&f, StatusCode::NOT_FOUND, "dash-error-action"),
        };
        match changed {
            Ok(_) => {
                // The forms notice at once, not after their cache's second.
                state.forget_wave(&survey, &label);
                atmos_store::record_audit(
                    db.conn()?,
                    Some(&admin),
                    &format!("wave.{action}"),
                    &serde_json::json!({ "survey": survey, "wave": label }),
                )?;
                Ok(redirect("/dashboard"))
            }
            Err(e) => wave_refusal(&f, e),
        }
    })
    .await
}

async fn create_wave(
    req: HttpRequest,
    body: Result<Bytes, actix_web::Error>,
    state: web::Data<AppState>,
) -> HttpResponse {
    let posted = match posted(&req, &body) {
        Ok(p) => p,
        Err(resp) => return resp,
    };
    let r = StaffReq::new(&req, &state);
    let field = |k: &str| posted.control(k).unwrap_or_default().trim().to_string();
    let (survey, label) = (field("_survey"), field("_label"));
    let invitation_required = posted.control("_invitations") == Some("yes");
    run(state, move |state, db| {
        let admin = or_answer!(signed_in(state, db, &r, is_admin)?).user;
        let f = Frame::new(state, &r);
        // A label names the wave in addresses: short, plain characters.
        let label_ok = (1..=32).contains(&label.len())
            && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !label_ok {
            return refusal(&f, StatusCode::UNPROCESSABLE_ENTITY, "dash-error-wave-label");
        }
        let new = atmos_store::NewWave {
            survey_id: survey.clone(),
            label: label.clone(),
            opens_at: None,
            closes_at: None,
            invitation_required,
        };
        match atmos_store::create_wave(db.conn()?, &new) {
            Ok(_) => {
                atmos_store::record_audit(
                    db.conn()?,
                    Some(&admin),
                    "wave.create",
                    &serde_json::json!({ "survey": survey, "wave": label, "invitations": invitation_required }),
                )?;
                Ok(redirect("/dashboard"))
            }
            Err(e) => wave_refusal(&f, e),
        }
    })
    .await
}

/// Most codes one request makes: a city's mailing in batches.
const MAX_INVITATIONS: usize = 10_000;

async fn invitations(
    req: HttpRequest,
    body: Result<Bytes, actix_web::Error>,
    state: web::Data<AppState>,
) -> HttpResponse {
    let posted = match posted(&req, &body) {
        Ok(p) => p,
        Err(resp) => return resp,
    };
    let r = StaffReq::new(&req, &state);
    let (survey, label) = wave_params(&req);
    let count = posted
        .control("_count")
        .and_then(|c| c.trim().parse::<usize>().ok());
    run(state, move |state, db| {
        let admin = or_answer!(signed_in(state, db, &r, is_admin)?).user;
        let f = Frame::new(state, &r);
        let Some(count) = count.filter(|n| (1..=MAX_INVITATIONS).contains(n)) else {
            return refusal(
                &f,
                StatusCode::UNPROCESSABLE_ENTITY,
                "dash-error-invitations-count",
            );
        };
        let Some(wave) = atmos_store::find_wave(db.conn()?, &survey, &label)? else {
            return refusal(&f, StatusCode::NOT_FOUND, "dash-error-unknown-wave");
        };
        let codes: Vec<String> = (0..count)
            .map(|_| crate::codes::new_invitation_code())
            .collect();
        let hashes: Vec<[u8; 32]> = codes.iter().map(|c| crate::codes::hash(c)).collect();
        if let Err(e) = atmos_store::create_invitations(db.conn()?, wave.id, &hashes) {
            return wave_refusal(&f, e);
        }
        atmos_store::record_audit(
            db.conn()?,
            Some(&admin),
            "wave.invitations",
            &serde_json::json!({ "survey": survey, "wave": label, "count": count }),
        )?;
        let mut csv = String::from("code\n");
        for c in &codes {
            csv.push_str(c);
            csv.push('\n');
        }
        // The only copy of the codes: only their hashes are stored.
        Ok(Outcome::File {
            content_type: "text/csv; charset=utf-8".into(),
            name: format!("invitations-{survey}-{label}.csv"),
            bytes: csv.into_bytes(),
        })
    })
    .await
}

// ------------------------------------------------------------------ audit log (admins)

struct AuditRow {
    at: String,
    user: String,
    action: String,
    detail: String,
}

#[derive(Template)]
#[template(path = "staff_audit.html")]
struct AuditPage {
    chrome: Chrome,
    heading: Msg,
    lead: Msg,
    col_at: Msg,
    col_user: Msg,
    col_action: Msg,
    col_detail: Msg,
    rows: Vec<AuditRow>,
    back: Msg,
}

async fn audit(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let r = StaffReq::new(&req, &state);
    run(state, move |state, db| {
        or_answer!(signed_in(state, db, &r, is_admin)?);
        let f = Frame::new(state, &r);
        let rows = atmos_store::list_audit(db.conn()?, 500)?
            .into_iter()
            .map(|e| AuditRow {
                at: e.at.format("%Y-%m-%d %H:%M:%S UTC").to_string(),
                user: e.username.unwrap_or_else(|| "–".into()),
                action: e.action,
                detail: e.detail.to_string(),
            })
            .collect();
        let heading = f.t("dash-audit-title");
        let page = AuditPage {
            chrome: f.chrome(&heading),
            heading,
            lead: f.t("dash-audit-lead"),
            col_at: f.t("dash-col-at"),
            col_user: f.t("dash-username"),
            col_action: f.t("dash-col-action"),
            col_detail: f.t("dash-col-detail"),
            rows,
            back: f.t("dash-home"),
        };
        Ok(f.page(StatusCode::OK, page.render()?))
    })
    .await
}

// ------------------------------------------------------------------ indicators (all roles)

use atmos_analysis::{CellStatus, IndicatorTable};
use atmos_charts::{ChartTexts, Labels as _, RenderOptions, SurveyLabels, TrendData};

fn survey_param(req: &HttpRequest) -> String {
    req.match_info()
        .get("survey")
        .unwrap_or_default()
        .chars()
        .take(100)
        .collect()
}

/// A cell's value as a page shows it: a percentage for shares, an index on 0-100, or why
/// there is none (never a hidden cell's value).
fn shown_value(
    table: &IndicatorTable,
    cell: &atmos_analysis::Cell,
    f: &Frame<'_>,
) -> (String, String) {
    let index = matches!(cell.kind, atmos_analysis::table::IndicatorKind::Index);
    let fmt = |v: f64| {
        if index {
            format!("{v:.1}")
        } else {
            format!("{:.1} %", v * 100.0)
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

struct IndicatorRow {
    label: String,
    wave: String,
    value: String,
    interval: String,
    n: String,
}

struct IndicatorView {
    id: String,
    label: String,
    chart_alt: String,
    png_href: String,
    svg_href: String,
    rows: Vec<IndicatorRow>,
    groups: Vec<IndicatorRow>,
}

struct ThemeView {
    label: String,
    indicators: Vec<IndicatorView>,
}

#[derive(Template)]
#[template(path = "staff_survey.html")]
struct SurveyPage {
    chrome: Chrome,
    heading: Msg,
    lead: Msg,
    back: Msg,
    left_out: Option<Msg>,
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
fn chart_locale(f: &Frame<'_>) -> LanguageIdentifier {
    f.locale.locale.clone()
}

async fn survey_page(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let r = StaffReq::new(&req, &state);
    let survey_id = survey_param(&req);
    let params = params::Params::of(&req);
    let by = params.by();
    let hidden = params.hidden();
    run(state, move |state, db| {
        let user = or_answer!(signed_in(state, db, &r, any_role)?).user;
        let f = Frame::new(state, &r);
        or_answer!(cells_allowed(&f, &user, hidden)?);
        if let Some(b) = &by
            && !valid_breakdown(state, db, &survey_id, b)?
        {
            return refusal(&f, StatusCode::NOT_FOUND, "dash-error-unknown-breakdown");
        }
        let analysed = or_answer!(analysed(state, db, &f, &survey_id, by.as_deref(), hidden)?);
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
            by_label: f.t("dash-by"),
            by_none: f.t("dash-by-none"),
            breakdowns: analysed
                .survey
                .breakdowns
                .iter()
                .map(|b| {
                    (
                        b.id.clone(),
                        labels.breakdown(&b.id),
                        by.as_deref() == Some(b.id.as_str()),
                    )
                })
                .collect(),
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
fn analysed(
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
        Err(WebError::Table(atmos_analysis::TableError::Weighting { wave, source })) => {
            let mut args = FluentArgs::new();
            args.set("wave", wave);
            args.set("reason", source.to_string());
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
        Err(e) => Err(e),
    }
}

/// Whether `by` is a breakdown of the survey's latest stored questionnaire.
fn valid_breakdown(
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
fn download(
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

/// Unsuppressed cells for analysts only; anyone else asking gets 403.
fn cells_allowed(
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
async fn table_csv(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
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
        or_answer!(cells_allowed(&f, &user, hidden)?);
        if let Some(b) = &by
            && !valid_breakdown(state, db, &survey_id, b)?
        {
            return refusal(&f, StatusCode::NOT_FOUND, "dash-error-unknown-breakdown");
        }
        let analysed = or_answer!(analysed(state, db, &f, &survey_id, by.as_deref(), hidden)?);
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

async fn chart_file(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
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

async fn report_html(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let r = StaffReq::new(&req, &state);
    let survey_id = survey_param(&req);
    run(state, move |state, db| {
        let user = or_answer!(signed_in(state, db, &r, any_role)?).user;
        let f = Frame::new(state, &r);
        let analysed = or_answer!(analysed(state, db, &f, &survey_id, None, true)?);
        let html = atmos_report::render(&atmos_report::ReportInput {
            table: &analysed.table,
            survey: &analysed.survey,
            targets: &[],
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
