//! The corpus of broken survey definitions, run through the real `atmos survey validate`.
//!
//! `tests/fixtures/mini/` is a small valid survey (`surveys/mini/`) with its texts (`i18n/`).
//! Each directory in `tests/fixtures/broken/` holds only the files a case changes, in the same
//! layout, plus `expected`: lines that must each appear verbatim in the validator's stderr
//! (`file:line:column: [id] message`, paths as the loader shows them). A new case is a new
//! directory; no code changes.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use atmos_survey::{Diagnostic, SurveyError};

/// Fewer cases than this means a case directory went missing.
const MIN_CASES: usize = 20;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn copy_dir(from: &Path, to: &Path, skip_top_level: &[&str]) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name();
        if skip_top_level.iter().any(|s| name == *s) {
            continue;
        }
        let target = to.join(&name);
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target, &[]);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// The case directories, sorted by name.
fn cases() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(fixtures().join("broken"))
        .expect("tests/fixtures/broken exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    v.sort();
    v
}

/// A fresh copy of the base survey with `case`'s files laid over it; returns the temp dir
/// (keep it alive) and the survey directory inside it.
fn materialise(case: Option<&Path>) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&fixtures().join("mini"), tmp.path(), &[]);
    if let Some(case) = case {
        copy_dir(case, tmp.path(), &["expected"]);
    }
    let dir = tmp.path().join("surveys/mini");
    (tmp, dir)
}

fn validate(dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_atmos"))
        .args(["survey", "validate"])
        .arg(dir)
        .output()
        .expect("the atmos binary runs")
}

fn expected_lines(case: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(case.join("expected"))
        .unwrap_or_else(|e| panic!("{}/expected: {e}", case.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect()
}

/// Runs one case; `Err` describes everything that did not match.
fn run_case(case: &Path) -> Result<(), String> {
    let name = case.file_name().unwrap().to_string_lossy().into_owned();
    let expected = expected_lines(case);
    if expected.is_empty() {
        return Err(format!("{name}: `expected` has no lines"));
    }
    let (_tmp, dir) = materialise(Some(case));
    let out = validate(&dir);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let mut problems = Vec::new();
    if out.status.code() != Some(1) {
        problems.push(format!("exit code {:?}, expected 1", out.status.code()));
    }
    for line in &expected {
        if !stderr.contains(line.as_str()) {
            problems.push(format!("missing from stderr: {line}"));
        }
    }
    // One mistake, one diagnostic: nothing beyond what the case expects (no cascades).
    let reported = stderr
        .lines()
        .filter(|l| l.starts_with("surveys/") || l.starts_with("i18n/"))
        .count();
    if reported != expected.len() {
        problems.push(format!(
            "{reported} diagnostics reported, {} expected",
            expected.len()
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "case {name}:\n  {}\n--- stdout:\n{}--- stderr:\n{stderr}---",
            problems.join("\n  "),
            String::from_utf8_lossy(&out.stdout)
        ))
    }
}

#[test]
fn corpus_has_enough_cases() {
    let n = cases().len();
    assert!(
        n >= MIN_CASES,
        "only {n} broken cases in tests/fixtures/broken, expected at least {MIN_CASES}"
    );
}

/// Every case changes at least one file and says what it expects.
#[test]
fn every_case_is_well_formed() {
    for case in cases() {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            case.join("expected").is_file(),
            "{name}: no `expected` file"
        );
        let overlays: Vec<_> = std::fs::read_dir(&case)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .filter(|n| n != "expected")
            .collect();
        assert!(!overlays.is_empty(), "{name}: changes no file");
        for o in &overlays {
            assert!(
                o == "surveys" || o == "i18n",
                "{name}: unexpected entry {o:?} (only surveys/, i18n/ and expected)"
            );
        }
    }
}

#[test]
fn broken_cases_are_rejected_with_their_diagnostics() {
    let cases = cases();
    let failures: Vec<String> = cases.iter().filter_map(|c| run_case(c).err()).collect();
    assert!(
        failures.is_empty(),
        "{} of {} broken cases did not fail as expected:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

/// `(locale, percent)` of each coverage line of a valid survey's summary.
fn coverage_lines(stdout: &str) -> Vec<(String, f64)> {
    stdout
        .lines()
        .filter_map(|l| {
            let mut words = l.split_whitespace();
            let locale = words.next()?;
            let pct = words.next()?.strip_suffix('%')?.parse::<f64>().ok()?;
            Some((locale.to_string(), pct))
        })
        .collect()
}

fn assert_valid(out: &Output) -> String {
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(
        out.status.code(),
        Some(0),
        "expected a valid survey\nstdout:\n{stdout}\nstderr:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

fn percent_of(coverage: &[(String, f64)], locale: &str, stdout: &str) -> f64 {
    coverage
        .iter()
        .find(|(l, _)| l == locale)
        .map(|(_, p)| *p)
        .unwrap_or_else(|| panic!("no coverage line for {locale}:\n{stdout}"))
}

#[test]
fn base_survey_is_valid_with_full_finnish_and_partial_english_texts() {
    let (_tmp, dir) = materialise(None);
    let stdout = assert_valid(&validate(&dir));
    let coverage = coverage_lines(&stdout);
    assert_eq!(percent_of(&coverage, "fi", &stdout), 100.0, "{stdout}");
    let en = percent_of(&coverage, "en", &stdout);
    assert!(en < 100.0, "en coverage {en}, expected below 100\n{stdout}");
    assert!(stdout.contains("100.0%"), "{stdout}");
}

#[test]
fn bundled_survey_is_valid() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("surveys/oulu-atmosphere");
    let stdout = assert_valid(&validate(&dir));
    let coverage = coverage_lines(&stdout);
    assert_eq!(percent_of(&coverage, "fi", &stdout), 100.0, "{stdout}");
    percent_of(&coverage, "en", &stdout);
}

// ---------------------------------------------------------------- the library directly

fn load_case(name: &str) -> Vec<Diagnostic> {
    let case = fixtures().join("broken").join(name);
    assert!(case.is_dir(), "no case {name}");
    let (_tmp, dir) = materialise(Some(&case));
    match atmos_survey::load(&dir) {
        Err(SurveyError::Invalid(d)) => d,
        Err(other) => panic!("{name}: expected diagnostics, got {other}"),
        Ok(_) => panic!("{name}: loaded without problems"),
    }
}

fn find<'a>(ds: &'a [Diagnostic], needle: &str) -> &'a Diagnostic {
    ds.iter()
        .find(|d| d.message.contains(needle))
        .unwrap_or_else(|| panic!("no diagnostic containing {needle:?} in {ds:#?}"))
}

#[test]
fn library_names_file_line_and_id_of_a_duplicate_question() {
    let ds = load_case("01-duplicate-question-id");
    let d = find(&ds, "duplicate question id 'age'");
    assert_eq!(d.file, Path::new("surveys/mini/pages/views.toml"));
    let p = d.position.expect("a position");
    assert_eq!((p.line, p.column), (20, 6));
    assert_eq!(d.id.as_deref(), Some("age"));
    assert!(
        d.message.contains("surveys/mini/pages/about.toml:4"),
        "{}",
        d.message
    );
}

#[test]
fn library_points_a_missing_text_at_its_question() {
    let ds = load_case("15-missing-text-default-locale");
    assert_eq!(ds.len(), 1, "{ds:#?}");
    let d = &ds[0];
    assert_eq!(d.file, Path::new("surveys/mini/pages/about.toml"));
    assert_eq!(d.position.map(|p| p.line), Some(10));
    assert_eq!(d.id.as_deref(), Some("q-years"));
    assert!(
        d.message.contains("i18n/fi/survey-mini.ftl"),
        "{}",
        d.message
    );
}

#[test]
fn library_points_a_rule_error_into_the_expression() {
    let ds = load_case("08-logic-syntax-error");
    let d = find(&ds, "found keyword 'or'");
    assert_eq!(d.file, Path::new("surveys/mini/pages/about.toml"));
    let p = d.position.expect("a position");
    // `relevant = "age != 'young' and or years > 5"`: the `or` is the 32nd character.
    assert_eq!((p.line, p.column), (15, 32));
    assert_eq!(d.id.as_deref(), Some("years"));
}
