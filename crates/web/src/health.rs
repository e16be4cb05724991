//! `/healthz` (the process answers) and `/readyz` (and can reach the database).

use crate::state::AppState;
use actix_web::{HttpResponse, web};

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/healthz", web::get().to(healthz))
        .route("/readyz", web::get().to(readyz));
}

async fn healthz() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .body("ok")
}

async fn readyz(state: web::Data<AppState>) -> HttpResponse {
    let ready = web::block(move || -> Result<(), atmos_store::StoreError> {
        // A readiness probe wants a quick answer, quicker than the pool's own timeout.
        let mut conn = state.pool.get_timeout(std::time::Duration::from_secs(1))?;
        // A real round trip, whatever the pool skipped when it handed the connection out.
        atmos_store::ping(&mut conn).inspect_err(|error| {
            conn.forget_if_lost(error);
        })
    })
    .await;
    match ready {
        Ok(Ok(())) => HttpResponse::Ok()
            .content_type("text/plain; charset=utf-8")
            .body("ready"),
        _ => HttpResponse::ServiceUnavailable()
            .content_type("text/plain; charset=utf-8")
            .body("database unavailable"),
    }
}
