//! Writing an [`IndicatorTable`]: JSON (the whole table), CSV (one row per cell and one per
//! comparison, every field) and a readable terminal table. Hidden cells never show a number:
//! JSON and CSV carry `status = suppressed` and the reason, the terminal table says "too few
//! answers".

use std::fmt::Write as _;

use crate::table::{Cell, CellStatus, ComparisonRow, Hidden, IndicatorKind, IndicatorTable};

/// The table as pretty-printed JSON.
pub fn to_json(table: &IndicatorTable) -> String {
    // The table holds only strings, numbers, options and enums: serialising cannot fail, and
    // non-finite numbers do not occur (they become `null` if they ever did).
    serde_json::to_string_pretty(table).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// The CSV columns: `record` is `cell` or `comparison`; fields that do not apply are empty.
pub const CSV_COLUMNS: [&str; 27] = [
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
];

/// The table as CSV: a header ([`CSV_COLUMNS`]), every cell, then every comparison. Numbers
/// are written in full precision (the shortest text that reads back to the same `f64`).
pub fn to_csv(table: &IndicatorTable) -> String {
    let mut out = CSV_COLUMNS.join(",");
    out.push('\n');
    let level = table.level.to_string();
    for c in &table.cells {
        let (reason, detail) = hidden_fields(c.suppression.as_ref());
        let row: [String; 27] = [
            "cell".into(),
            c.indicator.clone(),
            kind_name(c.kind).into(),
            c.wave.clone(),
            String::new(),
            String::new(),
            opt_str(&c.breakdown),
            opt_str(&c.group),
            status_name(c.status).into(),
            reason,
            detail,
            opt(c.n),
            opt(c.sum_weights),
            opt(c.estimate),
            opt(c.se),
            opt(c.ci_lower),
            opt(c.ci_upper),
            c.ci_method.map(method_name).unwrap_or_default().into(),
            opt(c.df),
            opt(c.deff),
            opt(c.deff_kish),
            opt(c.n_eff_kish),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            level.clone(),
        ];
        push_row(&mut out, &row);
    }
    for c in &table.comparisons {
        let (reason, detail) = hidden_fields(c.suppression.as_ref());
        let row: [String; 27] = [
            "comparison".into(),
            c.indicator.clone(),
            kind_name(c.kind).into(),
            String::new(),
            c.earlier.clone(),
            c.later.clone(),
            opt_str(&c.breakdown),
            opt_str(&c.group),
            status_name(c.status).into(),
            reason,
            detail,
            String::new(),
            String::new(),
            String::new(),
            opt(c.se),
            opt(c.ci_lower),
            opt(c.ci_upper),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            opt(c.difference),
            opt(c.z),
            opt(c.p_value),
            opt(c.p_holm),
            level.clone(),
        ];
        push_row(&mut out, &row);
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
/// (shares in %, indexes on 0-100, with the interval and n), then its comparisons.
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
    let mut trimmed: String = out.lines().map(|l| format!("{}\n", l.trim_end())).collect();
    if trimmed.is_empty() {
        trimmed.push('\n');
    }
    trimmed
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
