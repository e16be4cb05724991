//! Writing an [`IndicatorTable`]: JSON (the whole table), CSV (one row per cell, comparison,
//! distribution share and distribution test, every field) and a readable terminal table.
//! Hidden cells never show a number: JSON and CSV carry `status = suppressed` and the reason,
//! the terminal table says "too few answers".

use std::fmt::Write as _;

use crate::table::{
    Cell, CellStatus, ComparisonRow, Distribution, Hidden, IndicatorKind, IndicatorTable,
    TestStatus,
};

/// The table as pretty-printed JSON.
pub fn to_json(table: &IndicatorTable) -> String {
    // The table holds only strings, numbers, options and enums: serialising cannot fail, and
    // non-finite numbers do not occur (they become `null` if they ever did).
    serde_json::to_string_pretty(table).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// The CSV columns. `record` is `cell`, `comparison`, `distribution` or `distribution_test`;
/// fields that do not apply are empty. The first 27 columns are those of cells and
/// comparisons; the distributions' columns follow them:
/// - `distribution`: one row per item × wave × domain × category: `item`, `category`, `wave`,
///   `breakdown`, `group`, `status`, `suppression`, `n` and `sum_weights` (of the wave's
///   domain: respondents with a substantive answer), `estimate` (the category's weighted
///   share);
/// - `distribution_test`: one row per item × set of waves × domain: `item`, `waves` (the
///   waves compared, separated by `;`; a pair also in `earlier` and `later`), `breakdown`,
///   `group`, `status` (`published`, `suppressed`, `empty` or `not_testable`, with `note`),
///   `categories_tested`, `pearson_x2`, `f`, `ndf`, `ddf`, `p_value`, `p_holm`.
pub const CSV_COLUMNS: [&str; 36] = [
    "record",
    "indicator",
    "kind",
    "wave",
    "earlier",
    "later",
    "breakdown",
    "group",
    "status",
    "suppression",
    "suppression_detail",
    "n",
    "sum_weights",
    "estimate",
    "se",
    "ci_lower",
    "ci_upper",
    "ci_method",
    "df",
    "deff",
    "deff_kish",
    "n_eff_kish",
    "difference",
    "z",
    "p_value",
    "p_holm",
    "level",
    "item",
    "category",
    "waves",
    "categories_tested",
    "pearson_x2",
    "f",
    "ndf",
    "ddf",
    "note",
];

/// One CSV line, filled by column name.
struct CsvRow([String; CSV_COLUMNS.len()]);

impl CsvRow {
    fn new(record: &str, level: &str) -> Self {
        let mut row = Self(std::array::from_fn(|_| String::new()));
        row.set("record", record.to_owned());
        row.set("level", level.to_owned());
        row
    }

    fn set(&mut self, column: &str, value: String) {
        // Every name used here is one of CSV_COLUMNS (the tests read every field back).
        if let Some(i) = CSV_COLUMNS.iter().position(|c| *c == column) {
            self.0[i] = value;
        }
    }

    fn hidden(&mut self, h: Option<&Hidden>) {
        let (reason, detail) = hidden_fields(h);
        self.set("suppression", reason);
        self.set("suppression_detail", detail);
    }

    fn domain(&mut self, breakdown: &Option<String>, group: &Option<String>) {
        self.set("breakdown", opt_str(breakdown));
        self.set("group", opt_str(group));
    }
}

/// The table as CSV: a header ([`CSV_COLUMNS`]), every cell, every comparison, then each
/// distribution's rows and its tests. Numbers are written in full precision (the shortest text
/// that reads back to the same `f64`).
pub fn to_csv(table: &IndicatorTable) -> String {
    let mut out = CSV_COLUMNS.join(",");
    out.push('\n');
    let level = table.level.to_string();
    for c in &table.cells {
        let mut row = CsvRow::new("cell", &level);
        row.set("indicator", c.indicator.clone());
        row.set("kind", kind_name(c.kind).into());
        row.set("wave", c.wave.clone());
        row.domain(&c.breakdown, &c.group);
        row.set("status", status_name(c.status).into());
        row.hidden(c.suppression.as_ref());
        row.set("n", opt(c.n));
        row.set("sum_weights", opt(c.sum_weights));
        row.set("estimate", opt(c.estimate));
        row.set("se", opt(c.se));
        row.set("ci_lower", opt(c.ci_lower));
        row.set("ci_upper", opt(c.ci_upper));
        row.set(
            "ci_method",
            c.ci_method.map(method_name).unwrap_or_default().into(),
        );
        row.set("df", opt(c.df));
        row.set("deff", opt(c.deff));
        row.set("deff_kish", opt(c.deff_kish));
        row.set("n_eff_kish", opt(c.n_eff_kish));
        push_row(&mut out, &row.0);
    }
    for c in &table.comparisons {
        let mut row = CsvRow::new("comparison", &level);
        row.set("indicator", c.indicator.clone());
        row.set("kind", kind_name(c.kind).into());
        row.set("earlier", c.earlier.clone());
        row.set("later", c.later.clone());
        row.domain(&c.breakdown, &c.group);
        row.set("status", status_name(c.status).into());
        row.hidden(c.suppression.as_ref());
        row.set("se", opt(c.se));
        row.set("ci_lower", opt(c.ci_lower));
        row.set("ci_upper", opt(c.ci_upper));
        row.set("difference", opt(c.difference));
        row.set("z", opt(c.z));
        row.set("p_value", opt(c.p_value));
        row.set("p_holm", opt(c.p_holm));
        push_row(&mut out, &row.0);
    }
    for d in &table.distributions {
        for c in &d.cells {
            for (k, category) in d.categories.iter().enumerate() {
                let mut row = CsvRow::new("distribution", &level);
                row.set("item", d.item.clone());
                row.set("category", category.clone());
                row.set("wave", c.wave.clone());
                row.domain(&c.breakdown, &c.group);
                row.set("status", status_name(c.status).into());
                row.hidden(c.suppression.as_ref());
                row.set("n", opt(c.n));
                row.set("sum_weights", opt(c.sum_weights));
                row.set(
                    "estimate",
                    opt(c.shares.as_ref().and_then(|s| s.get(k).copied())),
                );
                push_row(&mut out, &row.0);
            }
        }
        for t in &d.tests {
            let mut row = CsvRow::new("distribution_test", &level);
            row.set("item", d.item.clone());
            row.set("waves", t.waves.join(";"));
            if let [earlier, later] = t.waves.as_slice() {
                row.set("earlier", earlier.clone());
                row.set("later", later.clone());
            }
            row.domain(&t.breakdown, &t.group);
            row.set("status", test_status_name(t.status).into());
            row.hidden(t.suppression.as_ref());
            row.set("note", t.note.clone().unwrap_or_default());
            row.set("categories_tested", opt(t.categories_tested));
            row.set("pearson_x2", opt(t.pearson_x2));
            row.set("f", opt(t.f));
            row.set("ndf", opt(t.ndf));
            row.set("ddf", opt(t.ddf));
            row.set("p_value", opt(t.p_value));
            row.set("p_holm", opt(t.p_holm));
            push_row(&mut out, &row.0);
        }
    }
    out
}

fn push_row(out: &mut String, fields: &[String]) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if f.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&f.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(f);
        }
    }
    out.push('\n');
}

fn hidden_fields(h: Option<&Hidden>) -> (String, String) {
    match h {
        None => (String::new(), String::new()),
        Some(Hidden::TooFewAnswers { min_n }) => {
            ("too_few_answers".into(), format!("min_n={min_n}"))
        }
        Some(Hidden::Complementary { protects }) => {
            ("complementary".into(), format!("protects={protects}"))
        }
        Some(Hidden::ComparedCellHidden { wave }) => {
            ("compared_cell_hidden".into(), format!("wave={wave}"))
        }
    }
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

fn opt_str(v: &Option<String>) -> String {
    v.clone().unwrap_or_default()
}

fn kind_name(k: IndicatorKind) -> &'static str {
    match k {
        IndicatorKind::Share => "share",
        IndicatorKind::Index => "index",
    }
}

fn status_name(s: CellStatus) -> &'static str {
    match s {
        CellStatus::Published => "published",
        CellStatus::Suppressed => "suppressed",
        CellStatus::Empty => "empty",
    }
}

fn test_status_name(s: TestStatus) -> &'static str {
    match s {
        TestStatus::Published => "published",
        TestStatus::Suppressed => "suppressed",
        TestStatus::Empty => "empty",
        TestStatus::NotTestable => "not_testable",
    }
}

fn method_name(m: crate::table::CiMethod) -> &'static str {
    use crate::table::CiMethod;
    match m {
        CiMethod::Logit => "logit",
        CiMethod::KornGraubard => "korn_graubard",
        CiMethod::Normal => "normal",
        CiMethod::ClopperPearson => "clopper_pearson",
    }
}

/// A readable table for a terminal: per indicator, one line per domain with a column per wave
/// (shares in %, indexes on 0-100, with the interval and n), then its comparisons; then per
/// categorical item its distribution (a line per domain and wave, a column per category) and
/// its Rao-Scott tests across waves.
pub fn to_text(table: &IndicatorTable) -> String {
    let mut out = String::new();
    let level = format!("{}%", table.level * 100.0);
    let _ = writeln!(out, "survey {}", table.survey);
    for w in &table.waves {
        let weighting = match &w.weighting {
            crate::table::WeightingReport::None => "unweighted".to_owned(),
            crate::table::WeightingReport::Column { column, weights } => format!(
                "weights from column {column} (Kish n_eff {:.0})",
                weights.kish_n_eff
            ),
            crate::table::WeightingReport::Raked {
                margins,
                iterations,
                weights,
                ..
            } => format!(
                "raked to {} in {iterations} iterations (weights {:.2}-{:.2} x mean, Kish n_eff {:.0})",
                margins.join(", "),
                weights.min / weights.mean,
                weights.max / weights.mean,
                weights.kish_n_eff
            ),
        };
        let _ = writeln!(
            out,
            "wave {}: {} respondents, {weighting}",
            w.wave, w.respondents
        );
    }
    let _ = writeln!(
        out,
        "cells with fewer than {} answers are hidden; intervals {level}",
        table.min_n
    );
    if !table.skipped_indicators.is_empty() {
        let _ = writeln!(
            out,
            "not computed (the respondent file lacks their items): {}",
            table.skipped_indicators.join(", ")
        );
    }
    let waves: Vec<&str> = table.waves.iter().map(|w| w.wave.as_str()).collect();
    const DOMAIN: usize = 30;
    const WIDTH: usize = 31;
    for info in &table.indicators {
        let unit = match info.kind {
            IndicatorKind::Share => "share, %",
            IndicatorKind::Index => "index, 0-100",
        };
        let _ = writeln!(out, "\n{} ({unit})", info.id);
        let _ = write!(out, "  {:<DOMAIN$}", "");
        for w in &waves {
            let _ = write!(out, "{w:<WIDTH$}");
        }
        out.push('\n');
        let cells: Vec<&Cell> = table
            .cells
            .iter()
            .filter(|c| c.indicator == info.id)
            .collect();
        let mut domains: Vec<(Option<&str>, Option<&str>)> = Vec::new();
        for c in &cells {
            let d = (c.breakdown.as_deref(), c.group.as_deref());
            if !domains.contains(&d) {
                domains.push(d);
            }
        }
        for d in &domains {
            let name = domain_label(d.0, d.1);
            let _ = write!(out, "  {name:<DOMAIN$}");
            for w in &waves {
                let text = cells
                    .iter()
                    .find(|c| c.wave == *w && (c.breakdown.as_deref(), c.group.as_deref()) == *d)
                    .map_or_else(String::new, |c| cell_text(c));
                let _ = write!(out, "{text:<WIDTH$}");
            }
            out.push('\n');
        }
        let comparisons: Vec<&ComparisonRow> = table
            .comparisons
            .iter()
            .filter(|c| c.indicator == info.id && c.status != CellStatus::Empty)
            .collect();
        if !comparisons.is_empty() {
            let _ = writeln!(out, "  changes ({level} interval, p, Holm-adjusted p):");
        }
        for c in comparisons {
            let name = domain_label(c.breakdown.as_deref(), c.group.as_deref());
            let text = match (&c.suppression, c.difference) {
                (Some(h), _) => h.label().to_owned(),
                (None, Some(d)) => {
                    let scale = scale(c.kind);
                    format!(
                        "{:+.1} ({:+.1} to {:+.1}), p {}, Holm p {}",
                        d * scale,
                        c.ci_lower.unwrap_or(f64::NAN) * scale,
                        c.ci_upper.unwrap_or(f64::NAN) * scale,
                        p_text(c.p_value),
                        p_text(c.p_holm)
                    )
                }
                (None, None) => String::new(),
            };
            let _ = writeln!(
                out,
                "    {name:<DOMAIN$}{:>6} -> {:<8}{text}",
                c.earlier, c.later
            );
        }
    }
    for d in &table.distributions {
        distribution_text(&mut out, d);
    }
    let mut trimmed: String = out.lines().map(|l| format!("{}\n", l.trim_end())).collect();
    if trimmed.is_empty() {
        trimmed.push('\n');
    }
    trimmed
}

/// A question's section: per domain and wave the weighted % of each substantive category and
/// n, then the Rao-Scott tests across waves.
fn distribution_text(out: &mut String, d: &Distribution) {
    const DOMAIN: usize = 30;
    const WAVE: usize = 8;
    let _ = writeln!(
        out,
        "\n{}: distribution of substantive answers, weighted % (behind {})",
        d.item,
        d.indicators.join(", ")
    );
    let widths: Vec<usize> = d.categories.iter().map(|c| c.len().max(5) + 2).collect();
    let _ = write!(out, "  {:<DOMAIN$}{:<WAVE$}", "", "");
    for (c, width) in d.categories.iter().zip(&widths) {
        let _ = write!(out, "{c:<width$}");
    }
    out.push('\n');
    // Domain by domain (the cells are stored wave by wave), so that a domain's waves are read
    // one under the other.
    let mut domains: Vec<(Option<&str>, Option<&str>)> = Vec::new();
    for c in &d.cells {
        let domain = (c.breakdown.as_deref(), c.group.as_deref());
        if !domains.contains(&domain) {
            domains.push(domain);
        }
    }
    for domain in domains {
        let cells = d
            .cells
            .iter()
            .filter(|c| (c.breakdown.as_deref(), c.group.as_deref()) == domain);
        for (i, c) in cells.enumerate() {
            let name = if i == 0 {
                domain_label(domain.0, domain.1)
            } else {
                String::new()
            };
            let _ = write!(out, "  {name:<DOMAIN$}{:<WAVE$}", c.wave);
            match (c.status, &c.suppression, &c.shares) {
                (CellStatus::Empty, _, _) => out.push_str("no answers"),
                (_, Some(h), _) => out.push_str(h.label()),
                (_, None, Some(shares)) => {
                    for (share, width) in shares.iter().zip(&widths) {
                        let _ = write!(out, "{:<width$}", format!("{:.1}", share * 100.0));
                    }
                    let _ = write!(out, "n={}", c.n.unwrap_or(0));
                }
                _ => {}
            }
            out.push('\n');
        }
    }
    let tests: Vec<_> = d
        .tests
        .iter()
        .filter(|t| t.status != TestStatus::Empty)
        .collect();
    if !tests.is_empty() {
        let _ = writeln!(
            out,
            "  tests of the whole distribution across waves (Rao-Scott F with its df, p, \
             Holm-adjusted p):"
        );
    }
    for t in tests {
        let name = domain_label(t.breakdown.as_deref(), t.group.as_deref());
        let text = match (&t.suppression, t.status, t.f) {
            (Some(h), _, _) => h.label().to_owned(),
            (None, TestStatus::NotTestable, _) => {
                format!("not testable: {}", t.note.as_deref().unwrap_or(""))
            }
            (None, _, Some(f)) => format!(
                "F {f:.2} ({:.1}, {:.1}), p {}, Holm p {}",
                t.ndf.unwrap_or(f64::NAN),
                t.ddf.unwrap_or(f64::NAN),
                p_text(t.p_value),
                p_text(t.p_holm)
            ),
            _ => String::new(),
        };
        let _ = writeln!(out, "    {name:<DOMAIN$}{:<20}{text}", t.waves.join(", "));
    }
}

fn domain_label(breakdown: Option<&str>, group: Option<&str>) -> String {
    match (breakdown, group) {
        (Some(b), Some(g)) => format!("{b}: {g}"),
        _ => "all".to_owned(),
    }
}

fn scale(kind: IndicatorKind) -> f64 {
    match kind {
        IndicatorKind::Share => 100.0,
        IndicatorKind::Index => 1.0,
    }
}

fn cell_text(c: &Cell) -> String {
    match (c.status, &c.suppression, c.estimate) {
        (CellStatus::Empty, _, _) => "no answers".to_owned(),
        (_, Some(h), _) => h.label().to_owned(),
        (_, None, Some(e)) => {
            let s = scale(c.kind);
            let interval = match (c.ci_lower, c.ci_upper) {
                (Some(l), Some(u)) => format!(" ({:.1}-{:.1})", l * s, u * s),
                _ => String::new(),
            };
            format!("{:.1}{interval} n={}", e * s, c.n.unwrap_or(0))
        }
        _ => String::new(),
    }
}

fn p_text(p: Option<f64>) -> String {
    match p {
        None => "-".to_owned(),
        Some(p) if p < 0.001 => "<0.001".to_owned(),
        Some(p) => format!("{p:.3}"),
    }
}
