//! The crate's one error type.

/// Why a report cannot be made. The first three are the caller's input and are shown as they
/// are by the command line.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("a report needs at least one wave; the table has none")]
    NoWaves,
    #[error("wave `{wave}` has no responses; leave it out of --waves")]
    WaveWithoutData { wave: String },
    #[error("no texts in language `{0}`")]
    UnknownLanguage(String),
    #[error(transparent)]
    Chart(#[from] atmos_charts::ChartError),
    #[error("cannot write the report's HTML: {0}")]
    Template(#[from] askama::Error),
}
