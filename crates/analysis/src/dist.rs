//! Distribution functions and quantiles precise to about 1e-14, as the intervals and tests need
//! them: the normal, Student t, beta and F distributions.
//!
//! The regularized incomplete beta function is a continued fraction (modified Lentz) with
//! `ln B(a, b)` computed as R's `lbeta` does (Stirling corrections for large arguments), so
//! the t and beta tails keep their relative precision for the large shape parameters a
//! Korn-Graubard interval uses. Quantiles are found by safeguarded Newton iteration on those
//! distribution functions, inside a bracket that bisection narrows when a Newton step leaves
//! it. The normal tails come from the incomplete gamma function Q(1/2, x²/2). (statrs was tried
//! and dropped: its `erfc` is good to about 1e-10 and its `ln Γ` to about 1e-14, not enough.)

use crate::error::{AnalysisError, Result};

const MAX_CF_TERMS: usize = 100_000;
const MAX_ROOT_STEPS: usize = 2_000;
/// A quantile is taken when a Newton step changes it by less than this, relatively (the
/// distribution functions themselves are precise to about 1e-15).
const ROOT_TOL: f64 = 1e-14;
/// ln(sqrt(2 pi)).
const LN_SQRT_2PI: f64 = 0.918_938_533_204_672_8;

/// Standard normal distribution function Φ(x) (R's `pnorm(x)`).
pub fn pnorm(x: f64) -> f64 {
    normal_upper(-x)
}

/// Two-sided p-value of a standard normal statistic: 2 Φ(-|z|), as R's `2 * pnorm(-abs(z))`.
pub fn two_sided_p(z: f64) -> f64 {
    if z.is_nan() {
        return f64::NAN;
    }
    gamma_q_half(0.5 * z * z)
}

/// P(Z > x) through the incomplete gamma function: for x >= 0 it is Q(1/2, x²/2) / 2.
fn normal_upper(x: f64) -> f64 {
    if x.is_nan() {
        return f64::NAN;
    }
    let q = gamma_q_half(0.5 * x * x);
    if x >= 0.0 { 0.5 * q } else { 1.0 - 0.5 * q }
}

/// The regularized upper incomplete gamma function Q(1/2, y), y >= 0: the series of P for
/// small y, the continued fraction of Q (modified Lentz) otherwise. Relative error ~1e-15.
fn gamma_q_half(y: f64) -> f64 {
    const A: f64 = 0.5;
    /// sqrt(pi).
    const SQRT_PI: f64 = 1.772_453_850_905_516;
    if y <= 0.0 {
        return 1.0;
    }
    if y.is_infinite() {
        return 0.0;
    }
    if y < A + 1.0 {
        // P(a, y) = e^-y y^a / Γ(a + 1) Σ_n y^n / ((a + 1) ... (a + n)); Γ(3/2) = sqrt(pi) / 2.
        let (mut term, mut sum, mut ap) = (1.0 / A, 1.0 / A, A);
        for _ in 0..500 {
            ap += 1.0;
            term *= y / ap;
            sum += term;
            if term.abs() < sum.abs() * 1e-17 {
                break;
            }
        }
        let p = sum * (-y + A * y.ln()).exp() / SQRT_PI;
        return 1.0 - p;
    }
    const TINY: f64 = 1e-300;
    let mut b = y + 1.0 - A;
    let mut c = 1.0 / TINY;
    let mut d = 1.0 / b;
    let mut h = d;
    for i in 1..500 {
        let an = -f64::from(i) * (f64::from(i) - A);
        b += 2.0;
        d = an * d + b;
        if d.abs() < TINY {
            d = TINY;
        }
        c = b + an / c;
        if c.abs() < TINY {
            c = TINY;
        }
        d = 1.0 / d;
        let del = d * c;
        h *= del;
        if (del - 1.0).abs() <= 1e-16 {
            break;
        }
    }
    (-y + A * y.ln()).exp() * h / SQRT_PI
}

fn dnorm(x: f64) -> f64 {
    (-0.5 * x * x - LN_SQRT_2PI).exp()
}

/// Standard normal quantile (R's `qnorm(p)`).
pub fn qnorm(p: f64) -> Result<f64> {
    check_probability("qnorm", p)?;
    if p == 0.5 {
        return Ok(0.0);
    }
    // Solve the smaller tail, upper(x) = alpha with x > 0, then mirror.
    let alpha = p.min(1.0 - p);
    // Start from Abramowitz & Stegun 26.2.23 (error below 4.5e-4), then Newton.
    let s = (-2.0 * alpha.ln()).sqrt();
    let mut x = s
        - (2.515_517 + 0.802_853 * s + 0.010_328 * s * s)
            / (1.0 + 1.432_788 * s + 0.189_269 * s * s + 0.001_308 * s * s * s);
    for _ in 0..50 {
        let step = (normal_upper(x) - alpha) / dnorm(x);
        x += step;
        if step.abs() <= 1e-15 * x.abs() {
            break;
        }
    }
    if !x.is_finite() {
        return Err(AnalysisError::Numerical("qnorm"));
    }
    Ok(if p < 0.5 { -x } else { x })
}

/// Student t distribution function P(T <= t) with `df` degrees of freedom (R's `pt`).
pub fn pt(t: f64, df: f64) -> Result<f64> {
    check_df("pt", df)?;
    check_finite("pt", t)?;
    let tail = t_tail(t.abs(), df)?;
    Ok(if t > 0.0 { 1.0 - tail } else { tail })
}

/// P(T > t) for t >= 0: half of I_x(df/2, 1/2) with x = df / (df + t²).
fn t_tail(t: f64, df: f64) -> Result<f64> {
    let t2 = t * t;
    let x = df / (df + t2);
    let y = t2 / (df + t2);
    let (lower, _) = incbeta(x, y, 0.5 * df, 0.5)?;
    Ok(0.5 * lower)
}

fn t_density(t: f64, df: f64) -> f64 {
    (-(df + 1.0) / 2.0 * (t * t / df).ln_1p() - 0.5 * df.ln() - lbeta(0.5 * df, 0.5)).exp()
}

/// Student t quantile (R's `qt(p, df)`).
pub fn qt(p: f64, df: f64) -> Result<f64> {
    check_probability("qt", p)?;
    check_df("qt", df)?;
    if p == 0.5 {
        return Ok(0.0);
    }
    let alpha = p.min(1.0 - p);
    // Bracket the root of tail(t) = alpha on t > 0 (tail decreases from 1/2).
    let (mut lo, mut hi) = (0.0_f64, 1.0_f64);
    let mut steps = 0;
    while t_tail(hi, df)? > alpha {
        lo = hi;
        hi *= 2.0;
        steps += 1;
        if steps > 2_000 {
            return Err(AnalysisError::Numerical("qt: no bracket"));
        }
    }
    let start = qnorm(1.0 - alpha)?;
    let mut t = if start > lo && start < hi {
        start
    } else {
        0.5 * (lo + hi)
    };
    for _ in 0..MAX_ROOT_STEPS {
        let f = t_tail(t, df)? - alpha;
        if f == 0.0 {
            return Ok(if p < 0.5 { -t } else { t });
        }
        if f > 0.0 {
            lo = t;
        } else {
            hi = t;
        }
        let mut next = t + f / t_density(t, df);
        if !(next > lo && next < hi) {
            next = 0.5 * (lo + hi);
        }
        let done = (next - t).abs() <= ROOT_TOL * next.abs() || hi - lo <= ROOT_TOL * hi;
        t = next;
        if done {
            return Ok(if p < 0.5 { -t } else { t });
        }
    }
    Err(AnalysisError::Numerical("qt: no convergence"))
}

/// Beta distribution function I_x(a, b) (R's `pbeta(x, a, b)`).
pub fn pbeta(x: f64, a: f64, b: f64) -> Result<f64> {
    check_shape("pbeta", a, b)?;
    if !(0.0..=1.0).contains(&x) {
        return Err(AnalysisError::InvalidArgument {
            function: "pbeta",
            detail: format!("x = {x} is not in [0, 1]"),
        });
    }
    Ok(incbeta(x, 1.0 - x, a, b)?.0)
}

/// Beta quantile (R's `qbeta(p, a, b)`).
pub fn qbeta(p: f64, a: f64, b: f64) -> Result<f64> {
    if !(0.0..=1.0).contains(&p) {
        return Err(AnalysisError::InvalidArgument {
            function: "qbeta",
            detail: format!("p = {p} is not in [0, 1]"),
        });
    }
    check_shape("qbeta", a, b)?;
    if p == 0.0 {
        return Ok(0.0);
    }
    if p == 1.0 {
        return Ok(1.0);
    }
    // g(x) = I_x(a, b) - p, written with the smaller tail so that it keeps its precision.
    let use_lower = p <= 0.5;
    let g = |x: f64| -> Result<f64> {
        let (lower, upper) = incbeta(x, 1.0 - x, a, b)?;
        Ok(if use_lower {
            lower - p
        } else {
            (1.0 - p) - upper
        })
    };
    let ln_b = lbeta(a, b);
    let density = |x: f64| ((a - 1.0) * x.ln() + (b - 1.0) * (-x).ln_1p() - ln_b).exp();
    let (mut lo, mut hi) = (0.0_f64, 1.0_f64);
    let mut x = a / (a + b);
    for _ in 0..MAX_ROOT_STEPS {
        let f = g(x)?;
        if f == 0.0 {
            return Ok(x);
        }
        if f < 0.0 {
            lo = x;
        } else {
            hi = x;
        }
        let d = density(x);
        let mut next = if d.is_finite() && d > 0.0 {
            x - f / d
        } else {
            f64::NAN
        };
        if !(next > lo && next < hi) {
            next = split(lo, hi);
        }
        let done = (next - x).abs() <= ROOT_TOL * next.abs() || hi - lo <= ROOT_TOL * hi;
        x = next;
        if done {
            return Ok(x);
        }
    }
    Err(AnalysisError::Numerical("qbeta: no convergence"))
}

/// A point inside (lo, hi) for bisection: geometric when the bracket spans orders of magnitude,
/// so that tiny quantiles are reached in few steps.
fn split(lo: f64, hi: f64) -> f64 {
    if lo == 0.0 {
        hi / 16.0
    } else if hi > 4.0 * lo {
        (lo * hi).sqrt()
    } else {
        0.5 * (lo + hi)
    }
}

/// Upper tail of the F distribution, P(F > f) (R's `pf(f, df1, df2, lower.tail = FALSE)`).
pub fn pf_upper(f: f64, df1: f64, df2: f64) -> Result<f64> {
    check_df("pf", df1)?;
    check_df("pf", df2)?;
    check_finite("pf", f)?;
    if f <= 0.0 {
        return Ok(1.0);
    }
    let x = df2 / (df2 + df1 * f);
    let y = df1 * f / (df2 + df1 * f);
    Ok(incbeta(x, y, 0.5 * df2, 0.5 * df1)?.0)
}

/// Regularized incomplete beta: (I_x(a, b), 1 - I_x(a, b)) with y = 1 - x given by the caller
/// (so that neither tail loses precision to a subtraction).
pub(crate) fn incbeta(x: f64, y: f64, a: f64, b: f64) -> Result<(f64, f64)> {
    if x <= 0.0 {
        return Ok((0.0, 1.0));
    }
    if y <= 0.0 {
        return Ok((1.0, 0.0));
    }
    let ln_x = if y < 0.5 { (-y).ln_1p() } else { x.ln() };
    let ln_y = if x < 0.5 { (-x).ln_1p() } else { y.ln() };
    let ln_front = a * ln_x + b * ln_y - lbeta(a, b);
    if x < (a + 1.0) / (a + b + 2.0) {
        let lower = ln_front.exp() * continued_fraction(x, a, b)? / a;
        Ok((lower, 1.0 - lower))
    } else {
        let upper = ln_front.exp() * continued_fraction(y, b, a)? / b;
        Ok((1.0 - upper, upper))
    }
}

/// The continued fraction of the incomplete beta function (modified Lentz).
fn continued_fraction(x: f64, a: f64, b: f64) -> Result<f64> {
    const TINY: f64 = 1e-300;
    let guard = |v: f64| if v.abs() < TINY { TINY } else { v };
    let (qab, qap, qam) = (a + b, a + 1.0, a - 1.0);
    let mut c = 1.0;
    let mut d = 1.0 / guard(1.0 - qab * x / qap);
    let mut h = d;
    for m in 1..=MAX_CF_TERMS {
        let m = m as f64;
        let m2 = 2.0 * m;
        let aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 / guard(1.0 + aa * d);
        c = guard(1.0 + aa / c);
        h *= d * c;
        let aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 / guard(1.0 + aa * d);
        c = guard(1.0 + aa / c);
        let del = d * c;
        h *= del;
        if (del - 1.0).abs() <= 1e-16 {
            return Ok(h);
        }
    }
    Err(AnalysisError::Numerical(
        "incomplete beta: continued fraction",
    ))
}

/// ln B(a, b). Arguments below 10 are first raised with B(a, b) = B(a + 1, b) (a + b) / a (and
/// the same for b), then R's `lbeta` formula for large arguments (Stirling's series) applies;
/// the result is good to a few 1e-15 absolute.
pub(crate) fn lbeta(a: f64, b: f64) -> f64 {
    let (mut a, mut b) = (a, b);
    let mut log_factor = 0.0;
    let mut product = 1.0;
    while a < 10.0 {
        product *= (a + b) / a;
        a += 1.0;
        if product > 1e250 {
            log_factor += product.ln();
            product = 1.0;
        }
    }
    while b < 10.0 {
        product *= (a + b) / b;
        b += 1.0;
        if product > 1e250 {
            log_factor += product.ln();
            product = 1.0;
        }
    }
    let (p, q) = if a < b { (a, b) } else { (b, a) };
    let corr = lgammacor(p) + lgammacor(q) - lgammacor(p + q);
    let large = -0.5 * q.ln()
        + LN_SQRT_2PI
        + corr
        + (p - 0.5) * (p / (p + q)).ln()
        + q * (-p / (p + q)).ln_1p();
    log_factor + product.ln() + large
}

/// ln Γ(x) - ((x - 1/2) ln x - x + ln sqrt(2π)) for x >= 10 (Stirling's series).
fn lgammacor(x: f64) -> f64 {
    let r = 1.0 / (x * x);
    (1.0 / 12.0
        + r * (-1.0 / 360.0
            + r * (1.0 / 1260.0
                + r * (-1.0 / 1680.0
                    + r * (1.0 / 1188.0 + r * (-691.0 / 360_360.0 + r * (1.0 / 156.0)))))))
        / x
}

fn check_probability(function: &'static str, p: f64) -> Result<()> {
    if p > 0.0 && p < 1.0 {
        Ok(())
    } else {
        Err(AnalysisError::InvalidArgument {
            function,
            detail: format!("probability {p} is not strictly between 0 and 1"),
        })
    }
}

fn check_df(function: &'static str, df: f64) -> Result<()> {
    if df.is_finite() && df > 0.0 {
        Ok(())
    } else {
        Err(AnalysisError::InvalidArgument {
            function,
            detail: format!("degrees of freedom {df} must be finite and positive"),
        })
    }
}

fn check_shape(function: &'static str, a: f64, b: f64) -> Result<()> {
    if a.is_finite() && b.is_finite() && a > 0.0 && b > 0.0 {
        Ok(())
    } else {
        Err(AnalysisError::InvalidArgument {
            function,
            detail: format!("shape parameters {a}, {b} must be finite and positive"),
        })
    }
}

fn check_finite(function: &'static str, x: f64) -> Result<()> {
    if x.is_finite() {
        Ok(())
    } else {
        Err(AnalysisError::InvalidArgument {
            function,
            detail: format!("argument {x} is not finite"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lbeta_matches_r() {
        // R: sprintf("%.17e", lbeta(a, b)).
        for &(a, b, want) in &[
            (6.0, 0.5, -3.027_053_741_503_954e-1),
            (0.5, 0.5, 1.144_729_885_849_400_2),
            (1.0, 1.0, 0.0),
            (2.0, 3.0, -2.484_906_649_788_000_3),
        ] {
            assert!(
                (lbeta(a, b) - want).abs() < 3e-15,
                "lbeta({a}, {b}) = {}",
                lbeta(a, b)
            );
        }
    }

    #[test]
    fn symmetric_quantiles() {
        let q = qt(0.975, 9.0).unwrap();
        assert!((qt(0.025, 9.0).unwrap() + q).abs() < 1e-13);
        assert!((pt(q, 9.0).unwrap() - 0.975).abs() < 1e-14);
        assert!(
            (qbeta(0.3, 2.0, 2.0).unwrap() + qbeta(0.7, 2.0, 2.0).unwrap() - 1.0).abs() < 1e-14
        );
    }
}
