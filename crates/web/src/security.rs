//! Security headers, CSRF tokens and request tracing that records no personal data.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::{DefaultHeaders, Next};
use actix_web::{HttpRequest, cookie};
use subtle::ConstantTimeEq;

/// No script at all, styles and images only from this origin, forms only to this origin,
/// never framed.
const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; \
                   frame-ancestors 'none'; base-uri 'none'";

pub fn headers() -> DefaultHeaders {
    DefaultHeaders::new()
        .add(("Content-Security-Policy", CSP))
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("X-Frame-Options", "DENY"))
        .add(("Referrer-Policy", "no-referrer"))
        .add((
            "Permissions-Policy",
            "camera=(), microphone=(), geolocation=(), interest-cohort=()",
        ))
        .add(("Cross-Origin-Opener-Policy", "same-origin"))
}

/// Log method, route and status only: no address, no user agent, no query string (which
/// could carry a language choice, but nothing else is allowed to be there either).
pub async fn trace_request(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let method = req.method().clone();
    let path = req.path().to_string();
    let res = next.call(req).await?;
    tracing::info!(%method, %path, status = res.status().as_u16(), "request");
    Ok(res)
}

pub const CSRF_COOKIE: &str = "atmos_csrf";
pub const CSRF_FIELD: &str = "_csrf";

/// The CSRF token for this browser: the cookie's if present, otherwise a new one (which the
/// caller sets as a cookie with [`csrf_cookie`]).
pub fn csrf_token(req: &HttpRequest) -> (String, bool) {
    match req.cookie(CSRF_COOKIE) {
        Some(c) if c.value().len() == 43 => (c.value().to_string(), false),
        _ => (random_token(), true),
    }
}

pub fn csrf_cookie(token: &str, secure: bool) -> cookie::Cookie<'static> {
    cookie::Cookie::build(CSRF_COOKIE, token.to_string())
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(cookie::SameSite::Strict)
        .finish()
}

/// Double-submit check: the form's token must equal the cookie's.
pub fn csrf_ok(req: &HttpRequest, submitted: Option<&str>) -> bool {
    match (req.cookie(CSRF_COOKIE), submitted) {
        (Some(c), Some(s)) if !s.is_empty() => c.value().as_bytes().ct_eq(s.as_bytes()).into(),
        _ => false,
    }
}

/// 256 random bits, URL-safe base64 without padding (43 characters).
pub fn random_token() -> String {
    let bytes: [u8; 32] = rand::random();
    data_encoding::BASE64URL_NOPAD.encode(&bytes)
}
