//! Account management for admins: the list, new accounts with one-time passwords, disabling,
//! enabling and password resets.

use super::*;

pub(super) struct UserRow {
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
pub(super) struct UsersPage {
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

pub(super) fn users_page(
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
pub(super) fn one_time_page(
    f: &Frame<'_>,
    username: &str,
    password: String,
) -> Result<Outcome, WebError> {
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

pub(super) async fn users(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let r = StaffReq::new(&req, &state);
    run(state, move |state, db| {
        or_answer!(signed_in(state, db, &r, is_admin)?);
        users_page(&Frame::new(state, &r), db, StatusCode::OK, None, "", None)
    })
    .await
}

pub(super) async fn add_user(
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
        let created = atmos_store::atomically(db.conn()?, |conn| {
            let user = atmos_store::create_user(conn, &username, role, &hash, true)?;
            atmos_store::record_audit(
                conn,
                Some(&admin),
                "user.added",
                &serde_json::json!({ "user": user.username, "role": role.as_str() }),
            )?;
            Ok(user)
        });
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
        one_time_page(&f, &user.username, one_time)
    })
    .await
}

pub(super) async fn user_action(
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
        let audited = |conn: &mut atmos_store::PgConnection| {
            atmos_store::record_audit(
                conn,
                Some(&admin),
                &format!("user.{action}"),
                &serde_json::json!({ "user": name }),
            )
        };
        let result = match action.as_str() {
            "disable" | "enable" => atmos_store::atomically(db.conn()?, |conn| {
                atmos_store::set_user_disabled(conn, &name, action == "disable")?;
                audited(conn).map(|_| None)
            }),
            "reset" => {
                let one_time = password::one_time();
                let hash = password::hash(&one_time)?;
                atmos_store::atomically(db.conn()?, |conn| {
                    atmos_store::set_password(conn, &name, &hash, true)?;
                    audited(conn).map(|_| Some(one_time))
                })
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
            Ok(one_time) => match one_time {
                Some(password) => one_time_page(&f, &name, password),
                None => Ok(redirect("/dashboard/users")),
            },
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
