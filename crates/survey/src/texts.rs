//! Fluent texts of a survey: which messages a definition needs, and which each locale has.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::Entry;
use fluent_syntax::parser;
use serde::Serialize;

use crate::source::SourceFile;

/// A message the definition needs, and whether a locale may leave it out.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Needed {
    pub id: String,
    pub optional: bool,
}

/// How much of the needed text one locale has.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct LocaleCoverage {
    pub locale: String,
    pub file: PathBuf,
    pub present: usize,
    pub needed: usize,
    pub missing: Vec<String>,
    /// Messages in the file that the definition does not use (typos, leftovers).
    pub unused: Vec<String>,
}

impl LocaleCoverage {
    pub fn percent(&self) -> f64 {
        if self.needed == 0 {
            100.0
        } else {
            100.0 * self.present as f64 / self.needed as f64
        }
    }
}

/// The file holding a survey's texts for a locale.
pub fn survey_text_path(i18n_dir: &Path, locale: &str, survey_id: &str) -> PathBuf {
    i18n_dir
        .join(locale)
        .join(format!("survey-{survey_id}.ftl"))
}

/// Message ids of a fluent file; syntax errors come back with their byte offsets.
pub fn message_ids(file: &SourceFile) -> (BTreeSet<String>, Vec<(usize, String)>) {
    let (resource, errors) = match parser::parse(file.text.as_str()) {
        Ok(r) => (r, Vec::new()),
        Err((r, errs)) => (r, errs),
    };
    let ids = resource
        .body
        .iter()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect();
    let errors = errors
        .into_iter()
        .map(|e| (e.pos.start, format!("fluent syntax error: {}", e.kind)))
        .collect();
    (ids, errors)
}

pub fn coverage(
    locale: &str,
    file: PathBuf,
    present: &BTreeSet<String>,
    needed: &[Needed],
) -> LocaleCoverage {
    let required: Vec<&Needed> = needed.iter().filter(|n| !n.optional).collect();
    let missing: Vec<String> = required
        .iter()
        .filter(|n| !present.contains(&n.id))
        .map(|n| n.id.clone())
        .collect();
    let known: BTreeSet<&str> = needed.iter().map(|n| n.id.as_str()).collect();
    let unused = present
        .iter()
        .filter(|id| !known.contains(id.as_str()))
        .cloned()
        .collect();
    LocaleCoverage {
        locale: locale.to_string(),
        file,
        present: required.len() - missing.len(),
        needed: required.len(),
        missing,
        unused,
    }
}
