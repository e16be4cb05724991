//! Single connections: establishing one with a useful error, and creating the database.

use diesel::prelude::*;
use diesel::result::ConnectionError;
use diesel::sql_types::{Bool, Text};

use crate::database_url::{database_name, redact, with_database, with_default_sslmode};
use crate::error::StoreError;

/// Opens one connection, telling an unreachable server apart from a refused connection.
///
/// A server on this machine is reached without TLS unless the URL (or `PGSSLMODE`) asks for
/// it: see [`with_default_sslmode`].
pub fn connect(database_url: &str) -> Result<PgConnection, StoreError> {
    PgConnection::establish(&with_default_sslmode(database_url))
        .map_err(|source| connection_error(database_url, source))
}

/// Creates the database named in `database_url` if it does not exist yet.
///
/// Connects to the `postgres` maintenance database of the same server (falling back to
/// `template1`, which every cluster has). Returns whether it created the database. The new
/// database is UTF-8 whatever the cluster's default, since answers come in many scripts.
pub fn ensure_database(database_url: &str) -> Result<bool, StoreError> {
    let name = database_name(database_url)?;
    let mut conn = connect_maintenance(database_url)?;
    if database_exists(&mut conn, &name)? {
        return Ok(false);
    }
    let create = format!(
        "CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8'",
        quote_identifier(&name)
    );
    match diesel::sql_query(create).execute(&mut conn) {
        Ok(_) => {
            tracing::info!(database = %name, "created database");
            Ok(true)
        }
        // Another process may have created it between the check and the CREATE.
        Err(_) if database_exists(&mut conn, &name)? => Ok(false),
        Err(error) => Err(error.into()),
    }
}

/// A connection to the maintenance database of the server in `database_url`.
pub(crate) fn connect_maintenance(database_url: &str) -> Result<PgConnection, StoreError> {
    let mut last_error = None;
    for maintenance in ["postgres", "template1"] {
        let url = with_database(database_url, maintenance)?;
        match PgConnection::establish(&with_default_sslmode(&url)) {
            Ok(conn) => return Ok(conn),
            Err(source) => match connection_error(database_url, source) {
                // No point trying another database on a server that is not there.
                unreachable @ StoreError::Unreachable { .. } => return Err(unreachable),
                other => last_error = Some(other),
            },
        }
    }
    Err(
        last_error.unwrap_or_else(|| StoreError::InvalidDatabaseUrl {
            url: redact(database_url),
            reason: "no maintenance database to connect to".to_owned(),
        }),
    )
}

#[derive(QueryableByName)]
struct Exists {
    #[diesel(sql_type = Bool)]
    exists: bool,
}

pub(crate) fn database_exists(conn: &mut PgConnection, name: &str) -> Result<bool, StoreError> {
    let row: Exists =
        diesel::sql_query("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1) AS exists")
            .bind::<Text, _>(name)
            .get_result(conn)?;
    Ok(row.exists)
}

/// Quotes an SQL identifier: utility statements such as CREATE DATABASE take no bind
/// parameters, so names are spliced in quoted.
pub(crate) fn quote_identifier(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Classifies a failed connection attempt.
pub(crate) fn connection_error(database_url: &str, source: ConnectionError) -> StoreError {
    let url = redact(database_url);
    match &source {
        ConnectionError::BadConnection(message) if is_unreachable(message) => {
            StoreError::Unreachable { url, source }
        }
        ConnectionError::InvalidConnectionUrl(reason) => StoreError::InvalidDatabaseUrl {
            url,
            reason: reason.clone(),
        },
        ConnectionError::InvalidCString(_) => StoreError::InvalidDatabaseUrl {
            url,
            reason: "the URL contains a NUL byte".to_owned(),
        },
        _ => StoreError::Connect { url, source },
    }
}

/// Whether libpq's message says no server answered (as opposed to a server that answered and
/// refused, which reports a FATAL error). libpq's messages are English here because Rust
/// programs do not call setlocale.
fn is_unreachable(message: &str) -> bool {
    const NO_SERVER: [&str; 8] = [
        "Connection refused",
        "could not connect to server",
        "could not translate host name",
        "No such file or directory",
        "timeout expired",
        "Connection timed out",
        "No route to host",
        "Network is unreachable",
    ];
    !message.contains("FATAL") && NO_SERVER.iter().any(|needle| message.contains(needle))
}

/// One round trip to the server: what a readiness check needs to know.
pub fn ping(conn: &mut PgConnection) -> Result<(), StoreError> {
    diesel::sql_query("SELECT 1").execute(conn)?;
    Ok(())
}

/// Runs `f` in one transaction: all it wrote, or nothing. An action and its audit entry go
/// through here, so nothing is done without being recorded.
pub fn atomically<T>(
    conn: &mut PgConnection,
    f: impl FnOnce(&mut PgConnection) -> Result<T, StoreError>,
) -> Result<T, StoreError> {
    conn.transaction(f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_identifiers() {
        assert_eq!(quote_identifier("atmos"), "\"atmos\"");
        assert_eq!(quote_identifier("a\"b"), "\"a\"\"b\"");
    }

    #[test]
    fn classifies_connection_messages() {
        assert!(is_unreachable(
            "connection to server at \"127.0.0.1\", port 1 failed: Connection refused\n\
             \tIs the server running on that host and accepting TCP/IP connections?"
        ));
        assert!(!is_unreachable(
            "connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  database \
             \"nope\" does not exist"
        ));
    }
}
