//! Rao-Scott test of a categorical distribution across waves: R's
//! `svychisq(~wave + category, design)` with its default statistic "F", where `design` is
//! `svydesign(ids = ~1, strata = ~wave, weights = ~w, data = all waves)`.
//!
//! Pearson's X² of the weighted table (scaled to the total row count N) is divided by the mean
//! generalized design effect tr(Δ) and referred to F(d0, d0 ν), d0 = tr(Δ)² / tr(Δ²),
//! ν = N - (number of waves). Δ = (C' D⁻¹ C / N)⁻¹ C' D⁻¹ V D⁻¹ C, with D = diag of the cell
//! proportions, V their design-based covariance (strata = waves, a wave's n its rows), and C
//! the interaction contrasts orthogonalised against the main effects.
//! Rows without an answer drop out of the proportions but count in N and in each wave's n, as in
//! R (`na.rm = TRUE`). Categories nobody chose are left out, as R's `factor()` does.

use crate::design::WaveDesign;
use crate::dist;
use crate::error::{AnalysisError, Result};
use crate::linalg::{Cholesky, solve};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RaoScott {
    /// Pearson's X² of the weighted table scaled to N.
    pub pearson_x2: f64,
    /// The Rao-Scott F statistic X² / tr(Δ).
    pub f: f64,
    pub ndf: f64,
    pub ddf: f64,
    pub p_value: f64,
}

/// The test for `waves`: each wave's design and its respondents' categories (indices,
/// `None` = no answer).
pub fn rao_scott(waves: &[(&WaveDesign, &[Option<usize>])]) -> Result<RaoScott> {
    let nr = waves.len();
    if nr < 2 {
        return Err(AnalysisError::InvalidArgument {
            function: "rao_scott",
            detail: "needs at least two waves".to_owned(),
        });
    }
    let mut used = Vec::new();
    for (design, cats) in waves {
        if design.is_raked() {
            return Err(AnalysisError::CalibratedUnsupported("the Rao-Scott test"));
        }
        if cats.len() != design.rows() {
            return Err(AnalysisError::LengthMismatch {
                what: "the categories",
                expected: design.rows(),
                found: cats.len(),
            });
        }
        if design.rows() < 2 {
            return Err(AnalysisError::TooFewRows {
                rows: design.rows(),
            });
        }
        for c in cats.iter().flatten() {
            if !used.contains(c) {
                used.push(*c);
            }
        }
    }
    used.sort_unstable();
    let nc = used.len();
    if nc < 2 {
        return Err(AnalysisError::InvalidArgument {
            function: "rao_scott",
            detail: "needs answers in at least two categories".to_owned(),
        });
    }
    let cells = nr * nc;
    let col_of = |c: usize| used.binary_search(&c).unwrap_or(0);
    // Cell (wave r, category c) is r + nr c, as R's interaction() orders its levels.
    let mut counts = vec![0.0; cells];
    let mut total_rows = 0_usize;
    for (r, (design, cats)) in waves.iter().enumerate() {
        total_rows += design.rows();
        for (c, w) in cats.iter().zip(design.weights()) {
            if let Some(c) = c {
                counts[r + nr * col_of(*c)] += w;
            }
        }
    }
    let psum: f64 = counts.iter().sum();
    if psum <= 0.0 {
        return Err(AnalysisError::InvalidArgument {
            function: "rao_scott",
            detail: "no answers".to_owned(),
        });
    }
    let big_n = total_rows as f64;
    let mean: Vec<f64> = counts.iter().map(|c| c / psum).collect();

    // Design-based covariance of the cell proportions, strata = waves.
    let mut v = vec![0.0; cells * cells];
    for (r, (design, cats)) in waves.iter().enumerate() {
        let n_h = design.rows() as f64;
        let z: Vec<Vec<f64>> = cats
            .iter()
            .zip(design.weights())
            .map(|(c, &w)| match c {
                None => vec![0.0; cells],
                Some(c) => {
                    let cell = r + nr * col_of(*c);
                    (0..cells)
                        .map(|j| w * (f64::from(u8::from(j == cell)) - mean[j]) / psum)
                        .collect()
                }
            })
            .collect();
        let mut zbar = vec![0.0; cells];
        for row in &z {
            for (b, x) in zbar.iter_mut().zip(row) {
                *b += x / n_h;
            }
        }
        let scale = n_h / (n_h - 1.0);
        for row in &z {
            for i in 0..cells {
                let di = row[i] - zbar[i];
                if di == 0.0 {
                    continue;
                }
                for j in 0..cells {
                    v[i * cells + j] += scale * di * (row[j] - zbar[j]);
                }
            }
        }
    }

    // Pearson's X² on the table scaled to N.
    let table: Vec<f64> = counts.iter().map(|c| c * big_n / psum).collect();
    let row_sum: Vec<f64> = (0..nr)
        .map(|r| (0..nc).map(|c| table[r + nr * c]).sum())
        .collect();
    let col_sum: Vec<f64> = (0..nc)
        .map(|c| (0..nr).map(|r| table[r + nr * c]).sum())
        .collect();
    let mut x2 = 0.0;
    for r in 0..nr {
        for c in 0..nc {
            let e = row_sum[r] * col_sum[c] / big_n;
            if e <= 0.0 {
                return Err(AnalysisError::InvalidArgument {
                    function: "rao_scott",
                    detail: format!("wave {r} has no answers"),
                });
            }
            let o = table[r + nr * c];
            x2 += (o - e) * (o - e) / e;
        }
    }

    // C: interaction columns residualised on intercept + main effects.
    let p1 = nr + nc - 1;
    let q = (nr - 1) * (nc - 1);
    let x1 = |cell: usize, j: usize| -> f64 {
        let (r, c) = (cell % nr, cell / nr);
        let on = if j == 0 {
            true
        } else if j < nr {
            r == j
        } else {
            c == j - nr + 1
        };
        f64::from(u8::from(on))
    };
    let x12 = |cell: usize, j: usize| -> f64 {
        let (r, c) = (cell % nr, cell / nr);
        let (jr, jc) = (1 + j % (nr - 1), 1 + j / (nr - 1));
        f64::from(u8::from(r == jr && c == jc))
    };
    let mut gram = vec![0.0; p1 * p1];
    for cell in 0..cells {
        for a in 0..p1 {
            for b in 0..p1 {
                gram[a * p1 + b] += x1(cell, a) * x1(cell, b);
            }
        }
    }
    let gram = Cholesky::new(&gram, p1);
    let mut cmat = vec![0.0; cells * q];
    for j in 0..q {
        let rhs: Vec<f64> = (0..p1)
            .map(|a| (0..cells).map(|cell| x1(cell, a) * x12(cell, j)).sum())
            .collect();
        let beta = gram.solve(&rhs);
        for cell in 0..cells {
            let fit: f64 = (0..p1).map(|a| x1(cell, a) * beta[a]).sum();
            cmat[cell * q + j] = x12(cell, j) - fit;
        }
    }
    let inv_d: Vec<f64> = mean
        .iter()
        .map(|&m| if m == 0.0 { 0.0 } else { 1.0 / m })
        .collect();
    // denom = C' D⁻¹ C / N; numr = C' D⁻¹ V D⁻¹ C.
    let mut denom = vec![0.0; q * q];
    let mut numr = vec![0.0; q * q];
    for a in 0..q {
        for b in 0..q {
            denom[a * q + b] = (0..cells)
                .map(|i| cmat[i * q + a] * inv_d[i] * cmat[i * q + b])
                .sum::<f64>()
                / big_n;
        }
    }
    let dc: Vec<f64> = (0..cells * q)
        .map(|idx| inv_d[idx / q] * cmat[idx])
        .collect();
    for a in 0..q {
        for b in 0..q {
            let mut s = 0.0;
            for i in 0..cells {
                if dc[i * q + a] == 0.0 {
                    continue;
                }
                for j in 0..cells {
                    s += dc[i * q + a] * v[i * cells + j] * dc[j * q + b];
                }
            }
            numr[a * q + b] = s;
        }
    }
    let delta = solve(&denom, q, &numr, q, "the Rao-Scott design effect matrix")?;
    let trace: f64 = (0..q).map(|i| delta[i * q + i]).sum();
    let trace_sq: f64 = (0..q)
        .flat_map(|i| (0..q).map(move |j| (i, j)))
        .map(|(i, j)| delta[i * q + j] * delta[j * q + i])
        .sum();
    if !(trace > 0.0 && trace_sq > 0.0) {
        return Err(AnalysisError::Numerical("Rao-Scott: no variance"));
    }
    let d0 = trace * trace / trace_sq;
    let nu = (total_rows - nr) as f64;
    let f = x2 / trace;
    Ok(RaoScott {
        pearson_x2: x2,
        f,
        ndf: d0,
        ddf: d0 * nu,
        p_value: dist::pf_upper(f, d0, d0 * nu)?,
    })
}
