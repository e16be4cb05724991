//! Baseline for the page-render benchmark (not a test): a bare actix-web server with one
//! handler that returns a static HTML page of a given byte size, with the same worker count
//! as `atmos serve` (one per core) and the same `no-store` header. Whatever the forms'
//! server is slower than this is spent in atmos itself: database round trips, templates,
//! texts, middleware.
//!
//! ```text
//! cargo run --release -p atmos-web --example bare_page -- --bind 127.0.0.1:18081 --bytes 20000
//! wrk -t2 -c32 -d20s http://127.0.0.1:18081/page
//! ```

use std::process::ExitCode;

use actix_web::http::header::CACHE_CONTROL;
use actix_web::web::{self, Bytes};
use actix_web::{App, HttpResponse, HttpServer};

/// A page of exactly `bytes` bytes: an HTML frame filled with paragraphs of text.
fn page(bytes: usize) -> Bytes {
    let head = "<!DOCTYPE html><html lang=\"fi\"><head><meta charset=\"utf-8\">\
                <title>Bare page</title></head><body><main>";
    let tail = "</main></body></html>\n";
    let mut s = String::with_capacity(bytes.max(head.len() + tail.len()));
    s.push_str(head);
    let para = "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n";
    while s.len() + para.len() + tail.len() <= bytes {
        s.push_str(para);
    }
    while s.len() + tail.len() < bytes {
        s.push(' ');
    }
    s.push_str(tail);
    Bytes::from(s)
}

fn main() -> ExitCode {
    let mut bind = "127.0.0.1:18081".to_string();
    let mut bytes = 20_000usize;
    let mut workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let Some(value) = it.next() else {
            eprintln!("{flag} needs a value");
            return ExitCode::from(2);
        };
        let parsed = match flag.as_str() {
            "--bind" => {
                bind = value;
                Ok(())
            }
            "--bytes" => value.parse().map(|v| bytes = v),
            "--workers" => value.parse().map(|v: usize| workers = v.max(1)),
            other => {
                eprintln!("unknown argument {other}; usage: bare_page --bind ADDR --bytes N");
                return ExitCode::from(2);
            }
        };
        if let Err(e) = parsed {
            eprintln!("{flag}: {e}");
            return ExitCode::from(2);
        }
    }
    let body = page(bytes);
    println!(
        "bare page of {} bytes on http://{bind}/page ({workers} workers)",
        body.len()
    );
    let result = actix_web::rt::System::new().block_on(async move {
        HttpServer::new(move || {
            let body = body.clone();
            App::new().route(
                "/page",
                web::get().to(move || {
                    let body = body.clone();
                    async move {
                        HttpResponse::Ok()
                            .content_type("text/html; charset=utf-8")
                            .insert_header((CACHE_CONTROL, "no-store"))
                            .body(body)
                    }
                }),
            )
        })
        .workers(workers)
        .bind(&bind)?
        .run()
        .await
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bare_page: {e}");
            ExitCode::FAILURE
        }
    }
}
