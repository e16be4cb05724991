//! Render time of the whole report from a computed table (three waves of 500 respondents, two
//! breakdowns, the bundled survey's targets), in Finnish and Arabic. The aim is under a second.
//! Run with `cargo bench -p atmos-report`; results in target/criterion.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark with bad data may panic

#[path = "../tests/common/mod.rs"]
mod common;

use std::hint::black_box;

use common::{loaded, report, table};
use criterion::{Criterion, criterion_group, criterion_main};

fn render(c: &mut Criterion) {
    let table = table(&["2020", "2022", "2024"], &["gender", "age_band"], 10);
    let targets = &loaded().targets;
    for code in ["fi", "ar"] {
        // Warm the process-wide caches (parsed fonts) outside the timing.
        let html = report(&table, targets, code);
        eprintln!("report/{code}: {} KiB of HTML", html.len() / 1024);
        c.bench_function(&format!("report/{code}"), |b| {
            b.iter(|| report(black_box(&table), targets, code));
        });
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = render
}
criterion_main!(benches);
