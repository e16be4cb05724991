//! The mapping file (TOML): how a respondent file's columns and codes become question ids and
//! option codes. The format is documented in the crate's README.md.
//!
//! Reading a mapping only checks its syntax and its fields (unknown fields are errors, so a
//! typo never silently changes the meaning); whether its entries fit the questionnaire and the
//! file is checked by [`crate::Importer::new`], which reports every problem at once.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::ImportError;

/// A parsed mapping file.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    #[serde(default)]
    pub file: FileOptions,
    /// File column -> target: `"question"`, `"question.row"`, or a table
    /// (`{ question, row, option, ignore }`). Kept as raw TOML so that every entry's problem
    /// can be reported with its own message (serde's untagged enums only say "did not match").
    #[serde(default)]
    pub columns: BTreeMap<String, toml::Value>,
    /// Question id -> (source value -> option code, number, or `""` for "not answered").
    #[serde(default)]
    pub codes: BTreeMap<String, BTreeMap<String, toml::Value>>,
    /// Source value of the locale column -> language tag.
    #[serde(default)]
    pub locales: BTreeMap<String, String>,
}

/// The `[file]` table: how to read the file and its special columns.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileOptions {
    /// `csv`, `xlsx` or `parquet`; by default from the file's extension.
    pub format: Option<String>,
    /// XLSX: the sheet to read (default: the first).
    pub sheet: Option<String>,
    /// CSV: the delimiter, one character (`","`, `";"`, `"\t"`); by default guessed from the
    /// header line.
    pub delimiter: Option<String>,
    /// A column with the respondent's id in the other tool, used in messages (never stored).
    pub id_column: Option<String>,
    /// Values meaning "not answered", in every column (an empty cell always is).
    pub missing: Option<Vec<String>>,
    /// Separator of several codes in one cell of a multiple-choice column (default `;`).
    pub choice_separator: Option<String>,
    /// Values of a one-column-per-option column meaning "chosen" (default `1`, `true`).
    pub checked: Option<Vec<String>>,
    /// Values of a one-column-per-option column meaning "not chosen" (default `0`, `false`).
    pub unchecked: Option<Vec<String>>,
    /// The language every response was given in (default: the survey's default locale).
    pub locale: Option<String>,
    /// A column with each response's language (mapped through `[locales]`).
    pub locale_column: Option<String>,
    /// A column with each response's submission time; without it, times are spread evenly
    /// over the wave's period in file order.
    pub submitted_column: Option<String>,
    /// chrono format of the submission times when they are in none of the forms understood
    /// anyway (RFC 3339, `YYYY-MM-DD`, `YYYY-MM-DD HH:MM[:SS]`, spreadsheet dates).
    pub submitted_format: Option<String>,
    /// What to do with an answer to a question that the survey's skip logic hides for that
    /// respondent: `error` (default: the row is invalid) or `drop` (left out and counted).
    pub skipped_answers: Option<SkippedAnswers>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SkippedAnswers {
    #[default]
    Error,
    Drop,
}

impl Mapping {
    /// Reads and parses a mapping file.
    pub fn load(path: &Path) -> Result<Mapping, ImportError> {
        let text = std::fs::read_to_string(path).map_err(|source| ImportError::Io {
            path: path.to_owned(),
            source,
        })?;
        Mapping::parse(&text, path)
    }

    /// Parses a mapping; `path` is only used in messages.
    pub fn parse(text: &str, path: &Path) -> Result<Mapping, ImportError> {
        toml::from_str(text).map_err(|e| ImportError::Mapping {
            path: PathBuf::from(path),
            // toml's message has the line, the column and the offending text.
            message: e.to_string().trim_end().to_owned(),
        })
    }
}

/// What a `[columns]` entry says, once read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A question, or a matrix row.
    Item {
        question: String,
        row: Option<String>,
    },
    /// One option of a choice question: the column says whether it was chosen.
    Option {
        question: String,
        option: String,
    },
    Ignore,
}

/// Reads one `[columns]` entry; the error says what is wrong with it.
pub fn target(value: &toml::Value) -> Result<Target, String> {
    match value {
        toml::Value::String(s) => Ok(item_target(s)),
        toml::Value::Table(table) => {
            let mut question = None;
            let mut row = None;
            let mut option = None;
            let mut ignore = false;
            for (key, v) in table {
                match (key.as_str(), v) {
                    ("question", toml::Value::String(s)) => question = Some(s.clone()),
                    ("row", toml::Value::String(s)) => row = Some(s.clone()),
                    ("option", toml::Value::String(s)) => option = Some(s.clone()),
                    ("ignore", toml::Value::Boolean(b)) => ignore = *b,
                    ("question" | "row" | "option", _) => {
                        return Err(format!("`{key}` must be a string"));
                    }
                    ("ignore", _) => return Err("`ignore` must be true or false".to_owned()),
                    _ => {
                        return Err(format!(
                            "unknown key `{key}` (a column table has `question`, `row`, \
                             `option` or `ignore`)"
                        ));
                    }
                }
            }
            match (question, row, option, ignore) {
                (None, None, None, true) => Ok(Target::Ignore),
                (_, _, _, true) => {
                    Err("`ignore = true` cannot be combined with a question".to_owned())
                }
                (None, None, None, false) => Err(
                    "names no question (use `{ question = \"...\" }` or `{ ignore = true }`)"
                        .to_owned(),
                ),
                (None, _, _, false) => Err("`row` or `option` needs a `question`".to_owned()),
                (Some(_), Some(_), Some(_), false) => {
                    Err("a column is a matrix `row` or one `option`, not both".to_owned())
                }
                (Some(question), None, Some(option), false) => {
                    Ok(Target::Option { question, option })
                }
                (Some(question), row, None, false) => {
                    if row.is_none() && question.contains('.') {
                        Ok(item_target(&question))
                    } else {
                        Ok(Target::Item { question, row })
                    }
                }
            }
        }
        other => Err(format!(
            "must be a question id (\"question\" or \"question.row\") or a table, found {}",
            other.type_str()
        )),
    }
}

fn item_target(s: &str) -> Target {
    match s.split_once('.') {
        Some((question, row)) => Target::Item {
            question: question.to_owned(),
            row: Some(row.to_owned()),
        },
        None => Target::Item {
            question: s.to_owned(),
            row: None,
        },
    }
}

/// What a `[codes]` value says: a value for the answer, or "not answered" (`""`).
pub fn code_target(value: &toml::Value) -> Result<Option<String>, String> {
    match value {
        toml::Value::String(s) if s.trim().is_empty() => Ok(None),
        toml::Value::String(s) => Ok(Some(s.trim().to_owned())),
        toml::Value::Integer(i) => Ok(Some(i.to_string())),
        toml::Value::Float(f) if f.is_finite() => Ok(Some(f.to_string())),
        other => Err(format!(
            "must be an option code, a number or \"\" (not answered), found {}",
            other.type_str()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Mapping, ImportError> {
        Mapping::parse(text, Path::new("m.toml"))
    }

    fn value(text: &str) -> toml::Value {
        let doc: toml::Table = toml::from_str(&format!("x = {text}")).unwrap();
        doc["x"].clone()
    }

    #[test]
    fn the_readme_example_parses() {
        let m = parse(
            r#"
            [file]
            sheet = "Data"
            id_column = "RespondentID"
            missing = ["", "NA", "99"]
            choice_separator = ";"
            locale = "fi"
            submitted_column = "EndDate"
            skipped_answers = "drop"
            [columns]
            Q1 = "gender"
            Q5_1 = "trust.police"
            Q7_1 = { question = "organisations", option = "sports_club" }
            Timestamp = { ignore = true }
            [codes.gender]
            "1" = "female"
            "2" = "male"
            "9" = ""
            [codes.year_moved_finland]
            "before 1950" = 1949
            [locales]
            "1" = "fi"
            "#,
        )
        .unwrap();
        assert_eq!(m.file.sheet.as_deref(), Some("Data"));
        assert_eq!(m.file.skipped_answers, Some(SkippedAnswers::Drop));
        assert_eq!(m.columns.len(), 4);
        assert_eq!(m.codes["gender"].len(), 3);
        assert_eq!(m.locales["1"], "fi");
    }

    #[test]
    fn unknown_fields_and_bad_syntax_are_errors_with_their_line() {
        let err = parse("[file]\nmising = [\"NA\"]\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("mising") && err.contains("line 2"), "{err}");
        let err = parse("[file]\nlocale = \"fi\"\n[columns\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("mapping m.toml:") && err.contains("line 3"),
            "{err}"
        );
        let err = parse("[file]\nskipped_answers = \"ignore\"\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("ignore"), "{err}");
        let err = parse("[wave]\nlabel = \"2020\"\n").unwrap_err().to_string();
        assert!(err.contains("wave"), "{err}");
    }

    #[test]
    fn column_targets() {
        let item = |q: &str, r: Option<&str>| Target::Item {
            question: q.to_owned(),
            row: r.map(str::to_owned),
        };
        assert_eq!(target(&value("\"gender\"")), Ok(item("gender", None)));
        assert_eq!(
            target(&value("\"trust.police\"")),
            Ok(item("trust", Some("police")))
        );
        assert_eq!(
            target(&value("{ question = \"trust\", row = \"police\" }")),
            Ok(item("trust", Some("police")))
        );
        assert_eq!(
            target(&value("{ question = \"trust.police\" }")),
            Ok(item("trust", Some("police")))
        );
        assert_eq!(
            target(&value(
                "{ question = \"organisations\", option = \"none\" }"
            )),
            Ok(Target::Option {
                question: "organisations".to_owned(),
                option: "none".to_owned()
            })
        );
        assert_eq!(target(&value("{ ignore = true }")), Ok(Target::Ignore));
        for (bad, says) in [
            ("3", "found integer"),
            ("{ ignore = true, question = \"x\" }", "cannot be combined"),
            ("{ ignore = \"yes\" }", "true or false"),
            ("{ option = \"x\" }", "needs a `question`"),
            (
                "{ question = \"q\", row = \"r\", option = \"o\" }",
                "not both",
            ),
            ("{ questoin = \"q\" }", "unknown key `questoin`"),
            ("{}", "names no question"),
            ("{ question = 1 }", "must be a string"),
        ] {
            let err = target(&value(bad)).unwrap_err();
            assert!(err.contains(says), "{bad}: {err}");
        }
    }

    #[test]
    fn code_targets() {
        assert_eq!(code_target(&value("\"female\"")), Ok(Some("female".into())));
        assert_eq!(code_target(&value("\"\"")), Ok(None));
        assert_eq!(code_target(&value("1949")), Ok(Some("1949".into())));
        assert_eq!(code_target(&value("2.5")), Ok(Some("2.5".into())));
        assert!(
            code_target(&value("true"))
                .unwrap_err()
                .contains("found boolean")
        );
        assert!(code_target(&value("[\"a\"]")).is_err());
    }
}
