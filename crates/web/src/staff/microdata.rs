//! Respondent-level microdata for analysts: one row per submitted response, one column per
//! item, in the layout of a respondent file (`wave`, `response_id`, then `question` or
//! `question.row`; a multiple choice's codes joined by `;`), so a download can be analysed
//! again with `atmos analyze --respondents`. Written as CSV, Parquet or XLSX, the workbook
//! with a codebook sheet (every variable's question text and every code's label).
//!
//! Free-text answers are columns only when the analyst asked for them; otherwise they are
//! not even read from the database (see `atmos_store::respondent_answers`).

use std::collections::HashMap;

use atmos_charts::{Labels, SurveyLabels};
use atmos_store::Microdata;
use atmos_survey::{QuestionKind, Survey};
use polars::prelude::{Column as PlColumn, DataFrame, ParquetWriter};
use rust_xlsxwriter::{Format, Workbook};

use crate::error::WebError;

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnKind {
    /// Option codes (several joined by `;` for a multiple choice).
    Codes,
    Number,
    FreeText,
}

#[derive(Debug, Clone)]
pub struct Column {
    /// `question` or `question.row`.
    pub name: String,
    pub kind: ColumnKind,
    /// The question type as the survey format names it.
    pub question_type: &'static str,
    /// For code columns: the option set.
    pub option_set: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Number(f64),
}

/// The microdata as a table.
#[derive(Debug)]
pub struct Table {
    pub columns: Vec<Column>,
    /// (wave label, response id, one value per column).
    pub rows: Vec<(String, String, Vec<Option<Value>>)>,
}

/// The columns of the questionnaires' questions, in questionnaire order; a later version's new
/// questions after the earlier ones'. Free-text questions only `with_text`.
fn columns(surveys: &[&Survey], with_text: bool) -> Vec<Column> {
    let mut out: Vec<Column> = Vec::new();
    for survey in surveys {
        for q in survey.pages.iter().flat_map(|p| &p.questions) {
            let kind = match &q.kind {
                QuestionKind::Number { .. } => ColumnKind::Number,
                k if k.is_free_text() => ColumnKind::FreeText,
                _ => ColumnKind::Codes,
            };
            if kind == ColumnKind::FreeText && !with_text {
                continue;
            }
            let names: Vec<String> = match &q.kind {
                QuestionKind::Matrix { rows, .. } => {
                    rows.iter().map(|r| format!("{}.{r}", q.id)).collect()
                }
                _ => vec![q.id.clone()],
            };
            for name in names {
                if out.iter().any(|c| c.name == name) {
                    continue;
                }
                out.push(Column {
                    name,
                    kind,
                    question_type: q.kind.name(),
                    option_set: q.kind.option_set().map(str::to_owned),
                });
            }
        }
    }
    out
}

/// One row per respondent of `data`, with the columns of the waves' questionnaires.
pub fn table(data: &Microdata, surveys: &[&Survey], with_text: bool) -> Table {
    let columns = columns(surveys, with_text);
    let index: HashMap<&str, usize> = columns
        .iter()
        .enumerate()
        .map(|(i, c)| (c.name.as_str(), i))
        .collect();
    let mut rows: Vec<(String, String, Vec<Option<Value>>)> = Vec::new();
    let mut row_of: HashMap<uuid::Uuid, usize> = HashMap::new();
    for (wave, id) in &data.respondents {
        let label = data
            .waves
            .get(*wave)
            .map(|w| w.label.clone())
            .unwrap_or_default();
        row_of.insert(*id, rows.len());
        rows.push((label, id.to_string(), vec![None; columns.len()]));
    }
    for a in &data.answers {
        let name = if a.item.is_empty() {
            a.question_id.clone()
        } else {
            format!("{}.{}", a.question_id, a.item)
        };
        let (Some(&c), Some(&r)) = (index.get(name.as_str()), row_of.get(&a.response_id)) else {
            continue;
        };
        let Some(cell) = rows.get_mut(r).and_then(|row| row.2.get_mut(c)) else {
            continue;
        };
        let value = match (&a.option_code, a.number_value, &a.text_value) {
            (Some(code), _, _) => Value::Text(code.clone()),
            (_, Some(n), _) => Value::Number(n),
            (_, _, Some(t)) if with_text => Value::Text(t.clone()),
            _ => continue,
        };
        *cell = match (cell.take(), value) {
            // A multiple choice: its codes in the order they are stored.
            (Some(Value::Text(before)), Value::Text(code)) => {
                Some(Value::Text(format!("{before};{code}")))
            }
            (_, v) => Some(v),
        };
    }
    Table { columns, rows }
}

fn header(table: &Table) -> Vec<&str> {
    let mut h = vec!["wave", "response_id"];
    h.extend(table.columns.iter().map(|c| c.name.as_str()));
    h
}

pub fn to_csv(table: &Table) -> Result<Vec<u8>, WebError> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(header(table))?;
    for (wave, id, values) in &table.rows {
        let mut record = vec![wave.clone(), id.clone()];
        record.extend(values.iter().map(|v| match v {
            Some(Value::Text(t)) => t.clone(),
            // The shortest text that reads back to the same f64.
            Some(Value::Number(n)) => n.to_string(),
            None => String::new(),
        }));
        w.write_record(&record)?;
    }
    w.into_inner()
        .map_err(|e| WebError::Io(std::io::Error::other(e.to_string())))
}

pub fn to_parquet(table: &Table) -> Result<Vec<u8>, WebError> {
    let mut cols: Vec<PlColumn> = vec![
        PlColumn::new(
            "wave".into(),
            table.rows.iter().map(|r| r.0.as_str()).collect::<Vec<_>>(),
        ),
        PlColumn::new(
            "response_id".into(),
            table.rows.iter().map(|r| r.1.as_str()).collect::<Vec<_>>(),
        ),
    ];
    for (i, c) in table.columns.iter().enumerate() {
        let values = table
            .rows
            .iter()
            .map(|r| r.2.get(i).and_then(Option::as_ref));
        cols.push(match c.kind {
            ColumnKind::Number => PlColumn::new(
                c.name.as_str().into(),
                values
                    .map(|v| match v {
                        Some(Value::Number(n)) => Some(*n),
                        _ => None,
                    })
                    .collect::<Vec<Option<f64>>>(),
            ),
            _ => PlColumn::new(
                c.name.as_str().into(),
                values
                    .map(|v| match v {
                        Some(Value::Text(t)) => Some(t.as_str()),
                        _ => None,
                    })
                    .collect::<Vec<Option<&str>>>(),
            ),
        });
    }
    let mut frame = DataFrame::new_infer_height(cols)?;
    let mut out = Vec::new();
    ParquetWriter::new(&mut out).finish(&mut frame)?;
    Ok(out)
}

/// The data sheet and the codebook: per variable its question text, type and, for codes,
/// one line per option with its label, in the page's language.
pub fn to_xlsx(
    table: &Table,
    labels: &SurveyLabels<'_>,
    survey: &Survey,
) -> Result<Vec<u8>, WebError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let sheet = book.add_worksheet();
    sheet.set_name("data")?;
    for (c, name) in header(table).iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *name, &bold)?;
    }
    for (r, (wave, id, values)) in table.rows.iter().enumerate() {
        let row = r as u32 + 1;
        sheet.write_string(row, 0, wave)?;
        sheet.write_string(row, 1, id)?;
        for (c, v) in values.iter().enumerate() {
            let col = c as u16 + 2;
            match v {
                // Written as text: a spreadsheet never evaluates an answer as a formula.
                Some(Value::Text(t)) => sheet.write_string(row, col, t)?,
                Some(Value::Number(n)) => sheet.write_number(row, col, *n)?,
                None => sheet,
            };
        }
    }
    let codebook = book.add_worksheet();
    codebook.set_name("codebook")?;
    for (c, name) in ["variable", "type", "label", "code", "code_label"]
        .iter()
        .enumerate()
    {
        codebook.write_string_with_format(0, c as u16, *name, &bold)?;
    }
    let mut row = 1u32;
    for (name, kind, label) in [
        ("wave", "text", "wave"),
        (
            "response_id",
            "text",
            "response id (random, not linked to a person)",
        ),
    ] {
        codebook.write_string(row, 0, name)?;
        codebook.write_string(row, 1, kind)?;
        codebook.write_string(row, 2, label)?;
        row += 1;
    }
    for c in &table.columns {
        codebook.write_string(row, 0, &c.name)?;
        codebook.write_string(row, 1, c.question_type)?;
        codebook.write_string(row, 2, labels.item(&c.name))?;
        row += 1;
        let set = c
            .option_set
            .as_ref()
            .and_then(|s| survey.option_sets.get(s));
        for code in set.into_iter().flat_map(|s| s.codes()) {
            codebook.write_string(row, 0, &c.name)?;
            codebook.write_string(row, 3, code)?;
            codebook.write_string(row, 4, labels.category(&c.name, code))?;
            row += 1;
        }
    }
    sheet_autofit(&mut book)?;
    Ok(book.save_to_buffer()?)
}

fn sheet_autofit(book: &mut Workbook) -> Result<(), WebError> {
    for sheet in book.worksheets_mut() {
        sheet.autofit();
    }
    Ok(())
}
