//! Fluent texts of a survey: which messages a definition needs, and which each locale has.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::Entry;
use fluent_syntax::parser;
use serde::Serialize;

use crate::model::{Question, QuestionKind, Survey};
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

/// Every fluent message a survey's forms and outputs use.
pub fn needed_texts(survey: &Survey) -> Vec<Needed> {
    let req = |id: String| Needed {
        id,
        optional: false,
    };
    let opt = |id: String| Needed { id, optional: true };
    let mut v = vec![req("survey-title".into()), opt("survey-intro".into())];
    let mut used_sets = BTreeSet::new();
    for page in &survey.pages {
        v.push(req(format!("page-{}", page.id)));
        for q in &page.questions {
            v.extend(question_texts(q).into_iter().map(req));
            v.push(opt(format!("q-{}-hint", q.id)));
            if let Some(s) = q.kind.option_set() {
                used_sets.insert(s.to_string());
            }
        }
    }
    for s in &used_sets {
        if let Some(set) = survey.option_sets.get(s) {
            v.extend(
                set.options
                    .iter()
                    .map(|c| req(format!("opt-{s}-{}", c.code))),
            );
        }
    }
    let bases: BTreeSet<&str> = survey
        .indicators
        .iter()
        .map(|i| i.base_id.as_str())
        .collect();
    v.extend(bases.iter().map(|b| req(format!("ind-{b}"))));
    for b in &survey.breakdowns {
        v.push(req(format!("bd-{}", b.id)));
        if b.declared_groups {
            v.extend(
                b.groups
                    .iter()
                    .map(|g| req(format!("bd-{}-{}", b.id, g.id))),
            );
        }
    }
    v.sort();
    v.dedup();
    v
}

/// The texts a question needs: its own, its matrix rows', and its validation messages.
pub(crate) fn question_texts(q: &Question) -> Vec<String> {
    let mut v = vec![format!("q-{}", q.id)];
    if let QuestionKind::Matrix { rows, .. } = &q.kind {
        v.extend(rows.iter().map(|r| format!("q-{}-row-{r}", q.id)));
    }
    v.extend(q.validate.iter().map(|r| format!("rule-{}", r.message)));
    v
}
