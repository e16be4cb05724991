//! Test helper (feature `testing`): every test gets its own database, cloned from a migrated
//! template, and drops it afterwards.
//!
//! The server comes from `ATMOS_TEST_DATABASE_URL` (any database on it; default
//! `postgres://postgres@127.0.0.1:5432/postgres`); its user must be allowed to create
//! databases. Without a reachable server the helper panics with instructions: a test that
//! needs PostgreSQL fails, it is never skipped.
//!
//! Names: `atmos_test_template_<12 hex of the migrations' hash>` is the template, kept between
//! runs (a changed migration gives a new name, so a stale template is never used);
//! `atmos_test_<pid>_<random>` are the tests' databases, dropped by [`TestDb`]'s `Drop`, and
//! swept by the next run if the process died before it could drop them.

mod schema_check;

use std::path::Path;
use std::sync::OnceLock;

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};
use uuid::Uuid;

use crate::connection::{connect, connect_maintenance, database_exists, quote_identifier};
use crate::database_url::{redact, with_database};
use crate::error::StoreError;
use crate::migrate::{MIGRATIONS_HASH, run_migrations};
use crate::pool::{PgPool, pool};

pub use schema_check::{assert_schema_matches, schema_mismatches};

/// The server tests use when `ATMOS_TEST_DATABASE_URL` is not set.
pub const DEFAULT_TEST_SERVER_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";

/// Prefix of every database this helper creates.
pub const TEST_DATABASE_PREFIX: &str = "atmos_test_";

/// Advisory lock key ("atmostpl") held on the maintenance database while checking for and
/// building the template, so parallel test processes build it once.
const TEMPLATE_LOCK: i64 = 0x6174_6d6f_7374_706c;

/// The template's name, once this process made sure it exists.
static TEMPLATE: OnceLock<String> = OnceLock::new();

/// The server URL tests run against.
pub fn server_url() -> String {
    std::env::var("ATMOS_TEST_DATABASE_URL").unwrap_or_else(|_| DEFAULT_TEST_SERVER_URL.to_owned())
}

/// A database of its own for one test, dropped (with `FORCE`, so open connections do not
/// stop it) when the value is dropped, also while a panicking test unwinds.
#[derive(Debug)]
pub struct TestDb {
    /// URL of the test's database.
    pub url: String,
    /// Its name.
    pub name: String,
    server_url: String,
}

impl TestDb {
    /// A fresh database with every migration applied.
    pub fn new() -> TestDb {
        let server_url = server_url();
        let template = TEMPLATE.get_or_init(|| prepare_template(&server_url));
        Self::create(server_url, template)
    }

    /// A fresh database without any migration applied.
    pub fn empty() -> TestDb {
        Self::create(server_url(), "template0")
    }

    /// A name and URL for a database that does not exist yet (e.g. to test creating it);
    /// dropped like the others if something created it.
    pub fn missing() -> TestDb {
        Self::missing_on(server_url())
    }

    fn create(server_url: String, template: &str) -> TestDb {
        let db = Self::missing_on(server_url);
        let mut conn = maintenance(&db.server_url);
        let create = format!(
            "CREATE DATABASE {} TEMPLATE {} ENCODING 'UTF8'",
            quote_identifier(&db.name),
            quote_identifier(template)
        );
        if let Err(error) = diesel::sql_query(create).execute(&mut conn) {
            panic!("cannot create test database {}: {error}", db.name);
        }
        db
    }

    fn missing_on(server_url: String) -> TestDb {
        let name = unique_name();
        let url =
            with_database(&server_url, &name).unwrap_or_else(|error| fail(&server_url, &error));
        TestDb {
            url,
            name,
            server_url,
        }
    }

    /// A pool of up to 8 connections to the test's database.
    pub fn pool(&self) -> PgPool {
        pool(&self.url, 8).unwrap_or_else(|error| fail(&self.url, &error))
    }

    /// A connection to the test's database.
    pub fn conn(&self) -> PgConnection {
        connect(&self.url).unwrap_or_else(|error| fail(&self.url, &error))
    }

    /// Whether the database currently exists on the server.
    pub fn exists(&self) -> bool {
        database_exists_on_server(&self.name)
    }
}

impl Default for TestDb {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        // Never panic here: this may run while a failed test unwinds, where a second panic
        // would abort the whole test binary.
        let dropped = connect_maintenance(&self.server_url).and_then(|mut conn| {
            drop_database(&mut conn, &self.name)?;
            Ok(())
        });
        if let Err(error) = dropped {
            eprintln!(
                "warning: could not drop test database {}: {error}",
                self.name
            );
        }
    }
}

/// `atmos_test_<pid>_<random>`: the pid lets a later run tell leftovers of dead processes.
fn unique_name() -> String {
    let random = Uuid::new_v4().simple().to_string();
    format!(
        "{TEST_DATABASE_PREFIX}{}_{}",
        std::process::id(),
        &random[..12]
    )
}

/// The template's name for the migrations this crate was built with.
pub fn template_name() -> String {
    format!("{TEST_DATABASE_PREFIX}template_{}", &MIGRATIONS_HASH[..12])
}

fn drop_database(conn: &mut PgConnection, name: &str) -> Result<(), StoreError> {
    diesel::sql_query(format!(
        "DROP DATABASE IF EXISTS {} WITH (FORCE)",
        quote_identifier(name)
    ))
    .execute(conn)?;
    Ok(())
}

/// Makes sure the template exists and returns its name; sweeps leftovers on the way.
fn prepare_template(server_url: &str) -> String {
    let name = template_name();
    let mut conn = maintenance(server_url);
    sweep_leftovers_on(&mut conn);
    lock(&mut conn, "pg_advisory_lock");
    let built = build_template(&mut conn, server_url, &name);
    lock(&mut conn, "pg_advisory_unlock");
    if let Err(error) = built {
        panic!("cannot prepare the test template database {name}: {error}");
    }
    name
}

fn lock(conn: &mut PgConnection, function: &str) {
    let query = format!("SELECT {function}($1)");
    if let Err(error) = diesel::sql_query(query)
        .bind::<BigInt, _>(TEMPLATE_LOCK)
        .execute(conn)
    {
        panic!("{function} on the test server failed: {error}");
    }
}

/// Builds the template under a temporary name and renames it when complete, so a process
/// killed halfway never leaves a half-migrated template behind (only a leftover to sweep).
fn build_template(conn: &mut PgConnection, server_url: &str, name: &str) -> Result<(), StoreError> {
    if database_exists(conn, name)? {
        return Ok(());
    }
    let building = format!("{TEST_DATABASE_PREFIX}{}_template", std::process::id());
    drop_database(conn, &building)?;
    diesel::sql_query(format!(
        "CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8'",
        quote_identifier(&building)
    ))
    .execute(conn)?;
    {
        // Dropped at the end of the block: a template cannot be copied while connected to.
        let mut migrating = connect(&with_database(server_url, &building)?)?;
        run_migrations(&mut migrating)?;
    }
    // Nobody may connect to the template (a connection would block every copy), and marking
    // it a template keeps it from being dropped by accident.
    diesel::sql_query(format!(
        "ALTER DATABASE {} RENAME TO {}",
        quote_identifier(&building),
        quote_identifier(name)
    ))
    .execute(conn)?;
    diesel::sql_query(format!(
        "ALTER DATABASE {} WITH ALLOW_CONNECTIONS false IS_TEMPLATE true",
        quote_identifier(name)
    ))
    .execute(conn)?;
    tracing::info!(template = name, "built test template database");
    Ok(())
}

#[derive(QueryableByName)]
struct DatabaseName {
    #[diesel(sql_type = Text)]
    datname: String,
}

/// Whether a database of that name exists on the test server.
pub fn database_exists_on_server(name: &str) -> bool {
    let server_url = server_url();
    database_exists(&mut maintenance(&server_url), name)
        .unwrap_or_else(|error| fail(&server_url, &error))
}

/// A connection to the test server's maintenance database, for tests that create or inspect
/// databases themselves.
pub fn maintenance_connection() -> PgConnection {
    maintenance(&server_url())
}

/// Drops the test databases of processes that are no longer running (runs killed before their
/// `Drop`), and returns their names. Runs automatically once per process; public for tests.
pub fn sweep_leftovers() -> Vec<String> {
    sweep_leftovers_on(&mut maintenance(&server_url()))
}

fn sweep_leftovers_on(conn: &mut PgConnection) -> Vec<String> {
    // Without /proc every process would look dead, and the sweep would drop the databases of
    // live test runs.
    if !Path::new("/proc/self").exists() {
        return Vec::new();
    }
    let names = match diesel::sql_query("SELECT datname::text AS datname FROM pg_database")
        .load::<DatabaseName>(conn)
    {
        Ok(rows) => rows,
        Err(error) => {
            eprintln!("warning: cannot list databases to sweep test leftovers: {error}");
            return Vec::new();
        }
    };
    let mut swept = Vec::new();
    for DatabaseName { datname } in names {
        let Some(pid) = leftover_pid(&datname) else {
            continue;
        };
        if process_alive(pid) {
            continue;
        }
        // Another process may be sweeping the same leftover; losing that race is fine.
        match drop_database(conn, &datname) {
            Ok(()) => swept.push(datname),
            Err(error) => {
                eprintln!("warning: cannot drop leftover test database {datname}: {error}")
            }
        }
    }
    swept
}

/// Whether a process runs under that pid. A killed process whose parent has not reaped it yet
/// is a zombie: it still has a /proc entry but will never drop its databases.
fn process_alive(pid: u32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        // The state follows the command name, which is in parentheses and may contain spaces.
        Ok(stat) => !matches!(
            stat.rsplit_once(')')
                .and_then(|(_, rest)| rest.trim_start().chars().next()),
            Some('Z' | 'X')
        ),
        Err(_) => false,
    }
}

/// The pid in `atmos_test_<pid>_...`, or None for other names (such as the template).
fn leftover_pid(name: &str) -> Option<u32> {
    let rest = name.strip_prefix(TEST_DATABASE_PREFIX)?;
    let (pid, _) = rest.split_once('_')?;
    pid.parse().ok()
}

fn maintenance(server_url: &str) -> PgConnection {
    connect_maintenance(server_url).unwrap_or_else(|error| fail(server_url, &error))
}

/// Panics with everything needed to fix a missing or refusing test server.
fn fail(url: &str, error: &StoreError) -> ! {
    let mut message = format!(
        "atmos-store tests need PostgreSQL (server {}; set ATMOS_TEST_DATABASE_URL to use \
         another): {error}",
        redact(url)
    );
    let mut source = std::error::Error::source(error);
    while let Some(cause) = source {
        message.push_str(&format!(": {cause}"));
        source = cause.source();
    }
    panic!("{message}");
}

/// Ends every connection to `conn`'s database but `conn` itself (as an administrator's
/// `pg_terminate_backend`, a PostgreSQL restart or a network cut would) and waits until they
/// are gone, ending them again if a pool opened another meanwhile. Returns how many were
/// ended. Panics if they are still there after about five seconds: a test must not go on.
pub fn terminate_other_connections(conn: &mut PgConnection) -> usize {
    #[derive(QueryableByName)]
    struct Count {
        #[diesel(sql_type = BigInt)]
        count: i64,
    }
    let others =
        "FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()";
    let mut count = |sql: String| -> i64 {
        diesel::sql_query(&sql)
            .get_result::<Count>(conn)
            .unwrap_or_else(|error| panic!("{sql}: {error}"))
            .count
    };
    let mut ended = 0;
    for _ in 0..100 {
        let round = count(format!(
            "SELECT count(pg_terminate_backend(pid)) AS count {others}"
        ));
        ended += usize::try_from(round).unwrap_or(0);
        std::thread::sleep(std::time::Duration::from_millis(50));
        if count(format!("SELECT count(*) AS count {others}")) == 0 {
            return ended;
        }
    }
    panic!("the ended connections did not go away");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_leftover_pids() {
        assert_eq!(leftover_pid("atmos_test_1234_abcdef"), Some(1234));
        assert_eq!(leftover_pid("atmos_test_1234_template"), Some(1234));
        assert_eq!(leftover_pid("atmos_test_template_0123456789ab"), None);
        assert_eq!(leftover_pid("atmos"), None);
    }

    #[test]
    fn knows_live_and_dead_processes() {
        assert!(process_alive(std::process::id()));
        assert!(!process_alive(u32::MAX));
    }
}
