//! The four charts. Each takes its data, the language ([`ChartTexts`](crate::ChartTexts)) and
//! [`RenderOptions`], checks the data, lays the chart out and returns a [`Chart`](crate::Chart).

pub(crate) mod breakdown;
pub(crate) mod common;
pub(crate) mod distribution;
pub(crate) mod theme;
pub(crate) mod trend;

/// Size and identity of a chart.
#[derive(Debug, Clone, PartialEq)]
pub struct RenderOptions {
    /// The id of the root element and the prefix of the ids inside it; charts on one page
    /// need different ids.
    pub id: String,
    /// Width in CSS pixels; the height follows from the content.
    pub width: f64,
}

impl Default for RenderOptions {
    fn default() -> Self {
        Self {
            id: "atmos-chart".to_owned(),
            width: 720.0,
        }
    }
}
