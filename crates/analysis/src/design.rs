//! A wave's sample design and the estimate of a share or mean in a domain.
//!
//! The design is R's `svydesign(ids = ~1, weights = ~w, data = wave)`: every row a PSU, with
//! replacement, no finite population correction. An estimate in a domain d (a breakdown group or
//! the whole wave) over the rows with a value of y:
//!
//! - p = Σ w y / Σ w over the domain's respondents;
//! - influence z_i = w_i (y_i - p) / Σ_d w for them, 0 for every other row of the wave;
//! - V = n / (n - 1) Σ (z_i - z̄)², **n = the rows of the wave** (every respondent of the wave,
//!   including those outside the domain and those with y missing): R keeps the wave's PSU count
//!   for a domain and pads with zeros, and `svymean(..., na.rm = TRUE)` drops missing rows but
//!   keeps the design's n. z̄ = Σ z / n is 0 for a plain design and R subtracts it anyway;
//! - for a raked design z is first replaced by its calibration residuals ([`crate::rake`]);
//! - degrees of freedom = (rows of the domain) - 1, counting rows whose y is missing: that is
//!   `degf()` of the domain's design `subset(design, group)`, the df `svyciprop` uses. For the
//!   whole wave it is n - 1.

use crate::error::{AnalysisError, Result};
use crate::linalg::Cholesky;

/// One wave's sample: the weight of each row (respondent).
#[derive(Debug, Clone)]
pub struct WaveDesign {
    weights: Vec<f64>,
    calibration: Option<Calibration>,
}

/// What a raked design keeps for its variance: R's `calibrate()` linearisation, the residuals of
/// a regression of z on the margins' indicator columns (R/grake.R, `svyrecvar`).
///
/// The model matrix M (intercept and margin indicators, every entry 0 or 1) is kept sparse: per
/// row the columns where it is 1. A wave of a million respondents raked on three margins would
/// otherwise hold a dense n x k matrix of mostly zeros, and every residual would cost O(n k).
#[derive(Debug, Clone)]
pub(crate) struct Calibration {
    /// Per row, `stride` slots: the column indices where M is 1, increasing, then
    /// [`NO_COLUMN`] padding (a margin's first category has no column of its own).
    pub(crate) columns: Vec<u32>,
    pub(crate) stride: usize,
    /// Columns of M.
    pub(crate) k: usize,
    /// The weights before raking.
    pub(crate) base: Vec<f64>,
    /// Raked weight / base weight (before any trimming, as R keeps it).
    pub(crate) g: Vec<f64>,
    /// Cholesky factor of M' W_base M.
    pub(crate) gram: Cholesky,
    /// Per row its class: rows with the same model row (the same category on every margin)
    /// share a class, numbered 0..`classes`.
    pub(crate) class: Vec<u32>,
    pub(crate) classes: usize,
    /// Σ u u' (k x k, row-major) and Σ u over the wave's rows, u_i = g_i w0_i M_i: the parts
    /// of the residuals' covariance that do not depend on the estimate, computed once so that
    /// the Rao-Scott test of each question needs only per-category sums ([`crate::rao_scott`]).
    pub(crate) uu: Vec<f64>,
    pub(crate) u_sum: Vec<f64>,
}

/// Padding of [`Calibration::columns`].
pub(crate) const NO_COLUMN: u32 = u32::MAX;

impl Calibration {
    /// `class_keys[i]`: a number that is the same for two rows exactly when their model rows
    /// are (see [`dense_ids`]).
    pub(crate) fn new(
        columns: Vec<u32>,
        stride: usize,
        k: usize,
        base: Vec<f64>,
        g: Vec<f64>,
        class_keys: &[u64],
    ) -> Self {
        let (class, classes) = dense_ids(class_keys);
        let mut gram = vec![0.0; k * k];
        let mut uu = vec![0.0; k * k];
        let mut u_sum = vec![0.0; k];
        for ((row, &w), &gi) in columns.chunks_exact(stride).zip(&base).zip(&g) {
            let u = gi * w;
            for &a in row.iter().filter(|&&c| c != NO_COLUMN) {
                let a = a as usize;
                u_sum[a] += u;
                for &b in row.iter().filter(|&&c| c != NO_COLUMN) {
                    gram[a * k + b as usize] += w;
                    uu[a * k + b as usize] += u * u;
                }
            }
        }
        let gram = Cholesky::new(&gram, k);
        Self {
            columns,
            stride,
            k,
            base,
            g,
            gram,
            class,
            classes,
            uu,
            u_sum,
        }
    }

    /// The columns where row `i` of M is 1.
    pub(crate) fn row(&self, i: usize) -> &[u32] {
        let row = &self.columns[i * self.stride..(i + 1) * self.stride];
        let used = row.iter().take_while(|&&c| c != NO_COLUMN).count();
        &row[..used]
    }
}

/// Numbers the distinct values of `keys` 0, 1, ... in order of first appearance: (id per key,
/// number of ids). A lookup table when the keys are small (they are mixed-radix codes of a few
/// categories), a hash map otherwise.
pub(crate) fn dense_ids(keys: &[u64]) -> (Vec<u32>, usize) {
    const TABLE: u64 = 1 << 22;
    let mut ids = Vec::with_capacity(keys.len());
    let mut next: u32 = 0;
    let max = keys.iter().copied().max().unwrap_or(0);
    if max < TABLE {
        let mut table = vec![u32::MAX; max as usize + 1];
        for &key in keys {
            let slot = &mut table[key as usize];
            if *slot == u32::MAX {
                *slot = next;
                next += 1;
            }
            ids.push(*slot);
        }
    } else {
        let mut map = std::collections::HashMap::new();
        for &key in keys {
            let id = *map.entry(key).or_insert_with(|| {
                next += 1;
                next - 1
            });
            ids.push(id);
        }
    }
    (ids, next as usize)
}

/// What one row of a wave contributes to the tallies of the Rao-Scott test
/// ([`crate::rao_scott::CategoryTally`]).
#[derive(Debug, Clone, Copy)]
pub(crate) struct RowTerms<'a> {
    /// The row's weight.
    pub(crate) w: f64,
    /// Raked designs: w / g (the weight the calibration regression divides z by) and
    /// w g w0 (z's weight times u's), and the row's model columns; 0 and empty otherwise.
    pub(crate) w_over_g: f64,
    pub(crate) w_u: f64,
    pub(crate) columns: &'a [u32],
}

/// An estimate (share or mean) in a domain of one wave.
#[derive(Debug, Clone, PartialEq)]
pub struct Estimate {
    /// p = Σ w y / Σ w.
    pub estimate: f64,
    pub variance: f64,
    pub se: f64,
    /// Degrees of freedom: rows of the domain - 1 (R `degf()` of the domain's design).
    pub df: usize,
    /// Respondents with a value in the domain: the cell's unweighted n.
    pub n: usize,
    /// Rows of the wave in the domain, with or without a value.
    pub domain_rows: usize,
    /// Rows of the wave: the n of the variance formula.
    pub wave_rows: usize,
    /// Rows of the design R's `svyciprop` sees (`nrow(design)`): the domain's rows for a plain
    /// design, the wave's rows for a raked one (a subset of a calibrated design keeps its rows).
    pub design_rows: usize,
    /// Σ w over the respondents in the domain.
    pub sum_weights: f64,
    /// Σ w² over the respondents in the domain (Kish).
    pub sum_weights_sq: f64,
    /// Σ w (y - p)² over the respondents in the domain (the element variance of deff).
    pub weighted_ss: f64,
}

/// The result for one domain: an estimate, or nothing to estimate from.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// No respondent of the domain has a value (an empty group, or all answers missing).
    Empty {
        domain_rows: usize,
    },
    Estimated(Estimate),
}

impl Outcome {
    pub fn estimate(&self) -> Option<&Estimate> {
        match self {
            Outcome::Empty { .. } => None,
            Outcome::Estimated(e) => Some(e),
        }
    }
}

impl WaveDesign {
    /// A weighted wave; every weight must be finite and positive.
    pub fn new(weights: Vec<f64>) -> Result<Self> {
        check_weights(&weights)?;
        Ok(Self {
            weights,
            calibration: None,
        })
    }

    /// An unweighted wave of `rows` respondents (every weight 1).
    pub fn unweighted(rows: usize) -> Self {
        Self {
            weights: vec![1.0; rows],
            calibration: None,
        }
    }

    pub(crate) fn calibrated(weights: Vec<f64>, calibration: Calibration) -> Result<Self> {
        check_weights(&weights)?;
        Ok(Self {
            weights,
            calibration: Some(calibration),
        })
    }

    pub fn rows(&self) -> usize {
        self.weights.len()
    }

    pub fn weights(&self) -> &[f64] {
        &self.weights
    }

    /// Whether the weights were raked (the variance then uses calibration residuals).
    pub fn is_raked(&self) -> bool {
        self.calibration.is_some()
    }

    pub(crate) fn calibration(&self) -> Option<&Calibration> {
        self.calibration.as_ref()
    }

    /// Columns of the calibration model (0 for a design that is not raked).
    pub(crate) fn calibration_columns(&self) -> usize {
        self.calibration.as_ref().map_or(0, |c| c.k)
    }

    /// Row `i`'s calibration class, and the number of classes (one class without raking).
    pub(crate) fn class_of(&self, i: usize) -> u32 {
        self.calibration.as_ref().map_or(0, |c| c.class[i])
    }

    pub(crate) fn classes(&self) -> usize {
        self.calibration.as_ref().map_or(1, |c| c.classes)
    }

    /// Row `i`'s contribution to the Rao-Scott tallies. `i` must be a row of the wave.
    pub(crate) fn row_terms(&self, i: usize) -> RowTerms<'_> {
        let w = self.weights[i];
        match &self.calibration {
            None => RowTerms {
                w,
                w_over_g: 0.0,
                w_u: 0.0,
                columns: &[],
            },
            Some(cal) => {
                let g = cal.g[i];
                RowTerms {
                    w,
                    w_over_g: w / g,
                    w_u: w * g * cal.base[i],
                    columns: cal.row(i),
                }
            }
        }
    }

    /// The share or mean of `y` (one value per row, `None` = missing) in `domain` (one flag per
    /// row; `None` = the whole wave). Matches R's `svymean(~y, subset(design, domain),
    /// na.rm = TRUE)` (and `svyby`).
    pub fn estimate(&self, y: &[Option<f64>], domain: Option<&[bool]>) -> Result<Outcome> {
        let n = self.rows();
        if y.len() != n {
            return Err(AnalysisError::LengthMismatch {
                what: "the indicator",
                expected: n,
                found: y.len(),
            });
        }
        if let Some(d) = domain
            && d.len() != n
        {
            return Err(AnalysisError::LengthMismatch {
                what: "the domain",
                expected: n,
                found: d.len(),
            });
        }
        match domain {
            None => self.estimate_over(y, 0..n),
            Some(d) => self.estimate_over(y, (0..n).filter(|&i| d[i])),
        }
    }

    /// [`WaveDesign::estimate`] in the domain of the rows `rows` (increasing row numbers of the
    /// wave). A table computes each group's rows once and then each cell costs its own rows
    /// rather than a pass over the whole wave with a flag per row.
    pub fn estimate_rows(&self, y: &[Option<f64>], rows: &[u32]) -> Result<Outcome> {
        let n = self.rows();
        if y.len() != n {
            return Err(AnalysisError::LengthMismatch {
                what: "the indicator",
                expected: n,
                found: y.len(),
            });
        }
        if let Some(pair) = rows.windows(2).find(|p| p[0] >= p[1]) {
            return Err(AnalysisError::InvalidArgument {
                function: "estimate_rows",
                detail: format!("row numbers must increase ({} then {})", pair[0], pair[1]),
            });
        }
        if let Some(&last) = rows.last()
            && last as usize >= n
        {
            return Err(AnalysisError::InvalidArgument {
                function: "estimate_rows",
                detail: format!("row {last} is not a row of the wave's {n}"),
            });
        }
        self.estimate_over(y, rows.iter().map(|&i| i as usize))
    }

    /// The estimate over the domain whose rows `rows` yields (each once, in range; `y` has one
    /// value per row of the wave).
    fn estimate_over(
        &self,
        y: &[Option<f64>],
        rows: impl Iterator<Item = usize> + Clone,
    ) -> Result<Outcome> {
        let n = self.rows();
        if n < 2 {
            return Err(AnalysisError::TooFewRows { rows: n });
        }
        let mut domain_rows = 0;
        let (mut count, mut sw, mut swy, mut sw2) = (0_usize, 0.0, 0.0, 0.0);
        for i in rows.clone() {
            domain_rows += 1;
            if let Some(v) = y[i] {
                if !v.is_finite() {
                    return Err(AnalysisError::NonFiniteValue { row: i, value: v });
                }
                let w = self.weights[i];
                count += 1;
                sw += w;
                swy += w * v;
                sw2 += w * w;
            }
        }
        if count == 0 {
            return Ok(Outcome::Empty { domain_rows });
        }
        let p = swy / sw;
        let k = self.calibration_columns();
        let (mut rhs, mut zu) = (vec![0.0; k], vec![0.0; k]);
        let (mut sum_z, mut sum_z2, mut weighted_ss) = (0.0, 0.0, 0.0);
        for i in rows {
            if let Some(v) = y[i] {
                let w = self.weights[i];
                let zi = w * (v - p) / sw;
                sum_z += zi;
                sum_z2 += zi * zi;
                weighted_ss += w * (v - p) * (v - p);
                if let Some(cal) = &self.calibration {
                    let g = cal.g[i];
                    let u = g * cal.base[i];
                    for &c in cal.row(i) {
                        rhs[c as usize] += zi / g;
                        zu[c as usize] += zi * u;
                    }
                }
            }
        }
        let (sum_e, sum_e2) = match &self.calibration {
            None => (sum_z, sum_z2),
            Some(cal) => {
                let beta = cal.gram.solve(&rhs);
                let dot = |a: &[f64], b: &[f64]| a.iter().zip(b).map(|(x, y)| x * y).sum::<f64>();
                let uu_beta: Vec<f64> = cal.uu.chunks_exact(k).map(|r| dot(r, &beta)).collect();
                (
                    sum_z - dot(&beta, &cal.u_sum),
                    sum_z2 - 2.0 * dot(&beta, &zu) + dot(&beta, &uu_beta),
                )
            }
        };
        let nf = n as f64;
        // Σ (e - ē)², never negative (rounding could make it so when e is ~0 everywhere).
        let ss = (sum_e2 - sum_e * sum_e / nf).max(0.0);
        let variance = nf / (nf - 1.0) * ss;
        Ok(Outcome::Estimated(Estimate {
            estimate: p,
            variance,
            se: variance.sqrt(),
            df: domain_rows - 1,
            n: count,
            domain_rows,
            wave_rows: n,
            design_rows: if self.calibration.is_some() {
                n
            } else {
                domain_rows
            },
            sum_weights: sw,
            sum_weights_sq: sw2,
            weighted_ss,
        }))
    }
}

fn check_weights(weights: &[f64]) -> Result<()> {
    match weights
        .iter()
        .enumerate()
        .find(|(_, w)| !(w.is_finite() && **w > 0.0))
    {
        Some((row, &value)) => Err(AnalysisError::InvalidWeight { row, value }),
        None => Ok(()),
    }
}
