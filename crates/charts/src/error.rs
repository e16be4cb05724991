//! The crate's one error type.

/// Why a chart cannot be drawn. The first four are the caller's input (an indicator, theme or
/// breakdown the table does not have, a wave without data): the command line shows them as
/// they are.
#[derive(Debug, thiserror::Error)]
pub enum ChartError {
    #[error("unknown indicator `{indicator}`; the table has: {available}")]
    UnknownIndicator {
        indicator: String,
        available: String,
    },
    #[error("no distribution of `{item}` in the table; it has: {available}")]
    UnknownItem { item: String, available: String },
    #[error("unknown breakdown `{breakdown}`; the table has: {available}")]
    UnknownBreakdown {
        breakdown: String,
        available: String,
    },
    #[error("unknown group `{group}` of breakdown `{breakdown}`; it has: {available}")]
    UnknownGroup {
        breakdown: String,
        group: String,
        available: String,
    },
    #[error("unknown wave `{wave}`; the table has: {available}")]
    UnknownWave { wave: String, available: String },
    #[error(
        "wave `{wave}` has no data for indicator `{indicator}` (nobody answered its questions); \
         leave the wave out with --waves"
    )]
    WaveWithoutData { indicator: String, wave: String },
    #[error(
        "the breakdown `{breakdown}` of indicator `{indicator}` is empty: no group has answers \
         in any wave"
    )]
    EmptyBreakdown {
        indicator: String,
        breakdown: String,
    },
    #[error("theme `{theme}` has no indicator in the table; themes with indicators: {available}")]
    UnknownTheme { theme: String, available: String },
    #[error("theme `{theme}` has no indicator to draw")]
    EmptyTheme { theme: String },
    #[error("nothing to draw: {0}")]
    NoData(String),
    #[error("invalid chart data: {0}")]
    InvalidData(String),
    #[error("cannot read the SVG: {0}")]
    Svg(String),
    #[error("cannot render the PNG: {0}")]
    Render(String),
}
