//! The r2d2 connection pool the server shares between requests.

use diesel::PgConnection;
use diesel::r2d2::ConnectionManager;

use crate::connection::connect;
use crate::error::StoreError;

/// A pool of synchronous diesel connections; use it from async code through a blocking
/// thread (actix's `web::block`).
pub type PgPool = r2d2::Pool<ConnectionManager<PgConnection>>;

/// A connection checked out of a [`PgPool`].
pub type PooledConnection = r2d2::PooledConnection<ConnectionManager<PgConnection>>;

/// Builds a pool of at most `max_size` connections (at least 1).
///
/// One connection is opened first, outside r2d2: r2d2 keeps retrying for its whole timeout and
/// then reports only a string, which would lose the difference between a server that is not
/// running and, say, a database that does not exist.
pub fn pool(database_url: &str, max_size: u32) -> Result<PgPool, StoreError> {
    drop(connect(database_url)?);
    let max_size = max_size.max(1);
    let pool = r2d2::Pool::builder()
        .max_size(max_size)
        // Grow on demand instead of opening every connection at start.
        .min_idle(Some(1))
        // r2d2 waits 30 s by default: a database outage would hang every request that long
        // before the resident sees the error page.
        .connection_timeout(std::time::Duration::from_secs(5))
        .build(ConnectionManager::new(database_url))?;
    Ok(pool)
}
