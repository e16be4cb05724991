//! Staff accounts, their login sessions, and the audit log.
//!
//! The web layer hashes passwords (Argon2id) and session tokens; only those hashes reach this
//! crate. Sessions are looked up by the hash of the cookie's token, so a database dump lets
//! nobody take one over. Nothing here stores an IP address or user agent.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel::result::Error as DieselError;

use crate::error::{StoreError, Violation, ViolationKind, generic, violation};
use crate::models::{AuditEntry, Role, User, UserSession};
use crate::schema::{audit_log, user_sessions, users};

/// Creates an account.
///
/// Errors: [`StoreError::InvalidUsername`] unless the name has 2-64 characters, all lowercase
/// ASCII letters, digits, `.`, `_` or `-`, the first a letter or digit;
/// [`StoreError::UsernameTaken`].
pub fn create_user(
    conn: &mut PgConnection,
    username: &str,
    role: Role,
    password_hash: &str,
    must_change_password: bool,
) -> Result<User, StoreError> {
    // Also a check constraint; tested here first for an error that says what is allowed.
    if !is_valid_username(username) {
        return Err(StoreError::InvalidUsername(username.to_owned()));
    }
    let user = diesel::insert_into(users::table)
        .values((
            users::username.eq(username),
            users::role.eq(role),
            users::password_hash.eq(password_hash),
            users::must_change_password.eq(must_change_password),
        ))
        .returning(User::as_returning())
        .get_result(conn)
        .map_err(|error| create_error(error, username))?;
    tracing::info!(username, %role, "created user");
    Ok(user)
}

/// The rule of the `users_username_format` constraint: `^[a-z0-9][a-z0-9._-]{1,63}$`.
fn is_valid_username(username: &str) -> bool {
    let bytes = username.as_bytes();
    match bytes.split_first() {
        Some((first, rest)) => {
            (1..=63).contains(&rest.len())
                && (first.is_ascii_lowercase() || first.is_ascii_digit())
                && rest.iter().all(|byte| {
                    byte.is_ascii_lowercase() || byte.is_ascii_digit() || b"._-".contains(byte)
                })
        }
        None => false,
    }
}

fn create_error(error: DieselError, username: &str) -> StoreError {
    match violation(&error) {
        Some(Violation {
            kind: ViolationKind::Unique,
            constraint: "users_username_key",
        }) => StoreError::UsernameTaken(username.to_owned()),
        Some(Violation {
            kind: ViolationKind::Check,
            constraint: "users_username_format",
        }) => StoreError::InvalidUsername(username.to_owned()),
        _ => generic(error),
    }
}

/// The account with this name, disabled or not.
pub fn find_user(conn: &mut PgConnection, username: &str) -> Result<Option<User>, StoreError> {
    let user = users::table
        .filter(users::username.eq(username))
        .select(User::as_select())
        .first(conn)
        .optional()?;
    Ok(user)
}

/// Every account, disabled ones included, by name.
pub fn list_users(conn: &mut PgConnection) -> Result<Vec<User>, StoreError> {
    let users = users::table
        .order(users::username)
        .select(User::as_select())
        .load(conn)?;
    Ok(users)
}

/// How many accounts there are, disabled ones included (none: the first admin is still to be
/// created).
pub fn count_users(conn: &mut PgConnection) -> Result<i64, StoreError> {
    Ok(users::table.count().get_result(conn)?)
}

/// How many enabled admins there are.
pub fn count_admins(conn: &mut PgConnection) -> Result<i64, StoreError> {
    Ok(users::table
        .filter(users::role.eq(Role::Admin))
        .filter(users::disabled.eq(false))
        .count()
        .get_result(conn)?)
}

/// Disables or re-enables an account. Disabling also ends all its sessions; re-enabling
/// does not bring them back. Doing either twice is harmless.
///
/// Errors: [`StoreError::UnknownUser`]; [`StoreError::LastAdmin`] when disabling the only
/// enabled admin, so the accounts can always be managed (also for concurrent disables).
pub fn set_user_disabled(
    conn: &mut PgConnection,
    username: &str,
    disabled: bool,
) -> Result<User, StoreError> {
    conn.transaction(|conn| {
        if disabled {
            // Every enabled admin row is locked, in id order so concurrent disables queue up
            // without deadlocking. The one that waited reads the rows again once it has the
            // locks (READ COMMITTED), so it sees an admin the other just disabled as gone, and
            // two disables cannot each count the other's admin and leave none.
            let admins: Vec<i64> = users::table
                .filter(users::role.eq(Role::Admin))
                .filter(users::disabled.eq(false))
                .order(users::id)
                .select(users::id)
                .for_update()
                .load(conn)?;
            let user = find_user(conn, username)?
                .ok_or_else(|| StoreError::UnknownUser(username.to_owned()))?;
            if user.role == Role::Admin && admins == [user.id] {
                return Err(StoreError::LastAdmin);
            }
        }
        let user = diesel::update(users::table.filter(users::username.eq(username)))
            .set(users::disabled.eq(disabled))
            .returning(User::as_returning())
            .get_result(conn)
            .optional()?
            .ok_or_else(|| StoreError::UnknownUser(username.to_owned()))?;
        if disabled {
            delete_user_sessions(conn, user.id)?;
        }
        tracing::info!(username, disabled, "user status changed");
        Ok(user)
    })
}

/// Replaces an account's password hash and ends all its sessions, so a reset locks out
/// whoever knew the old password. `must_change_password` is set when an admin chose the
/// password (a reset), cleared when the user chose it.
///
/// Errors: [`StoreError::UnknownUser`].
pub fn set_password(
    conn: &mut PgConnection,
    username: &str,
    password_hash: &str,
    must_change_password: bool,
) -> Result<User, StoreError> {
    conn.transaction(|conn| {
        let user = diesel::update(users::table.filter(users::username.eq(username)))
            .set((
                users::password_hash.eq(password_hash),
                users::must_change_password.eq(must_change_password),
                users::password_changed_at.eq(diesel::dsl::now),
            ))
            .returning(User::as_returning())
            .get_result(conn)
            .optional()?
            .ok_or_else(|| StoreError::UnknownUser(username.to_owned()))?;
        delete_user_sessions(conn, user.id)?;
        tracing::info!(username, must_change_password, "password changed");
        Ok(user)
    })
}

fn delete_user_sessions(conn: &mut PgConnection, user_id: i64) -> Result<usize, StoreError> {
    Ok(
        diesel::delete(user_sessions::table.filter(user_sessions::user_id.eq(user_id)))
            .execute(conn)?,
    )
}

/// Stores a session of an enabled user under the hash of its token.
///
/// Errors: [`StoreError::UnknownUserId`]; [`StoreError::UserDisabled`] (the user was disabled
/// after their password was checked); [`StoreError::SessionExists`] for a token hash in use.
pub fn create_session(
    conn: &mut PgConnection,
    user_id: i64,
    token_hash: &[u8; 32],
    expires_at: DateTime<Utc>,
) -> Result<(), StoreError> {
    conn.transaction(|conn| {
        // FOR SHARE conflicts with the row update of a disable or password change: whichever
        // comes second waits for the first to commit. So a disable either sees this session
        // and deletes it, or this sees the user disabled; a session created in between could
        // otherwise survive the disable and come back to life on re-enabling.
        let (username, disabled) = users::table
            .find(user_id)
            .select((users::username, users::disabled))
            .for_share()
            .first::<(String, bool)>(conn)
            .optional()?
            .ok_or(StoreError::UnknownUserId(user_id))?;
        if disabled {
            return Err(StoreError::UserDisabled(username));
        }
        diesel::insert_into(user_sessions::table)
            .values((
                user_sessions::token_hash.eq(token_hash.as_slice()),
                user_sessions::user_id.eq(user_id),
                user_sessions::expires_at.eq(expires_at),
            ))
            .execute(conn)
            .map_err(|error| match violation(&error) {
                Some(Violation {
                    kind: ViolationKind::Unique,
                    constraint: "user_sessions_pkey",
                }) => StoreError::SessionExists,
                _ => generic(error),
            })?;
        Ok(())
    })
}

/// The session with this token hash and its user, if it has not expired by `now`
/// (`expires_at` <= `now` is expired) and the user is enabled.
pub fn find_session(
    conn: &mut PgConnection,
    token_hash: &[u8; 32],
    now: DateTime<Utc>,
) -> Result<Option<UserSession>, StoreError> {
    let found = user_sessions::table
        .inner_join(users::table)
        .filter(user_sessions::token_hash.eq(token_hash.as_slice()))
        .filter(user_sessions::expires_at.gt(now))
        .filter(users::disabled.eq(false))
        .select((
            User::as_select(),
            user_sessions::created_at,
            user_sessions::expires_at,
        ))
        .first::<(User, DateTime<Utc>, DateTime<Utc>)>(conn)
        .optional()?;
    Ok(found.map(|(user, created_at, expires_at)| UserSession {
        user,
        created_at,
        expires_at,
    }))
}

/// Ends a session (logout); false if there was none with this token hash.
pub fn delete_session(conn: &mut PgConnection, token_hash: &[u8; 32]) -> Result<bool, StoreError> {
    let deleted = diesel::delete(
        user_sessions::table.filter(user_sessions::token_hash.eq(token_hash.as_slice())),
    )
    .execute(conn)?;
    Ok(deleted > 0)
}

/// Deletes the sessions expired by `now` (`expires_at` <= `now`) and returns how many.
pub fn delete_expired_sessions(
    conn: &mut PgConnection,
    now: DateTime<Utc>,
) -> Result<usize, StoreError> {
    Ok(
        diesel::delete(user_sessions::table.filter(user_sessions::expires_at.le(now)))
            .execute(conn)?,
    )
}

/// Appends an entry to the audit log: `user` did `action` (a dotted word such as
/// `export.answers`), with `detail` saying to what. `None` is the system itself. The user's
/// name is copied into the entry, so it still names them after the account is gone.
///
/// Errors: [`StoreError::InvalidAuditAction`] unless `action` is lowercase ASCII letters,
/// digits, `.`, `_` and `-`, starting with a letter; [`StoreError::UnknownUserId`].
pub fn record_audit(
    conn: &mut PgConnection,
    user: Option<&User>,
    action: &str,
    detail: &serde_json::Value,
) -> Result<(), StoreError> {
    // Also a check constraint; tested here first for an error that says what is allowed.
    if !is_valid_audit_action(action) {
        return Err(StoreError::InvalidAuditAction(action.to_owned()));
    }
    diesel::insert_into(audit_log::table)
        .values((
            audit_log::user_id.eq(user.map(|user| user.id)),
            audit_log::username.eq(user.map(|user| user.username.as_str())),
            audit_log::action.eq(action),
            audit_log::detail.eq(detail),
        ))
        .execute(conn)
        .map_err(|error| match violation(&error) {
            Some(Violation {
                kind: ViolationKind::ForeignKey,
                constraint: "audit_log_user_id_fkey",
            }) => StoreError::UnknownUserId(user.map_or(0, |user| user.id)),
            Some(Violation {
                kind: ViolationKind::Check,
                constraint: "audit_log_action_format",
            }) => StoreError::InvalidAuditAction(action.to_owned()),
            _ => generic(error),
        })?;
    Ok(())
}

/// The rule of the `audit_log_action_format` constraint: `^[a-z][a-z0-9_.-]*$`.
fn is_valid_audit_action(action: &str) -> bool {
    match action.as_bytes().split_first() {
        Some((first, rest)) => {
            first.is_ascii_lowercase()
                && rest.iter().all(|byte| {
                    byte.is_ascii_lowercase() || byte.is_ascii_digit() || b"._-".contains(byte)
                })
        }
        None => false,
    }
}

/// The newest `limit` entries of the audit log, newest first (entries of one transaction,
/// which share a time, newest id first). A negative limit is taken as 0.
pub fn list_audit(conn: &mut PgConnection, limit: i64) -> Result<Vec<AuditEntry>, StoreError> {
    let entries = audit_log::table
        .order((audit_log::at.desc(), audit_log::id.desc()))
        .limit(limit.max(0))
        .select(AuditEntry::as_select())
        .load(conn)?;
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames_follow_the_constraint() {
        let long = "a".repeat(64);
        let too_long = "a".repeat(65);
        for valid in ["ab", "0day", "anna.k_l-m", "a-", long.as_str()] {
            assert!(is_valid_username(valid), "{valid:?}");
        }
        for invalid in [
            "",
            "a",
            "Anna",
            "-anna",
            ".anna",
            "_anna",
            "anna k",
            "ääkkönen",
            "anna\n",
            "anna@example",
            too_long.as_str(),
        ] {
            assert!(!is_valid_username(invalid), "{invalid:?}");
        }
    }

    #[test]
    fn audit_actions_follow_the_constraint() {
        for valid in ["a", "export.answers", "user.password-reset", "wave_2.open"] {
            assert!(is_valid_audit_action(valid), "{valid:?}");
        }
        for invalid in [
            "",
            "Export",
            "1export",
            ".export",
            "export answers",
            "exportö",
            "x\n",
        ] {
            assert!(!is_valid_audit_action(invalid), "{invalid:?}");
        }
    }
}
