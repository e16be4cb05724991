//! The resolved questionnaire: what a loaded, valid definition is, and what a snapshot stores.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::logic::{self, Expr};

/// A whole survey definition, valid by construction when it comes from [`crate::load`].
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Survey {
    pub id: String,
    pub default_locale: String,
    pub locales: Vec<String>,
    pub pages: Vec<Page>,
    pub option_sets: BTreeMap<String, OptionSet>,
    pub indicators: Vec<Indicator>,
    pub breakdowns: Vec<Breakdown>,
    pub margins: Vec<WaveMargins>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Page {
    pub id: String,
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    pub required: bool,
    pub relevant: Option<Rule>,
    pub validate: Vec<ValidationRule>,
    pub comparable_with: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum QuestionKind {
    Single {
        options: String,
    },
    Multiple {
        options: String,
        min_choices: Option<u32>,
        max_choices: Option<u32>,
    },
    Likert {
        options: String,
    },
    Matrix {
        rows: Vec<String>,
        options: String,
    },
    Number {
        min: Option<f64>,
        max: Option<f64>,
        integer: bool,
    },
    Text {
        max_length: u32,
    },
    #[serde(rename = "longtext")]
    LongText {
        max_length: u32,
    },
}

impl QuestionKind {
    pub fn name(&self) -> &'static str {
        match self {
            Self::Single { .. } => "single",
            Self::Multiple { .. } => "multiple",
            Self::Likert { .. } => "likert",
            Self::Matrix { .. } => "matrix",
            Self::Number { .. } => "number",
            Self::Text { .. } => "text",
            Self::LongText { .. } => "longtext",
        }
    }

    /// The option set answers are drawn from, for choice questions.
    pub fn option_set(&self) -> Option<&str> {
        match self {
            Self::Single { options }
            | Self::Multiple { options, .. }
            | Self::Likert { options }
            | Self::Matrix { options, .. } => Some(options),
            _ => None,
        }
    }

    pub fn is_free_text(&self) -> bool {
        matches!(self, Self::Text { .. } | Self::LongText { .. })
    }
}

/// A logic-language expression, kept with its source so snapshots stay readable.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(try_from = "String", into = "String")]
pub struct Rule {
    pub source: String,
    pub expr: Expr,
}

impl TryFrom<String> for Rule {
    type Error = logic::ParseError;
    fn try_from(source: String) -> Result<Self, Self::Error> {
        let expr = logic::parse(&source)?;
        Ok(Self { source, expr })
    }
}

impl From<Rule> for String {
    fn from(rule: Rule) -> Self {
        rule.source
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ValidationRule {
    pub rule: Rule,
    /// Suffix of the fluent message `rule-<message>` shown when the rule fails.
    pub message: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct OptionSet {
    pub id: String,
    pub options: Vec<Choice>,
}

impl OptionSet {
    pub fn get(&self, code: &str) -> Option<&Choice> {
        self.options.iter().find(|o| o.code == code)
    }

    pub fn codes(&self) -> impl Iterator<Item = &str> {
        self.options.iter().map(|o| o.code.as_str())
    }

    /// Lowest and highest value of the substantive options, the ends of an index's 0-100 range.
    pub fn value_range(&self) -> Option<(f64, f64)> {
        let values = self
            .options
            .iter()
            .filter(|o| !o.nonsubstantive)
            .filter_map(|o| o.value);
        values.fold(None, |acc, v| match acc {
            None => Some((v, v)),
            Some((lo, hi)) => Some((lo.min(v), hi.max(v))),
        })
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Choice {
    pub code: String,
    pub value: Option<f64>,
    pub nonsubstantive: bool,
    pub exclusive: bool,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    Racism,
    Discrimination,
    Inclusion,
    Services,
    Atmosphere,
    Belonging,
    Trust,
    Safety,
}

impl Theme {
    pub const ALL: [Theme; 8] = [
        Theme::Racism,
        Theme::Discrimination,
        Theme::Inclusion,
        Theme::Services,
        Theme::Atmosphere,
        Theme::Belonging,
        Theme::Trust,
        Theme::Safety,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Racism => "racism",
            Theme::Discrimination => "discrimination",
            Theme::Inclusion => "inclusion",
            Theme::Services => "services",
            Theme::Atmosphere => "atmosphere",
            Theme::Belonging => "belonging",
            Theme::Trust => "trust",
            Theme::Safety => "safety",
        }
    }
}

/// An item an indicator is computed from: a question, or one row of a matrix.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Item {
    pub question: String,
    pub row: Option<String>,
}

impl Item {
    /// The form field name and stored key of the item: `question` or `question.row`.
    pub fn key(&self) -> String {
        match &self.row {
            Some(row) => format!("{}.{row}", self.question),
            None => self.question.clone(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Indicator {
    /// Full id; a per-row indicator is `<id>.<row>`.
    pub id: String,
    /// The declared id in indicators.toml (the fluent message is `ind-<base_id>`).
    pub base_id: String,
    /// For a per-row indicator, the matrix row it measures.
    pub row: Option<String>,
    pub theme: Theme,
    pub measure: Measure,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Measure {
    /// Share answering any of `codes` on any of `items`.
    Share {
        items: Vec<Item>,
        codes: Vec<String>,
    },
    /// Mean of items recoded to 0-100, present when `min_items` are answered.
    Index {
        items: Vec<IndexItem>,
        min_items: usize,
    },
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct IndexItem {
    pub item: Item,
    /// Value mapped to 0 and to 100 (before reversing).
    pub low: f64,
    pub high: f64,
    pub reverse: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Breakdown {
    pub id: String,
    pub question: String,
    /// Whether groups were declared (then their labels are `bd-<id>-<group>`), or are the codes.
    pub declared_groups: bool,
    pub groups: Vec<Group>,
}

impl Breakdown {
    /// The group a code falls in; non-substantive codes fall in none.
    pub fn group_of(&self, code: &str) -> Option<&str> {
        self.groups
            .iter()
            .find(|g| g.codes.iter().any(|c| c == code))
            .map(|g| g.id.as_str())
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Group {
    pub id: String,
    pub codes: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct WaveMargins {
    pub wave: String,
    pub source: Option<String>,
    /// Breakdown id -> group id -> population count.
    pub margins: BTreeMap<String, BTreeMap<String, f64>>,
}

impl WaveMargins {
    pub fn total(&self) -> Option<f64> {
        self.margins.values().next().map(|m| m.values().sum())
    }
}

/// Which side of its value a target wants an indicator on.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "lowercase")]
pub enum TargetDirection {
    Below,
    Above,
}

impl TargetDirection {
    pub fn as_str(self) -> &'static str {
        match self {
            TargetDirection::Below => "below",
            TargetDirection::Above => "above",
        }
    }
}

/// A programme target for an indicator (targets.toml), e.g. "the share who experienced racism
/// in the past 12 months below 30 % by 2026". Not part of the questionnaire: a programme can
/// revise its targets without a new questionnaire version, so targets are not in [`Survey`]
/// (nor in its snapshot and hash).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Target {
    /// The indicator's full id (a per-row indicator's `<id>.<row>`).
    pub indicator: String,
    pub direction: TargetDirection,
    /// A share (0-1) or an index value (0-100), as the indicator measures.
    pub value: f64,
    /// The wave label by which the target should be reached (`2026`).
    pub by: String,
    /// Who is responsible, per language (always in the survey's default language).
    pub responsible: BTreeMap<String, String>,
    /// The programme that set the target, per language.
    pub programme: Option<BTreeMap<String, String>>,
}

impl Target {
    /// The text of `texts` in the first of `languages` it has (a fallback chain, most wanted
    /// first), else in any language it has; `None` only for an empty map.
    pub fn text_in<'t>(
        texts: &'t BTreeMap<String, String>,
        languages: &[&str],
    ) -> Option<(&'t str, &'t str)> {
        languages
            .iter()
            .find_map(|l| texts.get_key_value(*l))
            .or_else(|| texts.iter().next())
            .map(|(l, t)| (l.as_str(), t.as_str()))
    }
}
