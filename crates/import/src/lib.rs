//! atmos-import: respondent files of rounds run before atmos (or in another tool) loaded as a
//! wave. A mapping file (TOML, see README.md) says which column is which question (or matrix
//! row, or one option of a multiple choice) and how the file's codes translate to the survey's
//! option codes.
//!
//! The flow, used by `atmos wave import`:
//! 1. [`Mapping::load`] reads the mapping (syntax and unknown fields are errors);
//! 2. a [`Source`] opens the file: CSV (streamed), XLSX, or a [`TextTable`] the caller read
//!    (Parquet, which the binary reads with the analysis crate's polars);
//! 3. [`Importer::new`] resolves the mapping against the questionnaire and the header;
//! 4. [`Importer::check`] reads every row and returns a [`Report`] of every problem: the dry
//!    run, and the first step of every import;
//! 5. only if the report [`is_clean`](Report::is_clean), [`Importer::responses`] reads the rows
//!    again as `atmos_store::ImportedResponse`s for `atmos_store::try_import_wave`, which
//!    stores the wave and all responses in one transaction.
//!
//! Nothing here touches the database, and no value of a free-text question is ever put into a
//! report, an error or a log.

mod error;
mod importer;
pub mod mapping;
mod report;
mod table;

pub use error::ImportError;
pub use importer::{Importer, Period, answer_rows};
pub use mapping::{FileOptions, Mapping, SkippedAnswers};
pub use report::{
    CodeCount, MAX_CODES_PER_COLUMN, MAX_ROW_ERRORS, MAX_ROWS_PER_CODE, Report, RowError,
    UnmappedCodes,
};
pub use table::{Cells, Format, Rows, Source, TextTable, number_text};
