//! Running the `atmos` binary on respondent files, without a database: the helpers the chart
//! and report tests share.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const SURVEY_DIR: &str = "surveys/oulu-atmosphere";
/// Synthetic: three waves of 500 (tests/fixtures/analysis/whole_table/make.sh).
pub const WHOLE_TABLE: &str = "tests/fixtures/analysis/whole_table/respondents.csv";

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `atmos ARGS` in the workspace's root, with a database URL that cannot connect (so a run
/// that tried to use the database would fail) and the default texts.
pub fn atmos(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_atmos"))
        .args(args)
        .env("DATABASE_URL", "postgres://unused@127.0.0.1:1/unused")
        .env_remove("ATMOS_I18N")
        .current_dir(root())
        .output()
        .expect("the atmos binary runs")
}

/// `atmos COMMAND` of the Oulu survey on the respondent file `input`, written to `out`.
pub fn on_file(command: &str, input: &str, out: &Path, extra: &[&str]) -> Output {
    let out = out.to_str().expect("a UTF-8 path");
    let mut args = vec![
        command,
        "--survey",
        "oulu-atmosphere",
        "--input",
        input,
        "--survey-dir",
        SURVEY_DIR,
        "--out",
        out,
    ];
    args.extend_from_slice(extra);
    atmos(&args)
}

/// Asserts success; the standard output.
pub fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "expected success\nstdout:\n{}\nstderr:\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Asserts failure; the standard error.
pub fn fails(out: &Output) -> String {
    assert!(
        !out.status.success(),
        "expected failure\nstdout:\n{}",
        String::from_utf8_lossy(&out.stdout)
    );
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// `atmos analyze --format json` of the Oulu survey on [`WHOLE_TABLE`], with more arguments.
pub fn analyze_json(extra: &[&str]) -> serde_json::Value {
    let mut args = vec![
        "analyze",
        "--survey",
        "oulu-atmosphere",
        "--input",
        WHOLE_TABLE,
        "--survey-dir",
        SURVEY_DIR,
        "--format",
        "json",
    ];
    args.extend_from_slice(extra);
    serde_json::from_str(&ok(&atmos(&args))).expect("analyze writes JSON")
}
