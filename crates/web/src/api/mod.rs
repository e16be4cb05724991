//! The JSON API under `/api/v1`: the dashboard's data for scripts and other systems, with its
//! OpenAPI document at `/api/v1/openapi.json`. Clients sign in with `POST /api/v1/sessions`
//! and send the token as `Authorization: Bearer <token>`; the roles are the dashboard's
//! (microdata and unsuppressed cells for analysts only). No cookies, so no CSRF to guard.
//! Every error is JSON with a stable code ([`problem::Code`]).

mod problem;

use actix_web::http::StatusCode;
use actix_web::http::header::{AUTHORIZATION, CACHE_CONTROL, CONTENT_TYPE};
use actix_web::web::{self, Bytes};
use actix_web::{HttpRequest, HttpResponse};
use atmos_store::{Role, StoreError, User, WaveStatus};
use serde::Deserialize;

use crate::staff::exports::{self, Gap};
use crate::staff::microdata::Value;
use crate::staff::params::Params;
use crate::staff::{auth, password};
use crate::state::{AppState, Db};
use problem::{Code, Problem};

/// The OpenAPI 3 description of this API, served as written.
const OPENAPI: &str = include_str!("openapi.json");

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("/api/v1")
            .route("/openapi.json", web::get().to(openapi))
            .route("/sessions", web::post().to(sign_in))
            .route("/sessions/current", web::delete().to(sign_out))
            .route("/surveys", web::get().to(surveys))
            .route("/surveys/{survey}/waves", web::get().to(waves))
            .route("/surveys/{survey}/indicators", web::get().to(indicators))
            .route("/surveys/{survey}/microdata", web::get().to(microdata))
            .default_service(web::to(not_found)),
    );
}

async fn openapi() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/json")
        .body(OPENAPI)
}

async fn not_found() -> HttpResponse {
    Problem::new(Code::NotFound, "No such API endpoint or method.").into_response()
}

/// The bearer token of a request, if it has the shape of one.
fn bearer(req: &HttpRequest) -> Option<String> {
    req.headers()
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(|t| t.trim().to_owned())
        .filter(|t| t.len() == 43)
}

/// Runs an API handler on a blocking thread: JSON on success, a problem otherwise.
async fn run<F>(state: web::Data<AppState>, f: F) -> HttpResponse
where
    F: FnOnce(&AppState, &mut Db<'_>) -> Result<Answer, Problem> + Send + 'static,
{
    let result = web::block(move || {
        let mut db = Db::new(&state.pool);
        f(&state, &mut db)
    })
    .await
    .unwrap_or_else(|_| Err(Problem::from(crate::error::WebError::Blocking)));
    match result {
        Ok(Answer::Json(status, value)) => HttpResponse::build(status)
            .insert_header((CACHE_CONTROL, "no-store"))
            .json(value),
        Ok(Answer::Empty) => HttpResponse::NoContent()
            .insert_header((CACHE_CONTROL, "no-store"))
            .finish(),
        Err(p) => p.into_response(),
    }
}

enum Answer {
    Json(StatusCode, serde_json::Value),
    Empty,
}

fn ok(value: serde_json::Value) -> Result<Answer, Problem> {
    Ok(Answer::Json(StatusCode::OK, value))
}

/// The signed-in user of the request's token, allowed by `allowed`.
fn user(db: &mut Db<'_>, token: Option<&str>, allowed: fn(Role) -> bool) -> Result<User, Problem> {
    let session = auth::current(db, token)?.ok_or_else(|| {
        Problem::new(
            Code::Unauthenticated,
            "Sign in with POST /api/v1/sessions and send the token as 'Authorization: Bearer <token>'; tokens expire after 8 hours.",
        )
    })?;
    if session.user.must_change_password {
        return Err(Problem::new(
            Code::PasswordChangeRequired,
            "The account's one-time password must be changed on the dashboard first.",
        ));
    }
    if !allowed(session.user.role) {
        return Err(Problem::new(
            Code::Forbidden,
            format!("The role {} may not use this.", session.user.role.as_str()),
        ));
    }
    Ok(session.user)
}

fn any_role(_: Role) -> bool {
    true
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Credentials {
    username: String,
    password: String,
}

async fn sign_in(
    req: HttpRequest,
    body: Result<Bytes, actix_web::Error>,
    state: web::Data<AppState>,
) -> HttpResponse {
    let json = req
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.split(';')
                .next()
                .is_some_and(|t| t.trim() == "application/json")
        });
    if !json {
        return Problem::new(
            Code::UnsupportedMediaType,
            "Send the credentials as application/json.",
        )
        .into_response();
    }
    let credentials = match body.map(|b| serde_json::from_slice::<Credentials>(&b)) {
        Ok(Ok(c)) => c,
        _ => {
            return Problem::new(
                Code::MalformedBody,
                "The body must be a JSON object with the strings username and password.",
            )
            .into_response();
        }
    };
    run(state, move |state, db| {
        let username = credentials.username.trim().to_lowercase();
        if username.is_empty() || credentials.password.is_empty() || username.len() > 64 {
            return Err(Problem::new(
                Code::InvalidCredentials,
                "The username or password is wrong.",
            ));
        }
        if !state.login_throttle.allow(&username) {
            return Err(Problem::new(
                Code::TooManyAttempts,
                "Too many sign-in attempts for this username: wait a few minutes.",
            ));
        }
        let found = atmos_store::find_user(db.conn()?, &username)?;
        let hash = found
            .as_ref()
            .map_or(password::decoy_hash(), |u| u.password_hash.as_str());
        let matches = password::verify(&credentials.password, hash);
        let user = match found {
            Some(u) if matches && !u.disabled => u,
            found => {
                atmos_store::record_audit(
                    db.conn()?,
                    found.as_ref(),
                    "login.failed",
                    &serde_json::json!({ "username": username, "via": "api" }),
                )?;
                return Err(Problem::new(
                    Code::InvalidCredentials,
                    "The username or password is wrong.",
                ));
            }
        };
        let token = match auth::start(db, user.id) {
            Ok(t) => t,
            Err(crate::error::WebError::Store(StoreError::UserDisabled(_))) => {
                return Err(Problem::new(
                    Code::InvalidCredentials,
                    "The username or password is wrong.",
                ));
            }
            Err(e) => return Err(e.into()),
        };
        atmos_store::record_audit(
            db.conn()?,
            Some(&user),
            "login",
            &serde_json::json!({ "via": "api" }),
        )?;
        Ok(Answer::Json(
            StatusCode::CREATED,
            serde_json::json!({
                "token": token,
                "expires_in": auth::SESSION_HOURS * 3600,
                "role": user.role.as_str(),
                "must_change_password": user.must_change_password,
            }),
        ))
    })
    .await
}

async fn sign_out(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let token = bearer(&req);
    run(state, move |_state, db| {
        let user = user(db, token.as_deref(), any_role)?;
        if let Some(token) = &token {
            atmos_store::delete_session(db.conn()?, &auth::token_hash(token))?;
        }
        atmos_store::record_audit(
            db.conn()?,
            Some(&user),
            "logout",
            &serde_json::json!({ "via": "api" }),
        )?;
        Ok(Answer::Empty)
    })
    .await
}

fn survey_param(req: &HttpRequest) -> String {
    req.match_info()
        .get("survey")
        .unwrap_or_default()
        .chars()
        .take(100)
        .collect()
}

fn wave_json(w: &atmos_store::WaveSummary) -> serde_json::Value {
    serde_json::json!({
        "label": w.wave.label,
        "status": w.wave.status.as_str(),
        "questionnaire_version": w.questionnaire_version,
        "submitted": w.responses_submitted,
        "opened_at": w.wave.opened_at,
        "closed_at": w.wave.closed_at,
    })
}

async fn surveys(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let token = bearer(&req);
    run(state, move |_state, db| {
        user(db, token.as_deref(), any_role)?;
        let all = atmos_store::list_waves(db.conn()?, None)?;
        let mut out: Vec<serde_json::Value> = Vec::new();
        let mut ids: Vec<String> = all.iter().map(|w| w.wave.survey_id.clone()).collect();
        ids.sort();
        ids.dedup();
        for id in ids {
            let waves: Vec<serde_json::Value> = all
                .iter()
                .filter(|w| w.wave.survey_id == id)
                .map(wave_json)
                .collect();
            out.push(serde_json::json!({ "id": id, "waves": waves }));
        }
        ok(serde_json::json!({ "surveys": out }))
    })
    .await
}

async fn waves(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let token = bearer(&req);
    let survey = survey_param(&req);
    run(state, move |_state, db| {
        user(db, token.as_deref(), any_role)?;
        let list = match atmos_store::list_waves(db.conn()?, Some(&survey)) {
            Ok(list) => list,
            Err(StoreError::UnknownSurvey(_)) => {
                return Err(Problem::new(Code::UnknownSurvey, format!("There is no survey {survey}.")));
            }
            Err(e) => return Err(crate::error::WebError::from(e).into()),
        };
        let mut out = Vec::new();
        for w in &list {
            let mut v = wave_json(w);
            if w.wave.status == WaveStatus::Open {
                let per_day: Vec<serde_json::Value> =
                    atmos_store::submitted_per_day(db.conn()?, w.wave.id)
                        ?
                        .into_iter()
                        .map(|(day, n)| serde_json::json!({ "day": day.format("%Y-%m-%d").to_string(), "submitted": n }))
                        .collect();
                v["per_day"] = serde_json::Value::from(per_day);
            }
            out.push(v);
        }
        ok(serde_json::json!({ "survey": survey, "waves": out }))
    })
    .await
}

async fn indicators(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let token = bearer(&req);
    let survey = survey_param(&req);
    let params = Params::of(&req);
    run(state, move |state, db| {
        let user = user(db, token.as_deref(), any_role)?;
        let hidden = match params.get("suppress") {
            None | Some("yes") => true,
            Some("no") => false,
            Some(_) => {
                return Err(Problem::new(Code::InvalidParameter, "suppress must be yes or no."));
            }
        };
        if !hidden && !auth::may_use_microdata(user.role) {
            return Err(Problem::new(
                Code::Forbidden,
                "Only analysts can see cells with too few respondents.",
            ));
        }
        let by = params.by();
        if let Some(b) = &by {
            let known = atmos_store::list_waves(db.conn()?, Some(&survey))
                .ok()
                .and_then(|w| w.into_iter().last())
                .map(|w| state.questionnaire(db, w.wave.questionnaire_id))
                .transpose()?
                .is_some_and(|q| q.survey.breakdowns.iter().any(|x| &x.id == b));
            if !known {
                return Err(Problem::new(Code::UnknownBreakdown, format!("The survey has no breakdown {b}.")));
            }
        }
        let Some(analysed) = state.insights.get(db.conn()?, &survey, by.as_deref(), hidden)? else {
            return Err(Problem::new(
                Code::NoData,
                format!("Survey {survey} has no waves with submitted responses and population margins."),
            ));
        };
        atmos_store::record_audit(
            db.conn()?,
            Some(&user),
            "export.table",
            &serde_json::json!({ "survey": survey, "by": by, "format": "json", "suppressed": hidden, "via": "api" }),
        )
        ?;
        let mut value = serde_json::to_value(&analysed.table)
            .map_err(|e| crate::error::WebError::Io(std::io::Error::other(e)))?;
        value["waves_without_margins"] = serde_json::Value::from(analysed.without_margins.clone());
        value["waves_not_weighted"] = analysed
            .unweighted
            .iter()
            .map(|(wave, reason)| serde_json::json!({ "wave": wave, "reason": reason }))
            .collect();
        ok(value)
    })
    .await
}

async fn microdata(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let token = bearer(&req);
    let survey = survey_param(&req);
    let params = Params::of(&req);
    run(state, move |state, db| {
        let user = user(db, token.as_deref(), auth::may_use_microdata)?;
        let free_text = match params.get("free_text") {
            None | Some("no") => false,
            Some("yes") => true,
            Some(_) => {
                return Err(Problem::new(Code::InvalidParameter, "free_text must be yes or no."));
            }
        };
        let labels = params.all("wave");
        let built = match exports::build(state, db, &survey, &labels, free_text)? {
            Ok(b) => b,
            Err(Gap::UnknownWave) => {
                return Err(Problem::new(Code::UnknownWave, "There is no such survey or wave."));
            }
            Err(Gap::NoData) => {
                return Err(Problem::new(Code::NoData, "The waves have no submitted responses."));
            }
        };
        let columns: Vec<serde_json::Value> = built
            .table
            .columns
            .iter()
            .map(|c| serde_json::json!({ "name": c.name, "question_type": c.question_type, "option_set": c.option_set }))
            .collect();
        let rows: Vec<serde_json::Value> = built
            .table
            .rows
            .iter()
            .map(|(wave, id, values)| {
                let mut row = serde_json::Map::new();
                row.insert("wave".into(), wave.clone().into());
                row.insert("response_id".into(), id.clone().into());
                for (c, v) in built.table.columns.iter().zip(values) {
                    row.insert(
                        c.name.clone(),
                        match v {
                            Some(Value::Text(t)) => t.clone().into(),
                            Some(Value::Number(n)) => (*n).into(),
                            None => serde_json::Value::Null,
                        },
                    );
                }
                serde_json::Value::Object(row)
            })
            .collect();
        atmos_store::record_audit(
            db.conn()?,
            Some(&user),
            "export.microdata",
            &serde_json::json!({ "survey": survey, "waves": built.waves, "format": "json", "free_text": free_text, "respondents": rows.len(), "via": "api" }),
        )
        ?;
        ok(serde_json::json!({ "survey": survey, "waves": built.waves, "free_text": free_text, "columns": columns, "rows": rows }))
    })
    .await
}
