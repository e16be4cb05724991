//! Names of what a table holds (indicators, breakdowns, groups, themes, answer categories) in
//! the chart's language, for the adapters ([`crate::adapt`]).

use atmos_i18n::{Catalog, LanguageIdentifier};
use atmos_survey::{Measure, Survey};

use crate::texts::AREA;

/// Where the adapters get their labels. [`SurveyLabels`] reads a survey's fluent texts;
/// [`IdLabels`] shows the ids (for tests, or a table without its survey).
pub trait Labels {
    /// An indicator; a per-row indicator (`discrimination.work`) is its name and its row's.
    fn indicator(&self, id: &str) -> String;
    fn breakdown(&self, id: &str) -> String;
    fn group(&self, breakdown: &str, group: &str) -> String;
    fn theme(&self, theme: &str) -> String;
    /// A question, or a matrix row (`question.row`: the row's text).
    fn item(&self, item: &str) -> String;
    /// An answer option of an item.
    fn category(&self, item: &str, code: &str) -> String;
    /// The row of a breakdown that holds every respondent.
    fn all_respondents(&self) -> String;
}

/// The ids themselves.
#[derive(Debug, Clone, Copy, Default)]
pub struct IdLabels;

impl Labels for IdLabels {
    fn indicator(&self, id: &str) -> String {
        id.to_owned()
    }
    fn breakdown(&self, id: &str) -> String {
        id.to_owned()
    }
    fn group(&self, _breakdown: &str, group: &str) -> String {
        group.to_owned()
    }
    fn theme(&self, theme: &str) -> String {
        theme.to_owned()
    }
    fn item(&self, item: &str) -> String {
        item.to_owned()
    }
    fn category(&self, _item: &str, code: &str) -> String {
        code.to_owned()
    }
    fn all_respondents(&self) -> String {
        "all".to_owned()
    }
}

/// Labels from a survey's texts (`i18n/<locale>/survey-<id>.ftl`, the messages the forms and
/// `atmos survey validate` already use: `ind-<indicator>`, `bd-<breakdown>`,
/// `bd-<breakdown>-<group>` or, for groups that are the question's options,
/// `opt-<set>-<code>`, `q-<question>`, `q-<question>-row-<row>`) and theme names from the
/// charts' own texts (`charts-theme-<theme>`). Falls back along the catalog's chain; an id
/// the survey does not know is shown as it is.
#[derive(Debug, Clone)]
pub struct SurveyLabels<'a> {
    survey: &'a Survey,
    catalog: &'a Catalog,
    locale: LanguageIdentifier,
    area: String,
}

impl<'a> SurveyLabels<'a> {
    pub fn new(survey: &'a Survey, catalog: &'a Catalog, locale: LanguageIdentifier) -> Self {
        Self {
            area: format!("survey-{}", survey.id),
            survey,
            catalog,
            locale,
        }
    }

    fn text(&self, id: &str) -> Option<String> {
        let t = self.catalog.text(&self.locale, &self.area, id, None);
        (!t.missing).then_some(t.value)
    }

    fn option_set_of(&self, question: &str) -> Option<&str> {
        self.survey
            .question(question)
            .and_then(|(_, q)| q.kind.option_set())
    }
}

impl Labels for SurveyLabels<'_> {
    fn indicator(&self, id: &str) -> String {
        let Some(ind) = self.survey.indicators.iter().find(|i| i.id == id) else {
            return id.to_owned();
        };
        let name = self
            .text(&format!("ind-{}", ind.base_id))
            .unwrap_or_else(|| ind.base_id.clone());
        let Some(row) = &ind.row else {
            return name;
        };
        let question = match &ind.measure {
            Measure::Share { items, .. } => items.first().map(|i| i.question.as_str()),
            Measure::Index { items, .. } => items.first().map(|i| i.item.question.as_str()),
        };
        let row_label = question
            .and_then(|q| self.text(&format!("q-{q}-row-{row}")))
            .unwrap_or_else(|| row.clone());
        format!("{name}: {row_label}")
    }

    fn breakdown(&self, id: &str) -> String {
        self.text(&format!("bd-{id}"))
            .unwrap_or_else(|| id.to_owned())
    }

    fn group(&self, breakdown: &str, group: &str) -> String {
        let Some(b) = self.survey.breakdowns.iter().find(|b| b.id == breakdown) else {
            return group.to_owned();
        };
        let id = if b.declared_groups {
            Some(format!("bd-{breakdown}-{group}"))
        } else {
            self.option_set_of(&b.question)
                .map(|set| format!("opt-{set}-{group}"))
        };
        id.and_then(|id| self.text(&id))
            .unwrap_or_else(|| group.to_owned())
    }

    fn theme(&self, theme: &str) -> String {
        let t = self
            .catalog
            .text(&self.locale, AREA, &format!("charts-theme-{theme}"), None);
        if t.missing { theme.to_owned() } else { t.value }
    }

    fn item(&self, item: &str) -> String {
        let id = match item.split_once('.') {
            Some((question, row)) => format!("q-{question}-row-{row}"),
            None => format!("q-{item}"),
        };
        self.text(&id).unwrap_or_else(|| item.to_owned())
    }

    fn category(&self, item: &str, code: &str) -> String {
        let question = item.split_once('.').map_or(item, |(q, _)| q);
        self.option_set_of(question)
            .and_then(|set| self.text(&format!("opt-{set}-{code}")))
            .unwrap_or_else(|| code.to_owned())
    }

    fn all_respondents(&self) -> String {
        self.catalog
            .text(&self.locale, AREA, "charts-all-respondents", None)
            .value
    }
}
