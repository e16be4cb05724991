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
    /// share a class, numbered 0..`classes`. Rows of a class also share g ([`crate::rake`]
    /// gives each class one factor).
    pub(crate) class: Vec<u32>,
    pub(crate) classes: usize,
    /// Per class: its g and its first row (whose model columns are the class's).
    pub(crate) class_g: Vec<f64>,
    pub(crate) class_first_row: Vec<usize>,
    /// Σ u u' (k x k, row-major) and Σ u over the wave's rows, u_i = g_i w0_i M_i: the parts
    /// of the residuals' covariance that do not depend on the estimate, computed once so that
    /// the Rao-Scott test of each question needs only per-category sums ([`crate::rao_scott`]).
    pub(crate) uu: Vec<f64>,
    pub(crate) u_sum: Vec<f64>,
}

/// Above this many calibration classes (every row nearly its own), an estimate's calibration
/// sums run row by row rather than per class.
const CLASS_SUMS_MAX: usize = 1 << 16;

/// How an estimate gathers its calibration sums (the same numbers either way, up to rounding).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CalibrationSums {
    PerClass,
    PerRow,
}

/// Padding of [`Calibration::columns`].
pub(crate) const NO_COLUMN: u32 = u32::MAX;

impl Calibration {
    /// `classes`: each row's class (rows share a class exactly when their model rows are
    /// equal, numbered as [`dense_ids`] does) and the number of classes.
    pub(crate) fn new(
        columns: Vec<u32>,
        stride: usize,
        k: usize,
        base: Vec<f64>,
        g: Vec<f64>,
        classes: (Vec<u32>, usize),
    ) -> Self {
        let (class, classes) = classes;
        let mut class_first_row = vec![usize::MAX; classes];
        for (i, &c) in class.iter().enumerate() {
            let first = &mut class_first_row[c as usize];
            if *first == usize::MAX {
                *first = i;
            }
        }
        let class_g = class_first_row.iter().map(|&i| g[i]).collect();
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
            class_g,
            class_first_row,
            uu,
            u_sum,
        }
    }

    /// The columns where M is 1 in the rows of `class`.
    pub(crate) fn class_row(&self, class: usize) -> &[u32] {
        self.row(self.class_first_row[class])
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
        let sums = match &self.calibration {
            Some(cal) if cal.classes <= CLASS_SUMS_MAX => CalibrationSums::PerClass,
            _ => CalibrationSums::PerRow,
        };
        self.estimate_with(y, rows, sums)
    }

    fn estimate_with(
        &self,
        y: &[Option<f64>],
        rows: impl Iterator<Item = usize> + Clone,
        sums: CalibrationSums,
    ) -> Result<Outcome> {
        let n = self.rows();
        if n < 2 {
            return Err(AnalysisError::TooFewRows { rows: n });
        }
        let mut totals = Totals::default();
        for i in rows.clone() {
            totals.add(i, y[i], self.weights[i])?;
        }
        if totals.count == 0 {
            return Ok(Outcome::Empty {
                domain_rows: totals.domain_rows,
            });
        }
        let p = totals.swy / totals.sw;
        let mut spread = Spread::new(self, sums);
        for i in rows {
            if let Some(v) = y[i] {
                spread.add(self, i, v, p, totals.sw);
            }
        }
        Ok(self.finish(&totals, p, spread))
    }

    /// The estimates in every group of several breakdowns at once, in two passes over the
    /// wave ([`GroupIndex`] says which groups each row is in). The result `[b][g]` equals
    /// [`WaveDesign::estimate_rows`] over the rows of group g of breakdown b (the same sums in
    /// the same order): a table gets all its cells of an indicator and wave for the cost of
    /// reading the wave twice, not twice per breakdown.
    pub fn estimate_groups(
        &self,
        y: &[Option<f64>],
        index: &GroupIndex,
    ) -> Result<Vec<Vec<Outcome>>> {
        let n = self.rows();
        for (what, found) in [("the indicator", y.len()), ("the group index", index.rows)] {
            if found != n {
                return Err(AnalysisError::LengthMismatch {
                    what,
                    expected: n,
                    found,
                });
            }
        }
        if n < 2 {
            return Err(AnalysisError::TooFewRows { rows: n });
        }
        let sums = match &self.calibration {
            Some(cal) if cal.classes <= CLASS_SUMS_MAX => CalibrationSums::PerClass,
            Some(_) => {
                // Per-row calibration sums would need a k-vector per group and row: take the
                // groups one by one instead.
                return index
                    .group_rows()
                    .iter()
                    .map(|groups| {
                        groups
                            .iter()
                            .map(|rows| {
                                self.estimate_with(y, rows.iter().copied(), CalibrationSums::PerRow)
                            })
                            .collect::<Result<Vec<_>>>()
                    })
                    .collect::<Result<Vec<_>>>();
            }
            None => CalibrationSums::PerRow,
        };
        let width = index.sizes.len();
        let domains = index.domains();
        let mut totals = vec![Totals::default(); domains];
        for (i, (&value, &w)) in y.iter().zip(&self.weights).enumerate() {
            let row = &index.domains_of_row[i * width..(i + 1) * width];
            if let Some(v) = value
                && !v.is_finite()
            {
                return Err(AnalysisError::NonFiniteValue { row: i, value: v });
            }
            for &d in row.iter().filter(|&&d| d != NO_GROUP) {
                totals[d as usize].add_checked(value, w);
            }
        }
        let p: Vec<f64> = totals.iter().map(|t| t.swy / t.sw).collect();
        // The second pass in flat arrays (domain-major; per class within a domain): the inner
        // loop then touches a few numbers per breakdown and row, nothing else.
        let classes = match (&self.calibration, sums) {
            (Some(cal), CalibrationSums::PerClass) => cal.classes,
            _ => 0,
        };
        let (mut sum_z, mut sum_z2, mut weighted_ss) =
            (vec![0.0; domains], vec![0.0; domains], vec![0.0; domains]);
        let mut class_sums = vec![(0.0, 0.0); domains * classes];
        for (i, (value, &w)) in y.iter().zip(&self.weights).enumerate() {
            let Some(v) = *value else { continue };
            let (class, w0) = match &self.calibration {
                Some(cal) if classes > 0 => (cal.class[i] as usize, cal.base[i]),
                _ => (0, 0.0),
            };
            let row = &index.domains_of_row[i * width..(i + 1) * width];
            for &d in row.iter().filter(|&&d| d != NO_GROUP) {
                let d = d as usize;
                let zi = w * (v - p[d]) / totals[d].sw;
                sum_z[d] += zi;
                sum_z2[d] += zi * zi;
                weighted_ss[d] += w * (v - p[d]) * (v - p[d]);
                if classes > 0 {
                    let sums = &mut class_sums[d * classes + class];
                    sums.0 += zi;
                    sums.1 += zi * w0;
                }
            }
        }
        let k = self.calibration_columns();
        let mut outcomes = (0..domains).map(|d| {
            let t = &totals[d];
            if t.count == 0 {
                return Outcome::Empty {
                    domain_rows: t.domain_rows,
                };
            }
            let spread = Spread {
                sum_z: sum_z[d],
                sum_z2: sum_z2[d],
                weighted_ss: weighted_ss[d],
                rhs: vec![0.0; k],
                zu: vec![0.0; k],
                class_sums: class_sums[d * classes..(d + 1) * classes].to_vec(),
            };
            self.finish(t, p[d], spread)
        });
        Ok(index
            .sizes
            .iter()
            .map(|&size| outcomes.by_ref().take(size).collect())
            .collect())
    }

    /// The outcome of a domain with respondents from its two passes' sums.
    fn finish(&self, totals: &Totals, p: f64, spread: Spread) -> Outcome {
        let n = self.rows();
        let Spread {
            sum_z,
            sum_z2,
            weighted_ss,
            mut rhs,
            mut zu,
            class_sums,
        } = spread;
        let k = self.calibration_columns();
        if let Some(cal) = &self.calibration {
            for (class, &(z, z_w0)) in class_sums.iter().enumerate() {
                if z == 0.0 && z_w0 == 0.0 {
                    continue;
                }
                let g = cal.class_g[class];
                for &c in cal.class_row(class) {
                    rhs[c as usize] += z / g;
                    zu[c as usize] += z_w0 * g;
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
        Outcome::Estimated(Estimate {
            estimate: p,
            variance,
            se: variance.sqrt(),
            df: totals.domain_rows - 1,
            n: totals.count,
            domain_rows: totals.domain_rows,
            wave_rows: n,
            design_rows: if self.calibration.is_some() {
                n
            } else {
                totals.domain_rows
            },
            sum_weights: totals.sw,
            sum_weights_sq: totals.sw2,
            weighted_ss,
        })
    }
}

/// Which groups of several breakdowns each row of a wave is in, for
/// [`WaveDesign::estimate_groups`]: built once per wave and shared by every indicator.
#[derive(Debug, Clone)]
pub struct GroupIndex {
    rows: usize,
    /// Groups per breakdown.
    sizes: Vec<usize>,
    /// Row-major, one slot per breakdown: the row's domain number (the breakdowns' groups
    /// numbered one after the other) or [`NO_GROUP`].
    domains_of_row: Vec<u32>,
}

/// A row in no group of a breakdown.
const NO_GROUP: u32 = u32::MAX;

impl GroupIndex {
    /// For a wave of `rows` rows: `groups[b][i]` is row i's group on breakdown b (`None`:
    /// none); `sizes[b]` the number of groups of breakdown b.
    pub fn new(rows: usize, groups: &[&[Option<usize>]], sizes: &[usize]) -> Result<Self> {
        if groups.len() != sizes.len() {
            return Err(AnalysisError::InvalidArgument {
                function: "GroupIndex::new",
                detail: format!("{} group columns but {} sizes", groups.len(), sizes.len()),
            });
        }
        let domains: usize = sizes.iter().sum();
        if u32::try_from(domains).map_or(true, |d| d == NO_GROUP) {
            return Err(AnalysisError::InvalidArgument {
                function: "GroupIndex::new",
                detail: format!("{domains} groups"),
            });
        }
        let width = sizes.len();
        let mut domains_of_row = vec![NO_GROUP; rows * width];
        let mut offset = 0;
        for (b, (column, &size)) in groups.iter().zip(sizes).enumerate() {
            if column.len() != rows {
                return Err(AnalysisError::LengthMismatch {
                    what: "a group column",
                    expected: rows,
                    found: column.len(),
                });
            }
            for (i, g) in column.iter().enumerate() {
                if let Some(g) = *g {
                    if g >= size {
                        return Err(AnalysisError::InvalidArgument {
                            function: "GroupIndex::new",
                            detail: format!("group {g} of a breakdown of {size} groups"),
                        });
                    }
                    // Below `domains`, which fits in u32 (checked above).
                    domains_of_row[i * width + b] = (offset + g) as u32;
                }
            }
            offset += size;
        }
        Ok(Self {
            rows,
            sizes: sizes.to_vec(),
            domains_of_row,
        })
    }

    /// Every group's number of rows' worth of domains: the sum of the sizes.
    fn domains(&self) -> usize {
        self.sizes.iter().sum()
    }

    /// [breakdown][group]: the group's rows.
    fn group_rows(&self) -> Vec<Vec<Vec<usize>>> {
        let width = self.sizes.len();
        let mut offset = 0;
        self.sizes
            .iter()
            .enumerate()
            .map(|(b, &size)| {
                let mut rows = vec![Vec::new(); size];
                for i in 0..self.rows {
                    let d = self.domains_of_row[i * width + b];
                    if d != NO_GROUP {
                        rows[d as usize - offset].push(i);
                    }
                }
                offset += size;
                rows
            })
            .collect()
    }
}

/// A domain's first pass: its rows, and over those with a value Σ 1, Σ w, Σ w y, Σ w².
#[derive(Debug, Clone, Default)]
struct Totals {
    domain_rows: usize,
    count: usize,
    sw: f64,
    swy: f64,
    sw2: f64,
}

impl Totals {
    /// [`Totals::add`] for a value already known to be finite.
    #[inline]
    fn add_checked(&mut self, value: Option<f64>, w: f64) {
        self.domain_rows += 1;
        if let Some(v) = value {
            self.count += 1;
            self.sw += w;
            self.swy += w * v;
            self.sw2 += w * w;
        }
    }

    #[inline]
    fn add(&mut self, row: usize, value: Option<f64>, w: f64) -> Result<()> {
        self.domain_rows += 1;
        if let Some(v) = value {
            if !v.is_finite() {
                return Err(AnalysisError::NonFiniteValue { row, value: v });
            }
            self.count += 1;
            self.sw += w;
            self.swy += w * v;
            self.sw2 += w * w;
        }
        Ok(())
    }
}

/// A domain's second pass, given p: the influence values' sums, and for a raked design the
/// sums the calibration residuals need (see [`WaveDesign::estimate`]).
///
/// z is 0 outside the domain, so every sum runs over the domain's rows only. For a raked design
/// the residuals e = z - u β (u_i = g_i w0_i M_i, β = (M' W0 M)⁻¹ M' (z / g); R's
/// `qr.resid(qr(M sqrt(w0)), z / (g sqrt(w0))) * g sqrt(w0)`) enter through
/// Σ e = Σ z - β' Σ u and Σ e² = Σ z² - 2 β' Σ z u + β' (Σ u u') β, whose wave-wide parts Σ u
/// and Σ u u' the calibration keeps. Σ z/g and Σ z u over a model column are, within a class
/// (one g, one model row), g⁻¹ Σ z and g Σ z w0: gathered per class they cost two additions
/// per row instead of a pass over the row's columns.
#[derive(Debug, Clone)]
struct Spread {
    sum_z: f64,
    sum_z2: f64,
    weighted_ss: f64,
    /// Σ z/g and Σ z u per model column, gathered row by row ([`CalibrationSums::PerRow`]).
    rhs: Vec<f64>,
    zu: Vec<f64>,
    /// (Σ z, Σ z w0) per class ([`CalibrationSums::PerClass`]).
    class_sums: Vec<(f64, f64)>,
}

impl Spread {
    fn new(design: &WaveDesign, sums: CalibrationSums) -> Self {
        let k = design.calibration_columns();
        let classes = match (&design.calibration, sums) {
            (Some(cal), CalibrationSums::PerClass) => cal.classes,
            _ => 0,
        };
        Self {
            sum_z: 0.0,
            sum_z2: 0.0,
            weighted_ss: 0.0,
            rhs: vec![0.0; k],
            zu: vec![0.0; k],
            class_sums: vec![(0.0, 0.0); classes],
        }
    }

    #[inline]
    fn add(&mut self, design: &WaveDesign, i: usize, v: f64, p: f64, sw: f64) {
        let w = design.weights[i];
        let zi = w * (v - p) / sw;
        self.sum_z += zi;
        self.sum_z2 += zi * zi;
        self.weighted_ss += w * (v - p) * (v - p);
        if let Some(cal) = &design.calibration {
            if self.class_sums.is_empty() {
                let g = cal.g[i];
                let u = g * cal.base[i];
                for &c in cal.row(i) {
                    self.rhs[c as usize] += zi / g;
                    self.zu[c as usize] += zi * u;
                }
            } else {
                let sums = &mut self.class_sums[cal.class[i] as usize];
                sums.0 += zi;
                sums.1 += zi * cal.base[i];
            }
        }
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

    use super::*;
    use crate::rake::{Margin, RakeOptions, rake};

    /// A raked wave whose classes (gender x age) hold rows with different base weights.
    fn raked() -> (WaveDesign, Vec<Option<f64>>) {
        let n = 400;
        let gender: Vec<Option<usize>> = (0..n).map(|i| Some(i % 2)).collect();
        let age: Vec<Option<usize>> = (0..n).map(|i| Some((i * 7 / 3) % 3)).collect();
        let base: Vec<f64> = (0..n).map(|i| 1.0 + (i % 5) as f64 * 0.25).collect();
        let margins = [
            Margin {
                name: "gender".to_owned(),
                categories: vec!["f".to_owned(), "m".to_owned()],
                population: vec![5200.0, 4800.0],
                rows: gender,
            },
            Margin {
                name: "age".to_owned(),
                categories: vec!["a".to_owned(), "b".to_owned(), "c".to_owned()],
                population: vec![3000.0, 4000.0, 3000.0],
                rows: age,
            },
        ];
        let design = rake(&base, &margins, &RakeOptions::default())
            .unwrap()
            .design;
        let y = (0..n)
            .map(|i| (i % 11 != 0).then_some(f64::from(u8::from(i % 3 == 0 || i % 7 == 1))))
            .collect();
        (design, y)
    }

    #[test]
    fn calibration_sums_per_class_equal_those_per_row() {
        let (design, y) = raked();
        assert!(design.classes() == 6, "{} classes", design.classes());
        let domains: [Vec<usize>; 3] = [
            (0..design.rows()).collect(),
            (0..design.rows()).filter(|i| i % 4 == 1).collect(),
            (0..design.rows()).filter(|i| i % 2 == 0).collect(),
        ];
        for rows in &domains {
            let per_class = design
                .estimate_with(&y, rows.iter().copied(), CalibrationSums::PerClass)
                .unwrap();
            let per_row = design
                .estimate_with(&y, rows.iter().copied(), CalibrationSums::PerRow)
                .unwrap();
            let (a, b) = (per_class.estimate().unwrap(), per_row.estimate().unwrap());
            assert_eq!(a.estimate, b.estimate);
            assert!(
                (a.variance - b.variance).abs() <= 1e-12 * b.variance,
                "{} vs {}",
                a.variance,
                b.variance
            );
            assert!(b.variance > 0.0);
        }
    }

    #[test]
    fn all_groups_at_once_equal_each_group_alone() {
        let (raked, y) = raked();
        let plain = WaveDesign::new(raked.weights().to_vec()).unwrap();
        let n = raked.rows();
        let by_three: Vec<Option<usize>> = (0..n).map(|i| (i % 13 != 0).then_some(i % 3)).collect();
        // Group 2 of the second breakdown is empty, group 1 has rows but no values.
        let by_two: Vec<Option<usize>> = (0..n)
            .map(|i| match i % 11 {
                0 => Some(1),
                _ if i % 2 == 0 => Some(0),
                _ => Some(3),
            })
            .collect();
        let groups = [&by_three[..], &by_two[..]];
        for design in [&raked, &plain] {
            let index = GroupIndex::new(n, &groups, &[3, 4]).unwrap();
            let all = design.estimate_groups(&y, &index).unwrap();
            for (b, column) in groups.iter().enumerate() {
                for (g, outcome) in all[b].iter().enumerate() {
                    let rows: Vec<u32> = (0..n)
                        .filter(|&i| column[i] == Some(g))
                        .map(|i| u32::try_from(i).unwrap())
                        .collect();
                    let alone = design.estimate_rows(&y, &rows).unwrap();
                    assert_eq!(outcome, &alone, "breakdown {b} group {g}");
                }
            }
            assert_eq!(all[1][2], Outcome::Empty { domain_rows: 0 });
            assert!(matches!(all[1][1], Outcome::Empty { domain_rows } if domain_rows > 0));
        }
        assert!(
            GroupIndex::new(n, &groups, &[3, 3]).is_err(),
            "group 3 of 3"
        );
        assert!(GroupIndex::new(n, &groups, &[3]).is_err());
        let index = GroupIndex::new(n, &groups, &[3, 4]).unwrap();
        assert!(raked.estimate_groups(&y[1..], &index).is_err());
        assert!(GroupIndex::new(n, &[&by_three[1..]], &[3]).is_err());
        let short = GroupIndex::new(n - 1, &[&by_three[1..]], &[3]).unwrap();
        assert!(raked.estimate_groups(&y, &short).is_err());
        // No breakdown at all: nothing to estimate, not an error.
        let none = GroupIndex::new(n, &[], &[]).unwrap();
        assert!(raked.estimate_groups(&y, &none).unwrap().is_empty());
    }
}
