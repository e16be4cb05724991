//! Primary and complementary suppression: examples and a property test that no hidden cell can
//! be recovered as total - Σ published cells.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

use atmos_analysis::{CellCount, DEFAULT_MIN_N, Suppression, suppress};
use proptest::prelude::*;

fn cells(counts: &[(&str, usize)]) -> Vec<CellCount> {
    counts
        .iter()
        .map(|&(group, n)| CellCount {
            group: group.to_owned(),
            n,
            sum_weights: n as f64 * 1.5,
        })
        .collect()
}

#[test]
fn primary_and_complementary() {
    let s = suppress(&cells(&[("a", 5), ("b", 30), ("c", 12)]), DEFAULT_MIN_N);
    assert_eq!(s[0], Some(Suppression::Primary { n: 5, min_n: 10 }));
    assert_eq!(s[1], None);
    assert_eq!(
        s[2],
        Some(Suppression::Complementary {
            protects: "a".to_owned()
        })
    );

    // Two small cells protect each other.
    let s = suppress(&cells(&[("a", 5), ("b", 3), ("c", 40)]), DEFAULT_MIN_N);
    assert!(matches!(s[0], Some(Suppression::Primary { .. })));
    assert!(matches!(s[1], Some(Suppression::Primary { .. })));
    assert_eq!(s[2], None);

    // An empty group protects nothing.
    let s = suppress(
        &cells(&[("a", 0), ("b", 4), ("c", 40), ("d", 25)]),
        DEFAULT_MIN_N,
    );
    assert_eq!(s[0], Some(Suppression::Primary { n: 0, min_n: 10 }));
    assert_eq!(s[2], None);
    assert_eq!(
        s[3],
        Some(Suppression::Complementary {
            protects: "b".to_owned()
        })
    );

    // Ties on n are broken by the weighted sum, then by order.
    let mut c = cells(&[("a", 2), ("b", 20), ("c", 20)]);
    c[2].sum_weights = 10.0;
    let s = suppress(&c, DEFAULT_MIN_N);
    assert_eq!(s[1], None);
    assert!(matches!(s[2], Some(Suppression::Complementary { .. })));

    // Nothing to hide.
    assert!(
        suppress(&cells(&[("a", 10), ("b", 11)]), 10)
            .iter()
            .all(Option::is_none)
    );
}

proptest! {
    #[test]
    fn no_hidden_cell_is_recoverable(
        counts in prop::collection::vec((0_usize..40, 0.2_f64..5.0), 1..9),
        min_n in 1_usize..15,
    ) {
        let cells: Vec<CellCount> = counts
            .iter()
            .enumerate()
            .map(|(i, &(n, w))| CellCount { group: format!("g{i}"), n, sum_weights: n as f64 * w })
            .collect();
        let status = suppress(&cells, min_n);
        prop_assert_eq!(status.len(), cells.len());
        for (c, s) in cells.iter().zip(&status) {
            match s {
                None => prop_assert!(c.n >= min_n),
                Some(Suppression::Primary { n, min_n: m }) => {
                    prop_assert!(c.n < min_n);
                    prop_assert_eq!((*n, *m), (c.n, min_n));
                }
                Some(Suppression::Complementary { protects }) => {
                    prop_assert!(c.n >= min_n);
                    let protected = cells.iter().position(|x| &x.group == protects).unwrap();
                    prop_assert!(status[protected].is_some());
                }
            }
        }
        // What a reader derives: total - Σ published, for n and for the weighted sum.
        let total_n: usize = cells.iter().map(|c| c.n).sum();
        let total_w: f64 = cells.iter().map(|c| c.sum_weights).sum();
        let published_n: usize = cells.iter().zip(&status).filter(|(_, s)| s.is_none()).map(|(c, _)| c.n).sum();
        let published_w: f64 = cells.iter().zip(&status).filter(|(_, s)| s.is_none()).map(|(c, _)| c.sum_weights).sum();
        let hidden: Vec<&CellCount> = cells.iter().zip(&status).filter(|(_, s)| s.is_some()).map(|(c, _)| c).collect();
        let residual_n = total_n - published_n;
        let residual_w = total_w - published_w;
        for h in &hidden {
            if h.n == 0 {
                continue;
            }
            // A hidden cell with respondents is recoverable when it alone makes up the residual.
            let others_n: usize = hidden.iter().filter(|o| o.group != h.group).map(|o| o.n).sum();
            let recoverable = others_n == 0 && residual_n == h.n
                && (residual_w - h.sum_weights).abs() <= 1e-9 * total_w.max(1.0);
            // Only possible when the breakdown's total is itself below min_n (and so suppressed
            // in its own table).
            prop_assert!(!recoverable || total_n < min_n,
                "cell {} (n = {}) recoverable: {:?}", h.group, h.n, status);
        }
    }
}
