//! Command-line interface: argument definitions and dispatch.

mod database;
mod survey;
mod up;
mod wave;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "atmos",
    version,
    about = "Survey and atmosphere monitoring for municipalities",
    long_about = "Survey and atmosphere monitoring for municipalities: multilingual, accessible \
                  survey forms, responses in PostgreSQL, weighted indicators compared across waves."
)]
pub struct Cli {
    /// PostgreSQL connection URL; the database is created if it does not exist.
    #[arg(
        long,
        global = true,
        env = "DATABASE_URL",
        default_value = atmos_store::DEFAULT_DATABASE_URL,
        hide_env_values = true
    )]
    database_url: String,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Prepare everything to run: migrate, load the bundled surveys, open the current wave.
    Up {
        /// Directory holding the survey definitions.
        #[arg(long, default_value = "surveys")]
        surveys: PathBuf,
    },
    /// Create the database if needed and apply pending migrations.
    Migrate,
    /// Check and store survey definitions.
    #[command(subcommand)]
    Survey(survey::SurveyCommand),
    /// Create, open, close and list waves (rounds of a survey).
    #[command(subcommand)]
    Wave(wave::WaveCommand),
}

pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Up { surveys } => up::run(&cli.database_url, &surveys),
        Command::Migrate => {
            let mut conn = database::connect(&cli.database_url)?;
            let applied = database::migrate(&mut conn)?;
            if applied.is_empty() {
                println!("database is up to date");
            } else {
                for v in applied {
                    println!("applied migration {v}");
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Survey(cmd) => survey::run(cmd, &cli.database_url),
        Command::Wave(cmd) => wave::run(cmd, &cli.database_url),
    }
}
