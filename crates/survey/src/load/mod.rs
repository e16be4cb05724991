//! Loading a survey directory: read every file, resolve references, and collect every problem
//! with its file, line and id before giving up, so one run shows an author all that is wrong.
//!
//! This module reads and parses the files and runs the steps in order; each step lives in the
//! module named after what it checks, as `impl Context` blocks.

mod breakdowns;
mod coverage;
mod ids;
mod indicators;
mod margins;
mod options;
mod pages;
mod questions;
mod rules;
mod targets;
mod text_origins;

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use crate::error::{Diagnostic, SurveyError};
use crate::model::{QuestionKind, Survey, Target};
use crate::raw::{self, S};
use crate::source::SourceFile;
use crate::texts::LocaleCoverage;

// Part of the crate's API through `lib.rs`, which re-exports it from here.
pub use crate::texts::needed_texts;

use ids::{is_code, is_ident, is_reserved, is_slug};
use options::OptionSets;
use rules::SurveyScope;
use text_origins::Origins;

/// A loaded survey, with the text coverage of each locale.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub survey: Survey,
    pub coverage: Vec<LocaleCoverage>,
    /// Programme targets (targets.toml; none without the file).
    pub targets: Vec<Target>,
}

/// Load a survey from `dir`, with texts from the `i18n/` directory two levels up
/// (`surveys/<id>/` -> `i18n/`), the project layout.
pub fn load(dir: &Path) -> Result<Loaded, SurveyError> {
    let i18n = dir
        .parent()
        .and_then(Path::parent)
        .map_or_else(|| PathBuf::from("i18n"), |p| p.join("i18n"));
    load_with_i18n(dir, &i18n)
}

pub fn load_with_i18n(dir: &Path, i18n_dir: &Path) -> Result<Loaded, SurveyError> {
    let mut cx = Context::new(dir);
    let loaded = cx.load_all(i18n_dir)?;
    // Rows of one matrix share a scale, so the same mistake can be found once per row.
    let mut seen = HashSet::new();
    cx.diagnostics.retain(|d| seen.insert(d.to_string()));
    if cx.diagnostics.is_empty() {
        loaded.ok_or_else(|| SurveyError::Invalid(Vec::new()))
    } else {
        Err(SurveyError::Invalid(cx.diagnostics))
    }
}

/// The targets of `dir/targets.toml` checked against `survey` (for a survey analysed from a
/// stored questionnaire, whose definition directory may have moved on); none without the file.
pub fn load_targets(dir: &Path, survey: &Survey) -> Result<Vec<Target>, SurveyError> {
    let mut cx = Context::new(dir);
    let targets = cx.read_targets(survey)?;
    if cx.diagnostics.is_empty() {
        Ok(targets)
    } else {
        Err(SurveyError::Invalid(cx.diagnostics))
    }
}

/// Where a definition element was written: file index and byte range.
#[derive(Debug, Clone)]
struct Origin {
    file: usize,
    span: Range<usize>,
}

struct Context {
    dir: PathBuf,
    files: Vec<SourceFile>,
    diagnostics: Vec<Diagnostic>,
    /// Questions and breakdowns already reported as malformed: whatever refers to them is
    /// not reported again, so one mistake gives one diagnostic, not a cascade.
    broken: HashSet<String>,
    broken_breakdowns: HashSet<String>,
    /// A file could not be parsed: checks across files would only repeat its absence.
    unparsed: bool,
}

impl Context {
    fn new(dir: &Path) -> Self {
        Self {
            dir: dir.to_path_buf(),
            files: Vec::new(),
            diagnostics: Vec::new(),
            broken: HashSet::new(),
            broken_breakdowns: HashSet::new(),
            unparsed: false,
        }
    }

    fn report(&mut self, origin: &Origin, id: Option<&str>, message: impl Into<String>) {
        let file = &self.files[origin.file];
        self.diagnostics.push(Diagnostic {
            file: file.display.clone(),
            position: Some(file.position(origin.span.start)),
            id: id.map(str::to_string),
            message: message.into(),
        });
    }

    fn report_file(&mut self, path: &Path, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic {
            file: path.to_path_buf(),
            position: None,
            id: None,
            message: message.into(),
        });
    }

    fn display_path(&self, path: &Path) -> PathBuf {
        let base = self.dir.parent().and_then(Path::parent);
        base.and_then(|b| path.strip_prefix(b).ok())
            .unwrap_or(path)
            .to_path_buf()
    }

    /// `file:line` of an origin, for pointing from one definition at another.
    fn describe(&self, origin: &Origin) -> String {
        let f = &self.files[origin.file];
        let p = f.position(origin.span.start);
        format!("{}:{}", f.display.display(), p.line)
    }

    /// Read a file; a missing optional file is `None`, a missing required one a diagnostic.
    fn read(&mut self, path: &Path, required: bool) -> Result<Option<usize>, SurveyError> {
        match std::fs::read(path) {
            Ok(bytes) => {
                let display = self.display_path(path);
                match String::from_utf8(bytes) {
                    Ok(text) => {
                        self.files.push(SourceFile::new(display, text));
                        Ok(Some(self.files.len() - 1))
                    }
                    Err(e) => {
                        let valid = e.utf8_error().valid_up_to();
                        let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
                        self.files.push(SourceFile::new(display, text));
                        let origin = Origin {
                            file: self.files.len() - 1,
                            span: valid..valid,
                        };
                        self.report(&origin, None, "file is not valid UTF-8");
                        self.unparsed = true;
                        Ok(None)
                    }
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if required {
                    let display = self.display_path(path);
                    self.report_file(&display, "file not found");
                }
                Ok(None)
            }
            Err(source) => Err(SurveyError::Io {
                path: path.to_path_buf(),
                source,
            }),
        }
    }

    fn parse_toml<T: DeserializeOwned>(&mut self, file: usize) -> Option<T> {
        match toml::from_str::<T>(&self.files[file].text) {
            Ok(v) => Some(v),
            Err(e) => {
                let span = e.span().unwrap_or(0..0);
                let origin = Origin { file, span };
                let message = e.message().trim().to_string();
                self.report(&origin, None, message);
                self.unparsed = true;
                None
            }
        }
    }

    fn read_toml<T: DeserializeOwned>(
        &mut self,
        path: &Path,
    ) -> Result<Option<(usize, T)>, SurveyError> {
        Ok(match self.read(path, true)? {
            Some(f) => self.parse_toml(f).map(|v| (f, v)),
            None => None,
        })
    }

    fn origin<T>(file: usize, s: &S<T>) -> Origin {
        Origin {
            file,
            span: s.span(),
        }
    }

    /// Report an id of the wrong shape (or a reserved word); returns whether it is valid.
    fn check_id(&mut self, file: usize, id: &S<String>, what: &str, code: bool) -> bool {
        let ok = if code {
            is_code(id.get_ref())
        } else {
            is_ident(id.get_ref())
        };
        if !ok {
            let pattern = if code {
                "[a-z0-9][a-z0-9_]*"
            } else {
                "[a-z][a-z0-9_]*"
            };
            let origin = Self::origin(file, id);
            self.report(
                &origin,
                Some(id.get_ref()),
                format!("{what} '{}' must match {pattern}", id.get_ref()),
            );
        } else if !code && is_reserved(id.get_ref()) {
            // A question or row named `not` could never be referred to in a rule.
            let origin = Self::origin(file, id);
            self.report(
                &origin,
                Some(id.get_ref()),
                format!(
                    "{what} '{}' is a reserved word of the logic language",
                    id.get_ref()
                ),
            );
            return false;
        }
        ok
    }

    /// The origin of `id` if it is not in `seen` yet; a repeated id is reported as a duplicate
    /// `what` and gives `None`, so the caller skips it. Either way `seen` now maps the id to
    /// the first definition.
    fn first_definition(
        &mut self,
        seen: &mut HashMap<String, Origin>,
        file: usize,
        id: &S<String>,
        what: &str,
    ) -> Option<Origin> {
        let o = Self::origin(file, id);
        if let Some(first) = seen.get(id.get_ref()).cloned() {
            let at = self.describe(&first);
            self.report(
                &o,
                Some(id.get_ref()),
                format!("duplicate {what} id (first defined at {at})"),
            );
            return None;
        }
        seen.insert(id.get_ref().clone(), o.clone());
        Some(o)
    }

    /// Every step in order; `None` when loading stopped before a survey could be built.
    fn load_all(&mut self, i18n_dir: &Path) -> Result<Option<Loaded>, SurveyError> {
        let dir = self.dir.clone();
        let survey_file = self.read_toml::<raw::SurveyFile>(&dir.join("survey.toml"))?;
        let options_file = self.read_toml::<raw::OptionsFile>(&dir.join("options.toml"))?;
        let indicators_file =
            self.read_toml::<raw::IndicatorsFile>(&dir.join("indicators.toml"))?;
        let margins_file = match self.read(&dir.join("margins.toml"), false)? {
            Some(f) => self.parse_toml::<raw::MarginsFile>(f).map(|m| (f, m)),
            None => Some((usize::MAX, raw::MarginsFile { wave: Vec::new() })),
        };
        let Some((sf, survey_raw)) = survey_file else {
            return Ok(None);
        };
        let Some(locales) = self.survey_header(sf, &survey_raw) else {
            return Ok(None);
        };
        let mut origins = Origins::new(sf);

        let sets = match options_file {
            Some((of, options_raw)) => self.option_sets(of, options_raw),
            None => OptionSets::new(),
        };
        let mut pages = self.pages(sf, &survey_raw, &mut origins.pages)?;
        if self.unparsed {
            return Ok(None);
        }

        // Questions: shapes first, so that rules can be checked against the whole survey.
        let shaped = self.shape_questions(&mut pages, &sets, &mut origins.questions);
        let kinds: HashMap<String, QuestionKind> = shaped
            .iter()
            .flatten()
            .map(|(q, _, _)| (q.id.clone(), q.kind.clone()))
            .collect();
        let scope = SurveyScope {
            kinds: &kinds,
            sets: &sets,
            questions: &origins.questions,
        };
        let pages = self.attach_rules(pages, shaped, &scope);

        let (indicators, breakdowns) = match indicators_file {
            Some((inf, ind_raw)) => {
                let indicators = self.indicators(
                    inf,
                    ind_raw.indicator,
                    &kinds,
                    &sets,
                    &mut origins.indicators,
                );
                let breakdowns = self.breakdowns(
                    inf,
                    ind_raw.breakdown,
                    &kinds,
                    &sets,
                    &mut origins.breakdowns,
                );
                (indicators, breakdowns)
            }
            None => (Vec::new(), Vec::new()),
        };
        let margins = match margins_file {
            Some((mf, margins_raw)) => self.margins(mf, margins_raw, &breakdowns),
            None => Vec::new(),
        };

        let survey = Survey {
            id: survey_raw.id.get_ref().clone(),
            default_locale: survey_raw.default_locale.get_ref().clone(),
            locales,
            pages,
            option_sets: sets
                .iter()
                .map(|(k, (s, _))| (k.clone(), s.clone()))
                .collect(),
            indicators,
            breakdowns,
            margins,
        };

        let targets = self.read_targets(&survey)?;
        let text_origins = origins.of_texts(&survey, &sets);
        let coverage = self.coverage(i18n_dir, &survey, &text_origins)?;
        Ok(Some(Loaded {
            survey,
            coverage,
            targets,
        }))
    }

    /// targets.toml, if the directory has one, checked against `survey`.
    fn read_targets(&mut self, survey: &Survey) -> Result<Vec<Target>, SurveyError> {
        let path = self.dir.join("targets.toml");
        let Some(file) = self.read(&path, false)? else {
            return Ok(Vec::new());
        };
        let Some(raw) = self.parse_toml::<raw::TargetsFile>(file) else {
            return Ok(Vec::new());
        };
        Ok(self.targets(
            file,
            raw.target,
            &survey.indicators,
            &survey.default_locale,
            &survey.locales,
        ))
    }

    /// survey.toml on its own; gives the locales, or `None` when checking further would only
    /// add noise.
    fn survey_header(&mut self, sf: usize, survey_raw: &raw::SurveyFile) -> Option<Vec<String>> {
        if !is_slug(survey_raw.id.get_ref()) {
            let o = Self::origin(sf, &survey_raw.id);
            self.report(
                &o,
                Some(survey_raw.id.get_ref()),
                format!(
                    "survey id '{}' must match [a-z][a-z0-9-]*",
                    survey_raw.id.get_ref()
                ),
            );
        }
        let dir_name = self
            .dir
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        if survey_raw.id.get_ref() != &dir_name {
            let o = Self::origin(sf, &survey_raw.id);
            self.report(
                &o,
                Some(survey_raw.id.get_ref()),
                format!(
                    "survey id '{}' must equal its directory name '{dir_name}'",
                    survey_raw.id.get_ref()
                ),
            );
            // Texts and stored versions are found by id: checking further would only
            // report every text as missing.
            return None;
        }
        let locales: Vec<String> = survey_raw
            .locales
            .get_ref()
            .iter()
            .map(|l| l.get_ref().clone())
            .collect();
        if !locales.contains(survey_raw.default_locale.get_ref()) {
            let o = Self::origin(sf, &survey_raw.default_locale);
            self.report(
                &o,
                Some(survey_raw.default_locale.get_ref()),
                "default_locale must be one of `locales`",
            );
        }
        if survey_raw.pages.get_ref().is_empty() {
            let o = Self::origin(sf, &survey_raw.pages);
            self.report(&o, None, "a survey needs at least one page");
        }
        Some(locales)
    }
}
