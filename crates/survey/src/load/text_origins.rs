//! Where the definition that needs each text was written, so that a missing text points at
//! its owner rather than at the texts file.

use std::collections::HashMap;

use super::Origin;
use super::options::OptionSets;
use super::questions::QuestionInfo;
use crate::model::Survey;
use crate::texts::question_texts;

/// The origins gathered while loading, of everything that owns texts. Option sets keep their
/// origins beside them in [`OptionSets`].
pub(super) struct Origins {
    /// survey.toml, for the texts of the survey as a whole.
    pub(super) survey_file: usize,
    /// Where survey.toml lists each page.
    pub(super) pages: HashMap<String, Origin>,
    pub(super) questions: HashMap<String, QuestionInfo>,
    pub(super) indicators: Vec<(String, Origin)>,
    /// Only breakdowns that loaded.
    pub(super) breakdowns: Vec<(String, Origin)>,
}

impl Origins {
    pub(super) fn new(survey_file: usize) -> Self {
        Self {
            survey_file,
            pages: HashMap::new(),
            questions: HashMap::new(),
            indicators: Vec::new(),
            breakdowns: Vec::new(),
        }
    }

    /// Where each needed message's owner is defined, so a missing text points at it.
    pub(super) fn of_texts(&self, survey: &Survey, sets: &OptionSets) -> HashMap<String, Origin> {
        let mut map = HashMap::new();
        let whole = Origin {
            file: self.survey_file,
            span: 0..0,
        };
        map.insert("survey-title".to_string(), whole.clone());
        for page in &survey.pages {
            let at = self.pages.get(&page.id).unwrap_or(&whole).clone();
            map.insert(format!("page-{}", page.id), at);
            for q in &page.questions {
                let Some(info) = self.questions.get(&q.id) else {
                    continue;
                };
                for id in question_texts(q) {
                    map.insert(id, info.origin.clone());
                }
            }
        }
        for (id, (set, o)) in sets {
            for c in &set.options {
                map.insert(format!("opt-{id}-{}", c.code), o.clone());
            }
        }
        for (id, o) in &self.indicators {
            map.insert(format!("ind-{id}"), o.clone());
        }
        for (id, o) in &self.breakdowns {
            map.insert(format!("bd-{id}"), o.clone());
            if let Some(b) = survey.breakdowns.iter().find(|b| &b.id == id)
                && b.declared_groups
            {
                for g in &b.groups {
                    map.insert(format!("bd-{id}-{}", g.id), o.clone());
                }
            }
        }
        map
    }
}
