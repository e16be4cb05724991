//! The importer on the bundled Oulu survey with small in-memory tables: mapping problems,
//! code mapping, validation (codes, ranges, exclusive options, rules, skip logic), the report,
//! and the responses of a clean file. No database.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use atmos_import::{Importer, Mapping, Period, Report, Source, TextTable};
use atmos_store::AnswerValue;
use atmos_survey::Survey;
use chrono::{DateTime, Utc};

fn survey() -> &'static Survey {
    static SURVEY: OnceLock<Survey> = OnceLock::new();
    SURVEY.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../surveys/oulu-atmosphere");
        atmos_survey::load(&dir)
            .expect("the bundled survey loads")
            .survey
    })
}

fn mapping(text: &str) -> Mapping {
    Mapping::parse(text, Path::new("mapping.toml")).unwrap()
}

/// A source from CSV-like text: `|` separates cells, one line per row, the first the header.
fn table(text: &str) -> Source {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let split = |l: &str| -> Vec<Option<String>> {
        l.split('|')
            .map(|c| Some(c.trim().to_owned()).filter(|c| !c.is_empty()))
            .collect()
    };
    let headers = split(lines.next().unwrap())
        .into_iter()
        .map(Option::unwrap_or_default)
        .collect();
    let rows = lines.map(split).collect();
    Source::table("test table", TextTable { headers, rows }).unwrap()
}

fn check(map: &str, data: &str) -> Report {
    let source = table(data);
    let mapping = mapping(map);
    let importer = Importer::new(survey(), &mapping, source.headers());
    importer.check(&source, None).unwrap()
}

fn at(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

const BASE: &str = r#"
[file]
id_column = "ID"
missing = ["NA", "99"]
[columns]
Q1 = "gender"
Q2 = "age_band"
Q3 = "disc_any"
[codes.gender]
"1" = "female"
"2" = "male"
"9" = ""
[codes.disc_any]
"1" = "yes"
"2" = "no"
"#;

#[test]
fn a_clean_file_reports_its_counts() {
    let report = check(
        BASE,
        "ID | Q1 | Q2 | Q3
         a1 | 1 | 18_24 | 2
         a2 | male | 30_39 | NA
         a3 | 9 | 99 | 1
         |  |  |
         a4 |  | 65_plus | no",
    );
    assert!(report.is_clean(), "{report}");
    assert_eq!(report.rows, 4);
    assert_eq!(report.blank_rows, 1);
    assert_eq!(report.valid_rows, 4);
    // a1: 3 answers; a2: 2; a3: disc_any only; a4: 2.
    assert_eq!(report.answers, 8);
    assert_eq!(report.locales["fi"], 4);
    // Required questions left unanswered are accepted and counted: gender (a3, a4),
    // age_band (a3), and those no column maps to (every row).
    assert_eq!(report.rows_with_unanswered_required, 4);
    assert_eq!(report.unanswered_required["gender"], 2);
    assert_eq!(report.unanswered_required["age_band"], 1);
    assert_eq!(report.unanswered_required["district"], 4);
    assert_eq!(report.unanswered_required["disc_any"], 1);
    assert!(
        report
            .questions_without_column
            .contains(&"district".to_owned())
    );
    let text = report.to_string();
    assert!(
        text.contains("4 rows leave required questions unanswered"),
        "{text}"
    );
}

#[test]
fn every_mapping_problem_is_reported() {
    let report = check(
        r#"
        [file]
        id_column = "Respondent"
        locale = "fi_FI"
        [columns]
        Q1 = "gendr"
        Q2 = "trust"
        Q3 = "trust.polise"
        Q4 = "gender.x"
        Q5 = { question = "organisations", option = "chess" }
        Q6 = { question = "trust", option = "1" }
        Q7 = "age_band"
        Q8 = "age_band"
        Q9 = 3
        Q10 = { question = "organisations", option = "none" }
        Q11 = "organisations"
        Absent = "district"
        [codes.gendr]
        "1" = "female"
        [codes.gender]
        "1" = "woman"
        [codes.comments]
        "1" = "x"
        [codes.year_moved_finland]
        "x" = "before"
        [locales]
        "1" = "fi"
        "#,
        "Q1 | Q2 | Q3 | Q4 | Q5 | Q6 | Q7 | Q8 | Q9 | Q10 | Q11 | Extra | Other
         1 | 1 | 1 | 1 | 1 | 1 | 18_24 | 18_24 | 1 | 1 | 1 | 1 | 1",
    );
    assert!(!report.is_clean());
    let problems = report.mapping_problems.join("\n");
    for expected in [
        "[file] locale = \"fi_FI\": not a language tag",
        "[columns] \"Q1\": no question \"gendr\" in survey oulu-atmosphere",
        "[columns] \"Q2\": trust is a matrix: map one column per row, e.g. \"trust.city_services\"",
        "[columns] \"Q3\": matrix trust has no row \"polise\"",
        "[columns] \"Q4\": gender is a single question; only a matrix has rows",
        "[columns] \"Q5\": \"chess\" is not a code of option set organisations",
        "[columns] \"Q6\": trust is a matrix question; a column per option",
        "[columns] \"Q8\": age_band is also mapped from column \"Q7\"",
        "[columns] \"Q9\": must be a question id",
        "[columns] \"Q11\": organisations is also mapped one column per option",
        "[codes.gendr]: no question \"gendr\"",
        "[codes.gender] \"1\" = \"woman\": \"woman\" is not a code of option set gender",
        "[codes.gender]: no column is mapped to gender",
        "[codes.comments]: comments is free text",
        "[codes.year_moved_finland]: no column is mapped to year_moved_finland",
        "[codes.year_moved_finland] \"x\" = \"before\": \"before\" is not a number",
        "[locales] needs a [file] locale_column",
    ] {
        assert!(
            problems.contains(expected),
            "{expected}\nnot in\n{problems}"
        );
    }
    assert_eq!(
        report.absent_columns,
        ["Respondent (from [file] id_column)", "Absent"]
    );
    assert_eq!(report.unmapped_columns, ["Extra", "Other"]);
    let text = report.to_string();
    assert!(text.contains("unmapped columns (2)"), "{text}");
    assert!(
        text.contains("\"Extra\"") && text.contains("\"Other\""),
        "{text}"
    );
}

/// A column, its target, and its unmapped values with their counts.
type ColumnSummary<'a> = (&'a str, &'a str, Vec<(&'a str, usize)>);

#[test]
fn every_unmapped_code_is_reported_with_count_and_rows() {
    let report = check(
        &format!(
            "{BASE}\n[columns.\"Q4\"]\nquestion = \"organisations\"\n\
             [columns.\"Q5\"]\nquestion = \"disc_ground\"\n"
        ),
        "ID | Q1 | Q2 | Q3 | Q4 | Q5
         a1 | 3 | 18-24 | 1 | sports_club;chess | origin
         a2 | 3 | 18_24 | 2 | chess; none | 
         a3 | 1 | 18_24 | 5 | | 
         a4 | 4 | 18_24 | 2 | 99;none | ",
    );
    assert!(!report.is_clean());
    let columns: Vec<ColumnSummary> = report
        .unmapped_codes
        .iter()
        .map(|c| {
            (
                c.column.as_str(),
                c.target.as_str(),
                c.values
                    .iter()
                    .map(|v| (v.value.as_str(), v.count))
                    .collect(),
            )
        })
        .collect();
    assert_eq!(
        columns,
        [
            ("Q1", "gender", vec![("3", 2), ("4", 1)]),
            ("Q2", "age_band", vec![("18-24", 1)]),
            ("Q3", "disc_any", vec![("5", 1)]),
            ("Q4", "organisations", vec![("chess", 2)]),
        ]
    );
    assert_eq!(
        report.unmapped_codes[0].values[0].rows,
        ["row 1 (ID a1)", "row 2 (ID a2)"]
    );
    // An unmapped code is not reported again as a row error, nor are the questions whose skip
    // logic depends on it (disc_ground of a1 depends on disc_any, which is fine there).
    assert_eq!(report.row_error_count, 0, "{report}");
    assert_eq!(report.valid_rows, 0);
    assert_eq!(report.invalid_rows(), 4);
    let text = report.to_string();
    assert!(
        text.contains("unmapped codes (5 values in 4 columns)"),
        "{text}"
    );
    assert!(
        text.contains("\"3\" x2: row 1 (ID a1), row 2 (ID a2)"),
        "{text}"
    );
}

#[test]
fn answers_are_validated_like_the_form_does() {
    let report = check(
        r#"
        [file]
        id_column = "ID"
        [columns]
        Q1 = "native_language"
        Q2 = "native_language_other"
        Q3 = "region_of_birth"
        Q4 = "year_moved_finland"
        Q5 = "disc_any"
        Q6 = "disc_domain.work"
        Q7 = { question = "organisations", option = "sports_club" }
        Q8 = { question = "organisations", option = "none" }
        Q9 = "trust.police"
        "#,
        "ID | Q1 | Q2 | Q3 | Q4 | Q5 | Q6 | Q7 | Q8 | Q9
         ok | other | Tigrinya | africa_other | 2015 | yes | yes | 1 | 0 | 7
         r2 | russian | Secret words | europe | 1900 | no | yes | 1 | 1 | 11
         r3 | arabic | | asia | 2001,5 | cant_say | | 0 | 0 | 12
         r4 | somali | | asia | 20x0 | | | | |",
    );
    let errors: Vec<(String, String, Option<String>, String)> = report
        .row_errors
        .iter()
        .map(|e| {
            (
                e.row.clone(),
                e.column.clone(),
                e.value.clone(),
                e.message.clone(),
            )
        })
        .collect();
    let has = |row: &str, column: &str, value: Option<&str>, message: &str| {
        assert!(
            errors
                .iter()
                .any(|(r, c, v, m)| r.ends_with(&format!("(ID {row})"))
                    && c == column
                    && v.as_deref() == value
                    && m.contains(message)),
            "{row} {column} {message} not in {errors:#?}"
        );
    };
    // Free text answered although skipped: reported without its value.
    has(
        "r2",
        "Q2",
        None,
        "relevant = `native_language == 'other'` is false",
    );
    has("r2", "Q4", Some("1900"), "must be between 1950 and 2026");
    has(
        "r2",
        "Q6",
        Some("yes"),
        "relevant = `disc_any == 'yes'` is false",
    );
    has(
        "r2",
        "Q7, Q8",
        Some("sports_club;none"),
        "option 'none' cannot be combined",
    );
    has("r3", "Q4", Some("2001,5"), "a whole number is required");
    has("r4", "Q4", Some("20x0"), "'20x0' is not a number");
    assert!(
        !errors.iter().any(|(r, ..)| r.contains("ID ok")),
        "{errors:#?}"
    );
    assert_eq!(report.valid_rows, 1);
    let text = report.to_string();
    assert!(!text.contains("Secret words"), "free text leaked:\n{text}");
    assert!(!text.contains("Tigrinya"), "free text leaked:\n{text}");
    // Unmapped trust codes (11, 12) are reported as codes, not as row errors.
    assert_eq!(report.row_error_count, 6, "{errors:#?}");
    assert_eq!(report.unmapped_codes[0].column, "Q9");
}

#[test]
fn trust_scale_codes_and_rule_failures() {
    // trust11 codes are 0..10; r3's 12 is unmapped, not a row error.
    let report = check(
        r#"
        [columns]
        T = "trust.police"
        "#,
        "T
         0
         10
         12
         10.0",
    );
    assert_eq!(report.unmapped_codes.len(), 1);
    let values: Vec<&str> = report.unmapped_codes[0]
        .values
        .iter()
        .map(|v| v.value.as_str())
        .collect();
    assert_eq!(values, ["12", "10.0"]);
    assert_eq!(report.valid_rows, 2);
}

#[test]
fn skip_logic_errors_do_not_cascade_from_a_bad_answer() {
    // disc_any is unmapped ("5"): disc_domain's relevance cannot be known, so it is not
    // reported as skipped; the row is invalid through the unmapped code alone.
    let report = check(
        r#"
        [columns]
        A = "disc_any"
        B = "disc_domain.work"
        "#,
        "A | B
         5 | yes",
    );
    assert_eq!(report.row_error_count, 0, "{report}");
    assert_eq!(report.unmapped_codes.len(), 1);
}

#[test]
fn skipped_answers_can_be_dropped_and_counted() {
    let report = check(
        r#"
        [file]
        skipped_answers = "drop"
        [columns]
        A = "disc_any"
        B = "disc_domain.work"
        C = "disc_domain.housing"
        "#,
        "A | B | C
         no | yes | no
         yes | yes | no",
    );
    assert!(report.is_clean(), "{report}");
    assert_eq!(report.dropped_skipped, 2);
    assert_eq!(report.answers, 1 + 3);
}

#[test]
fn duplicate_ids_and_wide_rows_are_row_errors() {
    let source = Source::table(
        "t",
        TextTable {
            headers: vec!["ID".into(), "G".into()],
            rows: vec![
                vec![Some("x".into()), Some("male".into())],
                vec![Some("x".into()), Some("female".into())],
                vec![Some("y".into()), Some("male".into()), Some("extra".into())],
                vec![Some("z".into()), Some("male".into()), None],
            ],
        },
    )
    .unwrap();
    let mapping = mapping("[file]\nid_column = \"ID\"\n[columns]\nG = \"gender\"\n");
    let importer = Importer::new(survey(), &mapping, source.headers());
    let report = importer.check(&source, None).unwrap();
    let messages: Vec<&str> = report
        .row_errors
        .iter()
        .map(|e| e.message.as_str())
        .collect();
    assert_eq!(
        messages,
        [
            "the same respondent id as row 1 (ID x)",
            "has 3 cells, but the header has 2 columns"
        ]
    );
    assert_eq!(report.valid_rows, 2);
}

#[test]
fn locales_and_submission_times() {
    let map = r#"
        [file]
        locale_column = "Lang"
        submitted_column = "End"
        submitted_format = "%d.%m.%Y %H:%M"
        [columns]
        G = "gender"
        [locales]
        "1" = "fi"
        "2" = "en"
        "Somali" = "so"
    "#;
    let data = "Lang | End | G
         1 | 14.09.2020 12:30 | male
         en | 2020-09-20 | female
         Somali | 2020-10-01T08:00:00Z | female
         3 | 2020-10-02 10:00 | male
         1 | 31.12.2020 10:00 | male
         2 | yesterday | male";
    let report = check(map, data);
    assert_eq!(report.unmapped_codes.len(), 1);
    assert_eq!(report.unmapped_codes[0].column, "Lang");
    assert_eq!(report.unmapped_codes[0].target, "locale");
    assert_eq!(report.unmapped_codes[0].values[0].value, "3");
    assert_eq!(report.row_error_count, 1);
    assert!(report.row_errors[0].message.starts_with("not a time"));
    assert_eq!(
        report.submitted,
        Some((at("2020-09-14T12:30:00Z"), at("2020-12-31T10:00:00Z")))
    );
    assert_eq!(report.locales["fi"], 2);
    assert_eq!(report.locales["en"], 1);
    assert_eq!(report.locales["so"], 1);

    // With a period, a time outside it is an error.
    let source = table(data);
    let mapping = mapping(map);
    let importer = Importer::new(survey(), &mapping, source.headers());
    let period = Period {
        opens: at("2020-09-01T00:00:00Z"),
        closes: at("2020-11-01T00:00:00Z"),
    };
    let report = importer.check(&source, Some(&period)).unwrap();
    assert!(
        report
            .row_errors
            .iter()
            .any(|e| e.row == "row 5" && e.message.contains("outside the wave's period")),
        "{report}"
    );
}

#[test]
fn a_clean_file_becomes_responses() {
    let source = table(
        "ID | Q1 | Q2 | Q3 | O1 | O2
         a1 | 1 | 18_24 | 2 | 1 | 0
         a2 | male | 30_39 | NA | 0 | 0
         a3 | 9 | 99 | 1 | 1 | 1",
    );
    let mapping = mapping(&format!(
        "{BASE}\n[columns.O1]\nquestion = \"organisations\"\noption = \"sports_club\"\n\
         [columns.O2]\nquestion = \"organisations\"\noption = \"trade_union\"\n"
    ));
    let importer = Importer::new(survey(), &mapping, source.headers());
    let report = importer.check(&source, None).unwrap();
    assert!(report.is_clean(), "{report}");
    let period = Period {
        opens: at("2020-09-01T00:00:00Z"),
        closes: at("2020-09-04T00:00:00Z"),
    };
    let responses: Vec<_> = importer
        .responses(&source, period, report.rows)
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(responses.len(), 3);
    let answers: usize = responses.iter().map(|r| r.answers.len()).sum();
    assert_eq!(answers as u64, report.answers);
    assert_eq!(answers, 4 + 2 + 3);
    // Spread over the three days, each in the middle of its day.
    let times: Vec<DateTime<Utc>> = responses.iter().map(|r| r.submitted_at).collect();
    assert_eq!(
        times,
        [
            at("2020-09-01T12:00:00Z"),
            at("2020-09-02T12:00:00Z"),
            at("2020-09-03T12:00:00Z")
        ]
    );
    let a3: Vec<(&str, &AnswerValue)> = responses[2]
        .answers
        .iter()
        .map(|a| (a.question_id.as_str(), &a.value))
        .collect();
    assert_eq!(
        a3,
        [
            ("disc_any", &AnswerValue::Option("yes".into())),
            ("organisations", &AnswerValue::Option("sports_club".into())),
            ("organisations", &AnswerValue::Option("trade_union".into())),
        ]
    );
    assert_eq!(
        Period::covering(at("2020-09-14T12:30:00Z"), at("2020-10-02T23:59:00Z")),
        Period {
            opens: at("2020-09-14T00:00:00Z"),
            closes: at("2020-10-03T00:00:00Z"),
        }
    );
}
