//! Rao-Scott test of a categorical distribution across waves: R's
//! `svychisq(~wave + category, design)` with its default statistic "F".
//!
//! **The R design.** Plain (weighted or not): `svydesign(ids = ~1, strata = ~wave, weights = ~w,
//! data = the waves of the test)`. Raked: that design calibrated wave by wave,
//! `calibrate(design, ~wave + wave:m1 + wave:m2 + ..., population, calfun = "raking")` with each
//! wave's own margin totals (its "unknown" categories included, see [`crate::rake`]). The
//! interacted model matrix is block-diagonal by wave, so the calibration splits into one
//! calibration per wave: the weights are those of raking each wave to its margins, and the
//! calibration residuals (`qr.resid` in `svyrecvar`) are those of each wave's own model, which
//! is what [`crate::rake::rake`] gives each wave. (`calibrate` drops the all-zero columns of a
//! wave without an "unknown" category, whose population is 0.) A domain (a breakdown group) is
//! `subset(design, group == g)`.
//!
//! **The statistic.** Pearson's X² of the weighted table (scaled to N) is divided by the mean
//! generalized design effect tr(Δ) and referred to F(d0, d0 ν), d0 = tr(Δ)² / tr(Δ²).
//! Δ = (C' D⁻¹ C / N)⁻¹ C' D⁻¹ V D⁻¹ C, with D = diag of the cell proportions, V their
//! design-based covariance (strata = waves, a wave's n its rows; for a raked design the
//! influence values are first replaced by their calibration residuals), and C the interaction
//! contrasts orthogonalised against the main effects.
//!
//! **N and ν**, as R counts them (`N <- nrow(mm)`, ν = PSUs - strata of `design$cluster`):
//! - whole waves: N = the rows of the waves, ν = N - (number of waves);
//! - a domain of a plain design: `subset` drops the other rows, so N = the domain's rows and
//!   ν = N - (number of waves);
//! - a domain of a raked design: a subset of a calibrated design keeps every row (with weight
//!   0), so N = the rows of the waves and ν = N - (number of waves), as for whole waves.
//!
//! In every case the variance uses each wave's full row count (R pads a domain with zeros).
//! Rows without an answer drop out of the proportions but count in N and in each wave's n, as
//! in R (`na.rm = TRUE`). Categories nobody (in the domain) chose are left out, as R's
//! `factor()` does. (For a domain of a raked design R keeps the categories chosen only outside
//! the domain, as empty columns, and returns NaN; atmos leaves them out as for plain designs.)
//!
//! **Computation.** The test needs only per-wave, per-category sums ([`CategoryTally`]): Σ w,
//! Σ w² and, for a raked design, the cross-products of the categories with the calibration
//! model's columns. So a question costs one pass over the rows of each wave for all its
//! domains together, and the test itself is a small dense computation on (waves × categories)
//! cells. The covariance is V_h = n_h/(n_h - 1) (Σ r r' - (Σ r)(Σ r)'/n_h) per wave, with
//! r_i = z_i - β' u_i the calibration residual (z_i without calibration), u_i = g_i w0_i M_i,
//! β = (M' W0 M)⁻¹ Σ M_i z_i' / g_i, all expanded into those sums.

// Index loops read like the formulas here.
#![allow(clippy::needless_range_loop)]

use crate::design::{RowTerms, WaveDesign};
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
    /// Categories that entered the test (chosen by someone in the domain in one of the waves).
    pub categories: usize,
}

/// One wave's answers to a categorical question in a domain, summed per category: everything
/// the test and the weighted distribution need. Made with [`CategoryTally::from_rows`], or
/// with [`CategoryTally::new`] and [`CategoryTally::add`] row by row (one pass can then fill
/// the tallies of many domains).
#[derive(Debug, Clone, PartialEq)]
pub struct CategoryTally {
    categories: usize,
    /// Rows of the wave.
    rows: usize,
    /// Rows of the wave in the domain, with or without an answer.
    domain_rows: usize,
    /// Per category: respondents, Σ w, Σ w².
    count: Vec<usize>,
    sum_w: Vec<f64>,
    sum_w2: Vec<f64>,
    /// Columns of the calibration model (0: not raked).
    k: usize,
    /// Raked only: p[j C + c] = Σ M_ij w_i / g_i and r[c k + j] = Σ w_i g_i w0_i M_ij over the
    /// respondents of category c.
    p: Vec<f64>,
    r: Vec<f64>,
}

impl CategoryTally {
    /// An empty tally of a question with `categories` categories in a wave of `design`.
    pub fn new(design: &WaveDesign, categories: usize) -> Self {
        let k = design.calibration_columns();
        Self {
            categories,
            rows: design.rows(),
            domain_rows: 0,
            count: vec![0; categories],
            sum_w: vec![0.0; categories],
            sum_w2: vec![0.0; categories],
            k,
            p: vec![0.0; k * categories],
            r: vec![0.0; categories * k],
        }
    }

    /// The tally of `categories` (one per row of the wave, `None` = no answer) in `domain`
    /// (one flag per row; `None` = the whole wave). Categories are 0..`count`.
    pub fn from_rows(
        design: &WaveDesign,
        categories: &[Option<usize>],
        count: usize,
        domain: Option<&[bool]>,
    ) -> Result<Self> {
        let mut tally = Self::new(design, count);
        if categories.len() != design.rows() {
            return Err(AnalysisError::LengthMismatch {
                what: "the categories",
                expected: design.rows(),
                found: categories.len(),
            });
        }
        if let Some(d) = domain
            && d.len() != design.rows()
        {
            return Err(AnalysisError::LengthMismatch {
                what: "the domain",
                expected: design.rows(),
                found: d.len(),
            });
        }
        for (i, &c) in categories.iter().enumerate() {
            if domain.is_none_or(|d| d[i]) {
                tally.add(design, i, c)?;
            }
        }
        Ok(tally)
    }

    /// Adds row `row` of the wave (a row of the domain) with its category.
    pub fn add(&mut self, design: &WaveDesign, row: usize, category: Option<usize>) -> Result<()> {
        if row >= design.rows() || design.rows() != self.rows {
            return Err(AnalysisError::InvalidArgument {
                function: "CategoryTally::add",
                detail: format!(
                    "row {row} of a wave of {} rows (the tally is for {} rows)",
                    design.rows(),
                    self.rows
                ),
            });
        }
        if design.calibration_columns() != self.k {
            return Err(AnalysisError::InvalidArgument {
                function: "CategoryTally::add",
                detail: "the tally was made for another design".to_owned(),
            });
        }
        if let Some(c) = category
            && c >= self.categories
        {
            return Err(AnalysisError::InvalidArgument {
                function: "CategoryTally::add",
                detail: format!("category {c} of {}", self.categories),
            });
        }
        self.add_terms(&design.row_terms(row), category);
        Ok(())
    }

    /// Adds one row: `terms` from the tally's design, `category` below `categories`.
    fn add_terms(&mut self, terms: &RowTerms<'_>, category: Option<usize>) {
        let sums = [terms.w, terms.w * terms.w, terms.w_over_g, terms.w_u];
        self.add_block(terms.columns, category, 1, &sums);
    }

    /// Adds `rows` rows of one category with the same calibration columns: `sums` are their
    /// Σ w, Σ w², Σ w / g and Σ w g w0.
    fn add_block(
        &mut self,
        columns: &[u32],
        category: Option<usize>,
        rows: usize,
        sums: &[f64; 4],
    ) {
        self.domain_rows += rows;
        let Some(c) = category else {
            return;
        };
        self.count[c] += rows;
        self.sum_w[c] += sums[0];
        self.sum_w2[c] += sums[1];
        let (k, nc) = (self.k, self.categories);
        for &j in columns {
            let j = j as usize;
            self.p[j * nc + c] += sums[2];
            self.r[c * k + j] += sums[3];
        }
    }

    /// Adds stratum `stratum` of `strata` with its sums for one question ([`WaveStrata`]).
    pub(crate) fn add_stratum(
        &mut self,
        design: &WaveDesign,
        strata: &WaveStrata,
        sums: &StrataSums,
        stratum: usize,
    ) {
        let slots = sums.categories + 1;
        let terms = design.row_terms(strata.representative[stratum]);
        for slot in 0..slots {
            let at = stratum * slots + slot;
            let rows = sums.count[at];
            if rows == 0 {
                continue;
            }
            let category = (slot < sums.categories).then_some(slot);
            let block = if strata.constant {
                // Every row of the stratum is like its representative.
                let n = rows as f64;
                [
                    n * terms.w,
                    n * terms.w * terms.w,
                    n * terms.w_over_g,
                    n * terms.w_u,
                ]
            } else {
                let s = &sums.sums[at * 4..at * 4 + 4];
                [s[0], s[1], s[2], s[3]]
            };
            self.add_block(terms.columns, category, rows, &block);
        }
    }

    /// Rows of the wave in the domain, with or without an answer.
    pub fn domain_rows(&self) -> usize {
        self.domain_rows
    }

    /// Respondents of the domain with an answer: the unweighted n.
    pub fn respondents(&self) -> usize {
        self.count.iter().sum()
    }

    /// Respondents per category.
    pub fn counts(&self) -> &[usize] {
        &self.count
    }

    /// Σ w per category.
    pub fn weighted(&self) -> &[f64] {
        &self.sum_w
    }

    /// Σ w over the respondents with an answer.
    pub fn sum_weights(&self) -> f64 {
        self.sum_w.iter().sum()
    }

    /// The weighted distribution: each category's share of Σ w (`None` without answers).
    pub fn shares(&self) -> Option<Vec<f64>> {
        let total = self.sum_weights();
        (self.respondents() > 0 && total > 0.0)
            .then(|| self.sum_w.iter().map(|w| w / total).collect())
    }
}

/// The rows of a wave in strata: rows alike for the tallies, with the same calibration model
/// row and the same domains (the caller's key). A question then needs one pass over the rows
/// that adds each row to its stratum ([`WaveStrata::sums`]), and every domain's tally is summed
/// from the strata ([`CategoryTally::add_stratum`]): the work per row no longer grows with the
/// number of domains or with the calibration model. Built once per wave, it serves every
/// question.
#[derive(Debug, Clone)]
pub(crate) struct WaveStrata {
    of_row: Vec<u32>,
    /// A row of each stratum: its calibration columns (and, when `constant`, its weights)
    /// stand for the stratum's.
    representative: Vec<usize>,
    /// Every row of a stratum has the same weight, g and base weight (raking from equal base
    /// weights, an unweighted wave): counts then suffice.
    constant: bool,
}

impl WaveStrata {
    /// `domain_keys[i]`: a number that is the same for two rows exactly when they are in the
    /// same domains.
    pub(crate) fn new(design: &WaveDesign, domain_keys: &[u64]) -> Result<Self> {
        if domain_keys.len() != design.rows() {
            return Err(AnalysisError::LengthMismatch {
                what: "the domain keys",
                expected: design.rows(),
                found: domain_keys.len(),
            });
        }
        let classes = design.classes() as u64;
        let keys = domain_keys
            .iter()
            .enumerate()
            .map(|(i, &d)| {
                d.checked_mul(classes)
                    .and_then(|k| k.checked_add(u64::from(design.class_of(i))))
                    .ok_or(AnalysisError::InvalidArgument {
                        function: "WaveStrata::new",
                        detail: "too many domain combinations".to_owned(),
                    })
            })
            .collect::<Result<Vec<u64>>>()?;
        let (of_row, strata) = crate::design::dense_ids(&keys);
        let mut representative = vec![usize::MAX; strata];
        let mut constant = true;
        for (i, &s) in of_row.iter().enumerate() {
            let r = &mut representative[s as usize];
            if *r == usize::MAX {
                *r = i;
            } else if constant {
                let (a, b) = (design.row_terms(*r), design.row_terms(i));
                constant = a.w == b.w && a.w_over_g == b.w_over_g && a.w_u == b.w_u;
            }
        }
        Ok(Self {
            of_row,
            representative,
            constant,
        })
    }

    pub(crate) fn strata(&self) -> usize {
        self.representative.len()
    }

    /// A row of stratum `s` (all its rows are in the same domains).
    pub(crate) fn representative(&self, s: usize) -> usize {
        self.representative[s]
    }

    /// One question's sums per stratum and category: `category(i)` is row i's category
    /// (below `categories`) or `None`.
    pub(crate) fn sums(
        &self,
        design: &WaveDesign,
        categories: usize,
        category: impl Fn(usize) -> Option<usize>,
    ) -> StrataSums {
        // The last slot of a stratum counts the rows without an answer.
        let slots = categories + 1;
        let mut count = vec![0_usize; self.strata() * slots];
        let mut sums = Vec::new();
        if self.constant {
            for (i, &s) in self.of_row.iter().enumerate() {
                let c = category(i)
                    .filter(|&c| c < categories)
                    .unwrap_or(categories);
                count[s as usize * slots + c] += 1;
            }
        } else {
            sums = vec![0.0; self.strata() * slots * 4];
            for (i, &s) in self.of_row.iter().enumerate() {
                let c = category(i)
                    .filter(|&c| c < categories)
                    .unwrap_or(categories);
                let at = s as usize * slots + c;
                count[at] += 1;
                let t = design.row_terms(i);
                let to = &mut sums[at * 4..at * 4 + 4];
                to[0] += t.w;
                to[1] += t.w * t.w;
                to[2] += t.w_over_g;
                to[3] += t.w_u;
            }
        }
        StrataSums {
            categories,
            count,
            sums,
        }
    }
}

/// A question's rows per stratum and category (and their weight sums unless the strata are
/// constant): see [`WaveStrata::sums`].
#[derive(Debug, Clone)]
pub(crate) struct StrataSums {
    categories: usize,
    count: Vec<usize>,
    sums: Vec<f64>,
}

/// The test for `waves`: each wave's design and its respondents' categories (indices,
/// `None` = no answer).
pub fn rao_scott(waves: &[(&WaveDesign, &[Option<usize>])]) -> Result<RaoScott> {
    let count = category_count(waves.iter().map(|(_, c)| *c));
    let tallies = waves
        .iter()
        .map(|(design, cats)| CategoryTally::from_rows(design, cats, count, None))
        .collect::<Result<Vec<_>>>()?;
    rao_scott_tallies(&pair_up(waves.iter().map(|(d, _)| *d), &tallies))
}

/// A wave's design, its respondents' categories and whether each row is in the domain.
pub type DomainAnswers<'a> = (&'a WaveDesign, &'a [Option<usize>], &'a [bool]);

/// The test in a domain: each wave's design, its respondents' categories and whether each row
/// is in the domain (R's `svychisq(~wave + category, subset(design, domain))`).
pub fn rao_scott_domain(waves: &[DomainAnswers<'_>]) -> Result<RaoScott> {
    let count = category_count(waves.iter().map(|(_, c, _)| *c));
    let tallies = waves
        .iter()
        .map(|(design, cats, domain)| CategoryTally::from_rows(design, cats, count, Some(domain)))
        .collect::<Result<Vec<_>>>()?;
    rao_scott_tallies(&pair_up(waves.iter().map(|(d, _, _)| *d), &tallies))
}

fn category_count<'a>(waves: impl Iterator<Item = &'a [Option<usize>]>) -> usize {
    waves
        .flat_map(|c| c.iter().flatten())
        .max()
        .map_or(0, |m| m + 1)
}

fn pair_up<'a>(
    designs: impl Iterator<Item = &'a WaveDesign>,
    tallies: &'a [CategoryTally],
) -> Vec<(&'a WaveDesign, &'a CategoryTally)> {
    designs.zip(tallies).collect()
}

/// The test from each wave's design and its tally (see the module documentation). The designs
/// must all be raked or all not (one R design).
pub fn rao_scott_tallies(waves: &[(&WaveDesign, &CategoryTally)]) -> Result<RaoScott> {
    let nr = waves.len();
    let Some((first_design, first_tally)) = waves.first() else {
        return Err(too_few_waves());
    };
    if nr < 2 {
        return Err(too_few_waves());
    }
    let raked = first_design.is_raked();
    let categories = first_tally.categories;
    for (design, tally) in waves {
        if design.is_raked() != raked {
            return Err(AnalysisError::InvalidArgument {
                function: "rao_scott",
                detail: "the waves of one test must all be raked or all not".to_owned(),
            });
        }
        if tally.rows != design.rows() {
            return Err(AnalysisError::LengthMismatch {
                what: "a category tally",
                expected: design.rows(),
                found: tally.rows,
            });
        }
        if tally.k != design.calibration_columns() || tally.categories != categories {
            return Err(AnalysisError::InvalidArgument {
                function: "rao_scott",
                detail: "a category tally was made for another design or question".to_owned(),
            });
        }
        if design.rows() < 2 {
            return Err(AnalysisError::TooFewRows {
                rows: design.rows(),
            });
        }
    }
    let used: Vec<usize> = (0..categories)
        .filter(|&c| waves.iter().any(|(_, t)| t.count[c] > 0))
        .collect();
    let nc = used.len();
    if nc < 2 {
        return Err(AnalysisError::InvalidArgument {
            function: "rao_scott",
            detail: "needs answers in at least two categories".to_owned(),
        });
    }
    // Cell (wave r, category j) is r + nr j, as R's interaction() orders its levels.
    let cells = nr * nc;
    let mut counts = vec![0.0; cells];
    let mut sq = vec![0.0; cells];
    for (r, (_, t)) in waves.iter().enumerate() {
        for (j, &c) in used.iter().enumerate() {
            counts[r + nr * j] = t.sum_w[c];
            sq[r + nr * j] = t.sum_w2[c];
        }
    }
    let psum: f64 = counts.iter().sum();
    // Weights are finite and positive: a sum that is not positive means no answers.
    if psum.is_nan() || psum <= 0.0 {
        return Err(AnalysisError::InvalidArgument {
            function: "rao_scott",
            detail: "no answers".to_owned(),
        });
    }
    let mean: Vec<f64> = counts.iter().map(|c| c / psum).collect();
    let total_rows: usize = waves
        .iter()
        .map(|(d, t)| if raked { d.rows() } else { t.domain_rows })
        .sum();
    let big_n = total_rows as f64;

    // Design-based covariance of the cell proportions, strata = waves.
    let mut v = vec![0.0; cells * cells];
    let psum2 = psum * psum;
    for (r, (design, t)) in waves.iter().enumerate() {
        let own = |cell: usize| cell % nr == r;
        let w_wave: f64 = (0..nc).map(|j| counts[r + nr * j]).sum();
        let q_wave: f64 = (0..nc).map(|j| sq[r + nr * j]).sum();
        // Σ z and Σ z z' over the wave's rows, z_i = w_i (e_cell(i) - mean) / psum for a
        // respondent of the domain, 0 for every other row.
        let mut sum: Vec<f64> = (0..cells)
            .map(|a| (if own(a) { counts[a] } else { 0.0 } - w_wave * mean[a]) / psum)
            .collect();
        let s2 = |a: usize| if own(a) { sq[a] } else { 0.0 };
        let mut cross = vec![0.0; cells * cells];
        for a in 0..cells {
            for b in 0..cells {
                let diagonal = if a == b { s2(a) } else { 0.0 };
                cross[a * cells + b] = (diagonal - s2(a) * mean[b] - mean[a] * s2(b)
                    + q_wave * mean[a] * mean[b])
                    / psum2;
            }
        }
        if let Some(cal) = design.calibration() {
            calibration_residuals(
                &CalibrationSums {
                    gram: &cal.gram,
                    uu: &cal.uu,
                    u_sum: &cal.u_sum,
                    k: cal.k,
                },
                t,
                &used,
                r,
                nr,
                &mean,
                psum,
                &mut sum,
                &mut cross,
            );
        }
        let n_h = design.rows() as f64;
        let scale = n_h / (n_h - 1.0);
        for a in 0..cells {
            for b in 0..cells {
                v[a * cells + b] += scale * (cross[a * cells + b] - sum[a] * sum[b] / n_h);
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
            if e.is_nan() || e <= 0.0 {
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
        categories: nc,
    })
}

fn too_few_waves() -> AnalysisError {
    AnalysisError::InvalidArgument {
        function: "rao_scott",
        detail: "needs at least two waves".to_owned(),
    }
}

/// What a raked wave's calibration gives the test.
struct CalibrationSums<'a> {
    gram: &'a Cholesky,
    uu: &'a [f64],
    u_sum: &'a [f64],
    k: usize,
}

/// Replaces Σ z and Σ z z' of wave `r` by Σ r and Σ r r' of the calibration residuals
/// r_i = z_i - β' u_i: Σ r r' = Σ z z' - Σ z u' β - β' Σ u z' + β' (Σ u u') β and
/// Σ r = Σ z - β' Σ u, with β = G⁻¹ Σ M_i z_i' / g_i (G = M' W0 M), each sum over z expanded
/// into the tally's per-category sums.
#[allow(clippy::too_many_arguments)] // the pieces of one formula
fn calibration_residuals(
    cal: &CalibrationSums<'_>,
    t: &CategoryTally,
    used: &[usize],
    r: usize,
    nr: usize,
    mean: &[f64],
    psum: f64,
    sum: &mut [f64],
    cross: &mut [f64],
) {
    let (k, nc, cells) = (cal.k, t.categories, mean.len());
    let category = |cell: usize| (cell % nr == r).then(|| used[cell / nr]);
    // β (k x cells): column `cell` solves G β = Σ M z_cell / g
    //   = (Σ_{i in cell} M_i w_i / g_i - mean_cell Σ_i M_i w_i / g_i) / psum.
    let p_all: Vec<f64> = (0..k)
        .map(|j| t.p[j * nc..(j + 1) * nc].iter().sum())
        .collect();
    let mut beta = vec![0.0; k * cells];
    for cell in 0..cells {
        let rhs: Vec<f64> = (0..k)
            .map(|j| {
                let own = category(cell).map_or(0.0, |c| t.p[j * nc + c]);
                (own - mean[cell] * p_all[j]) / psum
            })
            .collect();
        for (j, b) in cal.gram.solve(&rhs).into_iter().enumerate() {
            beta[j * cells + cell] = b;
        }
    }
    // Σ z u' (cells x k) = (Σ_{i in cell} w_i u_i - mean_cell Σ_i w_i u_i) / psum.
    let r_all: Vec<f64> = (0..k)
        .map(|j| (0..nc).map(|c| t.r[c * k + j]).sum())
        .collect();
    let mut zu = vec![0.0; cells * k];
    for cell in 0..cells {
        for j in 0..k {
            let own = category(cell).map_or(0.0, |c| t.r[c * k + j]);
            zu[cell * k + j] = (own - mean[cell] * r_all[j]) / psum;
        }
    }
    // (Σ u u') β, k x cells.
    let mut uu_beta = vec![0.0; k * cells];
    for i in 0..k {
        for j in 0..k {
            let u = cal.uu[i * k + j];
            if u == 0.0 {
                continue;
            }
            for b in 0..cells {
                uu_beta[i * cells + b] += u * beta[j * cells + b];
            }
        }
    }
    for a in 0..cells {
        for b in 0..cells {
            let mut zu_beta = 0.0;
            let mut beta_zu = 0.0;
            let mut beta_uu_beta = 0.0;
            for j in 0..k {
                zu_beta += zu[a * k + j] * beta[j * cells + b];
                beta_zu += beta[j * cells + a] * zu[b * k + j];
                beta_uu_beta += beta[j * cells + a] * uu_beta[j * cells + b];
            }
            cross[a * cells + b] += beta_uu_beta - zu_beta - beta_zu;
        }
        let fitted: f64 = (0..k).map(|j| beta[j * cells + a] * cal.u_sum[j]).sum();
        sum[a] -= fitted;
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // a failing test may panic

    use super::*;
    use crate::rake::{Margin, RakeOptions, rake};

    /// A deterministic stream in [0, 1).
    fn stream(seed: u64) -> impl FnMut() -> f64 {
        let mut x = seed;
        move || {
            x = x
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (x >> 11) as f64 / (1_u64 << 53) as f64
        }
    }

    /// Base weights, margins, a group and categories per row.
    type Wave = (
        Vec<f64>,
        Vec<Margin>,
        Vec<Option<usize>>,
        Vec<Option<usize>>,
    );

    /// A wave of `n` rows: base weights (equal or not), two margins, a group and categories.
    fn wave(n: usize, seed: u64, equal: bool) -> Wave {
        let mut next = stream(seed);
        let mut pick = |k: usize| ((next() * k as f64) as usize).min(k - 1);
        let base: Vec<f64> = (0..n)
            .map(|i| {
                if equal {
                    1.0
                } else {
                    1.0 + (i % 7) as f64 / 3.0
                }
            })
            .collect();
        let a: Vec<Option<usize>> = (0..n).map(|_| Some(pick(3))).collect();
        let b: Vec<Option<usize>> = (0..n)
            .map(|_| Some(pick(2)).filter(|_| pick(10) > 0))
            .collect();
        let group: Vec<Option<usize>> = (0..n).map(|_| Some(pick(3)).filter(|g| *g < 2)).collect();
        let cats: Vec<Option<usize>> = (0..n)
            .map(|_| Some(pick(5)).filter(|_| pick(8) > 0))
            .collect();
        let margin = |name: &str, k: usize, rows: Vec<Option<usize>>, total: f64| Margin {
            name: name.to_owned(),
            categories: (0..k).map(|c| c.to_string()).collect(),
            population: (0..k)
                .map(|c| total * (c + 1) as f64 / (k * (k + 1) / 2) as f64)
                .collect(),
            rows,
        };
        let margins = vec![margin("a", 3, a, 6000.0), margin("b", 2, b, 6000.0)];
        (base, margins, group, cats)
    }

    /// The tallies of the whole wave and its two groups through strata, as the table makes
    /// them.
    fn strata_tallies(
        design: &WaveDesign,
        group: &[Option<usize>],
        cats: &[Option<usize>],
    ) -> (bool, Vec<CategoryTally>) {
        let keys: Vec<u64> = group
            .iter()
            .map(|g| g.map_or(0, |g| g as u64 + 1))
            .collect();
        let strata = WaveStrata::new(design, &keys).unwrap();
        let sums = strata.sums(design, 6, |i| cats[i]);
        let mut tallies: Vec<CategoryTally> =
            (0..3).map(|_| CategoryTally::new(design, 6)).collect();
        for s in 0..strata.strata() {
            tallies[0].add_stratum(design, &strata, &sums, s);
            if let Some(g) = group[strata.representative(s)] {
                tallies[1 + g].add_stratum(design, &strata, &sums, s);
            }
        }
        (strata.constant, tallies)
    }

    #[test]
    fn strata_give_the_row_by_row_tallies_and_tests() {
        for (equal, raked) in [(true, true), (false, true), (false, false), (true, false)] {
            let mut designs = Vec::new();
            let mut inputs = Vec::new();
            for seed in [3, 5] {
                let (base, margins, group, cats) = wave(400 + seed as usize * 10, seed, equal);
                let design = if raked {
                    rake(&base, &margins, &RakeOptions::default())
                        .unwrap()
                        .design
                } else {
                    WaveDesign::new(base).unwrap()
                };
                designs.push(design);
                inputs.push((group, cats));
            }
            let mut by_strata = Vec::new();
            let mut by_rows = Vec::new();
            for (design, (group, cats)) in designs.iter().zip(&inputs) {
                let (constant, tallies) = strata_tallies(design, group, cats);
                assert_eq!(constant, equal, "equal base weights {equal}, raked {raked}");
                by_strata.push(tallies);
                let mut rows = vec![CategoryTally::from_rows(design, cats, 6, None).unwrap()];
                for g in 0..2 {
                    let mask: Vec<bool> = group.iter().map(|x| *x == Some(g)).collect();
                    rows.push(CategoryTally::from_rows(design, cats, 6, Some(&mask)).unwrap());
                }
                by_rows.push(rows);
            }
            for d in 0..3 {
                let test = |t: &[Vec<CategoryTally>]| {
                    let pairs: Vec<(&WaveDesign, &CategoryTally)> =
                        designs.iter().zip(t.iter().map(|w| &w[d])).collect();
                    rao_scott_tallies(&pairs).unwrap()
                };
                let (a, b) = (test(&by_strata), test(&by_rows));
                for (x, y) in [
                    (a.f, b.f),
                    (a.ndf, b.ndf),
                    (a.ddf, b.ddf),
                    (a.p_value, b.p_value),
                ] {
                    assert!((x - y).abs() <= 1e-11 * y.abs().max(1.0), "{a:?} {b:?}");
                }
                for (s, r) in by_strata.iter().zip(&by_rows) {
                    assert_eq!(s[d].counts(), r[d].counts());
                    assert_eq!(s[d].domain_rows(), r[d].domain_rows());
                }
            }
        }
    }
}
