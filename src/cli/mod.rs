//! Command-line interface: argument definitions and dispatch.

mod analyze;
mod chart;
mod database;
mod demo;
mod report;
mod serve;
mod survey;
mod up;
mod user;
mod wave;

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
    /// Prepare everything and serve: migrate, load the bundled surveys, open this year's
    /// wave, then run the web server and print the survey's address.
    Up {
        /// Only prepare the database; do not start the server.
        #[arg(long)]
        no_serve: bool,
        /// Do not add the synthetic demo waves (2020, 2022, 2024) to a survey that has no
        /// earlier waves.
        #[arg(long)]
        no_demo: bool,
        #[command(flatten)]
        serve: serve::ServeArgs,
    },
    /// Run the web server (the respondent forms).
    Serve(serve::ServeArgs),
    /// Create the database if needed and apply pending migrations.
    Migrate,
    /// Check and store survey definitions.
    #[command(subcommand)]
    Survey(survey::SurveyCommand),
    /// Create, open, close and list waves (rounds of a survey).
    #[command(subcommand)]
    Wave(wave::WaveCommand),
    /// Write SYNTHETIC earlier waves of a survey (closed, with made-up respondents whose
    /// answers follow published figures) for demonstrations; existing waves are left alone.
    Demo(demo::DemoArgs),
    /// Indicator tables of a survey's waves (weighted estimates, intervals, comparisons,
    /// small cells hidden), from the database or a respondent file.
    Analyze(analyze::AnalyzeArgs),
    /// A chart of a survey's indicators (trend, groups or a theme's overview) as SVG or PNG,
    /// in a chosen language, from the database or a respondent file.
    Chart(chart::ChartArgs),
    /// Staff accounts of the dashboard: add, list, disable, enable, reset a password.
    #[command(subcommand)]
    User(user::UserCommand),
    /// The wave-comparison report as one self-contained HTML file (summary, programme
    /// targets, themes with charts and tables, groups, methods) that prints well to PDF.
    Report(report::ReportArgs),
}

pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Up {
            no_serve,
            no_demo,
            serve,
        } => {
            let urls = up::run(&cli.database_url, &serve.surveys, !no_demo)?;
            if no_serve {
                return Ok(ExitCode::SUCCESS);
            }
            for path in urls {
                println!("survey form: http://{}{path}", serve.bind);
            }
            println!("dashboard: http://{}/dashboard", serve.bind);
            serve::run(&serve, &cli.database_url)
        }
        Command::Serve(args) => serve::run(&args, &cli.database_url),
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
        Command::Demo(args) => demo::run(args, &cli.database_url),
        Command::Analyze(args) => analyze::run(args, &cli.database_url),
        Command::Chart(args) => chart::run(args, &cli.database_url),
        Command::Report(args) => report::run(args, &cli.database_url),
        Command::User(cmd) => user::run(cmd, &cli.database_url),
    }
}
