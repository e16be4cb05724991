//! Render times of each chart type, as SVG and as PNG (scale 2), in Finnish and Arabic (the
//! right-to-left layout and Arabic shaping cost more). The aim is under 20 ms a chart.
//! Run with `cargo bench -p atmos-charts`; results in target/criterion.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark with bad data may panic

#[path = "../tests/common/mod.rs"]
mod common;

use std::hint::black_box;

use atmos_charts::{
    Chart, ChartTexts, RenderOptions, breakdown_chart, distribution_chart, theme_chart, to_png,
    trend_chart,
};
use common::{sample_breakdown, sample_distribution, sample_theme, sample_trend, texts};
use criterion::{Criterion, criterion_group, criterion_main};

type Render = Box<dyn Fn(&ChartTexts<'static>) -> Chart>;

fn charts(code: &str) -> Vec<(&'static str, Render)> {
    let o = RenderOptions::default();
    let (trend, breakdown, distribution, theme) = (
        sample_trend(code),
        sample_breakdown(code),
        sample_distribution(code),
        sample_theme(code),
    );
    let o2 = o.clone();
    let o3 = o.clone();
    let o4 = o.clone();
    vec![
        (
            "trend",
            Box::new(move |t: &ChartTexts<'static>| trend_chart(&trend, t, &o).unwrap()),
        ),
        (
            "breakdown",
            Box::new(move |t: &ChartTexts<'static>| breakdown_chart(&breakdown, t, &o2).unwrap()),
        ),
        (
            "distribution",
            Box::new(move |t: &ChartTexts<'static>| {
                distribution_chart(&distribution, t, &o3).unwrap()
            }),
        ),
        (
            "theme",
            Box::new(move |t: &ChartTexts<'static>| theme_chart(&theme, t, &o4).unwrap()),
        ),
    ]
}

fn render(c: &mut Criterion) {
    for code in ["fi", "ar"] {
        let t = texts(code);
        for (kind, draw) in charts(code) {
            // Warm the process-wide caches (parsed fonts, font database) outside the timing.
            let svg = draw(&t).svg;
            to_png(&svg, 2.0).unwrap();
            c.bench_function(&format!("{kind}/{code}/svg"), |b| {
                b.iter(|| black_box(draw(&t)))
            });
            c.bench_function(&format!("{kind}/{code}/png"), |b| {
                b.iter(|| black_box(to_png(&draw(&t).svg, 2.0).unwrap()))
            });
        }
    }
}

criterion_group! {
    name = benches;
    // A busy shared machine: fewer, longer samples.
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(3));
    targets = render
}
criterion_main!(benches);
