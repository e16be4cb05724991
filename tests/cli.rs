//! The `atmos` binary end to end, on a fresh PostgreSQL database per test.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use atmos_store::testing::TestDb;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn atmos(db_url: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_atmos"))
        .args(args)
        .env("DATABASE_URL", db_url)
        .current_dir(root())
        .output()
        .expect("the atmos binary runs")
}

fn ok(out: &Output) -> String {
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "expected success\nstdout:\n{stdout}\nstderr:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

fn fails(out: &Output) -> String {
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        !out.status.success(),
        "expected failure\nstdout:\n{}\nstderr:\n{stderr}",
        String::from_utf8_lossy(&out.stdout)
    );
    stderr
}

/// A copy of the bundled survey and its texts, to change without touching the repository.
fn survey_copy() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(
        &root().join("surveys/oulu-atmosphere"),
        &tmp.path().join("surveys/oulu-atmosphere"),
    );
    copy_dir(&root().join("i18n"), &tmp.path().join("i18n"));
    let dir = tmp.path().join("surveys/oulu-atmosphere");
    (tmp, dir)
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn help_lists_every_command() {
    let out = ok(&atmos("postgres://unused@127.0.0.1:1/x", &["--help"]));
    for cmd in [
        "up", "serve", "migrate", "survey", "wave", "demo", "analyze", "chart", "user",
    ] {
        assert!(out.contains(cmd), "{cmd} missing from\n{out}");
    }
    let out = ok(&atmos(
        "postgres://unused@127.0.0.1:1/x",
        &["wave", "--help"],
    ));
    for cmd in ["create", "open", "close", "list", "invitations", "import"] {
        assert!(out.contains(cmd), "{cmd} missing from\n{out}");
    }
}

#[test]
fn validate_prints_coverage_per_locale() {
    let out = ok(&atmos(
        "postgres://unused@127.0.0.1:1/x",
        &["survey", "validate", "surveys/oulu-atmosphere"],
    ));
    assert!(out.contains("oulu-atmosphere: valid"), "{out}");
    let fi = out
        .lines()
        .find(|l| l.trim_start().starts_with("fi "))
        .unwrap_or_default();
    assert!(fi.contains("100.0%") && fi.contains("(default)"), "{out}");
    assert!(
        out.lines().any(|l| l.trim_start().starts_with("en ")),
        "{out}"
    );
}

#[test]
fn migrate_creates_a_missing_database_and_is_idempotent() {
    let db = TestDb::missing();
    assert!(!db.exists());
    let out = ok(&atmos(&db.url, &["migrate"]));
    assert!(out.contains("applied migration"), "{out}");
    assert!(db.exists());
    let out = ok(&atmos(&db.url, &["migrate"]));
    assert!(out.contains("up to date"), "{out}");
}

#[test]
fn loading_a_changed_definition_makes_a_new_version_and_keeps_the_old() {
    let db = TestDb::new();
    let (_tmp, dir) = survey_copy();
    let dir_s = dir.to_str().unwrap();
    assert!(
        ok(&atmos(&db.url, &["survey", "load", dir_s])).contains("stored questionnaire version 1")
    );
    assert!(ok(&atmos(&db.url, &["survey", "load", dir_s])).contains("unchanged, version 1"));
    ok(&atmos(
        &db.url,
        &[
            "wave",
            "create",
            "--survey",
            "oulu-atmosphere",
            "--label",
            "2024",
        ],
    ));
    let mut conn = db.conn();
    let v1 = atmos_store::latest_questionnaire(&mut conn, "oulu-atmosphere")
        .unwrap()
        .unwrap();

    // Change the definition: make the comments question required.
    let page = std::fs::read_dir(dir.join("pages"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            std::fs::read_to_string(p)
                .unwrap()
                .contains("type = \"longtext\"")
        })
        .unwrap();
    let text = std::fs::read_to_string(&page).unwrap();
    let changed = text.replacen(
        "type = \"longtext\"",
        "type = \"longtext\"\nrequired = true",
        1,
    );
    std::fs::write(&page, changed).unwrap();
    assert!(
        ok(&atmos(&db.url, &["survey", "load", dir_s])).contains("stored questionnaire version 2")
    );

    let v1_again = atmos_store::questionnaire(&mut conn, v1.id)
        .unwrap()
        .unwrap();
    assert_eq!(
        v1_again.definition, v1.definition,
        "a version a wave uses is never altered"
    );
    let wave = atmos_store::find_wave(&mut conn, "oulu-atmosphere", "2024")
        .unwrap()
        .unwrap();
    assert_eq!(wave.questionnaire_id, v1.id);
    let v2 = atmos_store::latest_questionnaire(&mut conn, "oulu-atmosphere")
        .unwrap()
        .unwrap();
    assert_eq!(v2.version, 2);
    assert_ne!(v2.hash, v1.hash);
}

#[test]
fn an_invalid_definition_is_not_stored() {
    let db = TestDb::new();
    let (_tmp, dir) = survey_copy();
    std::fs::write(dir.join("options.toml"), "[[set]\nid = ").unwrap();
    let err = fails(&atmos(&db.url, &["survey", "load", dir.to_str().unwrap()]));
    assert!(err.contains("options.toml:1"), "{err}");
    let mut conn = db.conn();
    assert!(
        atmos_store::latest_questionnaire(&mut conn, "oulu-atmosphere")
            .unwrap()
            .is_none()
    );
}

#[test]
fn wave_lifecycle_and_its_errors() {
    let db = TestDb::new();
    let err = fails(&atmos(
        &db.url,
        &["wave", "create", "--survey", "nope", "--label", "2026"],
    ));
    assert!(err.contains("nope"), "{err}");

    ok(&atmos(
        &db.url,
        &["survey", "load", "surveys/oulu-atmosphere"],
    ));
    ok(&atmos(
        &db.url,
        &[
            "wave",
            "create",
            "--survey",
            "oulu-atmosphere",
            "--label",
            "2024",
            "--opens",
            "2024-09-01",
            "--closes",
            "2024-10-31",
        ],
    ));
    let err = fails(&atmos(
        &db.url,
        &[
            "wave",
            "create",
            "--survey",
            "oulu-atmosphere",
            "--label",
            "2024b",
            "--opens",
            "2024-10-15",
            "--closes",
            "2024-12-01",
        ],
    ));
    assert!(err.contains("overlap"), "{err}");
    let err = fails(&atmos(
        &db.url,
        &[
            "wave",
            "create",
            "--survey",
            "oulu-atmosphere",
            "--label",
            "2024",
        ],
    ));
    assert!(err.contains("already has a wave \"2024\""), "{err}");
    let err = fails(&atmos(
        &db.url,
        &[
            "wave",
            "create",
            "--survey",
            "oulu-atmosphere",
            "--label",
            "bad",
            "--opens",
            "2026-10-01",
            "--closes",
            "2026-09-01",
        ],
    ));
    assert!(err.contains("close"), "{err}");
    let err = fails(&atmos(
        &db.url,
        &[
            "wave",
            "create",
            "--survey",
            "oulu-atmosphere",
            "--label",
            "x",
            "--opens",
            "next week",
        ],
    ));
    assert!(err.contains("not a date"), "{err}");

    let err = fails(&atmos(
        &db.url,
        &["wave", "close", "oulu-atmosphere", "2024"],
    ));
    assert!(err.contains("draft"), "closing a draft wave: {err}");
    ok(&atmos(
        &db.url,
        &["wave", "open", "oulu-atmosphere", "2024"],
    ));
    ok(&atmos(
        &db.url,
        &["wave", "close", "oulu-atmosphere", "2024"],
    ));
    let err = fails(&atmos(
        &db.url,
        &["wave", "open", "oulu-atmosphere", "2024"],
    ));
    assert!(err.contains("closed"), "{err}");
    let err = fails(&atmos(
        &db.url,
        &["wave", "open", "oulu-atmosphere", "2030"],
    ));
    assert!(err.contains("2030"), "{err}");

    let list = ok(&atmos(&db.url, &["wave", "list"]));
    let line = list.lines().find(|l| l.contains("2024")).unwrap();
    assert!(
        line.contains("closed") && line.contains("2024-09-01"),
        "{list}"
    );
}

#[test]
fn up_prepares_an_open_wave_and_can_run_again() {
    let db = TestDb::missing();
    let out = ok(&atmos(&db.url, &["up", "--no-serve"]));
    assert!(out.contains("stored questionnaire version 1"), "{out}");
    assert!(out.contains("opened wave oulu-atmosphere/"), "{out}");
    // The first dashboard account, with a one-time password that signs in.
    let password = out
        .lines()
        .find_map(|l| l.split_once("admin, one-time password "))
        .map(|(_, p)| p.trim().to_string())
        .unwrap_or_else(|| panic!("no first admin in\n{out}"));
    let admin = atmos_store::find_user(&mut db.conn(), "admin")
        .unwrap()
        .unwrap();
    assert!(admin.must_change_password);
    assert!(atmos_web::staff::password::verify(
        &password,
        &admin.password_hash
    ));
    let out = ok(&atmos(&db.url, &["up", "--no-serve"]));
    assert!(out.contains("unchanged"), "{out}");
    assert!(out.contains(" is open"), "{out}");
    assert!(!out.contains("one-time password"), "{out}");
}

#[test]
fn user_commands_manage_dashboard_accounts() {
    let db = TestDb::new();
    let out = ok(&atmos(
        &db.url,
        &["user", "add", "anna", "--role", "analyst"],
    ));
    let password = out
        .lines()
        .find_map(|l| l.strip_prefix("one-time password: "))
        .unwrap_or_else(|| panic!("no password in\n{out}"))
        .to_string();
    let anna = atmos_store::find_user(&mut db.conn(), "anna")
        .unwrap()
        .unwrap();
    assert_eq!(anna.role, atmos_store::Role::Analyst);
    assert!(atmos_web::staff::password::verify(
        &password,
        &anna.password_hash
    ));

    let err = fails(&atmos(&db.url, &["user", "add", "anna", "--role", "admin"]));
    assert!(err.contains("anna"), "{err}");
    let err = fails(&atmos(&db.url, &["user", "add", "bo", "--role", "boss"]));
    assert!(err.contains("admin, analyst, evaluator"), "{err}");
    let err = fails(&atmos(
        &db.url,
        &["user", "add", "Bad Name", "--role", "admin"],
    ));
    assert!(err.contains("lowercase"), "{err}");

    ok(&atmos(&db.url, &["user", "disable", "anna"]));
    let list = ok(&atmos(&db.url, &["user", "list"]));
    assert!(list.contains("anna\tanalyst\tdisabled"), "{list}");
    ok(&atmos(&db.url, &["user", "enable", "anna"]));
    let out = ok(&atmos(&db.url, &["user", "reset-password", "anna"]));
    let new = out.rsplit(": ").next().unwrap().trim();
    let anna = atmos_store::find_user(&mut db.conn(), "anna")
        .unwrap()
        .unwrap();
    assert!(!anna.disabled && anna.must_change_password);
    assert!(atmos_web::staff::password::verify(new, &anna.password_hash));
    assert!(!atmos_web::staff::password::verify(
        &password,
        &anna.password_hash
    ));
    let err = fails(&atmos(&db.url, &["user", "disable", "nobody"]));
    assert!(err.contains("nobody"), "{err}");
    let audit: Vec<String> = atmos_store::list_audit(&mut db.conn(), 10)
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert!(audit.contains(&"user.added".into()) && audit.contains(&"user.reset".into()));
}

#[test]
fn an_unreachable_database_says_where_and_what_to_do() {
    let url = "postgres://postgres:secret@127.0.0.1:1/atmos";
    let err = fails(&atmos(url, &["migrate"]));
    assert!(err.contains("127.0.0.1:1"), "{err}");
    assert!(err.contains("PostgreSQL"), "{err}");
    assert!(
        !err.contains("secret"),
        "the password is never printed: {err}"
    );
}

#[test]
fn invitation_codes_are_exported_once_and_stored_hashed() {
    let db = TestDb::new();
    ok(&atmos(
        &db.url,
        &["survey", "load", "surveys/oulu-atmosphere"],
    ));
    ok(&atmos(
        &db.url,
        &[
            "wave",
            "create",
            "--survey",
            "oulu-atmosphere",
            "--label",
            "2026",
            "--invitations",
        ],
    ));
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("codes.csv");
    let out_s = out.to_str().unwrap();
    let printed = ok(&atmos(
        &db.url,
        &[
            "wave",
            "invitations",
            "oulu-atmosphere",
            "2026",
            "--count",
            "25",
            "--out",
            out_s,
        ],
    ));
    assert!(printed.contains("25 invitation codes"), "{printed}");
    let csv = std::fs::read_to_string(&out).unwrap();
    let codes: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(csv.lines().next(), Some("code"));
    assert_eq!(codes.len(), 25);
    let unique: std::collections::BTreeSet<&str> = codes.iter().copied().collect();
    assert_eq!(unique.len(), 25);
    // The file is the only copy: it is never overwritten.
    let err = fails(&atmos(
        &db.url,
        &[
            "wave",
            "invitations",
            "oulu-atmosphere",
            "2026",
            "--count",
            "1",
            "--out",
            out_s,
        ],
    ));
    assert!(err.contains("cannot create"), "{err}");
    // Stored as hashes only: the table holds 25 rows and no code appears in it.
    let dump = Command::new("pg_dump")
        .args(["--data-only", "--inserts", "--table=invitations", &db.url])
        .output()
        .expect("pg_dump (postgresql-client) runs");
    assert!(
        dump.status.success(),
        "{}",
        String::from_utf8_lossy(&dump.stderr)
    );
    let dump = String::from_utf8_lossy(&dump.stdout);
    assert_eq!(
        dump.matches("INSERT INTO public.invitations").count(),
        25,
        "{dump}"
    );
    for c in &codes {
        let bare = c.replace('-', "");
        assert!(
            !dump.contains(c) && !dump.contains(&bare),
            "code {c} stored in clear"
        );
    }
    let err = fails(&atmos(
        &db.url,
        &[
            "wave",
            "invitations",
            "oulu-atmosphere",
            "2030",
            "--count",
            "1",
            "--out",
            "-",
        ],
    ));
    assert!(err.contains("2030"), "{err}");
}
