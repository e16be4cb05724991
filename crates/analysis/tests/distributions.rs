//! Distributions: the distribution functions against R's qnorm, pnorm, qt, pt, qbeta, pbeta
//! and pf (fixtures/distributions.json), and Rao-Scott tests of whole categorical
//! distributions across waves against R's `svychisq` on plain and raked designs, for all
//! waves, pairs of waves and domains (fixtures/rao_scott.json).
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

mod common;

use std::collections::BTreeMap;

use atmos_analysis::rao_scott::{
    CategoryTally, DomainAnswers, rao_scott_domain, rao_scott_tallies,
};
use atmos_analysis::{
    AnalysisError, Margin, RakeOptions, RaoScott, WaveDesign, dist, rake, rao_scott,
};
use common::{TOL, close, close_rel, f, fixture, opt_vec, strings, vec_f};
use serde_json::Value;

#[test]
fn normal() {
    let fx = fixture("distributions.json");
    close(
        "qnorm(0.975)",
        dist::qnorm(0.975).unwrap(),
        f(&fx["qnorm_975"]),
        1e-13,
    );
    for case in fx["pnorm"].as_array().unwrap() {
        let x = f(&case["x"]);
        close(
            &format!("pnorm({x})"),
            dist::pnorm(x),
            f(&case["lower"]),
            1e-15,
        );
        let want = f(&case["upper_two_sided"]);
        let got = dist::two_sided_p(x);
        close(&format!("2 pnorm(-|{x}|)"), got, want, 1e-15 + 1e-13 * want);
    }
}

#[test]
fn student_t() {
    let fx = fixture("distributions.json");
    let cases = fx["qt"]
        .as_array()
        .unwrap()
        .iter()
        .chain(fx["qt_other"].as_array().unwrap());
    for case in cases {
        let (p, df, q) = (f(&case["p"]), f(&case["df"]), f(&case["q"]));
        let got = dist::qt(p, df).unwrap();
        // ~1e-12 relative is the goal; R's own qt is precise to about that.
        close(&format!("qt({p}, {df})"), got, q, 1e-12 * q.abs());
    }
    for case in fx["pt"].as_array().unwrap() {
        let (t, df) = (f(&case["t"]), f(&case["df"]));
        close(
            &format!("pt({t}, {df})"),
            dist::pt(t, df).unwrap(),
            f(&case["p"]),
            1e-14,
        );
    }
}

#[test]
fn beta_and_f() {
    let fx = fixture("distributions.json");
    for case in fx["qbeta"].as_array().unwrap() {
        let (p, a, b, q) = (f(&case["p"]), f(&case["a"]), f(&case["b"]), f(&case["q"]));
        let got = dist::qbeta(p, a, b).unwrap();
        close(
            &format!("qbeta({p}, {a}, {b})"),
            got,
            q,
            1e-12 * q.abs().max(1e-3),
        );
    }
    for case in fx["pbeta"].as_array().unwrap() {
        let (x, a, b) = (f(&case["x"]), f(&case["a"]), f(&case["b"]));
        close(
            &format!("pbeta({x}, {a}, {b})"),
            dist::pbeta(x, a, b).unwrap(),
            f(&case["p"]),
            1e-14,
        );
    }
    for case in fx["pf_upper"].as_array().unwrap() {
        let (x, d1, d2) = (f(&case["f"]), f(&case["df1"]), f(&case["df2"]));
        close(
            &format!("pf({x}, {d1}, {d2}, lower = FALSE)"),
            dist::pf_upper(x, d1, d2).unwrap(),
            f(&case["p"]),
            1e-14,
        );
    }
}

#[test]
fn bad_arguments_are_errors_not_nan() {
    assert!(dist::qt(1.0, 5.0).is_err());
    assert!(dist::qt(0.9, 0.0).is_err());
    assert!(dist::qbeta(0.5, 0.0, 1.0).is_err());
    assert!(dist::qnorm(f64::NAN).is_err());
}

// ------------------------------------------------------------------------------- Rao-Scott

/// One wave of fixtures/rao_scott.json: the 5-point answers as categories 0..5, the groups.
struct Wave {
    weights: Vec<f64>,
    scale: Vec<Option<usize>>,
    groups: Vec<Option<String>>,
    margins: Vec<Margin>,
}

fn rao_scott_waves(fx: &Value) -> BTreeMap<String, Wave> {
    fx["waves"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(label, w)| {
            let population = &fx["population"][label];
            let margins = w["margins"]
                .as_object()
                .unwrap()
                .iter()
                .map(|(m, rows)| {
                    let counts: BTreeMap<String, f64> = population[m]
                        .as_object()
                        .unwrap()
                        .iter()
                        .map(|(k, v)| (k.clone(), f(v)))
                        .collect();
                    Margin::from_labels(m, &counts, &strings(rows)).unwrap()
                })
                .collect();
            let wave = Wave {
                weights: vec_f(&w["w"]),
                scale: opt_vec(&w["scale"])
                    .into_iter()
                    .map(|v| v.map(|v| v as usize - 1))
                    .collect(),
                groups: strings(&w["g"]),
                margins,
            };
            (label.clone(), wave)
        })
        .collect()
}

fn check(label: &str, got: &RaoScott, want: &Value) {
    close_rel(
        &format!("{label}: Pearson X²"),
        got.pearson_x2,
        f(&want["pearson_x2"]),
        TOL,
    );
    close(&format!("{label}: F"), got.f, f(&want["f"]), TOL);
    close(&format!("{label}: ndf"), got.ndf, f(&want["ndf"]), TOL);
    close_rel(&format!("{label}: ddf"), got.ddf, f(&want["ddf"]), TOL);
    close(
        &format!("{label}: p"),
        got.p_value,
        f(&want["p_value"]),
        TOL,
    );
}

/// Every test of the fixture with the designs `design` makes of each wave: the whole-wave
/// ones with `rao_scott`, the domains with `rao_scott_domain`, and every one again from
/// tallies with two extra categories nobody chose (they must be left out).
fn check_fixture_tests(kind: &str, design: &dyn Fn(&Wave) -> WaveDesign) -> usize {
    let fx = fixture("rao_scott.json");
    let waves = rao_scott_waves(&fx);
    let designs: BTreeMap<&str, WaveDesign> =
        waves.iter().map(|(k, w)| (k.as_str(), design(w))).collect();
    let tests = fx[kind].as_array().unwrap();
    for test in tests {
        let labels: Vec<&str> = test["waves"]
            .as_array()
            .unwrap()
            .iter()
            .map(|w| w.as_str().unwrap())
            .collect();
        let domain = test["domain"].as_str().unwrap();
        let label = format!("{kind} {labels:?} {domain}");
        let masks: Vec<Vec<bool>> = labels
            .iter()
            .map(|l| {
                waves[*l]
                    .groups
                    .iter()
                    .map(|g| g.as_deref() == Some(domain))
                    .collect()
            })
            .collect();
        let got = if domain == "_all" {
            let inputs: Vec<(&WaveDesign, &[Option<usize>])> = labels
                .iter()
                .map(|l| (&designs[l], waves[*l].scale.as_slice()))
                .collect();
            rao_scott(&inputs).unwrap()
        } else {
            let inputs: Vec<DomainAnswers> = labels
                .iter()
                .zip(&masks)
                .map(|(l, m)| (&designs[l], waves[*l].scale.as_slice(), m.as_slice()))
                .collect();
            rao_scott_domain(&inputs).unwrap()
        };
        check(&label, &got, test);
        assert_eq!(got.categories, 5, "{label}");

        let tallies: Vec<CategoryTally> = labels
            .iter()
            .zip(&masks)
            .map(|(l, m)| {
                let domain = (domain != "_all").then_some(m.as_slice());
                CategoryTally::from_rows(&designs[l], &waves[*l].scale, 7, domain).unwrap()
            })
            .collect();
        let pairs: Vec<(&WaveDesign, &CategoryTally)> =
            labels.iter().map(|l| &designs[l]).zip(&tallies).collect();
        check(
            &format!("{label} (7 categories)"),
            &rao_scott_tallies(&pairs).unwrap(),
            test,
        );
    }
    tests.len()
}

#[test]
fn rao_scott_matches_svychisq_for_waves_pairs_and_domains() {
    let checked = check_fixture_tests("plain", &|w| WaveDesign::new(w.weights.clone()).unwrap());
    assert_eq!(checked, 16, "4 sets of waves x (all + 3 groups)");
}

#[test]
fn rao_scott_on_raked_designs_matches_svychisq_on_the_wave_interacted_calibration() {
    let checked = check_fixture_tests("raked", &|w| {
        let raked = rake(&w.weights, &w.margins, &RakeOptions::default()).unwrap();
        assert!(raked.design.is_raked());
        raked.design
    });
    assert_eq!(checked, 16, "4 sets of waves x (all + 3 groups)");
}

#[test]
fn rao_scott_fixture_has_its_edge_cases() {
    let fx = fixture("rao_scott.json");
    let waves = rao_scott_waves(&fx);
    // Nobody in w2 chose the fifth category; w3 has many missing answers; only w1 has
    // respondents without a gender (raked in an "unknown" category).
    assert!(waves["w2"].scale.iter().all(|c| *c != Some(4)));
    let missing = waves["w3"].scale.iter().filter(|c| c.is_none()).count();
    assert!(missing > 30, "{missing}");
    let unknown = |w: &str| {
        let raked = rake(
            &waves[w].weights,
            &waves[w].margins,
            &RakeOptions::default(),
        )
        .unwrap();
        raked.report.unknown.len()
    };
    assert_eq!((unknown("w1"), unknown("w2"), unknown("w3")), (1, 0, 0));
}

#[test]
fn rao_scott_refuses_what_it_cannot_test() {
    let fx = fixture("rao_scott.json");
    let waves = rao_scott_waves(&fx);
    let plain = WaveDesign::new(waves["w1"].weights.clone()).unwrap();
    let raked = rake(
        &waves["w2"].weights,
        &waves["w2"].margins,
        &RakeOptions::default(),
    )
    .unwrap()
    .design;
    // One R design: all waves raked or none.
    let err = rao_scott(&[
        (&plain, waves["w1"].scale.as_slice()),
        (&raked, waves["w2"].scale.as_slice()),
    ])
    .unwrap_err();
    assert!(
        matches!(err, AnalysisError::InvalidArgument { .. }),
        "{err}"
    );
    // One wave, or a single category chosen: nothing to test.
    let err = rao_scott(&[(&plain, waves["w1"].scale.as_slice())]).unwrap_err();
    assert!(err.to_string().contains("two waves"), "{err}");
    let same: Vec<Option<usize>> = vec![Some(2); plain.rows()];
    let other = WaveDesign::unweighted(5);
    let err = rao_scott(&[(&plain, same.as_slice()), (&other, &[Some(2); 5])]).unwrap_err();
    assert!(err.to_string().contains("two categories"), "{err}");
    // A wave without answers in the domain.
    let none = [false; 5];
    let err = rao_scott_domain(&[
        (
            &plain,
            waves["w1"].scale.as_slice(),
            &vec![true; plain.rows()],
        ),
        (&other, &[Some(0), Some(1), None, None, None], &none),
    ])
    .unwrap_err();
    assert!(err.to_string().contains("no answers"), "{err}");
    // Lengths and categories are checked.
    let err = rao_scott(&[(&plain, &[Some(0)]), (&other, &[Some(1); 5])]).unwrap_err();
    assert!(matches!(err, AnalysisError::LengthMismatch { .. }), "{err}");
    let mut tally = CategoryTally::new(&other, 2);
    assert!(tally.add(&other, 0, Some(2)).is_err());
    assert!(tally.add(&other, 5, Some(0)).is_err());
    assert!(tally.add(&plain, 0, Some(0)).is_err());
}

#[test]
fn tallies_give_the_weighted_distribution() {
    let design = WaveDesign::new(vec![1.0, 2.0, 3.0, 4.0, 5.0]).unwrap();
    let cats = [Some(0), Some(2), None, Some(2), Some(0)];
    let tally = CategoryTally::from_rows(&design, &cats, 3, None).unwrap();
    assert_eq!(tally.respondents(), 4);
    assert_eq!(tally.domain_rows(), 5);
    assert_eq!(tally.counts(), [2, 0, 2]);
    assert_eq!(tally.sum_weights(), 12.0);
    assert_eq!(tally.shares().unwrap(), [0.5, 0.0, 0.5]);
    let domain = [false, false, true, false, false];
    let tally = CategoryTally::from_rows(&design, &cats, 3, Some(&domain)).unwrap();
    assert_eq!((tally.respondents(), tally.domain_rows()), (0, 1));
    assert_eq!(tally.shares(), None);
}
