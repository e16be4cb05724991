//! Suppression of small cells in a breakdown (one table: an indicator by the groups of one
//! breakdown in one wave, whose total is published).
//!
//! - Primary: a cell whose unweighted n is below `min_n` (default 10) is hidden.
//! - Complementary: a hidden cell could be recovered as total - Σ published cells when it is
//!   the only hidden cell with respondents. Then the smallest published cell with respondents
//!   (by n, then by weighted sum, then by order) is hidden too, and the check repeats until no
//!   hidden cell is recoverable. Cells with n = 0 do not protect anything (everybody could
//!   assume they are empty). The rule treats respondents outside every group (missing or
//!   non-substantive breakdown answer) as known to the reader, so it never counts on them.
//! - If the only cell with respondents is hidden, the breakdown's total is itself below
//!   `min_n`, and the total must be suppressed in its own table.
//!
//! A hidden cell is shown as "too few answers", never as 0.

/// The counts of one cell of a breakdown.
#[derive(Debug, Clone, PartialEq)]
pub struct CellCount {
    pub group: String,
    /// Unweighted n (respondents with a value).
    pub n: usize,
    /// Σ w of those respondents.
    pub sum_weights: f64,
}

/// Why a cell is hidden.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Suppression {
    /// Fewer than `min_n` respondents.
    Primary { n: usize, min_n: usize },
    /// Hidden so that `protects` cannot be derived from the total and the published cells.
    Complementary { protects: String },
}

/// The default minimum unweighted n of a published cell.
pub const DEFAULT_MIN_N: usize = 10;

/// The suppression of each cell (aligned with `cells`; `None` = published).
pub fn suppress(cells: &[CellCount], min_n: usize) -> Vec<Option<Suppression>> {
    let mut status: Vec<Option<Suppression>> = cells
        .iter()
        .map(|c| (c.n < min_n).then_some(Suppression::Primary { n: c.n, min_n }))
        .collect();
    loop {
        let mut hidden = cells
            .iter()
            .zip(&status)
            .enumerate()
            .filter(|(_, (c, s))| s.is_some() && c.n > 0)
            .map(|(i, _)| i);
        let (Some(lone), None) = (hidden.next(), hidden.next()) else {
            return status;
        };
        let partner = cells
            .iter()
            .zip(&status)
            .enumerate()
            .filter(|(_, (c, s))| s.is_none() && c.n > 0)
            .min_by(|(i, (a, _)), (j, (b, _))| {
                a.n.cmp(&b.n)
                    .then(a.sum_weights.total_cmp(&b.sum_weights))
                    .then(i.cmp(j))
            })
            .map(|(i, _)| i);
        match partner {
            Some(p) => {
                status[p] = Some(Suppression::Complementary {
                    protects: cells[lone].group.clone(),
                });
            }
            None => return status,
        }
    }
}
