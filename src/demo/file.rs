//! Demo waves as a respondent file instead of database rows: the wide format that
//! `atmos analyze --input` reads (crates/analysis/README.md, "Sources"), so that the analysis can
//! be tried, compared with R and benchmarked at any size without a database.
//!
//! One row per respondent: `wave`, `response_id`, then one column per item of every question
//! that is not free text (`question` or `question.row`), in the order of the survey. A
//! multiple-choice cell holds its codes joined by `;`, a number its shortest exact decimal
//! form (so R and polars read back the same f64). Free text is never written.

use std::fs;
use std::path::Path;

use anyhow::{Context as _, bail};
use atmos_survey::{AnswerValue, Item, QuestionKind, Survey};
use polars::prelude::{
    CsvWriter, DataFrame, IntoColumn as _, IntoSeries as _, ParquetWriter, SerWriter as _,
    StringChunkedBuilder,
};

use super::{DemoWave, responses};

/// What the file is written as, from its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Parquet,
}

impl Format {
    pub fn of(path: &Path) -> anyhow::Result<Format> {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("csv") => Ok(Format::Csv),
            Some("parquet") => Ok(Format::Parquet),
            _ => bail!(
                "{}: a respondent file ends in .csv or .parquet",
                path.display()
            ),
        }
    }
}

/// The file's item columns: every item of every question except free text.
pub fn item_columns(survey: &Survey) -> Vec<Item> {
    let mut items = Vec::new();
    for question in survey.pages.iter().flat_map(|p| &p.questions) {
        match &question.kind {
            QuestionKind::Text { .. } | QuestionKind::LongText { .. } => {}
            QuestionKind::Matrix { rows, .. } => items.extend(rows.iter().map(|row| Item {
                question: question.id.clone(),
                row: Some(row.clone()),
            })),
            _ => items.push(Item {
                question: question.id.clone(),
                row: None,
            }),
        }
    }
    items
}

/// Generates `respondents` per wave and writes them to `path` (a temporary file renamed into
/// place, so a failed run leaves no half-written file). `progress` is called once per
/// respondent. Returns the number of rows written.
pub fn write(
    path: &Path,
    survey: &Survey,
    waves: &[DemoWave],
    respondents: u32,
    seed: u64,
    mut progress: impl FnMut(),
) -> anyhow::Result<usize> {
    let format = Format::of(path)?;
    let items = item_columns(survey);
    let rows = waves.len() * respondents as usize;
    let mut wave_col = StringChunkedBuilder::new("wave".into(), rows);
    let mut id_col = StringChunkedBuilder::new("response_id".into(), rows);
    let mut item_cols: Vec<StringChunkedBuilder> = items
        .iter()
        .map(|item| StringChunkedBuilder::new(item.key().into(), rows))
        .collect();
    let mut cell = String::new();
    for wave in waves {
        let mut generated = responses(survey, wave, respondents, seed);
        let mut number = 0_u32;
        while let Some(response) = generated.next_answers() {
            let response = response?;
            number += 1;
            wave_col.append_value(&wave.label);
            id_col.append_value(format!("{}-{number:07}", wave.label));
            for (item, column) in items.iter().zip(&mut item_cols) {
                cell.clear();
                match response.answers.get(item) {
                    None | Some(AnswerValue::Text(_)) => column.append_null(),
                    Some(AnswerValue::Code(code)) => column.append_value(code),
                    Some(AnswerValue::Codes(codes)) => {
                        for (i, code) in codes.iter().enumerate() {
                            if i > 0 {
                                cell.push(atmos_analysis::frame::CODE_SEPARATOR);
                            }
                            cell.push_str(code);
                        }
                        column.append_value(&cell);
                    }
                    Some(AnswerValue::Number(x)) => column.append_value(x.to_string()),
                }
            }
            progress();
        }
    }
    let mut columns = vec![
        wave_col.finish().into_series().into_column(),
        id_col.finish().into_series().into_column(),
    ];
    columns.extend(
        item_cols
            .into_iter()
            .map(|c| c.finish().into_series().into_column()),
    );
    let mut df = DataFrame::new(rows, columns).context("assembling the respondent table")?;

    crate::output::write_output_with(path, |file| {
        match format {
            Format::Csv => CsvWriter::new(file).include_header(true).finish(&mut df)?,
            Format::Parquet => {
                ParquetWriter::new(file).finish(&mut df)?;
            }
        }
        Ok(())
    })?;
    if let Ok(meta) = fs::metadata(path) {
        tracing::debug!(bytes = meta.len(), "respondent file written");
    }
    Ok(rows)
}
