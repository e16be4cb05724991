//! The server when PostgreSQL ends its connections (an administrator's
//! `pg_terminate_backend`, a restart, a network cut): no request hangs, at most the one that
//! meets a dead connection gets a clean 503, and the next ones are served again.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

#[path = "../../../tests/common/mod.rs"]
mod common;

use std::time::Duration;

use common::{Browser, Setup, TestApp, spawn_app_with};

/// Ends every connection to the app's database but the one this opens, and waits until
/// they are gone (ending them again if the pool opened another meanwhile). Returns how many
/// were ended.
fn kill_server_connections(app: &TestApp) -> usize {
    atmos_store::testing::terminate_other_connections(&mut app.conn())
}

/// GET with a deadline well under the pool's own timeouts: a hang fails the test.
async fn get_status(b: &Browser, path: &str) -> u16 {
    tokio::time::timeout(Duration::from_secs(15), b.get(path))
        .await
        .expect("the server answers without hanging")
        .status
}

/// A response in progress on its first page.
async fn on_first_page(app: &TestApp, b: &Browser) -> String {
    let base = app.base("2026");
    b.get(&base).await.expect_status(200);
    let started = b.post(&format!("{base}/start"), &[]).await;
    started.expect_status(303);
    let first = started.location();
    b.get(&first).await.expect_status(200);
    first
}

#[tokio::test]
async fn connections_ended_while_busy_cost_at_most_one_request() {
    // The default pool: connections used within the last second are not pinged.
    let app = spawn_app_with(Setup::default());
    let b = app.browser_in("fi");
    let first = on_first_page(&app, &b).await;
    assert!(kill_server_connections(&app) >= 1);

    // The first request that uses the database may meet a dead connection: a clean 503
    // with a Retry-After, never a 500 or a hang. Every other connection idle since then is
    // pinged before use. The page GETs may not use the database at all (the server keeps the
    // response in progress in memory), so the one 503 may also fall on the POST.
    let mut unavailable = 0;
    let mut count = |page: &common::Page| {
        if page.status == 503 {
            assert!(page.header("retry-after").is_some());
            unavailable += 1;
            true
        } else {
            false
        }
    };
    for _ in 0..6 {
        let page = tokio::time::timeout(Duration::from_secs(15), b.get(&first))
            .await
            .expect("the server answers without hanging");
        if !count(&page) {
            page.expect_status(200);
        }
    }
    let answers: Vec<(String, String)> = Vec::new();
    // The POST path (a transaction) works too: the empty page is refused as invalid (422)
    // or, with nothing required, saved (303); not an error.
    let mut posted = b.post(&first, &answers).await;
    if count(&posted) {
        posted = b.post(&first, &answers).await;
    }
    assert!(
        [303, 422].contains(&posted.status),
        "POST after reconnecting: {}",
        posted.status
    );
    assert!(unavailable <= 1, "{unavailable} requests got 503");
    assert_eq!(get_status(&b, "/readyz").await, 200);
}

#[tokio::test]
async fn connections_ended_while_idle_cost_nothing() {
    let app = spawn_app_with(Setup {
        tuning: atmos_web::Tuning {
            pool: atmos_store::PoolOptions {
                ping_after_idle: Duration::from_millis(50),
                ..atmos_store::PoolOptions::default()
            },
            ..atmos_web::Tuning::default()
        },
        ..Setup::default()
    });
    let b = app.browser_in("fi");
    let first = on_first_page(&app, &b).await;
    assert!(kill_server_connections(&app) >= 1);
    tokio::time::sleep(Duration::from_millis(200)).await;

    // Idle longer than ping_after_idle: the pool tests the connection, finds it dead and
    // opens another, so even the first request is served.
    assert_eq!(get_status(&b, &first).await, 200);
    assert_eq!(get_status(&b, "/readyz").await, 200);
}

#[tokio::test]
async fn readyz_reports_ended_connections_and_recovers() {
    let app = spawn_app_with(Setup::default());
    let b = app.browser();
    assert_eq!(get_status(&b, "/readyz").await, 200);
    assert!(kill_server_connections(&app) >= 1);
    // readyz always makes a round trip, so it may see the dead connection once.
    let first = get_status(&b, "/readyz").await;
    assert!([200, 503].contains(&first), "readyz: {first}");
    assert_eq!(get_status(&b, "/readyz").await, 200);
}
