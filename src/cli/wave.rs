//! `atmos wave create|open|close|list|invitations|import`.

mod import;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context as _, bail};
use chrono::{DateTime, NaiveDate, Utc};
use clap::Subcommand;

use super::database;

#[derive(Debug, Subcommand)]
pub enum WaveCommand {
    /// Create a wave (in draft) running the survey's latest stored questionnaire.
    Create {
        #[arg(long)]
        survey: String,
        /// The wave's label, usually its year: 2026.
        #[arg(long)]
        label: String,
        /// First day answers are accepted (YYYY-MM-DD, or an RFC 3339 time).
        #[arg(long, value_parser = parse_start)]
        opens: Option<DateTime<Utc>>,
        /// Last day answers are accepted (YYYY-MM-DD: to the end of that day, UTC).
        #[arg(long, value_parser = parse_end)]
        closes: Option<DateTime<Utc>>,
        /// Answering needs a one-time invitation code.
        #[arg(long)]
        invitations: bool,
    },
    /// Open a draft wave for answers.
    Open { survey: String, label: String },
    /// Close an open wave; no answers are accepted after this.
    Close { survey: String, label: String },
    /// Generate one-time invitation codes for a wave and write them as CSV. Only their
    /// hashes are stored: this file is the only copy of the codes.
    Invitations {
        survey: String,
        label: String,
        /// How many codes to make.
        #[arg(long)]
        count: usize,
        /// CSV file to write (refuses to overwrite); `-` for standard output.
        #[arg(long)]
        out: PathBuf,
    },
    /// List waves with their status and submitted responses.
    List {
        #[arg(long)]
        survey: Option<String>,
    },
    /// Import a respondent file of an earlier round (CSV, XLSX or Parquet) as a closed wave,
    /// its columns and codes translated by a mapping file (crates/import/README.md). Every
    /// row is checked first; nothing is stored unless all are valid.
    Import(import::ImportArgs),
}

pub fn run(cmd: WaveCommand, database_url: &str) -> anyhow::Result<ExitCode> {
    let mut conn = database::ready(database_url)?;
    match cmd {
        WaveCommand::Import(args) => return import::run(&args, &mut conn),
        WaveCommand::Create {
            survey,
            label,
            opens,
            closes,
            invitations,
        } => {
            let wave = atmos_store::create_wave(
                &mut conn,
                &atmos_store::NewWave {
                    survey_id: survey.clone(),
                    label: label.clone(),
                    opens_at: opens,
                    closes_at: closes,
                    invitation_required: invitations,
                },
            )?;
            println!(
                "created wave {survey}/{label} (draft, questionnaire id {}); open it with `atmos wave open {survey} {label}`",
                wave.questionnaire_id
            );
        }
        WaveCommand::Open { survey, label } => {
            atmos_store::open_wave(&mut conn, &survey, &label)?;
            println!("wave {survey}/{label} is open");
        }
        WaveCommand::Close { survey, label } => {
            atmos_store::close_wave(&mut conn, &survey, &label)?;
            println!("wave {survey}/{label} is closed");
        }
        WaveCommand::Invitations {
            survey,
            label,
            count,
            out,
        } => {
            if count == 0 || count > 1_000_000 {
                bail!("--count must be between 1 and 1000000");
            }
            let wave = atmos_store::find_wave(&mut conn, &survey, &label)?
                .with_context(|| format!("unknown wave {survey}/{label}"))?;
            let codes: Vec<String> = (0..count)
                .map(|_| atmos_web::codes::new_invitation_code())
                .collect();
            let hashes: Vec<[u8; 32]> = codes.iter().map(|c| atmos_web::codes::hash(c)).collect();
            let mut csv = String::from("code\n");
            for c in &codes {
                csv.push_str(c);
                csv.push('\n');
            }
            // Write the file first: codes stored without their only copy would be useless.
            if out.as_os_str() == "-" {
                atmos_store::create_invitations(&mut conn, wave.id, &hashes)?;
                print!("{csv}");
            } else {
                let mut file = std::fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .open(&out)
                    .with_context(|| format!("cannot create {}", out.display()))?;
                std::io::Write::write_all(&mut file, csv.as_bytes())?;
                file.sync_all()?;
                if let Err(e) = atmos_store::create_invitations(&mut conn, wave.id, &hashes) {
                    let _ = std::fs::remove_file(&out);
                    return Err(e.into());
                }
                println!(
                    "{count} invitation codes for {survey}/{label} written to {}",
                    out.display()
                );
                if !wave.invitation_required {
                    println!(
                        "note: this wave does not require invitations (create it with --invitations)"
                    );
                }
            }
        }
        WaveCommand::List { survey } => {
            let waves = atmos_store::list_waves(&mut conn, survey.as_deref())?;
            if waves.is_empty() {
                println!("no waves");
            }
            println!(
                "{:<20} {:<8} {:<7} {:<12} {:<12} {:>9}",
                "survey", "wave", "status", "opens", "closes", "responses"
            );
            for w in waves {
                let day = |d: Option<DateTime<Utc>>| {
                    d.map_or_else(|| "-".to_string(), |d| d.format("%Y-%m-%d").to_string())
                };
                println!(
                    "{:<20} {:<8} {:<7} {:<12} {:<12} {:>9}",
                    w.wave.survey_id,
                    w.wave.label,
                    w.wave.status.as_str(),
                    day(w.wave.opens_at),
                    day(w.wave.closes_at),
                    w.responses_submitted
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn parse_start(s: &str) -> anyhow::Result<DateTime<Utc>> {
    parse_time(s, false)
}

fn parse_end(s: &str) -> anyhow::Result<DateTime<Utc>> {
    parse_time(s, true)
}

fn parse_time(s: &str, end_of_day: bool) -> anyhow::Result<DateTime<Utc>> {
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Ok(t.with_timezone(&Utc));
    }
    let day = NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .with_context(|| format!("'{s}' is not a date (YYYY-MM-DD) or an RFC 3339 time"))?;
    let day = if end_of_day {
        day.succ_opt().context("date out of range")?
    } else {
        day
    };
    match day.and_hms_opt(0, 0, 0) {
        Some(t) => Ok(t.and_utc()),
        None => bail!("'{s}' is out of range"),
    }
}
