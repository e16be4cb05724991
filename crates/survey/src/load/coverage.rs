//! The texts of each locale: read, checked for fluent syntax, and measured against what the
//! survey needs. Only the default locale must be complete.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use super::{Context, Origin};
use crate::error::SurveyError;
use crate::model::Survey;
use crate::texts::{self, LocaleCoverage, needed_texts};

impl Context {
    /// The coverage of every locale; a text missing from the default locale is reported at
    /// its owner in `text_origins`, or at the texts file when it has none.
    pub(super) fn coverage(
        &mut self,
        i18n_dir: &Path,
        survey: &Survey,
        text_origins: &HashMap<String, Origin>,
    ) -> Result<Vec<LocaleCoverage>, SurveyError> {
        let needed = needed_texts(survey);
        let mut coverage = Vec::new();
        for locale in &survey.locales {
            let path = texts::survey_text_path(i18n_dir, locale, &survey.id);
            let is_default = locale == &survey.default_locale;
            let file = self.read(&path, is_default)?;
            let display = self.display_path(&path);
            let present = match file {
                Some(f) => {
                    let (ids, errors) = texts::message_ids(&self.files[f]);
                    for (offset, message) in errors {
                        let o = Origin {
                            file: f,
                            span: offset..offset,
                        };
                        self.report(&o, None, message);
                    }
                    ids
                }
                None => BTreeSet::new(),
            };
            let cov = texts::coverage(locale, display.clone(), &present, &needed);
            if is_default {
                for missing in &cov.missing {
                    let origin = text_origins.get(missing.as_str()).cloned();
                    let text = format!(
                        "missing text '{missing}' in the default locale ({})",
                        display.display()
                    );
                    match origin {
                        Some(o) => self.report(&o, Some(missing), text),
                        None => self.report_file(&display, text),
                    }
                }
            }
            coverage.push(cov);
        }
        Ok(coverage)
    }
}
