//! What the charts draw: plain structs, independent of how the numbers were computed. The
//! adapters in [`crate::adapt`] fill them from an [`atmos_analysis::IndicatorTable`]; anything
//! else (a report, a test) can build them directly. Labels are final text in the chart's
//! language; ids (indicator, breakdown, group, wave, category) are used for element ids and
//! `data-` attributes only.

use crate::error::ChartError;

pub use atmos_survey::TargetDirection;

/// What an indicator measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// A proportion between 0 and 1, drawn as a percentage.
    Share,
    /// A mean on 0-100.
    Index,
}

/// Why a cell shows no number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HiddenReason {
    /// Fewer answers than the table's minimum ("too few answers").
    TooFewAnswers,
    /// Hidden so that another hidden cell cannot be worked out from the totals.
    Protects,
}

/// A published estimate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Estimate {
    /// A share (0-1) or an index value (0-100), as [`Measure`] says.
    pub estimate: f64,
    /// The confidence interval; `None` when the domain has a single respondent.
    pub interval: Option<(f64, f64)>,
    /// Unweighted respondents behind the estimate.
    pub n: usize,
}

/// One cell of a chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value {
    Published(Estimate),
    /// Hidden for protection: drawn as words, never as a bar or point (and never as zero).
    Hidden(HiddenReason),
    /// No respondent of the domain answered.
    NoAnswers,
}

impl Value {
    pub fn estimate(&self) -> Option<&Estimate> {
        match self {
            Value::Published(e) => Some(e),
            _ => None,
        }
    }
}

/// What every chart states in its notes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Notes {
    /// The intervals' confidence level (0.95).
    pub level: f64,
    /// Cells with fewer answers are hidden; 0 when nothing is.
    pub min_n: usize,
    /// Whether the estimates are weighted (raked or a weight column).
    pub weighted: bool,
}

impl Default for Notes {
    fn default() -> Self {
        Self {
            level: 0.95,
            min_n: 10,
            weighted: true,
        }
    }
}

/// An indicator across waves, for the whole population or one group.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendData {
    pub indicator: String,
    pub label: String,
    pub measure: Measure,
    /// The group's label, e.g. "Women"; `None` for all respondents.
    pub domain: Option<String>,
    /// In the order of time.
    pub waves: Vec<TrendWave>,
    /// Tested changes between waves (the chart marks the significant ones between
    /// consecutive waves).
    pub changes: Vec<Change>,
    /// A programme target, drawn as a dashed line across the plot; `None` draws none.
    pub target: Option<TargetLine>,
    pub notes: Notes,
}

/// A programme target of a trend's indicator (from a survey's targets.toml).
#[derive(Debug, Clone, PartialEq)]
pub struct TargetLine {
    /// A share (0-1) or an index value (0-100), as the trend's [`Measure`] says.
    pub value: f64,
    pub direction: TargetDirection,
    /// The wave label by which the target should be reached.
    pub by: String,
}

impl TargetLine {
    /// The line of `target`, for a trend of its indicator.
    pub fn from_target(target: &atmos_survey::Target) -> Self {
        Self {
            value: target.value,
            direction: target.direction,
            by: target.by.clone(),
        }
    }
}

/// One wave of a trend.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendWave {
    /// The wave's label (`2024`).
    pub wave: String,
    pub value: Value,
    /// The questionnaire version the wave ran. Where two consecutive waves have different
    /// versions (both known), the chart draws a break and does not join their points.
    pub questionnaire: Option<String>,
}

/// The change between two waves.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub earlier: String,
    pub later: String,
    /// later - earlier (a share's difference is in proportions, 0.05 = 5 percentage points).
    pub difference: Option<f64>,
    /// Significant at the notes' level after the adjustment for multiple comparisons.
    pub significant: bool,
}

impl TrendData {
    /// Sets each wave's questionnaire version from `(wave, version)` pairs.
    pub fn set_questionnaires<'v>(
        &mut self,
        versions: impl IntoIterator<Item = (&'v str, &'v str)>,
    ) {
        for (wave, version) in versions {
            if let Some(w) = self.waves.iter_mut().find(|w| w.wave == wave) {
                w.questionnaire = Some(version.to_owned());
            }
        }
    }

    /// Whether a questionnaire break lies between wave `i` and wave `i + 1`.
    pub fn break_after(&self, i: usize) -> bool {
        match (self.waves.get(i), self.waves.get(i + 1)) {
            (Some(a), Some(b)) => match (&a.questionnaire, &b.questionnaire) {
                (Some(x), Some(y)) => x != y,
                _ => false,
            },
            _ => false,
        }
    }

    /// The significant change between wave `i` and wave `i + 1`, if there is one.
    pub fn significant_after(&self, i: usize) -> Option<&Change> {
        let (a, b) = (self.waves.get(i)?, self.waves.get(i + 1)?);
        self.changes
            .iter()
            .find(|c| c.significant && c.earlier == a.wave && c.later == b.wave)
    }

    pub(crate) fn validate(&self) -> Result<(), ChartError> {
        if self.waves.is_empty() {
            return Err(ChartError::NoData(format!(
                "the trend of `{}` has no waves",
                self.indicator
            )));
        }
        for w in &self.waves {
            check_value(&self.indicator, &w.wave, self.measure, &w.value)?;
        }
        if let Some(t) = &self.target {
            let max = match self.measure {
                Measure::Share => 1.0,
                Measure::Index => 100.0,
            };
            if !(t.value.is_finite() && (0.0..=max).contains(&t.value)) {
                return Err(ChartError::InvalidData(format!(
                    "the target of `{}` is {}, outside 0-{max}",
                    self.indicator, t.value
                )));
            }
        }
        for c in &self.changes {
            for wave in [&c.earlier, &c.later] {
                if !self.waves.iter().any(|w| &w.wave == wave) {
                    return Err(ChartError::InvalidData(format!(
                        "a change of `{}` names wave `{wave}`, which the trend does not have",
                        self.indicator
                    )));
                }
            }
        }
        Ok(())
    }
}

/// An indicator by the groups of one breakdown, for one or more waves.
#[derive(Debug, Clone, PartialEq)]
pub struct BreakdownData {
    pub indicator: String,
    pub label: String,
    pub measure: Measure,
    pub breakdown: String,
    pub breakdown_label: String,
    /// Wave labels, oldest first; each row has one value per wave.
    pub waves: Vec<String>,
    /// All respondents, drawn first as the reference; `None` to leave it out.
    pub total: Option<BreakdownRow>,
    pub groups: Vec<BreakdownRow>,
    pub notes: Notes,
}

/// A group (or the total) of a breakdown.
#[derive(Debug, Clone, PartialEq)]
pub struct BreakdownRow {
    pub group: String,
    pub label: String,
    /// Aligned with [`BreakdownData::waves`].
    pub values: Vec<Value>,
}

impl BreakdownData {
    pub(crate) fn validate(&self) -> Result<(), ChartError> {
        if self.waves.is_empty() {
            return Err(ChartError::NoData(format!(
                "the breakdown of `{}` has no waves",
                self.indicator
            )));
        }
        if self.waves.len() > crate::palette::MAX_WAVES {
            return Err(ChartError::InvalidData(format!(
                "a breakdown chart shows at most {} waves; {} were given",
                crate::palette::MAX_WAVES,
                self.waves.len()
            )));
        }
        if self.groups.is_empty() {
            return Err(ChartError::EmptyBreakdown {
                indicator: self.indicator.clone(),
                breakdown: self.breakdown.clone(),
            });
        }
        for row in self.total.iter().chain(&self.groups) {
            if row.values.len() != self.waves.len() {
                return Err(ChartError::InvalidData(format!(
                    "group `{}` has {} values for {} waves",
                    row.group,
                    row.values.len(),
                    self.waves.len()
                )));
            }
            for (wave, value) in self.waves.iter().zip(&row.values) {
                check_value(&self.indicator, wave, self.measure, value)?;
            }
        }
        Ok(())
    }
}

/// Which side of a Likert scale a category is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Negative,
    Neutral,
    Positive,
}

/// An answer category of a distribution.
#[derive(Debug, Clone, PartialEq)]
pub struct Category {
    pub code: String,
    pub label: String,
    pub side: Side,
}

/// The answers to one Likert question (or matrix row) in each wave, as diverging stacked bars.
///
/// Categories are in scale order: the negative side (strongest first), at most one neutral
/// category, then the positive side (mildest first), e.g. strongly disagree, disagree, neither,
/// agree, strongly agree. Non-substantive answers ("can't say") are left out: shares are of
/// those with a substantive answer and add up to 1.
#[derive(Debug, Clone, PartialEq)]
pub struct DistributionData {
    /// `question` or `question.row`.
    pub item: String,
    pub label: String,
    /// The group's label; `None` for all respondents.
    pub domain: Option<String>,
    pub categories: Vec<Category>,
    /// In the order of time.
    pub waves: Vec<DistributionWave>,
    pub notes: Notes,
}

/// One wave of a distribution.
#[derive(Debug, Clone, PartialEq)]
pub struct DistributionWave {
    pub wave: String,
    pub value: DistributionValue,
}

#[derive(Debug, Clone, PartialEq)]
pub enum DistributionValue {
    Published {
        /// Aligned with [`DistributionData::categories`].
        shares: Vec<f64>,
        /// Respondents with a substantive answer.
        n: usize,
    },
    Hidden(HiddenReason),
    NoAnswers,
}

impl DistributionData {
    pub(crate) fn validate(&self) -> Result<(), ChartError> {
        let invalid =
            |detail: String| ChartError::InvalidData(format!("`{}`: {detail}", self.item));
        if self.waves.is_empty() {
            return Err(ChartError::NoData(format!(
                "the distribution of `{}` has no waves",
                self.item
            )));
        }
        if self.categories.is_empty() {
            return Err(invalid("no categories".to_owned()));
        }
        let rank = |s: Side| match s {
            Side::Negative => 0,
            Side::Neutral => 1,
            Side::Positive => 2,
        };
        if self
            .categories
            .windows(2)
            .any(|p| rank(p[0].side) > rank(p[1].side))
        {
            return Err(invalid(
                "categories must run from the negative side through neutral to the positive side"
                    .to_owned(),
            ));
        }
        let count = |side| self.categories.iter().filter(|c| c.side == side).count();
        if count(Side::Neutral) > 1 {
            return Err(invalid("more than one neutral category".to_owned()));
        }
        for side in [Side::Negative, Side::Positive] {
            if count(side) > crate::palette::MAX_SIDE {
                return Err(invalid(format!(
                    "more than {} categories on one side",
                    crate::palette::MAX_SIDE
                )));
            }
        }
        for w in &self.waves {
            if let DistributionValue::Published { shares, .. } = &w.value {
                if shares.len() != self.categories.len() {
                    return Err(invalid(format!(
                        "wave {} has {} shares for {} categories",
                        w.wave,
                        shares.len(),
                        self.categories.len()
                    )));
                }
                if shares
                    .iter()
                    .any(|s| !s.is_finite() || *s < 0.0 || *s > 1.0)
                {
                    return Err(invalid(format!("wave {}: a share outside 0-1", w.wave)));
                }
                let sum: f64 = shares.iter().sum();
                if (sum - 1.0).abs() > 1e-6 {
                    return Err(invalid(format!(
                        "wave {}: the shares add up to {sum}, not 1",
                        w.wave
                    )));
                }
            }
        }
        Ok(())
    }
}

/// Every indicator of a theme (racism, inclusion, services, ...), one small trend each.
#[derive(Debug, Clone, PartialEq)]
pub struct ThemeData {
    pub theme: String,
    pub label: String,
    pub panels: Vec<TrendData>,
    pub notes: Notes,
}

impl ThemeData {
    pub(crate) fn validate(&self) -> Result<(), ChartError> {
        if self.panels.is_empty() {
            return Err(ChartError::EmptyTheme {
                theme: self.theme.clone(),
            });
        }
        self.panels.iter().try_for_each(TrendData::validate)
    }
}

fn check_value(
    indicator: &str,
    wave: &str,
    measure: Measure,
    value: &Value,
) -> Result<(), ChartError> {
    let Value::Published(e) = value else {
        return Ok(());
    };
    let max = match measure {
        Measure::Share => 1.0,
        Measure::Index => 100.0,
    };
    // An index's interval (mean ± z·SE) may reach past 0 or 100; the chart clips it.
    let ok = e.estimate.is_finite()
        && (-1e-9..=max + 1e-9).contains(&e.estimate)
        && e.interval
            .is_none_or(|(l, u)| l.is_finite() && u.is_finite() && l <= u);
    if ok {
        Ok(())
    } else {
        Err(ChartError::InvalidData(format!(
            "`{indicator}`, wave {wave}: an estimate outside 0-{max}, or an interval that is not a number"
        )))
    }
}
