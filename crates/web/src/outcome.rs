//! What a handler decided, built on a worker thread (where the database is) and turned into
//! a response on the async side: the respondents' pages and the staff pages alike.

use actix_web::HttpResponse;
use actix_web::cookie::Cookie;
use actix_web::http::StatusCode;
use actix_web::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, LOCATION};

pub enum Outcome {
    Html {
        status: StatusCode,
        body: String,
        cookies: Vec<Cookie<'static>>,
    },
    Redirect {
        to: String,
        cookies: Vec<Cookie<'static>>,
    },
    /// A download (the dashboard's charts are also shown in its pages from here).
    File {
        content_type: String,
        name: String,
        bytes: Vec<u8>,
    },
}

impl Outcome {
    pub fn into_response(self) -> HttpResponse {
        // Pages carry answers and staff data: never cache them (a shared computer's back
        // button).
        let (mut builder, cookies, body) = match self {
            Outcome::Html {
                status,
                body,
                cookies,
            } => {
                let mut b = HttpResponse::build(status);
                b.content_type("text/html; charset=utf-8");
                (b, cookies, Some(body.into_bytes()))
            }
            Outcome::Redirect { to, cookies } => {
                let mut b = HttpResponse::SeeOther();
                b.insert_header((LOCATION, to));
                (b, cookies, None)
            }
            Outcome::File {
                content_type,
                name,
                bytes,
            } => {
                // Images are shown inline in the pages; everything else is saved.
                let disposition = if content_type.starts_with("image/") {
                    "inline"
                } else {
                    "attachment"
                };
                let mut b = HttpResponse::Ok();
                b.content_type(content_type).insert_header((
                    CONTENT_DISPOSITION,
                    format!(
                        "{disposition}; filename=\"{}\"",
                        name.replace(['"', '\\'], "")
                    ),
                ));
                (b, Vec::new(), Some(bytes))
            }
        };
        builder.insert_header((CACHE_CONTROL, "no-store"));
        for c in cookies {
            builder.cookie(c);
        }
        match body {
            Some(b) => builder.body(b),
            None => builder.finish(),
        }
    }
}
