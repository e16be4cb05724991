//! Rules: skip logic (`relevant`) and validation rules, parsed, type-checked against the
//! question shapes, and checked to use only earlier answers.

use std::collections::HashMap;

use super::options::OptionSets;
use super::pages::RawPage;
use super::questions::{QuestionInfo, Shaped};
use super::{Context, Origin};
use crate::logic::{self, ItemRef, ItemType};
use crate::model::{Page, QuestionKind, Rule, ValidationRule};
use crate::raw::S;

/// The survey as its rules see it: the shape of every question and where each one is.
pub(super) struct SurveyScope<'a> {
    pub(super) kinds: &'a HashMap<String, QuestionKind>,
    pub(super) sets: &'a OptionSets,
    pub(super) questions: &'a HashMap<String, QuestionInfo>,
}

impl Context {
    /// Check the rules of the shaped questions and put the questions on their pages.
    pub(super) fn attach_rules(
        &mut self,
        mut pages: Vec<RawPage>,
        shaped: Vec<Vec<Shaped>>,
        scope: &SurveyScope<'_>,
    ) -> Vec<Page> {
        for ((page, _), qs) in pages.iter_mut().zip(shaped) {
            for (mut question, pf, q) in qs {
                if let Some(src) = &q.relevant {
                    question.relevant = self.rule(pf, src, &question.id, false, scope);
                }
                for v in &q.validate {
                    self.check_id(pf, &v.message, "message id", false);
                    if let Some(rule) = self.rule(pf, &v.rule, &question.id, true, scope) {
                        question.validate.push(ValidationRule {
                            rule,
                            message: v.message.get_ref().clone(),
                        });
                    }
                }
                page.questions.push(question);
            }
        }
        pages.into_iter().map(|(p, _)| p).collect()
    }

    /// Parse and check one rule of question `qid`. A relevance rule may not depend on its own
    /// question; a validation rule checks that question's answer, so it may.
    fn rule(
        &mut self,
        file: usize,
        src: &S<String>,
        qid: &str,
        is_validation: bool,
        scope: &SurveyScope<'_>,
    ) -> Option<Rule> {
        let own_index = scope.questions.get(qid).map_or(0, |i| i.index);
        let text = src.get_ref();
        let start = src.span().start;
        let literal = self.files[file]
            .text
            .get(start..)
            .unwrap_or_default()
            .to_string();
        let at = |offset: usize| {
            let raw = start + crate::source::toml_string_offset(&literal, offset);
            Origin {
                file,
                span: raw..raw,
            }
        };
        let expr = match logic::parse(text) {
            Ok(e) => e,
            Err(e) => {
                self.report(&at(e.offset()), Some(qid), format!("in rule `{text}`: {e}"));
                return None;
            }
        };
        if expr
            .references()
            .iter()
            .any(|(item, _)| self.broken.contains(&item.question))
        {
            return None;
        }
        let mut ok = true;
        for (item, span) in expr.references() {
            let Some(info) = scope.questions.get(&item.question) else {
                continue; // reported by the type check below as an unknown item
            };
            if item.question == qid && !is_validation {
                self.report(
                    &at(span.start),
                    Some(qid),
                    format!(
                        "rule `{text}` forms a cycle: the relevance of '{qid}' depends on '{qid}' itself"
                    ),
                );
                ok = false;
            } else if info.index > own_index {
                self.report(
                    &at(span.start),
                    Some(qid),
                    format!(
                        "rule `{text}` refers to '{}', a later question (page '{}'); rules may only use earlier answers",
                        item.question, info.page
                    ),
                );
                ok = false;
            }
        }
        for err in logic::check(&expr, scope) {
            self.report(
                &at(err.span().start),
                Some(qid),
                format!("in rule `{text}`: {err}"),
            );
            ok = false;
        }
        ok.then(|| Rule {
            source: text.clone(),
            expr,
        })
    }
}

impl SurveyScope<'_> {
    fn codes(&self, set: &str) -> Vec<String> {
        self.sets
            .get(set)
            .map(|(s, _)| s.codes().map(str::to_string).collect())
            .unwrap_or_default()
    }
}

impl logic::Scope for SurveyScope<'_> {
    fn item_type(&self, item: &ItemRef) -> Option<ItemType> {
        let kind = self.kinds.get(&item.question)?;
        match (kind, &item.row) {
            (QuestionKind::Matrix { rows, options }, Some(r)) => {
                rows.contains(r).then(|| ItemType::Choice {
                    codes: self.codes(options),
                })
            }
            (QuestionKind::Matrix { rows, .. }, None) => {
                Some(ItemType::Matrix { rows: rows.clone() })
            }
            (_, Some(_)) => None,
            (QuestionKind::Single { options } | QuestionKind::Likert { options }, None) => {
                Some(ItemType::Choice {
                    codes: self.codes(options),
                })
            }
            (QuestionKind::Multiple { options, .. }, None) => Some(ItemType::Multiple {
                codes: self.codes(options),
            }),
            (QuestionKind::Number { .. }, None) => Some(ItemType::Number),
            (QuestionKind::Text { .. } | QuestionKind::LongText { .. }, None) => {
                Some(ItemType::Text)
            }
        }
    }
}
