//! What a check of a respondent file found: every problem (unmapped columns and codes,
//! mapping entries that do not fit, invalid rows) and what an import would store.
//!
//! Lists that name the file's structure are complete: every unmapped column, every absent
//! column, every mapping problem and every unmapped code (up to [`MAX_CODES_PER_COLUMN`]
//! distinct values per column: more means the column is not a code column at all). Row errors
//! are counted in full, per column, and the first [`MAX_ROW_ERRORS`] are shown.
//! Free text is never shown: a value of a column mapped to a text question is left out.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{DateTime, Utc};

/// Row errors shown with their row, column and value; all are counted.
pub const MAX_ROW_ERRORS: usize = 100;
/// Rows named for one unmapped code; all are counted.
pub const MAX_ROWS_PER_CODE: usize = 5;
/// Distinct unmapped values listed for one column; all are counted.
pub const MAX_CODES_PER_COLUMN: usize = 200;

/// The result of checking a file against a mapping and a questionnaire.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    /// The file (and sheet).
    pub source: String,
    /// Data rows read, not counting blank ones.
    pub rows: usize,
    /// Rows whose every cell is empty: skipped (spreadsheets often end with some).
    pub blank_rows: usize,
    /// Rows without any problem.
    pub valid_rows: usize,
    /// Answer rows the valid rows would store (one per chosen code of a multiple choice).
    pub answers: u64,
    /// Valid rows with no answer at all (imported: they count in the wave's respondents).
    pub empty_responses: usize,
    /// Responses per language.
    pub locales: BTreeMap<String, usize>,
    /// Earliest and latest submission time read from the file.
    pub submitted: Option<(DateTime<Utc>, DateTime<Utc>)>,

    /// Mapping entries that do not fit the questionnaire or contradict each other.
    pub mapping_problems: Vec<String>,
    /// Columns the mapping names that the file does not have.
    pub absent_columns: Vec<String>,
    /// File columns the mapping neither maps nor ignores.
    pub unmapped_columns: Vec<String>,
    /// Values that are neither mapped nor a valid code, per column, in file order.
    pub unmapped_codes: Vec<UnmappedCodes>,
    /// Invalid answers and other problems of single rows (the first [`MAX_ROW_ERRORS`]).
    pub row_errors: Vec<RowError>,
    pub row_error_count: usize,
    /// Row errors per column (`""` for problems of the whole row).
    pub row_errors_by_column: BTreeMap<String, usize>,

    /// Accepted: required questions (or matrix rows) that are shown but unanswered, per item,
    /// counted over valid rows. Earlier rounds had other rules; an import keeps what was
    /// answered.
    pub unanswered_required: BTreeMap<String, usize>,
    pub rows_with_unanswered_required: usize,
    /// Accepted with `skipped_answers = "drop"`: answers to questions the skip logic hides,
    /// left out.
    pub dropped_skipped: usize,
    /// Questions of the survey no column maps to (information: an earlier round may not have
    /// asked them).
    pub questions_without_column: Vec<String>,
}

/// The unmapped values of one column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnmappedCodes {
    pub column: String,
    /// What the column maps to (`gender`, `trust.police`, `organisations = sports_club`,
    /// `locale`).
    pub target: String,
    /// Distinct values in order of first appearance (at most [`MAX_CODES_PER_COLUMN`]).
    pub values: Vec<CodeCount>,
    /// Distinct values in all.
    pub distinct: usize,
    /// Cells with an unmapped value in all.
    pub cells: usize,
}

/// One unmapped value, how often it occurs and where first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeCount {
    pub value: String,
    pub count: usize,
    /// The first [`MAX_ROWS_PER_CODE`] rows (`row 4` or `row 4 (ID 1042)`).
    pub rows: Vec<String>,
}

/// One problem of one row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// `row 4` (data rows from 1, the header not counted) or `row 4 (RespondentID 1042)`.
    pub row: String,
    /// The file column(s), or `""` for the whole row.
    pub column: String,
    /// The question item, if the problem is an answer's.
    pub item: Option<String>,
    /// The value as read; `None` for free text (never shown) or when there is none.
    pub value: Option<String>,
    pub message: String,
}

impl Report {
    /// Whether an import may store the file: no problem of any kind.
    pub fn is_clean(&self) -> bool {
        self.problem_count() == 0
    }

    /// Problems in all (each unmapped value of a column counts once).
    pub fn problem_count(&self) -> usize {
        self.mapping_problems.len()
            + self.absent_columns.len()
            + self.unmapped_columns.len()
            + self
                .unmapped_codes
                .iter()
                .map(|c| c.distinct)
                .sum::<usize>()
            + self.row_error_count
    }

    /// Rows that have at least one problem.
    pub fn invalid_rows(&self) -> usize {
        self.rows - self.valid_rows
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "file: {}", self.source)?;
        let blank = if self.blank_rows > 0 {
            format!(
                " ({} skipped)",
                plural(self.blank_rows, "blank row", "blank rows")
            )
        } else {
            String::new()
        };
        writeln!(
            f,
            "rows: {}{blank}; valid: {}; invalid: {}",
            self.rows,
            self.valid_rows,
            self.invalid_rows()
        )?;
        writeln!(
            f,
            "answers the valid rows would store: {} ({} without any answer)",
            self.answers,
            plural(self.empty_responses, "response", "responses")
        )?;
        if !self.locales.is_empty() {
            let locales: Vec<String> = self
                .locales
                .iter()
                .map(|(l, n)| format!("{l} {n}"))
                .collect();
            writeln!(f, "languages: {}", locales.join(", "))?;
        }
        if let Some((first, last)) = self.submitted {
            writeln!(f, "submitted: {first} - {last}")?;
        }

        if !self.mapping_problems.is_empty() {
            writeln!(f, "\nmapping problems ({}):", self.mapping_problems.len())?;
            for p in &self.mapping_problems {
                writeln!(f, "  {p}")?;
            }
        }
        if !self.absent_columns.is_empty() {
            writeln!(
                f,
                "\ncolumns in the mapping that the file does not have ({}):",
                self.absent_columns.len()
            )?;
            for c in &self.absent_columns {
                writeln!(f, "  {c:?}")?;
            }
        }
        if !self.unmapped_columns.is_empty() {
            writeln!(
                f,
                "\nunmapped columns ({}): map each in [columns], or ignore it with \
                 `\"<column>\" = {{ ignore = true }}`:",
                self.unmapped_columns.len()
            )?;
            for c in &self.unmapped_columns {
                writeln!(f, "  {c:?}")?;
            }
        }
        if !self.unmapped_codes.is_empty() {
            let distinct: usize = self.unmapped_codes.iter().map(|c| c.distinct).sum();
            writeln!(
                f,
                "\nunmapped codes ({} in {}): add them to [codes.<question>] (\"\" means not \
                 answered), or to `missing`:",
                plural(distinct, "value", "values"),
                plural(self.unmapped_codes.len(), "column", "columns")
            )?;
            for column in &self.unmapped_codes {
                writeln!(
                    f,
                    "  column {:?} ({}): {} in {}",
                    column.column,
                    column.target,
                    plural(column.distinct, "value", "values"),
                    plural(column.cells, "cell", "cells"),
                )?;
                for v in &column.values {
                    let more = if v.count > v.rows.len() { ", ..." } else { "" };
                    writeln!(
                        f,
                        "    {:?} x{}: {}{more}",
                        v.value,
                        v.count,
                        v.rows.join(", ")
                    )?;
                }
                if column.distinct > column.values.len() {
                    writeln!(
                        f,
                        "    and {} more distinct values: is this column mapped to the right \
                         question?",
                        column.distinct - column.values.len()
                    )?;
                }
            }
        }
        if self.row_error_count > 0 {
            let by_column: Vec<String> = self
                .row_errors_by_column
                .iter()
                .map(|(c, n)| {
                    if c.is_empty() {
                        format!("whole row {n}")
                    } else {
                        format!("{c:?} {n}")
                    }
                })
                .collect();
            writeln!(
                f,
                "\nrow errors ({}; by column: {}):",
                self.row_error_count,
                by_column.join(", ")
            )?;
            for e in &self.row_errors {
                write!(f, "  {}", e.row)?;
                if !e.column.is_empty() {
                    write!(f, ", column {:?}", e.column)?;
                }
                if let Some(item) = &e.item {
                    write!(f, " ({item})")?;
                }
                if let Some(value) = &e.value {
                    write!(f, ", value {value:?}")?;
                }
                writeln!(f, ": {}", e.message)?;
            }
            if self.row_error_count > self.row_errors.len() {
                writeln!(
                    f,
                    "  ... and {} more",
                    self.row_error_count - self.row_errors.len()
                )?;
            }
        }

        if self.rows_with_unanswered_required > 0 || self.dropped_skipped > 0 {
            writeln!(f, "\naccepted as they are:")?;
        }
        if self.rows_with_unanswered_required > 0 {
            let items: Vec<String> = self
                .unanswered_required
                .iter()
                .map(|(i, n)| format!("{i} {n}"))
                .collect();
            writeln!(
                f,
                "  {} leave required questions unanswered (earlier rounds had their own \
                 rules; what was answered is kept): {}",
                plural(self.rows_with_unanswered_required, "row", "rows"),
                items.join(", ")
            )?;
        }
        if self.dropped_skipped > 0 {
            writeln!(
                f,
                "  {} to questions the skip logic hides were left out (skipped_answers = \"drop\")",
                plural(self.dropped_skipped, "answer", "answers")
            )?;
        }
        if !self.questions_without_column.is_empty() {
            writeln!(
                f,
                "\nquestions without a column (not imported): {}",
                self.questions_without_column.join(", ")
            )?;
        }
        Ok(())
    }
}
