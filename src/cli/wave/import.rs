//! `atmos wave import FILE --survey S --wave LABEL --mapping MAP [--dry-run]`: a respondent
//! file of an earlier round as a closed wave (crates/import does the mapping and checking, the
//! store writes everything in one transaction).

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context as _, bail};
use atmos_import::{Format, Importer, Mapping, Period, Source, TextTable};
use atmos_store::{NewWave, PgConnection};
use atmos_survey::Survey;
use chrono::{DateTime, Utc};

use super::{parse_end, parse_start};

#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The respondent file: .csv (UTF-8), .xlsx or .parquet, one row per respondent.
    file: PathBuf,
    /// The survey the round belongs to (stored with `atmos survey load`).
    #[arg(long)]
    survey: String,
    /// The new wave's label, usually the round's year: 2020.
    #[arg(long)]
    wave: String,
    /// The mapping file (TOML): which column is which question, and the codes.
    #[arg(long)]
    mapping: PathBuf,
    /// First day of the round's fieldwork (YYYY-MM-DD or RFC 3339); without --opens and
    /// --closes, the days of the file's first and last submission time (mapping's
    /// submitted_column).
    #[arg(long, value_parser = parse_start, requires = "closes")]
    opens: Option<DateTime<Utc>>,
    /// Last day of the round's fieldwork (YYYY-MM-DD: to the end of that day, UTC).
    #[arg(long, value_parser = parse_end, requires = "opens")]
    closes: Option<DateTime<Utc>>,
    /// Only check: read every row and report every problem; store nothing.
    #[arg(long)]
    dry_run: bool,
}

pub fn run(args: &ImportArgs, conn: &mut PgConnection) -> anyhow::Result<ExitCode> {
    let (survey_id, label) = (&args.survey, &args.wave);
    let mapping = Mapping::load(&args.mapping)?;
    let format = Format::detect(&args.file, mapping.file.format.as_deref())?;
    let given = match (args.opens, args.closes) {
        (Some(opens), Some(closes)) if closes <= opens => {
            bail!("--closes must be after --opens")
        }
        (Some(opens), Some(closes)) => Some(Period { opens, closes }),
        _ => None,
    };
    if given.is_none() && mapping.file.submitted_column.is_none() {
        bail!(
            "the round's period is needed: give --opens and --closes (its fieldwork dates), or \
             map the file's submission times with `submitted_column` in the mapping's [file] table"
        );
    }

    let stored = atmos_store::latest_questionnaire(conn, survey_id)?.with_context(|| {
        format!(
            "survey {survey_id:?} is not stored; load its definition first: \
             atmos survey load surveys/{survey_id}"
        )
    })?;
    let survey = Survey::from_snapshot(stored.definition).with_context(|| {
        format!(
            "the stored questionnaire of {survey_id} (version {}) cannot be read",
            stored.version
        )
    })?;
    // Checked before reading the file; the store refuses it again inside the transaction.
    if atmos_store::find_wave(conn, survey_id, label)?.is_some() {
        bail!(
            "wave {survey_id}/{label} exists already: a round is imported once (choose another \
             label to import it as a separate wave); nothing was stored"
        );
    }

    let source = open(&args.file, format, &mapping)?;
    let importer = Importer::new(&survey, &mapping, source.headers());
    let report = importer.check(&source, given.as_ref())?;
    println!(
        "{} {} as wave {survey_id}/{label} (questionnaire version {}), mapping {}",
        if args.dry_run {
            "dry run:"
        } else {
            "importing"
        },
        args.file.display(),
        stored.version,
        args.mapping.display()
    );
    print!("{report}");
    let period = given.or_else(|| report.submitted.map(|(a, b)| Period::covering(a, b)));

    let mut refusal = None;
    if !report.is_clean() {
        refusal = Some(format!(
            "{} problems in {} of {} rows and the mapping (listed above)",
            report.problem_count(),
            report.invalid_rows(),
            report.rows
        ));
    } else if report.rows == 0 {
        refusal = Some("the file has no data rows".to_owned());
    } else if let Some(p) = period
        && p.opens > Utc::now()
    {
        refusal = Some(format!(
            "the round's period starts in the future ({}): an imported wave is an earlier round",
            p.opens
        ));
    }
    let Some(period) = period.filter(|_| refusal.is_none()) else {
        let why = refusal.unwrap_or_else(|| "the round's period is unknown".to_owned());
        if args.dry_run {
            println!("\nresult: not importable: {why}");
            return Ok(ExitCode::FAILURE);
        }
        bail!("{why}; nothing was stored");
    };
    let period_text = format!(
        "{} - {}",
        period.opens.format("%Y-%m-%d %H:%M"),
        period.closes.format("%Y-%m-%d %H:%M")
    );
    if args.dry_run {
        println!(
            "\nresult: clean: {} responses with {} answers would be imported as wave \
             {survey_id}/{label} ({period_text} UTC); run again without --dry-run to store them",
            report.rows, report.answers
        );
        return Ok(ExitCode::SUCCESS);
    }

    let new = NewWave {
        survey_id: survey_id.clone(),
        label: label.clone(),
        opens_at: Some(period.opens),
        closes_at: Some(period.closes),
        invitation_required: false,
    };
    let responses = importer.responses(&source, period, report.rows)?;
    let summary = atmos_store::try_import_wave(conn, &new, period.opens, period.closes, responses)
        .with_context(|| format!("importing wave {survey_id}/{label}; nothing was stored"))?;
    println!(
        "\nimported wave {survey_id}/{label} (closed, {period_text} UTC): {} responses, {} answers",
        summary.responses, summary.answers
    );
    Ok(ExitCode::SUCCESS)
}

/// The file as rows of text cells: CSV and XLSX read by the import crate, Parquet by the
/// analysis crate (polars stays there).
fn open(path: &std::path::Path, format: Format, mapping: &Mapping) -> anyhow::Result<Source> {
    let file = &mapping.file;
    Ok(match format {
        Format::Csv => Source::csv(path, file.delimiter.as_deref())?,
        Format::Xlsx => Source::xlsx(path, file.sheet.as_deref())?,
        Format::Parquet => {
            let separator = file.choice_separator.as_deref().unwrap_or(";");
            let table = atmos_analysis::text_table::read_parquet_text(path, separator)?;
            Source::table(
                &path.display().to_string(),
                TextTable {
                    headers: table.headers,
                    rows: table.rows,
                },
            )?
        }
    })
}
