//! Accounts, sessions and the audit log: creating and finding users, refused names, disabling
//! (also of the last admin, also concurrently), password changes, session expiry and logout,
//! and an audit log that keeps its entries and refuses to be rewritten.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

mod common;

use std::sync::{Arc, Barrier};
use std::thread;

use atmos_store::schema::{audit_log, user_sessions, users};
use atmos_store::testing::TestDb;
use atmos_store::{
    AuditEntry, PgConnection, Role, StoreError, User, count_admins, count_users, create_session,
    create_user, delete_expired_sessions, delete_session, find_session, find_user, list_audit,
    list_users, record_audit, set_password, set_user_disabled,
};
use chrono::TimeDelta;
use diesel::prelude::*;
use serde_json::json;

use common::{at, code_hash};

const HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA";

/// Far enough ahead that the database's own clock never reaches it.
const EXPIRES: &str = "2100-01-01T00:00:00Z";

fn user(conn: &mut PgConnection, username: &str, role: Role) -> Result<User, StoreError> {
    create_user(conn, username, role, HASH, false)
}

/// A session of `user` whose token is `token`, expiring at [`EXPIRES`].
fn session(conn: &mut PgConnection, user: &User, token: &str) -> Result<[u8; 32], StoreError> {
    let hash = code_hash(token);
    create_session(conn, user.id, &hash, at(EXPIRES))?;
    Ok(hash)
}

/// Whether the session is live at a time before it expires.
fn live(conn: &mut PgConnection, hash: &[u8; 32]) -> Result<bool, StoreError> {
    Ok(find_session(conn, hash, at("2030-01-01T00:00:00Z"))?.is_some())
}

/// Session rows of a user, live or not.
fn session_rows(conn: &mut PgConnection, user_id: i64) -> Result<i64, StoreError> {
    Ok(user_sessions::table
        .filter(user_sessions::user_id.eq(user_id))
        .count()
        .get_result(conn)?)
}

fn user_count(conn: &mut PgConnection) -> Result<i64, StoreError> {
    Ok(users::table.count().get_result(conn)?)
}

fn actions(entries: &[AuditEntry]) -> Vec<&str> {
    entries.iter().map(|entry| entry.action.as_str()).collect()
}

#[test]
fn roles_are_words_and_unknown_words_are_explained() {
    assert_eq!(Role::ALL, [Role::Admin, Role::Analyst, Role::Evaluator]);
    for (role, word) in Role::ALL.iter().zip(["admin", "analyst", "evaluator"]) {
        assert_eq!(role.as_str(), word);
        assert_eq!(role.to_string(), word);
        assert_eq!(word.parse::<Role>(), Ok(*role));
    }
    for unknown in ["boss", "Admin", "admins", ""] {
        let error = unknown.parse::<Role>().expect_err(unknown);
        assert_eq!(
            error,
            format!("unknown role {unknown:?}: expected one of admin, analyst, evaluator")
        );
    }
}

#[test]
fn users_are_created_found_listed_and_counted() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    assert_eq!(count_users(conn)?, 0);
    assert_eq!(count_admins(conn)?, 0);
    assert_eq!(list_users(conn)?, Vec::new());

    let mika = create_user(conn, "mika", Role::Admin, HASH, true)?;
    assert_eq!(mika.username, "mika");
    assert_eq!(mika.role, Role::Admin);
    assert_eq!(mika.password_hash, HASH);
    assert!(mika.must_change_password);
    assert!(!mika.disabled);
    assert_eq!(mika.password_changed_at, mika.created_at);
    let debug = format!("{mika:?}");
    assert!(
        !debug.contains(HASH) && debug.contains("\"mika\""),
        "{debug}"
    );
    let anna = create_user(conn, "anna", Role::Analyst, "hash-of-anna", false)?;
    assert!(!anna.must_change_password);
    let eeva = user(conn, "eeva.k-2_b", Role::Evaluator)?;

    assert_eq!(find_user(conn, "mika")?, Some(mika.clone()));
    assert_eq!(find_user(conn, "anna")?, Some(anna.clone()));
    assert_eq!(find_user(conn, "eeva.k-2_b")?, Some(eeva.clone()));
    assert_eq!(find_user(conn, "nobody")?, None);
    assert_eq!(find_user(conn, "MIKA")?, None, "names are exact");

    assert_eq!(list_users(conn)?, vec![anna, eeva, mika]);
    assert_eq!(count_users(conn)?, 3);
    assert_eq!(count_admins(conn)?, 1);
    user(conn, "sara", Role::Admin)?;
    assert_eq!(count_admins(conn)?, 2);
    Ok(())
}

#[test]
fn taken_and_invalid_names_are_refused_and_nothing_is_stored() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let anna = user(conn, "anna", Role::Evaluator)?;

    let error = create_user(conn, "anna", Role::Admin, "other", true).expect_err("taken");
    assert!(
        matches!(&error, StoreError::UsernameTaken(name) if name == "anna"),
        "{error:?}"
    );
    assert_eq!(find_user(conn, "anna")?, Some(anna));

    let too_long = "a".repeat(65);
    for name in [
        "",
        "a",
        "Anna",
        "-anna",
        ".anna",
        "anna k",
        "ääkkönen",
        "anna\n",
        "anna@example.org",
        too_long.as_str(),
    ] {
        let error = user(conn, name, Role::Analyst).expect_err(name);
        assert!(
            matches!(&error, StoreError::InvalidUsername(refused) if refused == name),
            "{name:?}: {error:?}"
        );
        let message = error.to_string();
        assert!(message.contains("2-64 characters"), "{message}");
        assert!(
            message.contains("starting with a letter or digit"),
            "{message}"
        );
    }
    assert_eq!(user_count(conn)?, 1);

    // The longest and shortest names that are allowed.
    user(conn, &"a".repeat(64), Role::Analyst)?;
    user(conn, "0x", Role::Analyst)?;
    assert_eq!(user_count(conn)?, 3);
    Ok(())
}

#[test]
fn the_database_refuses_bad_names_and_roles_itself() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    for (name, role, constraint) in [
        ("Anna", "analyst", "users_username_format"),
        ("a", "analyst", "users_username_format"),
        ("anna", "superuser", "users_role_check"),
    ] {
        let error = diesel::insert_into(users::table)
            .values((
                users::username.eq(name),
                users::role.eq(role),
                users::password_hash.eq(HASH),
            ))
            .execute(conn)
            .expect_err(name);
        assert!(error.to_string().contains(constraint), "{name}: {error}");
    }
    assert_eq!(user_count(conn)?, 0);
    Ok(())
}

#[test]
fn disabling_ends_the_sessions_and_enabling_does_not_restore_them() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    user(conn, "mika", Role::Admin)?;
    let anna = user(conn, "anna", Role::Analyst)?;
    let eeva = user(conn, "eeva", Role::Evaluator)?;
    let laptop = session(conn, &anna, "anna-laptop")?;
    let phone = session(conn, &anna, "anna-phone")?;
    let others = session(conn, &eeva, "eeva")?;
    assert!(live(conn, &laptop)? && live(conn, &phone)?);

    let disabled = set_user_disabled(conn, "anna", true)?;
    assert!(disabled.disabled);
    assert_eq!(find_user(conn, "anna")?, Some(disabled));
    assert!(!live(conn, &laptop)?);
    assert!(!live(conn, &phone)?);
    assert_eq!(session_rows(conn, anna.id)?, 0, "deleted, not just hidden");
    assert!(live(conn, &others)?, "other users keep theirs");

    let error = create_session(conn, anna.id, &code_hash("anna-new"), at(EXPIRES))
        .expect_err("disabled user");
    assert!(
        matches!(&error, StoreError::UserDisabled(name) if name == "anna"),
        "{error:?}"
    );
    assert_eq!(session_rows(conn, anna.id)?, 0);
    assert!(set_user_disabled(conn, "anna", true)?.disabled, "twice");

    let enabled = set_user_disabled(conn, "anna", false)?;
    assert!(!enabled.disabled);
    assert!(!live(conn, &laptop)?, "an old session stays gone");
    let fresh = session(conn, &anna, "anna-new")?;
    assert_eq!(
        find_session(conn, &fresh, at("2030-01-01T00:00:00Z"))?.map(|found| found.user),
        Some(enabled)
    );

    for disabled in [true, false] {
        let error = set_user_disabled(conn, "nobody", disabled).expect_err("unknown");
        assert!(
            matches!(&error, StoreError::UnknownUser(name) if name == "nobody"),
            "{error:?}"
        );
    }
    Ok(())
}

/// A disabled user's session rows are ignored even if they exist (e.g. made by hand).
#[test]
fn sessions_of_a_disabled_user_are_not_found() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let anna = user(conn, "anna", Role::Analyst)?;
    let hash = session(conn, &anna, "anna")?;
    diesel::update(users::table.find(anna.id))
        .set(users::disabled.eq(true))
        .execute(conn)?;
    assert_eq!(session_rows(conn, anna.id)?, 1);
    assert!(!live(conn, &hash)?);
    Ok(())
}

#[test]
fn the_last_enabled_admin_cannot_be_disabled() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let mika = user(conn, "mika", Role::Admin)?;
    user(conn, "anna", Role::Analyst)?;
    let hash = session(conn, &mika, "mika")?;

    let error = set_user_disabled(conn, "mika", true).expect_err("last admin");
    assert!(matches!(error, StoreError::LastAdmin), "{error:?}");
    assert_eq!(find_user(conn, "mika")?, Some(mika.clone()), "unchanged");
    assert!(live(conn, &hash)?, "the refused disable kept the session");
    assert!(
        set_user_disabled(conn, "anna", true)?.disabled,
        "not an admin"
    );

    user(conn, "sara", Role::Admin)?;
    assert!(set_user_disabled(conn, "mika", true)?.disabled);
    assert_eq!(count_admins(conn)?, 1);
    assert!(!live(conn, &hash)?);
    let error = set_user_disabled(conn, "sara", true).expect_err("now sara is the last");
    assert!(matches!(error, StoreError::LastAdmin), "{error:?}");
    // mika is disabled already, so this takes nothing away from sara.
    assert!(set_user_disabled(conn, "mika", true)?.disabled);
    assert_eq!(count_admins(conn)?, 1);

    set_user_disabled(conn, "mika", false)?;
    assert_eq!(count_admins(conn)?, 2);
    assert!(set_user_disabled(conn, "sara", true)?.disabled);
    Ok(())
}

/// Two admins disabling each other at the same moment: one must be refused.
#[test]
fn concurrent_disables_leave_one_admin() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    user(conn, "mika", Role::Admin)?;
    user(conn, "sara", Role::Admin)?;
    for round in 0..8 {
        let barrier = Arc::new(Barrier::new(2));
        let disables: Vec<_> = ["mika", "sara"]
            .into_iter()
            .map(|name| {
                let url = db.url.clone();
                let barrier = Arc::clone(&barrier);
                thread::spawn(move || -> Result<Result<User, StoreError>, StoreError> {
                    let mut conn = atmos_store::connect(&url)?;
                    barrier.wait();
                    Ok(set_user_disabled(&mut conn, name, true))
                })
            })
            .collect();
        let mut disabled = Vec::new();
        let mut refused = 0;
        for disable in disables {
            match disable.join().expect("disable thread panicked")? {
                Ok(user) => disabled.push(user.username),
                Err(StoreError::LastAdmin) => refused += 1,
                Err(other) => panic!("round {round}: {other:?}"),
            }
        }
        assert_eq!((disabled.len(), refused), (1, 1), "round {round}");
        assert_eq!(count_admins(conn)?, 1, "round {round}");
        set_user_disabled(conn, &disabled[0], false)?;
    }
    Ok(())
}

/// A login finishing while an admin disables the user: its session must not slip in after
/// the disable deleted the others (it would come back to life when the user is re-enabled).
#[test]
fn a_session_created_during_a_disable_does_not_survive_it() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    user(conn, "mika", Role::Admin)?;
    let anna = user(conn, "anna", Role::Analyst)?;
    let mut watcher = db.conn();

    let login = conn.transaction(|conn| {
        set_user_disabled(conn, "anna", true)?;
        let url = db.url.clone();
        let login = thread::spawn(move || -> Result<(), StoreError> {
            let mut conn = atmos_store::connect(&url)?;
            create_session(&mut conn, anna.id, &code_hash("late"), at(EXPIRES))
        });
        // The login must wait for the disable to commit, rather than insert next to it.
        let waiting = (0..100).any(|_| {
            thread::sleep(std::time::Duration::from_millis(50));
            lock_waits(&mut watcher) >= 1
        });
        assert!(waiting, "the login did not wait for the disable");
        Ok::<_, StoreError>(login)
    })?;
    let error = login
        .join()
        .expect("login thread panicked")
        .expect_err("disabled");
    assert!(
        matches!(&error, StoreError::UserDisabled(name) if name == "anna"),
        "{error:?}"
    );
    assert_eq!(session_rows(conn, anna.id)?, 0);
    Ok(())
}

/// Backends of the test's database waiting for a lock.
fn lock_waits(conn: &mut PgConnection) -> i64 {
    #[derive(QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        count: i64,
    }
    diesel::sql_query(
        "SELECT count(*) AS count FROM pg_stat_activity \
         WHERE datname = current_database() AND wait_event_type = 'Lock'",
    )
    .get_result::<Count>(conn)
    .expect("pg_stat_activity")
    .count
}

#[test]
fn a_new_password_ends_the_sessions_and_sets_the_flag() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let anna = user(conn, "anna", Role::Analyst)?;
    let eeva = user(conn, "eeva", Role::Evaluator)?;
    let annas = session(conn, &anna, "anna")?;
    let eevas = session(conn, &eeva, "eeva")?;
    let long_ago = at("2000-01-01T00:00:00Z");
    diesel::update(users::table.find(anna.id))
        .set(users::password_changed_at.eq(long_ago))
        .execute(conn)?;

    let reset = set_password(conn, "anna", "reset-hash", true)?;
    assert_eq!(reset.password_hash, "reset-hash");
    assert!(reset.must_change_password);
    assert!(reset.password_changed_at > long_ago);
    assert_eq!(reset.created_at, anna.created_at);
    assert_eq!(find_user(conn, "anna")?, Some(reset));
    assert!(!live(conn, &annas)?);
    assert_eq!(session_rows(conn, anna.id)?, 0);
    assert!(live(conn, &eevas)?, "other users keep theirs");

    let chosen = set_password(conn, "anna", "own-hash", false)?;
    assert_eq!(chosen.password_hash, "own-hash");
    assert!(!chosen.must_change_password);

    let error = set_password(conn, "nobody", "hash", true).expect_err("unknown");
    assert!(
        matches!(&error, StoreError::UnknownUser(name) if name == "nobody"),
        "{error:?}"
    );
    Ok(())
}

#[test]
fn a_session_expires_at_its_expiry_time() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let anna = user(conn, "anna", Role::Analyst)?;
    let hash = session(conn, &anna, "anna")?;
    let expires = at(EXPIRES);

    let found = find_session(conn, &hash, expires - TimeDelta::microseconds(1))?
        .expect("live until the last microsecond");
    assert_eq!(found.user, anna);
    assert_eq!(found.expires_at, expires);
    assert!(found.created_at < expires);
    assert_eq!(
        find_session(conn, &hash, expires)?,
        None,
        "expired at expires_at"
    );
    assert_eq!(
        find_session(conn, &hash, expires + TimeDelta::days(1))?,
        None
    );
    assert_eq!(
        find_session(conn, &code_hash("other"), at("2030-01-01T00:00:00Z"))?,
        None
    );
    Ok(())
}

#[test]
fn sessions_need_a_known_user_and_an_unused_token() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let anna = user(conn, "anna", Role::Analyst)?;
    let eeva = user(conn, "eeva", Role::Evaluator)?;
    let hash = session(conn, &anna, "token")?;

    let error = create_session(conn, eeva.id, &hash, at(EXPIRES)).expect_err("token in use");
    assert!(matches!(error, StoreError::SessionExists), "{error:?}");
    let found = find_session(conn, &hash, at("2030-01-01T00:00:00Z"))?.expect("kept");
    assert_eq!(found.user.username, "anna");

    let error = create_session(conn, 999_999, &code_hash("x"), at(EXPIRES)).expect_err("no user");
    assert!(
        matches!(error, StoreError::UnknownUserId(999_999)),
        "{error:?}"
    );
    assert_eq!(user_sessions::table.count().get_result::<i64>(conn)?, 1);
    Ok(())
}

#[test]
fn sessions_are_deleted_at_logout_and_when_expired() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let anna = user(conn, "anna", Role::Analyst)?;
    let hash = session(conn, &anna, "anna")?;
    assert!(delete_session(conn, &hash)?);
    assert!(!live(conn, &hash)?);
    assert!(!delete_session(conn, &hash)?, "already gone");

    let times = [
        "2099-01-01T00:00:00Z",
        "2099-01-02T00:00:00Z",
        "2099-01-03T00:00:00Z",
    ];
    let hashes: Vec<[u8; 32]> = times.iter().map(|time| code_hash(time)).collect();
    for (hash, time) in hashes.iter().zip(times) {
        create_session(conn, anna.id, hash, at(time))?;
    }
    assert_eq!(
        delete_expired_sessions(conn, at("2098-12-31T00:00:00Z"))?,
        0
    );
    // The second expires exactly then, so it goes too.
    assert_eq!(delete_expired_sessions(conn, at(times[1]))?, 2);
    assert_eq!(session_rows(conn, anna.id)?, 1);
    let left = find_session(conn, &hashes[2], at("2098-12-31T00:00:00Z"))?.expect("third");
    assert_eq!(left.expires_at, at(times[2]));
    assert_eq!(delete_expired_sessions(conn, at(times[1]))?, 0);
    Ok(())
}

#[test]
fn audit_entries_are_listed_newest_first_and_keep_the_username() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let mika = user(conn, "mika", Role::Admin)?;
    let anna = user(conn, "anna", Role::Analyst)?;
    let export = json!({"survey": "oulu-atmosphere", "wave": "2024", "format": "csv"});
    record_audit(conn, None, "system.start", &json!({}))?;
    record_audit(conn, Some(&anna), "export.answers", &export)?;
    // One transaction: both entries get the same time, so the id orders them.
    conn.transaction(|conn| {
        record_audit(conn, Some(&mika), "user.create", &json!({"user": "eeva"}))?;
        record_audit(conn, Some(&mika), "user.disable", &json!({"user": "eeva"}))
    })?;
    // Written late (highest id) but dated early: the time orders, not the id.
    diesel::insert_into(audit_log::table)
        .values((
            audit_log::at.eq(at("2000-01-01T00:00:00Z")),
            audit_log::action.eq("system.old"),
        ))
        .execute(conn)?;

    let entries = list_audit(conn, 10)?;
    assert_eq!(
        actions(&entries),
        [
            "user.disable",
            "user.create",
            "export.answers",
            "system.start",
            "system.old"
        ]
    );
    assert_eq!(entries[0].at, entries[1].at);
    assert!(entries[0].id > entries[1].id);
    assert_eq!(entries[2].username.as_deref(), Some("anna"));
    assert_eq!(entries[2].detail, export);
    assert_eq!(entries[3].username, None);
    assert_eq!(entries[3].detail, json!({}));
    assert_eq!(entries[4].detail, json!({}), "the default detail");
    assert_eq!(
        actions(&list_audit(conn, 2)?),
        ["user.disable", "user.create"]
    );
    assert_eq!(list_audit(conn, 0)?, Vec::new());
    assert_eq!(list_audit(conn, -1)?, Vec::new());

    // Deleting the account (which atmos itself never does) keeps its entries and their name.
    diesel::delete(users::table.find(anna.id)).execute(conn)?;
    let annas: Vec<(Option<i64>, Option<String>)> = audit_log::table
        .filter(audit_log::action.eq("export.answers"))
        .select((audit_log::user_id, audit_log::username))
        .load(conn)?;
    assert_eq!(annas, vec![(None, Some("anna".to_owned()))]);
    assert_eq!(list_audit(conn, 10)?.len(), 5);
    let error = record_audit(conn, Some(&anna), "export.answers", &export).expect_err("gone");
    assert!(
        matches!(error, StoreError::UnknownUserId(id) if id == anna.id),
        "{error:?}"
    );
    Ok(())
}

#[test]
fn the_audit_log_cannot_be_rewritten() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let mika = user(conn, "mika", Role::Admin)?;
    record_audit(
        conn,
        Some(&mika),
        "export.answers",
        &json!({"wave": "2024"}),
    )?;
    record_audit(conn, None, "system.start", &json!({}))?;
    let before = list_audit(conn, 10)?;

    for statement in [
        "UPDATE audit_log SET action = 'export.nothing'",
        "UPDATE audit_log SET detail = '{}' WHERE action = 'export.answers'",
        "UPDATE audit_log SET at = at - interval '1 day'",
        // Clearing the id is only for the foreign key, once the user is gone.
        "UPDATE audit_log SET user_id = NULL",
        "DELETE FROM audit_log",
        "DELETE FROM audit_log WHERE action = 'system.start'",
        "TRUNCATE audit_log",
    ] {
        let error = diesel::sql_query(statement)
            .execute(conn)
            .expect_err(statement);
        assert!(
            error.to_string().contains("the audit log is append-only"),
            "{statement}: {error}"
        );
    }
    assert_eq!(list_audit(conn, 10)?, before);
    let ids: Vec<Option<i64>> = audit_log::table
        .order(audit_log::id)
        .select(audit_log::user_id)
        .load(conn)?;
    assert_eq!(ids, vec![Some(mika.id), None]);
    Ok(())
}

#[test]
fn invalid_audit_actions_are_refused() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let mika = user(conn, "mika", Role::Admin)?;
    for action in [
        "",
        "Export",
        "1export",
        ".export",
        "export answers",
        "vienti.ö",
    ] {
        let error = record_audit(conn, Some(&mika), action, &json!({})).expect_err(action);
        assert!(
            matches!(&error, StoreError::InvalidAuditAction(refused) if refused == action),
            "{action:?}: {error:?}"
        );
        assert!(
            error.to_string().contains("starting with a letter"),
            "{error}"
        );
    }
    assert_eq!(list_audit(conn, 10)?, Vec::new());

    // The check constraint behind it.
    let error = diesel::insert_into(audit_log::table)
        .values(audit_log::action.eq("Export"))
        .execute(conn)
        .expect_err("constraint");
    assert!(
        error.to_string().contains("audit_log_action_format"),
        "{error}"
    );
    Ok(())
}

/// An entry with a user must name them; one without is the system's.
#[test]
fn audit_entries_with_a_user_carry_the_name() -> Result<(), StoreError> {
    let db = TestDb::new();
    let conn = &mut db.conn();
    let mika = user(conn, "mika", Role::Admin)?;
    let error = diesel::insert_into(audit_log::table)
        .values((
            audit_log::user_id.eq(mika.id),
            audit_log::action.eq("export.answers"),
        ))
        .execute(conn)
        .expect_err("no name");
    assert!(
        error.to_string().contains("audit_log_user_named"),
        "{error}"
    );
    Ok(())
}
