//! `atmos report`: the wave-comparison report of a survey as one self-contained HTML file.
//!
//! The table is computed exactly as `atmos analyze` and `atmos chart` compute it (from the
//! database, or from a respondent file with `--input`), then atmos-report writes the HTML in
//! `--lang`. Programme targets come from the survey directory's targets.toml (`--survey-dir`,
//! default `surveys/<survey>`), checked against the analysed questionnaire. Without `--by`,
//! the groups are those of every breakdown the survey directory defines.
//!
//! All or nothing: bad input (an unknown survey or wave, a wave without data, an unknown
//! language, no wave) stops before anything is written; the file is written to a temporary
//! file renamed into place.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, bail};
use atmos_analysis::Request;
use atmos_i18n::{Catalog, LanguageIdentifier};
use atmos_report::ReportInput;
use clap::Args;

use super::analyze::{self, AnalyzeArgs};
use super::chart;

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The survey's id.
    #[arg(long)]
    survey: String,
    /// Waves to report, oldest first; changes are from the first to the last.
    #[arg(long, value_delimiter = ',', required = true)]
    waves: Vec<String>,
    /// Language of the report (fi, sv, en; others fall back along the chain: ar, fa, ...).
    #[arg(long, default_value = "fi")]
    lang: String,
    /// Groups to compare (gender, age_band, ...); default: every breakdown of the survey
    /// directory.
    #[arg(long, value_delimiter = ',')]
    by: Vec<String>,
    /// The report file (.html).
    #[arg(long)]
    out: PathBuf,
    /// Directory of the fluent texts.
    #[arg(long, env = "ATMOS_I18N", default_value = "i18n")]
    i18n: PathBuf,
    /// Analyse this respondent file (.csv or .parquet) instead of the database.
    #[arg(long)]
    input: Option<PathBuf>,
    /// The survey definition: with --input the questionnaire; always the programme targets
    /// (default: surveys/<survey>).
    #[arg(long)]
    survey_dir: Option<PathBuf>,
    #[command(flatten)]
    estimation: analyze::EstimationArgs,
}

/// The breakdowns of the survey directory, for a report without `--by`; none if it does not
/// load (from the database the directory may be missing: the report then has no groups). A
/// CSV respondent file keeps only the breakdowns whose question is one of its columns, so a
/// file of an earlier round without, say, the district still gets a report.
fn default_breakdowns(dir: &Path, input: Option<&Path>) -> anyhow::Result<Vec<String>> {
    let Ok(loaded) = atmos_survey::load(dir) else {
        return Ok(Vec::new());
    };
    let columns: Option<Vec<String>> = match input {
        Some(path)
            if path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("csv")) =>
        {
            let file = std::fs::File::open(path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            let mut header = String::new();
            std::io::BufRead::read_line(&mut std::io::BufReader::new(file), &mut header)
                .with_context(|| format!("cannot read {}", path.display()))?;
            Some(
                header
                    .trim_end()
                    .split(',')
                    .map(|c| c.trim_matches('"').to_owned())
                    .collect(),
            )
        }
        _ => None,
    };
    Ok(loaded
        .survey
        .breakdowns
        .into_iter()
        .filter(|b| columns.as_ref().is_none_or(|c| c.contains(&b.question)))
        .map(|b| b.id)
        .collect())
}

pub fn run(args: ReportArgs, database_url: &str) -> anyhow::Result<ExitCode> {
    let waves: Vec<String> = args
        .waves
        .iter()
        .map(|w| w.trim().to_owned())
        .filter(|w| !w.is_empty())
        .collect();
    if waves.is_empty() {
        bail!("--waves: give at least one wave, e.g. --waves 2022,2024");
    }
    if let Some(w) = waves
        .iter()
        .enumerate()
        .find_map(|(i, w)| waves[..i].contains(w).then_some(w))
    {
        bail!("--waves: wave {w} is given twice");
    }
    let default_locale: LanguageIdentifier = "fi".parse().context("the default locale")?;
    let catalog = Catalog::load(&args.i18n, default_locale)
        .with_context(|| format!("loading the texts in {}", args.i18n.display()))?;
    let locale = chart::language(&catalog, &args.lang)?;
    let dir = args
        .survey_dir
        .clone()
        .unwrap_or_else(|| Path::new("surveys").join(&args.survey));
    if args.input.is_some() && !dir.is_dir() {
        bail!(
            "unknown survey {:?}: no survey definition at {} (give --survey-dir)",
            args.survey,
            dir.display()
        );
    }
    let by = if args.by.is_empty() {
        default_breakdowns(&dir, args.input.as_deref())?
    } else {
        args.by.clone()
    };

    let request = Request {
        breakdowns: by,
        waves: waves.clone(),
        weighting: args.estimation.weighting(),
        min_n: args.estimation.min_n,
        level: args.estimation.level,
        ..Request::default()
    };
    let source = AnalyzeArgs::source(
        args.survey.clone(),
        waves.clone(),
        args.input.clone(),
        args.survey_dir.clone(),
    );
    let analysed = match &args.input {
        Some(input) => analyze::from_file(&source, input, request)?,
        None => analyze::from_database(&source, database_url, request)?,
    };
    let table = &analysed.table;
    for w in &waves {
        if !table.waves.iter().any(|t| &t.wave == w) {
            let available: Vec<&str> = table.waves.iter().map(|t| t.wave.as_str()).collect();
            bail!(
                "unknown wave {w:?} of survey {:?}; the data has: {}",
                args.survey,
                available.join(", ")
            );
        }
    }
    let targets = chart::targets(Some(&dir), &analysed.survey)?;
    let html = atmos_report::render(&ReportInput {
        table,
        survey: &analysed.survey,
        targets: &targets,
        catalog: &catalog,
        locale: &locale,
        questionnaires: &analysed.questionnaires,
    })?;
    crate::output::write_output(&args.out, html.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
