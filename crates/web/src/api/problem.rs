//! The API's error answers: a status and a JSON body `{"error": {"code", "message"}}` whose
//! `code` is stable (clients branch on it; the message is for people and may be reworded).

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use actix_web::http::header::{CACHE_CONTROL, WWW_AUTHENTICATE};

use crate::error::WebError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    Unauthenticated,
    InvalidCredentials,
    TooManyAttempts,
    PasswordChangeRequired,
    Forbidden,
    NotFound,
    UnknownSurvey,
    UnknownWave,
    UnknownBreakdown,
    NoData,
    InvalidParameter,
    MalformedBody,
    UnsupportedMediaType,
    WeightingFailed,
    Unavailable,
    Internal,
}

impl Code {
    pub fn as_str(self) -> &'static str {
        match self {
            Code::Unauthenticated => "unauthenticated",
            Code::InvalidCredentials => "invalid_credentials",
            Code::TooManyAttempts => "too_many_attempts",
            Code::PasswordChangeRequired => "password_change_required",
            Code::Forbidden => "forbidden",
            Code::NotFound => "not_found",
            Code::UnknownSurvey => "unknown_survey",
            Code::UnknownWave => "unknown_wave",
            Code::UnknownBreakdown => "unknown_breakdown",
            Code::NoData => "no_data",
            Code::InvalidParameter => "invalid_parameter",
            Code::MalformedBody => "malformed_body",
            Code::UnsupportedMediaType => "unsupported_media_type",
            Code::WeightingFailed => "weighting_failed",
            Code::Unavailable => "unavailable",
            Code::Internal => "internal",
        }
    }

    pub fn status(self) -> StatusCode {
        match self {
            Code::Unauthenticated | Code::InvalidCredentials => StatusCode::UNAUTHORIZED,
            Code::TooManyAttempts => StatusCode::TOO_MANY_REQUESTS,
            Code::PasswordChangeRequired | Code::Forbidden => StatusCode::FORBIDDEN,
            Code::NotFound
            | Code::UnknownSurvey
            | Code::UnknownWave
            | Code::UnknownBreakdown
            | Code::NoData => StatusCode::NOT_FOUND,
            Code::InvalidParameter | Code::MalformedBody => StatusCode::BAD_REQUEST,
            Code::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Code::WeightingFailed => StatusCode::CONFLICT,
            Code::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            Code::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// An error answer of the API.
#[derive(Debug, Clone)]
pub struct Problem {
    pub code: Code,
    pub message: String,
}

impl Problem {
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
        }
    }

    pub fn into_response(self) -> HttpResponse {
        let mut b = HttpResponse::build(self.code.status());
        b.insert_header((CACHE_CONTROL, "no-store"));
        if self.code == Code::Unauthenticated {
            b.insert_header((WWW_AUTHENTICATE, "Bearer realm=\"atmos\""));
        }
        b.json(serde_json::json!({
            "error": { "code": self.code.as_str(), "message": self.message }
        }))
    }
}

impl From<WebError> for Problem {
    fn from(e: WebError) -> Self {
        if e.is_unavailable() {
            return Problem::new(
                Code::Unavailable,
                "The database is unavailable: try again in a moment.",
            );
        }
        if let Some((wave, reason)) = crate::staff::insights::unusable_wave(&e) {
            return Problem::new(
                Code::WeightingFailed,
                format!(
                    "The answers of wave {wave} cannot be weighted to the population yet: {reason}"
                ),
            );
        }
        tracing::error!(error = %e, "API request failed");
        Problem::new(Code::Internal, "Something went wrong on the server.")
    }
}

impl From<atmos_store::StoreError> for Problem {
    fn from(e: atmos_store::StoreError) -> Self {
        WebError::from(e).into()
    }
}
