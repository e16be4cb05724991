//! What the template shows: final, escaped-at-render text only (askama escapes every `{{ }}`;
//! the charts' SVG, which atmos-charts escapes itself, and the stylesheet are the only
//! `|safe` values).

use askama::Template;

use crate::texts::ReportTexts;

/// The stylesheet, inlined: the report is one file with no external assets.
pub(crate) const CSS: &str = include_str!("../templates/report.css");

#[derive(Template)]
#[template(path = "report.html")]
pub(crate) struct Page<'a> {
    pub texts: &'a ReportTexts<'a>,
    pub lang: String,
    pub dir: &'static str,
    pub title: String,
    pub subtitle: String,
    /// When the report's texts fall back to another language (an Arabic report has English
    /// texts): that language and its direction, set on every block of those texts so they
    /// read in their own direction inside the page's. Empty when the texts are the page's.
    pub prose_lang: String,
    pub prose_dir: &'static str,
    pub css: &'static str,
    pub summary: Vec<String>,
    pub targets: Vec<TargetRow>,
    pub themes: Vec<ThemeSection>,
    pub groups: Option<DataTable>,
    pub groups_note: String,
    pub methods: Vec<String>,
    pub counts: DataTable,
}

impl Page<'_> {
    /// A report text without arguments (for headings and labels in the template).
    pub fn text(&self, id: &str) -> String {
        self.texts.get(id)
    }
}

/// A programme target and its status in the latest wave.
#[derive(Debug, Clone)]
pub(crate) struct TargetRow {
    pub indicator: String,
    pub indicator_label: String,
    pub target: String,
    pub latest: String,
    pub status: &'static str,
    pub status_text: String,
    pub responsible: Localized,
    pub programme: Option<Localized>,
}

/// A text with its language when it differs from the report's (a screen reader then
/// pronounces it right).
#[derive(Debug, Clone)]
pub(crate) struct Localized {
    pub text: String,
    pub lang: Option<String>,
}

#[derive(Debug, Clone)]
pub(crate) struct Figure {
    pub svg: String,
}

#[derive(Debug, Clone)]
pub(crate) struct ThemeSection {
    pub id: String,
    pub heading: String,
    pub figures: Vec<Figure>,
    pub table: DataTable,
}

/// An accessible table: a caption, column headers and rows with a header cell each.
#[derive(Debug, Clone)]
pub(crate) struct DataTable {
    pub caption: String,
    pub columns: Vec<String>,
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone)]
pub(crate) struct Row {
    pub header: String,
    /// `data-indicator`, or empty.
    pub indicator: String,
    /// `data-group` (`breakdown:group`), or empty.
    pub group: String,
    pub cells: Vec<CellView>,
}

#[derive(Debug, Clone)]
pub(crate) struct CellView {
    pub text: String,
    /// `value`, `hidden too-few-answers`, `hidden protects`, `no-answers`, `change`, ...
    pub class: String,
    /// `data-wave`, or empty.
    pub wave: String,
    /// The unrounded estimate (`data-estimate`) of a published cell, for readers that check.
    pub estimate: Option<f64>,
    pub lower: Option<f64>,
    pub upper: Option<f64>,
    pub n: Option<usize>,
}

impl CellView {
    pub fn text(text: String, class: &str) -> Self {
        Self {
            text,
            class: class.to_owned(),
            wave: String::new(),
            estimate: None,
            lower: None,
            upper: None,
            n: None,
        }
    }
}
