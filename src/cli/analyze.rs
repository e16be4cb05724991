//! `atmos analyze`: indicator tables of a survey's waves, from PostgreSQL or a respondent file.
//!
//! From the database: the waves' submitted answers are exported with `COPY` (only the questions
//! the indicators and breakdowns need; never free text) to a temporary file, and the frame is
//! built from it with polars. The indicators, breakdowns and margins are those of the
//! questionnaire version the last analysed wave (with responses) ran. With `--input`, a
//! respondent file (CSV or Parquet, format in crates/analysis/README.md) is analysed against the
//! survey directory, without a database.
//!
//! Output is all or nothing: the table is computed completely before anything is written, and
//! `--out` is written to a temporary file renamed into place.

use std::io::{BufWriter, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, bail};
use atmos_analysis::frame::{from_long_csv_file, from_respondent_file, plan_for_file};
use atmos_analysis::report::{to_csv, to_json, to_text};
use atmos_analysis::{
    DEFAULT_MIN_N, IndicatorTable, Plan, Request, ShareInterval, Weighting, build_table,
};
use clap::{Args, ValueEnum};

use super::database;

#[derive(Debug, Args)]
pub struct AnalyzeArgs {
    /// The survey's id.
    #[arg(long)]
    survey: String,
    /// Waves to analyse, in the order to compare them (default: every wave with responses,
    /// by period).
    #[arg(long, value_delimiter = ',')]
    waves: Vec<String>,
    /// Breakdowns: every indicator also for each group of these (e.g. gender,age_band).
    #[arg(long, value_delimiter = ',')]
    by: Vec<String>,
    /// Indicators to compute (default: all); a per-row indicator's id selects all its rows.
    #[arg(long, value_delimiter = ',')]
    indicators: Vec<String>,
    /// Analyse this respondent file (.csv or .parquet) instead of the database.
    #[arg(long)]
    input: Option<PathBuf>,
    /// The survey definition for --input (default: surveys/<survey>).
    #[arg(long, requires = "input")]
    survey_dir: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    #[command(flatten)]
    estimation: EstimationArgs,
    /// Interval of shares: logit (Korn-Graubard for small or extreme cells), or Korn-Graubard
    /// for every share.
    #[arg(long, value_enum, default_value_t = Ci::Logit)]
    ci: Ci,
    /// Write to this file instead of standard output.
    #[arg(long)]
    out: Option<PathBuf>,
}

/// How the table is estimated and published: the options `analyze`, `chart` and `report`
/// share.
#[derive(Debug, Clone, Args)]
pub struct EstimationArgs {
    /// Hide cells with fewer answers than this (0: hide nothing, for analysts with microdata
    /// rights only).
    #[arg(long, default_value_t = DEFAULT_MIN_N)]
    pub min_n: usize,
    /// Do not weight (default: rake each wave to its population margins).
    #[arg(long)]
    pub unweighted: bool,
    /// With --input: weights from this column instead of raking.
    #[arg(long, requires = "input", conflicts_with = "unweighted")]
    pub weight_column: Option<String>,
    /// Confidence level of intervals.
    #[arg(long, default_value_t = 0.95)]
    pub level: f64,
}

impl Default for EstimationArgs {
    fn default() -> Self {
        Self {
            min_n: DEFAULT_MIN_N,
            unweighted: false,
            weight_column: None,
            level: 0.95,
        }
    }
}

impl EstimationArgs {
    pub fn weighting(&self) -> Weighting {
        match (&self.weight_column, self.unweighted) {
            (Some(column), _) => Weighting::Column(column.clone()),
            (None, true) => Weighting::Unweighted,
            (None, false) => Weighting::Raked,
        }
    }
}

impl AnalyzeArgs {
    /// Where the answers come from, for `atmos chart`, which computes its table the same way
    /// (`from_file`, `from_database`); everything else at its default.
    pub(crate) fn source(
        survey: String,
        waves: Vec<String>,
        input: Option<PathBuf>,
        survey_dir: Option<PathBuf>,
    ) -> Self {
        Self {
            survey,
            waves,
            by: Vec::new(),
            indicators: Vec::new(),
            input,
            survey_dir,
            format: Format::Table,
            estimation: EstimationArgs::default(),
            ci: Ci::Logit,
            out: None,
        }
    }
}

/// A computed table, the questionnaire its indicators come from, and (from the database) the
/// questionnaire version (id) each analysed wave ran, for `atmos chart`'s breaks.
#[derive(Debug)]
pub(crate) struct Analysed {
    pub(crate) table: IndicatorTable,
    pub(crate) survey: atmos_survey::Survey,
    pub(crate) questionnaires: Vec<(String, String)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// A readable table.
    Table,
    /// The whole table as JSON.
    Json,
    /// One row per cell, comparison, distribution share and distribution test, every field.
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Ci {
    Logit,
    KornGraubard,
}

pub fn run(args: AnalyzeArgs, database_url: &str) -> anyhow::Result<ExitCode> {
    let request = Request {
        indicators: args.indicators.clone(),
        breakdowns: args.by.clone(),
        waves: args.waves.clone(),
        weighting: args.estimation.weighting(),
        min_n: args.estimation.min_n,
        level: args.estimation.level,
        share_interval: match args.ci {
            Ci::Logit => ShareInterval::Logit,
            Ci::KornGraubard => ShareInterval::KornGraubard,
        },
        ..Request::default()
    };
    let table = match &args.input {
        Some(input) => from_file(&args, input, request)?,
        None => from_database(&args, database_url, request)?,
    }
    .table;
    let text = match args.format {
        Format::Table => to_text(&table),
        Format::Json => to_json(&table),
        Format::Csv => to_csv(&table),
    };
    match &args.out {
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout.write_all(text.as_bytes())?;
            stdout.flush()?;
        }
        Some(path) => crate::output::write_output(path, text.as_bytes())?,
    }
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn from_file(
    args: &AnalyzeArgs,
    input: &Path,
    request: Request,
) -> anyhow::Result<Analysed> {
    let dir = args
        .survey_dir
        .clone()
        .unwrap_or_else(|| Path::new("surveys").join(&args.survey));
    let loaded = atmos_survey::load(&dir)
        .with_context(|| format!("cannot load the survey definition {}", dir.display()))?;
    if loaded.survey.id != args.survey {
        bail!(
            "{} defines survey {:?}, not {:?}",
            dir.display(),
            loaded.survey.id,
            args.survey
        );
    }
    let plan = plan_for_file(input, &loaded.survey, request)?;
    let frame = from_respondent_file(input, &plan)?;
    let table = build_table(&plan, &frame)?;
    Ok(Analysed {
        table,
        survey: loaded.survey,
        questionnaires: Vec::new(),
    })
}

pub(crate) fn from_database(
    args: &AnalyzeArgs,
    database_url: &str,
    request: Request,
) -> anyhow::Result<Analysed> {
    let mut conn = database::ready(database_url)?;
    let labels: Vec<&str> = args.waves.iter().map(String::as_str).collect();
    let waves = atmos_store::export_waves(&mut conn, &args.survey, &labels)?;
    let counts = atmos_store::list_waves(&mut conn, Some(&args.survey))?;
    let has_responses = |id: i64| {
        counts
            .iter()
            .any(|w| w.wave.id == id && w.responses_submitted > 0)
    };
    let Some(defining) = waves
        .iter()
        .rev()
        .find(|w| has_responses(w.id))
        .or(waves.last())
    else {
        bail!("survey {:?} has no waves", args.survey);
    };
    let stored = atmos_store::questionnaire(&mut conn, defining.questionnaire_id)?
        .with_context(|| format!("the questionnaire of wave {} is missing", defining.label))?;
    let survey = atmos_survey::Survey::from_snapshot(stored.definition)
        .with_context(|| format!("reading the questionnaire of wave {}", defining.label))?;
    if waves
        .iter()
        .any(|w| w.questionnaire_id != defining.questionnaire_id && has_responses(w.id))
    {
        eprintln!(
            "note: the waves ran different questionnaire versions; indicators, breakdowns and \
             margins follow version {} (wave {})",
            stored.version, defining.label
        );
    }
    let plan = Plan::new(&survey, request)?;
    let questions = plan.questions();
    let questions: Vec<&str> = questions.iter().map(String::as_str).collect();

    let export = tempfile::NamedTempFile::new().context("creating a temporary file")?;
    let summary = {
        let mut sink = BufWriter::new(export.as_file());
        let summary = atmos_store::export_answers_csv(
            &mut conn,
            &args.survey,
            &labels,
            Some(&questions),
            &mut sink,
        )?;
        sink.flush().context("writing the answer export")?;
        summary
    };
    let order: Vec<String> = summary.waves.iter().map(|w| w.label.clone()).collect();
    let frame = from_long_csv_file(export.path(), &plan, &order)?;
    let table = build_table(&plan, &frame)?;
    let questionnaires = waves
        .iter()
        .map(|w| (w.label.clone(), w.questionnaire_id.to_string()))
        .collect();
    Ok(Analysed {
        table,
        survey,
        questionnaires,
    })
}
