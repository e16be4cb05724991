//! atmos-report: the wave-comparison report of a survey as one self-contained HTML file.
//!
//! [`render`] takes a computed [`IndicatorTable`] (the same table `atmos analyze` prints), the
//! survey it came from, its programme targets and a language, and writes:
//! a plain-language summary, the targets with their status in the latest wave
//! ([`target_status`]) and who is responsible, one section per theme (the theme's overview
//! chart, a trend chart with the target line for each indicator with a target, and an
//! accessible data table), the groups whose indicators changed most (significantly) between
//! the first and the last wave, and the methods (weighting, intervals, tests, suppression,
//! responses per wave).
//!
//! - **Self-contained**: charts are inline SVG (atmos-charts), the CSS is inline, there is no
//!   JavaScript and nothing is fetched. It prints to PDF with page breaks between themes.
//! - **Suppression**: a hidden cell shows words ("too few answers"), never a number; only
//!   published comparisons are reported. Free text is not in the table, so it cannot appear.
//! - **Language**: texts from `i18n/<locale>/report.ftl` (area `report`), falling back along
//!   the catalog's chain; numbers in the locale's format; `lang` and `dir` on `<html>`.
//! - **Escaping**: askama escapes every interpolated text; the charts' SVG (escaped by
//!   atmos-charts) and the stylesheet are the only raw insertions.

mod build;
mod error;
mod lookup;
mod page;
pub mod status;
pub mod texts;

use atmos_analysis::IndicatorTable;
use atmos_i18n::{Catalog, LanguageIdentifier};
use atmos_survey::{Survey, Target};

pub use error::ReportError;
pub use status::{TargetStatus, target_status};
pub use texts::ReportTexts;

/// Everything a report is made from.
#[derive(Debug, Clone, Copy)]
pub struct ReportInput<'a> {
    pub table: &'a IndicatorTable,
    /// The questionnaire the table's indicators come from (labels, breakdowns).
    pub survey: &'a Survey,
    pub targets: &'a [Target],
    pub catalog: &'a Catalog,
    pub locale: &'a LanguageIdentifier,
    /// `(wave, questionnaire version)` pairs: a change of version draws a break in the
    /// charts. Empty when unknown (a respondent file).
    pub questionnaires: &'a [(String, String)],
}

/// The report as an HTML document.
pub fn render(input: &ReportInput<'_>) -> Result<String, ReportError> {
    build::render(input)
}
