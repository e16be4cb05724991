//! The crate's error type and the diagnostics a definition can fail with.

use std::fmt;
use std::path::PathBuf;

use crate::source::Position;

/// Why a survey directory could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum SurveyError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{} problem(s) in the survey definition:\n{}", .0.len(), DiagnosticList(.0))]
    Invalid(Vec<Diagnostic>),
    #[error("stored questionnaire snapshot is unreadable: {0}")]
    Snapshot(String),
}

/// One problem in a definition: where it is, which id it concerns, and what is wrong.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Diagnostic {
    pub file: PathBuf,
    pub position: Option<Position>,
    pub id: Option<String>,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(p) = self.position {
            write!(f, ":{}:{}", p.line, p.column)?;
        }
        if let Some(id) = &self.id {
            write!(f, ": [{id}]")?;
        } else {
            write!(f, ":")?;
        }
        write!(f, " {}", self.message)
    }
}

struct DiagnosticList<'a>(&'a [Diagnostic]);

impl fmt::Display for DiagnosticList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "  {d}")?;
        }
        Ok(())
    }
}
