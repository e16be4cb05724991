//! Signing in and out, and changing one's own password (a one-time password must be
//! changed before anything else).

use super::*;

#[derive(Template)]
#[template(path = "staff_login.html")]
pub(super) struct LoginPage {
    chrome: Chrome,
    heading: Msg,
    error_title: Msg,
    error: Option<Msg>,
    username_label: Msg,
    password_label: Msg,
    username: String,
    submit: Msg,
}

pub(super) fn login_page(
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

pub(super) async fn login_form(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let r = StaffReq::new(&req, &state);
    run(state, move |state, db| {
        if auth::current(db, r.token.as_deref())?.is_some() {
            return Ok(redirect("/dashboard"));
        }
        login_page(&Frame::new(state, &r), StatusCode::OK, None, "")
    })
    .await
}

pub(super) async fn login(
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

pub(super) async fn logout(
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

pub(super) struct PasswordField {
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
pub(super) struct PasswordPage {
    chrome: Chrome,
    heading: Msg,
    lead: Option<Msg>,
    error_title: Msg,
    errors: Vec<(String, Msg)>,
    fields: Vec<PasswordField>,
    submit: Msg,
}

pub(super) fn password_page(
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

pub(super) async fn password_form(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
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

pub(super) async fn change_password(
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
