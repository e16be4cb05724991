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
#[derive(Debug, Clone)]
pub(crate) struct Calibration {
    /// Model matrix, row-major, `k` columns (intercept and margin indicators).
    pub(crate) model: Vec<f64>,
    pub(crate) k: usize,
    /// The weights before raking.
    pub(crate) base: Vec<f64>,
    /// Raked weight / base weight (before any trimming, as R keeps it).
    pub(crate) g: Vec<f64>,
    /// Cholesky factor of M' W_base M.
    pub(crate) gram: Cholesky,
}

impl Calibration {
    pub(crate) fn new(model: Vec<f64>, k: usize, base: Vec<f64>, g: Vec<f64>) -> Self {
        let mut gram = vec![0.0; k * k];
        for (row, &w) in model.chunks_exact(k).zip(&base) {
            for i in 0..k {
                if row[i] == 0.0 {
                    continue;
                }
                for j in 0..k {
                    gram[i * k + j] += w * row[i] * row[j];
                }
            }
        }
        let gram = Cholesky::new(&gram, k);
        Self {
            model,
            k,
            base,
            g,
            gram,
        }
    }

    /// z <- z - g w0 M β with β = (M' W0 M)⁻¹ M' (z / g): R's
    /// `qr.resid(qr(M sqrt(w0)), z / (g sqrt(w0))) * g sqrt(w0)`.
    fn residualize(&self, z: &mut [f64]) {
        let k = self.k;
        let mut rhs = vec![0.0; k];
        for ((row, &zi), &gi) in self.model.chunks_exact(k).zip(z.iter()).zip(&self.g) {
            if zi == 0.0 {
                continue;
            }
            for (r, &m) in rhs.iter_mut().zip(row) {
                *r += m * zi / gi;
            }
        }
        let beta = self.gram.solve(&rhs);
        for (((zi, row), &gi), &wi) in z
            .iter_mut()
            .zip(self.model.chunks_exact(k))
            .zip(&self.g)
            .zip(&self.base)
        {
            let fit: f64 = row.iter().zip(&beta).map(|(m, b)| m * b).sum();
            *zi -= gi * wi * fit;
        }
    }
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
        if n < 2 {
            return Err(AnalysisError::TooFewRows { rows: n });
        }
        let inside = |i: usize| domain.is_none_or(|d| d[i]);
        let mut domain_rows = 0;
        let (mut count, mut sw, mut swy, mut sw2) = (0_usize, 0.0, 0.0, 0.0);
        for (i, (value, &w)) in y.iter().zip(&self.weights).enumerate() {
            if !inside(i) {
                continue;
            }
            domain_rows += 1;
            if let Some(v) = *value {
                if !v.is_finite() {
                    return Err(AnalysisError::NonFiniteValue { row: i, value: v });
                }
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
        let mut z = vec![0.0; n];
        let mut weighted_ss = 0.0;
        for (i, (value, &w)) in y.iter().zip(&self.weights).enumerate() {
            if let (true, Some(v)) = (inside(i), *value) {
                z[i] = w * (v - p) / sw;
                weighted_ss += w * (v - p) * (v - p);
            }
        }
        if let Some(cal) = &self.calibration {
            cal.residualize(&mut z);
        }
        let nf = n as f64;
        let mean = z.iter().sum::<f64>() / nf;
        let ss: f64 = z.iter().map(|v| (v - mean) * (v - mean)).sum();
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
