//! The crate's single error type, and the translation of PostgreSQL constraint violations into
//! its domain variants.

use chrono::{DateTime, Utc};
use diesel::result::{ConnectionError, DatabaseErrorKind, Error as DieselError};
use uuid::Uuid;

use crate::models::WaveStatus;

/// Everything that can go wrong in `atmos-store`.
///
/// Domain variants (unknown survey, overlapping wave, ...) are meant to be shown to an admin or
/// mapped to an HTTP status; the others carry the underlying error as their `source`, so print
/// the whole chain (e.g. anyhow's `{:#}`) to see the database's own message.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// No PostgreSQL server answered at the address.
    #[error(
        "cannot reach PostgreSQL at {url}: is PostgreSQL running? Start it with \
         `pg_ctlcluster 15 main start` or your system's service manager \
         (e.g. `systemctl start postgresql`), or point DATABASE_URL at a running server"
    )]
    Unreachable {
        /// The database URL with any password replaced by `***`.
        url: String,
        #[source]
        source: ConnectionError,
    },

    /// The server answered but refused the connection (authentication, missing database, ...).
    #[error("cannot connect to PostgreSQL at {url}")]
    Connect {
        /// The database URL with any password replaced by `***`.
        url: String,
        #[source]
        source: ConnectionError,
    },

    /// The database URL could not be understood.
    #[error("invalid database URL {url}: {reason}")]
    InvalidDatabaseUrl { url: String, reason: String },

    #[error("connection pool error")]
    Pool(#[from] r2d2::Error),

    #[error("database migration failed: {0}")]
    Migration(String),

    #[error("unknown survey {0:?} (load its definition first)")]
    UnknownSurvey(String),

    #[error("survey {survey:?} has no wave {label:?}")]
    UnknownWave { survey: String, label: String },

    #[error("no wave with id {0}")]
    UnknownWaveId(i64),

    #[error("survey {survey:?} already has a wave {label:?}")]
    WaveExists { survey: String, label: String },

    /// The wave's period overlaps another wave's, or another wave of the survey is open.
    #[error("wave {label:?} of survey {survey:?} overlaps wave {other:?}")]
    WaveOverlap {
        survey: String,
        label: String,
        other: String,
    },

    #[error("wave {label:?} cannot go from {from} to {to}")]
    InvalidTransition {
        label: String,
        from: WaveStatus,
        to: WaveStatus,
    },

    #[error("a wave must close after it opens (opens {opens_at}, closes {closes_at})")]
    InvalidPeriod {
        opens_at: DateTime<Utc>,
        closes_at: DateTime<Utc>,
    },

    #[error("wave {label:?} of survey {survey:?} is {status}, not open")]
    WaveNotOpen {
        survey: String,
        label: String,
        status: WaveStatus,
    },

    #[error("invalid questionnaire hash {0:?}: expected 64 lowercase hex digits of SHA-256")]
    InvalidHash(String),

    #[error("no response {0}")]
    UnknownResponse(Uuid),

    #[error("response {0} is already submitted and cannot be changed")]
    ResponseSubmitted(Uuid),

    #[error("invalid answer: {0}")]
    InvalidAnswer(String),

    /// A response of an import (see `import_wave`) that cannot be stored; `position` counts
    /// the imported responses from 1. Nothing of the import was stored.
    #[error("imported response {position}: {reason}")]
    InvalidImport { position: usize, reason: String },

    /// Another response already has this resume hash. With random codes this means the caller
    /// reused a code; the previous hash of the response is kept.
    #[error("the resume code is already in use by another response")]
    ResumeHashTaken,

    /// Invitations are only created for draft and open waves: a closed wave takes no more
    /// responses, so new codes for it could never be used.
    #[error("wave {label:?} of survey {survey:?} is closed")]
    WaveClosed { survey: String, label: String },

    /// An invitation hash of the batch is already stored (for any wave: codes are unique
    /// across waves) or occurs twice in the batch. Nothing of the batch was stored.
    #[error("an invitation code of the batch already exists or occurs twice in it")]
    InvitationExists,

    /// The response's wave requires an invitation code and none was given.
    #[error("this wave requires an invitation code")]
    InvitationRequired,

    /// No invitation of the response's wave has this code.
    #[error("no such invitation code for this wave")]
    InvitationInvalid,

    /// The invitation code was already used to submit a response.
    #[error("the invitation code has already been used")]
    InvitationUsed,

    #[error("the user name {0:?} is already taken")]
    UsernameTaken(String),

    #[error(
        "invalid user name {0:?}: use 2-64 characters, lowercase letters a-z, digits and \
         '.', '_', '-', starting with a letter or digit"
    )]
    InvalidUsername(String),

    #[error("no user {0:?}")]
    UnknownUser(String),

    #[error("no user with id {0}")]
    UnknownUserId(i64),

    /// A session was to be created for a disabled user (e.g. an admin disabled them while
    /// they were logging in).
    #[error("user {0:?} is disabled")]
    UserDisabled(String),

    /// Disabling this admin would leave no enabled admin to manage the accounts.
    #[error("cannot disable the last enabled admin: add or enable another admin first")]
    LastAdmin,

    /// Another session already has this token hash. With random tokens this means the caller
    /// reused a token; the existing session is kept.
    #[error("a session with this token already exists")]
    SessionExists,

    #[error(
        "invalid audit action {0:?}: use lowercase letters a-z, digits and '.', '_', '-', \
         starting with a letter (e.g. \"export.answers\")"
    )]
    InvalidAuditAction(String),

    /// The database refused a value through a constraint not mapped to a variant above
    /// (e.g. a survey id or locale of the wrong form).
    #[error("rejected by database constraint {constraint}: {message}")]
    Constraint { constraint: String, message: String },

    /// The database holds something this code cannot interpret (e.g. an unknown status).
    #[error("unexpected database content: {0}")]
    Corrupt(String),

    #[error(transparent)]
    Database(#[from] DieselError),
}

impl StoreError {
    /// Whether the connection to PostgreSQL is gone (the server restarted or ended the
    /// backend, the network failed), as opposed to a statement the database refused. A lost
    /// connection must not be used again: see [`crate::pool::Connection::forget_if_lost`].
    pub fn is_connection_lost(&self) -> bool {
        match self {
            StoreError::Database(error) => diesel_connection_lost(error),
            _ => false,
        }
    }

    /// Whether the database could not be used at all (no connection could be had, or it was
    /// lost): a temporary condition that a retry may not meet, unlike a refused statement.
    pub fn is_unavailable(&self) -> bool {
        matches!(
            self,
            StoreError::Pool(_) | StoreError::Unreachable { .. } | StoreError::Connect { .. }
        ) || self.is_connection_lost()
    }
}

fn diesel_connection_lost(error: &DieselError) -> bool {
    match error {
        DieselError::DatabaseError(
            DatabaseErrorKind::ClosedConnection | DatabaseErrorKind::UnableToSendCommand,
            _,
        )
        // What diesel reports after a rollback failed on such a connection.
        | DieselError::BrokenTransactionManager => true,
        DieselError::RollbackErrorOnCommit {
            rollback_error,
            commit_error,
        } => diesel_connection_lost(rollback_error) || diesel_connection_lost(commit_error),
        _ => false,
    }
}

/// A constraint violation reported by PostgreSQL, reduced to what the mapping needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Violation<'a> {
    pub kind: ViolationKind,
    pub constraint: &'a str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ViolationKind {
    Unique,
    Exclusion,
    Check,
    ForeignKey,
}

/// Which constraint a database error violated, if it is a constraint violation.
pub(crate) fn violation(error: &DieselError) -> Option<Violation<'_>> {
    let DieselError::DatabaseError(kind, info) = error else {
        return None;
    };
    let kind = match kind {
        DatabaseErrorKind::UniqueViolation => ViolationKind::Unique,
        DatabaseErrorKind::ExclusionViolation => ViolationKind::Exclusion,
        DatabaseErrorKind::CheckViolation => ViolationKind::Check,
        DatabaseErrorKind::ForeignKeyViolation => ViolationKind::ForeignKey,
        _ => return None,
    };
    Some(Violation {
        kind,
        constraint: info.constraint_name()?,
    })
}

/// Turns a check violation into [`StoreError::Constraint`]; anything else stays a database
/// error. Used after the domain-specific mappings had their chance.
pub(crate) fn generic(error: DieselError) -> StoreError {
    match violation(&error) {
        Some(Violation {
            kind: ViolationKind::Check,
            constraint,
        }) => StoreError::Constraint {
            constraint: constraint.to_owned(),
            message: database_message(&error),
        },
        _ => StoreError::Database(error),
    }
}

fn database_message(error: &DieselError) -> String {
    match error {
        DieselError::DatabaseError(_, info) => info.message().to_owned(),
        other => other.to_string(),
    }
}
