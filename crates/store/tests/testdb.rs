//! The test helper itself: one database per test, dropped afterwards, leftovers swept.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::process::Command;
use std::sync::Mutex;

use atmos_store::testing::{
    TestDb, database_exists_on_server, maintenance_connection, sweep_leftovers, template_name,
};
use atmos_store::{StoreError, list_surveys};
use diesel::prelude::*;
use diesel::sql_types::{Bool, Text};

#[test]
fn the_database_exists_during_the_test_and_not_after() -> Result<(), StoreError> {
    let db = TestDb::new();
    assert!(
        db.name
            .starts_with(&format!("atmos_test_{}_", std::process::id()))
    );
    assert!(db.exists());
    let mut conn = db.conn();
    assert!(
        list_surveys(&mut conn)?.is_empty(),
        "starts migrated and empty"
    );
    let name = db.name.clone();
    // An open connection must not keep the database alive.
    drop(db);
    assert!(!database_exists_on_server(&name));
    drop(conn);
    Ok(())
}

#[test]
fn each_test_database_is_separate() -> Result<(), StoreError> {
    let first = TestDb::new();
    let second = TestDb::new();
    assert_ne!(first.name, second.name);
    common_load(&first)?;
    assert_eq!(list_surveys(&mut first.conn())?.len(), 1);
    assert!(list_surveys(&mut second.conn())?.is_empty());
    Ok(())
}

fn common_load(db: &TestDb) -> Result<(), StoreError> {
    let definition = serde_json::json!({"id": "x"});
    atmos_store::store_questionnaire(&mut db.conn(), "x", &definition, &"0".repeat(64))?;
    Ok(())
}

#[test]
fn a_panicking_test_still_drops_its_database() {
    let name = Mutex::new(String::new());
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        let db = TestDb::new();
        *name.lock().expect("name lock") = db.name.clone();
        let _conn = db.conn();
        panic!("deliberate failure inside a test");
    }));
    assert!(outcome.is_err());
    let name = name.into_inner().expect("name lock");
    assert!(!name.is_empty());
    assert!(!database_exists_on_server(&name), "{name} left behind");
}

#[test]
fn leftovers_of_dead_processes_are_swept() -> Result<(), StoreError> {
    let mut child = Command::new("true")
        .spawn()
        .expect("spawn a short-lived process");
    let dead_pid = child.id();
    child.wait().expect("wait for it");

    let leftover = format!("atmos_test_{dead_pid}_leftover");
    let ours = TestDb::new();
    let mut conn = maintenance_connection();
    diesel::sql_query(format!("CREATE DATABASE \"{leftover}\"")).execute(&mut conn)?;
    assert!(database_exists_on_server(&leftover));

    sweep_leftovers();
    assert!(
        !database_exists_on_server(&leftover),
        "{leftover} not swept"
    );
    assert!(ours.exists(), "a live process's database is kept");
    Ok(())
}

#[derive(QueryableByName)]
struct Template {
    #[diesel(sql_type = Bool)]
    is_template: bool,
    #[diesel(sql_type = Bool)]
    allows_connections: bool,
}

#[test]
fn the_template_is_a_locked_template() -> Result<(), StoreError> {
    let _db = TestDb::new();
    let template = diesel::sql_query(
        "SELECT datistemplate AS is_template, datallowconn AS allows_connections \
         FROM pg_database WHERE datname = $1",
    )
    .bind::<Text, _>(template_name())
    .get_result::<Template>(&mut maintenance_connection())?;
    assert!(template.is_template);
    assert!(!template.allows_connections);
    Ok(())
}
