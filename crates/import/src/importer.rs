//! The mapping resolved against a questionnaire and a file's header, and each row turned into
//! a response: codes mapped, then every page validated in order with the survey's own
//! [`Survey::validate_page`] and [`Survey::apply_page`], as the web form does, so answer
//! types, codes, ranges, exclusive options, rules and skip logic hold exactly as for answers
//! given in atmos.
//!
//! Differences from the form, on purpose:
//! - `required` is not enforced: an earlier round had its own rules, and refusing a respondent
//!   for a question the other tool did not require would lose what they did answer. Unanswered
//!   required items are counted in the report.
//! - An answer to a question that the skip logic hides is an error (the form silently drops
//!   it, but in a file it means the data or the mapping is wrong), or, with
//!   `skipped_answers = "drop"`, left out and counted.
//! - A row with a problem does not stop the check: the problem's question is left out and the
//!   rest of the row is still checked. A question whose skip logic depends on a question with a
//!   problem is not reported again (its relevance cannot be known).

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use atmos_store::{ImportedResponse, NewAnswer};
use atmos_survey::{
    AnswerErrorKind, AnswerValue, FormInput, Item, Question, QuestionKind, ResponseAnswers, Survey,
};
use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Utc};

use crate::error::ImportError;
use crate::mapping::{self, FileOptions, Mapping, SkippedAnswers, Target};
use crate::report::{
    CodeCount, MAX_CODES_PER_COLUMN, MAX_ROW_ERRORS, MAX_ROWS_PER_CODE, Report, RowError,
    UnmappedCodes,
};
use crate::table::{Cells, Source, number_text};

/// When the round took answers: `[opens, closes)`, as the store's waves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub opens: DateTime<Utc>,
    pub closes: DateTime<Utc>,
}

impl Period {
    /// The whole days from `first`'s to `last`'s (UTC): the period a file's submission times
    /// imply when none is given.
    pub fn covering(first: DateTime<Utc>, last: DateTime<Utc>) -> Period {
        let day = |t: DateTime<Utc>| t.date_naive().and_time(chrono::NaiveTime::MIN).and_utc();
        Period {
            opens: day(first),
            closes: day(last) + Duration::days(1),
        }
    }

    /// The time of the `index`-th of `count` responses when the file has no times: spread
    /// evenly in file order, each in the middle of its share of the period (analyses do not
    /// use these times; the store needs a time within the round).
    pub fn spread(&self, index: usize, count: usize) -> DateTime<Utc> {
        let span = (self.closes - self.opens).num_seconds().max(0) as i128;
        let count = count.max(1) as i128;
        let offset = span * (2 * index as i128 + 1) / (2 * count);
        self.opens + Duration::seconds(i64::try_from(offset).unwrap_or(0))
    }

    fn contains(&self, t: DateTime<Utc>) -> bool {
        self.opens <= t && t <= self.closes
    }
}

/// What a file column holds.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Role {
    Answer {
        question: String,
        row: Option<String>,
        kind: ValueKind,
    },
    /// One option of a choice question: chosen or not.
    Flag {
        question: String,
        option: String,
    },
    Id,
    Locale,
    Submitted,
    /// Ignored, or a broken mapping entry (reported once, when the mapping is resolved).
    Skip,
    /// Neither mapped nor ignored (reported).
    Unmapped,
    /// An empty header: reported only if the column has a value.
    NoHeader,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ValueKind {
    Code,
    Codes,
    Number,
    Text,
}

/// A source value's meaning for a question: a value, "not answered", or nothing known.
enum Mapped {
    Value(String),
    NotAnswered,
    Unmapped,
}

/// A mapping resolved against a questionnaire and a file's columns; checks rows and makes
/// responses of them.
#[derive(Debug)]
pub struct Importer<'a> {
    survey: &'a Survey,
    /// The survey with nothing required: see the module documentation.
    lenient: Survey,
    headers: Vec<String>,
    roles: Vec<Role>,
    /// Question id -> source value -> value (`None`: not answered).
    codes: HashMap<String, HashMap<String, Option<String>>>,
    locales: HashMap<String, String>,
    missing: HashSet<String>,
    separator: String,
    checked: HashSet<String>,
    unchecked: HashSet<String>,
    default_locale: String,
    submitted_format: Option<String>,
    skipped: SkippedAnswers,
    id_column: Option<usize>,
    /// Field (`question` or `question.row`) -> the column(s) it comes from, for messages.
    field_columns: HashMap<String, String>,
    mapping_problems: Vec<String>,
    absent_columns: Vec<String>,
    unmapped_columns: Vec<String>,
    questions_without_column: Vec<String>,
}

/// A column's unmapped values, in order of first appearance, while a check runs.
#[derive(Debug, Default)]
struct ColumnCodes {
    values: Vec<CodeCount>,
    /// Value -> its position in `values`.
    index: HashMap<String, usize>,
    /// Cells with an unmapped value.
    cells: usize,
}

/// One row, processed.
#[derive(Debug, Default)]
struct Outcome {
    row: String,
    id: Option<String>,
    locale: String,
    submitted: Option<DateTime<Utc>>,
    answers: ResponseAnswers,
    errors: Vec<RowError>,
    /// (column index, value) of every unmapped value.
    unmapped: Vec<(usize, String)>,
    unanswered_required: Vec<String>,
    dropped_skipped: usize,
}

impl Outcome {
    fn is_valid(&self) -> bool {
        self.errors.is_empty() && self.unmapped.is_empty()
    }
}

impl<'a> Importer<'a> {
    /// Resolves `mapping` against the questionnaire and the file's `headers`. Never fails:
    /// every problem (unknown questions, rows and options, columns the file lacks, columns the
    /// mapping does not mention, contradictory entries) is kept for the [`Report`].
    pub fn new(survey: &'a Survey, mapping: &Mapping, headers: &[String]) -> Importer<'a> {
        let mut lenient = survey.clone();
        for q in lenient
            .pages
            .iter_mut()
            .flat_map(|p| p.questions.iter_mut())
        {
            q.required = false;
        }
        let file = &mapping.file;
        let mut importer = Importer {
            survey,
            lenient,
            headers: headers.to_vec(),
            roles: vec![Role::Unmapped; headers.len()],
            codes: HashMap::new(),
            locales: HashMap::new(),
            missing: file
                .missing
                .iter()
                .flatten()
                .map(|m| m.trim().to_owned())
                .collect(),
            separator: file.choice_separator.clone().unwrap_or_else(|| ";".into()),
            checked: values_or(&file.checked, &["1", "true"]),
            unchecked: values_or(&file.unchecked, &["0", "false"]),
            default_locale: file
                .locale
                .clone()
                .unwrap_or_else(|| survey.default_locale.clone()),
            submitted_format: file.submitted_format.clone(),
            skipped: file.skipped_answers.unwrap_or_default(),
            id_column: None,
            field_columns: HashMap::new(),
            mapping_problems: Vec::new(),
            absent_columns: Vec::new(),
            unmapped_columns: Vec::new(),
            questions_without_column: Vec::new(),
        };
        importer.resolve_file_options(file);
        let mapped = importer.resolve_columns(mapping);
        importer.resolve_codes(mapping, &mapped);
        importer.resolve_locales(mapping);
        for (index, header) in headers.iter().enumerate() {
            if importer.roles[index] == Role::Unmapped {
                if header.is_empty() {
                    importer.roles[index] = Role::NoHeader;
                } else {
                    importer.unmapped_columns.push(header.clone());
                }
            }
        }
        importer.questions_without_column = unmapped_items(survey, &mapped);
        importer
    }

    fn column(&self, name: &str) -> Option<usize> {
        self.headers.iter().position(|h| h == name)
    }

    fn problem(&mut self, text: String) {
        self.mapping_problems.push(text);
    }

    fn resolve_file_options(&mut self, file: &FileOptions) {
        for (key, name, role) in [
            ("id_column", &file.id_column, Role::Id),
            ("locale_column", &file.locale_column, Role::Locale),
            ("submitted_column", &file.submitted_column, Role::Submitted),
        ] {
            let Some(name) = name else { continue };
            match self.column(name) {
                Some(index) if self.roles[index] != Role::Unmapped => self.problem(format!(
                    "[file] {key} = {name:?}: the column already has another role"
                )),
                Some(index) => {
                    if role == Role::Id {
                        self.id_column = Some(index);
                    }
                    self.roles[index] = role;
                }
                None => self
                    .absent_columns
                    .push(format!("{name} (from [file] {key})")),
            }
        }
        if self.separator.is_empty() {
            self.problem("[file] choice_separator must not be empty".to_owned());
        }
        if let Some(both) = self.checked.intersection(&self.unchecked).next() {
            let both = both.clone();
            self.problem(format!(
                "[file] {both:?} is in both `checked` and `unchecked`"
            ));
        }
        if !is_locale_tag(&self.default_locale) {
            let locale = self.default_locale.clone();
            self.problem(format!(
                "[file] locale = {locale:?}: not a language tag such as \"fi\" or \"pt-BR\""
            ));
        }
        if let Some(format) = &file.submitted_format {
            let broken = chrono::format::StrftimeItems::new(format)
                .any(|item| item == chrono::format::Item::Error);
            if broken {
                self.problem(format!(
                    "[file] submitted_format = {format:?}: not a chrono format such as \
                     \"%d.%m.%Y %H:%M\""
                ));
            }
            if file.submitted_column.is_none() {
                self.problem(
                    "[file] submitted_format needs a submitted_column to apply to".to_owned(),
                );
            }
        }
        if let Some(sheet) = &file.sheet
            && sheet.trim().is_empty()
        {
            self.problem("[file] sheet must not be empty".to_owned());
        }
    }

    /// Reads `[columns]`; returns the questions each (valid) entry maps to, with the rows
    /// (for matrices) or `None`.
    fn resolve_columns(&mut self, mapping: &Mapping) -> BTreeMap<String, BTreeSet<Option<String>>> {
        let mut mapped: BTreeMap<String, BTreeSet<Option<String>>> = BTreeMap::new();
        // Item key -> column, and question -> (option -> column), to find contradictions.
        let mut items: BTreeMap<String, String> = BTreeMap::new();
        let mut options: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
        for (column, value) in &mapping.columns {
            let entry = format!("[columns] {column:?}");
            let index = self.column(column);
            if index.is_none() {
                self.absent_columns.push(column.clone());
            }
            let target = match mapping::target(value) {
                Ok(t) => t,
                Err(e) => {
                    self.problem(format!("{entry}: {e}"));
                    // Reported once, as a mapping problem, not again as unmapped.
                    if let Some(i) = index
                        && self.roles[i] == Role::Unmapped
                    {
                        self.roles[i] = Role::Skip;
                    }
                    continue;
                }
            };
            if let Some(i) = index
                && self.roles[i] != Role::Unmapped
            {
                self.problem(format!(
                    "{entry}: the column is already the [file] id, locale or submitted column"
                ));
                continue;
            }
            let role = match target {
                Target::Ignore => Role::Skip,
                Target::Item { question, row } => match self.item_kind(&question, row.as_deref()) {
                    Err(e) => {
                        self.problem(format!("{entry}: {e}"));
                        Role::Skip
                    }
                    Ok(kind) => {
                        let key = Item {
                            question: question.clone(),
                            row: row.clone(),
                        }
                        .key();
                        if let Some(other) = items.insert(key.clone(), column.clone()) {
                            self.problem(format!(
                                "{entry}: {key} is also mapped from column {other:?}"
                            ));
                        }
                        mapped
                            .entry(question.clone())
                            .or_default()
                            .insert(row.clone());
                        self.field_columns.insert(key, column.clone());
                        Role::Answer {
                            question,
                            row,
                            kind,
                        }
                    }
                },
                Target::Option { question, option } => {
                    match self.option_target(&question, &option) {
                        Err(e) => {
                            self.problem(format!("{entry}: {e}"));
                            Role::Skip
                        }
                        Ok(()) => {
                            let by_option = options.entry(question.clone()).or_default();
                            if let Some(other) = by_option.insert(option.clone(), column.clone()) {
                                self.problem(format!(
                                    "{entry}: option {option:?} of {question} is also mapped \
                                     from column {other:?}"
                                ));
                            }
                            mapped.entry(question.clone()).or_default().insert(None);
                            let names = self.field_columns.entry(question.clone()).or_default();
                            if !names.is_empty() {
                                names.push_str(", ");
                            }
                            names.push_str(column);
                            Role::Flag { question, option }
                        }
                    }
                }
            };
            if let Some(i) = index {
                self.roles[i] = role;
            }
        }
        for question in options.keys() {
            if let Some(column) = items.get(question) {
                self.problem(format!(
                    "[columns] {column:?}: {question} is also mapped one column per option; \
                     use one way or the other"
                ));
            }
        }
        mapped
    }

    fn question(&self, id: &str) -> Result<&'a Question, String> {
        self.survey
            .question(id)
            .map(|(_, q)| q)
            .ok_or_else(|| format!("no question {id:?} in survey {}", self.survey.id))
    }

    fn item_kind(&self, question: &str, row: Option<&str>) -> Result<ValueKind, String> {
        let q = self.question(question)?;
        match (&q.kind, row) {
            (QuestionKind::Matrix { rows, .. }, Some(r)) if rows.iter().any(|x| x == r) => {
                Ok(ValueKind::Code)
            }
            (QuestionKind::Matrix { rows, .. }, Some(r)) => Err(format!(
                "matrix {question} has no row {r:?}; its rows: {}",
                rows.join(", ")
            )),
            (QuestionKind::Matrix { rows, .. }, None) => Err(format!(
                "{question} is a matrix: map one column per row, e.g. \"{question}.{}\"",
                rows.first().map_or("row", String::as_str)
            )),
            (kind, Some(_)) => Err(format!(
                "{question} is a {} question; only a matrix has rows",
                kind.name()
            )),
            (QuestionKind::Single { .. } | QuestionKind::Likert { .. }, None) => {
                Ok(ValueKind::Code)
            }
            (QuestionKind::Multiple { .. }, None) => Ok(ValueKind::Codes),
            (QuestionKind::Number { .. }, None) => Ok(ValueKind::Number),
            (QuestionKind::Text { .. } | QuestionKind::LongText { .. }, None) => {
                Ok(ValueKind::Text)
            }
        }
    }

    fn option_target(&self, question: &str, option: &str) -> Result<(), String> {
        let q = self.question(question)?;
        match &q.kind {
            QuestionKind::Single { options }
            | QuestionKind::Multiple { options, .. }
            | QuestionKind::Likert { options } => self.check_code(options, option),
            kind => Err(format!(
                "{question} is a {} question; a column per option is for single or multiple \
                 choice",
                kind.name()
            )),
        }
    }

    fn check_code(&self, set: &str, code: &str) -> Result<(), String> {
        let Some(set) = self.survey.option_sets.get(set) else {
            return Err(format!(
                "option set {set:?} is missing from the questionnaire"
            ));
        };
        if set.get(code).is_some() {
            Ok(())
        } else {
            Err(format!(
                "{code:?} is not a code of option set {}; its codes: {}",
                set.id,
                set.codes().collect::<Vec<_>>().join(", ")
            ))
        }
    }

    fn resolve_codes(
        &mut self,
        mapping: &Mapping,
        mapped: &BTreeMap<String, BTreeSet<Option<String>>>,
    ) {
        for (question, table) in &mapping.codes {
            let entry = format!("[codes.{question}]");
            let q = match self.question(question) {
                Ok(q) => q,
                Err(e) => {
                    self.problem(format!("{entry}: {e}"));
                    continue;
                }
            };
            if q.kind.is_free_text() {
                self.problem(format!(
                    "{entry}: {question} is free text; its answers are imported as written"
                ));
                continue;
            }
            let columns = self.roles.iter().filter(|r| match r {
                Role::Answer { question: x, .. } => x == question,
                _ => false,
            });
            if columns.count() == 0 {
                let only_flags = mapped.contains_key(question);
                self.problem(if only_flags {
                    format!(
                        "{entry}: {question} is mapped one column per option; those columns \
                         use `checked` and `unchecked`, not codes"
                    )
                } else {
                    format!("{entry}: no column is mapped to {question}")
                });
                // Still check the entries, so that one run shows every problem.
            }
            let mut values = HashMap::new();
            for (source, target) in table {
                let target = match mapping::code_target(target) {
                    Ok(t) => t,
                    Err(e) => {
                        self.problem(format!("{entry} {source:?}: {e}"));
                        continue;
                    }
                };
                if let Some(value) = &target {
                    let fits = match (&q.kind, q.kind.option_set()) {
                        (_, Some(set)) => self.check_code(set, value),
                        (QuestionKind::Number { .. }, None) => value
                            .parse::<f64>()
                            .map(|_| ())
                            .map_err(|_| format!("{value:?} is not a number")),
                        _ => Ok(()),
                    };
                    if let Err(e) = fits {
                        self.problem(format!("{entry} {source:?} = {value:?}: {e}"));
                        continue;
                    }
                }
                values.insert(source.trim().to_owned(), target);
            }
            self.codes.insert(question.clone(), values);
        }
    }

    fn resolve_locales(&mut self, mapping: &Mapping) {
        if !mapping.locales.is_empty() && mapping.file.locale_column.is_none() {
            self.problem("[locales] needs a [file] locale_column to apply to".to_owned());
        }
        for (source, tag) in &mapping.locales {
            if is_locale_tag(tag) {
                self.locales.insert(source.trim().to_owned(), tag.clone());
            } else {
                self.problem(format!(
                    "[locales] {source:?} = {tag:?}: not a language tag such as \"fi\" or \"pt-BR\""
                ));
            }
        }
    }

    /// Reads every row and reports every problem. `period`: when given, submission times
    /// must lie in it. Errors only when the file cannot be read on (CSV syntax, encoding).
    pub fn check(&self, source: &Source, period: Option<&Period>) -> Result<Report, ImportError> {
        let mut report = Report {
            source: source.name().to_owned(),
            mapping_problems: self.mapping_problems.clone(),
            absent_columns: self.absent_columns.clone(),
            unmapped_columns: self.unmapped_columns.clone(),
            questions_without_column: self.questions_without_column.clone(),
            ..Report::default()
        };
        let mut unmapped: BTreeMap<usize, ColumnCodes> = BTreeMap::new();
        let mut ids: HashMap<String, String> = HashMap::new();
        let mut headerless_with_values: BTreeSet<usize> = BTreeSet::new();
        let mut number = 0;
        for cells in source.rows()? {
            let cells = cells?;
            number += 1;
            if is_blank(&cells) {
                report.blank_rows += 1;
                continue;
            }
            report.rows += 1;
            for (index, role) in self.roles.iter().enumerate() {
                if *role == Role::NoHeader && value(&cells, index).is_some() {
                    headerless_with_values.insert(index);
                }
            }
            let mut outcome = self.process(number, &cells, period);
            if let Some(id) = &outcome.id {
                if let Some(first) = ids.get(id) {
                    let column = self.id_column.map(|i| self.headers[i].clone());
                    outcome.errors.push(RowError {
                        row: outcome.row.clone(),
                        column: column.unwrap_or_default(),
                        item: None,
                        value: Some(id.clone()),
                        message: format!("the same respondent id as {first}"),
                    });
                } else {
                    ids.insert(id.clone(), outcome.row.clone());
                }
            }
            for (column, value) in &outcome.unmapped {
                let ColumnCodes {
                    values,
                    index,
                    cells,
                } = unmapped.entry(*column).or_default();
                *cells += 1;
                match index.get(value) {
                    Some(&i) => {
                        let code = &mut values[i];
                        code.count += 1;
                        if code.rows.len() < MAX_ROWS_PER_CODE {
                            code.rows.push(outcome.row.clone());
                        }
                    }
                    None => {
                        index.insert(value.clone(), values.len());
                        values.push(CodeCount {
                            value: value.clone(),
                            count: 1,
                            rows: vec![outcome.row.clone()],
                        });
                    }
                }
            }
            for e in &outcome.errors {
                *report
                    .row_errors_by_column
                    .entry(e.column.clone())
                    .or_default() += 1;
            }
            report.row_error_count += outcome.errors.len();
            let room = MAX_ROW_ERRORS.saturating_sub(report.row_errors.len());
            let valid = outcome.is_valid();
            report
                .row_errors
                .extend(outcome.errors.into_iter().take(room));
            if let Some(t) = outcome.submitted {
                report.submitted = Some(match report.submitted {
                    None => (t, t),
                    Some((first, last)) => (first.min(t), last.max(t)),
                });
            }
            if valid {
                report.valid_rows += 1;
                let rows = answer_rows(&outcome.answers).len();
                report.answers += rows as u64;
                if rows == 0 {
                    report.empty_responses += 1;
                }
                *report.locales.entry(outcome.locale).or_default() += 1;
                if !outcome.unanswered_required.is_empty() {
                    report.rows_with_unanswered_required += 1;
                }
                for item in outcome.unanswered_required {
                    *report.unanswered_required.entry(item).or_default() += 1;
                }
                report.dropped_skipped += outcome.dropped_skipped;
            }
        }
        for index in headerless_with_values {
            report.unmapped_columns.push(format!(
                "(no header: column {} of the header row)",
                index + 1
            ));
        }
        for (
            column,
            ColumnCodes {
                mut values, cells, ..
            },
        ) in unmapped
        {
            let distinct = values.len();
            values.truncate(MAX_CODES_PER_COLUMN);
            report.unmapped_codes.push(UnmappedCodes {
                column: self.headers[column].clone(),
                target: self.target_name(column),
                values,
                distinct,
                cells,
            });
        }
        Ok(report)
    }

    /// The responses of a file that [`Importer::check`] found clean, read again as they are
    /// consumed (for `atmos_store::try_import_wave`). `rows` is the report's row count: without
    /// a submission time column, times are spread over `period` by it. A row that now has a
    /// problem (the file changed) is an `Err`, which makes the store refuse the whole import.
    pub fn responses<'s>(
        &'s self,
        source: &'s Source,
        period: Period,
        rows: usize,
    ) -> Result<impl Iterator<Item = Result<ImportedResponse, ImportError>> + 's, ImportError> {
        let mut number = 0;
        let mut index = 0;
        let mut ids: HashSet<String> = HashSet::new();
        Ok(source.rows()?.filter_map(move |cells| {
            let cells = match cells {
                Ok(c) => c,
                Err(e) => return Some(Err(e)),
            };
            number += 1;
            if is_blank(&cells) {
                return None;
            }
            let outcome = self.process(number, &cells, Some(&period));
            index += 1;
            if let Some(problem) = outcome.errors.first() {
                return Some(Err(ImportError::ChangedRow {
                    row: outcome.row.clone(),
                    message: problem.message.clone(),
                }));
            }
            if let Some((column, _)) = outcome.unmapped.first() {
                return Some(Err(ImportError::ChangedRow {
                    row: outcome.row.clone(),
                    message: format!("column {:?} has an unmapped value", self.headers[*column]),
                }));
            }
            if let Some(id) = &outcome.id
                && !ids.insert(id.clone())
            {
                return Some(Err(ImportError::ChangedRow {
                    row: outcome.row,
                    message: "a respondent id appears twice".to_owned(),
                }));
            }
            let at = outcome
                .submitted
                .unwrap_or_else(|| period.spread(index - 1, rows));
            Some(Ok(ImportedResponse {
                locale: outcome.locale,
                // The file has one time per response; starting is taken as the same instant.
                started_at: at,
                submitted_at: at,
                answers: answer_rows(&outcome.answers),
            }))
        }))
    }

    /// What a column maps to, for the report.
    fn target_name(&self, column: usize) -> String {
        match &self.roles[column] {
            Role::Answer { question, row, .. } => Item {
                question: question.clone(),
                row: row.clone(),
            }
            .key(),
            Role::Flag { question, option } => format!("{question} = {option}"),
            Role::Locale => "locale".to_owned(),
            Role::Id => "id".to_owned(),
            Role::Submitted => "submitted".to_owned(),
            Role::Skip | Role::Unmapped | Role::NoHeader => String::new(),
        }
    }

    /// A value with the mapping's `missing` applied: `None` when not answered.
    fn answered<'c>(&self, cells: &'c Cells, index: usize) -> Option<&'c str> {
        value(cells, index).filter(|v| !self.missing.contains(*v))
    }

    fn map_code(&self, question: &str, value: &str, set: Option<&str>) -> Mapped {
        if let Some(mapped) = self.codes.get(question).and_then(|c| c.get(value)) {
            return match mapped {
                Some(v) => Mapped::Value(v.clone()),
                None => Mapped::NotAnswered,
            };
        }
        match set {
            None => Mapped::Value(value.to_owned()),
            Some(set) => {
                let known = self
                    .survey
                    .option_sets
                    .get(set)
                    .is_some_and(|s| s.get(value).is_some());
                if known {
                    Mapped::Value(value.to_owned())
                } else {
                    Mapped::Unmapped
                }
            }
        }
    }

    fn process(&self, number: usize, cells: &Cells, period: Option<&Period>) -> Outcome {
        let id = self
            .id_column
            .and_then(|i| value(cells, i))
            .map(str::to_owned);
        let row = match (&id, self.id_column) {
            (Some(id), Some(i)) => format!("row {number} ({} {id})", self.headers[i]),
            _ => format!("row {number}"),
        };
        let mut out = Outcome {
            row,
            id,
            locale: self.default_locale.clone(),
            ..Outcome::default()
        };
        if cells.len() > self.headers.len()
            && cells[self.headers.len()..]
                .iter()
                .any(|c| c.as_deref().is_some_and(|c| !c.trim().is_empty()))
        {
            out.errors.push(RowError {
                row: out.row.clone(),
                column: String::new(),
                item: None,
                value: None,
                message: format!(
                    "has {} cells, but the header has {} columns",
                    cells.len(),
                    self.headers.len()
                ),
            });
        }

        // Form fields of the row, as the web form would post them.
        let mut input: FormInput = FormInput::new();
        let mut shown: HashMap<String, Option<String>> = HashMap::new();
        let mut flags: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        let mut tainted: HashSet<String> = HashSet::new();
        for (index, role) in self.roles.iter().enumerate() {
            let Some(v) = self.answered(cells, index) else {
                continue;
            };
            match role {
                Role::Locale => match self.locales.get(v) {
                    Some(tag) => out.locale = tag.clone(),
                    None if self.survey.locales.iter().any(|l| l == v) => {
                        out.locale = v.to_owned();
                    }
                    None => out.unmapped.push((index, v.to_owned())),
                },
                Role::Submitted => match self.parse_time(v) {
                    Some(t) if period.is_some_and(|p| !p.contains(t)) => {
                        let p = period.map(|p| format!("{} - {}", p.opens, p.closes));
                        out.errors.push(RowError {
                            row: out.row.clone(),
                            column: self.headers[index].clone(),
                            item: None,
                            value: Some(short(v)),
                            message: format!(
                                "submitted at {t}, outside the wave's period {}",
                                p.unwrap_or_default()
                            ),
                        });
                        out.submitted = Some(t);
                    }
                    Some(t) => out.submitted = Some(t),
                    None => out.errors.push(RowError {
                        row: out.row.clone(),
                        column: self.headers[index].clone(),
                        item: None,
                        value: Some(short(v)),
                        message: "not a time (RFC 3339, YYYY-MM-DD, YYYY-MM-DD HH:MM[:SS], or \
                                  the mapping's submitted_format)"
                            .to_owned(),
                    }),
                },
                Role::Answer {
                    question,
                    row,
                    kind,
                } => {
                    let key = Item {
                        question: question.clone(),
                        row: row.clone(),
                    }
                    .key();
                    let set = self
                        .survey
                        .question(question)
                        .and_then(|(_, q)| q.kind.option_set());
                    let values = match kind {
                        ValueKind::Text => vec![v.to_owned()],
                        ValueKind::Code | ValueKind::Number => {
                            match self.map_code(question, v, set) {
                                Mapped::Value(m) => vec![m],
                                Mapped::NotAnswered => continue,
                                Mapped::Unmapped => {
                                    out.unmapped.push((index, v.to_owned()));
                                    tainted.insert(question.clone());
                                    continue;
                                }
                            }
                        }
                        ValueKind::Codes => {
                            let mut codes = Vec::new();
                            let mut bad = false;
                            for part in v.split(self.separator.as_str()).map(str::trim) {
                                if part.is_empty() || self.missing.contains(part) {
                                    continue;
                                }
                                match self.map_code(question, part, set) {
                                    Mapped::Value(m) => codes.push(m),
                                    Mapped::NotAnswered => {}
                                    Mapped::Unmapped => {
                                        out.unmapped.push((index, part.to_owned()));
                                        bad = true;
                                    }
                                }
                            }
                            if bad {
                                tainted.insert(question.clone());
                                continue;
                            }
                            codes
                        }
                    };
                    if values.is_empty() {
                        continue;
                    }
                    shown.insert(key.clone(), (*kind != ValueKind::Text).then(|| short(v)));
                    input.insert(key, values);
                }
                Role::Flag { question, option } => {
                    if self.checked.contains(v) {
                        flags.entry(question).or_default().push(option.clone());
                    } else if !self.unchecked.contains(v) {
                        out.unmapped.push((index, v.to_owned()));
                        tainted.insert(question.clone());
                    }
                }
                Role::Id | Role::Skip | Role::Unmapped | Role::NoHeader => {}
            }
        }
        for (question, codes) in flags {
            if !tainted.contains(question) {
                shown.insert(question.to_owned(), Some(codes.join(&self.separator)));
                input.insert(question.to_owned(), codes);
            }
        }

        self.validate(&mut out, input, &shown, &mut tainted);
        if out.is_valid() {
            out.unanswered_required = self
                .survey
                .unanswered_required(&out.answers)
                .into_iter()
                .map(|(_, e)| e.field)
                .collect();
        }
        out
    }

    /// Every page in order, as the form posts them: see the module documentation.
    fn validate(
        &self,
        out: &mut Outcome,
        input: FormInput,
        shown: &HashMap<String, Option<String>>,
        tainted: &mut HashSet<String>,
    ) {
        let question_of = |field: &str| field.split('.').next().unwrap_or_default().to_owned();
        for page in &self.lenient.pages {
            let on_page: HashSet<&str> = page.questions.iter().map(|q| q.id.as_str()).collect();
            let mut page_input: FormInput = input
                .iter()
                .filter(|(field, _)| on_page.contains(question_of(field).as_str()))
                .map(|(f, v)| (f.clone(), v.clone()))
                .collect();
            if page_input.is_empty() {
                continue;
            }
            let mut reported: HashSet<(String, String)> = HashSet::new();
            // Each failed attempt removes at least one field, so this ends.
            for _ in 0..=page_input.len() {
                match self
                    .lenient
                    .validate_page(&page.id, &out.answers, &page_input)
                {
                    Ok(page_answers) => {
                        for field in page_input.keys() {
                            let item = item_of(field);
                            if page_answers.get(&item).is_some() {
                                continue;
                            }
                            // Not kept although valid: the question is hidden for this
                            // respondent.
                            let question = item.question;
                            let Some((_, q)) = self.survey.question(&question) else {
                                continue;
                            };
                            let unknowable = q.relevant.as_ref().is_some_and(|r| {
                                r.expr
                                    .references()
                                    .iter()
                                    .any(|(i, _)| tainted.contains(&i.question))
                            });
                            if unknowable {
                                tainted.insert(question);
                                continue;
                            }
                            match self.skipped {
                                SkippedAnswers::Drop => out.dropped_skipped += 1,
                                SkippedAnswers::Error => {
                                    let rule = q
                                        .relevant
                                        .as_ref()
                                        .map(|r| r.source.as_str())
                                        .unwrap_or_default();
                                    out.errors.push(self.row_error(
                                        &out.row,
                                        field,
                                        shown,
                                        format!(
                                            "answered, but the skip logic hides this question \
                                             for this respondent (relevant = `{rule}` is false)"
                                        ),
                                    ));
                                    tainted.insert(question);
                                }
                            }
                        }
                        self.lenient
                            .apply_page(&mut out.answers, &page.id, page_answers);
                        break;
                    }
                    Err(errors) => {
                        let before = page_input.len();
                        for e in errors {
                            let question = question_of(&e.field);
                            let message = self.describe(&question, &e.kind);
                            if reported.insert((e.field.clone(), message.clone())) {
                                out.errors
                                    .push(self.row_error(&out.row, &e.field, shown, message));
                            }
                            // All of the question's fields: a rule failure names only a
                            // matrix's first row.
                            page_input.retain(|f, _| question_of(f) != question);
                            tainted.insert(question);
                        }
                        if page_input.len() == before {
                            break;
                        }
                    }
                }
            }
        }
    }

    fn row_error(
        &self,
        row: &str,
        field: &str,
        shown: &HashMap<String, Option<String>>,
        message: String,
    ) -> RowError {
        RowError {
            row: row.to_owned(),
            column: self.field_columns.get(field).cloned().unwrap_or_default(),
            item: Some(field.to_owned()),
            value: shown.get(field).cloned().flatten(),
            message,
        }
    }

    /// An answer error in words for whoever prepares the file.
    fn describe(&self, question: &str, kind: &AnswerErrorKind) -> String {
        match kind {
            AnswerErrorKind::OutOfRange { min, max } => match (min, max) {
                (Some(lo), Some(hi)) => format!(
                    "must be between {} and {}",
                    number_text(*lo),
                    number_text(*hi)
                ),
                (Some(lo), None) => format!("must be at least {}", number_text(*lo)),
                (None, Some(hi)) => format!("must be at most {}", number_text(*hi)),
                (None, None) => kind.to_string(),
            },
            AnswerErrorKind::RuleFailed { message } => {
                let rule = self.survey.question(question).and_then(|(_, q)| {
                    q.validate
                        .iter()
                        .find(|v| v.message == *message)
                        .map(|v| v.rule.source.clone())
                });
                match rule {
                    Some(rule) => format!("breaks the survey's rule `{rule}`"),
                    None => kind.to_string(),
                }
            }
            AnswerErrorKind::MultipleValues => {
                "several values, but the question takes one".to_owned()
            }
            _ => kind.to_string(),
        }
    }

    fn parse_time(&self, v: &str) -> Option<DateTime<Utc>> {
        if let Some(format) = &self.submitted_format {
            if let Ok(t) = DateTime::parse_from_str(v, format) {
                return Some(t.with_timezone(&Utc));
            }
            if let Ok(t) = NaiveDateTime::parse_from_str(v, format) {
                return Some(t.and_utc());
            }
            if let Ok(d) = NaiveDate::parse_from_str(v, format) {
                return Some(d.and_time(chrono::NaiveTime::MIN).and_utc());
            }
        }
        if let Ok(t) = DateTime::parse_from_rfc3339(v) {
            return Some(t.with_timezone(&Utc));
        }
        for format in [
            "%Y-%m-%dT%H:%M:%S%.f",
            "%Y-%m-%d %H:%M:%S%.f",
            "%Y-%m-%dT%H:%M",
            "%Y-%m-%d %H:%M",
        ] {
            if let Ok(t) = NaiveDateTime::parse_from_str(v, format) {
                return Some(t.and_utc());
            }
        }
        NaiveDate::parse_from_str(v, "%Y-%m-%d")
            .ok()
            .map(|d| d.and_time(chrono::NaiveTime::MIN).and_utc())
    }
}

/// The store's rows of a response's answers: one per chosen code of a multiple choice.
pub fn answer_rows(answers: &ResponseAnswers) -> Vec<NewAnswer> {
    let mut rows = Vec::new();
    for (item, value) in answers.iter() {
        let row = |a: NewAnswer| match &item.row {
            Some(r) => a.with_item(r.clone()),
            None => a,
        };
        match value {
            AnswerValue::Code(c) => rows.push(row(NewAnswer::option(&item.question, c))),
            AnswerValue::Codes(cs) => {
                rows.extend(cs.iter().map(|c| row(NewAnswer::option(&item.question, c))));
            }
            AnswerValue::Number(n) => rows.push(row(NewAnswer::number(&item.question, *n))),
            AnswerValue::Text(t) => rows.push(row(NewAnswer::text(&item.question, t))),
        }
    }
    rows
}

fn item_of(field: &str) -> Item {
    match field.split_once('.') {
        Some((q, r)) => Item {
            question: q.to_owned(),
            row: Some(r.to_owned()),
        },
        None => Item {
            question: field.to_owned(),
            row: None,
        },
    }
}

/// A cell's text, trimmed; `None` when empty.
fn value(cells: &Cells, index: usize) -> Option<&str> {
    cells
        .get(index)
        .and_then(|c| c.as_deref())
        .map(str::trim)
        .filter(|v| !v.is_empty())
}

fn is_blank(cells: &Cells) -> bool {
    cells
        .iter()
        .all(|c| c.as_deref().is_none_or(|c| c.trim().is_empty()))
}

/// A value echoed in a report, cut short.
fn short(v: &str) -> String {
    const MAX: usize = 60;
    if v.chars().count() > MAX {
        let mut s: String = v.chars().take(MAX).collect();
        s.push('…');
        s
    } else {
        v.to_owned()
    }
}

fn values_or(values: &Option<Vec<String>>, default: &[&str]) -> HashSet<String> {
    match values {
        Some(v) => v.iter().map(|s| s.trim().to_owned()).collect(),
        None => default.iter().map(|s| (*s).to_owned()).collect(),
    }
}

/// Items of the survey no column maps to: a question, or a matrix's row (a matrix without any
/// mapped row is named once).
fn unmapped_items(
    survey: &Survey,
    mapped: &BTreeMap<String, BTreeSet<Option<String>>>,
) -> Vec<String> {
    let mut out = Vec::new();
    for q in survey.pages.iter().flat_map(|p| &p.questions) {
        match (mapped.get(&q.id), &q.kind) {
            (None, _) => out.push(q.id.clone()),
            (Some(rows), QuestionKind::Matrix { rows: all, .. }) => {
                for r in all {
                    if !rows.contains(&Some(r.clone())) {
                        out.push(format!("{}.{r}", q.id));
                    }
                }
            }
            (Some(_), _) => {}
        }
    }
    out
}

/// The form the store's `responses_locale_format` constraint requires:
/// `^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$`.
fn is_locale_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language_ok = parts
        .next()
        .is_some_and(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()));
    language_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}
