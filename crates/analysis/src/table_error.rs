//! Why an indicator table could not be built: the request, the data, or the weighting. Each
//! variant names what is wrong and where. Variants wrapping another error (`Read`,
//! `Weighting`, `Estimation`, `Distribution`) carry it as their `source`: print the whole chain (anyhow's
//! `{:#}`) to see it.

use crate::error::AnalysisError;

/// A problem that stops a run; nothing of the table is produced.
#[derive(Debug, thiserror::Error)]
pub enum TableError {
    #[error("unknown indicator `{id}`; the survey has: {known}")]
    UnknownIndicator { id: String, known: String },
    #[error("unknown breakdown `{id}`; the survey has: {known}")]
    UnknownBreakdown { id: String, known: String },
    #[error("{0}")]
    InvalidRequest(String),
    #[error("option set `{set}` has {count} options; the analysis handles at most 64")]
    TooManyOptions { set: String, count: usize },

    #[error("the data have no wave `{wave}`; they have: {available}")]
    UnknownWave { wave: String, available: String },
    #[error("wave `{wave}` has no respondents")]
    NoRespondents { wave: String },
    #[error("wave `{wave}` has {rows} respondent(s); estimates need at least 2")]
    TooFewRespondents { wave: String, rows: usize },

    #[error("{input}: {}", .columns.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    MissingColumns {
        input: String,
        columns: Vec<MissingColumn>,
    },
    #[error(
        "{input}: unexpected column(s) {}: a respondent file has `wave`, optionally `response_id` \
         and `weight` (or the weight column named), and columns named like the survey's answer fields (`question` or \
         `question.row`)",
        .columns.join(", ")
    )]
    UnexpectedColumns { input: String, columns: Vec<String> },
    #[error(
        "{input}: column `{column}` holds free text; atmos never analyses free text, remove the column"
    )]
    FreeTextColumn { input: String, column: String },
    #[error("{input}: not a long answer export: expected the header `{expected}`, found `{found}`")]
    NotAnExport {
        input: String,
        expected: String,
        found: String,
    },
    #[error("{input}: {row} has no wave")]
    MissingWave { input: String, row: String },
    #[error("{0}")]
    InvalidCode(Box<InvalidCode>),
    #[error("{input}: column `{column}` has several codes ({row}), but its question takes one")]
    SeveralCodes {
        input: String,
        column: String,
        row: String,
    },
    #[error("{input}: column `{column}` has `{value}` ({row}), which is not a number")]
    InvalidNumber {
        input: String,
        column: String,
        row: String,
        value: String,
    },
    #[error(
        "{input}: column `{column}` has {value} ({row}), outside the question's range [{min}, {max}]"
    )]
    NumberOutOfRange {
        input: String,
        column: String,
        row: String,
        value: f64,
        min: f64,
        max: f64,
    },
    #[error("{input}: weight `{value}` ({row}) is not a finite, positive number")]
    InvalidWeight {
        input: String,
        row: String,
        value: String,
    },
    #[error("reading {input}")]
    Read {
        input: String,
        #[source]
        error: polars::error::PolarsError,
    },

    #[error(
        "the survey has no population margins for wave `{wave}` (margins.toml has {available}): \
         add them, or analyse without weights (--unweighted)"
    )]
    NoMargins { wave: String, available: String },
    #[error("weighting wave `{wave}`")]
    Weighting {
        wave: String,
        #[source]
        source: AnalysisError,
    },
    #[error("indicator `{indicator}`, wave `{wave}`")]
    Estimation {
        indicator: String,
        wave: String,
        #[source]
        source: AnalysisError,
    },
    #[error("the distribution of `{item}`, wave(s) {wave}")]
    Distribution {
        item: String,
        wave: String,
        #[source]
        source: AnalysisError,
    },
}

/// A column a respondent file lacks, and what needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingColumn {
    pub column: String,
    pub needed_by: Vec<String>,
}

impl std::fmt::Display for MissingColumn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "missing column `{}`", self.column)?;
        if !self.needed_by.is_empty() {
            write!(f, " (needed by {})", self.needed_by.join(", "))?;
        }
        Ok(())
    }
}

/// A value of a code column that is not a code of the item's option set.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "{input}: column `{column}` has `{value}` ({row}), which is not a code of option set \
     `{set}` (codes: {codes}); {count} value(s) of the column are not codes"
)]
pub struct InvalidCode {
    pub input: String,
    pub column: String,
    /// The first value that is not a code.
    pub value: String,
    /// Where it is: `response <id>` or `row <n>`.
    pub row: String,
    pub set: String,
    /// The set's codes.
    pub codes: String,
    /// How many values of the column are not codes.
    pub count: usize,
}
