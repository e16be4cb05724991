//! Connecting, pooling and creating the database.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

use atmos_store::testing::TestDb;
use atmos_store::{StoreError, connect, ensure_database, pool, run_migrations};
use diesel::prelude::*;
use diesel::sql_types::Text;

#[derive(QueryableByName)]
struct Encoding {
    #[diesel(sql_type = Text)]
    encoding: String,
}

#[test]
fn ensure_database_creates_a_missing_database() -> Result<(), StoreError> {
    let db = TestDb::missing();
    assert!(!db.exists());
    assert!(ensure_database(&db.url)?, "created");
    assert!(db.exists());
    assert!(!ensure_database(&db.url)?, "already there");

    let mut conn = connect(&db.url)?;
    let encoding = diesel::sql_query("SELECT pg_encoding_to_char(encoding)::text AS encoding FROM pg_database WHERE datname = current_database()")
        .get_result::<Encoding>(&mut conn)?;
    assert_eq!(encoding.encoding, "UTF8");
    assert!(!run_migrations(&mut conn)?.is_empty());
    Ok(())
}

#[test]
fn an_unreachable_server_says_where_and_what_to_do() {
    let url = "postgres://atmos:s3cret@127.0.0.1:1/atmos";
    let errors = [
        ensure_database(url)
            .map(|_| ())
            .expect_err("nothing listens on port 1"),
        connect(url)
            .map(|_| ())
            .expect_err("nothing listens on port 1"),
        pool(url, 2)
            .map(|_| ())
            .expect_err("nothing listens on port 1"),
    ];
    for error in errors {
        let StoreError::Unreachable { url: shown, .. } = &error else {
            panic!("expected Unreachable, got {error:?}");
        };
        assert_eq!(shown, "postgres://atmos:***@127.0.0.1:1/atmos");
        let message = error.to_string();
        assert!(message.contains(shown.as_str()), "{message}");
        assert!(message.contains("PostgreSQL"), "{message}");
        assert!(message.contains("pg_ctlcluster"), "{message}");
        assert!(!message.contains("s3cret"), "{message}");
    }
}

#[test]
fn a_missing_database_is_not_an_unreachable_server() {
    let db = TestDb::missing();
    let error = pool(&db.url, 2).map(|_| ()).expect_err("no such database");
    assert!(matches!(error, StoreError::Connect { .. }), "{error:?}");
}

#[test]
fn the_pool_hands_out_working_connections() -> Result<(), StoreError> {
    let db = TestDb::new();
    let pool = db.pool();
    let mut first = pool.get()?;
    let mut second = pool.get()?;
    for conn in [&mut first, &mut second] {
        assert!(atmos_store::list_surveys(conn)?.is_empty());
    }
    Ok(())
}

// ---------------------------------------------------------------- the pool's checks

use std::sync::Mutex;
use std::time::Duration;

use atmos_store::{Instrumentation, InstrumentationEvent, PgPool, PoolOptions, pool_with};

/// One use of a pooled connection: the number of surveys.
fn surveys(pool: &PgPool) -> Result<usize, StoreError> {
    let mut conn = pool.get()?;
    Ok(atmos_store::list_surveys(&mut conn)?.len())
}

/// `SELECT 1`s sent on connections to the database named in [`PINGED_DB`]. Tests of this
/// binary run at once, each on its own database, so a connection records only when its
/// database is the one watched.
static PINGS: Mutex<usize> = Mutex::new(0);
static PINGED_DB: Mutex<Option<String>> = Mutex::new(None);

struct PingCounter {
    database: Option<String>,
}

impl Instrumentation for PingCounter {
    fn on_connection_event(&mut self, event: InstrumentationEvent<'_>) {
        match event {
            InstrumentationEvent::StartEstablishConnection { url, .. } => {
                self.database = atmos_store::database_name(url).ok();
            }
            InstrumentationEvent::StartQuery { query, .. } => {
                let watched = PINGED_DB.lock().unwrap().clone();
                if watched.is_some()
                    && watched == self.database
                    && query.to_string().starts_with("SELECT 1 ")
                {
                    *PINGS.lock().unwrap() += 1;
                }
            }
            _ => {}
        }
    }
}

fn ping_counter() -> Option<Box<dyn Instrumentation>> {
    Some(Box::new(PingCounter { database: None }))
}

/// Ends every connection to the test's database but this one (as `pg_terminate_backend` by
/// an administrator, or a PostgreSQL restart, would) and waits until they are gone. Again
/// and again: the pool may be opening a connection in the background meanwhile.
fn kill_other_connections(db: &TestDb) -> usize {
    atmos_store::testing::terminate_other_connections(&mut db.conn())
}

#[test]
fn busy_connections_are_not_pinged_idle_ones_are() -> Result<(), StoreError> {
    atmos_store::set_default_instrumentation(ping_counter).unwrap();
    let db = TestDb::new();
    *PINGED_DB.lock().unwrap() = Some(db.name.clone());

    let hour = Duration::from_secs(3600);
    let busy = pool_with(
        &db.url,
        2,
        PoolOptions {
            ping_after_idle: hour,
            ..PoolOptions::default()
        },
    )?;
    for _ in 0..5 {
        surveys(&busy)?;
    }
    assert_eq!(*PINGS.lock().unwrap(), 0, "returned moments ago: no ping");

    let idle = pool_with(
        &db.url,
        2,
        PoolOptions {
            ping_after_idle: Duration::ZERO,
            ..PoolOptions::default()
        },
    )?;
    for _ in 0..5 {
        surveys(&idle)?;
    }
    *PINGED_DB.lock().unwrap() = None;
    assert_eq!(*PINGS.lock().unwrap(), 5, "one ping per check-out");
    Ok(())
}

#[test]
fn a_killed_busy_connection_fails_one_use_and_is_replaced() -> Result<(), StoreError> {
    let db = TestDb::new();
    let pool = pool_with(
        &db.url,
        2,
        PoolOptions {
            // Never pinged: the loss must be noticed by the failing statement.
            ping_after_idle: Duration::from_secs(3600),
            ..PoolOptions::default()
        },
    )?;
    surveys(&pool)?;
    assert!(kill_other_connections(&db) >= 1);

    let mut conn = pool.get()?;
    let error = atmos_store::list_surveys(&mut conn).expect_err("the backend is gone");
    assert!(error.is_connection_lost(), "{error:?}");
    assert!(error.is_unavailable());
    assert!(conn.forget_if_lost(&error));
    drop(conn);

    // Not handed out again; any other connection idle since the loss is pinged first.
    for _ in 0..3 {
        assert_eq!(surveys(&pool)?, 0);
    }
    Ok(())
}

#[test]
fn a_killed_idle_connection_is_never_handed_out() -> Result<(), StoreError> {
    let db = TestDb::new();
    let pool = pool_with(
        &db.url,
        2,
        PoolOptions {
            ping_after_idle: Duration::from_millis(20),
            ..PoolOptions::default()
        },
    )?;
    surveys(&pool)?;
    assert!(kill_other_connections(&db) >= 1);
    std::thread::sleep(Duration::from_millis(50));

    // The ping finds the connection dead, the pool opens another: the first use works.
    assert_eq!(surveys(&pool)?, 0);
    Ok(())
}

#[test]
fn an_error_that_is_not_a_lost_connection_keeps_the_connection() -> Result<(), StoreError> {
    let db = TestDb::new();
    let pool = db.pool();
    let mut conn = pool.get()?;
    let error = diesel::sql_query("SELECT * FROM no_such_table")
        .execute(&mut **conn)
        .map_err(StoreError::from)
        .expect_err("no such table");
    assert!(!error.is_connection_lost(), "{error:?}");
    assert!(!conn.forget_if_lost(&error));
    assert!(atmos_store::list_surveys(&mut conn)?.is_empty());
    Ok(())
}

#[test]
fn loopback_connections_do_not_use_tls() -> Result<(), StoreError> {
    #[derive(QueryableByName)]
    struct Ssl {
        #[diesel(sql_type = diesel::sql_types::Bool)]
        ssl: bool,
    }
    if std::env::var_os("PGSSLMODE").is_some() {
        return Ok(());
    }
    let db = TestDb::new();
    let ssl = || {
        diesel::sql_query(
            "SELECT coalesce(bool_or(ssl), false) AS ssl FROM pg_stat_ssl \
             WHERE pid = pg_backend_pid()",
        )
    };
    if db.url.contains("@127.0.0.1") || db.url.contains("@localhost") {
        let row: Ssl = ssl().get_result(&mut connect(&db.url)?)?;
        assert!(!row.ssl, "TLS to a server on this machine");
        let row: Ssl = ssl().get_result(&mut **db.pool().get()?)?;
        assert!(!row.ssl, "TLS to a server on this machine (pool)");
    }
    Ok(())
}
