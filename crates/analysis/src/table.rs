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

use serde::Serialize;

use crate::compare::{compare_waves, holm};
use crate::deff::{deff_replace, kish_for};
use crate::design::{Estimate, Outcome, WaveDesign};
use crate::error::AnalysisError;
use crate::frame::{Respondents, WaveData};
use crate::indicators::indicator_values;
use crate::intervals::{IntervalMethod, korn_graubard_interval, logit_interval, mean_interval};
use crate::plan::{Plan, ShareInterval, Weighting};
use crate::rake::{Margin, RakeReport, WeightSummary, rake};
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
    let mut designs = Vec::with_capacity(waves.len());
    let mut reports = Vec::with_capacity(waves.len());
    for w in &waves {
        let (design, weighting) = weigh(plan, w)?;
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

    let mut cells = Vec::new();
    let mut comparisons = Vec::new();
    for indicator in &plan.indicators {
        let kind = match indicator.measure {
            Measure::Share { .. } => IndicatorKind::Share,
            Measure::Index { .. } => IndicatorKind::Index,
        };
        // computed[wave][domain]
        let mut computed: Vec<Vec<Computed>> = Vec::with_capacity(waves.len());
        for (w, design) in waves.iter().zip(&designs) {
            let y = indicator_values(plan, indicator, w);
            let mut row = Vec::with_capacity(domains.len());
            for d in &domains {
                let mask: Option<Vec<bool>> = d
                    .breakdown
                    .map(|b| w.groups[b].iter().map(|g| *g == Some(d.group)).collect());
                let outcome = design.estimate(&y, mask.as_deref()).map_err(|source| {
                    TableError::Estimation {
                        indicator: indicator.id.clone(),
                        wave: w.wave.clone(),
                        source,
                    }
                })?;
                row.push(Computed {
                    outcome,
                    hidden: None,
                });
            }
            apply_suppression(plan, &domains, &mut row);
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
        skipped_indicators: plan.skipped.clone(),
    })
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
                let groups = &plan.group_columns[b].groups;
                let labels: Vec<Option<&str>> = wave.groups[b]
                    .iter()
                    .map(|g| g.map(|g| groups[g].id.as_str()))
                    .collect();
                built.push(Margin::from_labels(id, population, &labels).map_err(failed)?);
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
    let min_n = plan.request.min_n;
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
    if counts[0].n > 0 && counts[0].n < min_n {
        row[0].hidden = Some(Hidden::TooFewAnswers { min_n });
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
            row[k].hidden = match s {
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
            && row[*only].hidden.is_some()
            && row[0].hidden.is_none()
            && counts[0].n > 0
        {
            let group = &breakdown.groups[domains[*only].group].id;
            row[0].hidden = Some(Hidden::Complementary {
                protects: format!("{}:{group}", breakdown.id),
            });
        }
    }
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
