//! Loading a survey directory: read every file, resolve references, and collect every problem
//! with its file, line and id before giving up, so one run shows an author all that is wrong.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use crate::error::{Diagnostic, SurveyError};
use crate::logic::{self, ItemRef, ItemType};
use crate::model::{
    Breakdown, Choice, Group, IndexItem, Indicator, Item, Measure, OptionSet, Page, Question,
    QuestionKind, Rule, Survey, ValidationRule, WaveMargins,
};
use crate::raw::{self, IndicatorKind, QuestionType, S};
use crate::source::SourceFile;
use crate::texts::{self, LocaleCoverage, Needed};

const DEFAULT_TEXT_MAX: u32 = 200;
const DEFAULT_LONGTEXT_MAX: u32 = 2000;
/// Far above any real answer; keeps a single answer from filling the database.
const MAX_TEXT_LIMIT: i64 = 100_000;

/// A loaded survey, with the text coverage of each locale.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub survey: Survey,
    pub coverage: Vec<LocaleCoverage>,
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

/// Where a definition element was written: file index and byte range.
#[derive(Debug, Clone)]
struct Origin {
    file: usize,
    span: Range<usize>,
}

struct QuestionInfo {
    index: usize,
    page: String,
    origin: Origin,
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

    fn check_id(&mut self, file: usize, id: &S<String>, what: &str, code: bool) {
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
        }
    }

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

        // survey.toml
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
        let dir_name = dir.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        if survey_raw.id.get_ref() != dir_name {
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
            return Ok(None);
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

        // options.toml
        let mut sets: BTreeMap<String, (OptionSet, Origin)> = BTreeMap::new();
        if let Some((of, options_raw)) = options_file {
            for set in options_raw.set {
                self.option_set(of, set, &mut sets);
            }
        }

        // pages
        let mut pages: Vec<(Page, Vec<(usize, raw::Question)>)> = Vec::new();
        let mut seen_pages: HashMap<String, Origin> = HashMap::new();
        for page_ref in survey_raw.pages.get_ref() {
            let o = Self::origin(sf, page_ref);
            let pid = page_ref.get_ref().clone();
            self.check_id(sf, page_ref, "page id", false);
            if !is_ident(&pid) {
                continue;
            }
            if seen_pages.insert(pid.clone(), o.clone()).is_some() {
                self.report(&o, Some(&pid), format!("page '{pid}' is listed twice"));
                continue;
            }
            let path = dir.join("pages").join(format!("{pid}.toml"));
            if !path.exists() {
                self.report(
                    &o,
                    Some(&pid),
                    format!("page file pages/{pid}.toml not found"),
                );
                continue;
            }
            if let Some((pf, page_raw)) = self.read_toml::<raw::PageFile>(&path)? {
                if page_raw.id.get_ref() != &pid {
                    let po = Self::origin(pf, &page_raw.id);
                    self.report(
                        &po,
                        Some(page_raw.id.get_ref()),
                        format!(
                            "page id '{}' must equal its file name '{pid}'",
                            page_raw.id.get_ref()
                        ),
                    );
                }
                if page_raw.question.is_empty() {
                    let po = Self::origin(pf, &page_raw.id);
                    self.report(&po, Some(&pid), "a page needs at least one question");
                }
                let qs = page_raw.question.into_iter().map(|q| (pf, q)).collect();
                pages.push((
                    Page {
                        id: pid,
                        questions: Vec::new(),
                    },
                    qs,
                ));
            }
        }

        if self.unparsed {
            return Ok(None);
        }

        // Questions: shapes first, so that rules can be checked against the whole survey.
        let mut questions: HashMap<String, QuestionInfo> = HashMap::new();
        let mut shaped: Vec<Vec<(Question, usize, raw::Question)>> = Vec::new();
        let mut index = 0usize;
        for (page, qs) in &mut pages {
            let mut out = Vec::new();
            for (pf, q) in qs.drain(..) {
                let qid = q.id.get_ref().clone();
                let o = Self::origin(pf, &q.id);
                self.check_id(pf, &q.id, "question id", false);
                if let Some(first) = questions.get(&qid) {
                    let fo = first.origin.clone();
                    let first_at = self.describe(&fo);
                    self.report(
                        &o,
                        Some(&qid),
                        format!("duplicate question id '{qid}' (first defined at {first_at})"),
                    );
                    continue;
                }
                let Some(kind) = self.question_kind(pf, &q, &sets) else {
                    // still register the id so later references do not cascade into noise
                    self.broken.insert(qid.clone());
                    questions.insert(
                        qid.clone(),
                        QuestionInfo {
                            index,
                            page: page.id.clone(),
                            origin: o,
                        },
                    );
                    index += 1;
                    continue;
                };
                questions.insert(
                    qid.clone(),
                    QuestionInfo {
                        index,
                        page: page.id.clone(),
                        origin: o,
                    },
                );
                index += 1;
                if let Some(c) = &q.comparable_with {
                    self.check_id(pf, c, "comparable_with", false);
                }
                let question = Question {
                    id: qid,
                    kind,
                    required: q.required,
                    relevant: None,
                    validate: Vec::new(),
                    comparable_with: q.comparable_with.as_ref().map(|c| c.get_ref().clone()),
                };
                out.push((question, pf, q));
            }
            shaped.push(out);
        }

        let kinds: HashMap<String, QuestionKind> = shaped
            .iter()
            .flatten()
            .map(|(q, _, _)| (q.id.clone(), q.kind.clone()))
            .collect();
        let scope = SurveyScope {
            kinds: &kinds,
            sets: &sets,
        };

        // Rules: parse, type-check, and order-check.
        for ((page, _), qs) in pages.iter_mut().zip(shaped) {
            for (mut question, pf, q) in qs {
                let own = questions.get(&question.id).map_or(0, |i| i.index);
                if let Some(src) = &q.relevant {
                    question.relevant =
                        self.rule(pf, src, &question.id, own, false, &scope, &questions);
                }
                for v in &q.validate {
                    self.check_id(pf, &v.message, "message id", false);
                    if let Some(rule) =
                        self.rule(pf, &v.rule, &question.id, own, true, &scope, &questions)
                    {
                        question.validate.push(ValidationRule {
                            rule,
                            message: v.message.get_ref().clone(),
                        });
                    }
                }
                page.questions.push(question);
            }
        }
        let pages: Vec<Page> = pages.into_iter().map(|(p, _)| p).collect();

        // indicators.toml
        let mut indicators = Vec::new();
        let mut breakdowns = Vec::new();
        let mut indicator_origins = Vec::new();
        let mut breakdown_origins = Vec::new();
        if let Some((inf, ind_raw)) = indicators_file {
            let mut seen = HashMap::new();
            for ind in ind_raw.indicator {
                let o = Self::origin(inf, &ind.id);
                if let Some(first) = seen.insert(ind.id.get_ref().clone(), o.clone()) {
                    let at = self.describe(&first);
                    self.report(
                        &o,
                        Some(ind.id.get_ref()),
                        format!("duplicate indicator id (first defined at {at})"),
                    );
                    continue;
                }
                self.check_id(inf, &ind.id, "indicator id", false);
                let made = self.indicator(inf, &ind, &kinds, &sets);
                indicator_origins.push((ind.id.get_ref().clone(), o));
                indicators.extend(made);
            }
            let mut seen = HashMap::new();
            for bd in ind_raw.breakdown {
                let o = Self::origin(inf, &bd.id);
                if let Some(first) = seen.insert(bd.id.get_ref().clone(), o.clone()) {
                    let at = self.describe(&first);
                    self.report(
                        &o,
                        Some(bd.id.get_ref()),
                        format!("duplicate breakdown id (first defined at {at})"),
                    );
                    continue;
                }
                self.check_id(inf, &bd.id, "breakdown id", false);
                match self.breakdown(inf, &bd, &kinds, &sets) {
                    Some(b) => {
                        breakdown_origins.push((b.id.clone(), o));
                        breakdowns.push(b);
                    }
                    None => {
                        self.broken_breakdowns.insert(bd.id.get_ref().clone());
                    }
                }
            }
        }

        // margins.toml
        let mut margins = Vec::new();
        if let Some((mf, margins_raw)) = margins_file {
            let mut seen = HashMap::new();
            for wm in margins_raw.wave {
                let o = Self::origin(mf, &wm.wave);
                if seen.insert(wm.wave.get_ref().clone(), ()).is_some() {
                    self.report(
                        &o,
                        Some(wm.wave.get_ref()),
                        "margins for this wave are given twice",
                    );
                    continue;
                }
                if let Some(m) = self.wave_margins(mf, wm, &breakdowns) {
                    margins.push(m);
                }
            }
        }

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

        // texts
        let needed = needed_texts(&survey);
        let origins = self.text_origins(
            &survey,
            &questions,
            &sets,
            &indicator_origins,
            &breakdown_origins,
            sf,
            &seen_pages,
        );
        let mut coverage = Vec::new();
        for locale in &survey.locales {
            let path = texts::survey_text_path(i18n_dir, locale, &survey.id);
            let is_default = locale == &survey.default_locale;
            let file = self.read(&path, is_default)?;
            let display = self.display_path(&path);
            let present = match file {
                Some(f) => {
                    let (ids, errors) = texts::message_ids(&self.files[f]);
                    for (offset, message) in errors {
                        let o = Origin {
                            file: f,
                            span: offset..offset,
                        };
                        self.report(&o, None, message);
                    }
                    ids
                }
                None => BTreeSet::new(),
            };
            let cov = texts::coverage(locale, display.clone(), &present, &needed);
            if is_default {
                for missing in &cov.missing {
                    let origin = origins.get(missing.as_str()).cloned();
                    let text = format!(
                        "missing text '{missing}' in the default locale ({})",
                        display.display()
                    );
                    match origin {
                        Some(o) => self.report(&o, Some(missing), text),
                        None => self.report_file(&display, text),
                    }
                }
            }
            coverage.push(cov);
        }

        Ok(Some(Loaded { survey, coverage }))
    }

    fn describe(&self, origin: &Origin) -> String {
        let f = &self.files[origin.file];
        let p = f.position(origin.span.start);
        format!("{}:{}", f.display.display(), p.line)
    }

    fn option_set(
        &mut self,
        file: usize,
        set: raw::OptionSet,
        sets: &mut BTreeMap<String, (OptionSet, Origin)>,
    ) {
        let o = Self::origin(file, &set.id);
        let sid = set.id.get_ref().clone();
        self.check_id(file, &set.id, "option set id", false);
        if let Some((_, first)) = sets.get(&sid) {
            let at = self.describe(first);
            self.report(
                &o,
                Some(&sid),
                format!("duplicate option set id '{sid}' (first defined at {at})"),
            );
            return;
        }
        if set.options.get_ref().is_empty() {
            self.report(&o, Some(&sid), "an option set needs at least one option");
        }
        let mut options: Vec<Choice> = Vec::new();
        for c in set.options.into_inner() {
            if !is_code(c.code.get_ref()) {
                self.check_id(file, &c.code, "option code", true);
                continue;
            }
            let co = Self::origin(file, &c.code);
            if options.iter().any(|x| &x.code == c.code.get_ref()) {
                self.report(
                    &co,
                    Some(&sid),
                    format!(
                        "duplicate option code '{}' in set '{sid}'",
                        c.code.get_ref()
                    ),
                );
                continue;
            }
            if c.value.is_some_and(|v| !v.is_finite()) {
                self.report(&co, Some(&sid), "option value must be a finite number");
            }
            options.push(Choice {
                code: c.code.into_inner(),
                value: c.value,
                nonsubstantive: c.nonsubstantive,
                exclusive: c.exclusive,
            });
        }
        sets.insert(sid.clone(), (OptionSet { id: sid, options }, o));
    }

    fn question_kind(
        &mut self,
        file: usize,
        q: &raw::Question,
        sets: &BTreeMap<String, (OptionSet, Origin)>,
    ) -> Option<QuestionKind> {
        let qid = q.id.get_ref().as_str();
        let ko = Self::origin(file, &q.kind);
        let kind = *q.kind.get_ref();
        let mut ok = true;
        let choice = matches!(
            kind,
            QuestionType::Single
                | QuestionType::Multiple
                | QuestionType::Likert
                | QuestionType::Matrix
        );
        // Fields that do not belong to the type are mistakes an author should hear about.
        let mut stray = |name: &str, present: bool, this: &mut Self| {
            if present {
                this.report(
                    &ko,
                    Some(qid),
                    format!(
                        "field `{name}` does not apply to a {} question",
                        type_name(kind)
                    ),
                );
                ok = false;
            }
        };
        stray("options", !choice && q.options.is_some(), self);
        stray(
            "rows",
            kind != QuestionType::Matrix && q.rows.is_some(),
            self,
        );
        let numeric = kind == QuestionType::Number;
        stray("min", !numeric && q.min.is_some(), self);
        stray("max", !numeric && q.max.is_some(), self);
        stray("integer", !numeric && q.integer, self);
        let text = matches!(kind, QuestionType::Text | QuestionType::Longtext);
        stray("max_length", !text && q.max_length.is_some(), self);
        let multiple = kind == QuestionType::Multiple;
        stray("min_choices", !multiple && q.min_choices.is_some(), self);
        stray("max_choices", !multiple && q.max_choices.is_some(), self);

        let set = if choice {
            match &q.options {
                None => {
                    self.report(
                        &ko,
                        Some(qid),
                        format!("a {} question needs `options`", type_name(kind)),
                    );
                    ok = false;
                    None
                }
                Some(s) => match sets.get(s.get_ref()) {
                    None => {
                        let so = Self::origin(file, s);
                        self.report(
                            &so,
                            Some(qid),
                            format!("unknown option set '{}'", s.get_ref()),
                        );
                        ok = false;
                        None
                    }
                    Some((set, _)) => Some(set.clone()),
                },
            }
        } else {
            None
        };
        if let Some(set) = &set {
            if matches!(kind, QuestionType::Likert | QuestionType::Matrix)
                && let Some(c) = set
                    .options
                    .iter()
                    .find(|c| !c.nonsubstantive && c.value.is_none())
            {
                let so = q
                    .options
                    .as_ref()
                    .map_or(ko.clone(), |s| Self::origin(file, s));
                self.report(
                    &so,
                    Some(qid),
                    format!(
                        "option '{}' of set '{}' needs a `value` to be used in a {} question",
                        c.code,
                        set.id,
                        type_name(kind)
                    ),
                );
                ok = false;
            }
            if !multiple && let Some(c) = set.options.iter().find(|c| c.exclusive) {
                let so = q
                    .options
                    .as_ref()
                    .map_or(ko.clone(), |s| Self::origin(file, s));
                self.report(
                    &so,
                    Some(qid),
                    format!(
                        "option '{}' is exclusive, which only a multiple question can use",
                        c.code
                    ),
                );
                ok = false;
            }
        }
        let options = set.as_ref().map(|s| s.id.clone()).unwrap_or_default();
        let kind = match kind {
            QuestionType::Single => QuestionKind::Single { options },
            QuestionType::Likert => QuestionKind::Likert { options },
            QuestionType::Multiple => {
                let count = set.as_ref().map_or(0, |s| s.options.len()) as i64;
                let mut bound = |v: &Option<S<i64>>, this: &mut Self| -> Option<u32> {
                    let v = v.as_ref()?;
                    if *v.get_ref() < 0 || *v.get_ref() > count {
                        let o = Self::origin(file, v);
                        this.report(
                            &o,
                            Some(qid),
                            format!("choice bound must be between 0 and the {count} options"),
                        );
                        ok = false;
                    }
                    u32::try_from(*v.get_ref()).ok()
                };
                let min_choices = bound(&q.min_choices, self);
                let max_choices = bound(&q.max_choices, self);
                if let (Some(lo), Some(hi)) = (min_choices, max_choices)
                    && lo > hi
                {
                    self.report(&ko, Some(qid), "min_choices is above max_choices");
                    ok = false;
                }
                QuestionKind::Multiple {
                    options,
                    min_choices,
                    max_choices,
                }
            }
            QuestionType::Matrix => {
                let mut rows: Vec<String> = Vec::new();
                match &q.rows {
                    None => {
                        self.report(&ko, Some(qid), "a matrix question needs `rows`");
                        ok = false;
                    }
                    Some(rs) => {
                        if rs.get_ref().is_empty() {
                            let o = Self::origin(file, rs);
                            self.report(&o, Some(qid), "a matrix question needs at least one row");
                            ok = false;
                        }
                        for r in rs.get_ref() {
                            self.check_id(file, r, "row id", false);
                            if rows.contains(r.get_ref()) {
                                let o = Self::origin(file, r);
                                self.report(
                                    &o,
                                    Some(qid),
                                    format!("duplicate row '{}'", r.get_ref()),
                                );
                                ok = false;
                            } else {
                                rows.push(r.get_ref().clone());
                            }
                        }
                    }
                }
                QuestionKind::Matrix { rows, options }
            }
            QuestionType::Number => {
                let min = q.min.as_ref().map(|v| *v.get_ref());
                let max = q.max.as_ref().map(|v| *v.get_ref());
                for v in [&q.min, &q.max].into_iter().flatten() {
                    if !v.get_ref().is_finite() {
                        let o = Self::origin(file, v);
                        self.report(&o, Some(qid), "bound must be a finite number");
                        ok = false;
                    }
                }
                if let (Some(lo), Some(hi)) = (min, max)
                    && lo > hi
                {
                    let o = q.min.as_ref().map_or(ko.clone(), |v| Self::origin(file, v));
                    self.report(&o, Some(qid), format!("min {lo} is above max {hi}"));
                    ok = false;
                }
                QuestionKind::Number {
                    min,
                    max,
                    integer: q.integer,
                }
            }
            QuestionType::Text | QuestionType::Longtext => {
                let default = if kind == QuestionType::Text {
                    DEFAULT_TEXT_MAX
                } else {
                    DEFAULT_LONGTEXT_MAX
                };
                let max_length = match &q.max_length {
                    None => default,
                    Some(v) => {
                        let n = *v.get_ref();
                        if !(1..=MAX_TEXT_LIMIT).contains(&n) {
                            let o = Self::origin(file, v);
                            self.report(
                                &o,
                                Some(qid),
                                format!("max_length must be between 1 and {MAX_TEXT_LIMIT}"),
                            );
                            ok = false;
                        }
                        u32::try_from(n).unwrap_or(default)
                    }
                };
                if kind == QuestionType::Text {
                    QuestionKind::Text { max_length }
                } else {
                    QuestionKind::LongText { max_length }
                }
            }
        };
        ok.then_some(kind)
    }

    #[allow(clippy::too_many_arguments)]
    fn rule(
        &mut self,
        file: usize,
        src: &S<String>,
        qid: &str,
        own_index: usize,
        is_validation: bool,
        scope: &SurveyScope<'_>,
        questions: &HashMap<String, QuestionInfo>,
    ) -> Option<Rule> {
        let text = src.get_ref();
        let start = src.span().start;
        let literal = self.files[file]
            .text
            .get(start..)
            .unwrap_or_default()
            .to_string();
        let at = |offset: usize| {
            let raw = start + crate::source::toml_string_offset(&literal, offset);
            Origin {
                file,
                span: raw..raw,
            }
        };
        let expr = match logic::parse(text) {
            Ok(e) => e,
            Err(e) => {
                self.report(&at(e.offset()), Some(qid), format!("in rule `{text}`: {e}"));
                return None;
            }
        };
        if expr
            .references()
            .iter()
            .any(|(item, _)| self.broken.contains(&item.question))
        {
            return None;
        }
        let mut ok = true;
        for (item, span) in expr.references() {
            let Some(info) = questions.get(&item.question) else {
                continue; // reported by the type check below as an unknown item
            };
            if item.question == qid && !is_validation {
                self.report(
                    &at(span.start),
                    Some(qid),
                    format!(
                        "rule `{text}` forms a cycle: the relevance of '{qid}' depends on '{qid}' itself"
                    ),
                );
                ok = false;
            } else if info.index > own_index {
                self.report(
                    &at(span.start),
                    Some(qid),
                    format!(
                        "rule `{text}` refers to '{}', a later question (page '{}'); rules may only use earlier answers",
                        item.question, info.page
                    ),
                );
                ok = false;
            }
        }
        for err in logic::check(&expr, scope) {
            self.report(
                &at(err.span().start),
                Some(qid),
                format!("in rule `{text}`: {err}"),
            );
            ok = false;
        }
        ok.then(|| Rule {
            source: text.clone(),
            expr,
        })
    }

    fn indicator(
        &mut self,
        file: usize,
        ind: &raw::Indicator,
        kinds: &HashMap<String, QuestionKind>,
        sets: &BTreeMap<String, (OptionSet, Origin)>,
    ) -> Vec<Indicator> {
        let iid = ind.id.get_ref().clone();
        let io = Self::origin(file, &ind.id);
        let kind = *ind.kind.get_ref();
        let mut ok = true;
        // Expand items; `q.*` stands for every row of a matrix.
        let mut items: Vec<(Item, Origin)> = Vec::new();
        let wildcard = ind
            .items
            .get_ref()
            .iter()
            .filter(|i| i.get_ref().ends_with(".*"))
            .count();
        let question_of = |i: &str| i.split('.').next().unwrap_or_default().to_string();
        if ind
            .items
            .get_ref()
            .iter()
            .any(|i| self.broken.contains(&question_of(i.get_ref())))
        {
            return Vec::new();
        }
        if ind.items.get_ref().is_empty() {
            let o = Self::origin(file, &ind.items);
            self.report(&o, Some(&iid), "an indicator needs at least one item");
            ok = false;
        }
        for it in ind.items.get_ref() {
            let o = Self::origin(file, it);
            match resolve_item(it.get_ref(), kinds) {
                Ok(list) => {
                    items.extend(list.into_iter().map(|i| (i, o.clone())));
                }
                Err(msg) => {
                    self.report(&o, Some(&iid), msg);
                    ok = false;
                }
            }
        }
        if !ok {
            return Vec::new();
        }
        let set_of = |item: &Item| -> Option<&OptionSet> {
            let set = kinds.get(&item.question)?.option_set()?;
            sets.get(set).map(|(s, _)| s)
        };
        if ind.per_row && (wildcard != 1 || ind.items.get_ref().len() != 1) {
            self.report(
                &io,
                Some(&iid),
                "per_row needs exactly one item of the form `matrix.*`",
            );
            ok = false;
        }
        let measure_for = |this: &mut Self,
                           items: &[(Item, Origin)],
                           ok: &mut bool|
         -> Option<Measure> {
            match kind {
                IndicatorKind::Share => {
                    if ind.min_items.is_some() || !ind.reverse.is_empty() {
                        this.report(
                            &io,
                            Some(&iid),
                            "min_items and reverse apply to an index, not a share",
                        );
                        *ok = false;
                    }
                    let Some(codes) = &ind.codes else {
                        this.report(&io, Some(&iid), "a share indicator needs `codes`");
                        *ok = false;
                        return None;
                    };
                    if codes.get_ref().is_empty() {
                        let o = Self::origin(file, codes);
                        this.report(&o, Some(&iid), "a share indicator needs at least one code");
                        *ok = false;
                    }
                    for (item, o) in items {
                        match set_of(item) {
                            None => {
                                this.report(o, Some(&iid), format!("item '{}' is not a choice question; a share needs option codes", item.key()));
                                *ok = false;
                            }
                            Some(set) => {
                                for c in codes.get_ref() {
                                    if set.get(c.get_ref()).is_none() {
                                        let co = Self::origin(file, c);
                                        this.report(
                                            &co,
                                            Some(&iid),
                                            format!(
                                                "unknown option code '{}' for '{}' (set '{}')",
                                                c.get_ref(),
                                                item.question,
                                                set.id
                                            ),
                                        );
                                        *ok = false;
                                    }
                                }
                            }
                        }
                    }
                    Some(Measure::Share {
                        items: items.iter().map(|(i, _)| i.clone()).collect(),
                        codes: codes
                            .get_ref()
                            .iter()
                            .map(|c| c.get_ref().clone())
                            .collect(),
                    })
                }
                IndicatorKind::Index => {
                    if ind.codes.is_some() {
                        this.report(&io, Some(&iid), "`codes` applies to a share, not an index");
                        *ok = false;
                    }
                    let reversed: Vec<String> =
                        ind.reverse.iter().map(|r| r.get_ref().clone()).collect();
                    for r in &ind.reverse {
                        if !items.iter().any(|(i, _)| &i.key() == r.get_ref()) {
                            let o = Self::origin(file, r);
                            this.report(
                                &o,
                                Some(&iid),
                                format!(
                                    "reverse item '{}' is not one of the indicator's items",
                                    r.get_ref()
                                ),
                            );
                            *ok = false;
                        }
                    }
                    let mut out = Vec::new();
                    for (item, o) in items {
                        let range = match kinds.get(&item.question) {
                            Some(QuestionKind::Number {
                                min: Some(lo),
                                max: Some(hi),
                                ..
                            }) => Some((*lo, *hi)),
                            Some(QuestionKind::Likert { .. } | QuestionKind::Matrix { .. }) => {
                                set_of(item).and_then(OptionSet::value_range)
                            }
                            _ => None,
                        };
                        match range {
                            Some((low, high)) if high > low => out.push(IndexItem {
                                item: item.clone(),
                                low,
                                high,
                                reverse: reversed.contains(&item.key()),
                            }),
                            _ => {
                                this.report(o, Some(&iid), format!("item '{}' cannot be put on 0-100: an index needs likert or matrix items with valued scales, or numbers with min and max", item.key()));
                                *ok = false;
                            }
                        }
                    }
                    let min_items = match &ind.min_items {
                        None => out.len(),
                        Some(m) => {
                            let n = *m.get_ref();
                            if n < 1 || n as usize > items.len() {
                                let o = Self::origin(file, m);
                                this.report(
                                    &o,
                                    Some(&iid),
                                    format!(
                                        "min_items must be between 1 and the {} items",
                                        items.len()
                                    ),
                                );
                                *ok = false;
                            }
                            usize::try_from(n).unwrap_or(1)
                        }
                    };
                    Some(Measure::Index {
                        items: out,
                        min_items,
                    })
                }
            }
        };
        let theme = *ind.theme.get_ref();
        let made: Vec<Indicator> = if ind.per_row && ok {
            let mut v = Vec::new();
            for (item, o) in &items {
                if let Some(m) = measure_for(
                    self,
                    std::slice::from_ref(&(item.clone(), o.clone())),
                    &mut ok,
                ) {
                    v.push(Indicator {
                        id: format!("{iid}.{}", item.row.clone().unwrap_or_default()),
                        base_id: iid.clone(),
                        row: item.row.clone(),
                        theme,
                        measure: m,
                    });
                }
            }
            v
        } else {
            measure_for(self, &items, &mut ok)
                .map(|m| Indicator {
                    id: iid.clone(),
                    base_id: iid.clone(),
                    row: None,
                    theme,
                    measure: m,
                })
                .into_iter()
                .collect()
        };
        if ok { made } else { Vec::new() }
    }

    fn breakdown(
        &mut self,
        file: usize,
        bd: &raw::Breakdown,
        kinds: &HashMap<String, QuestionKind>,
        sets: &BTreeMap<String, (OptionSet, Origin)>,
    ) -> Option<Breakdown> {
        let bid = bd.id.get_ref().clone();
        let qo = Self::origin(file, &bd.question);
        if self.broken.contains(bd.question.get_ref()) {
            self.broken_breakdowns.insert(bid.clone());
            return None;
        }
        let set = match kinds.get(bd.question.get_ref()) {
            None => {
                self.report(
                    &qo,
                    Some(&bid),
                    format!("unknown question '{}'", bd.question.get_ref()),
                );
                return None;
            }
            Some(QuestionKind::Single { options } | QuestionKind::Likert { options }) => {
                sets.get(options).map(|(s, _)| s.clone())?
            }
            Some(other) => {
                self.report(
                    &qo,
                    Some(&bid),
                    format!(
                        "a breakdown needs a single or likert question; '{}' is {}",
                        bd.question.get_ref(),
                        other.name()
                    ),
                );
                return None;
            }
        };
        let substantive: Vec<&str> = set
            .options
            .iter()
            .filter(|c| !c.nonsubstantive)
            .map(|c| c.code.as_str())
            .collect();
        let Some(raw_groups) = &bd.groups else {
            return Some(Breakdown {
                id: bid,
                question: bd.question.get_ref().clone(),
                declared_groups: false,
                groups: substantive
                    .iter()
                    .map(|c| Group {
                        id: (*c).to_string(),
                        codes: vec![(*c).to_string()],
                    })
                    .collect(),
            });
        };
        let mut ok = true;
        let mut groups: Vec<Group> = Vec::new();
        let mut placed: HashMap<String, String> = HashMap::new();
        for g in raw_groups {
            self.check_id(file, &g.id, "group id", false);
            let go = Self::origin(file, &g.id);
            if groups.iter().any(|x| &x.id == g.id.get_ref()) {
                self.report(
                    &go,
                    Some(&bid),
                    format!("duplicate group '{}'", g.id.get_ref()),
                );
                ok = false;
                continue;
            }
            for c in g.codes.get_ref() {
                let co = Self::origin(file, c);
                let code = c.get_ref();
                if set.get(code).is_none() {
                    self.report(
                        &co,
                        Some(&bid),
                        format!(
                            "unknown option code '{code}' for question '{}' (set '{}')",
                            bd.question.get_ref(),
                            set.id
                        ),
                    );
                    ok = false;
                } else if !substantive.contains(&code.as_str()) {
                    self.report(
                        &co,
                        Some(&bid),
                        format!("option '{code}' is non-substantive and cannot form a group"),
                    );
                    ok = false;
                } else if let Some(other) = placed.insert(code.clone(), g.id.get_ref().clone()) {
                    self.report(
                        &co,
                        Some(&bid),
                        format!("option '{code}' is already in group '{other}'"),
                    );
                    ok = false;
                }
            }
            groups.push(Group {
                id: g.id.get_ref().clone(),
                codes: g
                    .codes
                    .get_ref()
                    .iter()
                    .map(|c| c.get_ref().clone())
                    .collect(),
            });
        }
        for code in &substantive {
            if !placed.contains_key(*code) {
                self.report(
                    &qo,
                    Some(&bid),
                    format!(
                        "option '{code}' of '{}' is in no group",
                        bd.question.get_ref()
                    ),
                );
                ok = false;
            }
        }
        ok.then(|| Breakdown {
            id: bid,
            question: bd.question.get_ref().clone(),
            declared_groups: true,
            groups,
        })
    }

    fn wave_margins(
        &mut self,
        file: usize,
        wm: raw::WaveMargins,
        breakdowns: &[Breakdown],
    ) -> Option<WaveMargins> {
        let wave = wm.wave.get_ref().clone();
        let wo = Self::origin(file, &wm.wave);
        let mut ok = true;
        let mut out: BTreeMap<String, BTreeMap<String, f64>> = BTreeMap::new();
        let mut first_total: Option<(String, f64)> = None;
        if wm.margins.is_empty() {
            self.report(
                &wo,
                Some(&wave),
                "a wave's margins need at least one breakdown",
            );
            ok = false;
        }
        for (bd_id, counts) in wm.margins {
            let bo = Self::origin(file, &bd_id);
            if self.broken_breakdowns.contains(bd_id.get_ref()) {
                ok = false;
                continue;
            }
            let Some(bd) = breakdowns.iter().find(|b| &b.id == bd_id.get_ref()) else {
                self.report(
                    &bo,
                    Some(&wave),
                    format!("margin '{}' names no breakdown", bd_id.get_ref()),
                );
                ok = false;
                continue;
            };
            let mut m = BTreeMap::new();
            for (group, count) in counts {
                let go = Self::origin(file, &group);
                if !bd.groups.iter().any(|g| &g.id == group.get_ref()) {
                    self.report(
                        &go,
                        Some(&wave),
                        format!(
                            "'{}' is not a group of breakdown '{}'",
                            group.get_ref(),
                            bd.id
                        ),
                    );
                    ok = false;
                }
                let n = *count.get_ref();
                if !n.is_finite() || n <= 0.0 {
                    let co = Self::origin(file, &count);
                    self.report(
                        &co,
                        Some(&wave),
                        format!(
                            "population count for '{}' must be positive",
                            group.get_ref()
                        ),
                    );
                    ok = false;
                }
                m.insert(group.into_inner(), n);
            }
            for g in &bd.groups {
                if !m.contains_key(&g.id) {
                    self.report(
                        &bo,
                        Some(&wave),
                        format!("margin '{}' has no count for group '{}'", bd.id, g.id),
                    );
                    ok = false;
                }
            }
            let total: f64 = m.values().sum();
            match &first_total {
                None => first_total = Some((bd.id.clone(), total)),
                Some((first, t)) if (t - total).abs() > 1e-9 * t.abs().max(1.0) => {
                    self.report(&bo, Some(&wave), format!("margin '{}' adds up to {total}, but '{first}' to {t}; all margins of a wave need one total", bd.id));
                    ok = false;
                }
                Some(_) => {}
            }
            out.insert(bd.id.clone(), m);
        }
        ok.then_some(WaveMargins {
            wave,
            source: wm.source,
            margins: out,
        })
    }

    /// Where each needed message's owner is defined, so a missing text points at it.
    #[allow(clippy::too_many_arguments)]
    fn text_origins(
        &self,
        survey: &Survey,
        questions: &HashMap<String, QuestionInfo>,
        sets: &BTreeMap<String, (OptionSet, Origin)>,
        indicators: &[(String, Origin)],
        breakdowns: &[(String, Origin)],
        survey_file: usize,
        pages: &HashMap<String, Origin>,
    ) -> HashMap<String, Origin> {
        let mut map = HashMap::new();
        let whole = Origin {
            file: survey_file,
            span: 0..0,
        };
        map.insert("survey-title".to_string(), whole.clone());
        for page in &survey.pages {
            let at = pages.get(&page.id).unwrap_or(&whole).clone();
            map.insert(format!("page-{}", page.id), at);
            for q in &page.questions {
                let Some(info) = questions.get(&q.id) else {
                    continue;
                };
                for id in question_texts(q) {
                    map.insert(id, info.origin.clone());
                }
            }
        }
        for (id, (set, o)) in sets {
            for c in &set.options {
                map.insert(format!("opt-{id}-{}", c.code), o.clone());
            }
        }
        for (id, o) in indicators {
            map.insert(format!("ind-{id}"), o.clone());
        }
        for (id, o) in breakdowns {
            map.insert(format!("bd-{id}"), o.clone());
            if let Some(b) = survey.breakdowns.iter().find(|b| &b.id == id)
                && b.declared_groups
            {
                for g in &b.groups {
                    map.insert(format!("bd-{id}-{}", g.id), o.clone());
                }
            }
        }
        map
    }
}

fn question_texts(q: &Question) -> Vec<String> {
    let mut v = vec![format!("q-{}", q.id)];
    if let QuestionKind::Matrix { rows, .. } = &q.kind {
        v.extend(rows.iter().map(|r| format!("q-{}-row-{r}", q.id)));
    }
    v.extend(q.validate.iter().map(|r| format!("rule-{}", r.message)));
    v
}

/// Every fluent message a survey's forms and outputs use.
pub fn needed_texts(survey: &Survey) -> Vec<Needed> {
    let req = |id: String| Needed {
        id,
        optional: false,
    };
    let opt = |id: String| Needed { id, optional: true };
    let mut v = vec![req("survey-title".into()), opt("survey-intro".into())];
    let mut used_sets = BTreeSet::new();
    for page in &survey.pages {
        v.push(req(format!("page-{}", page.id)));
        for q in &page.questions {
            v.extend(question_texts(q).into_iter().map(req));
            v.push(opt(format!("q-{}-hint", q.id)));
            if let Some(s) = q.kind.option_set() {
                used_sets.insert(s.to_string());
            }
        }
    }
    for s in &used_sets {
        if let Some(set) = survey.option_sets.get(s) {
            v.extend(
                set.options
                    .iter()
                    .map(|c| req(format!("opt-{s}-{}", c.code))),
            );
        }
    }
    let bases: BTreeSet<&str> = survey
        .indicators
        .iter()
        .map(|i| i.base_id.as_str())
        .collect();
    v.extend(bases.iter().map(|b| req(format!("ind-{b}"))));
    for b in &survey.breakdowns {
        v.push(req(format!("bd-{}", b.id)));
        if b.declared_groups {
            v.extend(
                b.groups
                    .iter()
                    .map(|g| req(format!("bd-{}-{}", b.id, g.id))),
            );
        }
    }
    v.sort();
    v.dedup();
    v
}

fn resolve_item(s: &str, kinds: &HashMap<String, QuestionKind>) -> Result<Vec<Item>, String> {
    let (q, row) = match s.split_once('.') {
        Some((q, r)) => (q, Some(r)),
        None => (s, None),
    };
    let kind = kinds
        .get(q)
        .ok_or_else(|| format!("item '{s}' refers to unknown question '{q}'"))?;
    match (kind, row) {
        (QuestionKind::Matrix { rows, .. }, Some("*")) => Ok(rows
            .iter()
            .map(|r| Item {
                question: q.to_string(),
                row: Some(r.clone()),
            })
            .collect()),
        (QuestionKind::Matrix { rows, .. }, Some(r)) => {
            if rows.iter().any(|x| x == r) {
                Ok(vec![Item {
                    question: q.to_string(),
                    row: Some(r.to_string()),
                }])
            } else {
                Err(format!("item '{s}': matrix '{q}' has no row '{r}'"))
            }
        }
        (QuestionKind::Matrix { .. }, None) => Err(format!(
            "item '{s}' is a matrix: name a row ('{q}.row') or all rows ('{q}.*')"
        )),
        (_, Some(_)) => Err(format!("item '{s}': '{q}' is not a matrix and has no rows")),
        (_, None) => Ok(vec![Item {
            question: q.to_string(),
            row: None,
        }]),
    }
}

struct SurveyScope<'a> {
    kinds: &'a HashMap<String, QuestionKind>,
    sets: &'a BTreeMap<String, (OptionSet, Origin)>,
}

impl SurveyScope<'_> {
    fn codes(&self, set: &str) -> Vec<String> {
        self.sets
            .get(set)
            .map(|(s, _)| s.codes().map(str::to_string).collect())
            .unwrap_or_default()
    }
}

impl logic::Scope for SurveyScope<'_> {
    fn item_type(&self, item: &ItemRef) -> Option<ItemType> {
        let kind = self.kinds.get(&item.question)?;
        match (kind, &item.row) {
            (QuestionKind::Matrix { rows, options }, Some(r)) => {
                rows.contains(r).then(|| ItemType::Choice {
                    codes: self.codes(options),
                })
            }
            (QuestionKind::Matrix { rows, .. }, None) => {
                Some(ItemType::Matrix { rows: rows.clone() })
            }
            (_, Some(_)) => None,
            (QuestionKind::Single { options } | QuestionKind::Likert { options }, None) => {
                Some(ItemType::Choice {
                    codes: self.codes(options),
                })
            }
            (QuestionKind::Multiple { options, .. }, None) => Some(ItemType::Multiple {
                codes: self.codes(options),
            }),
            (QuestionKind::Number { .. }, None) => Some(ItemType::Number),
            (QuestionKind::Text { .. } | QuestionKind::LongText { .. }, None) => {
                Some(ItemType::Text)
            }
        }
    }
}

fn type_name(t: QuestionType) -> &'static str {
    match t {
        QuestionType::Single => "single",
        QuestionType::Multiple => "multiple",
        QuestionType::Likert => "likert",
        QuestionType::Matrix => "matrix",
        QuestionType::Number => "number",
        QuestionType::Text => "text",
        QuestionType::Longtext => "longtext",
    }
}

pub(crate) fn is_ident(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Survey ids appear in URLs and file names, so they are slugs with hyphens.
pub(crate) fn is_slug(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

pub(crate) fn is_code(s: &str) -> bool {
    let mut chars = s.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}
