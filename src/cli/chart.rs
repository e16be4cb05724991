//! `atmos chart`: a chart of a survey's indicator table as SVG or PNG.
//!
//! The table is computed exactly as `atmos analyze` computes it (from the database, or from a
//! respondent file with `--input`; same weighting, suppression and comparisons), then drawn
//! with atmos-charts: the trend of one indicator, the indicator by the groups of a breakdown
//! (`--by`), or every indicator of a theme (`--theme`). Texts come from the `charts` and survey
//! areas of `i18n/` in `--lang`. From the database, a change of questionnaire version between
//! waves draws a break, and a trend draws its indicator's programme target (targets.toml of
//! the survey directory) as a dashed line.
//!
//! All or nothing: bad input (an unknown indicator or theme, a wave without data, an empty
//! breakdown, an unknown language) stops before anything is written, and the file is written
//! to a temporary file renamed into place.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, bail};
use atmos_analysis::Request;
use atmos_charts::{
    BreakdownData, Chart, ChartTexts, DistributionData, RenderOptions, SurveyLabels, TargetLine,
    ThemeData, TrendData, breakdown_chart, distribution_chart, theme_chart, trend_chart,
};
use atmos_i18n::{Catalog, LanguageIdentifier};
use clap::Args;

use super::analyze::{self, AnalyzeArgs};

#[derive(Debug, Args)]
pub struct ChartArgs {
    /// The survey's id.
    #[arg(long)]
    survey: String,
    /// The indicator to draw: its trend over the waves, or with --by its groups.
    #[arg(
        long,
        required_unless_present_any = ["theme", "item"],
        conflicts_with_all = ["theme", "item"]
    )]
    indicator: Option<String>,
    /// Draw the indicator by the groups of this breakdown (gender, age_band, language_group,
    /// years_in_oulu, district, ...), one bar per wave.
    #[arg(long, requires = "indicator")]
    by: Option<String>,
    /// Draw every indicator of this theme (racism, inclusion, services, ...) as small charts.
    #[arg(long, conflicts_with = "item")]
    theme: Option<String>,
    /// Draw the answers to this question (or `question.row` of a matrix) in each wave as
    /// diverging stacked bars: a question behind one of the survey's indicators.
    #[arg(long)]
    item: Option<String>,
    /// Waves to draw, oldest first (default: every wave with responses).
    #[arg(long, value_delimiter = ',')]
    waves: Vec<String>,
    /// Language of the chart's texts and numbers (fi, sv, en, ar, fa, ru, ...).
    #[arg(long, default_value = "fi")]
    lang: String,
    /// The chart file: .svg or .png.
    #[arg(long)]
    out: PathBuf,
    /// Directory of the fluent texts.
    #[arg(long, env = "ATMOS_I18N", default_value = "i18n")]
    i18n: PathBuf,
    /// Width in CSS pixels (the height follows the content).
    #[arg(long, default_value_t = 720.0)]
    width: f64,
    /// PNG pixels per CSS pixel (2: sharp on high-density screens and in print).
    #[arg(long, default_value_t = 2.0)]
    scale: f32,
    /// Analyse this respondent file (.csv or .parquet) instead of the database.
    #[arg(long)]
    input: Option<PathBuf>,
    /// The survey definition for --input (default: surveys/<survey>).
    #[arg(long, requires = "input")]
    survey_dir: Option<PathBuf>,
    #[command(flatten)]
    estimation: analyze::EstimationArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Output {
    Svg,
    Png,
}

fn output_kind(path: &Path) -> anyhow::Result<Output> {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("svg") => Ok(Output::Svg),
        Some("png") => Ok(Output::Png),
        _ => bail!(
            "--out {}: the file must end in .svg or .png",
            path.display()
        ),
    }
}

/// The chart's language: a locale the catalog has texts for (or whose bare language it has).
pub(crate) fn language(catalog: &Catalog, lang: &str) -> anyhow::Result<LanguageIdentifier> {
    let locale: LanguageIdentifier = lang
        .parse()
        .map_err(|_| anyhow::anyhow!("--lang {lang}: not a language tag"))?;
    let known = catalog
        .locales()
        .iter()
        .any(|l| l.language == locale.language);
    if !known {
        let available: Vec<String> = catalog.locales().iter().map(ToString::to_string).collect();
        bail!(
            "--lang {lang}: no texts in this language; available: {}",
            available.join(", ")
        );
    }
    Ok(locale)
}

/// The programme targets of `survey` from its definition directory (`dir`, default
/// `surveys/<id>`), checked against the analysed questionnaire; none when the directory has no
/// targets.toml (from the database, the directory may not be there at all).
pub(crate) fn targets(
    dir: Option<&Path>,
    survey: &atmos_survey::Survey,
) -> anyhow::Result<Vec<atmos_survey::Target>> {
    let dir = dir.map_or_else(|| Path::new("surveys").join(&survey.id), Path::to_path_buf);
    if !dir.join("targets.toml").is_file() {
        return Ok(Vec::new());
    }
    atmos_survey::load_targets(&dir, survey)
        .with_context(|| format!("reading the targets in {}", dir.display()))
}

pub fn run(args: ChartArgs, database_url: &str) -> anyhow::Result<ExitCode> {
    let output = output_kind(&args.out)?;
    if !(args.width.is_finite() && (200.0..=4000.0).contains(&args.width)) {
        bail!("--width {}: give 200 to 4000 pixels", args.width);
    }
    let default_locale: LanguageIdentifier = "fi".parse().context("the default locale")?;
    let catalog = Catalog::load(&args.i18n, default_locale)
        .with_context(|| format!("loading the texts in {}", args.i18n.display()))?;
    let locale = language(&catalog, &args.lang)?;

    let request = Request {
        indicators: args.indicator.iter().cloned().collect(),
        breakdowns: args.by.iter().cloned().collect(),
        waves: args.waves.clone(),
        weighting: args.estimation.weighting(),
        min_n: args.estimation.min_n,
        level: args.estimation.level,
        ..Request::default()
    };
    let source = AnalyzeArgs::source(
        args.survey.clone(),
        args.waves.clone(),
        args.input.clone(),
        args.survey_dir.clone(),
    );
    let analysed = match &args.input {
        Some(input) => analyze::from_file(&source, input, request)?,
        None => analyze::from_database(&source, database_url, request)?,
    };

    let table = &analysed.table;
    let labels = SurveyLabels::new(&analysed.survey, &catalog, locale.clone());
    let texts = ChartTexts::new(&catalog, locale);
    let options = RenderOptions {
        width: args.width,
        ..RenderOptions::default()
    };
    let questionnaires = || {
        analysed
            .questionnaires
            .iter()
            .map(|(w, q)| (w.as_str(), q.as_str()))
    };
    let chart: Chart = match (&args.item, &args.indicator, &args.by, &args.theme) {
        (Some(item), ..) => {
            let survey = &analysed.survey;
            let question = item.split_once('.').map_or(item.as_str(), |(q, _)| q);
            let set = survey
                .question(question)
                .and_then(|(_, q)| q.kind.option_set())
                .and_then(|set| survey.option_sets.get(set));
            let value = |code: &str| {
                set.and_then(|s| s.options.iter().find(|o| o.code == code))
                    .and_then(|o| o.value)
            };
            let data = DistributionData::from_table(table, item, &labels, value)?;
            distribution_chart(&data, &texts, &options)?
        }
        (None, Some(indicator), None, _) => {
            let mut data = TrendData::from_table(table, indicator, None, &labels)?;
            data.set_questionnaires(questionnaires());
            data.target = targets(args.survey_dir.as_deref(), &analysed.survey)?
                .iter()
                .find(|t| &t.indicator == indicator)
                .map(TargetLine::from_target);
            trend_chart(&data, &texts, &options)?
        }
        (None, Some(indicator), Some(by), _) => {
            let data = BreakdownData::from_table(table, indicator, by, &labels)?;
            breakdown_chart(&data, &texts, &options)?
        }
        (None, None, _, Some(theme)) => {
            let mut data = ThemeData::from_table(table, theme, &labels)?;
            for panel in &mut data.panels {
                panel.set_questionnaires(questionnaires());
            }
            theme_chart(&data, &texts, &options)?
        }
        // clap requires --indicator, --theme or --item.
        (None, None, _, None) => bail!("give --indicator, --theme or --item"),
    };
    let bytes = match output {
        Output::Svg => chart.svg.into_bytes(),
        Output::Png => atmos_charts::to_png(&chart.svg, args.scale)?,
    };
    crate::output::write_output(&args.out, &bytes)?;
    Ok(ExitCode::SUCCESS)
}
