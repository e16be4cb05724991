//! The indicator table of a run: every indicator × wave × domain (the whole wave and each
//! group of each requested breakdown) estimated with the statistical core, waves compared,
//! p-values Holm-adjusted, and small cells suppressed. No polars: the input is the
//! [`Respondents`] the frame produced.
//!
//! - **Weights** per wave: raked to the wave's margins (base weights 1, [`crate::rake`]), a
//!   weight column, or none ([`Weighting`]).
//! - **Estimates**: [`WaveDesign::estimate`] with n = the wave's respondents (also for
//!   breakdown groups and respondents outside the indicator's denominator).
//! - **Intervals**: an index gets mean ± z SE. A share gets the logit interval, except
//!   Korn-Graubard when asked for ([`ShareInterval::KornGraubard`]) or when the cell is small
//!   or extreme: Kish's effective n below 30, or n_eff·p or n_eff·(1 - p) below 5. At p = 0 or
//!   1 both give the exact Clopper-Pearson interval. The method is reported per cell.
//! - **Comparisons**: each pair of consecutive waves, and the first with the last when there are
//!   more than two, for every indicator and domain; Holm's adjustment runs over all published
//!   comparisons of the run.
//! - **Suppression** (for evaluators; `min_n` 0 turns it off for analysts with microdata
//!   rights): a cell with fewer than `min_n` respondents is hidden, complementary suppression
//!   within each breakdown ([`crate::suppress`]), and the whole-wave cell too when a breakdown's
//!   only non-empty cell is hidden (else it could be recovered from it). A comparison is hidden
//!   when either of its cells is. Hidden cells carry their reason and no number at all.
//! - **Distributions** ([`Plan::distributions`]): for each categorical item behind the
//!   indicators (single-choice and Likert questions, matrix rows), the weighted share of each
//!   substantive option per wave and domain (non-substantive options such as "can't say" drop
//!   out, like a missing answer), and Rao-Scott tests ([`crate::rao_scott`], R's `svychisq`)
//!   of the whole distribution across all waves together (with more than two) and across each
//!   pair of waves the comparisons use, per domain. A distribution's cell (wave × domain, n =
//!   respondents with a substantive answer) is suppressed by the same rule as an indicator's
//!   cell, so no hidden group can be recovered as the whole wave minus the published groups; a
//!   test with a hidden cell is hidden, one with a wave without answers is `empty`, and one
//!   whose answers admit no test (a single category chosen) is `not_testable`. The tests get
//!   their own Holm adjustment over the run's published distribution tests, apart from the
//!   indicator comparisons (a different family of hypotheses: whole distributions, not
//!   indicators).

use atmos_survey::Indicator;
use rayon::prelude::*;
use serde::Serialize;

use crate::compare::{compare_waves, holm};
use crate::deff::{deff_replace, kish_for};
use crate::design::{Estimate, GroupIndex, Outcome, WaveDesign};
use crate::error::AnalysisError;
use crate::frame::{ColumnValues, Respondents, WaveData};
use crate::indicators::indicator_values;
use crate::intervals::{IntervalMethod, korn_graubard_interval, logit_interval, mean_interval};
use crate::plan::{Plan, ShareInterval, Weighting};
use crate::rake::{Margin, RakeReport, WeightSummary, rake};
use crate::rao_scott::{CategoryTally, WaveStrata, rao_scott_tallies};
use crate::suppress::{CellCount, Suppression, suppress};
use crate::table_error::TableError;
use atmos_survey::Measure;

/// Below this Kish effective n, a share's interval is Korn-Graubard.
pub const SMALL_CELL_N_EFF: f64 = 30.0;
/// Below this expected count on either side (n_eff·p, n_eff·(1 - p)), likewise.
pub const EXTREME_CELL_COUNT: f64 = 5.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IndicatorKind {
    /// A proportion between 0 and 1.
    Share,
    /// A mean on 0-100.
    Index,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CellStatus {
    Published,
    /// Hidden for protection; see the cell's `suppression`.
    Suppressed,
    /// No respondent of the domain is in the indicator's denominator.
    Empty,
}

/// Why a cell or comparison is hidden.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Hidden {
    /// Fewer than `min_n` respondents ("too few answers").
    TooFewAnswers { min_n: usize },
    /// Hidden so that the hidden cell `protects` (`breakdown:group`) cannot be recovered.
    Complementary { protects: String },
    /// A comparison whose cell in `wave` is hidden.
    ComparedCellHidden { wave: String },
}

impl Hidden {
    /// The words a table shows instead of the numbers.
    pub fn label(&self) -> &'static str {
        match self {
            Hidden::TooFewAnswers { .. } => "too few answers",
            Hidden::Complementary { .. } => "hidden to protect a cell",
            Hidden::ComparedCellHidden { .. } => "too few answers",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CiMethod {
    Logit,
    KornGraubard,
    Normal,
    ClopperPearson,
}

impl From<IntervalMethod> for CiMethod {
    fn from(m: IntervalMethod) -> Self {
        match m {
            IntervalMethod::Logit => CiMethod::Logit,
            IntervalMethod::KornGraubard => CiMethod::KornGraubard,
            IntervalMethod::Normal => CiMethod::Normal,
            IntervalMethod::ClopperPearson => CiMethod::ClopperPearson,
        }
    }
}

/// One cell: an indicator in a domain of a wave. Numbers are `None` when the cell is hidden
/// or empty (and an interval when the domain has a single respondent).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cell {
    pub indicator: String,
    pub kind: IndicatorKind,
    pub wave: String,
    /// `None` for the whole wave.
    pub breakdown: Option<String>,
    pub group: Option<String>,
    pub status: CellStatus,
    pub suppression: Option<Hidden>,
    /// Respondents in the indicator's denominator (unweighted).
    pub n: Option<usize>,
    pub sum_weights: Option<f64>,
    pub estimate: Option<f64>,
    pub se: Option<f64>,
    pub ci_lower: Option<f64>,
    pub ci_upper: Option<f64>,
    pub ci_method: Option<CiMethod>,
    /// Degrees of freedom: the domain's respondents - 1.
    pub df: Option<usize>,
    /// R's `deff = "replace"`.
    pub deff: Option<f64>,
    pub deff_kish: Option<f64>,
    pub n_eff_kish: Option<f64>,
}

/// The change of an indicator in a domain between two waves.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ComparisonRow {
    pub indicator: String,
    pub kind: IndicatorKind,
    pub breakdown: Option<String>,
    pub group: Option<String>,
    pub earlier: String,
    pub later: String,
    pub status: CellStatus,
    pub suppression: Option<Hidden>,
    /// later - earlier.
    pub difference: Option<f64>,
    pub se: Option<f64>,
    pub z: Option<f64>,
    pub p_value: Option<f64>,
    /// Holm-adjusted over the run's published comparisons.
    pub p_holm: Option<f64>,
    pub ci_lower: Option<f64>,
    pub ci_upper: Option<f64>,
}

/// The weighted distribution of a categorical item over its substantive options, per wave and
/// domain, and Rao-Scott tests of it across waves ([`crate::plan::DistributionItem`]).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Distribution {
    /// `question` or `question.row`.
    pub item: String,
    pub question: String,
    pub row: Option<String>,
    /// The indicators computed from the item.
    pub indicators: Vec<String>,
    /// The substantive options' codes; `shares` follow this order.
    pub categories: Vec<String>,
    /// Wave by wave; within a wave, the whole wave, then each breakdown's groups in order.
    pub cells: Vec<DistributionCell>,
    /// All waves together (with more than two), then the pairs of waves the comparisons use;
    /// within each, the whole wave, then each breakdown's groups.
    pub tests: Vec<DistributionTest>,
}

/// An item's distribution in a domain of a wave. Numbers are `None` when the cell is hidden
/// or empty.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DistributionCell {
    pub wave: String,
    pub breakdown: Option<String>,
    pub group: Option<String>,
    pub status: CellStatus,
    pub suppression: Option<Hidden>,
    /// Respondents of the domain with a substantive answer (unweighted).
    pub n: Option<usize>,
    pub sum_weights: Option<f64>,
    /// Each category's weighted share (Σ w of the category / Σ w), aligned with
    /// [`Distribution::categories`]; they add up to 1.
    pub shares: Option<Vec<f64>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TestStatus {
    Published,
    /// A cell of the test is hidden; see `suppression`.
    Suppressed,
    /// A wave of the test has no substantive answer in the domain.
    Empty,
    /// The answers admit no test (a single category chosen, or no variance); see `note`.
    NotTestable,
}

/// A Rao-Scott test (R's `svychisq`, statistic "F") of whether an item's distribution differs
/// between waves, in a domain.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DistributionTest {
    /// The waves compared, in the run's order.
    pub waves: Vec<String>,
    pub breakdown: Option<String>,
    pub group: Option<String>,
    pub status: TestStatus,
    pub suppression: Option<Hidden>,
    /// Why a test is not testable.
    pub note: Option<String>,
    /// Categories chosen by someone of the domain in these waves (those the test uses).
    pub categories_tested: Option<usize>,
    pub pearson_x2: Option<f64>,
    /// The Rao-Scott F statistic and its degrees of freedom.
    pub f: Option<f64>,
    pub ndf: Option<f64>,
    pub ddf: Option<f64>,
    pub p_value: Option<f64>,
    /// Holm-adjusted over the run's published distribution tests (a family of its own,
    /// apart from the indicator comparisons).
    pub p_holm: Option<f64>,
}

/// Weights of a wave: min, max, mean, CV and Kish's n_eff and deff.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct WeightsReport {
    pub min: f64,
    pub max: f64,
    pub mean: f64,
    pub cv: f64,
    pub kish_n_eff: f64,
    pub kish_deff: f64,
}

impl From<WeightSummary> for WeightsReport {
    fn from(s: WeightSummary) -> Self {
        Self {
            min: s.min,
            max: s.max,
            mean: s.mean,
            cv: s.cv,
            kish_n_eff: s.kish.n_eff,
            kish_deff: s.kish.deff,
        }
    }
}

/// Respondents without a group on a margin, raked as an "unknown" category.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnknownReport {
    pub margin: String,
    pub respondents: usize,
    pub share: f64,
    pub population: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "method", rename_all = "snake_case")]
pub enum WeightingReport {
    None,
    Column {
        column: String,
        weights: WeightsReport,
    },
    Raked {
        margins: Vec<String>,
        source: Option<String>,
        iterations: usize,
        max_change: f64,
        tolerance: f64,
        total: f64,
        unknown: Vec<UnknownReport>,
        weights: WeightsReport,
    },
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WaveReport {
    pub wave: String,
    pub respondents: usize,
    pub weighting: WeightingReport,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorInfo {
    pub id: String,
    pub kind: IndicatorKind,
    pub theme: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BreakdownInfo {
    pub id: String,
    pub groups: Vec<String>,
}

/// Everything a run produces, ready to be written as JSON, CSV or a terminal table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorTable {
    pub survey: String,
    pub level: f64,
    pub min_n: usize,
    pub waves: Vec<WaveReport>,
    pub indicators: Vec<IndicatorInfo>,
    pub breakdowns: Vec<BreakdownInfo>,
    /// Indicator by indicator; within one, wave by wave; within a wave, the whole wave, then
    /// each breakdown's groups in order.
    pub cells: Vec<Cell>,
    pub comparisons: Vec<ComparisonRow>,
    /// The distributions of the categorical items behind the indicators, with their tests.
    pub distributions: Vec<Distribution>,
    /// Indicators not computed because the respondent file lacks some of their items.
    pub skipped_indicators: Vec<String>,
}

/// A domain of a wave: the whole wave or one group of a breakdown.
#[derive(Debug, Clone, Copy)]
struct Domain {
    /// Index into `Plan::breakdowns` (= `Plan::group_columns`, which start with them).
    breakdown: Option<usize>,
    group: usize,
}

/// What the core computed for one cell, before suppression.
#[derive(Debug, Clone)]
struct Computed {
    outcome: Outcome,
    hidden: Option<Hidden>,
}

/// Builds the table of `plan` from `data` (see the module documentation).
pub fn build_table(plan: &Plan, data: &Respondents) -> Result<IndicatorTable, TableError> {
    let request = &plan.request;
    let explicit = !request.waves.is_empty();
    let waves: Vec<&WaveData> = data
        .waves
        .iter()
        .filter(|w| explicit || !w.is_empty())
        .collect();
    if waves.is_empty() {
        return Err(TableError::InvalidRequest(
            "no wave of the data has respondents".to_owned(),
        ));
    }
    for w in &waves {
        match w.len() {
            0 => {
                return Err(TableError::NoRespondents {
                    wave: w.wave.clone(),
                });
            }
            1 => {
                return Err(TableError::TooFewRespondents {
                    wave: w.wave.clone(),
                    rows: 1,
                });
            }
            _ => {}
        }
    }
    // Waves are weighted independently, one per core. Every parallel step below collects in
    // order and then takes the first error in that order: rayon's own collect of Results returns
    // whichever error a thread met first, and the same input must give the same message.
    let weighted: Vec<(WaveDesign, WeightingReport)> = waves
        .par_iter()
        .map(|w| weigh(plan, w))
        .collect::<Vec<_>>()
        .into_iter()
        .collect::<Result<_, _>>()?;
    let mut designs = Vec::with_capacity(waves.len());
    let mut reports = Vec::with_capacity(waves.len());
    for (w, (design, weighting)) in waves.iter().zip(weighted) {
        designs.push(design);
        reports.push(WaveReport {
            wave: w.wave.clone(),
            respondents: w.len(),
            weighting,
        });
    }

    let mut domains = vec![Domain {
        breakdown: None,
        group: 0,
    }];
    for (b, breakdown) in plan.breakdowns.iter().enumerate() {
        domains.extend((0..breakdown.groups.len()).map(|group| Domain {
            breakdown: Some(b),
            group,
        }));
    }

    // Indicators are independent: on a multi-core machine each core takes some (rayon, the
    // pool polars already runs). The results keep the plan's order.
    let sizes: Vec<usize> = plan.breakdowns.iter().map(|b| b.groups.len()).collect();
    let indexes: Vec<GroupIndex> = waves
        .iter()
        .map(|w| {
            let failed = |source| TableError::Estimation {
                indicator: "(all)".to_owned(),
                wave: w.wave.clone(),
                source,
            };
            let columns: Vec<&[Option<usize>]> = w
                .groups
                .get(..sizes.len())
                .ok_or_else(|| {
                    failed(AnalysisError::InvalidArgument {
                        function: "build_table",
                        detail: "the frame lacks a breakdown's group column".to_owned(),
                    })
                })?
                .iter()
                .map(Vec::as_slice)
                .collect();
            GroupIndex::new(w.len(), &columns, &sizes).map_err(failed)
        })
        .collect::<Vec<_>>()
        .into_iter()
        .collect::<Result<_, _>>()?;
    let wave_inputs = WaveInputs {
        waves: &waves,
        designs: &designs,
        indexes: &indexes,
        domains: &domains,
    };
    let per_indicator: Vec<(Vec<Cell>, Vec<ComparisonRow>)> = plan
        .indicators
        .par_iter()
        .map(|indicator| indicator_rows(plan, indicator, &wave_inputs))
        .collect::<Vec<_>>()
        .into_iter()
        .collect::<Result<_, TableError>>()?;
    let (mut cells, mut comparisons) = (Vec::new(), Vec::new());
    for (c, k) in per_indicator {
        cells.extend(c);
        comparisons.extend(k);
    }

    let p: Vec<Option<f64>> = comparisons.iter().map(|c| c.p_value).collect();
    let adjusted = holm(&p).map_err(|source| TableError::Estimation {
        indicator: "(all)".to_owned(),
        wave: "(all)".to_owned(),
        source,
    })?;
    for (c, h) in comparisons.iter_mut().zip(adjusted) {
        c.p_holm = h;
    }

    let distributions = distributions(plan, &waves, &designs, &domains)?;

    Ok(IndicatorTable {
        survey: plan.survey.id.clone(),
        level: request.level,
        min_n: request.min_n,
        waves: reports,
        indicators: plan
            .indicators
            .iter()
            .map(|i| IndicatorInfo {
                id: i.id.clone(),
                kind: match i.measure {
                    Measure::Share { .. } => IndicatorKind::Share,
                    Measure::Index { .. } => IndicatorKind::Index,
                },
                theme: i.theme.as_str().to_owned(),
            })
            .collect(),
        breakdowns: plan
            .breakdowns
            .iter()
            .map(|b| BreakdownInfo {
                id: b.id.clone(),
                groups: b.groups.iter().map(|g| g.id.clone()).collect(),
            })
            .collect(),
        cells,
        comparisons,
        distributions,
        skipped_indicators: plan.skipped.clone(),
    })
}

/// What every indicator of a run is computed from.
struct WaveInputs<'a> {
    waves: &'a [&'a WaveData],
    designs: &'a [WaveDesign],
    /// Per wave, the rows' groups on the run's breakdowns.
    indexes: &'a [GroupIndex],
    domains: &'a [Domain],
}

/// One indicator's cells (wave by wave, domain by domain) and comparisons, before Holm.
fn indicator_rows(
    plan: &Plan,
    indicator: &Indicator,
    inputs: &WaveInputs<'_>,
) -> Result<(Vec<Cell>, Vec<ComparisonRow>), TableError> {
    let WaveInputs {
        waves,
        designs,
        indexes,
        domains,
    } = *inputs;
    let request = &plan.request;
    let mut cells = Vec::with_capacity(waves.len() * domains.len());
    let mut comparisons = Vec::new();
    let kind = match indicator.measure {
        Measure::Share { .. } => IndicatorKind::Share,
        Measure::Index { .. } => IndicatorKind::Index,
    };
    // computed[wave][domain]
    let mut computed: Vec<Vec<Computed>> = Vec::with_capacity(waves.len());
    for ((w, design), index) in waves.iter().zip(designs).zip(indexes) {
        let y = indicator_values(plan, indicator, w);
        let failed = |source| TableError::Estimation {
            indicator: indicator.id.clone(),
            wave: w.wave.clone(),
            source,
        };
        let whole = design.estimate(&y, None).map_err(failed)?;
        let by_group = design.estimate_groups(&y, index).map_err(failed)?;
        // The domains' order: the whole wave, then each breakdown's groups in order.
        let mut row: Vec<Computed> = std::iter::once(whole)
            .chain(by_group.into_iter().flatten())
            .map(|outcome| Computed {
                outcome,
                hidden: None,
            })
            .collect();
        apply_suppression(plan, domains, &mut row);
        computed.push(row);
    }

    for (w, row) in waves.iter().zip(&computed) {
        for (d, c) in domains.iter().zip(row) {
            cells.push(
                cell(plan, indicator.id.as_str(), kind, &w.wave, *d, c).map_err(|source| {
                    TableError::Estimation {
                        indicator: indicator.id.clone(),
                        wave: w.wave.clone(),
                        source,
                    }
                })?,
            );
        }
    }

    for (a, b) in wave_pairs(waves.len()) {
        for (k, d) in domains.iter().enumerate() {
            let (breakdown, group) = domain_names(plan, *d);
            let mut out = ComparisonRow {
                indicator: indicator.id.clone(),
                kind,
                breakdown,
                group,
                earlier: waves[a].wave.clone(),
                later: waves[b].wave.clone(),
                status: CellStatus::Empty,
                suppression: None,
                difference: None,
                se: None,
                z: None,
                p_value: None,
                p_holm: None,
                ci_lower: None,
                ci_upper: None,
            };
            let (x, y) = (&computed[a][k], &computed[b][k]);
            if let (Some(e1), Some(e2)) = (x.outcome.estimate(), y.outcome.estimate()) {
                if let Some(hidden_wave) = x
                    .hidden
                    .as_ref()
                    .map(|_| a)
                    .or(y.hidden.as_ref().map(|_| b))
                {
                    out.status = CellStatus::Suppressed;
                    out.suppression = Some(Hidden::ComparedCellHidden {
                        wave: waves[hidden_wave].wave.clone(),
                    });
                } else {
                    let c = compare_waves(e1, e2, request.level).map_err(|source| {
                        TableError::Estimation {
                            indicator: indicator.id.clone(),
                            wave: waves[b].wave.clone(),
                            source,
                        }
                    })?;
                    out.status = CellStatus::Published;
                    out.difference = Some(c.difference);
                    out.se = Some(c.se);
                    out.z = c.z;
                    out.p_value = c.p_value;
                    out.ci_lower = Some(c.lower);
                    out.ci_upper = Some(c.upper);
                }
            }
            comparisons.push(out);
        }
    }
    Ok((cells, comparisons))
}

/// The distribution of every item of [`Plan::distributions`], with its tests and their Holm
/// adjustment. Per item and wave one pass over the respondents fills the tallies of every
/// domain ([`CategoryTally`]); the tests then work on those sums only.
fn distributions(
    plan: &Plan,
    waves: &[&WaveData],
    designs: &[WaveDesign],
    domains: &[Domain],
) -> Result<Vec<Distribution>, TableError> {
    // The index of each breakdown's first group among the domains.
    let mut first_group = Vec::with_capacity(plan.breakdowns.len());
    let mut next = 1;
    for breakdown in &plan.breakdowns {
        first_group.push(next);
        next += breakdown.groups.len();
    }
    let sets = test_sets(waves.len());
    // Per wave, its rows in strata (the same calibration class and the same groups), once for
    // every item: an item then costs one increment per row.
    // Waves in parallel, as in the weighting.
    let strata: Vec<WaveStrata> = waves
        .par_iter()
        .zip(designs.par_iter())
        .map(|(w, design)| {
            let groups = &w.groups[..plan.breakdowns.len().min(w.groups.len())];
            let keys: Vec<u64> = (0..w.len())
                .map(|i| {
                    groups
                        .iter()
                        .zip(&plan.breakdowns)
                        .fold(0_u64, |key, (column, b)| {
                            let g = column.get(i).copied().flatten().map_or(0, |g| g as u64 + 1);
                            key.saturating_mul(b.groups.len() as u64 + 1)
                                .saturating_add(g)
                        })
                })
                .collect();
            WaveStrata::new(design, &keys).map_err(|source| TableError::Weighting {
                wave: w.wave.clone(),
                source,
            })
        })
        .collect::<Vec<_>>()
        .into_iter()
        .collect::<Result<_, _>>()?;
    // Items are independent, like the indicators: one per core, results in the plan's order.
    let mut out: Vec<Distribution> = plan
        .distributions
        .par_iter()
        .map(|item| -> Result<Distribution, TableError> {
            let failed = |wave: &str, source: AnalysisError| TableError::Distribution {
                item: item.key.clone(),
                wave: wave.to_owned(),
                source,
            };
            let categories = item.categories.len();
            // tallies[wave][domain]
            let mut tallies: Vec<Vec<CategoryTally>> = Vec::with_capacity(waves.len());
            for ((w, design), strata) in waves.iter().zip(designs).zip(&strata) {
                let values = match w.columns.get(item.column) {
                    Some(ColumnValues::Codes(values)) if values.len() == design.rows() => values,
                    _ => {
                        return Err(failed(
                            &w.wave,
                            AnalysisError::InvalidArgument {
                                function: "build_table",
                                detail:
                                    "the frame has no code column of the wave's length for the item"
                                        .to_owned(),
                            },
                        ));
                    }
                };
                // A single-choice answer has one bit; a non-substantive option has no category.
                let sums = strata.sums(design, categories, |i| {
                    let mask = values[i];
                    if mask.count_ones() == 1 {
                        item.category_of_option
                            .get(mask.trailing_zeros() as usize)
                            .copied()
                            .flatten()
                    } else {
                        None
                    }
                });
                let mut row: Vec<CategoryTally> = (0..domains.len())
                    .map(|_| CategoryTally::new(design, categories))
                    .collect();
                let groups = &w.groups[..plan.breakdowns.len().min(w.groups.len())];
                for s in 0..strata.strata() {
                    let at = strata.representative(s);
                    row[0].add_stratum(design, strata, &sums, s);
                    for (b, column) in groups.iter().enumerate() {
                        if let Some(g) = column.get(at).copied().flatten()
                            && let Some(t) = row.get_mut(first_group[b] + g)
                        {
                            t.add_stratum(design, strata, &sums, s);
                        }
                    }
                }
                tallies.push(row);
            }

            let hidden: Vec<Vec<Option<Hidden>>> = tallies
                .iter()
                .map(|row| {
                    let counts: Vec<CellCount> = row
                        .iter()
                        .map(|t| CellCount {
                            group: String::new(),
                            n: t.respondents(),
                            sum_weights: t.sum_weights(),
                        })
                        .collect();
                    suppression(plan, domains, &counts)
                })
                .collect();

            let mut cells = Vec::with_capacity(waves.len() * domains.len());
            for ((w, row), hidden) in waves.iter().zip(&tallies).zip(&hidden) {
                for ((d, t), h) in domains.iter().zip(row).zip(hidden) {
                    let (breakdown, group) = domain_names(plan, *d);
                    let mut cell = DistributionCell {
                        wave: w.wave.clone(),
                        breakdown,
                        group,
                        status: CellStatus::Empty,
                        suppression: None,
                        n: None,
                        sum_weights: None,
                        shares: None,
                    };
                    match (t.shares(), h) {
                        (None, _) => cell.n = Some(0),
                        (Some(_), Some(h)) => {
                            cell.status = CellStatus::Suppressed;
                            cell.suppression = Some(h.clone());
                        }
                        (Some(shares), None) => {
                            cell.status = CellStatus::Published;
                            cell.n = Some(t.respondents());
                            cell.sum_weights = Some(t.sum_weights());
                            cell.shares = Some(shares);
                        }
                    }
                    cells.push(cell);
                }
            }

            let mut tests = Vec::with_capacity(sets.len() * domains.len());
            for set in &sets {
                for (k, d) in domains.iter().enumerate() {
                    let (breakdown, group) = domain_names(plan, *d);
                    let mut test = DistributionTest {
                        waves: set.iter().map(|&w| waves[w].wave.clone()).collect(),
                        breakdown,
                        group,
                        status: TestStatus::Empty,
                        suppression: None,
                        note: None,
                        categories_tested: None,
                        pearson_x2: None,
                        f: None,
                        ndf: None,
                        ddf: None,
                        p_value: None,
                        p_holm: None,
                    };
                    if set.iter().any(|&w| tallies[w][k].respondents() == 0) {
                        tests.push(test);
                        continue;
                    }
                    if let Some(&w) = set.iter().find(|&&w| hidden[w][k].is_some()) {
                        test.status = TestStatus::Suppressed;
                        test.suppression = Some(Hidden::ComparedCellHidden {
                            wave: waves[w].wave.clone(),
                        });
                        tests.push(test);
                        continue;
                    }
                    let inputs: Vec<(&WaveDesign, &CategoryTally)> =
                        set.iter().map(|&w| (&designs[w], &tallies[w][k])).collect();
                    match rao_scott_tallies(&inputs) {
                        Ok(rs) => {
                            test.status = TestStatus::Published;
                            test.categories_tested = Some(rs.categories);
                            test.pearson_x2 = Some(rs.pearson_x2);
                            test.f = Some(rs.f);
                            test.ndf = Some(rs.ndf);
                            test.ddf = Some(rs.ddf);
                            test.p_value = Some(rs.p_value);
                        }
                        // The answers themselves admit no test: say so, do not stop the run.
                        Err(
                            e @ (AnalysisError::InvalidArgument { .. }
                            | AnalysisError::Numerical(_)
                            | AnalysisError::Singular(_)),
                        ) => {
                            test.status = TestStatus::NotTestable;
                            test.note = Some(e.to_string());
                        }
                        Err(e) => return Err(failed(&test.waves.join(", "), e)),
                    }
                    tests.push(test);
                }
            }
            Ok(Distribution {
                item: item.key.clone(),
                question: item.item.question.clone(),
                row: item.item.row.clone(),
                indicators: item.indicators.clone(),
                categories: item.categories.clone(),
                cells,
                tests,
            })
        })
        .collect::<Vec<_>>()
        .into_iter()
        .collect::<Result<_, _>>()?;

    let p: Vec<Option<f64>> = out
        .iter()
        .flat_map(|d| d.tests.iter().map(|t| t.p_value))
        .collect();
    let adjusted = holm(&p).map_err(|source| TableError::Distribution {
        item: "(all)".to_owned(),
        wave: "(all)".to_owned(),
        source,
    })?;
    for (t, h) in out
        .iter_mut()
        .flat_map(|d| d.tests.iter_mut())
        .zip(adjusted)
    {
        t.p_holm = h;
    }
    Ok(out)
}

/// The sets of waves a distribution is tested across: all together (with more than two
/// waves), then the pairs the comparisons use.
fn test_sets(waves: usize) -> Vec<Vec<usize>> {
    let mut sets = Vec::new();
    if waves > 2 {
        sets.push((0..waves).collect());
    }
    sets.extend(wave_pairs(waves).into_iter().map(|(a, b)| vec![a, b]));
    sets
}

/// Pairs of wave indexes compared: consecutive ones, and the first with the last.
fn wave_pairs(waves: usize) -> Vec<(usize, usize)> {
    let mut pairs: Vec<(usize, usize)> = (1..waves).map(|b| (b - 1, b)).collect();
    if waves > 2 {
        pairs.push((0, waves - 1));
    }
    pairs
}

/// The design of a wave and how it was weighted.
fn weigh(plan: &Plan, wave: &WaveData) -> Result<(WaveDesign, WeightingReport), TableError> {
    let n = wave.len();
    let failed = |source: AnalysisError| TableError::Weighting {
        wave: wave.wave.clone(),
        source,
    };
    match &plan.request.weighting {
        Weighting::Unweighted => Ok((WaveDesign::unweighted(n), WeightingReport::None)),
        Weighting::Column(column) => {
            let weights = wave.weights.clone().unwrap_or_else(|| vec![1.0; n]);
            let summary = WeightSummary::of(&weights).ok_or(TableError::NoRespondents {
                wave: wave.wave.clone(),
            })?;
            let design = WaveDesign::new(weights).map_err(failed)?;
            Ok((
                design,
                WeightingReport::Column {
                    column: column.clone(),
                    weights: summary.into(),
                },
            ))
        }
        Weighting::Raked => {
            let margins = plan
                .survey
                .margins
                .iter()
                .find(|m| m.wave == wave.wave)
                .ok_or_else(|| TableError::NoMargins {
                    wave: wave.wave.clone(),
                    available: {
                        let labels: Vec<&str> = plan
                            .survey
                            .margins
                            .iter()
                            .map(|m| m.wave.as_str())
                            .collect();
                        if labels.is_empty() {
                            "no waves".to_owned()
                        } else {
                            labels.join(", ")
                        }
                    },
                })?;
            let mut built = Vec::with_capacity(margins.margins.len());
            for (id, population) in &margins.margins {
                let b = plan
                    .group_columns
                    .iter()
                    .position(|g| &g.id == id)
                    .ok_or_else(|| {
                        TableError::InvalidRequest(format!(
                            "margin `{id}` of wave `{}` names no breakdown",
                            wave.wave
                        ))
                    })?;
                let groups: Vec<&str> = plan.group_columns[b]
                    .groups
                    .iter()
                    .map(|g| g.id.as_str())
                    .collect();
                let rows = wave.groups.get(b).map_or(&[][..], Vec::as_slice);
                built.push(Margin::from_groups(id, population, &groups, rows).map_err(failed)?);
            }
            let raked = rake(&vec![1.0; n], &built, &plan.request.rake).map_err(failed)?;
            let RakeReport {
                iterations,
                max_change,
                tolerance,
                total,
                unknown,
                weights,
                ..
            } = raked.report;
            Ok((
                raked.design,
                WeightingReport::Raked {
                    margins: margins.margins.keys().cloned().collect(),
                    source: margins.source.clone(),
                    iterations,
                    max_change,
                    tolerance,
                    total,
                    unknown: unknown
                        .into_iter()
                        .map(|u| UnknownReport {
                            margin: u.margin,
                            respondents: u.respondents,
                            share: u.share,
                            population: u.population,
                        })
                        .collect(),
                    weights: weights.into(),
                },
            ))
        }
    }
}

/// Primary and complementary suppression of one wave's cells of an indicator.
fn apply_suppression(plan: &Plan, domains: &[Domain], row: &mut [Computed]) {
    let counts: Vec<CellCount> = row
        .iter()
        .map(|c| match &c.outcome {
            Outcome::Empty { .. } => CellCount {
                group: String::new(),
                n: 0,
                sum_weights: 0.0,
            },
            Outcome::Estimated(e) => CellCount {
                group: String::new(),
                n: e.n,
                sum_weights: e.sum_weights,
            },
        })
        .collect();
    for (c, hidden) in row.iter_mut().zip(suppression(plan, domains, &counts)) {
        c.hidden = hidden;
    }
}

/// Which of one wave's cells (one per domain, `counts[0]` the whole wave) are hidden:
/// primary and complementary suppression within each breakdown, and the whole-wave cell when a
/// breakdown's only non-empty cell is hidden. The same rule serves indicator cells and the
/// cells of a distribution.
fn suppression(plan: &Plan, domains: &[Domain], counts: &[CellCount]) -> Vec<Option<Hidden>> {
    let min_n = plan.request.min_n;
    let mut hidden: Vec<Option<Hidden>> = vec![None; counts.len()];
    if counts[0].n > 0 && counts[0].n < min_n {
        hidden[0] = Some(Hidden::TooFewAnswers { min_n });
    }
    for (b, breakdown) in plan.breakdowns.iter().enumerate() {
        let members: Vec<usize> = domains
            .iter()
            .enumerate()
            .filter(|(_, d)| d.breakdown == Some(b))
            .map(|(k, _)| k)
            .collect();
        let group_cells: Vec<CellCount> = members
            .iter()
            .zip(&breakdown.groups)
            .map(|(&k, g)| CellCount {
                group: g.id.clone(),
                ..counts[k].clone()
            })
            .collect();
        let status = suppress(&group_cells, min_n);
        for ((&k, s), c) in members.iter().zip(&status).zip(&group_cells) {
            if c.n == 0 {
                continue;
            }
            hidden[k] = match s {
                None => None,
                Some(Suppression::Primary { min_n, .. }) => {
                    Some(Hidden::TooFewAnswers { min_n: *min_n })
                }
                Some(Suppression::Complementary { protects }) => Some(Hidden::Complementary {
                    protects: format!("{}:{protects}", breakdown.id),
                }),
            };
        }
        // The breakdown's only non-empty cell is hidden: the whole-wave cell would give it.
        let non_empty: Vec<usize> = members
            .iter()
            .zip(&group_cells)
            .filter(|(_, c)| c.n > 0)
            .map(|(&k, _)| k)
            .collect();
        if let [only] = non_empty.as_slice()
            && hidden[*only].is_some()
            && hidden[0].is_none()
            && counts[0].n > 0
        {
            let group = &breakdown.groups[domains[*only].group].id;
            hidden[0] = Some(Hidden::Complementary {
                protects: format!("{}:{group}", breakdown.id),
            });
        }
    }
    hidden
}

fn domain_names(plan: &Plan, d: Domain) -> (Option<String>, Option<String>) {
    match d.breakdown {
        None => (None, None),
        Some(b) => {
            let breakdown = &plan.breakdowns[b];
            (
                Some(breakdown.id.clone()),
                Some(breakdown.groups[d.group].id.clone()),
            )
        }
    }
}

fn cell(
    plan: &Plan,
    indicator: &str,
    kind: IndicatorKind,
    wave: &str,
    domain: Domain,
    computed: &Computed,
) -> Result<Cell, AnalysisError> {
    let (breakdown, group) = domain_names(plan, domain);
    let mut out = Cell {
        indicator: indicator.to_owned(),
        kind,
        wave: wave.to_owned(),
        breakdown,
        group,
        status: CellStatus::Empty,
        suppression: None,
        n: None,
        sum_weights: None,
        estimate: None,
        se: None,
        ci_lower: None,
        ci_upper: None,
        ci_method: None,
        df: None,
        deff: None,
        deff_kish: None,
        n_eff_kish: None,
    };
    let Outcome::Estimated(est) = &computed.outcome else {
        out.n = Some(0);
        return Ok(out);
    };
    if let Some(hidden) = &computed.hidden {
        out.status = CellStatus::Suppressed;
        out.suppression = Some(hidden.clone());
        return Ok(out);
    }
    let kish = kish_for(est);
    let interval = interval(plan, kind, est, kish.n_eff)?;
    out.status = CellStatus::Published;
    out.n = Some(est.n);
    out.sum_weights = Some(est.sum_weights);
    out.estimate = Some(est.estimate);
    out.se = Some(est.se);
    out.ci_lower = interval.map(|i| i.lower);
    out.ci_upper = interval.map(|i| i.upper);
    out.ci_method = interval.map(|i| i.method.into());
    out.df = Some(est.df);
    out.deff = deff_replace(est);
    out.deff_kish = Some(kish.deff);
    out.n_eff_kish = Some(kish.n_eff);
    Ok(out)
}

/// The cell's interval; `None` for a domain of a single respondent (no degrees of freedom).
fn interval(
    plan: &Plan,
    kind: IndicatorKind,
    est: &Estimate,
    n_eff: f64,
) -> Result<Option<crate::intervals::Interval>, AnalysisError> {
    let level = plan.request.level;
    let result = match kind {
        IndicatorKind::Index => mean_interval(est, level),
        IndicatorKind::Share => {
            let p = est.estimate;
            let small = n_eff < SMALL_CELL_N_EFF
                || n_eff * p < EXTREME_CELL_COUNT
                || n_eff * (1.0 - p) < EXTREME_CELL_COUNT;
            if plan.request.share_interval == ShareInterval::KornGraubard || small {
                korn_graubard_interval(est, level)
            } else {
                logit_interval(est, level)
            }
        }
    };
    match result {
        Ok(i) => Ok(Some(i)),
        Err(AnalysisError::NoDegreesOfFreedom) => Ok(None),
        Err(e) => Err(e),
    }
}
