//! The crate's one error type.

/// Everything the statistical core can refuse or fail at.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AnalysisError {
    #[error("{what} has {found} rows, but the wave has {expected}")]
    LengthMismatch {
        what: &'static str,
        expected: usize,
        found: usize,
    },
    #[error("weight of row {row} is {value}: weights must be finite and positive")]
    InvalidWeight { row: usize, value: f64 },
    #[error("value of row {row} is {value}: values must be finite")]
    NonFiniteValue { row: usize, value: f64 },
    #[error("a variance needs a wave of at least 2 rows; this one has {rows}")]
    TooFewRows { rows: usize },
    #[error("estimate {estimate} is not a proportion (a share must be between 0 and 1)")]
    NotAProportion { estimate: f64 },
    #[error("confidence level {level} is not strictly between 0 and 1")]
    InvalidLevel { level: f64 },
    #[error("no degrees of freedom: the domain has a single row")]
    NoDegreesOfFreedom,
    #[error("p-value {value} at position {index} is not between 0 and 1")]
    InvalidPValue { index: usize, value: f64 },
    #[error("invalid argument to {function}: {detail}")]
    InvalidArgument {
        function: &'static str,
        detail: String,
    },
    #[error("numerical failure in {0}")]
    Numerical(&'static str),
    #[error("singular matrix in {0}")]
    Singular(&'static str),

    // Raking.
    #[error("raking needs at least one margin")]
    NoMargins,
    #[error(
        "margin `{margin}`: population count {value} of `{category}` is not a finite, non-negative number"
    )]
    InvalidPopulation {
        margin: String,
        category: String,
        value: f64,
    },
    #[error("margin `{margin}`: row {row} has category {index}, but the margin has {categories}")]
    CategoryOutOfRange {
        margin: String,
        row: usize,
        index: usize,
        categories: usize,
    },
    #[error("margin `{margin}`: `{label}` is not one of its categories")]
    UnknownCategory { margin: String, label: String },
    #[error(
        "margin `{margin}` adds up to {total}, but `{first}` adds up to {expected}: \
         all margins of a wave must share one population total"
    )]
    InconsistentTotals {
        margin: String,
        total: f64,
        first: String,
        expected: f64,
    },
    #[error(
        "margin `{margin}` does not cover the sample: {respondents} respondents are in \
         `{category}`, whose population count is 0"
    )]
    MarginNotCovering {
        margin: String,
        category: String,
        respondents: usize,
    },
    #[error("margin `{margin}`: `{category}` has population {population} but no respondents")]
    EmptyCategory {
        margin: String,
        category: String,
        population: f64,
    },
    #[error(
        "raking did not converge in {iterations} iterations: largest change of a fitted margin \
         {max_change}, tolerance {tolerance}"
    )]
    NotConverged {
        iterations: usize,
        max_change: f64,
        tolerance: f64,
    },
    #[error("trimming weights to [{lower}, {upper}] is infeasible: {detail}")]
    TrimInfeasible {
        lower: f64,
        upper: f64,
        detail: &'static str,
    },
}

pub type Result<T, E = AnalysisError> = std::result::Result<T, E>;
