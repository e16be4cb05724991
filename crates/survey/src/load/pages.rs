//! The pages survey.toml lists, each read from its own file under pages/.

use std::collections::HashMap;

use super::{Context, Origin, is_ident};
use crate::error::SurveyError;
use crate::model::Page;
use crate::raw;

/// A page read so far: its questions are still as written, each with its file.
pub(super) type RawPage = (Page, Vec<(usize, raw::Question)>);

impl Context {
    /// Read the page files in the order survey.toml lists them; `seen` gets where each page
    /// was listed.
    pub(super) fn pages(
        &mut self,
        sf: usize,
        survey_raw: &raw::SurveyFile,
        seen: &mut HashMap<String, Origin>,
    ) -> Result<Vec<RawPage>, SurveyError> {
        let dir = self.dir.clone();
        let mut pages = Vec::new();
        for page_ref in survey_raw.pages.get_ref() {
            let o = Self::origin(sf, page_ref);
            let pid = page_ref.get_ref().clone();
            self.check_id(sf, page_ref, "page id", false);
            if !is_ident(&pid) {
                continue;
            }
            if seen.insert(pid.clone(), o.clone()).is_some() {
                self.report(&o, Some(&pid), format!("page '{pid}' is listed twice"));
                continue;
            }
            let path = dir.join("pages").join(format!("{pid}.toml"));
            if !path.exists() {
                self.report(
                    &o,
                    Some(&pid),
                    format!("page file pages/{pid}.toml not found"),
                );
                continue;
            }
            if let Some((pf, page_raw)) = self.read_toml::<raw::PageFile>(&path)? {
                if page_raw.id.get_ref() != &pid {
                    let po = Self::origin(pf, &page_raw.id);
                    self.report(
                        &po,
                        Some(page_raw.id.get_ref()),
                        format!(
                            "page id '{}' must equal its file name '{pid}'",
                            page_raw.id.get_ref()
                        ),
                    );
                }
                if page_raw.question.is_empty() {
                    let po = Self::origin(pf, &page_raw.id);
                    self.report(&po, Some(&pid), "a page needs at least one question");
                }
                let qs = page_raw.question.into_iter().map(|q| (pf, q)).collect();
                pages.push((
                    Page {
                        id: pid,
                        questions: Vec::new(),
                    },
                    qs,
                ));
            }
        }
        Ok(pages)
    }
}
