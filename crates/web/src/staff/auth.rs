//! Who is signed in: a random session token in an HttpOnly, SameSite=Strict cookie; only
//! its SHA-256 is stored, so a copy of the database does not hand out sessions.

use actix_web::{HttpRequest, cookie};
use atmos_store::{Role, UserSession};
use chrono::{Duration, Utc};
use sha2::{Digest, Sha256};

use crate::error::WebError;
use crate::state::Db;

pub const SESSION_COOKIE: &str = "atmos_staff";
/// A working day: after that, sign in again.
pub const SESSION_HOURS: i64 = 8;

/// The session token from the request's cookie, if it has the right shape.
pub fn token(req: &HttpRequest) -> Option<String> {
    req.cookie(SESSION_COOKIE)
        .map(|c| c.value().to_string())
        .filter(|t| t.len() == 43)
}

pub fn token_hash(token: &str) -> [u8; 32] {
    Sha256::digest(token.as_bytes()).into()
}

/// The signed-in user of this token, if the session is valid now.
pub fn current(db: &mut Db<'_>, token: Option<&str>) -> Result<Option<UserSession>, WebError> {
    let Some(token) = token else {
        return Ok(None);
    };
    Ok(atmos_store::find_session(
        db.conn()?,
        &token_hash(token),
        Utc::now(),
    )?)
}

/// Starts a session for `user_id`: the token for the cookie.
pub fn start(db: &mut Db<'_>, user_id: i64) -> Result<String, WebError> {
    let token = crate::security::random_token();
    let expires = Utc::now() + Duration::hours(SESSION_HOURS);
    atmos_store::create_session(db.conn()?, user_id, &token_hash(&token), expires)?;
    Ok(token)
}

pub fn cookie(token: &str, secure: bool) -> cookie::Cookie<'static> {
    cookie::Cookie::build(SESSION_COOKIE, token.to_string())
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(cookie::SameSite::Strict)
        .max_age(cookie::time::Duration::hours(SESSION_HOURS))
        .finish()
}

/// Expires the cookie in the browser.
pub fn removal(secure: bool) -> cookie::Cookie<'static> {
    let mut c = cookie(String::new().as_str(), secure);
    c.make_removal();
    c
}

/// What each role may do. Evaluators read aggregates; analysts also export; admins run
/// waves and manage accounts.
pub fn may_manage_accounts(role: Role) -> bool {
    role == Role::Admin
}

/// Respondent-level microdata and unsuppressed tables: analysts only. Evaluators read
/// protected aggregates; admins run the survey, they do not analyse its respondents.
pub fn may_use_microdata(role: Role) -> bool {
    role == Role::Analyst
}
