//! atmos-analysis: the statistical core. Weighted estimates of shares and means in domains of a
//! survey wave, their intervals and design effects, comparisons between waves, raking to
//! population margins, and suppression of small cells. Every number matches R's `survey` package
//! (4.1-1) as /work/shared/STATISTICS.md prescribes; the fixtures in tests/fixtures come from
//! tests/fixtures/make_fixtures.R.
//!
//! The functions work on plain slices (one value per respondent of a wave); building those from
//! stored answers is the caller's job.

pub mod compare;
pub mod deff;
pub mod design;
pub mod dist;
pub mod error;
pub mod intervals;
mod linalg;
pub mod rake;
pub mod rao_scott;
pub mod suppress;

pub use compare::{Comparison, compare_waves, holm};
pub use deff::{Kish, deff_replace, kish, kish_for};
pub use design::{Estimate, Outcome, WaveDesign};
pub use error::{AnalysisError, Result};
pub use intervals::{
    Interval, IntervalMethod, clopper_pearson, korn_graubard_interval, logit_interval,
    mean_interval,
};
pub use rake::{
    Margin, RakeOptions, RakeReport, Raked, TrimBounds, TrimReport, UnknownCategory, WeightSummary,
    rake,
};
pub use rao_scott::{RaoScott, rao_scott};
pub use suppress::{CellCount, DEFAULT_MIN_N, Suppression, suppress};
