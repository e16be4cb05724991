//! The catalog on real files: fallback along the chain, areas kept apart, syntax errors.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

use std::fs;

use atmos_i18n::{Catalog, FluentArgs, I18nError, LanguageIdentifier};

fn lid(s: &str) -> LanguageIdentifier {
    s.parse().unwrap()
}

fn write(dir: &std::path::Path, path: &str, text: &str) {
    let p = dir.join(path);
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    fs::write(p, text).unwrap();
}

fn fixture() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "fi/ui.ftl",
        "hello = Hei\nonly-fi = Vain suomeksi\ncount = { $n ->\n    [one] { $n } vastaus\n   *[other] { $n } vastausta\n}\n",
    );
    write(
        dir.path(),
        "en/ui.ftl",
        "hello = Hello\nonly-en = Only English\n",
    );
    write(dir.path(), "sv/ui.ftl", "hello = Hej\n");
    write(dir.path(), "ar/ui.ftl", "hello = مرحبا\nblank = { \"\" }\n");
    write(dir.path(), "fi/survey-a.ftl", "hello = Kysely A\n");
    dir
}

#[test]
fn falls_back_along_the_chain_and_marks_the_source_locale() {
    let dir = fixture();
    let c = Catalog::load(dir.path(), lid("fi")).unwrap();
    let t = c.text(&lid("ar"), "ui", "hello", None);
    assert_eq!((t.value.as_str(), t.fallback), ("مرحبا", false));
    // Arabic lacks it; English is next in the chain.
    let t = c.text(&lid("ar"), "ui", "only-en", None);
    assert_eq!(
        (t.value.as_str(), t.locale.to_string().as_str(), t.fallback),
        ("Only English", "en", true)
    );
    // Swedish falls to Finnish before English.
    let t = c.text(&lid("sv"), "ui", "only-fi", None);
    assert_eq!(t.locale.to_string(), "fi");
    // An empty translation is treated as missing, never shown blank.
    let t = c.text(&lid("ar"), "ui", "blank", None);
    assert!(t.missing && t.value == "blank");
}

#[test]
fn areas_do_not_clash_and_plurals_work() {
    let dir = fixture();
    let c = Catalog::load(dir.path(), lid("fi")).unwrap();
    assert_eq!(
        c.text(&lid("fi"), "survey-a", "hello", None).value,
        "Kysely A"
    );
    assert_eq!(c.text(&lid("fi"), "ui", "hello", None).value, "Hei");
    let mut args = FluentArgs::new();
    args.set("n", 1);
    assert!(
        c.text(&lid("fi"), "ui", "count", Some(&args))
            .value
            .contains("vastaus")
    );
    args.set("n", 5);
    assert!(
        c.text(&lid("fi"), "ui", "count", Some(&args))
            .value
            .contains("vastausta")
    );
    assert_eq!(c.locales_with("survey-a"), vec![lid("fi")]);
}

#[test]
fn syntax_errors_name_file_and_line() {
    let dir = fixture();
    write(dir.path(), "en/broken.ftl", "ok = fine\n\nbad = {\n");
    let err = Catalog::load(dir.path(), lid("fi")).unwrap_err();
    assert!(matches!(err, I18nError::Syntax { .. }), "{err}");
    let msg = err.to_string();
    assert!(msg.contains("broken.ftl:3"), "{msg}");
}

#[test]
fn duplicate_messages_are_refused() {
    let dir = fixture();
    write(dir.path(), "en/dup.ftl", "a = 1\na = 2\n");
    let err = Catalog::load(dir.path(), lid("fi")).unwrap_err();
    assert!(
        matches!(err, I18nError::Duplicate { ref id, .. } if id == "a"),
        "{err}"
    );
}

#[test]
fn the_project_texts_load() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../i18n");
    let c = Catalog::load(&root, lid("fi")).unwrap();
    assert!(c.locales().contains(&lid("fi")));
    assert!(c.locales().contains(&lid("en")));
}
