//! The respondent frame, built with polars: one row per respondent with its wave, the item
//! columns a [`Plan`] needs and its group on each breakdown, split into waves of plain Rust
//! columns for the statistical core.
//!
//! Two sources:
//! - the long answer export of the store (`atmos_store::export_answers_csv`: one line per
//!   answer value), pivoted to one row per respondent with a lazy `group_by`;
//! - a respondent file (CSV or Parquet), wide: one row per respondent, a `wave` column,
//!   optionally `response_id` and a weight column, and one column per item named like the
//!   answer fields (`question` or `question.row`). The format is documented in the crate's
//!   README.
//!
//! Both are lazy scans: only the needed columns are read (projection pushdown), only the
//! requested waves kept, and breakdown groups are mapped in the query (`group:<breakdown>`,
//! null for a missing or non-substantive answer). Codes are then checked against their option
//! sets and held as bit sets (bit k = the set's k-th option chosen), numbers as `f64`.
//!
//! Collecting a polars `LazyFrame` blocks and uses polars' own thread pool: do not run these
//! functions on an async executor's worker (in actix-web, polars panics there); call them from
//! a blocking task (`web::block`) or a plain thread.

use std::collections::{BTreeSet, HashMap};
use std::io::BufRead;
use std::path::Path;
use std::sync::Arc;

use atmos_survey::{Breakdown, Item, OptionSet, QuestionKind};
use polars::prelude::*;
use rayon::prelude::*;

use crate::plan::{ColumnKind, ItemColumn, Plan, Weighting};
use crate::table_error::{InvalidCode, MissingColumn, TableError};

/// The wave column of every frame.
pub const WAVE: &str = "wave";
/// The respondent id column (optional in a respondent file).
pub const RESPONSE_ID: &str = "response_id";
/// The header of the long answer export, as `atmos_store::EXPORT_COLUMNS` writes it.
pub const LONG_COLUMNS: [&str; 6] = [
    "wave",
    "response_id",
    "question_id",
    "item",
    "option_code",
    "number_value",
];
/// The conventional weight column of a respondent file: allowed, and read only when the
/// request names it ([`Weighting::Column`]).
pub const WEIGHT_COLUMN: &str = "weight";
/// The separator of several codes in one cell of a respondent file (multiple choice).
pub const CODE_SEPARATOR: char = ';';

/// The respondents of the analysed waves, in wave order.
#[derive(Debug, Clone, PartialEq)]
pub struct Respondents {
    pub waves: Vec<WaveData>,
}

/// One wave's respondents as plain columns.
#[derive(Debug, Clone, PartialEq)]
pub struct WaveData {
    pub wave: String,
    /// Respondents of the wave.
    pub respondents: usize,
    /// Aligned with [`Plan::columns`].
    pub columns: Vec<ColumnValues>,
    /// Aligned with [`Plan::group_columns`]: each respondent's group index, if any.
    pub groups: Vec<Vec<Option<usize>>>,
    /// Weights from the file's weight column ([`Weighting::Column`]).
    pub weights: Option<Vec<f64>>,
}

impl WaveData {
    pub fn len(&self) -> usize {
        self.respondents
    }

    pub fn is_empty(&self) -> bool {
        self.respondents == 0
    }
}

/// One item's answers in a wave.
#[derive(Debug, Clone, PartialEq)]
pub enum ColumnValues {
    /// Bit k set: option k of the item's set chosen; 0: no answer.
    Codes(Vec<u64>),
    Numbers(Vec<Option<f64>>),
}

/// The frame from the long answer export in memory. `waves` are the exported waves in order
/// (each becomes a [`WaveData`], also when it has no respondents).
pub fn from_long_csv(
    csv: Vec<u8>,
    plan: &Plan,
    waves: &[String],
) -> Result<Respondents, TableError> {
    let input = "the answer export";
    check_long_header(csv.split(|&b| b == b'\n').next().unwrap_or_default(), input)?;
    // The six columns are read eagerly from memory; the pivot is lazy.
    let df = CsvReadOptions::default()
        .with_has_header(true)
        .with_schema(Some(Arc::new(long_schema())))
        .into_reader_with_file_handle(std::io::Cursor::new(csv))
        .finish()
        .map_err(read(input))?;
    long_frame(df.lazy(), plan, waves, input)
}

/// The frame from a long answer export written to a file (see [`from_long_csv`]).
pub fn from_long_csv_file(
    path: &Path,
    plan: &Plan,
    waves: &[String],
) -> Result<Respondents, TableError> {
    let input = path.display().to_string();
    let file = std::fs::File::open(path).map_err(|e| io_error(&input, e))?;
    let mut first = String::new();
    std::io::BufReader::new(file)
        .read_line(&mut first)
        .map_err(|e| io_error(&input, e))?;
    check_long_header(first.as_bytes(), &input)?;
    let lf = LazyCsvReader::new(pl_path(path, &input)?)
        .with_has_header(true)
        .with_schema(Some(Arc::new(long_schema())))
        .finish()
        .map_err(read(&input))?;
    long_frame(lf, plan, waves, &input)
}

/// The plan for a respondent file: its columns are checked (no unknown or free-text column)
/// and, without an explicit list of indicators, only those whose items the file has are
/// computed ([`Plan::for_columns`]).
pub fn plan_for_file(
    path: &Path,
    survey: &atmos_survey::Survey,
    request: crate::plan::Request,
) -> Result<Plan, TableError> {
    let input = path.display().to_string();
    let mut lf = scan_respondent_file(path, &input)?;
    let schema = lf.collect_schema().map_err(read(&input))?;
    let present: BTreeSet<String> = schema.iter_names().map(|n| n.to_string()).collect();
    let weight = match &request.weighting {
        Weighting::Column(name) => Some(name.clone()),
        _ => None,
    };
    let plan = Plan::new(
        survey,
        crate::plan::Request {
            indicators: Vec::new(),
            ..request.clone()
        },
    )?;
    check_unexpected_columns(&present, &plan, weight.as_deref(), &input)?;
    Plan::for_columns(survey, request, &present)
}

/// A lazy scan of a respondent file: `.csv` (every column read as text) or `.parquet`.
fn scan_respondent_file(path: &Path, input: &str) -> Result<LazyFrame, TableError> {
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match extension.as_deref() {
        Some("csv") => LazyCsvReader::new(pl_path(path, input)?)
            .with_has_header(true)
            .with_infer_schema_length(Some(0))
            .finish(),
        Some("parquet") => LazyFrame::scan_parquet(pl_path(path, input)?, Default::default()),
        _ => {
            return Err(TableError::InvalidRequest(format!(
                "{input}: a respondent file must be .csv or .parquet"
            )));
        }
    }
    .map_err(read(input))
}

/// The frame from a respondent file: `.csv` (every column read as text) or `.parquet`.
pub fn from_respondent_file(path: &Path, plan: &Plan) -> Result<Respondents, TableError> {
    let input = path.display().to_string();
    let mut lf = scan_respondent_file(path, &input)?;
    let schema = lf.collect_schema().map_err(read(&input))?;
    let present: BTreeSet<String> = schema.iter_names().map(|n| n.to_string()).collect();
    let weight = match &plan.request.weighting {
        Weighting::Column(name) => Some(name.as_str()),
        _ => None,
    };
    check_unexpected_columns(&present, plan, weight, &input)?;
    check_missing_columns(&present, plan, weight, &input)?;
    let has_id = present.contains(RESPONSE_ID);

    let row_index = "__atmos_row";
    let mut select = vec![
        col(WAVE).cast(DataType::String).alias(WAVE),
        if has_id {
            col(RESPONSE_ID).cast(DataType::String).alias(RESPONSE_ID)
        } else {
            col(row_index).cast(DataType::String).alias(RESPONSE_ID)
        },
    ];
    for c in &plan.columns {
        select.push(col(c.key.as_str()));
    }
    for b in &plan.group_columns {
        select.push(group_expr(
            col(b.question.as_str()).cast(DataType::String),
            b,
        ));
    }
    if let Some(w) = weight {
        select.push(col(w).alias(WEIGHT));
    }
    let mut query = lf.with_row_index(row_index, Some(1)).select(select);
    let requested = &plan.request.waves;
    if let Some(filter) = requested
        .iter()
        .map(|w| col(WAVE).eq(lit(w.as_str())))
        .reduce(Expr::or)
    {
        query = query.filter(filter.or(col(WAVE).is_null()));
    }
    let df = query.collect().map_err(read(&input))?;

    let waves: Vec<String> = if requested.is_empty() {
        distinct_texts(&df, WAVE, &input)?
    } else {
        requested.clone()
    };
    let prefix = if has_id { "response" } else { "row" };
    let respondents = extract(&df, plan, &waves, &input, prefix, weight.is_some())?;
    if let Some(missing) = respondents.waves.iter().find(|w| w.is_empty()) {
        let all = available_waves(path, &input)?;
        return Err(TableError::UnknownWave {
            wave: missing.wave.clone(),
            available: all.join(", "),
        });
    }
    Ok(respondents)
}

/// The internal name of the weight column in a collected frame.
const WEIGHT: &str = "__atmos_weight";

/// The distinct waves of a respondent file (only for an error message).
fn available_waves(path: &Path, input: &str) -> Result<Vec<String>, TableError> {
    let df = scan_respondent_file(path, input)?
        .select([col(WAVE).cast(DataType::String)])
        .collect()
        .map_err(read(input))?;
    distinct_texts(&df, WAVE, input)
}

fn long_schema() -> Schema {
    LONG_COLUMNS
        .iter()
        .map(|&name| {
            let dtype = if name == "number_value" {
                DataType::Float64
            } else {
                DataType::String
            };
            Field::new(name.into(), dtype)
        })
        .collect()
}

fn check_long_header(line: &[u8], input: &str) -> Result<(), TableError> {
    let found = String::from_utf8_lossy(line);
    let found = found.trim_end_matches(['\r', '\n']);
    let expected = LONG_COLUMNS.join(",");
    if found == expected {
        Ok(())
    } else {
        Err(TableError::NotAnExport {
            input: input.to_owned(),
            expected,
            found: found.chars().take(200).collect(),
        })
    }
}

/// Pivots the long export to one row per respondent.
fn long_frame(
    lf: LazyFrame,
    plan: &Plan,
    waves: &[String],
    input: &str,
) -> Result<Respondents, TableError> {
    if let Weighting::Column(name) = &plan.request.weighting {
        return Err(TableError::InvalidRequest(format!(
            "weight column `{name}`: weights from a column need a respondent file"
        )));
    }
    let mut aggs: Vec<Expr> = Vec::new();
    for c in &plan.columns {
        let value = match c.kind {
            ColumnKind::Codes { .. } => "option_code",
            ColumnKind::Number { .. } => "number_value",
        };
        aggs.push(col(value).filter(is_item(&c.item)).alias(c.key.as_str()));
    }
    let mut groups: Vec<Expr> = Vec::new();
    for b in &plan.group_columns {
        let code = format!("__atmos_code:{}", b.id);
        let item = Item {
            question: b.question.clone(),
            row: None,
        };
        aggs.push(
            col("option_code")
                .filter(is_item(&item))
                .first()
                .alias(code.as_str()),
        );
        groups.push(group_expr(col(code.as_str()), b));
    }
    let df = lf
        .group_by([col(WAVE), col(RESPONSE_ID)])
        .agg(aggs)
        .with_columns(groups)
        .sort([RESPONSE_ID], SortMultipleOptions::default())
        .collect()
        .map_err(read(input))?;
    extract(&df, plan, waves, input, "response", false)
}

/// The rows of the long export that hold an item's answer.
fn is_item(item: &Item) -> Expr {
    let question = col("question_id").eq(lit(item.question.as_str()));
    match &item.row {
        Some(row) => question.and(col("item").eq(lit(row.as_str()))),
        None => question.and(col("item").is_null().or(col("item").eq(lit("")))),
    }
}

/// `group:<id>`: the index of the group whose codes include the answer, null for none. An
/// integer column, so that reading it back needs no text comparison per row.
fn group_expr(code: Expr, breakdown: &Breakdown) -> Expr {
    breakdown
        .groups
        .iter()
        .enumerate()
        .rev()
        .fold(lit(NULL).cast(DataType::UInt32), |rest, (index, group)| {
            let matches = group
                .codes
                .iter()
                .map(|c| code.clone().eq(lit(c.as_str())))
                .reduce(Expr::or)
                .unwrap_or_else(|| lit(false));
            // A breakdown has a handful of groups; u32 is plenty.
            let index = u32::try_from(index).unwrap_or(u32::MAX);
            when(matches).then(lit(index)).otherwise(rest)
        })
        .alias(group_column(breakdown).as_str())
}

/// The frame column of a breakdown's groups.
pub fn group_column(breakdown: &Breakdown) -> String {
    format!("group:{}", breakdown.id)
}

fn check_missing_columns(
    present: &BTreeSet<String>,
    plan: &Plan,
    weight: Option<&str>,
    input: &str,
) -> Result<(), TableError> {
    let mut missing: Vec<MissingColumn> = Vec::new();
    if !present.contains(WAVE) {
        missing.push(MissingColumn {
            column: WAVE.to_owned(),
            needed_by: Vec::new(),
        });
    }
    if let Some(w) = weight
        && !present.contains(w)
    {
        missing.push(MissingColumn {
            column: w.to_owned(),
            needed_by: vec!["the weights".to_owned()],
        });
    }
    for c in &plan.columns {
        if !present.contains(&c.key) {
            missing.push(MissingColumn {
                column: c.key.clone(),
                needed_by: c.needed_by.clone(),
            });
        }
    }
    if missing.is_empty() {
        Ok(())
    } else {
        Err(TableError::MissingColumns {
            input: input.to_owned(),
            columns: missing,
        })
    }
}

/// Refuses a column that is neither `wave`, `response_id`, a weight column nor an item of the
/// survey, and any free-text column.
fn check_unexpected_columns(
    present: &BTreeSet<String>,
    plan: &Plan,
    weight: Option<&str>,
    input: &str,
) -> Result<(), TableError> {
    let known = plan.known_items();
    let mut unexpected = Vec::new();
    for name in present {
        if name == WAVE
            || name == RESPONSE_ID
            || name == WEIGHT_COLUMN
            || Some(name.as_str()) == weight
        {
            continue;
        }
        match known.get(name) {
            Some(QuestionKind::Text { .. } | QuestionKind::LongText { .. }) => {
                return Err(TableError::FreeTextColumn {
                    input: input.to_owned(),
                    column: name.clone(),
                });
            }
            Some(_) => {}
            None => unexpected.push(name.clone()),
        }
    }
    if unexpected.is_empty() {
        Ok(())
    } else {
        Err(TableError::UnexpectedColumns {
            input: input.to_owned(),
            columns: unexpected,
        })
    }
}

/// Splits a collected frame into waves of plain columns, checking every value.
fn extract(
    df: &DataFrame,
    plan: &Plan,
    waves: &[String],
    input: &str,
    prefix: &'static str,
    weighted: bool,
) -> Result<Respondents, TableError> {
    let names = RowNames::new(df, prefix, input)?;
    let wave_of = df
        .column(WAVE)
        .and_then(|c| c.cast(&DataType::String))
        .map_err(read(input))?;
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); waves.len()];
    for (row, wave) in wave_of.str().map_err(read(input))?.iter().enumerate() {
        match wave.map(str::trim).filter(|w| !w.is_empty()) {
            None => {
                return Err(TableError::MissingWave {
                    input: input.to_owned(),
                    row: names.name(row),
                });
            }
            Some(w) => {
                // A run has a few waves: a scan beats hashing every row's label.
                if let Some(k) = waves.iter().position(|x| x == w) {
                    members[k].push(row);
                }
            }
        }
    }

    // Columns are independent: each core reads some (the million-row case spends most of its
    // reading time here, checking codes), and splits each into its waves at once, so that the
    // whole file's column is freed before the next is read.
    let split = |values: &ColumnValues| -> Vec<ColumnValues> {
        members
            .iter()
            .map(|rows| match values {
                ColumnValues::Codes(v) => ColumnValues::Codes(rows.iter().map(|&r| v[r]).collect()),
                ColumnValues::Numbers(v) => {
                    ColumnValues::Numbers(rows.iter().map(|&r| v[r]).collect())
                }
            })
            .collect()
    };
    // [column][wave]
    let mut columns: Vec<Vec<ColumnValues>> = plan
        .columns
        .par_iter()
        .map(|c| item_values(df, c, &names, input).map(|values| split(&values)))
        .collect::<Result<_, _>>()?;
    // [breakdown][wave]
    let mut groups: Vec<Vec<Vec<Option<usize>>>> = plan
        .group_columns
        .par_iter()
        .map(|b| {
            group_values(df, b, input).map(|g| {
                members
                    .iter()
                    .map(|rows| rows.iter().map(|&r| g[r]).collect())
                    .collect()
            })
        })
        .collect::<Result<_, _>>()?;
    let mut weights: Option<Vec<Vec<f64>>> = if weighted {
        let w = weight_values(df, &names, input)?;
        Some(
            members
                .iter()
                .map(|rows| rows.iter().map(|&r| w[r]).collect())
                .collect(),
        )
    } else {
        None
    };

    // Transposed to [wave][...], moving (not copying) each wave's part.
    let mut out = Vec::with_capacity(waves.len());
    for (k, (wave, rows)) in waves.iter().zip(&members).enumerate().rev() {
        out.push(WaveData {
            wave: wave.clone(),
            respondents: rows.len(),
            columns: columns
                .iter_mut()
                .map(|c| c.pop().unwrap_or(ColumnValues::Codes(Vec::new())))
                .collect(),
            groups: groups
                .iter_mut()
                .map(|g| g.pop().unwrap_or_default())
                .collect(),
            weights: weights.as_mut().and_then(|w| w.pop()),
        });
        debug_assert!(columns.iter().all(|c| c.len() == k));
    }
    out.reverse();
    let waves = out;
    Ok(Respondents { waves })
}

/// How error messages name a row of the collected frame: `response <id>`, or `row <n>` (the
/// file's data rows counted from 1). Read from the frame only when a message needs it: a
/// million formatted names would cost more than the rest of the reading.
struct RowNames {
    ids: StringChunked,
    prefix: &'static str,
}

impl RowNames {
    fn new(df: &DataFrame, prefix: &'static str, input: &str) -> Result<Self, TableError> {
        let ids = df
            .column(RESPONSE_ID)
            .and_then(|c| c.cast(&DataType::String))
            .map_err(read(input))?;
        let ids = ids.str().map_err(read(input))?.clone();
        Ok(Self { ids, prefix })
    }

    fn name(&self, row: usize) -> String {
        let id = self
            .ids
            .get(row)
            .map(str::trim)
            .filter(|id| !id.is_empty())
            .unwrap_or("?");
        format!("{} {id}", self.prefix)
    }
}

/// The distinct non-empty texts of a column, sorted.
fn distinct_texts(df: &DataFrame, name: &str, input: &str) -> Result<Vec<String>, TableError> {
    let column = df
        .column(name)
        .and_then(|c| c.cast(&DataType::String))
        .and_then(|c| c.unique())
        .map_err(read(input))?;
    let set: BTreeSet<&str> = column
        .str()
        .map_err(read(input))?
        .iter()
        .flatten()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .collect();
    Ok(set.into_iter().map(str::to_owned).collect())
}

fn item_values(
    df: &DataFrame,
    spec: &ItemColumn,
    names: &RowNames,
    input: &str,
) -> Result<ColumnValues, TableError> {
    let column = df.column(spec.key.as_str()).map_err(read(input))?;
    match &spec.kind {
        ColumnKind::Codes { set, multiple } => {
            code_values(column, spec, set, *multiple, names, input).map(ColumnValues::Codes)
        }
        ColumnKind::Number { min, max } => {
            let values = number_values(column, &spec.key, names, input)?;
            if let (Some(lo), Some(hi)) = (min, max)
                && let Some((row, &v)) = values.iter().enumerate().find_map(|(i, v)| {
                    v.as_ref()
                        .filter(|v| **v < *lo || **v > *hi)
                        .map(|v| (i, v))
                })
            {
                return Err(TableError::NumberOutOfRange {
                    input: input.to_owned(),
                    column: spec.key.clone(),
                    row: names.name(row),
                    value: v,
                    min: *lo,
                    max: *hi,
                });
            }
            Ok(ColumnValues::Numbers(values))
        }
    }
}

/// The codes of each row: a text column (several codes separated by `;`), a list of texts
/// (the long export's pivot, a Parquet list) or integers (read as their decimal text).
///
/// A column holds few distinct texts (a code, or a few codes joined), so each distinct text is
/// split and checked once and remembered: a million rows then cost a million fast lookups.
fn code_values(
    column: &Column,
    spec: &ItemColumn,
    set: &OptionSet,
    multiple: bool,
    names: &RowNames,
    input: &str,
) -> Result<Vec<u64>, TableError> {
    let index: HashMap<&str, u32> = set
        .options
        .iter()
        .enumerate()
        .filter_map(|(i, o)| u32::try_from(i).ok().map(|i| (o.code.as_str(), i)))
        .collect();
    let parse = |codes: &mut dyn Iterator<Item = &str>| {
        let mut cell = CellCodes::default();
        for code in codes.map(str::trim).filter(|c| !c.is_empty()) {
            cell.codes += 1;
            match index.get(code) {
                Some(&k) => cell.mask |= 1 << k,
                None => {
                    cell.unknown += 1;
                    cell.first_unknown.get_or_insert_with(|| code.to_owned());
                }
            }
        }
        cell
    };
    let mut out = Vec::with_capacity(column.len());
    let mut bad: Option<(String, usize)> = None;
    let mut bad_count = 0_usize;
    let mut add = |row: usize, cell: &CellCodes| -> Result<(), TableError> {
        if cell.codes > 1 && !multiple {
            return Err(TableError::SeveralCodes {
                input: input.to_owned(),
                column: spec.key.clone(),
                row: names.name(row),
            });
        }
        bad_count += cell.unknown;
        if bad.is_none()
            && let Some(code) = &cell.first_unknown
        {
            bad = Some((code.clone(), row));
        }
        out.push(cell.mask);
        Ok(())
    };
    let empty = CellCodes::default();
    match column.dtype() {
        DataType::List(_) => {
            let lists = column.list().map_err(read(input))?;
            for (row, list) in lists.series_iter().enumerate() {
                match list {
                    None => add(row, &empty)?,
                    Some(series) => {
                        let texts = series.cast(&DataType::String).map_err(read(input))?;
                        let texts = texts.str().map_err(read(input))?;
                        add(row, &parse(&mut texts.iter().flatten()))?;
                    }
                }
            }
        }
        _ => {
            let texts = column.cast(&DataType::String).map_err(read(input))?;
            let texts = texts.str().map_err(read(input))?;
            let mut short: HashMap<ShortText, CellCodes, foldhash::fast::RandomState> =
                HashMap::default();
            let mut long: HashMap<&str, CellCodes, foldhash::fast::RandomState> =
                HashMap::default();
            for (row, text) in texts.iter().enumerate() {
                let Some(t) = text else {
                    add(row, &empty)?;
                    continue;
                };
                let cell = match ShortText::of(t) {
                    Some(key) => short
                        .entry(key)
                        .or_insert_with(|| parse(&mut t.split(CODE_SEPARATOR))),
                    None => long
                        .entry(t)
                        .or_insert_with(|| parse(&mut t.split(CODE_SEPARATOR))),
                };
                add(row, cell)?;
            }
        }
    }
    if let Some((value, row)) = bad {
        return Err(TableError::InvalidCode(Box::new(InvalidCode {
            input: input.to_owned(),
            column: spec.key.clone(),
            value,
            row: names.name(row),
            set: set.id.clone(),
            codes: set.codes().collect::<Vec<_>>().join(", "),
            count: bad_count,
        })));
    }
    Ok(out)
}

/// A text of at most 23 bytes as three words (bytes, then the length in the last byte): the
/// usual code cell, looked up by comparing integers instead of strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ShortText([u64; 3]);

impl std::hash::Hash for ShortText {
    /// One word for the hasher to mix: equal texts give equal words, and the few distinct
    /// texts of a column rarely share one (a shared word only costs a comparison).
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        let [a, b, c] = self.0;
        state.write_u64(a ^ b.rotate_left(21) ^ c.rotate_left(42));
    }
}

impl ShortText {
    fn of(text: &str) -> Option<Self> {
        let bytes = text.as_bytes();
        let len = u8::try_from(bytes.len()).ok().filter(|&l| l <= 23)?;
        let mut padded = [0_u8; 24];
        padded[..bytes.len()].copy_from_slice(bytes);
        padded[23] = len;
        let word = |k: usize| {
            let mut w = [0_u8; 8];
            w.copy_from_slice(&padded[k * 8..k * 8 + 8]);
            u64::from_le_bytes(w)
        };
        Some(Self([word(0), word(1), word(2)]))
    }
}

/// One cell of a code column, checked against its option set.
#[derive(Debug, Default)]
struct CellCodes {
    /// Bits of the known codes.
    mask: u64,
    /// Codes in the cell, known or not.
    codes: usize,
    /// Unknown codes, and the first of them.
    unknown: usize,
    first_unknown: Option<String>,
}

/// Numbers: a float column, a text column (parsed), or a list of one number (the pivot).
fn number_values(
    column: &Column,
    name: &str,
    names: &RowNames,
    input: &str,
) -> Result<Vec<Option<f64>>, TableError> {
    let invalid = |row: usize, value: String| TableError::InvalidNumber {
        input: input.to_owned(),
        column: name.to_owned(),
        row: names.name(row),
        value,
    };
    let values: Vec<Option<f64>> = match column.dtype() {
        DataType::String => {
            let mut out = Vec::with_capacity(column.len());
            for (row, text) in column.str().map_err(read(input))?.iter().enumerate() {
                let text = text.map(str::trim).filter(|t| !t.is_empty());
                out.push(match text {
                    None => None,
                    Some(t) => Some(t.parse::<f64>().map_err(|_| invalid(row, t.to_owned()))?),
                });
            }
            out
        }
        DataType::List(_) => {
            let lists = column.list().map_err(read(input))?;
            let mut out = Vec::with_capacity(column.len());
            for (row, list) in lists.series_iter().enumerate() {
                let values: Vec<Option<f64>> = match list {
                    None => Vec::new(),
                    Some(series) => {
                        let floats = series.cast(&DataType::Float64).map_err(read(input))?;
                        floats.f64().map_err(read(input))?.iter().collect()
                    }
                };
                let values: Vec<f64> = values.into_iter().flatten().collect();
                if values.len() > 1 {
                    return Err(invalid(row, format!("{values:?}")));
                }
                out.push(values.first().copied());
            }
            out
        }
        _ => {
            let floats = column.cast(&DataType::Float64).map_err(read(input))?;
            floats.f64().map_err(read(input))?.iter().collect()
        }
    };
    if let Some((row, v)) = values
        .iter()
        .enumerate()
        .find_map(|(i, v)| v.filter(|v| !v.is_finite()).map(|v| (i, v)))
    {
        return Err(invalid(row, v.to_string()));
    }
    Ok(values)
}

fn weight_values(df: &DataFrame, names: &RowNames, input: &str) -> Result<Vec<f64>, TableError> {
    let column = df.column(WEIGHT).map_err(read(input))?;
    let invalid = |row: usize, value: String| TableError::InvalidWeight {
        input: input.to_owned(),
        row: names.name(row),
        value,
    };
    let values = number_values(column, WEIGHT, names, input).map_err(|e| match e {
        TableError::InvalidNumber { row, value, .. } => TableError::InvalidWeight {
            input: input.to_owned(),
            row,
            value,
        },
        other => other,
    })?;
    values
        .into_iter()
        .enumerate()
        .map(|(row, v)| match v {
            Some(w) if w > 0.0 => Ok(w),
            Some(w) => Err(invalid(row, w.to_string())),
            None => Err(invalid(row, String::new())),
        })
        .collect()
}

fn group_values(
    df: &DataFrame,
    breakdown: &Breakdown,
    input: &str,
) -> Result<Vec<Option<usize>>, TableError> {
    let column = df
        .column(&group_column(breakdown))
        .and_then(|c| c.cast(&DataType::UInt32))
        .map_err(read(input))?;
    let groups = breakdown.groups.len();
    Ok(column
        .u32()
        .map_err(read(input))?
        .iter()
        .map(|g| g.map(|g| g as usize).filter(|&g| g < groups))
        .collect())
}

fn pl_path(path: &Path, input: &str) -> Result<PlRefPath, TableError> {
    PlRefPath::try_from_path(path).map_err(read(input))
}

fn read(input: &str) -> impl Fn(PolarsError) -> TableError + '_ {
    move |error| TableError::Read {
        input: input.to_owned(),
        error,
    }
}

fn io_error(input: &str, error: std::io::Error) -> TableError {
    TableError::Read {
        input: input.to_owned(),
        error: PolarsError::from(error),
    }
}

#[cfg(test)]
mod tests {
    use super::ShortText;

    #[test]
    fn short_texts_differ_exactly_when_the_texts_do() {
        let texts = [
            "",
            "a",
            "a\0",
            "yes",
            "yes;no",
            "12345678",
            "123456789",
            "x".repeat(23).leak(),
        ];
        for a in texts {
            for b in texts {
                assert_eq!(ShortText::of(a) == ShortText::of(b), a == b, "{a:?} {b:?}");
            }
        }
        assert!(ShortText::of(&"x".repeat(24)).is_none());
    }
}
