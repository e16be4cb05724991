//! Database URLs: the default, redaction for messages, and switching the database name.

use std::borrow::Cow;
use std::net::IpAddr;

use url::{Host, Url};

use crate::error::StoreError;

/// The database a developer machine has by default: the local server, user postgres, trust auth.
pub const DEFAULT_DATABASE_URL: &str = "postgres://postgres@127.0.0.1:5432/atmos";

/// The URL with any password replaced by `***`, for error messages and logs.
///
/// Handles both URL form (`postgres://user:secret@host/db`, `?password=secret`) and libpq's
/// keyword/value form (`host=... password=secret`).
pub fn redact(database_url: &str) -> String {
    match Url::parse(database_url) {
        Ok(mut url) => {
            if url.password().is_some() {
                // Fails only for URLs that cannot carry credentials at all, which then have
                // no password to hide.
                let _ = url.set_password(Some("***"));
            }
            if url.query_pairs().any(|(key, _)| key == "password") {
                let pairs: Vec<(String, String)> = url
                    .query_pairs()
                    .map(|(key, value)| {
                        let value = if key == "password" {
                            "***".to_owned()
                        } else {
                            value.into_owned()
                        };
                        (key.into_owned(), value)
                    })
                    .collect();
                url.query_pairs_mut().clear().extend_pairs(pairs);
            }
            url.to_string()
        }
        Err(_) => redact_keyword_value(database_url),
    }
}

fn redact_keyword_value(conninfo: &str) -> String {
    conninfo
        .split_whitespace()
        .map(|part| match part.split_once('=') {
            Some((key, _)) if key.trim() == "password" => format!("{key}=***"),
            _ => part.to_owned(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn parse(database_url: &str) -> Result<Url, StoreError> {
    let url = Url::parse(database_url).map_err(|error| StoreError::InvalidDatabaseUrl {
        url: redact(database_url),
        reason: error.to_string(),
    })?;
    if !matches!(url.scheme(), "postgres" | "postgresql") {
        return Err(StoreError::InvalidDatabaseUrl {
            url: redact(database_url),
            reason: "the scheme must be postgres:// or postgresql://".to_owned(),
        });
    }
    Ok(url)
}

/// The database name in a `postgres://` URL (its path).
pub fn database_name(database_url: &str) -> Result<String, StoreError> {
    let url = parse(database_url)?;
    let name = percent_decode(url.path().trim_start_matches('/')).ok_or_else(|| {
        StoreError::InvalidDatabaseUrl {
            url: redact(database_url),
            reason: "the database name is not valid percent-encoded UTF-8".to_owned(),
        }
    })?;
    if name.is_empty() || name.contains('/') {
        return Err(StoreError::InvalidDatabaseUrl {
            url: redact(database_url),
            reason: "the URL must name a database, e.g. postgres://host:5432/atmos".to_owned(),
        });
    }
    Ok(name)
}

/// The same server, user and options, but another database.
pub fn with_database(database_url: &str, name: &str) -> Result<String, StoreError> {
    let mut url = parse(database_url)?;
    // set_path percent-encodes what needs it.
    url.set_path(&format!("/{name}"));
    Ok(url.to_string())
}

/// The URL libpq is given: `sslmode=disable` added for a server on this machine
/// (`localhost`, `127.0.0.0/8`, `::1`) when neither the URL nor the `PGSSLMODE` environment
/// variable chooses a mode.
///
/// libpq's default, `prefer`, encrypts whenever the server has TLS on (Debian's packages
/// do), which on loopback protects nothing and costs CPU on both ends of every statement
/// (BENCHMARKS.md, "Forms"). An explicit `sslmode` is always kept, e.g. for a loopback port
/// that is really a tunnel; keyword/value strings (`host=... dbname=...`) and Unix sockets
/// (no host, or `?host=/path`) are passed on unchanged, the latter never use TLS.
pub fn with_default_sslmode(database_url: &str) -> Cow<'_, str> {
    if std::env::var_os("PGSSLMODE").is_some() {
        return Cow::Borrowed(database_url);
    }
    let Ok(mut url) = Url::parse(database_url) else {
        return Cow::Borrowed(database_url);
    };
    if !matches!(url.scheme(), "postgres" | "postgresql")
        || url
            .query_pairs()
            .any(|(key, _)| key == "sslmode" || key == "host" || key == "hostaddr")
    {
        return Cow::Borrowed(database_url);
    }
    let loopback = match url.host() {
        // postgres:// is not a scheme the url crate knows, so an IPv4 address stays text.
        Some(Host::Domain(name)) => {
            name.eq_ignore_ascii_case("localhost")
                || name.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
        }
        Some(Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        None => false,
    };
    if !loopback {
        return Cow::Borrowed(database_url);
    }
    url.query_pairs_mut().append_pair("sslmode", "disable");
    Cow::Owned(url.to_string())
}

/// Decodes `%XX` escapes; `None` for a malformed escape or a result that is not UTF-8.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        if bytes[index] == b'%' {
            let hex = text.get(index + 1..index + 3)?;
            decoded.push(u8::from_str_radix(hex, 16).ok()?);
            index += 3;
        } else {
            decoded.push(bytes[index]);
            index += 1;
        }
    }
    String::from_utf8(decoded).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacts_passwords() {
        assert_eq!(
            redact("postgres://atmos:s3cret@db.example:5432/atmos"),
            "postgres://atmos:***@db.example:5432/atmos"
        );
        assert_eq!(
            redact("postgres://db.example/atmos?password=s3cret&sslmode=require"),
            "postgres://db.example/atmos?password=***&sslmode=require"
        );
        assert_eq!(
            redact("host=db.example password=s3cret dbname=atmos"),
            "host=db.example password=*** dbname=atmos"
        );
        assert_eq!(redact(DEFAULT_DATABASE_URL), DEFAULT_DATABASE_URL);
    }

    #[test]
    fn loopback_servers_default_to_no_tls() {
        // PGSSLMODE would make every case below unchanged; the test environment has none.
        if std::env::var_os("PGSSLMODE").is_some() {
            return;
        }
        assert_eq!(
            with_default_sslmode("postgres://postgres@127.0.0.1:5432/atmos"),
            "postgres://postgres@127.0.0.1:5432/atmos?sslmode=disable"
        );
        assert_eq!(
            with_default_sslmode("postgresql://u:p@localhost/atmos?connect_timeout=5"),
            "postgresql://u:p@localhost/atmos?connect_timeout=5&sslmode=disable"
        );
        assert_eq!(
            with_default_sslmode("postgres://[::1]:5432/atmos"),
            "postgres://[::1]:5432/atmos?sslmode=disable"
        );
        for unchanged in [
            "postgres://127.0.0.1/atmos?sslmode=require",
            "postgres://db.example/atmos",
            "postgres://10.0.0.5/atmos",
            "postgres:///atmos",
            "postgres://localhost/atmos?host=/var/run/postgresql",
            "host=127.0.0.1 dbname=atmos",
        ] {
            assert_eq!(with_default_sslmode(unchanged), unchanged);
        }
    }

    #[test]
    fn names_and_switches_databases() -> Result<(), StoreError> {
        assert_eq!(database_name(DEFAULT_DATABASE_URL)?, "atmos");
        assert_eq!(database_name("postgres://h/my%20db")?, "my db");
        assert!(database_name("postgres://h").is_err());
        assert!(database_name("mysql://h/atmos").is_err());
        assert_eq!(
            with_database("postgres://u:p@h:5433/atmos?sslmode=disable", "postgres")?,
            "postgres://u:p@h:5433/postgres?sslmode=disable"
        );
        Ok(())
    }
}
