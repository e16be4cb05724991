//! Comparing two independent waves, and Holm's adjustment for many comparisons.
//!
//! d = p2 - p1, SE_d = sqrt(SE1² + SE2²), z = d / SE_d, p = 2 Φ(-|z|), CI d ± z(1 - α/2) SE_d
//! (1.96 for 95%, R's `qnorm(0.975)` exactly). The SE equals R's `svycontrast` on
//! `svyby(~y, ~wave, design with strata = ~wave)`.

use crate::design::Estimate;
use crate::dist;
use crate::error::{AnalysisError, Result};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Comparison {
    /// later - earlier.
    pub difference: f64,
    pub se: f64,
    /// `None` when SE_d = 0 (both cells without variance).
    pub z: Option<f64>,
    pub p_value: Option<f64>,
    pub lower: f64,
    pub upper: f64,
}

/// Compares the same indicator and domain in two independent waves.
pub fn compare_waves(earlier: &Estimate, later: &Estimate, level: f64) -> Result<Comparison> {
    if !(level > 0.0 && level < 1.0) {
        return Err(AnalysisError::InvalidLevel { level });
    }
    let difference = later.estimate - earlier.estimate;
    let se = (earlier.variance + later.variance).sqrt();
    let q = dist::qnorm(1.0 - (1.0 - level) / 2.0)?;
    let z = (se > 0.0).then(|| difference / se);
    Ok(Comparison {
        difference,
        se,
        z,
        p_value: z.map(dist::two_sided_p),
        lower: difference - q * se,
        upper: difference + q * se,
    })
}

/// Holm-adjusted p-values (R `p.adjust(p, method = "holm")`); `None` entries are left out of
/// the family, as R does with NA.
pub fn holm(p_values: &[Option<f64>]) -> Result<Vec<Option<f64>>> {
    let mut present: Vec<(usize, f64)> = Vec::new();
    for (index, p) in p_values.iter().enumerate() {
        if let Some(value) = *p {
            if !(0.0..=1.0).contains(&value) {
                return Err(AnalysisError::InvalidPValue { index, value });
            }
            present.push((index, value));
        }
    }
    // Stable sort, as R's order(): ties keep their input order.
    present.sort_by(|a, b| a.1.total_cmp(&b.1));
    let m = present.len();
    let mut out = vec![None; p_values.len()];
    let mut running = 0.0_f64;
    for (rank, &(index, p)) in present.iter().enumerate() {
        running = running.max((m - rank) as f64 * p);
        out[index] = Some(running.min(1.0));
    }
    Ok(out)
}
