//! What can go wrong while serving, and how each case reaches the resident.

/// The web crate's error type. Resident-facing pages are rendered by the handlers; this
/// carries the kind so handlers and middleware can pick a status and a localized page.
#[derive(Debug, thiserror::Error)]
pub enum WebError {
    #[error(transparent)]
    Store(#[from] atmos_store::StoreError),
    #[error(transparent)]
    I18n(#[from] atmos_i18n::I18nError),
    #[error("stored questionnaire {id} cannot be read: {source}")]
    Questionnaire {
        id: i64,
        #[source]
        source: atmos_survey::SurveyError,
    },
    #[error("template: {0}")]
    Template(#[from] askama::Error),
    #[error("the database worker pool is unavailable")]
    Blocking,
    /// Not a failure: a page tried from the caches alone needs the database after all, and is
    /// served again on a blocking thread.
    #[error("the page needs the database")]
    NeedsDatabase,
    #[error(transparent)]
    Export(#[from] atmos_store::ExportError),
    #[error(transparent)]
    Table(#[from] atmos_analysis::TableError),
    #[error(transparent)]
    Chart(#[from] atmos_charts::ChartError),
    #[error(transparent)]
    Report(#[from] atmos_report::ReportError),
    #[error(transparent)]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
    #[error(transparent)]
    Polars(#[from] polars::error::PolarsError),
    #[error(transparent)]
    Csv(#[from] csv::Error),
    #[error("password hashing: {0}")]
    Password(String),
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

impl WebError {
    /// Whether the database could not be used (see [`atmos_store::StoreError::is_unavailable`]):
    /// answered with 503, not 500.
    pub fn is_unavailable(&self) -> bool {
        matches!(self, WebError::Store(e) if e.is_unavailable())
    }
}
