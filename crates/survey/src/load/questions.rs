//! Question shapes: the type of each question and the fields that go with it, checked before
//! any rule so that rules can be checked against the whole survey.

use std::collections::HashMap;

use super::options::OptionSets;
use super::pages::RawPage;
use super::{Context, Origin};
use crate::model::{Question, QuestionKind};
use crate::raw::{self, QuestionType, S};

const DEFAULT_TEXT_MAX: u32 = 200;
const DEFAULT_LONGTEXT_MAX: u32 = 2000;
/// Far above any real answer; keeps a single answer from filling the database.
const MAX_TEXT_LIMIT: i64 = 100_000;

/// Where a question is: its place in the survey, its page, and where it was written.
pub(super) struct QuestionInfo {
    pub(super) index: usize,
    pub(super) page: String,
    pub(super) origin: Origin,
}

/// A question whose shape is checked, with its file and the definition its rules still come
/// from.
pub(super) type Shaped = (Question, usize, raw::Question);

impl Context {
    /// Shape every question of every page, in survey order; `questions` gets where each
    /// question id is, even one whose shape is broken.
    pub(super) fn shape_questions(
        &mut self,
        pages: &mut [RawPage],
        sets: &OptionSets,
        questions: &mut HashMap<String, QuestionInfo>,
    ) -> Vec<Vec<Shaped>> {
        let mut shaped = Vec::new();
        let mut index = 0usize;
        for (page, qs) in pages {
            let mut out = Vec::new();
            for (pf, q) in qs.drain(..) {
                let qid = q.id.get_ref().clone();
                let o = Self::origin(pf, &q.id);
                let valid_id = self.check_id(pf, &q.id, "question id", false);
                if let Some(first) = questions.get(&qid) {
                    let fo = first.origin.clone();
                    let first_at = self.describe(&fo);
                    self.report(
                        &o,
                        Some(&qid),
                        format!("duplicate question id '{qid}' (first defined at {first_at})"),
                    );
                    continue;
                }
                let kind = if valid_id {
                    self.question_kind(pf, &q, sets)
                } else {
                    None
                };
                let Some(kind) = kind else {
                    // still register the id so later references do not cascade into noise
                    self.broken.insert(qid.clone());
                    questions.insert(
                        qid.clone(),
                        QuestionInfo {
                            index,
                            page: page.id.clone(),
                            origin: o,
                        },
                    );
                    index += 1;
                    continue;
                };
                questions.insert(
                    qid.clone(),
                    QuestionInfo {
                        index,
                        page: page.id.clone(),
                        origin: o,
                    },
                );
                index += 1;
                if let Some(c) = &q.comparable_with {
                    self.check_id(pf, c, "comparable_with", false);
                }
                let question = Question {
                    id: qid,
                    kind,
                    required: q.required,
                    relevant: None,
                    validate: Vec::new(),
                    comparable_with: q.comparable_with.as_ref().map(|c| c.get_ref().clone()),
                };
                out.push((question, pf, q));
            }
            shaped.push(out);
        }
        shaped
    }

    fn question_kind(
        &mut self,
        file: usize,
        q: &raw::Question,
        sets: &OptionSets,
    ) -> Option<QuestionKind> {
        let qid = q.id.get_ref().as_str();
        let ko = Self::origin(file, &q.kind);
        let kind = *q.kind.get_ref();
        let mut ok = true;
        let choice = matches!(
            kind,
            QuestionType::Single
                | QuestionType::Multiple
                | QuestionType::Likert
                | QuestionType::Matrix
        );
        // Fields that do not belong to the type are mistakes an author should hear about.
        let mut stray = |name: &str, present: bool, this: &mut Self| {
            if present {
                this.report(
                    &ko,
                    Some(qid),
                    format!(
                        "field `{name}` does not apply to a {} question",
                        type_name(kind)
                    ),
                );
                ok = false;
            }
        };
        stray("options", !choice && q.options.is_some(), self);
        stray(
            "rows",
            kind != QuestionType::Matrix && q.rows.is_some(),
            self,
        );
        let numeric = kind == QuestionType::Number;
        stray("min", !numeric && q.min.is_some(), self);
        stray("max", !numeric && q.max.is_some(), self);
        stray("integer", !numeric && q.integer, self);
        let text = matches!(kind, QuestionType::Text | QuestionType::Longtext);
        stray("max_length", !text && q.max_length.is_some(), self);
        let multiple = kind == QuestionType::Multiple;
        stray("min_choices", !multiple && q.min_choices.is_some(), self);
        stray("max_choices", !multiple && q.max_choices.is_some(), self);

        let set = if choice {
            match &q.options {
                None => {
                    self.report(
                        &ko,
                        Some(qid),
                        format!("a {} question needs `options`", type_name(kind)),
                    );
                    ok = false;
                    None
                }
                Some(s) => match sets.get(s.get_ref()) {
                    None => {
                        let so = Self::origin(file, s);
                        self.report(
                            &so,
                            Some(qid),
                            format!("unknown option set '{}'", s.get_ref()),
                        );
                        ok = false;
                        None
                    }
                    Some((set, _)) => Some(set.clone()),
                },
            }
        } else {
            None
        };
        if let Some(set) = &set {
            if matches!(kind, QuestionType::Likert | QuestionType::Matrix)
                && let Some(c) = set
                    .options
                    .iter()
                    .find(|c| !c.nonsubstantive && c.value.is_none())
            {
                let so = q
                    .options
                    .as_ref()
                    .map_or(ko.clone(), |s| Self::origin(file, s));
                self.report(
                    &so,
                    Some(qid),
                    format!(
                        "option '{}' of set '{}' needs a `value` to be used in a {} question",
                        c.code,
                        set.id,
                        type_name(kind)
                    ),
                );
                ok = false;
            }
            if !multiple && let Some(c) = set.options.iter().find(|c| c.exclusive) {
                let so = q
                    .options
                    .as_ref()
                    .map_or(ko.clone(), |s| Self::origin(file, s));
                self.report(
                    &so,
                    Some(qid),
                    format!(
                        "option '{}' is exclusive, which only a multiple question can use",
                        c.code
                    ),
                );
                ok = false;
            }
        }
        let options = set.as_ref().map(|s| s.id.clone()).unwrap_or_default();
        let kind = match kind {
            QuestionType::Single => QuestionKind::Single { options },
            QuestionType::Likert => QuestionKind::Likert { options },
            QuestionType::Multiple => {
                let count = set.as_ref().map_or(0, |s| s.options.len()) as i64;
                let mut bound = |v: &Option<S<i64>>, this: &mut Self| -> Option<u32> {
                    let v = v.as_ref()?;
                    if *v.get_ref() < 0 || *v.get_ref() > count {
                        let o = Self::origin(file, v);
                        this.report(
                            &o,
                            Some(qid),
                            format!("choice bound must be between 0 and the {count} options"),
                        );
                        ok = false;
                    }
                    u32::try_from(*v.get_ref()).ok()
                };
                let min_choices = bound(&q.min_choices, self);
                let max_choices = bound(&q.max_choices, self);
                if let (Some(lo), Some(hi)) = (min_choices, max_choices)
                    && lo > hi
                {
                    self.report(&ko, Some(qid), "min_choices is above max_choices");
                    ok = false;
                }
                QuestionKind::Multiple {
                    options,
                    min_choices,
                    max_choices,
                }
            }
            QuestionType::Matrix => {
                let mut rows: Vec<String> = Vec::new();
                match &q.rows {
                    None => {
                        self.report(&ko, Some(qid), "a matrix question needs `rows`");
                        ok = false;
                    }
                    Some(rs) => {
                        if rs.get_ref().is_empty() {
                            let o = Self::origin(file, rs);
                            self.report(&o, Some(qid), "a matrix question needs at least one row");
                            ok = false;
                        }
                        for r in rs.get_ref() {
                            self.check_id(file, r, "row id", false);
                            if rows.contains(r.get_ref()) {
                                let o = Self::origin(file, r);
                                self.report(
                                    &o,
                                    Some(qid),
                                    format!("duplicate row '{}'", r.get_ref()),
                                );
                                ok = false;
                            } else {
                                rows.push(r.get_ref().clone());
                            }
                        }
                    }
                }
                QuestionKind::Matrix { rows, options }
            }
            QuestionType::Number => {
                let min = q.min.as_ref().map(|v| *v.get_ref());
                let max = q.max.as_ref().map(|v| *v.get_ref());
                for v in [&q.min, &q.max].into_iter().flatten() {
                    if !v.get_ref().is_finite() {
                        let o = Self::origin(file, v);
                        self.report(&o, Some(qid), "bound must be a finite number");
                        ok = false;
                    }
                }
                if let (Some(lo), Some(hi)) = (min, max)
                    && lo > hi
                {
                    let o = q.min.as_ref().map_or(ko.clone(), |v| Self::origin(file, v));
                    self.report(&o, Some(qid), format!("min {lo} is above max {hi}"));
                    ok = false;
                }
                QuestionKind::Number {
                    min,
                    max,
                    integer: q.integer,
                }
            }
            QuestionType::Text | QuestionType::Longtext => {
                let default = if kind == QuestionType::Text {
                    DEFAULT_TEXT_MAX
                } else {
                    DEFAULT_LONGTEXT_MAX
                };
                let max_length = match &q.max_length {
                    None => default,
                    Some(v) => {
                        let n = *v.get_ref();
                        if !(1..=MAX_TEXT_LIMIT).contains(&n) {
                            let o = Self::origin(file, v);
                            self.report(
                                &o,
                                Some(qid),
                                format!("max_length must be between 1 and {MAX_TEXT_LIMIT}"),
                            );
                            ok = false;
                        }
                        u32::try_from(n).unwrap_or(default)
                    }
                };
                if kind == QuestionType::Text {
                    QuestionKind::Text { max_length }
                } else {
                    QuestionKind::LongText { max_length }
                }
            }
        };
        ok.then_some(kind)
    }
}

fn type_name(t: QuestionType) -> &'static str {
    match t {
        QuestionType::Single => "single",
        QuestionType::Multiple => "multiple",
        QuestionType::Likert => "likert",
        QuestionType::Matrix => "matrix",
        QuestionType::Number => "number",
        QuestionType::Text => "text",
        QuestionType::Longtext => "longtext",
    }
}
