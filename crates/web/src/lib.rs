//! The web side of atmos: the respondent forms at `/s/{survey}/{wave}`, health checks and
//! static assets. Server-rendered HTML (askama, escaped by default), no JavaScript, no
//! external assets; everything a resident sees is localized through `atmos-i18n`.

mod api;
mod bridge;
pub mod codes;
mod config;
mod error;
mod form;
mod health;
mod locale;
mod outcome;
mod ratelimit;
mod respond;
mod response_cache;
mod security;
mod session;
mod skeleton;
pub mod staff;
mod state;
mod texts;
mod views;

use std::net::TcpListener;

use actix_web::dev::Server;
use actix_web::{App, HttpServer, web};

pub use config::Config;
pub use error::WebError;
pub use state::{AppState, Tuning};

/// Build the server on a bound listener (tests bind port 0 and read the port back).
pub fn build(state: AppState, listener: TcpListener, workers: usize) -> std::io::Result<Server> {
    let state = web::Data::new(state);
    let server = HttpServer::new(move || {
        App::new()
            .app_data(state.clone())
            .app_data(form::payload_config())
            .wrap(security::headers())
            .wrap(actix_web::middleware::from_fn(security::trace_request))
            .configure(health::routes)
            .configure(respond::routes)
            .configure(staff::routes)
            .configure(api::routes)
            .default_service(web::to(respond::not_found))
    })
    .workers(workers.max(1))
    .listen(listener)?
    .run();
    Ok(server)
}
