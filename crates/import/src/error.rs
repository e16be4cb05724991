//! The crate's one error type: what stops reading a file or a mapping altogether.
//!
//! Problems with the *content* (unmapped columns and codes, invalid answers, mapping entries
//! that do not fit the questionnaire) are not errors: they are collected in a
//! [`crate::Report`], so that one dry run lists all of them.

use std::path::PathBuf;

/// Why a respondent file or a mapping could not be read at all.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("cannot read {}: {source}", .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The mapping is not valid TOML or has a field the format does not know (a typo such as
    /// `mising` must not silently change what counts as missing).
    #[error("mapping {}: {message}", .path.display())]
    Mapping { path: PathBuf, message: String },
    #[error(
        "{}: cannot tell the file's format from its name; name it .csv, .xlsx or .parquet, or \
         set `format` in the mapping's [file] table",
        .path.display()
    )]
    UnknownFormat { path: PathBuf },
    #[error("{}: {message}", .path.display())]
    Csv { path: PathBuf, message: String },
    #[error("{}: {message}", .path.display())]
    Xlsx { path: PathBuf, message: String },
    #[error("{}: the workbook has no sheet {sheet:?}; it has: {available}", .path.display())]
    NoSheet {
        path: PathBuf,
        sheet: String,
        available: String,
    },
    #[error("{}: the file has no header row", .path.display())]
    NoHeader { path: PathBuf },
    #[error(
        "{}: column {column:?} appears {count} times in the header; columns are mapped by name, \
         so each name must be unique",
        .path.display()
    )]
    DuplicateColumn {
        path: PathBuf,
        column: String,
        count: usize,
    },
    /// A row that passed the dry run failed while importing: the file changed in between.
    #[error("{row}: {message} (the file changed after it was checked?)")]
    ChangedRow { row: String, message: String },
}
