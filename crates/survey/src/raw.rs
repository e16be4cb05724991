//! The definition files as written: TOML shapes with spans, before any checking.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

pub type S<T> = Spanned<T>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SurveyFile {
    pub id: S<String>,
    pub default_locale: S<String>,
    pub locales: S<Vec<S<String>>>,
    pub pages: S<Vec<S<String>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionsFile {
    #[serde(default)]
    pub set: Vec<OptionSet>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionSet {
    pub id: S<String>,
    pub options: S<Vec<Choice>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub code: S<String>,
    pub value: Option<f64>,
    #[serde(default)]
    pub nonsubstantive: bool,
    #[serde(default)]
    pub exclusive: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageFile {
    pub id: S<String>,
    #[serde(default)]
    pub question: Vec<Question>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuestionType {
    Single,
    Multiple,
    Likert,
    Matrix,
    Number,
    Text,
    Longtext,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: S<String>,
    #[serde(rename = "type")]
    pub kind: S<QuestionType>,
    pub options: Option<S<String>>,
    pub rows: Option<S<Vec<S<String>>>>,
    #[serde(default)]
    pub required: bool,
    pub relevant: Option<S<String>>,
    #[serde(default)]
    pub validate: Vec<ValidationRule>,
    pub min: Option<S<f64>>,
    pub max: Option<S<f64>>,
    #[serde(default)]
    pub integer: bool,
    pub max_length: Option<S<i64>>,
    pub min_choices: Option<S<i64>>,
    pub max_choices: Option<S<i64>>,
    pub comparable_with: Option<S<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ValidationRule {
    pub rule: S<String>,
    pub message: S<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorsFile {
    #[serde(default)]
    pub indicator: Vec<Indicator>,
    #[serde(default)]
    pub breakdown: Vec<Breakdown>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum IndicatorKind {
    Share,
    Index,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub id: S<String>,
    pub theme: S<crate::model::Theme>,
    pub kind: S<IndicatorKind>,
    pub items: S<Vec<S<String>>>,
    pub codes: Option<S<Vec<S<String>>>>,
    #[serde(default)]
    pub per_row: bool,
    #[serde(default)]
    pub reverse: Vec<S<String>>,
    pub min_items: Option<S<i64>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Breakdown {
    pub id: S<String>,
    pub question: S<String>,
    pub groups: Option<Vec<Group>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub id: S<String>,
    pub codes: S<Vec<S<String>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarginsFile {
    #[serde(default)]
    pub wave: Vec<WaveMargins>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WaveMargins {
    pub wave: S<String>,
    pub source: Option<String>,
    #[serde(default)]
    pub margins: BTreeMap<S<String>, BTreeMap<S<String>, S<f64>>>,
}

/// targets.toml: a programme's targets for indicators (optional file).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TargetsFile {
    #[serde(default)]
    pub target: Vec<Target>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    pub indicator: S<String>,
    pub direction: S<crate::model::TargetDirection>,
    pub value: S<f64>,
    pub by: S<String>,
    /// Language -> text.
    pub responsible: S<BTreeMap<String, String>>,
    pub programme: Option<S<BTreeMap<String, String>>>,
}
