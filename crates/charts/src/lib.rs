//! atmos-charts: the charts decision-makers see of a survey, as accessible SVG and as PNG.
//!
//! - **Data** ([`data`]): plain structs per chart ([`TrendData`], [`BreakdownData`],
//!   [`DistributionData`], [`ThemeData`]) with final labels; [`adapt`] fills them from an
//!   [`atmos_analysis::IndicatorTable`], with names from a survey's texts ([`SurveyLabels`]).
//! - **Charts**: [`trend_chart`], [`breakdown_chart`], [`distribution_chart`], [`theme_chart`]
//!   lay a chart out in the language of a [`ChartTexts`] (texts from `i18n/<locale>/charts.ftl`,
//!   numbers as that language writes them, mirrored for right-to-left languages) and return a
//!   [`Chart`]: the SVG, its size, and the title and description it carries for screen readers
//!   (`<title>`, `<desc>`), which a report can reuse as a figure's caption.
//! - **PNG**: [`to_png`] renders the SVG with resvg and the shipped Noto fonts ([`fonts`]), the
//!   same on every machine.
//!
//! Hidden cells (too few answers) are drawn as words, never as a zero; the palette
//! ([`palette`]) is safe for colour-blind readers and in greyscale.

pub mod adapt;
pub mod data;
mod error;
pub mod fonts;
pub mod labels;
pub mod numbers;
pub mod palette;
mod png;
mod render;
mod svg;
pub mod texts;

pub use data::{
    BreakdownData, BreakdownRow, Category, Change, DistributionData, DistributionValue,
    DistributionWave, Estimate, HiddenReason, Measure, Notes, Side, TargetDirection, TargetLine,
    ThemeData, TrendData, TrendWave, Value,
};
pub use error::ChartError;
pub use labels::{IdLabels, Labels, SurveyLabels};
pub use numbers::NumberFormat;
pub use png::{MAX_SCALE, to_png};
pub use render::RenderOptions;
pub use render::breakdown::breakdown_chart;
pub use render::distribution::distribution_chart;
pub use render::theme::theme_chart;
pub use render::trend::trend_chart;
pub use texts::ChartTexts;

/// A drawn chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// A standalone SVG document (UTF-8), also fit to be inlined in HTML.
    pub svg: String,
    /// Size in CSS pixels.
    pub width: f64,
    pub height: f64,
    /// What the chart shows, in a line (the SVG's `<title>`).
    pub title: String,
    /// The chart's content in words: every value, interval and n, hidden cells, significant
    /// changes and breaks (the SVG's `<desc>`).
    pub description: String,
}

impl Chart {
    /// The chart as PNG at `scale` (see [`to_png`]).
    pub fn to_png(&self, scale: f32) -> Result<Vec<u8>, ChartError> {
        to_png(&self.svg, scale)
    }
}
