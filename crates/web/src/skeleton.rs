//! Question pages rendered once per (questionnaire, page, language, questions shown) with
//! markers where a response's own values go, then filled per request.
//!
//! A page of eleven questions is some 20 kB and a hundred-odd localized texts, all escaped;
//! only a few dozen attributes depend on the response (which options are ticked, what was
//! typed, the CSRF token, where "back" leads). Rendering the rest once makes showing a page
//! mostly a copy. The filled page is byte for byte what the full render gives (tests/forms.rs
//! compares the two over HTTP); pages with errors are always rendered in full.

use std::cell::RefCell;
use std::sync::Arc;

use askama::filters::{Escaper, Html};
use atmos_survey::{Item, ResponseAnswers};
use quick_cache::sync::Cache;

use crate::views::Values;

/// A place in the page that depends on the request.
#[derive(Debug, Clone)]
pub enum Slot {
    /// ` checked` when the response has `code` for `item`.
    Checked {
        item: Item,
        code: String,
    },
    /// The response's value of `item`, escaped (several joined with `separator`).
    Value {
        item: Item,
        separator: &'static str,
    },
    Csrf,
    BackHref,
}

/// Hands out markers while a skeleton's page is rendered. A marker is a control character, a
/// random per-recorder prefix and the slot's number: no text or survey id can contain it,
/// and HTML escaping leaves it as it is.
#[derive(Debug)]
pub struct Recorder {
    prefix: String,
    slots: RefCell<Vec<Slot>>,
}

impl Default for Recorder {
    fn default() -> Self {
        Self {
            prefix: format!("\u{1}{:016x}.", rand::random::<u64>()),
            slots: RefCell::new(Vec::new()),
        }
    }
}

impl Recorder {
    pub fn mark(&self, slot: Slot) -> String {
        let mut slots = self.slots.borrow_mut();
        slots.push(slot);
        format!("{}{}\u{1}", self.prefix, slots.len() - 1)
    }

    /// Splits the rendered page at its markers. `None` if a marker was mangled or a slot
    /// never reached the page: the caller then renders in full.
    pub fn finish(self, rendered: &str) -> Option<Skeleton> {
        let slots = self.slots.into_inner();
        let mut parts = Vec::new();
        let mut uses = Vec::new();
        let mut rest = rendered;
        while let Some(at) = rest.find(&self.prefix) {
            parts.push(Box::from(&rest[..at]));
            let after = &rest[at + self.prefix.len()..];
            let end = after.find('\u{1}')?;
            let slot: usize = after[..end].parse().ok()?;
            if slot >= slots.len() {
                return None;
            }
            uses.push(slot);
            rest = &after[end + 1..];
        }
        parts.push(Box::from(rest));
        if (0..slots.len()).any(|s| !uses.contains(&s)) {
            return None;
        }
        Some(Skeleton {
            size: rendered.len(),
            parts,
            uses,
            slots,
        })
    }
}

/// A rendered page with its request-dependent places cut out.
#[derive(Debug)]
pub struct Skeleton {
    /// The text between slots: one more than `uses`.
    parts: Vec<Box<str>>,
    /// The slot that follows each part but the last.
    uses: Vec<usize>,
    slots: Vec<Slot>,
    size: usize,
}

impl Skeleton {
    pub fn fill(&self, answers: &ResponseAnswers, csrf: &str, back_href: &str) -> String {
        let values = Values::Stored(answers);
        let mut out = String::with_capacity(self.size + self.size / 8);
        for (i, part) in self.parts.iter().enumerate() {
            out.push_str(part);
            let Some(slot) = self.uses.get(i).and_then(|&s| self.slots.get(s)) else {
                continue;
            };
            // Writing to a String cannot fail.
            let _ = match slot {
                Slot::Checked { item, code } => {
                    if values.has(item, code) {
                        out.push_str(" checked");
                    }
                    Ok(())
                }
                Slot::Value { item, separator } => {
                    Html.write_escaped_str(&mut out, &values.of(item).join(separator))
                }
                Slot::Csrf => Html.write_escaped_str(&mut out, csrf),
                Slot::BackHref => Html.write_escaped_str(&mut out, back_href),
            };
        }
        out
    }
}

/// What a skeleton is rendered for.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SkeletonKey {
    pub questionnaire: i64,
    pub page: usize,
    pub locale: String,
    /// Which of the page's questions are shown.
    pub shown: Vec<bool>,
}

/// Skeletons by key. A survey has some ten pages in a dozen languages, with a few
/// combinations of follow-up questions each: a few hundred at most.
#[derive(Debug)]
pub struct Skeletons {
    cache: Cache<SkeletonKey, Arc<Skeleton>>,
}

impl Default for Skeletons {
    fn default() -> Self {
        Self {
            cache: Cache::new(1024),
        }
    }
}

impl Skeletons {
    pub fn get(&self, key: &SkeletonKey) -> Option<Arc<Skeleton>> {
        self.cache.get(key)
    }

    pub fn insert(&self, key: SkeletonKey, skeleton: Arc<Skeleton>) {
        self.cache.insert(key, skeleton);
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

    use super::*;
    use atmos_survey::AnswerValue;

    fn item(q: &str) -> Item {
        Item {
            question: q.into(),
            row: None,
        }
    }

    #[test]
    fn fills_each_slot_from_the_answers_and_escapes_values() {
        let rec = Recorder::default();
        let page = format!(
            "<a href=\"{}\">x</a><input value=\"{}\"><input type=radio{}><input type=radio{}>\
             <input name=_csrf value=\"{}\">",
            rec.mark(Slot::BackHref),
            rec.mark(Slot::Value {
                item: item("name"),
                separator: " "
            }),
            rec.mark(Slot::Checked {
                item: item("q"),
                code: "a".into()
            }),
            rec.mark(Slot::Checked {
                item: item("q"),
                code: "b".into()
            }),
            rec.mark(Slot::Csrf),
        );
        let skeleton = rec.finish(&page).unwrap();
        let mut answers = ResponseAnswers::new();
        answers.insert(
            item("name"),
            AnswerValue::Text("<b>\"Ann\" & co</b>".into()),
        );
        answers.insert(item("q"), AnswerValue::Code("b".into()));
        assert_eq!(
            skeleton.fill(&answers, "tok", "/s/x/1?a=1&b=2"),
            "<a href=\"/s/x/1?a=1&#38;b=2\">x</a>\
             <input value=\"&#60;b&#62;&#34;Ann&#34; &#38; co&#60;/b&#62;\">\
             <input type=radio><input type=radio checked><input name=_csrf value=\"tok\">"
        );
    }

    #[test]
    fn a_slot_missing_from_the_page_or_a_mangled_marker_gives_no_skeleton() {
        let rec = Recorder::default();
        let _unused = rec.mark(Slot::Csrf);
        assert!(rec.finish("<p>no marker</p>").is_none());

        let rec = Recorder::default();
        let marker = rec.mark(Slot::Csrf);
        let cut = &marker[..marker.len() - 1];
        assert!(rec.finish(&format!("<p>{cut}</p>")).is_none());
    }

    #[test]
    fn a_slot_may_appear_more_than_once() {
        let rec = Recorder::default();
        let m = rec.mark(Slot::Csrf);
        let skeleton = rec.finish(&format!("{m}|{m}")).unwrap();
        assert_eq!(skeleton.fill(&ResponseAnswers::new(), "t", ""), "t|t");
    }
}
