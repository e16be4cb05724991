//! Estimates, standard errors, intervals, design effects, wave comparisons, Holm and Rao-Scott
//! against R's `survey` package (fixtures/estimation.json from fixtures/make_fixtures.R).
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

mod common;

use atmos_analysis::{
    AnalysisError, IntervalMethod, Outcome, WaveDesign, compare_waves, deff_replace, holm,
    logit_interval, mean_interval, rao_scott,
};
use common::{TOL, check_cell, close, close_rel, f, fixture, opt_vec, rows_of, strings, vec_f};
use serde_json::Value;

struct Wave {
    design: WaveDesign,
    share: Vec<Option<f64>>,
    index: Vec<Option<f64>>,
    groups: Vec<Option<String>>,
    scale: Vec<Option<usize>>,
}

fn wave(data: &Value) -> Wave {
    let weights = vec_f(&data["w"]);
    Wave {
        design: WaveDesign::new(weights).unwrap(),
        share: opt_vec(&data["share"]),
        index: opt_vec(&data["index"]),
        groups: strings(&data["g"]),
        scale: opt_vec(&data["scale"])
            .into_iter()
            .map(|v| v.map(|x| x as usize))
            .collect(),
    }
}

fn domain_of(w: &Wave, domain: &str) -> Option<Vec<bool>> {
    (domain != "_all").then(|| {
        w.groups
            .iter()
            .map(|g| g.as_deref() == Some(domain))
            .collect()
    })
}

#[test]
fn estimates_intervals_deff_comparisons_match_r() {
    let fx = fixture("estimation.json");
    let datasets = fx.as_array().unwrap();
    assert!(datasets.len() >= 4, "expected the four datasets");
    let mut cells_checked = 0;
    for ds in datasets {
        let name = ds["name"].as_str().unwrap();
        let waves: Vec<(String, Wave)> = ds["waves"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, v)| (k.clone(), wave(v)))
            .collect();
        let find = |k: &str| &waves.iter().find(|(name, _)| name == k).unwrap().1;
        let mut estimates = Vec::new();
        for cell in ds["cells"].as_array().unwrap() {
            let (wave_name, indicator, domain) = (
                cell["wave"].as_str().unwrap(),
                cell["indicator"].as_str().unwrap(),
                cell["domain"].as_str().unwrap(),
            );
            let w = find(wave_name);
            let y = if indicator == "share" {
                &w.share
            } else {
                &w.index
            };
            let mask = domain_of(w, domain);
            let outcome = w.design.estimate(y, mask.as_deref()).unwrap();
            let label = format!("{name}/{wave_name}/{indicator}/{domain}");
            if let Some(mask) = &mask {
                let by_rows = w.design.estimate_rows(y, &rows_of(mask)).unwrap();
                check_cell(&format!("{label} by rows"), &by_rows, cell);
            }
            let est = check_cell(&label, &outcome, cell);
            estimates.push((
                (
                    wave_name.to_owned(),
                    indicator.to_owned(),
                    domain.to_owned(),
                ),
                est,
            ));
            cells_checked += 1;
        }
        let get = |wave: &str, ind: &str, dom: &str| {
            estimates
                .iter()
                .find(|((w, i, d), _)| w == wave && i == ind && d == dom)
                .and_then(|(_, e)| e.clone())
                .unwrap()
        };
        let comparisons = ds["comparisons"].as_array().unwrap();
        assert!(!comparisons.is_empty());
        let mut p_values = Vec::new();
        for c in comparisons {
            let (ind, dom) = (
                c["indicator"].as_str().unwrap(),
                c["domain"].as_str().unwrap(),
            );
            let label = format!("{name}/{ind}/{dom}: w2 - w1");
            let cmp = compare_waves(&get("w1", ind, dom), &get("w2", ind, dom), 0.95).unwrap();
            close(
                &format!("{label} difference"),
                cmp.difference,
                f(&c["difference"]),
                TOL,
            );
            close(&format!("{label} se"), cmp.se, f(&c["se"]), TOL);
            close(&format!("{label} z"), cmp.z.unwrap(), f(&c["z"]), TOL);
            close(
                &format!("{label} p"),
                cmp.p_value.unwrap(),
                f(&c["p_value"]),
                TOL,
            );
            let ci = vec_f(&c["ci"]);
            close(&format!("{label} lower"), cmp.lower, ci[0], TOL);
            close(&format!("{label} upper"), cmp.upper, ci[1], TOL);
            p_values.push(cmp.p_value);
        }
        let adjusted = holm(&p_values).unwrap();
        for (c, got) in comparisons.iter().zip(adjusted) {
            close(&format!("{name}: Holm"), got.unwrap(), f(&c["p_holm"]), TOL);
        }
        // Rao-Scott across the two waves.
        let rs = &ds["rao_scott"];
        let inputs: Vec<(&WaveDesign, &[Option<usize>])> = waves
            .iter()
            .map(|(_, w)| (&w.design, w.scale.as_slice()))
            .collect();
        let got = rao_scott(&inputs).unwrap();
        close(
            &format!("{name}: Pearson X²"),
            got.pearson_x2,
            f(&rs["pearson_x2"]),
            TOL,
        );
        close(&format!("{name}: Rao-Scott F"), got.f, f(&rs["f"]), TOL);
        close(
            &format!("{name}: Rao-Scott ndf"),
            got.ndf,
            f(&rs["ndf"]),
            TOL,
        );
        close_rel(
            &format!("{name}: Rao-Scott ddf"),
            got.ddf,
            f(&rs["ddf"]),
            TOL,
        );
        close(
            &format!("{name}: Rao-Scott p"),
            got.p_value,
            f(&rs["p_value"]),
            TOL,
        );
    }
    assert!(cells_checked >= 60, "only {cells_checked} cells checked");
}

#[test]
fn explicit_edge_cases() {
    let design = WaveDesign::new(vec![1.0, 2.0, 3.0, 4.0]).unwrap();
    // p = 0: Clopper-Pearson on the unweighted n, never NaN.
    let y = [Some(0.0), Some(0.0), None, Some(0.0)];
    let est = design
        .estimate(&y, None)
        .unwrap()
        .estimate()
        .cloned()
        .unwrap();
    let ci = logit_interval(&est, 0.95).unwrap();
    assert_eq!(ci.method, IntervalMethod::ClopperPearson);
    assert_eq!(ci.lower, 0.0);
    close(
        "1 - 0.025^(1/3)",
        ci.upper,
        1.0 - 0.025_f64.powf(1.0 / 3.0),
        1e-15,
    );
    assert!(deff_replace(&est).is_none());
    // An empty domain and a domain whose answers are all missing.
    let none = [false, false, false, false];
    assert_eq!(
        design.estimate(&y, Some(&none)).unwrap(),
        Outcome::Empty { domain_rows: 0 }
    );
    let third = [false, false, true, false];
    assert_eq!(
        design.estimate(&y, Some(&third)).unwrap(),
        Outcome::Empty { domain_rows: 1 }
    );
    assert_eq!(
        design.estimate_rows(&y, &[]).unwrap(),
        Outcome::Empty { domain_rows: 0 }
    );
    assert_eq!(
        design.estimate_rows(&y, &[2]).unwrap(),
        Outcome::Empty { domain_rows: 1 }
    );
    // Errors, not panics.
    assert!(design.estimate(&y[..3], None).is_err());
    assert!(design.estimate_rows(&y[..3], &[0]).is_err());
    for bad_rows in [&[1, 0][..], &[1, 1], &[0, 4]] {
        let err = design.estimate_rows(&y, bad_rows).unwrap_err();
        assert!(
            matches!(err, AnalysisError::InvalidArgument { .. }),
            "{bad_rows:?}: {err}"
        );
    }
    assert!(
        design
            .estimate(&[Some(f64::NAN), None, None, None], None)
            .is_err()
    );
    assert!(WaveDesign::new(vec![1.0, 0.0]).is_err());
    assert!(WaveDesign::new(vec![1.0, f64::INFINITY]).is_err());
    let index = [Some(150.0), Some(0.0), None, Some(50.0)];
    let est = design
        .estimate(&index, None)
        .unwrap()
        .estimate()
        .cloned()
        .unwrap();
    assert!(logit_interval(&est, 0.95).is_err(), "a mean is not a share");
    assert!(mean_interval(&est, 1.0).is_err());
    assert_eq!(
        holm(&[Some(0.01), None, Some(0.04)]).unwrap(),
        vec![Some(0.02), None, Some(0.04)]
    );
    assert!(holm(&[Some(1.5)]).is_err());
}
