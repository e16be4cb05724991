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
