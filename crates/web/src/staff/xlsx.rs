//! The indicator table as an XLSX workbook: the same cells as the CSV download, numbers as
//! numbers, labels in the page's language next to the ids. Aggregates only: hidden cells have
//! their status and no value.

use atmos_analysis::table::IndicatorKind;
use atmos_analysis::{CellStatus, IndicatorTable};
use atmos_charts::{Labels, SurveyLabels};
use rust_xlsxwriter::{Format, Workbook};

use crate::error::WebError;

const COLUMNS: [&str; 13] = [
    "indicator",
    "indicator_label",
    "kind",
    "wave",
    "breakdown",
    "group",
    "group_label",
    "status",
    "n",
    "estimate",
    "ci_lower",
    "ci_upper",
    "level",
];

pub fn indicator_table(
    table: &IndicatorTable,
    labels: &SurveyLabels<'_>,
) -> Result<Vec<u8>, WebError> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("indicators")?;
    let bold = Format::new().set_bold();
    for (c, name) in COLUMNS.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *name, &bold)?;
    }
    for (i, cell) in table.cells.iter().enumerate() {
        let row = i as u32 + 1;
        let published = cell.status == CellStatus::Published;
        let text = |s: &str| s.to_string();
        let strings = [
            text(&cell.indicator),
            labels.indicator(&cell.indicator),
            text(match cell.kind {
                IndicatorKind::Share => "share",
                IndicatorKind::Index => "index",
            }),
            text(&cell.wave),
            cell.breakdown.clone().unwrap_or_default(),
            cell.group.clone().unwrap_or_default(),
            match (&cell.breakdown, &cell.group) {
                (Some(b), Some(g)) => labels.group(b, g),
                _ => String::new(),
            },
            text(match cell.status {
                CellStatus::Published => "published",
                CellStatus::Suppressed => "suppressed",
                CellStatus::Empty => "empty",
            }),
        ];
        for (c, s) in strings.iter().enumerate() {
            sheet.write_string(row, c as u16, s)?;
        }
        // A hidden cell shows neither its value nor its size.
        let numbers = [
            cell.n.filter(|_| published).map(|n| n as f64),
            cell.estimate.filter(|_| published),
            cell.ci_lower.filter(|_| published),
            cell.ci_upper.filter(|_| published),
            Some(table.level),
        ];
        for (k, v) in numbers.iter().enumerate() {
            if let Some(v) = v {
                sheet.write_number(row, (strings.len() + k) as u16, *v)?;
            }
        }
    }
    sheet.autofit();
    Ok(book.save_to_buffer()?)
}
