//! The distribution functions against R's qnorm, pnorm, qt, pt, qbeta, pbeta and pf.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

mod common;

use atmos_analysis::dist;
use common::{close, f, fixture};

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
