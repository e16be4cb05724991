//! Raked weights and the standard errors of raked estimates against R's
//! `calibrate(design, ~m1 + m2 + m3, population, calfun = "raking")` (and `trimWeights`), from
//! fixtures/raking.json; the documented rule for respondents without a category; the errors.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

mod common;

use std::collections::BTreeMap;

use atmos_analysis::{AnalysisError, Margin, RakeOptions, TrimBounds, rake};
use common::{TOL, check_cell, close, close_rel, f, fixture, opt_vec, rows_of, strings, vec_f};
use serde_json::Value;

fn population(v: &Value) -> BTreeMap<String, f64> {
    v.as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| (k.clone(), f(v)))
        .collect()
}

#[test]
fn raked_weights_and_standard_errors_match_calibrate() {
    let fx = fixture("raking.json");
    let datasets = fx.as_array().unwrap();
    assert_eq!(
        datasets.len(),
        2,
        "expected the full and the sparse raking datasets"
    );
    for ds in datasets {
        let name = ds["name"].as_str().unwrap();
        let data = &ds["data"];
        let base = vec_f(&data["w"]);
        let margins: Vec<Margin> = ds["population"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(m, pop)| {
                let rows = strings(&data["margins"][m]);
                Margin::from_labels(m, &population(pop), &rows).unwrap()
            })
            .collect();
        let trim = ds["trim"].as_array().map(|t| TrimBounds {
            lower: f(&t[0]),
            upper: f(&t[1]),
        });
        let share = opt_vec(&data["share"]);
        let index = opt_vec(&data["index"]);
        let groups = strings(&data["g"]);
        for (kind, expected) in ds["designs"].as_object().unwrap() {
            let options = RakeOptions {
                trim: if kind == "trimmed" { trim } else { None },
                ..RakeOptions::default()
            };
            let raked = rake(&base, &margins, &options).unwrap();
            let label = format!("{name}/{kind}");
            let report = &raked.report;
            assert!(report.max_change < report.tolerance, "{label}: {report:?}");
            assert!(report.iterations > 1, "{label}: {report:?}");
            // The documented unknown rule: R got the same population counts.
            for u in &report.unknown {
                let want = f(&ds["population_used"][&u.margin]["unknown"]);
                close_rel(
                    &format!("{label}: unknown {}", u.margin),
                    u.population,
                    want,
                    TOL,
                );
            }
            let want_weights = vec_f(&expected["weights"]);
            let weights = raked.design.weights();
            assert_eq!(weights.len(), want_weights.len());
            for (i, (got, want)) in weights.iter().zip(&want_weights).enumerate() {
                close_rel(&format!("{label}: weight {i}"), *got, *want, TOL);
            }
            let summary = &report.weights;
            close_rel(
                &format!("{label}: min weight"),
                summary.min,
                f(&expected["min"]),
                TOL,
            );
            close_rel(
                &format!("{label}: max weight"),
                summary.max,
                f(&expected["max"]),
                TOL,
            );
            close(&format!("{label}: cv"), summary.cv, f(&expected["cv"]), TOL);
            close_rel(
                &format!("{label}: Kish n_eff"),
                summary.kish.n_eff,
                f(&expected["kish_n_eff"]),
                TOL,
            );
            for cell in expected["cells"].as_array().unwrap() {
                let (indicator, domain) = (
                    cell["indicator"].as_str().unwrap(),
                    cell["domain"].as_str().unwrap(),
                );
                let y = if indicator == "share" { &share } else { &index };
                let mask: Option<Vec<bool>> = (domain != "_all").then(|| {
                    groups
                        .iter()
                        .map(|g| g.as_deref() == Some(domain))
                        .collect()
                });
                let outcome = raked.design.estimate(y, mask.as_deref()).unwrap();
                check_cell(&format!("{label}/{indicator}/{domain}"), &outcome, cell);
                if let Some(mask) = &mask {
                    let by_rows = raked.design.estimate_rows(y, &rows_of(mask)).unwrap();
                    check_cell(
                        &format!("{label}/{indicator}/{domain} by rows"),
                        &by_rows,
                        cell,
                    );
                }
            }
        }
    }
}

/// A small sample: 6 respondents, two margins.
fn toy() -> (Vec<f64>, BTreeMap<String, f64>, BTreeMap<String, f64>) {
    let base = vec![1.0, 2.0, 1.0, 1.5, 1.0, 2.5];
    let gender = BTreeMap::from([("female".to_owned(), 55.0), ("male".to_owned(), 45.0)]);
    let age = BTreeMap::from([("old".to_owned(), 40.0), ("young".to_owned(), 60.0)]);
    (base, gender, age)
}

#[test]
fn raking_fits_the_margins_and_reports() {
    let (base, gender, age) = toy();
    let g = [
        Some("female"),
        Some("male"),
        Some("female"),
        Some("male"),
        None,
        Some("female"),
    ];
    let a = [
        Some("young"),
        Some("young"),
        Some("old"),
        Some("old"),
        Some("young"),
        Some("old"),
    ];
    let margins = [
        Margin::from_labels("gender", &gender, &g).unwrap(),
        Margin::from_labels("age", &age, &a).unwrap(),
    ];
    let raked = rake(&base, &margins, &RakeOptions::default()).unwrap();
    let w = raked.design.weights();
    let young: f64 = w
        .iter()
        .zip(&a)
        .filter(|(_, a)| **a == Some("young"))
        .map(|(w, _)| w)
        .sum();
    close("young", young, 60.0, 1e-9);
    // The unknown gets the base-weighted share 1 / 9 of the total; the known counts shrink.
    let unknown = &raked.report.unknown[0];
    assert_eq!(
        (unknown.margin.as_str(), unknown.respondents),
        ("gender", 1)
    );
    close("unknown share", unknown.share, 1.0 / 9.0, 1e-15);
    close("unknown population", unknown.population, 100.0 / 9.0, 1e-12);
    let female: f64 = w
        .iter()
        .zip(&g)
        .filter(|(_, g)| **g == Some("female"))
        .map(|(w, _)| w)
        .sum();
    close("female", female, 55.0 * 8.0 / 9.0, 1e-9);
    close("total", w.iter().sum::<f64>(), 100.0, 1e-9);
    assert!(raked.design.is_raked());
}

#[test]
fn raking_errors() {
    let (base, gender, age) = toy();
    let g = [
        Some("female"),
        Some("male"),
        Some("female"),
        Some("male"),
        Some("male"),
        Some("female"),
    ];
    let a = [
        Some("young"),
        Some("young"),
        Some("old"),
        Some("old"),
        Some("young"),
        Some("old"),
    ];
    let ok_age = Margin::from_labels("age", &age, &a).unwrap();

    // A respondent in a category whose population count is 0.
    let mut zero = gender.clone();
    zero.insert("other".to_owned(), 0.0);
    let g_other = [
        Some("female"),
        Some("other"),
        Some("female"),
        Some("male"),
        Some("male"),
        Some("female"),
    ];
    let err = rake(
        &base,
        &[
            Margin::from_labels("gender", &zero, &g_other).unwrap(),
            ok_age.clone(),
        ],
        &RakeOptions::default(),
    )
    .unwrap_err();
    assert!(
        matches!(err, AnalysisError::MarginNotCovering { ref category, respondents: 1, .. } if category == "other"),
        "{err}"
    );

    // A category with population but nobody in the sample.
    let mut extra = gender.clone();
    extra.insert("other".to_owned(), 5.0);
    extra.insert("female".to_owned(), 50.0);
    let err = rake(
        &base,
        &[
            Margin::from_labels("gender", &extra, &g).unwrap(),
            ok_age.clone(),
        ],
        &RakeOptions::default(),
    )
    .unwrap_err();
    assert!(matches!(err, AnalysisError::EmptyCategory { .. }), "{err}");

    // Margins with different totals.
    let mut more = age.clone();
    more.insert("old".to_owned(), 41.0);
    let err = rake(
        &base,
        &[
            Margin::from_labels("gender", &gender, &g).unwrap(),
            Margin::from_labels("age", &more, &a).unwrap(),
        ],
        &RakeOptions::default(),
    )
    .unwrap_err();
    assert!(
        matches!(err, AnalysisError::InconsistentTotals { .. }),
        "{err}"
    );

    // No convergence within the iteration limit: an error with the report.
    let err = rake(
        &base,
        &[
            Margin::from_labels("gender", &gender, &g).unwrap(),
            ok_age.clone(),
        ],
        &RakeOptions {
            max_iterations: 1,
            ..RakeOptions::default()
        },
    )
    .unwrap_err();
    match err {
        AnalysisError::NotConverged {
            iterations: 1,
            max_change,
            ..
        } => assert!(max_change > 0.0),
        other => panic!("expected NotConverged, got {other}"),
    }

    // A label that is not a category, and infeasible trimming.
    assert!(Margin::from_labels("gender", &gender, &[Some("unknown")]).is_err());
    let err = rake(
        &base,
        &[ok_age],
        &RakeOptions {
            trim: Some(TrimBounds {
                lower: 20.0,
                upper: 30.0,
            }),
            ..RakeOptions::default()
        },
    )
    .unwrap_err();
    assert!(matches!(err, AnalysisError::TrimInfeasible { .. }), "{err}");
    assert!(matches!(
        rake(&base, &[], &RakeOptions::default()),
        Err(AnalysisError::NoMargins)
    ));
}

#[test]
fn margins_from_group_numbers_equal_those_from_labels() {
    let population: BTreeMap<String, f64> = [("f".to_owned(), 60.0), ("m".to_owned(), 40.0)].into();
    let groups = ["m", "f", "x"];
    let rows = [Some(0), None, Some(1), Some(1)];
    let labels: Vec<Option<&str>> = rows.iter().map(|g| g.map(|g| groups[g])).collect();
    let by_groups = Margin::from_groups("gender", &population, &groups, &rows).unwrap();
    let by_labels = Margin::from_labels("gender", &population, &labels).unwrap();
    assert_eq!(by_groups.rows, by_labels.rows);
    assert_eq!(by_groups.rows, vec![Some(1), None, Some(0), Some(0)]);
    // A group that is no category fails only when someone is in it.
    let err = Margin::from_groups("gender", &population, &groups, &[Some(2)]).unwrap_err();
    assert!(
        matches!(&err, AnalysisError::UnknownCategory { label, .. } if label == "x"),
        "{err}"
    );
    assert!(Margin::from_groups("gender", &population, &groups, &[Some(3)]).is_err());
}
