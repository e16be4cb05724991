//! Reading a posted form strictly: the right content type, a size limit, valid UTF-8 and
//! valid percent-encoding. Anything else is refused whole, never half-read.

use actix_web::HttpRequest;
use actix_web::http::header::CONTENT_TYPE;
use actix_web::web::{Bytes, PayloadConfig};
use percent_encoding::percent_decode;

use atmos_survey::FormInput;

/// The largest form a resident can send: a page of answers with a few long texts fits with
/// room to spare; anything bigger is not a survey answer.
pub const MAX_FORM_BYTES: usize = 64 * 1024;

pub fn payload_config() -> PayloadConfig {
    PayloadConfig::new(MAX_FORM_BYTES)
}

/// Why a posted body could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormError {
    ContentType,
    Encoding,
}

impl FormError {
    pub fn status(self) -> actix_web::http::StatusCode {
        match self {
            FormError::ContentType => actix_web::http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            FormError::Encoding => actix_web::http::StatusCode::BAD_REQUEST,
        }
    }

    pub fn message_id(self) -> &'static str {
        match self {
            FormError::ContentType => "error-content-type",
            FormError::Encoding => "error-encoding",
        }
    }
}

/// A posted form: answer fields, and the control fields (`_csrf`, `_action`, ...) apart.
#[derive(Debug, Default)]
pub struct Posted {
    pub answers: FormInput,
    pub control: FormInput,
}

impl Posted {
    pub fn control(&self, name: &str) -> Option<&str> {
        self.control
            .get(name)
            .and_then(|v| v.first())
            .map(String::as_str)
    }
}

pub fn parse(req: &HttpRequest, body: &Bytes) -> Result<Posted, FormError> {
    let content_type = req
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let essence = content_type.split(';').next().unwrap_or_default().trim();
    if !essence.eq_ignore_ascii_case("application/x-www-form-urlencoded") {
        return Err(FormError::ContentType);
    }
    let text = std::str::from_utf8(body).map_err(|_| FormError::Encoding)?;
    let mut posted = Posted::default();
    for pair in text.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let key = decode(k)?;
        let value = decode(v)?;
        let target = if key.starts_with('_') {
            &mut posted.control
        } else {
            &mut posted.answers
        };
        target.entry(key).or_default().push(value);
    }
    Ok(posted)
}

fn decode(s: &str) -> Result<String, FormError> {
    let plus = s.replace('+', " ");
    percent_decode(plus.as_bytes())
        .decode_utf8()
        .map(|c| c.into_owned())
        .map_err(|_| FormError::Encoding)
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

    fn req(ct: &str) -> HttpRequest {
        TestRequest::default()
            .insert_header((CONTENT_TYPE, ct))
            .to_http_request()
    }

    #[test]
    fn repeated_keys_and_control_fields() {
        let body = Bytes::from_static(b"a=1&b=x+y&b=%C3%A4&_csrf=t&empty=");
        let p = parse(
            &req("application/x-www-form-urlencoded; charset=UTF-8"),
            &body,
        )
        .unwrap();
        assert_eq!(p.answers["a"], ["1"]);
        assert_eq!(p.answers["b"], ["x y", "ä"]);
        assert_eq!(p.answers["empty"], [""]);
        assert_eq!(p.control("_csrf"), Some("t"));
    }

    #[test]
    fn wrong_type_and_bad_encoding_are_refused() {
        let ok = "application/x-www-form-urlencoded";
        assert_eq!(
            parse(&req("application/json"), &Bytes::from_static(b"{}")).unwrap_err(),
            FormError::ContentType
        );
        assert_eq!(
            parse(&req(ok), &Bytes::from_static(b"a=%FF")).unwrap_err(),
            FormError::Encoding
        );
        assert_eq!(
            parse(&req(ok), &Bytes::from_static(b"a=\xff")).unwrap_err(),
            FormError::Encoding
        );
    }
}
