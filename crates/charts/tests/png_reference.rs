//! PNG renders of every chart type in Finnish, English and Arabic compared with reviewed
//! reference images (tests/reference/<chart>-<lang>.png), pixel by pixel with a tolerance.
//!
//! After a deliberate change of the charts' look, regenerate the references with
//! `ATMOS_UPDATE_REFERENCE=1 cargo test -p atmos-charts --test png_reference`, LOOK at every
//! image (Arabic joined and right to left, nothing clipped or overlapping), and commit them.
//! A failing comparison writes the render beside the test's temporary files and names it.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

mod common;

use std::path::PathBuf;

use atmos_charts::{
    Chart, RenderOptions, breakdown_chart, distribution_chart, theme_chart, trend_chart,
};
use common::{sample_breakdown, sample_distribution, sample_theme, sample_trend, texts};
use resvg::tiny_skia::Pixmap;

const SCALE: f32 = 2.0;
/// A pixel differs when one of its channels differs by more than this (antialiasing and
/// floating-point differences between machines stay below it).
const CHANNEL_TOLERANCE: u8 = 40;
/// A render matches when at most this share of its pixels differ.
const MAX_DIFFERING: f64 = 0.002;

fn charts(code: &str) -> Vec<(&'static str, Chart)> {
    let t = texts(code);
    let o = RenderOptions::default();
    vec![
        ("trend", trend_chart(&sample_trend(code), &t, &o).unwrap()),
        (
            "breakdown",
            breakdown_chart(&sample_breakdown(code), &t, &o).unwrap(),
        ),
        (
            "distribution",
            distribution_chart(&sample_distribution(code), &t, &o).unwrap(),
        ),
        ("theme", theme_chart(&sample_theme(code), &t, &o).unwrap()),
    ]
}

fn reference_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/reference")
}

/// The share of pixels that differ beyond the tolerance; `None` if the sizes differ.
fn differing(a: &Pixmap, b: &Pixmap) -> Option<f64> {
    if (a.width(), a.height()) != (b.width(), b.height()) {
        return None;
    }
    let count = a
        .data()
        .chunks_exact(4)
        .zip(b.data().chunks_exact(4))
        .filter(|(p, q)| {
            p.iter()
                .zip(*q)
                .any(|(x, y)| x.abs_diff(*y) > CHANNEL_TOLERANCE)
        })
        .count();
    Some(count as f64 / f64::from(a.width() * a.height()))
}

#[test]
fn pngs_match_the_reviewed_references() {
    let update = std::env::var("ATMOS_UPDATE_REFERENCE").is_ok_and(|v| v == "1");
    let mut failures = Vec::new();
    for code in ["fi", "en", "ar"] {
        for (kind, chart) in charts(code) {
            let png = chart.to_png(SCALE).unwrap();
            let name = format!("{kind}-{code}.png");
            let path = reference_dir().join(&name);
            if update {
                std::fs::create_dir_all(reference_dir()).unwrap();
                std::fs::write(&path, &png).unwrap();
                continue;
            }
            let Ok(reference) = std::fs::read(&path) else {
                failures.push(format!(
                    "{name}: no reference; run with ATMOS_UPDATE_REFERENCE=1 and review it"
                ));
                continue;
            };
            let actual = Pixmap::decode_png(&png).unwrap();
            let expected = Pixmap::decode_png(&reference).unwrap();
            let verdict = differing(&actual, &expected);
            if verdict.is_none_or(|share| share > MAX_DIFFERING) {
                let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(&name);
                std::fs::write(&out, &png).unwrap();
                failures.push(match verdict {
                    None => format!(
                        "{name}: {}x{} instead of {}x{}; the render is {}",
                        actual.width(),
                        actual.height(),
                        expected.width(),
                        expected.height(),
                        out.display()
                    ),
                    Some(share) => format!(
                        "{name}: {:.2} % of the pixels differ (at most {:.2} % may); the render \
                         is {}",
                        share * 100.0,
                        MAX_DIFFERING * 100.0,
                        out.display()
                    ),
                });
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn png_rendering_is_deterministic_and_at_twice_the_size() {
    let chart = trend_chart(&sample_trend("ar"), &texts("ar"), &RenderOptions::default()).unwrap();
    let a = chart.to_png(SCALE).unwrap();
    let b = chart.to_png(SCALE).unwrap();
    assert_eq!(a, b);
    let pixmap = Pixmap::decode_png(&a).unwrap();
    assert_eq!(f64::from(pixmap.width()), chart.width * 2.0);
    assert_eq!(f64::from(pixmap.height()), chart.height * 2.0);
}
