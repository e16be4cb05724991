//! Embedded migrations: up, down, up again, and concurrent runs.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

use std::sync::{Arc, Barrier};
use std::thread;

use atmos_store::testing::{TestDb, assert_schema_matches};
use atmos_store::{PgConnection, StoreError, pending_migrations, revert_all, run_migrations};
use diesel::prelude::*;
use diesel::sql_query;
use diesel::sql_types::{BigInt, Text};

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    count: i64,
}

#[derive(QueryableByName)]
struct Name {
    #[diesel(sql_type = Text)]
    name: String,
}

/// Objects the migrations create, apart from diesel's bookkeeping table.
fn leftover_objects(conn: &mut PgConnection) -> Result<Vec<String>, StoreError> {
    let rows = sql_query(
        "SELECT relname::text AS name FROM pg_class c \
           JOIN pg_namespace n ON n.oid = c.relnamespace \
          WHERE n.nspname = 'public' AND relname NOT LIKE '\\_\\_diesel\\_schema\\_migrations%' \
         UNION ALL SELECT proname::text FROM pg_proc p \
           JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' \
         UNION ALL SELECT extname::text FROM pg_extension WHERE extname <> 'plpgsql'",
    )
    .load::<Name>(conn)?;
    Ok(rows.into_iter().map(|row| row.name).collect())
}

#[test]
fn up_down_up_on_a_fresh_database() -> Result<(), StoreError> {
    let db = TestDb::empty();
    let mut conn = db.conn();

    let pending = pending_migrations(&mut conn)?;
    assert!(pending.len() >= 5, "pending: {pending:?}");
    let applied = run_migrations(&mut conn)?;
    assert_eq!(applied, pending);
    assert!(pending_migrations(&mut conn)?.is_empty());
    assert!(
        run_migrations(&mut conn)?.is_empty(),
        "nothing left to apply"
    );
    assert_schema_matches(&mut conn);

    let mut reverted = revert_all(&mut conn)?;
    reverted.reverse();
    assert_eq!(reverted, applied, "reverts every migration, newest first");
    assert_eq!(leftover_objects(&mut conn)?, Vec::<String>::new());
    assert_eq!(pending_migrations(&mut conn)?, applied);

    assert_eq!(run_migrations(&mut conn)?, applied);
    assert_schema_matches(&mut conn);
    Ok(())
}

#[test]
fn template_copies_are_fully_migrated() -> Result<(), StoreError> {
    let db = TestDb::new();
    let mut conn = db.conn();
    assert!(pending_migrations(&mut conn)?.is_empty());
    Ok(())
}

#[test]
fn concurrent_runs_apply_each_migration_once() -> Result<(), StoreError> {
    let db = TestDb::empty();
    let barrier = Arc::new(Barrier::new(4));
    let runs: Vec<_> = (0..4)
        .map(|_| {
            let url = db.url.clone();
            let barrier = Arc::clone(&barrier);
            thread::spawn(move || -> Result<Vec<String>, StoreError> {
                let mut conn = atmos_store::connect(&url)?;
                barrier.wait();
                run_migrations(&mut conn)
            })
        })
        .collect();
    let mut applied = Vec::new();
    for run in runs {
        let versions = run.join().expect("migration thread panicked")?;
        // The first to take the lock applies everything, the others find nothing pending.
        assert!(versions.is_empty() || versions.len() >= 5, "{versions:?}");
        applied.extend(versions);
    }
    let mut unique = applied.clone();
    unique.dedup();
    assert_eq!(unique, applied);

    let mut conn = db.conn();
    let rows = sql_query("SELECT count(*) AS count FROM __diesel_schema_migrations")
        .get_result::<Count>(&mut conn)?;
    assert_eq!(usize::try_from(rows.count).ok(), Some(applied.len()));
    assert_schema_matches(&mut conn);
    Ok(())
}
