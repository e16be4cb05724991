//! A Parquet file as a table of text cells, for `atmos wave import` (crates/import): the
//! import crate maps and validates text, and polars stays in this crate.
//!
//! Every column becomes text as a person would type it: integers in decimal, floats in their
//! shortest form with whole numbers as integers (`3.0` is `"3"`, so a code stored as a float
//! still matches), booleans `true` / `false`, dates `YYYY-MM-DD`, times
//! `YYYY-MM-DD HH:MM:SS[.f]`, a list (e.g. the codes of a multiple choice) its items joined
//! with a separator. A null, or an empty list, is an empty cell.

use std::path::Path;

use polars::prelude::*;

use crate::table_error::TableError;

/// A header of column names and the rows of text cells.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextTable {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Option<String>>>,
}

/// Reads the whole Parquet file at `path` (the import checks every row anyway). Blocks, on
/// polars' thread pool: not for an async worker (see the crate documentation).
pub fn read_parquet_text(path: &Path, list_separator: &str) -> Result<TextTable, TableError> {
    let input = path.display().to_string();
    let read = |error: PolarsError| TableError::Read {
        input: input.clone(),
        error,
    };
    let pl_path = PlRefPath::try_from_path(path).map_err(read)?;
    let df = LazyFrame::scan_parquet(pl_path, Default::default())
        .and_then(LazyFrame::collect)
        .map_err(read)?;
    let mut table = TextTable {
        headers: Vec::with_capacity(df.width()),
        rows: vec![Vec::with_capacity(df.width()); df.height()],
    };
    for column in df.columns() {
        table.headers.push(column.name().to_string());
        let texts = texts(column, list_separator).map_err(read)?;
        for (row, text) in table.rows.iter_mut().zip(texts) {
            row.push(text);
        }
    }
    Ok(table)
}

fn texts(column: &Column, list_separator: &str) -> PolarsResult<Vec<Option<String>>> {
    match column.dtype() {
        DataType::Float32 | DataType::Float64 => {
            let floats = column.cast(&DataType::Float64)?;
            Ok(floats.f64()?.iter().map(|v| v.map(number_text)).collect())
        }
        DataType::List(_) => {
            let lists = column.list()?;
            let mut out = Vec::with_capacity(lists.len());
            for list in lists.series_iter() {
                let items = match list {
                    None => Vec::new(),
                    Some(series) => texts(&series.into_column(), list_separator)?
                        .into_iter()
                        .flatten()
                        .collect(),
                };
                out.push((!items.is_empty()).then(|| items.join(list_separator)));
            }
            Ok(out)
        }
        _ => {
            let strings = column.cast(&DataType::String)?;
            Ok(strings
                .str()?
                .iter()
                .map(|v| v.map(str::to_owned))
                .collect())
        }
    }
}

/// Whole numbers without a fraction, others in Rust's shortest round-trip form.
fn number_text(f: f64) -> String {
    // 2^53: beyond it not every whole number is a float, and an i64 conversion could mislead.
    if f.fract() == 0.0 && f.abs() < 9_007_199_254_740_992.0 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use super::*;

    #[test]
    fn every_column_type_as_text() {
        let lists: ListChunked = [
            Some(Series::new("".into(), ["sports_club", "other"])),
            None,
            Some(Series::new("".into(), Vec::<&str>::new())),
        ]
        .into_iter()
        .collect();
        let mut df = DataFrame::new_infer_height(vec![
            Column::new("text".into(), [Some("a"), None, Some("c")]),
            Column::new("int".into(), [Some(3_i64), Some(-1), None]),
            Column::new("float".into(), [Some(3.0_f64), Some(2.5), None]),
            Column::new("bool".into(), [Some(true), Some(false), None]),
            lists.with_name("codes".into()).into_column(),
        ])
        .unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.parquet");
        ParquetWriter::new(std::fs::File::create(&path).unwrap())
            .finish(&mut df)
            .unwrap();
        let table = read_parquet_text(&path, ";").unwrap();
        assert_eq!(table.headers, ["text", "int", "float", "bool", "codes"]);
        let s = |v: &str| Some(v.to_owned());
        assert_eq!(
            table.rows,
            [
                vec![s("a"), s("3"), s("3"), s("true"), s("sports_club;other")],
                vec![None, s("-1"), s("2.5"), s("false"), None],
                vec![s("c"), None, None, None, None],
            ]
        );
        let err = read_parquet_text(&dir.path().join("none.parquet"), ";").unwrap_err();
        assert!(err.to_string().contains("none.parquet"), "{err}");
    }
}
