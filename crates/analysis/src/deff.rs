//! Design effects.
//!
//! - `deff = "replace"` (R `svymean(..., deff = "replace")`): V / (s² / n_d) with
//!   s² = n_d / (n_d - 1) Σ w (y - p)² / Σ w over the n_d respondents of the cell; for a 0/1
//!   variable V (n_d - 1) / (p (1 - p)). Independent of how the weights are scaled.
//! - Kish: n_eff = (Σ w)² / Σ w², deff = n Σ w² / (Σ w)² (over the cell's respondents, or a
//!   wave's weights).

use crate::design::Estimate;

/// Kish's effective sample size and design effect of a set of weights.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Kish {
    pub n_eff: f64,
    pub deff: f64,
}

/// R's `deff = "replace"` for an estimate; `None` when it is undefined (fewer than two
/// respondents, or no variation in y: R gives NaN or Inf there).
pub fn deff_replace(est: &Estimate) -> Option<f64> {
    if est.n < 2 || est.weighted_ss <= 0.0 {
        return None;
    }
    let n = est.n as f64;
    let s2 = n / (n - 1.0) * est.weighted_ss / est.sum_weights;
    let deff = est.variance / (s2 / n);
    deff.is_finite().then_some(deff)
}

/// Kish's n_eff and deff over the respondents of an estimate's cell.
pub fn kish_for(est: &Estimate) -> Kish {
    kish_from_sums(est.n, est.sum_weights, est.sum_weights_sq)
}

/// Kish's n_eff and deff of a set of weights; `None` for no weights.
pub fn kish(weights: &[f64]) -> Option<Kish> {
    if weights.is_empty() {
        return None;
    }
    let sw: f64 = weights.iter().sum();
    let sw2: f64 = weights.iter().map(|w| w * w).sum();
    Some(kish_from_sums(weights.len(), sw, sw2))
}

fn kish_from_sums(n: usize, sw: f64, sw2: f64) -> Kish {
    Kish {
        n_eff: sw * sw / sw2,
        deff: n as f64 * sw2 / (sw * sw),
    }
}
