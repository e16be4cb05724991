//! Answers: their typed values, and validation of one submitted page against the definition.
//!
//! Every error is a value ([`AnswerError`]) that the web layer turns into a localized message
//! next to its field; nothing here produces text for residents.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::logic::{self, Answer, ItemRef};
use crate::model::{Item, Question, QuestionKind, Survey};

/// What a form posts: field name (`question` or `question.row`) to its values, in order.
pub type FormInput = BTreeMap<String, Vec<String>>;

/// A typed, valid answer to one item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "snake_case")]
pub enum AnswerValue {
    Code(String),
    Codes(Vec<String>),
    Number(f64),
    Text(String),
}

/// The answers of one response so far, keyed by item.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ResponseAnswers {
    items: BTreeMap<Item, AnswerValue>,
}

impl ResponseAnswers {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn insert(&mut self, item: Item, value: AnswerValue) {
        self.items.insert(item, value);
    }

    pub fn get(&self, item: &Item) -> Option<&AnswerValue> {
        self.items.get(item)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&Item, &AnswerValue)> {
        self.items.iter()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether any item of the question (any row of a matrix) has an answer.
    pub fn has_question(&self, question: &str) -> bool {
        self.items.keys().any(|i| i.question == question)
    }

    /// Drop every answer to a question; returns whether there was one.
    pub fn remove_question(&mut self, question: &str) -> bool {
        let before = self.items.len();
        self.items.retain(|i, _| i.question != question);
        before != self.items.len()
    }

    /// Add all of `other`'s answers, replacing those to the same items.
    pub fn merge(&mut self, other: ResponseAnswers) {
        self.items.extend(other.items);
    }
}

impl logic::Answers for ResponseAnswers {
    fn answer(&self, item: &ItemRef) -> Answer<'_> {
        let key = Item {
            question: item.question.clone(),
            row: item.row.clone(),
        };
        match self.items.get(&key) {
            Some(v) => as_answer(v),
            // A matrix named without a row counts as answered when any row is.
            None if item.row.is_none() => self
                .items
                .iter()
                .find(|(i, _)| i.question == item.question)
                .map_or(Answer::Missing, |(_, v)| as_answer(v)),
            None => Answer::Missing,
        }
    }
}

fn as_answer(v: &AnswerValue) -> Answer<'_> {
    match v {
        AnswerValue::Code(c) => Answer::Code(c),
        AnswerValue::Codes(c) => Answer::Codes(c),
        AnswerValue::Number(n) => Answer::Number(*n),
        AnswerValue::Text(t) => Answer::Text(t),
    }
}

/// One problem with a submitted answer, tied to its form field.
#[derive(Debug, Clone, PartialEq, Serialize, thiserror::Error)]
#[error("{field}: {kind}")]
pub struct AnswerError {
    /// The form field: `question` or `question.row`; empty for a page-level problem.
    pub field: String,
    pub kind: AnswerErrorKind,
}

#[derive(Debug, Clone, PartialEq, Serialize, thiserror::Error)]
#[serde(tag = "error", rename_all = "snake_case")]
pub enum AnswerErrorKind {
    #[error("unknown page")]
    UnknownPage,
    #[error("no such question in this survey")]
    UnknownQuestion,
    #[error("question belongs to another page")]
    NotOnPage,
    #[error("an answer is required")]
    Required,
    #[error("unknown option code '{code}'")]
    UnknownOption { code: String },
    #[error("only one answer is allowed")]
    MultipleValues,
    #[error("option '{code}' cannot be combined with other options")]
    ExclusiveCombined { code: String },
    #[error("choose at least {min}")]
    TooFewChoices { min: u32 },
    #[error("choose at most {max}")]
    TooManyChoices { max: u32 },
    #[error("'{value}' is not a number")]
    NotANumber { value: String },
    #[error("a whole number is required")]
    NotAnInteger,
    #[error("must be between {min:?} and {max:?}")]
    OutOfRange { min: Option<f64>, max: Option<f64> },
    #[error("{length} characters, at most {max} allowed")]
    TooLong { max: u32, length: usize },
    #[error("a line break is not allowed here")]
    LineBreak,
    #[error("contains control characters")]
    ControlCharacters,
    #[error("rule failed: {message}")]
    RuleFailed { message: String },
}

/// A value to put into a localized error message.
#[derive(Debug, Clone, PartialEq)]
pub enum MessageArg {
    Text(String),
    Number(f64),
}

impl AnswerErrorKind {
    /// Stable fluent message id (area `ui`) for the resident-facing text of this error.
    pub fn message_id(&self) -> String {
        let code = match self {
            Self::UnknownPage => "unknown-page",
            Self::UnknownQuestion => "unknown-question",
            Self::NotOnPage => "not-on-page",
            Self::Required => "required",
            Self::UnknownOption { .. } => "unknown-option",
            Self::MultipleValues => "multiple-values",
            Self::ExclusiveCombined { .. } => "exclusive",
            Self::TooFewChoices { .. } => "too-few-choices",
            Self::TooManyChoices { .. } => "too-many-choices",
            Self::NotANumber { .. } => "not-a-number",
            Self::NotAnInteger => "not-an-integer",
            Self::OutOfRange { min, max } => match (min, max) {
                (Some(_), Some(_)) => "out-of-range",
                (Some(_), None) => "too-small",
                (None, _) => "too-large",
            },
            Self::TooLong { .. } => "too-long",
            Self::LineBreak => "line-break",
            Self::ControlCharacters => "control-characters",
            // Survey-defined rule messages live with the survey's own texts.
            Self::RuleFailed { message } => return format!("rule-{message}"),
        };
        format!("error-{code}")
    }

    /// Whether the message is in the survey's texts (`rule-*`) rather than the `ui` area.
    pub fn is_survey_message(&self) -> bool {
        matches!(self, Self::RuleFailed { .. })
    }

    /// The variables the message uses, by name.
    pub fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        let text = |s: &str| MessageArg::Text(s.to_string());
        let num = |n: f64| MessageArg::Number(n);
        match self {
            Self::UnknownOption { code } | Self::ExclusiveCombined { code } => {
                vec![("code", text(code))]
            }
            Self::TooFewChoices { min } => vec![("min", num(f64::from(*min)))],
            Self::TooManyChoices { max } => vec![("max", num(f64::from(*max)))],
            Self::NotANumber { value } => vec![("value", text(value))],
            Self::OutOfRange { min, max } => {
                let mut v = Vec::new();
                if let Some(m) = min {
                    v.push(("min", num(*m)));
                }
                if let Some(m) = max {
                    v.push(("max", num(*m)));
                }
                v
            }
            Self::TooLong { max, length } => vec![
                ("max", num(f64::from(*max))),
                ("length", num(*length as f64)),
            ],
            _ => Vec::new(),
        }
    }
}

impl Survey {
    /// The question with this id, and the index of its page.
    pub fn question(&self, id: &str) -> Option<(usize, &Question)> {
        self.pages
            .iter()
            .enumerate()
            .find_map(|(i, p)| p.questions.iter().find(|q| q.id == id).map(|q| (i, q)))
    }

    /// Whether a question is shown, given the answers so far.
    pub fn is_relevant(&self, question: &Question, answers: &ResponseAnswers) -> bool {
        question
            .relevant
            .as_ref()
            .is_none_or(|r| logic::eval(&r.expr, answers))
    }

    /// Remove answers to questions that are no longer relevant (which may make later ones
    /// irrelevant in turn); returns the ids of questions whose answers were dropped.
    pub fn prune_irrelevant(&self, answers: &mut ResponseAnswers) -> Vec<String> {
        let mut dropped = Vec::new();
        for q in self.pages.iter().flat_map(|p| &p.questions) {
            if answers.has_question(&q.id)
                && !self.is_relevant(q, answers)
                && answers.remove_question(&q.id)
            {
                dropped.push(q.id.clone());
            }
        }
        dropped
    }

    /// Whether a page has any question to show, given the answers so far; a page whose
    /// questions are all skipped is skipped itself.
    pub fn page_is_shown(&self, page: &crate::model::Page, answers: &ResponseAnswers) -> bool {
        page.questions.iter().any(|q| self.is_relevant(q, answers))
    }

    /// Required questions (or matrix rows) that are shown but have no answer: what stops a
    /// response from being submitted. Each error carries the page it is on.
    pub fn unanswered_required(&self, answers: &ResponseAnswers) -> Vec<(String, AnswerError)> {
        let mut missing = Vec::new();
        for page in &self.pages {
            for q in page.questions.iter().filter(|q| q.required) {
                if !self.is_relevant(q, answers) {
                    continue;
                }
                let fields: Vec<(String, Item)> = match &q.kind {
                    QuestionKind::Matrix { rows, .. } => rows
                        .iter()
                        .map(|r| {
                            let item = Item {
                                question: q.id.clone(),
                                row: Some(r.clone()),
                            };
                            (item.key(), item)
                        })
                        .collect(),
                    _ => vec![(
                        q.id.clone(),
                        Item {
                            question: q.id.clone(),
                            row: None,
                        },
                    )],
                };
                for (field, item) in fields {
                    if answers.get(&item).is_none() {
                        missing.push((
                            page.id.clone(),
                            AnswerError {
                                field,
                                kind: AnswerErrorKind::Required,
                            },
                        ));
                    }
                }
            }
        }
        missing
    }

    /// Put a validated page into a response: the page's old answers are replaced, and answers
    /// elsewhere that the change made irrelevant are dropped (returned by question id).
    pub fn apply_page(
        &self,
        answers: &mut ResponseAnswers,
        page_id: &str,
        page_answers: ResponseAnswers,
    ) -> Vec<String> {
        if let Some(page) = self.pages.iter().find(|p| p.id == page_id) {
            for q in &page.questions {
                answers.remove_question(&q.id);
            }
        }
        answers.merge(page_answers);
        self.prune_irrelevant(answers)
    }

    /// Validate one submitted page. `previous` holds the answers of the response so far (those
    /// to this page's questions are replaced). Returns the page's relevant answers, or every
    /// problem found.
    pub fn validate_page(
        &self,
        page_id: &str,
        previous: &ResponseAnswers,
        input: &FormInput,
    ) -> Result<ResponseAnswers, Vec<AnswerError>> {
        let Some(page) = self.pages.iter().find(|p| p.id == page_id) else {
            return Err(vec![AnswerError {
                field: String::new(),
                kind: AnswerErrorKind::UnknownPage,
            }]);
        };
        let mut errors = Vec::new();
        let on_page: BTreeSet<&str> = page.questions.iter().map(|q| q.id.as_str()).collect();
        for field in input.keys() {
            let (qid, row) = match field.split_once('.') {
                Some((q, r)) => (q, Some(r)),
                None => (field.as_str(), None),
            };
            let known = self
                .question(qid)
                .is_some_and(|(_, q)| match (&q.kind, row) {
                    (QuestionKind::Matrix { rows, .. }, Some(r)) => rows.iter().any(|x| x == r),
                    (QuestionKind::Matrix { .. }, None) | (_, Some(_)) => false,
                    _ => true,
                });
            let kind = if !known {
                AnswerErrorKind::UnknownQuestion
            } else if !on_page.contains(qid) {
                AnswerErrorKind::NotOnPage
            } else {
                continue;
            };
            errors.push(AnswerError {
                field: field.clone(),
                kind,
            });
        }

        let mut working = previous.clone();
        for q in &page.questions {
            working.remove_question(&q.id);
        }
        let mut page_answers = ResponseAnswers::new();
        let mut clean: BTreeSet<&str> = BTreeSet::new();
        for q in &page.questions {
            // Relevance may depend on answers given earlier on this same page.
            if !self.is_relevant(q, &working) {
                continue;
            }
            let before = errors.len();
            for (item, value) in self.parse_question(q, input, &mut errors) {
                working.insert(item.clone(), value.clone());
                page_answers.insert(item, value);
            }
            if errors.len() == before {
                clean.insert(q.id.as_str());
            }
        }
        // Rules run once every answer of the page is parsed; only on answered questions
        // without other errors, so a resident sees one message per problem.
        for q in &page.questions {
            if !clean.contains(q.id.as_str()) || !page_answers.has_question(&q.id) {
                continue;
            }
            for v in &q.validate {
                if !logic::eval(&v.rule.expr, &working) {
                    errors.push(AnswerError {
                        field: first_field(q),
                        kind: AnswerErrorKind::RuleFailed {
                            message: v.message.clone(),
                        },
                    });
                }
            }
        }
        if errors.is_empty() {
            Ok(page_answers)
        } else {
            Err(errors)
        }
    }

    fn parse_question(
        &self,
        q: &Question,
        input: &FormInput,
        errors: &mut Vec<AnswerError>,
    ) -> Vec<(Item, AnswerValue)> {
        let item = |row: Option<&String>| Item {
            question: q.id.clone(),
            row: row.cloned(),
        };
        let mut err = |field: String, kind| errors.push(AnswerError { field, kind });
        let values = |field: &str| -> Vec<&str> {
            input
                .get(field)
                .map(|v| {
                    v.iter()
                        .map(|s| s.trim())
                        .filter(|s| !s.is_empty())
                        .collect()
                })
                .unwrap_or_default()
        };
        let set = q.kind.option_set().and_then(|s| self.option_sets.get(s));
        let mut out = Vec::new();
        match &q.kind {
            QuestionKind::Single { .. } | QuestionKind::Likert { .. } => {
                match single_code(&values(&q.id), set) {
                    Ok(Some(code)) => out.push((item(None), AnswerValue::Code(code))),
                    Ok(None) if q.required => err(q.id.clone(), AnswerErrorKind::Required),
                    Ok(None) => {}
                    Err(kind) => err(q.id.clone(), kind),
                }
            }
            QuestionKind::Matrix { rows, .. } => {
                for row in rows {
                    let field = format!("{}.{row}", q.id);
                    match single_code(&values(&field), set) {
                        Ok(Some(code)) => out.push((item(Some(row)), AnswerValue::Code(code))),
                        Ok(None) if q.required => err(field, AnswerErrorKind::Required),
                        Ok(None) => {}
                        Err(kind) => err(field, kind),
                    }
                }
            }
            QuestionKind::Multiple {
                min_choices,
                max_choices,
                ..
            } => {
                let mut codes: Vec<String> = Vec::new();
                let mut bad = false;
                for v in values(&q.id) {
                    match set.and_then(|s| s.get(v)) {
                        None => {
                            err(
                                q.id.clone(),
                                AnswerErrorKind::UnknownOption {
                                    code: v.to_string(),
                                },
                            );
                            bad = true;
                        }
                        Some(_) if codes.iter().any(|c| c == v) => {}
                        Some(_) => codes.push(v.to_string()),
                    }
                }
                if bad {
                    return out;
                }
                let exclusive = codes
                    .iter()
                    .find(|c| set.and_then(|s| s.get(c)).is_some_and(|o| o.exclusive));
                if let (Some(code), true) = (exclusive, codes.len() > 1) {
                    err(
                        q.id.clone(),
                        AnswerErrorKind::ExclusiveCombined { code: code.clone() },
                    );
                } else if codes.is_empty() {
                    if q.required {
                        err(q.id.clone(), AnswerErrorKind::Required);
                    }
                } else if exclusive.is_none()
                    && min_choices.is_some_and(|m| codes.len() < m as usize)
                {
                    err(
                        q.id.clone(),
                        AnswerErrorKind::TooFewChoices {
                            min: min_choices.unwrap_or(0),
                        },
                    );
                } else if max_choices.is_some_and(|m| codes.len() > m as usize) {
                    err(
                        q.id.clone(),
                        AnswerErrorKind::TooManyChoices {
                            max: max_choices.unwrap_or(0),
                        },
                    );
                } else {
                    out.push((item(None), AnswerValue::Codes(codes)));
                }
            }
            QuestionKind::Number { min, max, integer } => match values(&q.id).as_slice() {
                [] if q.required => err(q.id.clone(), AnswerErrorKind::Required),
                [] => {}
                [v] => match parse_number(v) {
                    None => err(
                        q.id.clone(),
                        AnswerErrorKind::NotANumber { value: truncate(v) },
                    ),
                    Some(n) if *integer && n.fract() != 0.0 => {
                        err(q.id.clone(), AnswerErrorKind::NotAnInteger)
                    }
                    Some(n) if min.is_some_and(|m| n < m) || max.is_some_and(|m| n > m) => err(
                        q.id.clone(),
                        AnswerErrorKind::OutOfRange {
                            min: *min,
                            max: *max,
                        },
                    ),
                    Some(n) => out.push((item(None), AnswerValue::Number(n))),
                },
                _ => err(q.id.clone(), AnswerErrorKind::MultipleValues),
            },
            QuestionKind::Text { max_length } | QuestionKind::LongText { max_length } => {
                let raw: Vec<String> = input
                    .get(&q.id)
                    .map(|v| {
                        v.iter()
                            .map(|s| s.replace("\r\n", "\n").trim().to_string())
                            .filter(|s| !s.is_empty())
                            .collect()
                    })
                    .unwrap_or_default();
                match raw.as_slice() {
                    [] if q.required => err(q.id.clone(), AnswerErrorKind::Required),
                    [] => {}
                    [t] => {
                        let length = t.chars().count();
                        let single_line = matches!(q.kind, QuestionKind::Text { .. });
                        if length > *max_length as usize {
                            err(
                                q.id.clone(),
                                AnswerErrorKind::TooLong {
                                    max: *max_length,
                                    length,
                                },
                            );
                        } else if single_line && t.contains('\n') {
                            err(q.id.clone(), AnswerErrorKind::LineBreak);
                        } else if t.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
                            err(q.id.clone(), AnswerErrorKind::ControlCharacters);
                        } else {
                            out.push((item(None), AnswerValue::Text(t.clone())));
                        }
                    }
                    _ => err(q.id.clone(), AnswerErrorKind::MultipleValues),
                }
            }
        }
        out
    }
}

fn first_field(q: &Question) -> String {
    match &q.kind {
        QuestionKind::Matrix { rows, .. } => rows
            .first()
            .map_or_else(|| q.id.clone(), |r| format!("{}.{r}", q.id)),
        _ => q.id.clone(),
    }
}

fn single_code(
    values: &[&str],
    set: Option<&crate::model::OptionSet>,
) -> Result<Option<String>, AnswerErrorKind> {
    match values {
        [] => Ok(None),
        [v] => match set.and_then(|s| s.get(v)) {
            Some(_) => Ok(Some((*v).to_string())),
            None => Err(AnswerErrorKind::UnknownOption { code: truncate(v) }),
        },
        _ => Err(AnswerErrorKind::MultipleValues),
    }
}

/// Numbers as residents type them: a decimal comma is as good as a point, and Arabic-Indic
/// and Persian digits (what an Arabic or Persian keyboard types) are digits too.
fn parse_number(s: &str) -> Option<f64> {
    let s: String = s
        .chars()
        .filter_map(|c| match c {
            '\u{660}'..='\u{669}' => char::from_digit(c as u32 - 0x660, 10),
            '\u{6f0}'..='\u{6f9}' => char::from_digit(c as u32 - 0x6f0, 10),
            ',' | '\u{66b}' => Some('.'),
            ' ' | '\u{a0}' | '\u{202f}' | '\u{66c}' => None,
            c => Some(c),
        })
        .collect();
    if s.len() > 40 {
        return None;
    }
    s.parse::<f64>().ok().filter(|n| n.is_finite())
}

/// Echoed input is cut short so that an error never carries a huge payload back.
fn truncate(s: &str) -> String {
    s.chars().take(60).collect()
}
