//! The embedded migrations and running them safely from several processes.

use diesel::PgConnection;
use diesel::prelude::*;
use diesel::sql_types::BigInt;
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use crate::error::StoreError;

/// The SQL migrations of `migrations/`, compiled into the binary.
pub const MIGRATIONS: EmbeddedMigrations = embed_migrations!("../../migrations");

/// SHA-256 (hex) over the names and contents of the migration files this crate was built
/// with; the test helper names its template database after it.
pub const MIGRATIONS_HASH: &str = env!("ATMOS_MIGRATIONS_HASH");

/// Advisory lock key held while migrating ("atmosmig" in ASCII). Advisory locks are scoped to
/// the database, so servers of different databases do not wait for each other.
const MIGRATION_LOCK: i64 = 0x6174_6d6f_736d_6967;

/// Applies the pending migrations and returns their versions, oldest first.
///
/// Holds a PostgreSQL advisory lock meanwhile, so servers starting together neither race nor
/// fail: the later ones wait, then find nothing pending.
pub fn run_migrations(conn: &mut PgConnection) -> Result<Vec<String>, StoreError> {
    with_migration_lock(conn, |conn| {
        let applied = conn
            .run_pending_migrations(MIGRATIONS)
            .map_err(|error| StoreError::Migration(error.to_string()))?
            .into_iter()
            .map(|version| version.to_string())
            .collect::<Vec<_>>();
        for version in &applied {
            tracing::info!(%version, "applied migration");
        }
        Ok(applied)
    })
}

/// Reverts every applied migration, newest first, and returns their versions. For tests and
/// for tearing a database down; it deletes all data.
pub fn revert_all(conn: &mut PgConnection) -> Result<Vec<String>, StoreError> {
    with_migration_lock(conn, |conn| {
        let reverted = conn
            .revert_all_migrations(MIGRATIONS)
            .map_err(|error| StoreError::Migration(error.to_string()))?
            .into_iter()
            .map(|version| version.to_string())
            .collect();
        Ok(reverted)
    })
}

/// The versions of the embedded migrations not yet applied to this database.
pub fn pending_migrations(conn: &mut PgConnection) -> Result<Vec<String>, StoreError> {
    let pending = conn
        .pending_migrations(MIGRATIONS)
        .map_err(|error| StoreError::Migration(error.to_string()))?
        .iter()
        .map(|migration| migration.name().version().to_string())
        .collect();
    Ok(pending)
}

fn with_migration_lock<T>(
    conn: &mut PgConnection,
    work: impl FnOnce(&mut PgConnection) -> Result<T, StoreError>,
) -> Result<T, StoreError> {
    diesel::sql_query("SELECT pg_advisory_lock($1)")
        .bind::<BigInt, _>(MIGRATION_LOCK)
        .execute(conn)?;
    let result = work(conn);
    // Session-level locks outlive failed statements, so release it whatever happened.
    let unlocked = diesel::sql_query("SELECT pg_advisory_unlock($1)")
        .bind::<BigInt, _>(MIGRATION_LOCK)
        .execute(conn);
    let value = result?;
    unlocked?;
    Ok(value)
}
