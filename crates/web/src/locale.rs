//! The language of a page: `?lang=` (the switcher), then the language cookie, then the
//! browser's Accept-Language, then the survey's default.

use actix_web::http::header::ACCEPT_LANGUAGE;
use actix_web::{HttpRequest, cookie};
use atmos_i18n::{Direction, LanguageIdentifier, direction, negotiate};

pub const LANG_COOKIE: &str = "atmos_lang";

#[derive(Debug, Clone)]
pub struct PageLocale {
    pub locale: LanguageIdentifier,
    pub dir: Direction,
    /// Set when the resident chose a language explicitly: remember it in a cookie.
    pub chosen: bool,
}

/// What locale negotiation needs from a request, owned so it can move to a worker thread.
#[derive(Debug, Clone, Default)]
pub struct LocaleHints {
    pub query: Option<String>,
    pub cookie: Option<String>,
    pub accept_language: Option<String>,
}

impl LocaleHints {
    pub fn from_request(req: &HttpRequest) -> Self {
        Self {
            query: query_lang(req),
            cookie: req.cookie(LANG_COOKIE).map(|c| c.value().to_string()),
            accept_language: req
                .headers()
                .get(ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .map(|s| s.chars().take(500).collect()),
        }
    }
}

pub fn negotiate_request(
    hints: &LocaleHints,
    available: &[LanguageIdentifier],
    default: &LanguageIdentifier,
) -> PageLocale {
    let query = hints.query.clone();
    let explicit: Vec<&str> = query
        .iter()
        .chain(hints.cookie.iter())
        .map(String::as_str)
        .collect();
    let locale = negotiate(
        &explicit,
        hints.accept_language.as_deref(),
        available,
        default,
    );
    let chosen = query
        .as_deref()
        .is_some_and(|q| q.parse::<LanguageIdentifier>().is_ok_and(|l| l == locale));
    PageLocale {
        dir: direction(&locale),
        locale,
        chosen,
    }
}

fn query_lang(req: &HttpRequest) -> Option<String> {
    req.query_string()
        .split('&')
        .filter_map(|p| p.split_once('='))
        .find(|(k, _)| *k == "lang")
        .map(|(_, v)| v.chars().take(20).collect())
}

pub fn lang_cookie(locale: &LanguageIdentifier, secure: bool) -> cookie::Cookie<'static> {
    cookie::Cookie::build(LANG_COOKIE, locale.to_string())
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(cookie::SameSite::Lax)
        .max_age(cookie::time::Duration::days(365))
        .finish()
}
