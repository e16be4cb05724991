//! Connecting to PostgreSQL from the command line.

use anyhow::Context as _;
use atmos_store::PgConnection;

/// Connect, creating the database first if it does not exist.
pub fn connect(url: &str) -> anyhow::Result<PgConnection> {
    atmos_store::ensure_database(url)?;
    Ok(atmos_store::connect(url)?)
}

/// Apply pending migrations; returns the versions applied.
pub fn migrate(conn: &mut PgConnection) -> anyhow::Result<Vec<String>> {
    atmos_store::run_migrations(conn).context("migrating the database")
}

/// A connection to a database that is created and migrated: what every command needs.
pub fn ready(url: &str) -> anyhow::Result<PgConnection> {
    let mut conn = connect(url)?;
    migrate(&mut conn)?;
    Ok(conn)
}
