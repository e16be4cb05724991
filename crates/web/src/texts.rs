//! Localized texts as pages show them, and a cache of them.
//!
//! A question page looks up some 150 texts (legends, hints, every option label of every
//! matrix row). Each lookup in the catalog walks the locale's fallback chain, which it builds
//! anew, formats the fluent pattern and works out whether the text came from another locale.
//! The catalog never changes while the server runs, so a text without arguments is the same
//! every time: it is worked out once per (locale, area, message) and then copied.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use atmos_i18n::{Catalog, Direction, FluentArgs, LanguageIdentifier, direction};
use atmos_survey::{AnswerError, MessageArg};

use crate::views::Msg;

/// Texts kept per (locale, area) at most: the ids come from the code and the questionnaire,
/// a few hundred per survey. A bound all the same, since a lookup can be asked for an id
/// built from posted data (an option code in an error message); such ids are not found, and
/// what is not found is not kept either.
const MAX_PER_AREA: usize = 4096;

/// Every text looked up so far, by locale and area.
#[derive(Debug, Default)]
pub struct TextCache {
    areas: RwLock<HashMap<LanguageIdentifier, HashMap<String, Arc<AreaTexts>>>>,
}

impl TextCache {
    fn area(&self, locale: &LanguageIdentifier, area: &str) -> Arc<AreaTexts> {
        if let Some(found) = self
            .areas
            .read()
            .ok()
            .and_then(|areas| areas.get(locale)?.get(area).cloned())
        {
            return found;
        }
        let Ok(mut areas) = self.areas.write() else {
            // A panic while holding the lock: go on without the cache.
            return Arc::default();
        };
        areas
            .entry(locale.clone())
            .or_default()
            .entry(area.to_owned())
            .or_default()
            .clone()
    }
}

/// The texts of one area in one locale.
#[derive(Debug, Default)]
struct AreaTexts {
    texts: RwLock<HashMap<String, Entry>>,
}

#[derive(Debug, Clone)]
enum Entry {
    Text(Msg),
    /// No locale of the fallback chain has the message (an optional text: a hint).
    Absent,
}

impl AreaTexts {
    fn get(&self, id: &str) -> Option<Entry> {
        self.texts.read().ok()?.get(id).cloned()
    }

    fn keep(&self, id: &str, entry: Entry) {
        if let Ok(mut texts) = self.texts.write()
            && texts.len() < MAX_PER_AREA
        {
            texts.insert(id.to_owned(), entry);
        }
    }
}

/// Texts of one page: the `ui` area and the survey's own area, in the page's locale.
pub struct Texts<'a> {
    catalog: &'a Catalog,
    locale: &'a LanguageIdentifier,
    dir: Direction,
    survey_area: String,
    ui: Arc<AreaTexts>,
    survey: Arc<AreaTexts>,
}

impl<'a> Texts<'a> {
    /// `survey_area` is `survey-<id>`, or empty on pages outside a survey.
    pub fn new(
        catalog: &'a Catalog,
        cache: &TextCache,
        locale: &'a LanguageIdentifier,
        survey_area: String,
    ) -> Self {
        Self {
            catalog,
            locale,
            dir: direction(locale),
            ui: cache.area(locale, "ui"),
            survey: cache.area(locale, &survey_area),
            survey_area,
        }
    }

    /// Formats a message (nothing cached).
    fn format(&self, area: &str, id: &str, args: Option<&FluentArgs<'_>>) -> (Msg, bool) {
        let t = self.catalog.text(self.locale, area, id, args);
        let own = direction(&t.locale);
        let marked = t.fallback || t.missing;
        let msg = Msg {
            lang: marked.then(|| t.locale.to_string().into()),
            dir: (marked && own != self.dir).then(|| own.as_str()),
            text: t.value.into(),
        };
        (msg, t.missing)
    }

    fn cached(&self, texts: &AreaTexts, area: &str, id: &str) -> Msg {
        if let Some(Entry::Text(msg)) = texts.get(id) {
            return msg;
        }
        let (msg, missing) = self.format(area, id, None);
        if !missing {
            texts.keep(id, Entry::Text(msg.clone()));
        }
        msg
    }

    pub fn ui(&self, id: &str) -> Msg {
        self.cached(&self.ui, "ui", id)
    }

    pub fn ui_args(&self, id: &str, args: &FluentArgs<'_>) -> Msg {
        self.format("ui", id, Some(args)).0
    }

    pub fn survey(&self, id: &str) -> Msg {
        self.cached(&self.survey, &self.survey_area, id)
    }

    pub fn survey_args(&self, id: &str, args: &FluentArgs<'_>) -> Msg {
        self.format(&self.survey_area, id, Some(args)).0
    }

    /// A text that may not exist (a hint): `None` rather than the id shown as missing.
    pub fn survey_optional(&self, id: &str) -> Option<Msg> {
        match self.survey.get(id) {
            Some(Entry::Text(msg)) => return Some(msg),
            Some(Entry::Absent) => return None,
            None => {}
        }
        if !self
            .catalog
            .has_in_chain(self.locale, &self.survey_area, id)
        {
            self.survey.keep(id, Entry::Absent);
            return None;
        }
        Some(self.survey(id))
    }

    pub fn error(&self, e: &AnswerError) -> Msg {
        self.error_in(e, None)
    }

    /// An error message; with the question's option set, a `code` argument is shown as the
    /// option's label (residents never see internal codes).
    pub fn error_in(&self, e: &AnswerError, set: Option<&atmos_survey::OptionSet>) -> Msg {
        let mut args = FluentArgs::new();
        for (name, value) in e.kind.message_args() {
            match value {
                MessageArg::Text(t) if name == "code" => match set {
                    Some(set) => args.set(
                        name,
                        self.survey(&format!("opt-{}-{t}", set.id)).text.to_string(),
                    ),
                    None => args.set(name, t),
                },
                MessageArg::Text(t) => args.set(name, t),
                MessageArg::Number(n) => args.set(name, n),
            }
        }
        let id = e.kind.message_id();
        if e.kind.is_survey_message() {
            self.format(&self.survey_area, &id, Some(&args)).0
        } else {
            self.format("ui", &id, Some(&args)).0
        }
    }
}
