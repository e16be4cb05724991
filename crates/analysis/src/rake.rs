//! Raking a wave's weights to population margins, and the calibration data its variance needs.
//!
//! Weights: iterative proportional fitting from the base weights. One iteration is a sweep over
//! the margins; for each margin in turn every weight is multiplied by N_h / Σ_{i in h} w for its
//! category h. The change of a sweep is the largest |Σ_{i in h} w - N_h| met before a margin's
//! adjustment, over all margins and categories; raking stops after the first sweep whose change
//! is below `tolerance` (in population units; or below rows x ε x the margins' total when that
//! is larger, the rounding error of the sums themselves, ~1e-7 at a million respondents), or
//! fails with [`AnalysisError::NotConverged`]
//! after `max_iterations` sweeps. At convergence the weights are those of R's
//! `calibrate(design, ~m1 + m2 + ..., population, calfun = "raking")` (and `rake()`).
//!
//! Variance: R's `calibrate()` linearisation, the residuals of a weighted regression of the
//! influence values on the margins' indicator columns (see [`crate::design`]).
//!
//! Respondents without a category on a margin (a missing or non-substantive answer) form an
//! extra "unknown" category of that margin. Its population count is the wave's base-weighted
//! sample share s of unknowns times the margin's total, and the margin's known counts are scaled
//! by (1 - s) so that the margin keeps the wave's total.
//!
//! Trimming (optional): weights outside [lower, upper] are set to the bound and the trimmed
//! amount is spread equally over the weights inside, repeated until every weight is inside:
//! R's `trimWeights(design, lower, upper, strict = TRUE)`. The variance of a trimmed design is
//! R's for that call: calibration residuals from the raking, estimates with the trimmed weights.
//! Trimming moves the fitted margins away from the population; the report gives both summaries.

use std::collections::BTreeMap;

use crate::deff::{Kish, kish};
use crate::design::{Calibration, NO_COLUMN, WaveDesign, dense_ids};
use crate::error::{AnalysisError, Result};

/// One population margin and the respondents' categories on it.
#[derive(Debug, Clone, PartialEq)]
pub struct Margin {
    /// The margin's name (a breakdown id).
    pub name: String,
    /// Category labels (group ids), in the order of `population`.
    pub categories: Vec<String>,
    /// Population count per category.
    pub population: Vec<f64>,
    /// Per respondent: the index of its category, or `None` when it has none.
    pub rows: Vec<Option<usize>>,
}

impl Margin {
    /// A margin from population counts by label (as `WaveMargins` holds them) and each
    /// respondent's label (`None`: no group). An unknown label is an error.
    pub fn from_labels<S: AsRef<str>>(
        name: &str,
        population: &BTreeMap<String, f64>,
        rows: &[Option<S>],
    ) -> Result<Self> {
        let categories: Vec<String> = population.keys().cloned().collect();
        let rows = rows
            .iter()
            .map(|label| match label {
                None => Ok(None),
                Some(label) => categories
                    .iter()
                    .position(|c| c == label.as_ref())
                    .map(Some)
                    .ok_or_else(|| AnalysisError::UnknownCategory {
                        margin: name.to_owned(),
                        label: label.as_ref().to_owned(),
                    }),
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Self {
            name: name.to_owned(),
            categories,
            population: population.values().copied().collect(),
            rows,
        })
    }

    /// [`Margin::from_labels`] for respondents given as group numbers (`rows[i]`: an index
    /// into `groups`, the groups' labels): each group's label is looked up once, not each
    /// respondent's. A group whose label is not a category is an error when a respondent is in
    /// it.
    pub fn from_groups(
        name: &str,
        population: &BTreeMap<String, f64>,
        groups: &[&str],
        rows: &[Option<usize>],
    ) -> Result<Self> {
        let categories: Vec<String> = population.keys().cloned().collect();
        let category_of: Vec<Option<usize>> = groups
            .iter()
            .map(|g| categories.iter().position(|c| c == g))
            .collect();
        let rows = rows
            .iter()
            .map(|&g| match g {
                None => Ok(None),
                Some(g) => match category_of.get(g) {
                    Some(&Some(c)) => Ok(Some(c)),
                    Some(None) => Err(AnalysisError::UnknownCategory {
                        margin: name.to_owned(),
                        label: groups[g].to_owned(),
                    }),
                    None => Err(AnalysisError::InvalidArgument {
                        function: "Margin::from_groups",
                        detail: format!("group {g} of {} groups", groups.len()),
                    }),
                },
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Self {
            name: name.to_owned(),
            categories,
            population: population.values().copied().collect(),
            rows,
        })
    }
}

/// Bounds for trimming raked weights.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TrimBounds {
    pub lower: f64,
    pub upper: f64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RakeOptions {
    /// Convergence: largest absolute change of a fitted margin in a sweep, in population units.
    pub tolerance: f64,
    pub max_iterations: usize,
    pub trim: Option<TrimBounds>,
}

impl Default for RakeOptions {
    fn default() -> Self {
        Self {
            tolerance: 1e-9,
            max_iterations: 1_000,
            trim: None,
        }
    }
}

/// Minimum, maximum, mean, coefficient of variation (sd with n - 1 over the mean, as R's
/// `sd(w) / mean(w)`) and Kish's n_eff / deff of a set of weights.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WeightSummary {
    pub min: f64,
    pub max: f64,
    pub mean: f64,
    pub cv: f64,
    pub kish: Kish,
}

impl WeightSummary {
    pub fn of(weights: &[f64]) -> Option<Self> {
        let kish = kish(weights)?;
        let n = weights.len() as f64;
        let mean = weights.iter().sum::<f64>() / n;
        let var = if weights.len() > 1 {
            weights.iter().map(|w| (w - mean) * (w - mean)).sum::<f64>() / (n - 1.0)
        } else {
            0.0
        };
        Some(Self {
            min: weights.iter().copied().fold(f64::INFINITY, f64::min),
            max: weights.iter().copied().fold(f64::NEG_INFINITY, f64::max),
            mean,
            cv: var.sqrt() / mean,
            kish,
        })
    }
}

/// The "unknown" category added to a margin.
#[derive(Debug, Clone, PartialEq)]
pub struct UnknownCategory {
    pub margin: String,
    pub respondents: usize,
    /// Base-weighted sample share of the unknowns.
    pub share: f64,
    /// The population count given to the category: share × total.
    pub population: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TrimReport {
    pub bounds: TrimBounds,
    /// Passes of trim-and-redistribute.
    pub passes: usize,
    pub at_lower: usize,
    pub at_upper: usize,
    /// The raked weights before trimming.
    pub before: WeightSummary,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RakeReport {
    /// Sweeps over the margins.
    pub iterations: usize,
    /// Change of the last sweep (below the tolerance).
    pub max_change: f64,
    pub tolerance: f64,
    /// The population total the margins share.
    pub total: f64,
    pub unknown: Vec<UnknownCategory>,
    /// The final weights (after trimming, if any).
    pub weights: WeightSummary,
    pub trim: Option<TrimReport>,
}

/// Raked weights as a design (with calibration data for the variance) and the report.
#[derive(Debug, Clone)]
pub struct Raked {
    pub design: WaveDesign,
    pub report: RakeReport,
}

/// A margin as raking uses it: categories with respondents, indexed 0..k.
struct Working {
    codes: Vec<usize>,
    targets: Vec<f64>,
}

/// Rakes `base_weights` to `margins` (see the module documentation).
pub fn rake(base_weights: &[f64], margins: &[Margin], options: &RakeOptions) -> Result<Raked> {
    let n = base_weights.len();
    if let Some((row, &value)) = base_weights
        .iter()
        .enumerate()
        .find(|(_, w)| !(w.is_finite() && **w > 0.0))
    {
        return Err(AnalysisError::InvalidWeight { row, value });
    }
    if !(options.tolerance.is_finite() && options.tolerance > 0.0) || options.max_iterations == 0 {
        return Err(AnalysisError::InvalidArgument {
            function: "rake",
            detail: format!(
                "tolerance {} must be positive, max_iterations {} at least 1",
                options.tolerance, options.max_iterations
            ),
        });
    }
    let first = margins.first().ok_or(AnalysisError::NoMargins)?;
    let total: f64 = first.population.iter().sum();
    let base_sum: f64 = base_weights.iter().sum();

    let mut working = Vec::with_capacity(margins.len());
    let mut unknown = Vec::new();
    for margin in margins {
        check_margin(margin, n)?;
        let margin_total: f64 = margin.population.iter().sum();
        if (margin_total - total).abs() > 1e-9 * total.abs().max(1.0) {
            return Err(AnalysisError::InconsistentTotals {
                margin: margin.name.clone(),
                total: margin_total,
                first: first.name.clone(),
                expected: total,
            });
        }
        let (unknown_count, unknown_weight) = margin
            .rows
            .iter()
            .zip(base_weights)
            .filter(|(c, _)| c.is_none())
            .fold((0_usize, 0.0), |(k, s), (_, w)| (k + 1, s + w));
        let share = unknown_weight / base_sum;
        let mut targets: Vec<f64> = margin
            .population
            .iter()
            .map(|p| p * (1.0 - share))
            .collect();
        let mut labels: Vec<&str> = margin.categories.iter().map(String::as_str).collect();
        let unknown_code = targets.len();
        if unknown_count > 0 {
            targets.push(share * margin_total);
            labels.push("unknown");
            unknown.push(UnknownCategory {
                margin: margin.name.clone(),
                respondents: unknown_count,
                share,
                population: share * margin_total,
            });
        }
        let full_codes: Vec<usize> = margin
            .rows
            .iter()
            .map(|c| c.unwrap_or(unknown_code))
            .collect();
        let mut respondents = vec![0_usize; targets.len()];
        for &c in &full_codes {
            respondents[c] += 1;
        }
        // Keep the categories with respondents; check coverage both ways.
        let mut renumber = vec![usize::MAX; targets.len()];
        let mut kept = Vec::new();
        for (c, (&count, &target)) in respondents.iter().zip(&targets).enumerate() {
            match (count, target > 0.0) {
                (0, false) => {}
                (0, true) => {
                    return Err(AnalysisError::EmptyCategory {
                        margin: margin.name.clone(),
                        category: labels[c].to_owned(),
                        population: target,
                    });
                }
                (respondents, false) => {
                    return Err(AnalysisError::MarginNotCovering {
                        margin: margin.name.clone(),
                        category: labels[c].to_owned(),
                        respondents,
                    });
                }
                (_, true) => {
                    renumber[c] = kept.len();
                    kept.push(target);
                }
            }
        }
        working.push(Working {
            codes: full_codes.iter().map(|&c| renumber[c]).collect(),
            targets: kept,
        });
    }

    // Rows with the same category on every margin (a class) get the same raking factor, so
    // the sweeps run over the classes' base totals (a few hundred) instead of the rows (a
    // million); a row's weight is its base weight times its class's factor, as if the rows
    // had been swept. With too many category combinations for a u64, each row is its own class.
    let radix_fits = working
        .iter()
        .try_fold(1_u64, |p, m| p.checked_mul(m.targets.len() as u64))
        .is_some();
    let class_keys: Vec<u64> = (0..n)
        .map(|i| {
            if radix_fits {
                working.iter().fold(0_u64, |key, m| {
                    key * m.targets.len() as u64 + m.codes[i] as u64
                })
            } else {
                i as u64
            }
        })
        .collect();
    let (class, classes) = dense_ids(&class_keys);
    let mut class_base = vec![0.0; classes];
    let mut class_margins: Vec<Working> = working
        .iter()
        .map(|m| Working {
            codes: vec![0; classes],
            targets: m.targets.clone(),
        })
        .collect();
    for (i, (&c, &b)) in class.iter().zip(base_weights).enumerate() {
        let c = c as usize;
        class_base[c] += b;
        for (to, from) in class_margins.iter_mut().zip(&working) {
            to.codes[c] = from.codes[i];
        }
    }
    let (class_factors, iterations, max_change) = ipf(&class_base, &class_margins, n, options)?;
    let g: Vec<f64> = class.iter().map(|&c| class_factors[c as usize]).collect();
    let weights: Vec<f64> = g.iter().zip(base_weights).map(|(g, b)| g * b).collect();
    let raked_summary = WeightSummary::of(&weights);

    // Model matrix: intercept, then each margin's indicators but its first category. Kept
    // sparse (see `Calibration`): per row the intercept's column and the column of each margin
    // whose category is not the first, increasing, then padding.
    let k = 1 + working.iter().map(|m| m.targets.len() - 1).sum::<usize>();
    let stride = 1 + working.len();
    let to_column = |c: usize| u32::try_from(c).map_err(|_| AnalysisError::Numerical("raking"));
    let mut columns = vec![NO_COLUMN; n * stride];
    for (i, row) in columns.chunks_exact_mut(stride).enumerate() {
        row[0] = 0;
        let mut used = 1;
        let mut offset = 1;
        for m in &working {
            let c = m.codes[i];
            if c > 0 {
                row[used] = to_column(offset + c - 1)?;
                used += 1;
            }
            offset += m.targets.len() - 1;
        }
    }
    let calibration = Calibration::new(
        columns,
        stride,
        k,
        base_weights.to_vec(),
        g,
        (class, classes),
    );

    let (final_weights, trim) = match options.trim {
        None => (weights, None),
        Some(bounds) => {
            let (trimmed, passes) = trim_weights(&weights, bounds)?;
            let before = raked_summary.ok_or(AnalysisError::NoMargins)?;
            let report = TrimReport {
                bounds,
                passes,
                at_lower: trimmed.iter().filter(|&&w| w == bounds.lower).count(),
                at_upper: trimmed.iter().filter(|&&w| w == bounds.upper).count(),
                before,
            };
            (trimmed, Some(report))
        }
    };
    let summary = WeightSummary::of(&final_weights).ok_or(AnalysisError::TooFewRows { rows: 0 })?;
    let design = WaveDesign::calibrated(final_weights, calibration)?;
    Ok(Raked {
        design,
        report: RakeReport {
            iterations,
            max_change,
            tolerance: options.tolerance,
            total,
            unknown,
            weights: summary,
            trim,
        },
    })
}

fn check_margin(margin: &Margin, n: usize) -> Result<()> {
    if margin.rows.len() != n {
        return Err(AnalysisError::LengthMismatch {
            what: "a margin's rows",
            expected: n,
            found: margin.rows.len(),
        });
    }
    if margin.categories.len() != margin.population.len() {
        return Err(AnalysisError::InvalidArgument {
            function: "rake",
            detail: format!(
                "margin `{}` has {} categories but {} population counts",
                margin.name,
                margin.categories.len(),
                margin.population.len()
            ),
        });
    }
    for (category, &value) in margin.categories.iter().zip(&margin.population) {
        if !(value.is_finite() && value >= 0.0) {
            return Err(AnalysisError::InvalidPopulation {
                margin: margin.name.clone(),
                category: category.clone(),
                value,
            });
        }
    }
    for (row, c) in margin.rows.iter().enumerate() {
        if let Some(index) = *c
            && index >= margin.categories.len()
        {
            return Err(AnalysisError::CategoryOutOfRange {
                margin: margin.name.clone(),
                row,
                index,
                categories: margin.categories.len(),
            });
        }
    }
    Ok(())
}

/// Iterative proportional fitting of classes (rows with the same categories) whose base
/// weights total `base`: (each class's factor, sweeps, change of the last sweep). `rows`: the
/// wave's rows, for the stopping rule.
fn ipf(
    base: &[f64],
    margins: &[Working],
    rows: usize,
    options: &RakeOptions,
) -> Result<(Vec<f64>, usize, f64)> {
    let mut w = base.to_vec();
    let mut max_change = f64::INFINITY;
    // A fitted margin is a sum over the wave's rows, exact only to about rows x ε x total: with
    // a million respondents that is ~1e-7 population units, so a tolerance of 1e-9 could never
    // be met. Below that bound further sweeps change nothing real; stop there.
    let total = margins
        .first()
        .map_or(0.0, |m| m.targets.iter().sum::<f64>());
    let tolerance = options.tolerance.max(rows as f64 * f64::EPSILON * total);
    let factors = |w: &[f64]| -> Vec<f64> { w.iter().zip(base).map(|(w, b)| w / b).collect() };
    for iteration in 1..=options.max_iterations {
        max_change = 0.0;
        for m in margins {
            let mut fitted = vec![0.0; m.targets.len()];
            for (&c, &wi) in m.codes.iter().zip(&w) {
                fitted[c] += wi;
            }
            let factors: Vec<f64> = fitted
                .iter()
                .zip(&m.targets)
                .map(|(&f, &t)| {
                    max_change = max_change.max((f - t).abs());
                    t / f
                })
                .collect();
            for (wi, &c) in w.iter_mut().zip(&m.codes) {
                *wi *= factors[c];
            }
        }
        if !max_change.is_finite() {
            return Err(AnalysisError::Numerical("raking"));
        }
        if max_change < tolerance {
            return Ok((factors(&w), iteration, max_change));
        }
    }
    Err(AnalysisError::NotConverged {
        iterations: options.max_iterations,
        max_change,
        tolerance: options.tolerance,
    })
}

/// R's `trimWeights(..., strict = TRUE)`: (weights, passes).
fn trim_weights(weights: &[f64], bounds: TrimBounds) -> Result<(Vec<f64>, usize)> {
    let TrimBounds { lower, upper } = bounds;
    let total: f64 = weights.iter().sum();
    let n = weights.len() as f64;
    if lower.is_nan() || upper.is_nan() || lower > upper {
        return Err(AnalysisError::TrimInfeasible {
            lower,
            upper,
            detail: "the lower bound must not exceed the upper one",
        });
    }
    if lower * n > total || upper * n < total {
        return Err(AnalysisError::TrimInfeasible {
            lower,
            upper,
            detail: "the weights' total cannot be kept within these bounds",
        });
    }
    let mut w = weights.to_vec();
    for pass in 0..10_000 {
        let outside: Vec<bool> = w.iter().map(|&x| x < lower || x > upper).collect();
        let inside = outside.iter().filter(|o| !**o).count();
        if inside == w.len() {
            return Ok((w, pass));
        }
        if inside == 0 {
            return Err(AnalysisError::TrimInfeasible {
                lower,
                upper,
                detail: "every weight is outside the bounds",
            });
        }
        let trimmed: f64 = w.iter().map(|&x| x - x.clamp(lower, upper)).sum();
        let share = trimmed / inside as f64;
        for (x, out) in w.iter_mut().zip(&outside) {
            *x = if *out {
                x.clamp(lower, upper)
            } else {
                *x + share
            };
        }
    }
    Err(AnalysisError::TrimInfeasible {
        lower,
        upper,
        detail: "trimming did not settle",
    })
}
