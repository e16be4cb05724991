//! The r2d2 connection pool the server shares between requests.
//!
//! r2d2 can test a connection before handing it out, and diesel's manager does that with a
//! `SELECT 1` every time: one extra round trip per request, a seventh of all statements of a
//! survey response. It cannot simply be switched off, since diesel only notices a broken
//! transaction, not a lost socket, and a pooled connection that PostgreSQL closed (a restart,
//! `pg_terminate_backend`, a network cut) would go on failing requests. So [`Manager`] tests
//! only connections that may have gone stale: those idle for longer than
//! [`PoolOptions::ping_after_idle`], and every connection that was idle when another one was
//! found lost (what ends one backend often ends them all).

use std::ops::{Deref, DerefMut};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use diesel::PgConnection;
use diesel::r2d2::R2D2Connection;
use diesel::result::{DatabaseErrorKind, Error as DieselError};

use crate::connection::{connect, ping};
use crate::error::StoreError;

/// A pool of synchronous diesel connections; use it from async code through a blocking
/// thread (actix's `web::block`).
pub type PgPool = r2d2::Pool<Manager>;

/// A connection checked out of a [`PgPool`]; it dereferences to a [`PgConnection`].
pub type PooledConnection = r2d2::PooledConnection<Manager>;

/// How the pool checks its connections.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PoolOptions {
    /// A connection idle for longer than this is pinged before it is handed out. Under load
    /// connections come back within milliseconds and are never pinged.
    pub ping_after_idle: Duration,
    /// How long a request waits for a connection before it fails.
    pub connection_timeout: Duration,
}

impl Default for PoolOptions {
    fn default() -> Self {
        Self {
            ping_after_idle: Duration::from_secs(1),
            // r2d2 waits 30 s by default: a database outage would hang every request that
            // long before the resident sees the error page.
            connection_timeout: Duration::from_secs(5),
        }
    }
}

/// Builds a pool of at most `max_size` connections (at least 1) with the default
/// [`PoolOptions`].
///
/// One connection is opened first, outside r2d2: r2d2 keeps retrying for its whole timeout and
/// then reports only a string, which would lose the difference between a server that is not
/// running and, say, a database that does not exist.
pub fn pool(database_url: &str, max_size: u32) -> Result<PgPool, StoreError> {
    pool_with(database_url, max_size, PoolOptions::default())
}

/// [`pool`] with other [`PoolOptions`].
pub fn pool_with(
    database_url: &str,
    max_size: u32,
    options: PoolOptions,
) -> Result<PgPool, StoreError> {
    drop(connect(database_url)?);
    let max_size = max_size.max(1);
    let pool = r2d2::Pool::builder()
        .max_size(max_size)
        // Grow on demand instead of opening every connection at start.
        .min_idle(Some(1))
        .connection_timeout(options.connection_timeout)
        .test_on_check_out(true)
        .build(Manager::new(database_url, options.ping_after_idle))?;
    Ok(pool)
}

/// The pool's connection manager: diesel connections that remember when they were last
/// returned, pinged on check-out only when that may be stale (see the module's text).
#[derive(Debug)]
pub struct Manager {
    database_url: String,
    ping_after_idle: Duration,
    losses: Arc<Losses>,
}

/// When a connection of the pool was last found lost, in nanoseconds since `epoch` (0: never).
#[derive(Debug)]
struct Losses {
    epoch: Instant,
    last: AtomicU64,
}

impl Losses {
    fn nanos(&self, at: Instant) -> u64 {
        // Saturates after 584 years of uptime.
        u64::try_from(at.saturating_duration_since(self.epoch).as_nanos()).unwrap_or(u64::MAX)
    }

    fn record(&self) {
        // +1 so that a loss at the very epoch still counts as one.
        self.last.fetch_max(
            self.nanos(Instant::now()).saturating_add(1),
            Ordering::Relaxed,
        );
    }

    /// Whether a connection returned at `returned` was already idle when a loss was noticed.
    fn since(&self, returned: Instant) -> bool {
        self.last.load(Ordering::Relaxed) > self.nanos(returned)
    }
}

impl Manager {
    pub fn new(database_url: &str, ping_after_idle: Duration) -> Self {
        Self {
            database_url: database_url.to_owned(),
            ping_after_idle,
            losses: Arc::new(Losses {
                epoch: Instant::now(),
                last: AtomicU64::new(0),
            }),
        }
    }
}

/// A pooled diesel connection. Dereferences to [`PgConnection`], so queries take it as one.
pub struct Connection {
    conn: PgConnection,
    /// When it last went back to the pool (or was opened).
    returned: Instant,
    lost: bool,
    losses: Arc<Losses>,
}

impl Connection {
    /// Marks the connection as unusable when `error` says the server is gone, so the pool
    /// drops it instead of handing it out again, and the pool tests every other connection
    /// that was idle meanwhile. Returns whether it did.
    ///
    /// Call it with any error of a request: diesel reports a closed socket as an error of
    /// the query, not of the connection, and cannot be asked afterwards.
    pub fn forget_if_lost(&mut self, error: &StoreError) -> bool {
        if error.is_connection_lost() {
            self.lost = true;
            self.losses.record();
        }
        self.lost
    }
}

impl std::fmt::Debug for Connection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Connection")
            .field("returned", &self.returned)
            .field("lost", &self.lost)
            .finish_non_exhaustive()
    }
}

impl Deref for Connection {
    type Target = PgConnection;

    fn deref(&self) -> &PgConnection {
        &self.conn
    }
}

impl DerefMut for Connection {
    fn deref_mut(&mut self) -> &mut PgConnection {
        &mut self.conn
    }
}

impl r2d2::ManageConnection for Manager {
    type Connection = Connection;
    type Error = StoreError;

    fn connect(&self) -> Result<Connection, StoreError> {
        Ok(Connection {
            conn: connect(&self.database_url)?,
            returned: Instant::now(),
            lost: false,
            losses: self.losses.clone(),
        })
    }

    fn is_valid(&self, conn: &mut Connection) -> Result<(), StoreError> {
        if conn.lost {
            return Err(StoreError::Database(DieselError::DatabaseError(
                DatabaseErrorKind::ClosedConnection,
                Box::new("the connection was lost".to_owned()),
            )));
        }
        if conn.returned.elapsed() <= self.ping_after_idle && !self.losses.since(conn.returned) {
            return Ok(());
        }
        ping(&mut conn.conn).inspect_err(|error| {
            conn.forget_if_lost(error);
        })
    }

    fn has_broken(&self, conn: &mut Connection) -> bool {
        conn.returned = Instant::now();
        // diesel's own test: a transaction left open or broken (its manager knows).
        conn.lost || std::thread::panicking() || conn.conn.is_broken()
    }
}
