//! `atmos demo`: synthetic earlier waves of a survey, written through the store's import.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context as _, bail};
use atmos_store::{PgConnection, StoreError};
use atmos_survey::Survey;
use chrono::Utc;
use indicatif::{ProgressBar, ProgressStyle};

use super::{database, survey};
use crate::demo::{self, DemoWave};

#[derive(Debug, clap::Args)]
pub struct DemoArgs {
    /// The survey to answer: a stored survey, or one under --surveys (stored first).
    #[arg(long, default_value = demo::DEFAULT_SURVEY)]
    survey: String,
    /// Respondents per wave.
    #[arg(long, default_value_t = demo::DEFAULT_RESPONDENTS,
          value_parser = clap::value_parser!(u32).range(1..))]
    respondents: u32,
    /// Seed of the random draws: the same seed gives the same answers.
    #[arg(long, default_value_t = demo::DEFAULT_SEED)]
    seed: u64,
    /// The waves to make, by year (each fielded September 1 - October 31).
    #[arg(long, value_delimiter = ',', default_value = "2020,2022,2024")]
    waves: Vec<i32>,
    /// Directory holding the survey definitions.
    #[arg(long, default_value = "surveys")]
    surveys: PathBuf,
    /// Write the waves to this respondent file (.csv or .parquet, the format of
    /// `atmos analyze --input`) instead of the database; the survey is read from --surveys.
    #[arg(long)]
    out: Option<PathBuf>,
}

/// What to generate, once checked.
#[derive(Debug, Clone)]
pub struct Plan {
    pub waves: Vec<DemoWave>,
    pub respondents: u32,
    pub seed: u64,
}

impl Plan {
    /// The default demo: 2020, 2022 and 2024 with 2,500 respondents each.
    pub fn default_waves() -> anyhow::Result<Plan> {
        Ok(Plan {
            waves: demo::parse_waves(&demo::DEFAULT_YEARS, Utc::now())?,
            respondents: demo::DEFAULT_RESPONDENTS,
            seed: demo::DEFAULT_SEED,
        })
    }
}

pub fn run(args: DemoArgs, database_url: &str) -> anyhow::Result<ExitCode> {
    let plan = Plan {
        waves: demo::parse_waves(&args.waves, Utc::now())?,
        respondents: args.respondents,
        seed: args.seed,
    };
    if !is_survey_id(&args.survey) {
        bail!(
            "unknown survey {:?}: survey ids are lowercase letters, digits and '-'",
            args.survey
        );
    }
    if let Some(out) = &args.out {
        write_file(out, &args.survey, &args.surveys, &plan)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut conn = database::ready(database_url)?;
    let survey = stored_or_bundled(&mut conn, &args.survey, &args.surveys)?;
    write_waves(&mut conn, &survey, &plan)?;
    Ok(ExitCode::SUCCESS)
}

/// `--out`: the waves as a respondent file, without a database.
fn write_file(out: &Path, survey_id: &str, surveys_dir: &Path, plan: &Plan) -> anyhow::Result<()> {
    demo::file::Format::of(out)?;
    let dir = surveys_dir.join(survey_id);
    let loaded =
        survey::load(&dir, None).with_context(|| format!("cannot load {}", dir.display()))?;
    let started = Instant::now();
    let total = u64::from(plan.respondents) * plan.waves.len() as u64;
    let bar = progress_bar(total, survey_id);
    let rows = demo::file::write(
        out,
        &loaded.survey,
        &plan.waves,
        plan.respondents,
        plan.seed,
        || bar.inc(1),
    )?;
    bar.finish_and_clear();
    println!(
        "demo: {rows} synthetic respondents of {survey_id} ({} waves) written to {} in {:.1} s",
        plan.waves.len(),
        out.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// The survey's latest stored questionnaire (what a new wave runs), or the bundled definition
/// under `surveys_dir`, stored first.
fn stored_or_bundled(
    conn: &mut PgConnection,
    survey_id: &str,
    surveys_dir: &Path,
) -> anyhow::Result<Survey> {
    if let Some(stored) = atmos_store::latest_questionnaire(conn, survey_id)? {
        return Survey::from_snapshot(stored.definition).with_context(|| {
            format!(
                "the stored questionnaire of {survey_id} (version {}) cannot be read",
                stored.version
            )
        });
    }
    let dir = surveys_dir.join(survey_id);
    if !dir.join("survey.toml").is_file() {
        bail!(
            "unknown survey {survey_id:?}: it is not stored and {} has no survey.toml",
            dir.display()
        );
    }
    let loaded =
        survey::load(&dir, None).with_context(|| format!("cannot load {}", dir.display()))?;
    println!("{}", survey::store_survey(conn, &loaded)?);
    Ok(loaded.survey)
}

/// Writes each planned wave that does not exist yet; an existing label is skipped with a
/// message, so running the demo again adds nothing.
pub fn write_waves(conn: &mut PgConnection, survey: &Survey, plan: &Plan) -> anyhow::Result<()> {
    let id = &survey.id;
    for wave in &plan.waves {
        if atmos_store::find_wave(conn, id, &wave.label)?.is_some() {
            println!("demo: wave {id}/{} exists; left as it is", wave.label);
            continue;
        }
        let started = Instant::now();
        let bar = progress_bar(u64::from(plan.respondents), &format!("{id}/{}", wave.label));
        let responses =
            demo::responses(survey, wave, plan.respondents, plan.seed).inspect(|_| bar.inc(1));
        let imported = atmos_store::try_import_wave(
            conn,
            &wave.new_wave(id),
            wave.opens_at,
            wave.closes_at,
            responses,
        );
        bar.finish_and_clear();
        match imported {
            Ok(summary) => println!(
                "demo: wave {id}/{} (closed, synthetic): {} respondents, {} answers written in {:.1} s",
                wave.label,
                summary.responses,
                summary.answers,
                started.elapsed().as_secs_f64()
            ),
            Err(StoreError::WaveExists { .. }) => {
                println!("demo: wave {id}/{} exists; left as it is", wave.label);
            }
            Err(error) => {
                return Err(error).with_context(|| format!("demo wave {id}/{}", wave.label));
            }
        }
    }
    Ok(())
}

/// A bar on standard error; indicatif draws nothing when that is not a terminal.
fn progress_bar(len: u64, prefix: &str) -> ProgressBar {
    let bar = ProgressBar::new(len);
    if let Ok(style) = ProgressStyle::with_template(
        "{prefix} [{bar:40}] {pos}/{len} respondents, {per_sec}, {eta} left",
    ) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_prefix(prefix.to_owned());
    bar
}

fn is_survey_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}
