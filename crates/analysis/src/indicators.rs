//! An indicator's value per respondent of a wave, from the item columns of the frame. This is
//! where the semantics of surveys/README.md ("indicators.toml") live; no polars.
//!
//! - **share**: `Some(1.0)` when the respondent chose any of the indicator's codes on any of
//!   its items, `Some(0.0)` when not, and `None` (out of the denominator) when none of the
//!   items has a substantive answer (unanswered, or only non-substantive codes such as
//!   "can't say").
//! - **index**: each item with a substantive answer is put on 0-100 linearly from its `low`
//!   value (0) to its `high` value (100), reversed items as 100 minus that; the index is the
//!   mean over those items, `None` when fewer than `min_items` items are answered.

use atmos_survey::{Indicator, Measure, OptionSet};

use crate::frame::{ColumnValues, WaveData};
use crate::plan::{ColumnKind, Plan};

/// One value per respondent of `wave` (`None`: not in the indicator's denominator).
///
/// Panics if the plan has no column for one of the indicator's items; a [`Plan`] made for the
/// indicator always has them.
pub fn indicator_values(plan: &Plan, indicator: &Indicator, wave: &WaveData) -> Vec<Option<f64>> {
    let column = |item| {
        let index = plan
            .column_of(item)
            .unwrap_or_else(|| panic!("the plan has no column for item `{}`", item.key()));
        (&plan.columns[index].kind, &wave.columns[index])
    };
    match &indicator.measure {
        Measure::Share { items, codes } => {
            let items: Vec<(u64, u64, &[u64])> = items
                .iter()
                .filter_map(|item| match column(item) {
                    (ColumnKind::Codes { set, .. }, ColumnValues::Codes(values)) => Some((
                        substantive_mask(set),
                        code_mask(set, codes),
                        values.as_slice(),
                    )),
                    // A share's items are choice questions (the survey loader checks it).
                    _ => None,
                })
                .collect();
            (0..wave.len())
                .map(|i| {
                    let answered = items.iter().any(|(subst, _, v)| v[i] & subst != 0);
                    let hit = items.iter().any(|(_, hit, v)| v[i] & hit != 0);
                    answered.then_some(if hit { 1.0 } else { 0.0 })
                })
                .collect()
        }
        Measure::Index { items, min_items } => {
            let recoded: Vec<Vec<Option<f64>>> = items
                .iter()
                .map(|index_item| {
                    let scale = |v: f64| {
                        let r = (v - index_item.low) / (index_item.high - index_item.low) * 100.0;
                        if index_item.reverse { 100.0 - r } else { r }
                    };
                    match column(&index_item.item) {
                        (ColumnKind::Codes { set, .. }, ColumnValues::Codes(values)) => {
                            let by_option: Vec<Option<f64>> = set
                                .options
                                .iter()
                                .map(|o| o.value.filter(|_| !o.nonsubstantive).map(scale))
                                .collect();
                            values
                                .iter()
                                .map(|&mask| single_option(mask).and_then(|k| by_option[k]))
                                .collect()
                        }
                        (_, ColumnValues::Numbers(values)) => {
                            values.iter().map(|v| v.map(scale)).collect()
                        }
                        (_, ColumnValues::Codes(values)) => vec![None; values.len()],
                    }
                })
                .collect();
            (0..wave.len())
                .map(|i| {
                    let (count, sum) = recoded
                        .iter()
                        .filter_map(|item| item[i])
                        .fold((0_usize, 0.0), |(c, s), v| (c + 1, s + v));
                    (count >= *min_items && count > 0).then(|| sum / count as f64)
                })
                .collect()
        }
    }
}

/// Bits of the substantive options of a set.
fn substantive_mask(set: &OptionSet) -> u64 {
    set.options
        .iter()
        .enumerate()
        .filter(|(_, o)| !o.nonsubstantive)
        .fold(0, |m, (k, _)| m | 1 << k)
}

/// Bits of `codes` in a set.
fn code_mask(set: &OptionSet, codes: &[String]) -> u64 {
    set.options
        .iter()
        .enumerate()
        .filter(|(_, o)| codes.contains(&o.code))
        .fold(0, |m, (k, _)| m | 1 << k)
}

/// The option of a single-choice answer (exactly one bit), if any.
fn single_option(mask: u64) -> Option<usize> {
    (mask.count_ones() == 1).then(|| mask.trailing_zeros() as usize)
}
