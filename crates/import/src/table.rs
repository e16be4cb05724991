//! Respondent files as tables of text cells: a header of column names, then one row of cells
//! per respondent. CSV is streamed (read once for the check and again for the import); an
//! XLSX sheet is read into memory (calamine reads whole sheets); a Parquet file is read by the
//! binary with the analysis crate's polars and handed over as a [`TextTable`], so that polars
//! stays out of this crate.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufRead as _, BufReader};
use std::path::{Path, PathBuf};

use calamine::{Data, Reader as _};

use crate::error::ImportError;

/// One row's cells, in header order; `None` is an empty cell.
pub type Cells = Vec<Option<String>>;

/// Rows as they are read; an `Err` ends the reading (a CSV syntax or encoding error).
pub type Rows<'a> = Box<dyn Iterator<Item = Result<Cells, ImportError>> + 'a>;

/// The kinds of respondent file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Xlsx,
    Parquet,
}

impl Format {
    /// The format the mapping declares (`[file] format`), else the one the extension says.
    pub fn detect(path: &Path, declared: Option<&str>) -> Result<Format, ImportError> {
        let name = match declared {
            Some(d) => d.to_ascii_lowercase(),
            None => path
                .extension()
                .and_then(|e| e.to_str())
                .map(str::to_ascii_lowercase)
                .unwrap_or_default(),
        };
        match name.as_str() {
            "csv" | "txt" | "tsv" => Ok(Format::Csv),
            "xlsx" | "xlsm" => Ok(Format::Xlsx),
            "parquet" => Ok(Format::Parquet),
            _ => Err(ImportError::UnknownFormat {
                path: path.to_owned(),
            }),
        }
    }
}

/// A whole table in memory.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextTable {
    pub headers: Vec<String>,
    pub rows: Vec<Cells>,
}

/// Where the rows of an import come from. [`Source::rows`] may be called more than once: the
/// check reads every row, and a clean import reads them again as they are stored, so that a
/// large CSV is never held in memory.
#[derive(Debug)]
pub struct Source {
    name: String,
    headers: Vec<String>,
    kind: SourceKind,
}

#[derive(Debug)]
enum SourceKind {
    Csv { path: PathBuf, delimiter: u8 },
    Table(Vec<Cells>),
}

impl Source {
    /// A CSV file: UTF-8 (a byte order mark is skipped), the first line is the header. The
    /// delimiter is `delimiter` or, without one, whichever of `,` `;` and tab occurs most
    /// often outside quotes in the header line (`,` on a tie).
    pub fn csv(path: &Path, delimiter: Option<&str>) -> Result<Source, ImportError> {
        let io = |source| ImportError::Io {
            path: path.to_owned(),
            source,
        };
        let delimiter = match delimiter {
            Some(d) => parse_delimiter(d).ok_or_else(|| ImportError::Csv {
                path: path.to_owned(),
                message: format!(
                    "delimiter {d:?} is not one ASCII character (e.g. \",\", \";\" or \"\\t\")"
                ),
            })?,
            None => {
                let mut line = String::new();
                let mut reader = BufReader::new(File::open(path).map_err(io)?);
                // A header line that is not UTF-8 is reported by the CSV reader below.
                let _ = reader.read_line(&mut line);
                sniff_delimiter(&line)
            }
        };
        let mut reader = csv_reader(path, delimiter)?;
        let header = reader
            .headers()
            .map_err(|e| csv_error(path, &e, None))?
            .clone();
        let headers: Vec<String> = header.iter().map(clean_header).collect();
        if headers.iter().all(String::is_empty) {
            return Err(ImportError::NoHeader {
                path: path.to_owned(),
            });
        }
        check_unique(path, &headers)?;
        Ok(Source {
            name: path.display().to_string(),
            headers,
            kind: SourceKind::Csv {
                path: path.to_owned(),
                delimiter,
            },
        })
    }

    /// An XLSX workbook's sheet `sheet`, or its first sheet. The first non-empty row is the
    /// header. Numbers become their shortest decimal text with whole numbers as integers
    /// (`3.0` is `"3"`), so a code typed as a number matches its code; dates become
    /// `YYYY-MM-DDTHH:MM:SS`; booleans `true` / `false`; error cells their text (`#N/A`).
    pub fn xlsx(path: &Path, sheet: Option<&str>) -> Result<Source, ImportError> {
        let xlsx = |e: calamine::Error| ImportError::Xlsx {
            path: path.to_owned(),
            message: e.to_string(),
        };
        let mut workbook = calamine::open_workbook_auto(path).map_err(xlsx)?;
        let names = workbook.sheet_names();
        let name = match sheet {
            Some(s) if names.iter().any(|n| n == s) => s.to_owned(),
            Some(s) => {
                return Err(ImportError::NoSheet {
                    path: path.to_owned(),
                    sheet: s.to_owned(),
                    available: names.join(", "),
                });
            }
            None => names.first().cloned().ok_or_else(|| ImportError::Xlsx {
                path: path.to_owned(),
                message: "the workbook has no sheets".to_owned(),
            })?,
        };
        let range = workbook.worksheet_range(&name).map_err(xlsx)?;
        let mut rows = range.rows();
        let headers: Vec<String> = rows
            .next()
            .map(|r| {
                r.iter()
                    .map(|c| clean_header(&cell_text(c).unwrap_or_default()))
                    .collect()
            })
            .unwrap_or_default();
        if headers.iter().all(String::is_empty) {
            return Err(ImportError::NoHeader {
                path: path.to_owned(),
            });
        }
        check_unique(path, &headers)?;
        let rows = rows.map(|r| r.iter().map(cell_text).collect()).collect();
        Ok(Source {
            name: format!("{} (sheet {name:?})", path.display()),
            headers,
            kind: SourceKind::Table(rows),
        })
    }

    /// A table read elsewhere (a Parquet file read with polars by the binary). Headers are
    /// cleaned and checked as a file's are.
    pub fn table(name: &str, table: TextTable) -> Result<Source, ImportError> {
        let headers: Vec<String> = table.headers.iter().map(|h| clean_header(h)).collect();
        check_unique(Path::new(name), &headers)?;
        Ok(Source {
            name: name.to_owned(),
            headers,
            kind: SourceKind::Table(table.rows),
        })
    }

    /// The file (and sheet), for messages.
    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn headers(&self) -> &[String] {
        &self.headers
    }

    /// Every data row, from the first.
    pub fn rows(&self) -> Result<Rows<'_>, ImportError> {
        match &self.kind {
            SourceKind::Table(rows) => Ok(Box::new(rows.iter().cloned().map(Ok))),
            SourceKind::Csv { path, delimiter } => {
                let reader = csv_reader(path, *delimiter)?;
                let path = path.clone();
                let mut row = 0;
                Ok(Box::new(reader.into_records().map(move |record| {
                    row += 1;
                    let record = record.map_err(|e| csv_error(&path, &e, Some(row)))?;
                    Ok(record
                        .iter()
                        .map(|c| (!c.is_empty()).then(|| c.to_owned()))
                        .collect())
                })))
            }
        }
    }
}

fn csv_reader(path: &Path, delimiter: u8) -> Result<csv::Reader<File>, ImportError> {
    let file = File::open(path).map_err(|source| ImportError::Io {
        path: path.to_owned(),
        source,
    })?;
    // `flexible`: a row with more or fewer cells than the header is reported by the check
    // with its row number instead of stopping the whole read.
    Ok(csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(file))
}

/// A CSV reading error; `row` is the data row being read (from 1), `None` for the header.
fn csv_error(path: &Path, error: &csv::Error, row: Option<usize>) -> ImportError {
    let place = row.map_or_else(|| "the header".to_owned(), |r| format!("row {r}"));
    let message = match error.kind() {
        // csv's own position of an encoding error is not the record's: say the row counted
        // here.
        csv::ErrorKind::Utf8 { .. } => {
            format!("{place} is not UTF-8 text: save the file as UTF-8 (in Excel: \"CSV UTF-8\")")
        }
        _ => format!("{place}: {error}"),
    };
    ImportError::Csv {
        path: path.to_owned(),
        message,
    }
}

fn parse_delimiter(d: &str) -> Option<u8> {
    match d {
        "\\t" | "tab" => Some(b'\t'),
        _ => match d.as_bytes() {
            [b] if b.is_ascii() => Some(*b),
            _ => None,
        },
    }
}

/// The likeliest delimiter of a header line: the most frequent of `,` `;` tab outside quotes.
fn sniff_delimiter(line: &str) -> u8 {
    let mut counts = [(b',', 0_usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for b in line.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted && let Some(c) = counts.iter_mut().find(|(d, _)| *d == b) {
            c.1 += 1;
        }
    }
    // Stable for ties: `,` comes first.
    counts
        .iter()
        .fold((b',', 0), |best, &c| if c.1 > best.1 { c } else { best })
        .0
}

/// A header name as written, without a byte order mark or surrounding spaces.
fn clean_header(h: &str) -> String {
    h.trim_start_matches('\u{feff}').trim().to_owned()
}

fn check_unique(path: &Path, headers: &[String]) -> Result<(), ImportError> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for h in headers.iter().filter(|h| !h.is_empty()) {
        *counts.entry(h).or_default() += 1;
    }
    match counts.into_iter().find(|(_, n)| *n > 1) {
        Some((column, count)) => Err(ImportError::DuplicateColumn {
            path: path.to_owned(),
            column: column.to_owned(),
            count,
        }),
        None => Ok(()),
    }
}

/// A spreadsheet cell as text (see [`Source::xlsx`]).
fn cell_text(cell: &Data) -> Option<String> {
    match cell {
        Data::Empty => None,
        Data::String(s) => Some(s.clone()),
        Data::Int(i) => Some(i.to_string()),
        Data::Float(f) => Some(number_text(*f)),
        Data::Bool(b) => Some(b.to_string()),
        Data::DateTime(d) => Some(match d.as_datetime() {
            Some(t) => t.format("%Y-%m-%dT%H:%M:%S").to_string(),
            None => number_text(d.as_f64()),
        }),
        Data::DateTimeIso(s) | Data::DurationIso(s) => Some(s.clone()),
        Data::Error(e) => Some(e.to_string()),
    }
}

/// A number as the text a person would type: whole numbers without a fraction (`3.0` ->
/// `"3"`), others in the shortest form that reads back as the same number (`2.5`, `0.1`).
pub fn number_text(f: f64) -> String {
    // 2^53: beyond it not every whole number is a float, and i64 conversion would be lossy.
    if f.fract() == 0.0 && f.abs() < 9_007_199_254_740_992.0 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect(source: &Source) -> Vec<Cells> {
        source.rows().unwrap().map(Result::unwrap).collect()
    }

    fn s(v: &str) -> Option<String> {
        Some(v.to_owned())
    }

    #[test]
    fn numbers_read_as_typed() {
        assert_eq!(number_text(3.0), "3");
        assert_eq!(number_text(-2.0), "-2");
        assert_eq!(number_text(0.0), "0");
        assert_eq!(number_text(2.5), "2.5");
        assert_eq!(number_text(0.1), "0.1");
        assert_eq!(number_text(1e20), "100000000000000000000");
    }

    #[test]
    fn formats_from_extension_or_mapping() {
        let f = |p: &str, d: Option<&str>| Format::detect(Path::new(p), d).ok();
        assert_eq!(f("a.CSV", None), Some(Format::Csv));
        assert_eq!(f("a.xlsx", None), Some(Format::Xlsx));
        assert_eq!(f("a.parquet", None), Some(Format::Parquet));
        assert_eq!(f("a.dat", Some("csv")), Some(Format::Csv));
        assert_eq!(f("a.sav", None), None);
    }

    #[test]
    fn csv_with_bom_semicolons_and_quotes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.csv");
        std::fs::write(
            &path,
            "\u{feff}id;Q1;\"Q,2\"\n1;2;\"a;b\"\n2;;x\n3;1;\"multi\nline\";extra\n",
        )
        .unwrap();
        let source = Source::csv(&path, None).unwrap();
        assert_eq!(source.headers(), ["id", "Q1", "Q,2"]);
        let rows = collect(&source);
        assert_eq!(rows[0], vec![s("1"), s("2"), s("a;b")]);
        assert_eq!(rows[1], vec![s("2"), None, s("x")]);
        assert_eq!(rows[2], vec![s("3"), s("1"), s("multi\nline"), s("extra")]);
        // Read twice: the same rows.
        assert_eq!(collect(&source), rows);
        let tabs = dir.path().join("t.csv");
        std::fs::write(&tabs, "a\tb\n1\t2\n").unwrap();
        assert_eq!(Source::csv(&tabs, None).unwrap().headers(), ["a", "b"]);
        assert_eq!(
            Source::csv(&tabs, Some("\\t")).unwrap().headers(),
            ["a", "b"]
        );
    }

    #[test]
    fn csv_errors_are_specific() {
        let dir = tempfile::tempdir().unwrap();
        let dup = dir.path().join("dup.csv");
        std::fs::write(&dup, "a,b,a\n1,2,3\n").unwrap();
        let err = Source::csv(&dup, None).unwrap_err().to_string();
        assert!(err.contains("\"a\" appears 2 times"), "{err}");

        let latin1 = dir.path().join("latin1.csv");
        std::fs::write(&latin1, b"a,b\n1,\xe4\n".as_slice()).unwrap();
        let source = Source::csv(&latin1, None).unwrap();
        let err = source
            .rows()
            .unwrap()
            .find_map(Result::err)
            .unwrap()
            .to_string();
        assert!(err.contains("row 1 is not UTF-8"), "{err}");

        let empty = dir.path().join("empty.csv");
        std::fs::write(&empty, "").unwrap();
        let err = Source::csv(&empty, None).unwrap_err().to_string();
        assert!(err.contains("no header"), "{err}");

        let err = Source::csv(&dir.path().join("none.csv"), None)
            .unwrap_err()
            .to_string();
        assert!(err.contains("cannot read"), "{err}");
        let err = Source::csv(&dup, Some(";;")).unwrap_err().to_string();
        assert!(err.contains("delimiter"), "{err}");
    }

    #[test]
    fn xlsx_cells_as_text() {
        use rust_xlsxwriter::{ExcelDateTime, Format as CellFormat, Workbook};
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.xlsx");
        let mut book = Workbook::new();
        let first = book.add_worksheet();
        first.set_name("Notes").unwrap();
        first.write_string(0, 0, "not this one").unwrap();
        let sheet = book.add_worksheet();
        sheet.set_name("Data").unwrap();
        for (c, h) in ["id", "code", "share", "yes", "when", "text"]
            .iter()
            .enumerate()
        {
            sheet.write_string(0, c as u16, *h).unwrap();
        }
        sheet.write_number(1, 0, 1.0).unwrap();
        sheet.write_number(1, 1, 3.0).unwrap();
        sheet.write_number(1, 2, 2.5).unwrap();
        sheet.write_boolean(1, 3, true).unwrap();
        let date = ExcelDateTime::parse_from_str("2020-09-14 12:30:00").unwrap();
        let format = CellFormat::new().set_num_format("yyyy-mm-dd hh:mm");
        sheet
            .write_datetime_with_format(1, 4, &date, &format)
            .unwrap();
        sheet.write_string(1, 5, "hello").unwrap();
        sheet.write_number(2, 0, 2.0).unwrap();
        book.save(&path).unwrap();

        let source = Source::xlsx(&path, Some("Data")).unwrap();
        assert_eq!(
            source.headers(),
            ["id", "code", "share", "yes", "when", "text"]
        );
        let rows = collect(&source);
        assert_eq!(
            rows[0],
            vec![
                s("1"),
                s("3"),
                s("2.5"),
                s("true"),
                s("2020-09-14T12:30:00"),
                s("hello")
            ]
        );
        assert_eq!(rows[1], vec![s("2"), None, None, None, None, None]);
        assert_eq!(
            Source::xlsx(&path, None).unwrap().headers(),
            ["not this one"]
        );
        let err = Source::xlsx(&path, Some("Daten")).unwrap_err().to_string();
        assert!(
            err.contains("no sheet \"Daten\"") && err.contains("Notes, Data"),
            "{err}"
        );
    }
}
