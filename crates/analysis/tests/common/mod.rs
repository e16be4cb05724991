//! Shared helpers of the integration tests: loading the R fixtures and comparing numbers.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

use atmos_analysis::{
    Estimate, IntervalMethod, Outcome, deff_replace, kish_for, korn_graubard_interval,
    logit_interval, mean_interval,
};
use serde_json::Value;

/// Every number must equal R's to this (absolute; relative for weights and their sums).
pub const TOL: f64 = 1e-9;
/// R's "logit" fits a glm iteratively; its bounds carry the glm's convergence error.
pub const LOGIT_TOL: f64 = 1e-8;

/// Loads tests/fixtures/<name>; a missing fixture fails the test loudly.
pub fn fixture(name: &str) -> Value {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "fixture {path} is missing ({e}); regenerate the fixtures with \
             `Rscript crates/analysis/tests/fixtures/make_fixtures.R` from the repository root"
        )
    });
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("fixture {path} is not JSON: {e}"))
}

pub fn f(v: &Value) -> f64 {
    v.as_f64()
        .unwrap_or_else(|| panic!("expected a number, found {v}"))
}

pub fn u(v: &Value) -> usize {
    v.as_u64()
        .unwrap_or_else(|| panic!("expected a count, found {v}")) as usize
}

/// A JSON array of numbers or nulls (jsonlite writes a length-1 vector as a scalar).
pub fn opt_vec(v: &Value) -> Vec<Option<f64>> {
    match v {
        Value::Array(items) => items.iter().map(Value::as_f64).collect(),
        other => vec![other.as_f64()],
    }
}

pub fn vec_f(v: &Value) -> Vec<f64> {
    opt_vec(v)
        .into_iter()
        .map(|x| x.expect("no missing values here"))
        .collect()
}

pub fn strings(v: &Value) -> Vec<Option<String>> {
    match v {
        Value::Array(items) => items
            .iter()
            .map(|s| s.as_str().map(str::to_owned))
            .collect(),
        other => vec![other.as_str().map(str::to_owned)],
    }
}

/// Asserts |got - want| <= tol.
#[track_caller]
pub fn close(what: &str, got: f64, want: f64, tol: f64) {
    assert!(
        (got - want).abs() <= tol,
        "{what}: got {got:.17e}, R gives {want:.17e} (difference {:.3e}, tolerance {tol:e})",
        (got - want).abs()
    );
}

/// Asserts |got / want - 1| <= tol.
#[track_caller]
pub fn close_rel(what: &str, got: f64, want: f64, tol: f64) {
    assert!(
        (got / want - 1.0).abs() <= tol,
        "{what}: got {got:.17e}, R gives {want:.17e} (relative difference {:.3e}, tolerance {tol:e})",
        (got / want - 1.0).abs()
    );
}

/// Checks one cell of the fixture against the Rust estimate; returns the estimate.
/// The rows where `mask` is set, for [`atmos_analysis::WaveDesign::estimate_rows`].
pub fn rows_of(mask: &[bool]) -> Vec<u32> {
    (0..mask.len())
        .filter(|&i| mask[i])
        .map(|i| u32::try_from(i).unwrap())
        .collect()
}

pub fn check_cell(label: &str, outcome: &Outcome, cell: &Value) -> Option<Estimate> {
    let domain_rows = u(&cell["domain_rows"]);
    if cell["empty"].as_bool().unwrap() {
        assert_eq!(
            outcome,
            &Outcome::Empty { domain_rows },
            "{label}: expected an empty cell"
        );
        return None;
    }
    let est = outcome
        .estimate()
        .unwrap_or_else(|| panic!("{label}: no estimate"))
        .clone();
    let is_share = cell["indicator"] == "share";
    assert_eq!(est.n, u(&cell["n"]), "{label}: n");
    assert_eq!(est.domain_rows, domain_rows, "{label}: domain rows");
    assert_eq!(est.df, u(&cell["df"]), "{label}: df");
    close(
        &format!("{label}: estimate"),
        est.estimate,
        f(&cell["estimate"]),
        TOL,
    );
    close(&format!("{label}: se"), est.se, f(&cell["se"]), TOL);
    close_rel(
        &format!("{label}: sum of weights"),
        est.sum_weights,
        f(&cell["sum_weights"]),
        TOL,
    );
    let kish = kish_for(&est);
    close_rel(
        &format!("{label}: Kish n_eff"),
        kish.n_eff,
        f(&cell["kish_n_eff"]),
        TOL,
    );
    close(
        &format!("{label}: Kish deff"),
        kish.deff,
        f(&cell["kish_deff"]),
        TOL,
    );
    match (
        deff_replace(&est),
        cell.get("deff_replace").and_then(Value::as_f64),
    ) {
        (Some(got), Some(want)) => close(&format!("{label}: deff replace"), got, want, TOL),
        (None, None) => {}
        (got, want) => panic!("{label}: deff replace {got:?}, R gives {want:?}"),
    }
    if is_share {
        let logit = logit_interval(&est, 0.95).unwrap();
        let beta = korn_graubard_interval(&est, 0.95).unwrap();
        if let Some(cp) = cell.get("clopper_pearson") {
            let cp = vec_f(cp);
            for interval in [logit, beta] {
                assert_eq!(interval.method, IntervalMethod::ClopperPearson, "{label}");
                close(
                    &format!("{label}: Clopper-Pearson lower"),
                    interval.lower,
                    cp[0],
                    TOL,
                );
                close(
                    &format!("{label}: Clopper-Pearson upper"),
                    interval.upper,
                    cp[1],
                    TOL,
                );
            }
        } else {
            assert_eq!(logit.method, IntervalMethod::Logit);
            assert_eq!(beta.method, IntervalMethod::KornGraubard);
            let xlogit = vec_f(&cell["xlogit"]);
            close(
                &format!("{label}: xlogit lower"),
                logit.lower,
                xlogit[0],
                TOL,
            );
            close(
                &format!("{label}: xlogit upper"),
                logit.upper,
                xlogit[1],
                TOL,
            );
            let glm = vec_f(&cell["logit"]);
            close(
                &format!("{label}: logit lower"),
                logit.lower,
                glm[0],
                LOGIT_TOL,
            );
            close(
                &format!("{label}: logit upper"),
                logit.upper,
                glm[1],
                LOGIT_TOL,
            );
            let kg = vec_f(&cell["beta"]);
            close(&format!("{label}: beta lower"), beta.lower, kg[0], TOL);
            close(&format!("{label}: beta upper"), beta.upper, kg[1], TOL);
        }
    } else {
        let normal = vec_f(&cell["normal"]);
        let interval = mean_interval(&est, 0.95).unwrap();
        close(
            &format!("{label}: mean lower"),
            interval.lower,
            normal[0],
            TOL,
        );
        close(
            &format!("{label}: mean upper"),
            interval.upper,
            normal[1],
            TOL,
        );
    }
    Some(est)
}
