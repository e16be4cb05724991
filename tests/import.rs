//! `atmos wave import` end to end on a fresh database per test: the dry run reports every
//! unmapped column and code and every invalid row, a bad file stores nothing, a good file
//! (CSV, and the same data as XLSX and Parquet) becomes a closed wave with exactly its
//! responses and answers, which `atmos analyze` then counts, and a second import of the same
//! round is refused. Fixtures: tests/fixtures/import/ (synthetic).
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use atmos_store::testing::TestDb;
use atmos_store::{PgConnection, WaveStatus};

const SURVEY: &str = "oulu-atmosphere";
const MAPPING: &str = "tests/fixtures/import/oulu-2020.toml";
const GOOD: &str = "tests/fixtures/import/oulu-2020.csv";
const BAD: &str = "tests/fixtures/import/oulu-2020-bad.csv";
/// Responses and answers of oulu-2020.csv, counted by hand: a row's answers are its mapped,
/// non-missing cells, one per chosen option of a multiple choice (101: 11, 102: 6, 103: 9,
/// 104: 7, 105: 4, 106: 5, 107: 10, 108: 5, 109: 4, 110: 6, 111: 9, 112: 6).
const RESPONSES: u64 = 12;
const ANSWERS: u64 = 82;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn atmos(db_url: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_atmos"))
        .args(args)
        .env("DATABASE_URL", db_url)
        // Everything the store and the import log, to show no free text reaches a log.
        .env("ATMOS_LOG", "debug")
        .current_dir(root())
        .output()
        .expect("the atmos binary runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "expected success\nstdout:\n{}\nstderr:\n{}",
        stdout(out),
        stderr(out)
    );
    stdout(out)
}

fn fails(out: &Output) -> (String, String) {
    assert!(
        !out.status.success(),
        "expected failure\nstdout:\n{}\nstderr:\n{}",
        stdout(out),
        stderr(out)
    );
    (stdout(out), stderr(out))
}

/// A database with the survey stored, as `atmos survey load` does.
fn database() -> TestDb {
    let db = TestDb::new();
    ok(&atmos(
        &db.url,
        &["survey", "load", "surveys/oulu-atmosphere"],
    ));
    db
}

fn import(db: &TestDb, file: &str, mapping: &str, extra: &[&str]) -> Output {
    let args = [
        &[
            "wave",
            "import",
            file,
            "--survey",
            SURVEY,
            "--wave",
            "2020",
            "--mapping",
            mapping,
        ][..],
        extra,
    ]
    .concat();
    atmos(&db.url, &args)
}

fn wave_exists(conn: &mut PgConnection) -> bool {
    atmos_store::find_wave(conn, SURVEY, "2020")
        .unwrap()
        .is_some()
}

/// Answer lines of the store's export of every wave of the survey: one per answer value,
/// free text left out (the export never selects it).
fn stored_answers(conn: &mut PgConnection) -> u64 {
    let mut sink = Vec::new();
    atmos_store::export_answers_csv(conn, SURVEY, &[], None, &mut sink)
        .unwrap()
        .rows
}

#[test]
fn the_dry_run_reports_every_unmapped_column_and_code_and_every_bad_row() {
    let db = database();
    let (out, err) = fails(&import(&db, BAD, MAPPING, &["--dry-run"]));
    for line in [
        "rows: 5; valid: 2; invalid: 3",
        // Every column the mapping names that the file lacks, and every unmapped column.
        "columns in the mapping that the file does not have (1):\n  \"Q9\"\n",
        "unmapped columns (1): map each in [columns], or ignore it with `\"<column>\" = { ignore = true }`:\n  \"Q99\"\n",
        // Every unmapped code, per column, with its count and rows.
        "unmapped codes (5 values in 5 columns)",
        "  column \"Lang\" (locale): 1 value in 1 cell\n    \"DE\" x1: row 2 (RespondentID 202)\n",
        "  column \"Q1\" (gender): 1 value in 2 cells\n    \"5\" x2: row 2 (RespondentID 202), row 4 (RespondentID 204)\n",
        "  column \"Q2\" (age_band): 1 value in 1 cell\n    \"40–49\" x1: row 4 (RespondentID 204)\n",
        "  column \"Q6\" (disc_ground): 1 value in 1 cell\n    \"5\" x1: row 3 (RespondentID 203)\n",
        "  column \"Q8\" (trust.police): 1 value in 1 cell\n    \"11\" x1: row 4 (RespondentID 204)\n",
        // Rows breaking the skip logic or a question's rules.
        "row errors (2; by column: \"Q5_1\" 1, \"Q7_1, Q7_11, Q7_2\" 1):",
        "  row 2 (RespondentID 202), column \"Q5_1\" (disc_domain.work), value \"1\": answered, but \
         the skip logic hides this question for this respondent (relevant = `disc_any == 'yes'` \
         is false)\n",
        "  row 3 (RespondentID 203), column \"Q7_1, Q7_11, Q7_2\" (organisations), value \
         \"sports_club;none\": option 'none' cannot be combined with other options\n",
        "result: not importable: 9 problems in 3 of 5 rows and the mapping (listed above)",
    ] {
        assert!(out.contains(line), "missing:\n{line}\nin:\n{out}");
    }
    // Free text is data, never output or logged, even with ATMOS_LOG=debug.
    assert!(!out.contains("SECRET-COMMENT") && !err.contains("SECRET-COMMENT"));
    assert!(!wave_exists(&mut db.conn()));
}

#[test]
fn a_bad_file_stores_nothing() {
    let db = database();
    let (out, err) = fails(&import(&db, BAD, MAPPING, &[]));
    assert!(
        out.contains("unmapped codes (5 values in 5 columns)"),
        "{out}"
    );
    assert!(
        err.contains(
            "9 problems in 3 of 5 rows and the mapping (listed above); nothing was stored"
        ),
        "{err}"
    );
    let mut conn = db.conn();
    assert!(!wave_exists(&mut conn));
    assert_eq!(stored_answers(&mut conn), 0);

    // A file that cannot be read: a specific error, nothing stored.
    let dir = tempfile::tempdir().unwrap();
    let latin1 = dir.path().join("latin1.csv");
    let bytes = std::fs::read(root().join(GOOD)).unwrap();
    // "Hyvä" in Latin-1, as a spreadsheet's plain "CSV" export writes it.
    let utf8 = "Hyvä".as_bytes();
    let at = bytes.windows(utf8.len()).position(|w| w == utf8).unwrap();
    let bytes = [&bytes[..at], b"Hyv\xe4", &bytes[at + utf8.len()..]].concat();
    std::fs::write(&latin1, bytes).unwrap();
    let (_, err) = fails(&import(&db, latin1.to_str().unwrap(), MAPPING, &[]));
    assert!(
        err.contains("row 1 is not UTF-8 text: save the file as UTF-8"),
        "{err}"
    );
    assert!(!wave_exists(&mut conn));

    // A mapping with a typo in a field name: refused before anything is read.
    let typo = dir.path().join("typo.toml");
    let mapping = std::fs::read_to_string(root().join(MAPPING)).unwrap();
    std::fs::write(&typo, mapping.replace("missing =", "mising =")).unwrap();
    let (_, err) = fails(&import(&db, GOOD, typo.to_str().unwrap(), &[]));
    assert!(err.contains("mising"), "{err}");

    // No period known: neither --opens/--closes nor a submitted_column.
    let no_times = dir.path().join("no-times.toml");
    std::fs::write(
        &no_times,
        mapping
            .replace("submitted_column = \"EndDate\"", "")
            .replace(
                "Timestamp = { ignore = true }",
                "Timestamp = { ignore = true }\nEndDate = { ignore = true }",
            ),
    )
    .unwrap();
    let (_, err) = fails(&import(&db, GOOD, no_times.to_str().unwrap(), &[]));
    assert!(err.contains("give --opens and --closes"), "{err}");
    assert!(!wave_exists(&mut conn));
}

#[test]
fn a_good_file_imports_once_with_exactly_its_answers() {
    let db = database();
    // The dry run stores nothing and says what would be stored.
    let out = ok(&import(&db, GOOD, MAPPING, &["--dry-run"]));
    assert!(
        out.contains(&format!(
            "result: clean: {RESPONSES} responses with {ANSWERS} answers would be imported as \
             wave oulu-atmosphere/2020 (2020-09-03 00:00 - 2020-10-31 00:00 UTC)"
        )),
        "{out}"
    );
    assert!(
        out.contains("12 rows leave required questions unanswered"),
        "{out}"
    );
    let mut conn = db.conn();
    assert!(!wave_exists(&mut conn));

    let out = ok(&import(&db, GOOD, MAPPING, &[]));
    assert!(
        out.contains(&format!(
            "imported wave oulu-atmosphere/2020 (closed, 2020-09-03 00:00 - 2020-10-31 00:00 \
             UTC): {RESPONSES} responses, {ANSWERS} answers"
        )),
        "{out}"
    );
    let waves = atmos_store::list_waves(&mut conn, Some(SURVEY)).unwrap();
    assert_eq!(waves.len(), 1);
    assert_eq!(waves[0].wave.status, WaveStatus::Closed);
    assert_eq!(waves[0].responses_submitted, RESPONSES as i64);
    // The export leaves out the two comments (free text).
    assert_eq!(stored_answers(&mut conn), ANSWERS - 2);

    // The analysis sees the file's numbers: disc_any is yes in 4 of the 10 rows with a
    // substantive answer (one "cant_say", one NA); 6 of the 10 rows that answered the
    // organisations columns chose an organisation (not "none").
    let json = ok(&atmos(
        &db.url,
        &[
            "analyze",
            "--survey",
            SURVEY,
            "--waves",
            "2020",
            "--indicators",
            "racism_experienced_12m,participates_organisations",
            "--unweighted",
            "--min-n",
            "0",
            "--format",
            "json",
        ],
    ));
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["waves"][0]["respondents"], 12);
    let cell = |indicator: &str| {
        json["cells"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["indicator"] == indicator && c["breakdown"].is_null())
            .unwrap()
            .clone()
    };
    assert_eq!(cell("racism_experienced_12m")["n"], 10);
    assert_eq!(cell("racism_experienced_12m")["estimate"], 0.4);
    assert_eq!(cell("participates_organisations")["n"], 10);
    assert_eq!(cell("participates_organisations")["estimate"], 0.6);

    // The same round again: refused, nothing added.
    let (_, err) = fails(&import(&db, GOOD, MAPPING, &[]));
    assert!(
        err.contains("wave oulu-atmosphere/2020 exists already"),
        "{err}"
    );
    let waves = atmos_store::list_waves(&mut conn, Some(SURVEY)).unwrap();
    assert_eq!(waves[0].responses_submitted, RESPONSES as i64);
    assert_eq!(stored_answers(&mut conn), ANSWERS - 2);
}

#[test]
fn explicit_period_must_hold_every_submission() {
    let db = database();
    let (out, _) = fails(&import(
        &db,
        GOOD,
        MAPPING,
        &[
            "--opens",
            "2020-09-01",
            "--closes",
            "2020-09-30",
            "--dry-run",
        ],
    ));
    // 108 to 112 were submitted in October.
    assert!(
        out.contains("row errors (5; by column: \"EndDate\" 5)"),
        "{out}"
    );
    assert!(
        out.contains(
            "row 8 (RespondentID 108), column \"EndDate\", value \"2020-10-01 11:11\": submitted at \
             2020-10-01 11:11:00 UTC, outside the wave's period 2020-09-01 00:00:00 UTC - \
             2020-10-01 00:00:00 UTC"
        ),
        "{out}"
    );
    let out = ok(&import(
        &db,
        GOOD,
        MAPPING,
        &["--opens", "2020-09-01", "--closes", "2020-10-31"],
    ));
    assert!(
        out.contains("(closed, 2020-09-01 00:00 - 2020-11-01 00:00 UTC): 12 responses"),
        "{out}"
    );
}

// ------------------------------------------------------------------ XLSX and Parquet

/// The good CSV's cells (it has no quoted cells).
fn good_rows() -> (Vec<String>, Vec<Vec<String>>) {
    let text = std::fs::read_to_string(root().join(GOOD)).unwrap();
    let mut lines = text.lines();
    let split = |l: &str| l.split(',').map(str::to_owned).collect::<Vec<_>>();
    let header = split(lines.next().unwrap());
    (header, lines.map(split).collect())
}

/// The good file as a spreadsheet would hold it: numbers as numbers (codes 1 become 1.0),
/// submission times as date cells, a sheet named "Data" after a sheet of notes.
fn write_xlsx(path: &Path) {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let (header, rows) = good_rows();
    let mut book = Workbook::new();
    let notes = book.add_worksheet();
    notes.set_name("Notes").unwrap();
    notes
        .write_string(0, 0, "Exported from the 2020 survey tool")
        .unwrap();
    let sheet = book.add_worksheet();
    sheet.set_name("Data").unwrap();
    let date = Format::new().set_num_format("yyyy-mm-dd hh:mm");
    for (c, h) in header.iter().enumerate() {
        sheet.write_string(0, c as u16, h).unwrap();
    }
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, cell) in row.iter().enumerate() {
            let c = c as u16;
            if cell.is_empty() {
                continue;
            }
            if header[c as usize] == "EndDate" {
                let t = ExcelDateTime::parse_from_str(&format!("{cell}:00")).unwrap();
                sheet.write_datetime_with_format(r, c, &t, &date).unwrap();
            } else if let Ok(n) = cell.parse::<f64>() {
                sheet.write_number(r, c, n).unwrap();
            } else {
                sheet.write_string(r, c, cell).unwrap();
            }
        }
    }
    book.save(path).unwrap();
}

/// The good file as a Parquet file from an analysis tool: integer code columns (NA is
/// null), the multiple choice as a list of codes, floats for the 0-10 scale and the year.
fn write_parquet(path: &Path) {
    use polars::prelude::*;
    let (header, rows) = good_rows();
    let mut columns = Vec::new();
    for (c, name) in header.iter().enumerate() {
        let cells: Vec<&str> = rows.iter().map(|r| r[c].as_str()).collect();
        let present = |v: &&str| !v.is_empty() && *v != "NA";
        let column = match name.as_str() {
            "Q6" => {
                let lists: Vec<Option<Series>> = cells
                    .iter()
                    .map(|v| {
                        present(v).then(|| Series::new("".into(), v.split(';').collect::<Vec<_>>()))
                    })
                    .collect();
                let list: ListChunked = lists.into_iter().collect();
                list.with_name(name.into()).into_column()
            }
            "Q8" | "Q9" => Column::new(
                name.into(),
                cells
                    .iter()
                    .map(|v| present(v).then(|| v.parse::<f64>().unwrap()))
                    .collect::<Vec<_>>(),
            ),
            "RespondentID" | "Q1" | "Q4" | "Q5_1" | "Q5_2" | "Q7_1" | "Q7_2" | "Q7_11" => {
                Column::new(
                    name.into(),
                    cells
                        .iter()
                        .map(|v| present(v).then(|| v.parse::<i64>().unwrap()))
                        .collect::<Vec<_>>(),
                )
            }
            _ => Column::new(
                name.into(),
                cells
                    .iter()
                    .map(|v| (!v.is_empty()).then_some(*v))
                    .collect::<Vec<_>>(),
            ),
        };
        columns.push(column);
    }
    let mut df = DataFrame::new_infer_height(columns).unwrap();
    ParquetWriter::new(std::fs::File::create(path).unwrap())
        .finish(&mut df)
        .unwrap();
}

/// The analysis of a database's 2020 wave, as JSON text.
fn analysis(db: &TestDb) -> String {
    ok(&atmos(
        &db.url,
        &[
            "analyze",
            "--survey",
            SURVEY,
            "--waves",
            "2020",
            "--unweighted",
            "--min-n",
            "0",
            "--format",
            "json",
        ],
    ))
}

/// Two analyses agree: the same JSON up to the last bits of floats (response ids are random,
/// and the analysis sums in id order).
fn same_numbers(got: &str, expected: &str, what: &str) {
    fn walk(a: &serde_json::Value, b: &serde_json::Value, path: &str, what: &str) {
        use serde_json::Value;
        match (a, b) {
            (Value::Number(x), Value::Number(y)) => {
                let (x, y) = (x.as_f64().unwrap(), y.as_f64().unwrap());
                assert!(
                    (x - y).abs() <= 1e-12 * x.abs().max(1.0),
                    "{what}: {path}: {x} != {y}"
                );
            }
            (Value::Array(x), Value::Array(y)) => {
                assert_eq!(x.len(), y.len(), "{what}: {path}");
                for (i, (x, y)) in x.iter().zip(y).enumerate() {
                    walk(x, y, &format!("{path}[{i}]"), what);
                }
            }
            (Value::Object(x), Value::Object(y)) => {
                assert_eq!(
                    x.keys().collect::<Vec<_>>(),
                    y.keys().collect::<Vec<_>>(),
                    "{what}: {path}"
                );
                for (k, v) in x {
                    walk(v, &y[k], &format!("{path}.{k}"), what);
                }
            }
            _ => assert_eq!(a, b, "{what}: {path}"),
        }
    }
    let got: serde_json::Value = serde_json::from_str(got).unwrap();
    let expected: serde_json::Value = serde_json::from_str(expected).unwrap();
    walk(&got, &expected, "", what);
}

#[test]
fn xlsx_and_parquet_files_give_the_same_wave_as_the_csv() {
    let csv_db = database();
    ok(&import(&csv_db, GOOD, MAPPING, &[]));
    let expected = analysis(&csv_db);

    let dir = tempfile::tempdir().unwrap();
    let xlsx = dir.path().join("oulu-2020.xlsx");
    write_xlsx(&xlsx);
    let mapping = std::fs::read_to_string(root().join(MAPPING)).unwrap();
    let xlsx_mapping = dir.path().join("xlsx.toml");
    std::fs::write(
        &xlsx_mapping,
        mapping.replace("[file]\n", "[file]\nsheet = \"Data\"\n"),
    )
    .unwrap();
    let parquet = dir.path().join("oulu-2020.parquet");
    write_parquet(&parquet);

    for (file, mapping) in [
        (xlsx.to_str().unwrap(), xlsx_mapping.to_str().unwrap()),
        (parquet.to_str().unwrap(), MAPPING),
    ] {
        let db = database();
        let out = ok(&import(&db, file, mapping, &["--dry-run"]));
        assert!(
            out.contains(&format!(
                "result: clean: {RESPONSES} responses with {ANSWERS} answers"
            )),
            "{file}:\n{out}"
        );
        let out = ok(&import(&db, file, mapping, &[]));
        assert!(
            out.contains(&format!("{RESPONSES} responses, {ANSWERS} answers")),
            "{file}:\n{out}"
        );
        assert_eq!(stored_answers(&mut db.conn()), ANSWERS - 2, "{file}");
        same_numbers(&analysis(&db), &expected, file);
    }
}
