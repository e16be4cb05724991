//! View models and templates: what each page shows, already localized, ready for askama.

use std::borrow::Cow;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use askama::Template;
use atmos_i18n::LanguageIdentifier;
use atmos_survey::{
    AnswerError, AnswerValue, FormInput, Item, Question, QuestionKind, ResponseAnswers, Survey,
};

use crate::locale::PageLocale;
use crate::skeleton::{Recorder, Slot};
pub use crate::texts::Texts;

/// A localized text. `lang` is set when the text came from a fallback locale, so that the
/// page marks it and a screen reader pronounces it in its own language.
///
/// Shared strings: most texts come from the cache of [`Texts`] and a page shows a hundred or
/// more (every option label), so a copy must not be an allocation.
#[derive(Debug, Clone, Default)]
pub struct Msg {
    pub text: Arc<str>,
    pub lang: Option<Arc<str>>,
    /// The fallback text's own direction, when it differs from the page's (English inside
    /// an Arabic page).
    pub dir: Option<&'static str>,
}

/// A language of the switcher, named in itself.
#[derive(Debug, Clone)]
pub struct LangLink {
    pub code: String,
    pub name: &'static str,
    pub href: String,
    pub current: bool,
}

pub fn endonym(code: &str) -> &'static str {
    match code {
        "fi" => "Suomi",
        "sv" => "Svenska",
        "en" => "English",
        "ru" => "Русский",
        "ar" => "العربية",
        "so" => "Soomaali",
        "uk" => "Українська",
        "fa" => "فارسی",
        "et" => "Eesti",
        "ckb" => "کوردی",
        "zh" => "中文",
        _ => "",
    }
}

/// What every page has: language, direction, title, the language switcher, the CSRF token.
#[derive(Debug, Clone)]
pub struct Chrome {
    pub lang: String,
    pub dir: &'static str,
    pub title: String,
    pub site: Msg,
    pub skip: Msg,
    pub languages_label: Msg,
    pub languages: Vec<LangLink>,
    pub csrf: String,
    pub footer: Msg,
}

impl Chrome {
    pub fn new(
        t: &Texts<'_>,
        locale: &PageLocale,
        title: &Msg,
        site: Msg,
        path: &str,
        available: &[LanguageIdentifier],
        csrf: &str,
    ) -> Self {
        Chrome {
            lang: locale.locale.to_string(),
            dir: locale.dir.as_str(),
            title: format!("{} – {}", title.text, site.text),
            site,
            skip: t.ui("skip-to-content"),
            languages_label: t.ui("languages"),
            languages: available
                .iter()
                .map(|l| LangLink {
                    code: l.to_string(),
                    name: endonym(&l.to_string()),
                    href: format!("{path}?lang={l}"),
                    current: *l == locale.locale,
                })
                .collect(),
            csrf: csrf.to_string(),
            footer: t.ui("footer-privacy"),
        }
    }
}

#[derive(Debug, Clone)]
pub struct OptionView {
    pub code: String,
    pub input_id: String,
    pub label: Msg,
    /// The `checked` attribute with its leading space, or nothing (or a skeleton's marker):
    /// written as it is.
    pub checked: Cow<'static, str>,
    pub exclusive: bool,
}

#[derive(Debug, Clone)]
pub struct RowView {
    pub field: String,
    pub id: String,
    pub label: Msg,
    pub error: Option<Msg>,
    pub options: Vec<OptionView>,
}

#[derive(Debug, Clone)]
pub struct QuestionView {
    pub id: String,
    /// radios | checkboxes | matrix | number | text | textarea
    pub control: &'static str,
    /// The id of the first control, where the error summary links.
    pub first_input: String,
    pub legend: Msg,
    pub hint: Option<Msg>,
    pub optional: Option<Msg>,
    pub error: Option<Msg>,
    pub options: Vec<OptionView>,
    pub rows: Vec<RowView>,
    pub value: String,
    pub inputmode: &'static str,
    pub hint_id: String,
    pub error_id: String,
    /// Ids of the hint and error, for `aria-describedby` (empty when there are none).
    pub described_by: String,
}

/// One entry of the error summary.
#[derive(Debug, Clone)]
pub struct ErrorLink {
    pub href: String,
    pub message: Msg,
}

/// Where the answers shown in a form come from: what is stored, or what was just posted
/// (so a page with errors keeps everything the resident typed), or nowhere yet: a
/// skeleton's markers (see [`crate::skeleton`]).
pub enum Values<'a> {
    Stored(&'a ResponseAnswers),
    Posted(&'a FormInput),
    Skeleton(&'a Recorder),
}

impl Values<'_> {
    /// Whether `code` is among the values of `item`.
    pub fn has(&self, item: &Item, code: &str) -> bool {
        match self {
            Values::Stored(a) => match a.get(item) {
                Some(AnswerValue::Code(c)) => c == code,
                Some(AnswerValue::Codes(cs)) => cs.iter().any(|c| c == code),
                Some(AnswerValue::Number(n)) => format_number(*n) == code,
                Some(AnswerValue::Text(t)) => t == code,
                None => false,
            },
            Values::Posted(f) => f
                .get(&item.key())
                .is_some_and(|v| v.iter().any(|c| c == code)),
            Values::Skeleton(_) => false,
        }
    }

    fn checked(&self, item: &Item, code: &str) -> Cow<'static, str> {
        match self {
            Values::Skeleton(rec) => Cow::Owned(rec.mark(Slot::Checked {
                item: item.clone(),
                code: code.to_string(),
            })),
            _ if self.has(item, code) => Cow::Borrowed(" checked"),
            _ => Cow::Borrowed(""),
        }
    }

    fn text(&self, item: &Item, separator: &'static str) -> String {
        match self {
            Values::Skeleton(rec) => rec.mark(Slot::Value {
                item: item.clone(),
                separator,
            }),
            _ => self.of(item).join(separator),
        }
    }

    pub fn of(&self, item: &Item) -> Vec<String> {
        match self {
            Values::Stored(a) => match a.get(item) {
                Some(AnswerValue::Code(c)) => vec![c.clone()],
                Some(AnswerValue::Codes(cs)) => cs.clone(),
                Some(AnswerValue::Number(n)) => vec![format_number(*n)],
                Some(AnswerValue::Text(t)) => vec![t.clone()],
                None => Vec::new(),
            },
            Values::Posted(f) => f.get(&item.key()).cloned().unwrap_or_default(),
            Values::Skeleton(_) => Vec::new(),
        }
    }
}

pub fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        n.to_string()
    }
}

pub fn dom_id(field: &str) -> String {
    format!("f-{}", field.replace('.', "-"))
}

pub fn question_view(
    survey: &Survey,
    q: &Question,
    t: &Texts<'_>,
    values: &Values<'_>,
    errors: &[AnswerError],
) -> QuestionView {
    let item = |row: Option<&String>| Item {
        question: q.id.clone(),
        row: row.cloned(),
    };
    let set = q.kind.option_set().and_then(|s| survey.option_sets.get(s));
    let error_for = |field: &str| {
        errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| t.error_in(e, set))
    };
    let options_for = |field: &str, item: &Item| -> Vec<OptionView> {
        set.map(|set| {
            set.options
                .iter()
                .map(|o| OptionView {
                    code: o.code.clone(),
                    input_id: format!("{}-{}", dom_id(field), o.code),
                    label: t.survey(&format!("opt-{}-{}", set.id, o.code)),
                    checked: values.checked(item, &o.code),
                    exclusive: o.exclusive,
                })
                .collect()
        })
        .unwrap_or_default()
    };
    let mut view = QuestionView {
        id: q.id.clone(),
        control: "text",
        first_input: dom_id(&q.id),
        legend: t.survey(&format!("q-{}", q.id)),
        hint: t.survey_optional(&format!("q-{}-hint", q.id)),
        optional: (!q.required).then(|| t.ui("optional")),
        error: error_for(&q.id),
        options: Vec::new(),
        rows: Vec::new(),
        value: String::new(),
        inputmode: "text",
        hint_id: format!("{}-hint", dom_id(&q.id)),
        error_id: format!("{}-error", dom_id(&q.id)),
        described_by: String::new(),
    };
    match &q.kind {
        QuestionKind::Single { .. } | QuestionKind::Likert { .. } => {
            view.control = "radios";
            view.options = options_for(&q.id, &item(None));
        }
        QuestionKind::Multiple { .. } => {
            view.control = "checkboxes";
            view.options = options_for(&q.id, &item(None));
        }
        QuestionKind::Matrix { rows, .. } => {
            view.control = "matrix";
            view.rows = rows
                .iter()
                .map(|r| {
                    let field = format!("{}.{r}", q.id);
                    RowView {
                        id: dom_id(&field),
                        label: t.survey(&format!("q-{}-row-{r}", q.id)),
                        error: error_for(&field),
                        options: options_for(&field, &item(Some(r))),
                        field,
                    }
                })
                .collect();
            // A matrix-level error (a rule) belongs to the whole question.
            if view.error.is_none() {
                view.error = errors
                    .iter()
                    .find(|e| {
                        e.field.starts_with(&format!("{}.", q.id)) && e.kind.is_survey_message()
                    })
                    .map(|e| t.error(e));
            }
        }
        QuestionKind::Number { .. } => {
            view.control = "number";
            view.inputmode = "decimal";
            view.value = values.text(&item(None), " ");
        }
        QuestionKind::Text { .. } => {
            view.control = "text";
            view.value = values.text(&item(None), " ");
        }
        QuestionKind::LongText { .. } => {
            view.control = "textarea";
            view.value = values.text(&item(None), "\n");
        }
    }
    view.first_input = match view.control {
        "radios" | "checkboxes" => view
            .options
            .first()
            .map_or_else(|| dom_id(&q.id), |o| o.input_id.clone()),
        "matrix" => view
            .rows
            .first()
            .and_then(|r| r.options.first())
            .map_or_else(|| dom_id(&q.id), |o| o.input_id.clone()),
        _ => dom_id(&q.id),
    };
    let mut described = Vec::new();
    if view.hint.is_some() {
        described.push(view.hint_id.clone());
    }
    if view.error.is_some() {
        described.push(view.error_id.clone());
    }
    view.described_by = described.join(" ");
    view
}

/// The error summary: one link per problem, to the control it concerns.
pub fn error_links(
    views: &[QuestionView],
    errors: &[AnswerError],
    t: &Texts<'_>,
) -> Vec<ErrorLink> {
    errors
        .iter()
        .map(|e| {
            // The field's own message (already phrased with option labels) and first control.
            // Each summary entry names its question, so entries can be told apart out of
            // context (several "Answer this question" would not be: WCAG 2.4.4).
            let named = |what: &Msg, error: &Option<Msg>| -> Msg {
                let error = error.clone().unwrap_or_else(|| t.error(e));
                Msg {
                    text: format!("{}: {}", what.text, error.text).into(),
                    lang: error.lang.or_else(|| what.lang.clone()),
                    dir: error.dir.or(what.dir),
                }
            };
            let found = views.iter().find_map(|v| {
                if v.id == e.field {
                    Some((v.first_input.clone(), Some(named(&v.legend, &v.error))))
                } else {
                    v.rows.iter().find(|r| r.field == e.field).map(|r| {
                        let input = r
                            .options
                            .first()
                            .map_or_else(|| r.id.clone(), |o| o.input_id.clone());
                        let what = Msg {
                            text: format!("{} – {}", v.legend.text, r.label.text).into(),
                            lang: r.label.lang.clone(),
                            dir: r.label.dir,
                        };
                        (input, Some(named(&what, &r.error)))
                    })
                }
            });
            let (target, message) = match found {
                Some((target, message)) => (target, message.unwrap_or_else(|| t.error(e))),
                // A rule on a matrix is reported on its first row; fields not shown go to main.
                None => (
                    views
                        .iter()
                        .find(|v| e.field.starts_with(&format!("{}.", v.id)))
                        .map_or_else(|| "main".to_string(), |v| v.first_input.clone()),
                    t.error(e),
                ),
            };
            ErrorLink {
                href: format!("#{target}"),
                message,
            }
        })
        .collect()
}

/// How an answer reads on the check page.
pub fn answer_text(
    survey: &Survey,
    q: &Question,
    answers: &ResponseAnswers,
    t: &Texts<'_>,
) -> Vec<Msg> {
    let label = |code: &str| {
        q.kind
            .option_set()
            .map(|s| t.survey(&format!("opt-{s}-{code}")))
            .unwrap_or_default()
    };
    let item = |row: Option<&String>| Item {
        question: q.id.clone(),
        row: row.cloned(),
    };
    match &q.kind {
        QuestionKind::Matrix { rows, .. } => rows
            .iter()
            .filter_map(|r| match answers.get(&item(Some(r))) {
                Some(AnswerValue::Code(c)) => {
                    let row = t.survey(&format!("q-{}-row-{r}", q.id));
                    let value = label(c);
                    Some(Msg {
                        text: format!("{}: {}", row.text, value.text).into(),
                        lang: row.lang.or(value.lang),
                        dir: row.dir.or(value.dir),
                    })
                }
                _ => None,
            })
            .collect(),
        _ => match answers.get(&item(None)) {
            Some(AnswerValue::Code(c)) => vec![label(c)],
            Some(AnswerValue::Codes(cs)) => cs.iter().map(|c| label(c)).collect(),
            Some(AnswerValue::Number(n)) => vec![Msg {
                text: format_number(*n).into(),
                ..Msg::default()
            }],
            // A resident's own words may be in any script: let the browser find the direction.
            Some(AnswerValue::Text(s)) => vec![Msg {
                text: s.as_str().into(),
                dir: Some("auto"),
                ..Msg::default()
            }],
            None => {
                let _ = survey;
                Vec::new()
            }
        },
    }
}

#[derive(Template)]
#[template(path = "landing.html")]
pub struct LandingPage {
    pub chrome: Chrome,
    pub heading: Msg,
    pub intro: Option<Msg>,
    pub privacy_heading: Msg,
    pub privacy: Vec<Msg>,
    pub start_action: String,
    pub start: Msg,
    pub continue_href: Option<String>,
    pub continue_label: Msg,
    pub resume_href: String,
    pub resume_label: Msg,
}

#[derive(Template)]
#[template(path = "page.html")]
pub struct QuestionPage {
    pub chrome: Chrome,
    pub progress: Msg,
    pub heading: Msg,
    pub back_href: String,
    pub back: Msg,
    pub error_title: Msg,
    pub errors: Vec<ErrorLink>,
    pub questions: Vec<QuestionView>,
    pub action: String,
    pub next: Msg,
    pub save: Msg,
    pub exclusive_or: Msg,
    pub error_prefix: Msg,
}

#[derive(Debug, Clone)]
pub struct CheckRow {
    pub question: Msg,
    pub answers: Vec<Msg>,
    pub change_href: String,
}

#[derive(Debug, Clone)]
pub struct CheckSection {
    pub heading: Msg,
    pub rows: Vec<CheckRow>,
}

#[derive(Template)]
#[template(path = "check.html")]
pub struct CheckPage {
    pub chrome: Chrome,
    pub heading: Msg,
    pub lead: Msg,
    pub back_href: String,
    pub back: Msg,
    pub error_title: Msg,
    pub errors: Vec<ErrorLink>,
    pub sections: Vec<CheckSection>,
    pub change: Msg,
    pub not_answered: Msg,
    pub invitation: Option<InvitationField>,
    pub action: String,
    pub submit: Msg,
    pub save_action: String,
    pub save: Msg,
}

#[derive(Debug, Clone)]
pub struct InvitationField {
    pub label: Msg,
    pub hint: Msg,
    pub error: Option<Msg>,
    pub value: String,
}

#[derive(Template)]
#[template(path = "message.html")]
pub struct MessagePage {
    pub chrome: Chrome,
    pub heading: Msg,
    pub paragraphs: Vec<Msg>,
    pub code: Option<String>,
    pub links: Vec<(String, Msg)>,
}

#[derive(Template)]
#[template(path = "resume.html")]
pub struct ResumePage {
    pub chrome: Chrome,
    pub heading: Msg,
    pub lead: Msg,
    pub error_title: Msg,
    pub error: Option<Msg>,
    pub label: Msg,
    pub hint: Msg,
    pub value: String,
    pub action: String,
    pub submit: Msg,
}

/// Renders a page into a buffer as large as the last page rendered at this call site
/// (`last`), so the 20 kB of a question page are not reached by doubling and copying.
pub fn render_sized<T: Template>(page: &T, last: &AtomicUsize) -> askama::Result<String> {
    let mut out = String::with_capacity(last.load(Ordering::Relaxed).max(T::SIZE_HINT));
    page.render_into(&mut out)?;
    // A little over, for the next page with a longer answer or another language.
    last.store(out.len() + out.len() / 8, Ordering::Relaxed);
    Ok(out)
}
