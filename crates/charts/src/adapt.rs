//! Chart data from an analysis run's [`IndicatorTable`].
//!
//! - **Values**: a published cell is its estimate, interval and n; a suppressed cell is
//!   [`Value::Hidden`] (too few answers, or hidden to protect another cell); an empty cell is
//!   [`Value::NoAnswers`].
//! - **Significance**: a change between consecutive waves is significant when its comparison is
//!   published and its Holm-adjusted p-value (over the run's comparisons) is below
//!   1 - the table's level.
//! - **Strictness**: a trend or breakdown of an indicator that nobody answered in one of the
//!   table's waves is an error ([`ChartError::WaveWithoutData`]), as is a breakdown whose groups
//!   are all empty ([`ChartError::EmptyBreakdown`]); the theme overview instead shows "no
//!   answers" in such a panel, so one missing question does not hide the whole theme.
//! - **Questionnaire versions** are not in the table: set them with
//!   [`TrendData::set_questionnaires`] to draw the breaks.
//!
//! - **Distributions**: [`DistributionData::from_table`] takes an item's whole-wave
//!   distributions from the table's `distributions`, its categories in scale order by the
//!   options' values (below the midpoint of the lowest and highest value: the negative side,
//!   at it: neutral, above: positive). An item whose options have no values (yes/no, a list
//!   of places) is no scale and gets an error rather than an arbitrary split.

use atmos_analysis::table::{IndicatorInfo, IndicatorKind, WeightingReport};
use atmos_analysis::{Cell, CellStatus, Hidden, IndicatorTable};

use crate::data::{
    BreakdownData, BreakdownRow, Category, Change, DistributionData, DistributionValue,
    DistributionWave, Estimate, HiddenReason, Measure, Notes, Side, ThemeData, TrendData,
    TrendWave, Value,
};
use crate::error::ChartError;
use crate::labels::Labels;

fn notes(table: &IndicatorTable) -> Notes {
    Notes {
        level: table.level,
        min_n: table.min_n,
        weighted: table
            .waves
            .iter()
            .any(|w| !matches!(w.weighting, WeightingReport::None)),
    }
}

fn measure(kind: IndicatorKind) -> Measure {
    match kind {
        IndicatorKind::Share => Measure::Share,
        IndicatorKind::Index => Measure::Index,
    }
}

fn indicator<'t>(table: &'t IndicatorTable, id: &str) -> Result<&'t IndicatorInfo, ChartError> {
    table
        .indicators
        .iter()
        .find(|i| i.id == id)
        .ok_or_else(|| ChartError::UnknownIndicator {
            indicator: id.to_owned(),
            available: list(table.indicators.iter().map(|i| i.id.as_str())),
        })
}

fn list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let v: Vec<&str> = items.collect();
    if v.is_empty() {
        "none".to_owned()
    } else {
        v.join(", ")
    }
}

fn find_cell<'t>(
    table: &'t IndicatorTable,
    indicator: &str,
    wave: &str,
    domain: Option<(&str, &str)>,
) -> Result<&'t Cell, ChartError> {
    table
        .cells
        .iter()
        .find(|c| {
            c.indicator == indicator
                && c.wave == wave
                && match domain {
                    None => c.breakdown.is_none(),
                    Some((b, g)) => {
                        c.breakdown.as_deref() == Some(b) && c.group.as_deref() == Some(g)
                    }
                }
        })
        .ok_or_else(|| {
            ChartError::InvalidData(format!(
                "the table has no cell for `{indicator}` in wave {wave}{}",
                domain.map_or(String::new(), |(b, g)| format!(", {b} = {g}"))
            ))
        })
}

fn value(cell: &Cell) -> Result<Value, ChartError> {
    match cell.status {
        CellStatus::Empty => Ok(Value::NoAnswers),
        CellStatus::Suppressed => Ok(Value::Hidden(match cell.suppression {
            Some(Hidden::Complementary { .. }) => HiddenReason::Protects,
            _ => HiddenReason::TooFewAnswers,
        })),
        CellStatus::Published => {
            let (Some(estimate), Some(n)) = (cell.estimate, cell.n) else {
                return Err(ChartError::InvalidData(format!(
                    "the published cell of `{}` in wave {} has no estimate",
                    cell.indicator, cell.wave
                )));
            };
            Ok(Value::Published(Estimate {
                estimate,
                interval: cell.ci_lower.zip(cell.ci_upper),
                n,
            }))
        }
    }
}

/// Checks that `breakdown` (and `group`) are in the table.
fn check_domain(
    table: &IndicatorTable,
    breakdown: &str,
    group: Option<&str>,
) -> Result<(), ChartError> {
    let b = table
        .breakdowns
        .iter()
        .find(|b| b.id == breakdown)
        .ok_or_else(|| ChartError::UnknownBreakdown {
            breakdown: breakdown.to_owned(),
            available: list(table.breakdowns.iter().map(|b| b.id.as_str())),
        })?;
    if let Some(group) = group
        && !b.groups.iter().any(|g| g == group)
    {
        return Err(ChartError::UnknownGroup {
            breakdown: breakdown.to_owned(),
            group: group.to_owned(),
            available: list(b.groups.iter().map(String::as_str)),
        });
    }
    Ok(())
}

/// Whether nobody answered the indicator in `wave` (its whole-wave cell is empty).
fn wave_is_empty(table: &IndicatorTable, indicator: &str, wave: &str) -> Result<bool, ChartError> {
    Ok(find_cell(table, indicator, wave, None)?.status == CellStatus::Empty)
}

fn trend(
    table: &IndicatorTable,
    info: &IndicatorInfo,
    domain: Option<(&str, &str)>,
    labels: &dyn Labels,
    strict: bool,
) -> Result<TrendData, ChartError> {
    let mut waves = Vec::with_capacity(table.waves.len());
    for w in &table.waves {
        if strict && wave_is_empty(table, &info.id, &w.wave)? {
            return Err(ChartError::WaveWithoutData {
                indicator: info.id.clone(),
                wave: w.wave.clone(),
            });
        }
        waves.push(TrendWave {
            wave: w.wave.clone(),
            value: value(find_cell(table, &info.id, &w.wave, domain)?)?,
            questionnaire: None,
        });
    }
    let alpha = 1.0 - table.level;
    let changes = table
        .comparisons
        .iter()
        .filter(|c| {
            c.indicator == info.id
                && c.breakdown.as_deref() == domain.map(|d| d.0)
                && c.group.as_deref() == domain.map(|d| d.1)
        })
        .map(|c| Change {
            earlier: c.earlier.clone(),
            later: c.later.clone(),
            difference: c.difference,
            significant: c.status == CellStatus::Published && c.p_holm.is_some_and(|p| p < alpha),
        })
        .collect();
    Ok(TrendData {
        indicator: info.id.clone(),
        label: labels.indicator(&info.id),
        measure: measure(info.kind),
        domain: domain.map(|(b, g)| labels.group(b, g)),
        waves,
        changes,
        target: None,
        notes: notes(table),
    })
}

impl TrendData {
    /// The trend of `indicator` over the table's waves, for all respondents or, with
    /// `domain = Some((breakdown, group))`, one group.
    pub fn from_table(
        table: &IndicatorTable,
        indicator: &str,
        domain: Option<(&str, &str)>,
        labels: &dyn Labels,
    ) -> Result<Self, ChartError> {
        let info = self::indicator(table, indicator)?;
        if let Some((b, g)) = domain {
            check_domain(table, b, Some(g))?;
        }
        trend(table, info, domain, labels, true)
    }
}

impl BreakdownData {
    /// `indicator` by the groups of `breakdown` in each of the table's waves, with all
    /// respondents first.
    pub fn from_table(
        table: &IndicatorTable,
        indicator: &str,
        breakdown: &str,
        labels: &dyn Labels,
    ) -> Result<Self, ChartError> {
        let info = self::indicator(table, indicator)?;
        check_domain(table, breakdown, None)?;
        let groups = table
            .breakdowns
            .iter()
            .find(|b| b.id == breakdown)
            .map(|b| b.groups.clone())
            .unwrap_or_default();
        let waves: Vec<String> = table.waves.iter().map(|w| w.wave.clone()).collect();
        for wave in &waves {
            if wave_is_empty(table, indicator, wave)? {
                return Err(ChartError::WaveWithoutData {
                    indicator: indicator.to_owned(),
                    wave: wave.clone(),
                });
            }
        }
        let row = |domain: Option<(&str, &str)>| -> Result<Vec<Value>, ChartError> {
            waves
                .iter()
                .map(|w| value(find_cell(table, indicator, w, domain)?))
                .collect()
        };
        let total = BreakdownRow {
            group: String::new(),
            label: labels.all_respondents(),
            values: row(None)?,
        };
        let mut rows = Vec::with_capacity(groups.len());
        for g in &groups {
            rows.push(BreakdownRow {
                group: g.clone(),
                label: labels.group(breakdown, g),
                values: row(Some((breakdown, g)))?,
            });
        }
        if rows
            .iter()
            .all(|r| r.values.iter().all(|v| *v == Value::NoAnswers))
        {
            return Err(ChartError::EmptyBreakdown {
                indicator: indicator.to_owned(),
                breakdown: breakdown.to_owned(),
            });
        }
        Ok(Self {
            indicator: indicator.to_owned(),
            label: labels.indicator(indicator),
            measure: measure(info.kind),
            breakdown: breakdown.to_owned(),
            breakdown_label: labels.breakdown(breakdown),
            waves,
            total: Some(total),
            groups: rows,
            notes: notes(table),
        })
    }
}

impl ThemeData {
    /// Every indicator of `theme` in the table, all respondents, one panel each in the
    /// table's order.
    pub fn from_table(
        table: &IndicatorTable,
        theme: &str,
        labels: &dyn Labels,
    ) -> Result<Self, ChartError> {
        let members: Vec<&IndicatorInfo> = table
            .indicators
            .iter()
            .filter(|i| i.theme == theme)
            .collect();
        if members.is_empty() {
            let mut themes: Vec<&str> = table.indicators.iter().map(|i| i.theme.as_str()).collect();
            themes.dedup();
            themes.sort_unstable();
            themes.dedup();
            return Err(ChartError::UnknownTheme {
                theme: theme.to_owned(),
                available: list(themes.into_iter()),
            });
        }
        let panels = members
            .into_iter()
            .map(|info| trend(table, info, None, labels, false))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self {
            theme: theme.to_owned(),
            label: labels.theme(theme),
            panels,
            notes: notes(table),
        })
    }
}

impl DistributionData {
    /// The distribution of `item` (`question` or `question.row`) among all respondents in
    /// each of the table's waves. `value` gives an option's value (`None` when its set has
    /// none); it places the categories on the scale.
    pub fn from_table(
        table: &IndicatorTable,
        item: &str,
        labels: &dyn Labels,
        value: impl Fn(&str) -> Option<f64>,
    ) -> Result<Self, ChartError> {
        let distribution = table
            .distributions
            .iter()
            .find(|d| d.item == item)
            .ok_or_else(|| ChartError::UnknownItem {
                item: item.to_owned(),
                available: list(table.distributions.iter().map(|d| d.item.as_str())),
            })?;
        let order = scale_order(&distribution.categories, &value).ok_or_else(|| {
            ChartError::InvalidData(format!(
                "`{item}` is not a scale (its options have no values): a diverging chart needs \
                 one; draw an indicator of it instead"
            ))
        })?;
        let categories = order
            .iter()
            .map(|&(k, side)| {
                let code = &distribution.categories[k];
                Category {
                    code: code.clone(),
                    label: labels.category(item, code),
                    side,
                }
            })
            .collect();
        let waves = table
            .waves
            .iter()
            .map(|w| {
                let cell = distribution
                    .cells
                    .iter()
                    .find(|c| c.wave == w.wave && c.breakdown.is_none())
                    .ok_or_else(|| {
                        ChartError::InvalidData(format!(
                            "the table has no distribution of `{item}` in wave {}",
                            w.wave
                        ))
                    })?;
                let value = match (cell.status, &cell.shares, cell.n) {
                    (CellStatus::Published, Some(shares), Some(n)) => {
                        DistributionValue::Published {
                            shares: order.iter().map(|&(k, _)| shares[k]).collect(),
                            n,
                        }
                    }
                    (CellStatus::Published, _, _) => {
                        return Err(ChartError::InvalidData(format!(
                            "the published distribution of `{item}` in wave {} has no shares",
                            w.wave
                        )));
                    }
                    (CellStatus::Suppressed, _, _) => {
                        DistributionValue::Hidden(match cell.suppression {
                            Some(Hidden::Complementary { .. }) => HiddenReason::Protects,
                            _ => HiddenReason::TooFewAnswers,
                        })
                    }
                    (CellStatus::Empty, _, _) => DistributionValue::NoAnswers,
                };
                Ok(DistributionWave {
                    wave: w.wave.clone(),
                    value,
                })
            })
            .collect::<Result<Vec<_>, ChartError>>()?;
        if waves
            .iter()
            .all(|w| w.value == DistributionValue::NoAnswers)
        {
            return Err(ChartError::InvalidData(format!(
                "nobody answered `{item}` in the table's waves"
            )));
        }
        Ok(Self {
            item: item.to_owned(),
            label: labels.item(item),
            domain: None,
            categories,
            waves,
            notes: notes(table),
        })
    }
}

/// The categories' indexes in scale order with their sides (see the module documentation);
/// `None` unless every category has a value.
fn scale_order(
    codes: &[String],
    value: &impl Fn(&str) -> Option<f64>,
) -> Option<Vec<(usize, Side)>> {
    let values: Vec<f64> = codes.iter().map(|c| value(c)).collect::<Option<_>>()?;
    if values.is_empty() {
        return None;
    }
    let (lo, hi) = values
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), &v| {
            (lo.min(v), hi.max(v))
        });
    let mid = (lo + hi) / 2.0;
    let mut order: Vec<usize> = (0..codes.len()).collect();
    order.sort_by(|&a, &b| values[a].total_cmp(&values[b]));
    Some(
        order
            .into_iter()
            .map(|k| {
                let side = match values[k].total_cmp(&mid) {
                    std::cmp::Ordering::Less => Side::Negative,
                    std::cmp::Ordering::Equal => Side::Neutral,
                    std::cmp::Ordering::Greater => Side::Positive,
                };
                (k, side)
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // a failing test may panic

    use super::*;

    fn codes(c: &[&str]) -> Vec<String> {
        c.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn a_likert_scale_is_ordered_by_value_and_split_at_its_midpoint() {
        // Listed from "strongly agree" (5) down, as some option sets are.
        let c = codes(&["sa", "a", "n", "d", "sd"]);
        let value = |code: &str| match code {
            "sa" => Some(5.0),
            "a" => Some(4.0),
            "n" => Some(3.0),
            "d" => Some(2.0),
            "sd" => Some(1.0),
            _ => None,
        };
        assert_eq!(
            scale_order(&c, &value).unwrap(),
            vec![
                (4, Side::Negative),
                (3, Side::Negative),
                (2, Side::Neutral),
                (1, Side::Positive),
                (0, Side::Positive)
            ]
        );
        // Four points: no neutral category.
        let four = codes(&["1", "2", "3", "4"]);
        let sides: Vec<Side> = scale_order(&four, &|c: &str| c.parse().ok())
            .unwrap()
            .into_iter()
            .map(|(_, s)| s)
            .collect();
        assert_eq!(
            sides,
            vec![
                Side::Negative,
                Side::Negative,
                Side::Positive,
                Side::Positive
            ]
        );
    }

    #[test]
    fn options_without_values_are_no_scale() {
        assert_eq!(scale_order(&codes(&["no", "yes"]), &|_: &str| None), None);
        let partly = |c: &str| (c == "a").then_some(1.0);
        assert_eq!(scale_order(&codes(&["a", "b"]), &partly), None);
    }
}
