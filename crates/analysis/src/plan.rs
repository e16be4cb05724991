//! What one analysis run computes: the request (indicators, breakdowns, waves, weighting,
//! suppression, intervals) resolved against a survey definition, and the item columns the
//! respondent frame must provide for it. No polars here: [`crate::frame`] builds the frame the
//! plan asks for, [`crate::table`] computes the table.

use std::collections::{BTreeMap, BTreeSet};

use atmos_survey::{Breakdown, Indicator, Item, Measure, OptionSet, QuestionKind, Survey};

use crate::rake::RakeOptions;
use crate::suppress::DEFAULT_MIN_N;
use crate::table_error::TableError;

/// How a wave's respondents are weighted.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Weighting {
    /// Raked to the wave's population margins (the survey's margins.toml, stored with the
    /// questionnaire). A wave without margins is an error ([`TableError::NoMargins`]).
    #[default]
    Raked,
    /// Every respondent weighs 1.
    Unweighted,
    /// Weights read from this column of a respondent file.
    Column(String),
}

/// Which interval a share gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ShareInterval {
    /// Logit (R `svyciprop(method = "xlogit")`), except Korn-Graubard for a small or extreme
    /// cell (see [`crate::table`]).
    #[default]
    Logit,
    /// Korn-Graubard (R `svyciprop(method = "beta")`) for every share.
    KornGraubard,
}

/// What to compute. Empty lists mean "all" for indicators and waves, "none" for breakdowns.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    /// Indicator ids; a per-row indicator's base id (`discrimination`) selects all its rows.
    pub indicators: Vec<String>,
    /// Breakdown ids: every cell is also computed for each group of these.
    pub breakdowns: Vec<String>,
    /// Wave labels, in the order to compare them. Empty: every wave of the data that has
    /// respondents, in the data's order.
    pub waves: Vec<String>,
    pub weighting: Weighting,
    /// Cells with fewer respondents are hidden (0: nothing is hidden, for analysts with
    /// microdata rights only).
    pub min_n: usize,
    /// Confidence level of intervals.
    pub level: f64,
    pub share_interval: ShareInterval,
    pub rake: RakeOptions,
    /// Also the weighted distribution of each categorical question behind the indicators and
    /// Rao-Scott tests of it across waves ([`Plan::distributions`]).
    pub distributions: bool,
}

impl Default for Request {
    fn default() -> Self {
        Self {
            indicators: Vec::new(),
            breakdowns: Vec::new(),
            waves: Vec::new(),
            weighting: Weighting::default(),
            min_n: DEFAULT_MIN_N,
            level: 0.95,
            share_interval: ShareInterval::default(),
            rake: RakeOptions::default(),
            distributions: true,
        }
    }
}

/// How an item's answers are held.
#[derive(Debug, Clone, PartialEq)]
pub enum ColumnKind {
    /// Option codes of `set`; several per respondent when `multiple`.
    Codes { set: OptionSet, multiple: bool },
    /// A number, with the question's bounds if it has them.
    Number { min: Option<f64>, max: Option<f64> },
}

/// One item column of the respondent frame.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemColumn {
    pub item: Item,
    /// `question` or `question.row`: the column's name.
    pub key: String,
    pub kind: ColumnKind,
    /// What needs the column (for error messages): indicator or breakdown ids.
    pub needed_by: Vec<String>,
}

/// The maximum number of options of a set whose answers the frame holds (one bit each).
pub const MAX_OPTIONS: usize = 64;

/// A request resolved against a survey.
#[derive(Debug, Clone)]
pub struct Plan {
    pub survey: Survey,
    pub request: Request,
    pub indicators: Vec<Indicator>,
    /// The breakdowns reported (`Request::breakdowns`).
    pub breakdowns: Vec<Breakdown>,
    /// Breakdowns whose groups the frame computes: the reported ones, then those the margins
    /// of any wave need when raking.
    pub group_columns: Vec<Breakdown>,
    /// Item columns: the indicators' items, then the breakdowns' questions.
    pub columns: Vec<ItemColumn>,
    /// Indicators left out because a respondent file lacks some of their items
    /// ([`Plan::for_columns`]).
    pub skipped: Vec<String>,
    /// The categorical items behind the indicators whose whole distribution the table gives
    /// (empty when [`Request::distributions`] is off).
    pub distributions: Vec<DistributionItem>,
}

/// A categorical item (a single-choice or Likert question, or a matrix row) behind the run's
/// indicators: its weighted distribution over the substantive options is published per wave
/// and domain, and tested across waves (Rao-Scott). Multiple-choice questions are left out
/// (their answers are not one category), and so are number questions and sets with fewer than
/// two substantive options.
#[derive(Debug, Clone, PartialEq)]
pub struct DistributionItem {
    pub item: Item,
    /// `question` or `question.row`.
    pub key: String,
    /// The item's column in [`Plan::columns`].
    pub column: usize,
    /// The substantive options' codes, in the set's order: the categories.
    pub categories: Vec<String>,
    /// Per option of the set: its category, `None` for a non-substantive option ("can't
    /// say", "prefer not to say"), which drops out like a missing answer.
    pub category_of_option: Vec<Option<usize>>,
    /// The indicators computed from the item.
    pub indicators: Vec<String>,
}

impl Plan {
    /// Resolves `request` against `survey`. Errors: an unknown indicator or breakdown, an
    /// invalid level, an option set too large to hold.
    pub fn new(survey: &Survey, request: Request) -> Result<Self, TableError> {
        Self::build(survey, request, None)
    }

    /// A plan for a respondent file with these columns: without an explicit list of
    /// indicators, only those whose items are all columns of the file are computed, and the
    /// others are listed in [`Plan::skipped`]. Indicators asked for by name must have every
    /// column (else the frame reports the missing ones).
    pub fn for_columns(
        survey: &Survey,
        request: Request,
        columns: &BTreeSet<String>,
    ) -> Result<Self, TableError> {
        Self::build(survey, request, Some(columns))
    }

    fn build(
        survey: &Survey,
        request: Request,
        available: Option<&BTreeSet<String>>,
    ) -> Result<Self, TableError> {
        if !(request.level > 0.0 && request.level < 1.0) {
            return Err(TableError::InvalidRequest(format!(
                "the confidence level {} is not strictly between 0 and 1",
                request.level
            )));
        }
        let mut indicators = select_indicators(survey, &request.indicators)?;
        let mut skipped = Vec::new();
        if let Some(columns) = available
            && request.indicators.is_empty()
        {
            let (kept, left): (Vec<Indicator>, Vec<Indicator>) =
                indicators.into_iter().partition(|i| {
                    indicator_items(i)
                        .iter()
                        .all(|item| columns.contains(&item.key()))
                });
            if kept.is_empty() {
                return Err(TableError::InvalidRequest(
                    "the respondent file has the items of no indicator of the survey".to_owned(),
                ));
            }
            indicators = kept;
            skipped = left.into_iter().map(|i| i.id).collect();
        }
        let breakdowns = request
            .breakdowns
            .iter()
            .map(|id| find_breakdown(survey, id))
            .collect::<Result<Vec<_>, _>>()?;
        let mut seen = BTreeSet::new();
        if let Some(dup) = request.breakdowns.iter().find(|b| !seen.insert(b.as_str())) {
            return Err(TableError::InvalidRequest(format!(
                "breakdown `{dup}` is asked for twice"
            )));
        }

        let mut group_columns = breakdowns.clone();
        if request.weighting == Weighting::Raked {
            let margin_ids: BTreeSet<&str> = survey
                .margins
                .iter()
                .flat_map(|w| w.margins.keys().map(String::as_str))
                .collect();
            for id in margin_ids {
                if !group_columns.iter().any(|b| b.id == id) {
                    group_columns.push(find_breakdown(survey, id)?);
                }
            }
        }

        let kinds: BTreeMap<&str, &QuestionKind> = survey
            .pages
            .iter()
            .flat_map(|p| &p.questions)
            .map(|q| (q.id.as_str(), &q.kind))
            .collect();
        let mut columns: Vec<ItemColumn> = Vec::new();
        let mut add = |item: &Item, by: &str| -> Result<(), TableError> {
            let key = item.key();
            if let Some(c) = columns.iter_mut().find(|c| c.key == key) {
                if !c.needed_by.iter().any(|b| b == by) {
                    c.needed_by.push(by.to_owned());
                }
                return Ok(());
            }
            let kind = column_kind(survey, &kinds, item)?;
            columns.push(ItemColumn {
                item: item.clone(),
                key,
                kind,
                needed_by: vec![by.to_owned()],
            });
            Ok(())
        };
        for indicator in &indicators {
            for item in indicator_items(indicator) {
                add(item, &indicator.id)?;
            }
        }
        for breakdown in &group_columns {
            let item = Item {
                question: breakdown.question.clone(),
                row: None,
            };
            add(&item, &format!("breakdown {}", breakdown.id))?;
        }
        let distributions = if request.distributions {
            distribution_items(&indicators, &kinds, &columns)
        } else {
            Vec::new()
        };
        Ok(Self {
            survey: survey.clone(),
            request,
            indicators,
            breakdowns,
            group_columns,
            columns,
            skipped,
            distributions,
        })
    }

    /// The question ids the frame needs, sorted (for the store's export filter).
    pub fn questions(&self) -> Vec<String> {
        let set: BTreeSet<&str> = self
            .columns
            .iter()
            .map(|c| c.item.question.as_str())
            .collect();
        set.into_iter().map(str::to_owned).collect()
    }

    /// The index of an item's column.
    pub fn column_of(&self, item: &Item) -> Option<usize> {
        self.columns.iter().position(|c| &c.item == item)
    }

    /// Every item key of the survey's non-text questions: the columns a respondent file may
    /// have.
    pub fn known_items(&self) -> BTreeMap<String, &QuestionKind> {
        let mut keys = BTreeMap::new();
        for q in self.survey.pages.iter().flat_map(|p| &p.questions) {
            match &q.kind {
                QuestionKind::Matrix { rows, .. } => {
                    for row in rows {
                        keys.insert(format!("{}.{row}", q.id), &q.kind);
                    }
                }
                kind => {
                    keys.insert(q.id.clone(), kind);
                }
            }
        }
        keys
    }
}

/// The categorical items behind `indicators`, in the order they first appear.
fn distribution_items(
    indicators: &[Indicator],
    kinds: &BTreeMap<&str, &QuestionKind>,
    columns: &[ItemColumn],
) -> Vec<DistributionItem> {
    let mut items: Vec<DistributionItem> = Vec::new();
    for indicator in indicators {
        for item in indicator_items(indicator) {
            if let Some(known) = items.iter_mut().find(|d| &d.item == item) {
                if !known.indicators.contains(&indicator.id) {
                    known.indicators.push(indicator.id.clone());
                }
                continue;
            }
            let categorical = matches!(
                kinds.get(item.question.as_str()),
                Some(
                    QuestionKind::Single { .. }
                        | QuestionKind::Likert { .. }
                        | QuestionKind::Matrix { .. }
                )
            );
            let Some((column, set)) = columns
                .iter()
                .enumerate()
                .find(|(_, c)| &c.item == item)
                .and_then(|(i, c)| match &c.kind {
                    ColumnKind::Codes {
                        set,
                        multiple: false,
                    } => Some((i, set)),
                    _ => None,
                })
            else {
                continue;
            };
            if !categorical {
                continue;
            }
            let mut categories = Vec::new();
            let category_of_option = set
                .options
                .iter()
                .map(|o| {
                    (!o.nonsubstantive).then(|| {
                        categories.push(o.code.clone());
                        categories.len() - 1
                    })
                })
                .collect();
            if categories.len() < 2 {
                continue;
            }
            items.push(DistributionItem {
                item: item.clone(),
                key: item.key(),
                column,
                categories,
                category_of_option,
                indicators: vec![indicator.id.clone()],
            });
        }
    }
    items
}

/// The items an indicator is computed from.
fn indicator_items(indicator: &Indicator) -> Vec<&Item> {
    match &indicator.measure {
        Measure::Share { items, .. } => items.iter().collect(),
        Measure::Index { items, .. } => items.iter().map(|i| &i.item).collect(),
    }
}

fn select_indicators(survey: &Survey, ids: &[String]) -> Result<Vec<Indicator>, TableError> {
    if ids.is_empty() {
        return Ok(survey.indicators.clone());
    }
    let mut chosen: Vec<Indicator> = Vec::new();
    for id in ids {
        let matching: Vec<&Indicator> = survey
            .indicators
            .iter()
            .filter(|i| i.id == *id || (i.row.is_some() && i.base_id == *id))
            .collect();
        if matching.is_empty() {
            return Err(TableError::UnknownIndicator {
                id: id.clone(),
                known: known_list(survey.indicators.iter().map(|i| i.id.as_str())),
            });
        }
        for i in matching {
            if !chosen.iter().any(|c| c.id == i.id) {
                chosen.push(i.clone());
            }
        }
    }
    Ok(chosen)
}

fn find_breakdown(survey: &Survey, id: &str) -> Result<Breakdown, TableError> {
    survey
        .breakdowns
        .iter()
        .find(|b| b.id == id)
        .cloned()
        .ok_or_else(|| TableError::UnknownBreakdown {
            id: id.to_owned(),
            known: known_list(survey.breakdowns.iter().map(|b| b.id.as_str())),
        })
}

fn column_kind(
    survey: &Survey,
    kinds: &BTreeMap<&str, &QuestionKind>,
    item: &Item,
) -> Result<ColumnKind, TableError> {
    let kind = kinds.get(item.question.as_str()).ok_or_else(|| {
        TableError::InvalidRequest(format!(
            "item `{}` refers to a question the survey does not have",
            item.key()
        ))
    })?;
    match kind {
        QuestionKind::Number { min, max, .. } => Ok(ColumnKind::Number {
            min: *min,
            max: *max,
        }),
        QuestionKind::Text { .. } | QuestionKind::LongText { .. } => {
            Err(TableError::InvalidRequest(format!(
                "item `{}` is free text, which is never analysed",
                item.key()
            )))
        }
        choice => {
            let set_id = choice.option_set().unwrap_or_default();
            let set = survey.option_sets.get(set_id).cloned().ok_or_else(|| {
                TableError::InvalidRequest(format!(
                    "item `{}` uses option set `{set_id}`, which the survey does not have",
                    item.key()
                ))
            })?;
            if set.options.len() > MAX_OPTIONS {
                return Err(TableError::TooManyOptions {
                    set: set.id.clone(),
                    count: set.options.len(),
                });
            }
            Ok(ColumnKind::Codes {
                set,
                multiple: matches!(choice, QuestionKind::Multiple { .. }),
            })
        }
    }
}

fn known_list<'a>(ids: impl Iterator<Item = &'a str>) -> String {
    let ids: Vec<&str> = ids.collect();
    if ids.is_empty() {
        "none".to_owned()
    } else {
        ids.join(", ")
    }
}
