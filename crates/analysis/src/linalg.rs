//! The little dense linear algebra the core needs: a Cholesky factorization that drops
//! dependent columns (for calibration residuals) and Gaussian elimination (for Rao-Scott).
// Index loops read like the formulas here.
#![allow(clippy::needless_range_loop)]

use crate::error::{AnalysisError, Result};

/// Cholesky factor of a symmetric positive semi-definite matrix. A column whose pivot is
/// (numerically) zero depends on the earlier ones and is left out; solving then gives a
/// least-squares solution over the remaining columns, which spans the same column space.
#[derive(Debug, Clone)]
pub(crate) struct Cholesky {
    k: usize,
    /// Lower triangle, row-major k x k.
    l: Vec<f64>,
    active: Vec<bool>,
}

impl Cholesky {
    /// `a` is k x k, row-major.
    pub(crate) fn new(a: &[f64], k: usize) -> Self {
        let mut l = vec![0.0; k * k];
        let mut active = vec![false; k];
        for j in 0..k {
            let mut d = a[j * k + j];
            for m in 0..j {
                d -= l[j * k + m] * l[j * k + m];
            }
            // Also skips a NaN pivot.
            let independent = d > 1e-10 * a[j * k + j].abs() && d > 0.0;
            if !independent {
                continue;
            }
            let root = d.sqrt();
            active[j] = true;
            l[j * k + j] = root;
            for i in (j + 1)..k {
                let mut s = a[i * k + j];
                for m in 0..j {
                    s -= l[i * k + m] * l[j * k + m];
                }
                l[i * k + j] = s / root;
            }
        }
        Self { k, l, active }
    }

    /// Solves A x = b (inactive components are 0).
    pub(crate) fn solve(&self, b: &[f64]) -> Vec<f64> {
        let k = self.k;
        let mut y = vec![0.0; k];
        for i in 0..k {
            if !self.active[i] {
                continue;
            }
            let mut s = b[i];
            for m in 0..i {
                s -= self.l[i * k + m] * y[m];
            }
            y[i] = s / self.l[i * k + i];
        }
        let mut x = vec![0.0; k];
        for i in (0..k).rev() {
            if !self.active[i] {
                continue;
            }
            let mut s = y[i];
            for m in (i + 1)..k {
                s -= self.l[m * k + i] * x[m];
            }
            x[i] = s / self.l[i * k + i];
        }
        x
    }
}

/// Solves A X = B for square A (n x n, row-major) and B (n x m, row-major) by Gaussian
/// elimination with partial pivoting.
pub(crate) fn solve(
    a: &[f64],
    n: usize,
    b: &[f64],
    m: usize,
    what: &'static str,
) -> Result<Vec<f64>> {
    let mut a = a.to_vec();
    let mut b = b.to_vec();
    let scale = a.iter().fold(0.0_f64, |s, v| s.max(v.abs()));
    for col in 0..n {
        let pivot = (col..n)
            .max_by(|&i, &j| a[i * n + col].abs().total_cmp(&a[j * n + col].abs()))
            .unwrap_or(col);
        let usable = a[pivot * n + col].abs() > 1e-13 * scale;
        if !usable {
            return Err(AnalysisError::Singular(what));
        }
        if pivot != col {
            for c in 0..n {
                a.swap(col * n + c, pivot * n + c);
            }
            for c in 0..m {
                b.swap(col * m + c, pivot * m + c);
            }
        }
        let d = a[col * n + col];
        for r in (col + 1)..n {
            let f = a[r * n + col] / d;
            if f == 0.0 {
                continue;
            }
            for c in col..n {
                a[r * n + c] -= f * a[col * n + c];
            }
            for c in 0..m {
                b[r * m + c] -= f * b[col * m + c];
            }
        }
    }
    let mut x = vec![0.0; n * m];
    for c in 0..m {
        for r in (0..n).rev() {
            let mut s = b[r * m + c];
            for k in (r + 1)..n {
                s -= a[r * n + k] * x[k * m + c];
            }
            x[r * m + c] = s / a[r * n + r];
        }
    }
    Ok(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cholesky_drops_a_dependent_column() {
        // Columns x1, x2 = 2 x1, x3 of a design; the Gram matrix is singular.
        let rows = [[1.0, 2.0, 0.0], [1.0, 2.0, 1.0], [2.0, 4.0, 1.0]];
        let mut g = [0.0; 9];
        for r in &rows {
            for i in 0..3 {
                for j in 0..3 {
                    g[i * 3 + j] += r[i] * r[j];
                }
            }
        }
        let chol = Cholesky::new(&g, 3);
        assert_eq!(chol.active, vec![true, false, true]);
        let b = [1.0, 2.0, 3.0];
        let x = chol.solve(&b);
        assert_eq!(x[1], 0.0);
    }

    #[test]
    fn gaussian_elimination() {
        let a = [2.0, 1.0, 1.0, 3.0];
        let b = [3.0, 5.0];
        let x = solve(&a, 2, &b, 1, "test").unwrap();
        assert!((x[0] - 0.8).abs() < 1e-15 && (x[1] - 1.4).abs() < 1e-15);
        assert!(solve(&[1.0, 2.0, 2.0, 4.0], 2, &b, 1, "test").is_err());
    }
}
