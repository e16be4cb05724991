//! Confidence intervals: for shares the logit interval with the t quantile (R `svyciprop`
//! methods "xlogit" and "logit") or Korn-Graubard ("beta"); for means mean ± z SE
//! (`confint(svymean(...))`). A share of exactly 0 or 1 gets the exact Clopper-Pearson interval
//! on the cell's unweighted n (R's `binom.test(x, n)$conf.int`), labelled as such: no
//! design-based method is defined there, and a NaN is never returned.

use crate::design::Estimate;
use crate::dist;
use crate::error::{AnalysisError, Result};

/// How an interval was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntervalMethod {
    /// expit(logit(p) ± t(df) SE / (p (1 - p))): R `svyciprop(method = "xlogit")`, equal to
    /// the default "logit" up to the glm's convergence error.
    Logit,
    /// Korn-Graubard: R `svyciprop(method = "beta")`.
    KornGraubard,
    /// mean ± z SE: R `confint(svymean(...))`.
    Normal,
    /// Exact binomial interval on the unweighted n, used at p = 0 and p = 1.
    ClopperPearson,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    pub lower: f64,
    pub upper: f64,
    pub method: IntervalMethod,
}

/// The logit interval of a share (R `svyciprop(method = "xlogit")`), or Clopper-Pearson at
/// p = 0 or 1.
pub fn logit_interval(est: &Estimate, level: f64) -> Result<Interval> {
    let alpha = check_level(level)?;
    let p = check_share(est)?;
    if let Some(boundary) = boundary_interval(est, level)? {
        return Ok(boundary);
    }
    let df = degrees_of_freedom(est)?;
    let t = dist::qt(1.0 - alpha / 2.0, df)?;
    let centre = (p / (1.0 - p)).ln();
    let half = t * est.se / (p * (1.0 - p));
    Ok(Interval {
        lower: expit(centre - half),
        upper: expit(centre + half),
        method: IntervalMethod::Logit,
    })
}

/// The Korn-Graubard interval of a share (R `svyciprop(method = "beta")`), or Clopper-Pearson at
/// p = 0 or 1. n_eff = p (1 - p) / V (t(nrow - 1) / t(df))², interval
/// [qbeta(α/2, n_eff p, n_eff (1 - p) + 1), qbeta(1 - α/2, n_eff p + 1, n_eff (1 - p))].
pub fn korn_graubard_interval(est: &Estimate, level: f64) -> Result<Interval> {
    let alpha = check_level(level)?;
    let p = check_share(est)?;
    if let Some(boundary) = boundary_interval(est, level)? {
        return Ok(boundary);
    }
    if est.variance <= 0.0 {
        return Ok(Interval {
            lower: p,
            upper: p,
            method: IntervalMethod::KornGraubard,
        });
    }
    let df = degrees_of_freedom(est)?;
    let rows_df = est.design_rows.saturating_sub(1) as f64;
    let factor = if rows_df == df {
        1.0
    } else {
        if rows_df <= 0.0 {
            return Err(AnalysisError::NoDegreesOfFreedom);
        }
        dist::qt(alpha / 2.0, rows_df)? / dist::qt(alpha / 2.0, df)?
    };
    let n_eff = p * (1.0 - p) / est.variance * factor * factor;
    Ok(Interval {
        lower: dist::qbeta(alpha / 2.0, n_eff * p, n_eff * (1.0 - p) + 1.0)?,
        upper: dist::qbeta(1.0 - alpha / 2.0, n_eff * p + 1.0, n_eff * (1.0 - p))?,
        method: IntervalMethod::KornGraubard,
    })
}

/// mean ± z(1 - α/2) SE, the interval of an index mean (R `confint(svymean(...))`).
pub fn mean_interval(est: &Estimate, level: f64) -> Result<Interval> {
    let alpha = check_level(level)?;
    let z = dist::qnorm(1.0 - alpha / 2.0)?;
    Ok(Interval {
        lower: est.estimate - z * est.se,
        upper: est.estimate + z * est.se,
        method: IntervalMethod::Normal,
    })
}

/// The exact (Clopper-Pearson) interval for `successes` out of `n` (R `binom.test`).
pub fn clopper_pearson(successes: usize, n: usize, level: f64) -> Result<Interval> {
    let alpha = check_level(level)?;
    if n == 0 || successes > n {
        return Err(AnalysisError::InvalidArgument {
            function: "clopper_pearson",
            detail: format!("{successes} successes out of {n}"),
        });
    }
    let (x, nf) = (successes as f64, n as f64);
    let lower = if successes == 0 {
        0.0
    } else if successes == n {
        (alpha / 2.0).powf(1.0 / nf)
    } else {
        dist::qbeta(alpha / 2.0, x, nf - x + 1.0)?
    };
    let upper = if successes == n {
        1.0
    } else if successes == 0 {
        // 1 - (α/2)^(1/n), without cancellation.
        -((alpha / 2.0).ln() / nf).exp_m1()
    } else {
        dist::qbeta(1.0 - alpha / 2.0, x + 1.0, nf - x)?
    };
    Ok(Interval {
        lower,
        upper,
        method: IntervalMethod::ClopperPearson,
    })
}

/// At p = 0 or p = 1: the Clopper-Pearson interval on the unweighted n.
fn boundary_interval(est: &Estimate, level: f64) -> Result<Option<Interval>> {
    if est.estimate == 0.0 {
        clopper_pearson(0, est.n, level).map(Some)
    } else if est.estimate == 1.0 {
        clopper_pearson(est.n, est.n, level).map(Some)
    } else {
        Ok(None)
    }
}

fn degrees_of_freedom(est: &Estimate) -> Result<f64> {
    if est.df == 0 {
        Err(AnalysisError::NoDegreesOfFreedom)
    } else {
        Ok(est.df as f64)
    }
}

fn check_share(est: &Estimate) -> Result<f64> {
    let p = est.estimate;
    if (0.0..=1.0).contains(&p) {
        Ok(p)
    } else {
        Err(AnalysisError::NotAProportion { estimate: p })
    }
}

/// α = 1 - level.
fn check_level(level: f64) -> Result<f64> {
    if level > 0.0 && level < 1.0 {
        Ok(1.0 - level)
    } else {
        Err(AnalysisError::InvalidLevel { level })
    }
}

fn expit(x: f64) -> f64 {
    if x >= 0.0 {
        1.0 / (1.0 + (-x).exp())
    } else {
        let e = x.exp();
        e / (1.0 + e)
    }
}
