//! The one cookie that ties a browser to its response in progress: the response's random id,
//! scoped to the wave's path. Nothing else about the resident is kept.

use actix_web::{HttpRequest, cookie};
use uuid::Uuid;

pub const RESPONSE_COOKIE: &str = "atmos_response";

pub fn response_id(req: &HttpRequest) -> Option<Uuid> {
    req.cookie(RESPONSE_COOKIE)
        .and_then(|c| Uuid::parse_str(c.value()).ok())
}

pub fn response_cookie(base: &str, id: Uuid, secure: bool) -> cookie::Cookie<'static> {
    cookie::Cookie::build(RESPONSE_COOKIE, id.to_string())
        .path(base.to_string())
        .http_only(true)
        .secure(secure)
        .same_site(cookie::SameSite::Lax)
        // Long enough to come back to an unfinished survey; a wave runs for weeks.
        .max_age(cookie::time::Duration::days(60))
        .finish()
}
