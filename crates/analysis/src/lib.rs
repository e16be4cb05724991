//! atmos-analysis: the statistical core. Weighted estimates of shares and means in domains of a
//! survey wave, their intervals and design effects, comparisons between waves, raking to
//! population margins, and suppression of small cells. Every number matches R's `survey` package
//! (4.1-1) as /work/shared/STATISTICS.md prescribes; the fixtures in tests/fixtures come from
//! tests/fixtures/make_fixtures.R.
//!
//! The core functions work on plain slices (one value per respondent of a wave). Around them,
//! the table pipeline turns answers into indicator tables:
//! [`Plan`] (what to compute, from a survey definition) -> [`frame`] (the respondent frame,
//! built with polars from the store's long answer export or a respondent file) ->
//! [`build_table`] (weights, estimates, comparisons, suppression) -> [`report`] (JSON, CSV,
//! terminal table). polars is used only in `frame`; collecting a polars `LazyFrame` blocks, so
//! in an async server call the frame functions from a blocking task (`web::block`), never on a
//! worker thread.

pub mod compare;
pub mod deff;
pub mod design;
pub mod dist;
pub mod error;
pub mod frame;
pub mod indicators;
pub mod intervals;
mod linalg;
pub mod plan;
pub mod rake;
pub mod rao_scott;
pub mod report;
pub mod suppress;
pub mod table;
pub mod table_error;
pub mod text_table;

pub use compare::{Comparison, compare_waves, holm};
pub use deff::{Kish, deff_replace, kish, kish_for};
pub use design::{Estimate, GroupIndex, Outcome, WaveDesign};
pub use error::{AnalysisError, Result};
pub use frame::{ColumnValues, Respondents, WaveData};
pub use intervals::{
    Interval, IntervalMethod, clopper_pearson, korn_graubard_interval, logit_interval,
    mean_interval,
};
pub use plan::{Plan, Request, ShareInterval, Weighting};
pub use rake::{
    Margin, RakeOptions, RakeReport, Raked, TrimBounds, TrimReport, UnknownCategory, WeightSummary,
    rake,
};
pub use rao_scott::{RaoScott, rao_scott};
pub use suppress::{CellCount, DEFAULT_MIN_N, Suppression, suppress};
pub use table::{Cell, CellStatus, ComparisonRow, Hidden, IndicatorTable, build_table};
pub use table_error::TableError;
