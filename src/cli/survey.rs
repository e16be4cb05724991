//! `atmos survey validate|load`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use atmos_survey::{Loaded, SurveyError};
use clap::Subcommand;

use super::database;

#[derive(Debug, Subcommand)]
pub enum SurveyCommand {
    /// Check a survey directory and report each locale's text coverage.
    Validate {
        dir: PathBuf,
        /// The i18n directory (default: `i18n/` beside the surveys directory).
        #[arg(long)]
        i18n: Option<PathBuf>,
    },
    /// Validate and store a survey as a frozen questionnaire version.
    Load {
        dir: PathBuf,
        #[arg(long)]
        i18n: Option<PathBuf>,
    },
}

pub fn run(cmd: SurveyCommand, database_url: &str) -> anyhow::Result<ExitCode> {
    match cmd {
        SurveyCommand::Validate { dir, i18n } => match load(&dir, i18n.as_deref()) {
            Ok(loaded) => {
                print_summary(&loaded);
                Ok(ExitCode::SUCCESS)
            }
            Err(SurveyError::Invalid(diagnostics)) => {
                for d in &diagnostics {
                    eprintln!("{d}");
                }
                eprintln!(
                    "{}: {} problem(s); the survey is not valid",
                    dir.display(),
                    diagnostics.len()
                );
                Ok(ExitCode::FAILURE)
            }
            Err(other) => Err(other.into()),
        },
        SurveyCommand::Load { dir, i18n } => {
            let loaded = load(&dir, i18n.as_deref())
                .with_context(|| format!("cannot load {}", dir.display()))?;
            let mut conn = database::ready(database_url)?;
            let stored = store_survey(&mut conn, &loaded)?;
            println!("{stored}");
            Ok(ExitCode::SUCCESS)
        }
    }
}

pub fn load(dir: &Path, i18n: Option<&Path>) -> Result<Loaded, SurveyError> {
    match i18n {
        Some(i18n) => atmos_survey::load_with_i18n(dir, i18n),
        None => atmos_survey::load(dir),
    }
}

/// Store a loaded survey; returns a line saying what happened.
pub fn store_survey(
    conn: &mut atmos_store::PgConnection,
    loaded: &Loaded,
) -> anyhow::Result<String> {
    let survey = &loaded.survey;
    let stored = atmos_store::store_questionnaire(
        conn,
        &survey.id,
        &survey.snapshot(),
        &survey.snapshot_hash(),
    )?;
    let short = stored.hash.get(..12).unwrap_or(&stored.hash);
    Ok(if stored.created {
        format!(
            "survey {}: stored questionnaire version {} ({short})",
            survey.id, stored.version
        )
    } else {
        format!(
            "survey {}: unchanged, version {} ({short})",
            survey.id, stored.version
        )
    })
}

fn print_summary(loaded: &Loaded) {
    let s = &loaded.survey;
    let questions: usize = s.pages.iter().map(|p| p.questions.len()).sum();
    println!(
        "{}: valid — {} pages, {} questions, {} option sets, {} indicators, {} breakdowns, margins for {} wave(s)",
        s.id,
        s.pages.len(),
        questions,
        s.option_sets.len(),
        s.indicators.len(),
        s.breakdowns.len(),
        s.margins.len()
    );
    println!("text coverage:");
    for c in &loaded.coverage {
        let default = if c.locale == s.default_locale {
            " (default)"
        } else {
            ""
        };
        println!(
            "  {:<6} {:>6.1}%  {}/{} messages{default}  {}",
            c.locale,
            c.percent(),
            c.present,
            c.needed,
            c.file.display()
        );
        if !c.missing.is_empty() {
            let shown: Vec<&str> = c.missing.iter().take(8).map(String::as_str).collect();
            let more = c.missing.len().saturating_sub(shown.len());
            let tail = if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            };
            println!("         missing: {}{tail}", shown.join(", "));
        }
        if !c.unused.is_empty() {
            println!("         unused:  {}", c.unused.join(", "));
        }
    }
}
