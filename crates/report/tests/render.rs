//! The report's HTML from real indicator tables: what it says and what it must never hold.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

mod common;

use std::collections::BTreeMap;

use atmos_charts::{Estimate, TargetDirection, Value};
use atmos_report::{ReportError, ReportInput, TargetStatus, render, target_status};
use atmos_survey::Target;
use common::{catalog, lang, loaded, report, table};

/// The text of every element that starts with `open` (e.g. `<td class="hidden`), up to the
/// element's closing tag `close`.
fn contents<'h>(html: &'h str, open: &str, close: &str) -> Vec<&'h str> {
    html.match_indices(open)
        .map(|(i, _)| {
            let rest = &html[i..];
            let start = rest.find('>').unwrap() + 1;
            let end = rest.find(close).unwrap();
            &rest[start..end]
        })
        .collect()
}

fn attr<'h>(tag: &'h str, name: &str) -> Option<&'h str> {
    let key = format!(" {name}=\"");
    let i = tag.find(&key)? + key.len();
    Some(&tag[i..i + tag[i..].find('"')?])
}

#[test]
fn the_document_is_self_contained_and_has_language_and_direction() {
    let t = table(&["2022", "2024"], &[], 10);
    for (code, dir) in [("fi", "ltr"), ("en", "ltr"), ("ar", "rtl"), ("fa", "rtl")] {
        let html = report(&t, &loaded().targets, code);
        assert!(
            html.starts_with(&format!(
                "<!DOCTYPE html>\n<html lang=\"{code}\" dir=\"{dir}\">"
            )),
            "{code}: {}",
            &html[..80]
        );
        assert!(!html.to_ascii_lowercase().contains("<script"), "{code}");
        for bad in [
            "src=\"http",
            "href=\"http",
            "url(",
            "@import",
            "<link",
            "<img",
        ] {
            assert!(!html.contains(bad), "{code}: the report holds {bad}");
        }
        assert!(html.contains("<style>"), "{code}: inline CSS");
        // Persian has no report texts yet: the English ones it falls back to keep their own
        // language and direction inside the right-to-left page.
        let fallback = html.contains("<ul class=\"summary-list\" lang=\"en\" dir=\"ltr\">");
        assert_eq!(fallback, code == "fa", "{code}");
        assert!(html.contains("@media print"), "{code}");
        // One overview per theme, one trend per target of an indicator in the table.
        let mut themes: Vec<&str> = t.indicators.iter().map(|i| i.theme.as_str()).collect();
        themes.sort_unstable();
        themes.dedup();
        let targeted = loaded()
            .targets
            .iter()
            .filter(|g| t.indicators.iter().any(|i| i.id == g.indicator))
            .count();
        assert!(
            targeted >= 2,
            "the test needs targets of indicators in the table"
        );
        let charts = html.matches("<svg xmlns").count();
        assert_eq!(charts, themes.len() + targeted, "{code}");
        // In the theme's overview and in the indicator's own trend chart.
        assert_eq!(
            html.matches("class=\"target\" data-value=").count(),
            2 * targeted,
            "{code}"
        );
        let mut ids: Vec<&str> = html
            .match_indices(" id=\"")
            .map(|(i, _)| {
                let rest = &html[i + 5..];
                &rest[..rest.find('"').unwrap()]
            })
            .collect();
        let all = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), all, "{code}: element ids repeat");
    }
}

#[test]
fn the_summary_opens_with_the_change_of_a_targets_indicator() {
    let t = table(&["2022", "2024"], &[], 10);
    let html = report(&t, &loaded().targets, "en");
    let summary = &html[html.find("id=\"summary\"").unwrap()..html.find("id=\"targets\"").unwrap()];
    let items = contents(summary, "<li>", "</li>");
    assert!(
        items[0].starts_with("This report compares 2 waves"),
        "{}",
        items[0]
    );
    assert!(
        items[0].contains("500 in 2022; 500 in 2024"),
        "{}",
        items[0]
    );
    let cell = |wave: &str| {
        t.cells
            .iter()
            .find(|c| {
                c.indicator == "racism_experienced_12m" && c.wave == wave && c.breakdown.is_none()
            })
            .unwrap()
    };
    let pct = |x: f64| format!("{}%", (x * 100.0).round());
    let (a, b) = (cell("2022"), cell("2024"));
    let bare = |x: f64| format!("{}", (x * 100.0).round());
    let expected = format!(
        "from {} ({}–{}) in 2022 to {} ({}–{}) in 2024",
        pct(a.estimate.unwrap()),
        bare(a.ci_lower.unwrap()),
        pct(a.ci_upper.unwrap()),
        pct(b.estimate.unwrap()),
        bare(b.ci_lower.unwrap()),
        pct(b.ci_upper.unwrap()),
    );
    let sentence = items[1];
    assert!(
        sentence.starts_with("Experienced discrimination or racism (12 months): "),
        "{sentence}"
    );
    assert!(
        sentence.contains(&expected),
        "{sentence}\nexpected: {expected}"
    );
    let c = t
        .comparisons
        .iter()
        .find(|c| c.indicator == "racism_experienced_12m" && c.breakdown.is_none())
        .unwrap();
    let significant = c.p_holm.unwrap() < 0.05;
    assert!(
        sentence.ends_with(if significant {
            "the change is statistically significant."
        } else {
            "the change is not statistically significant."
        }),
        "{sentence}"
    );
    assert!(
        sentence.contains(if c.difference.unwrap() < 0.0 {
            "fell"
        } else {
            "rose"
        }),
        "{sentence}"
    );
}

#[test]
fn target_statuses_follow_the_latest_waves_interval() {
    let t = table(&["2022", "2024"], &[], 10);
    let html = report(&t, &loaded().targets, "en");
    let rows: Vec<&str> = html
        .match_indices("<tr class=\"target\"")
        .map(|(i, _)| &html[i..i + html[i..].find("</tr>").unwrap()])
        .collect();
    assert_eq!(rows.len(), loaded().targets.len());
    for (row, target) in rows.iter().zip(&loaded().targets) {
        assert_eq!(attr(row, "data-indicator"), Some(target.indicator.as_str()));
        let Some(cell) = t
            .cells
            .iter()
            .find(|c| c.indicator == target.indicator && c.wave == "2024" && c.breakdown.is_none())
        else {
            // Not in the respondent file: no data, and no number.
            assert_eq!(attr(row, "data-status"), Some("no-data"), "{row}");
            continue;
        };
        let value = Value::Published(Estimate {
            estimate: cell.estimate.unwrap(),
            interval: cell.ci_lower.zip(cell.ci_upper),
            n: cell.n.unwrap(),
        });
        let status = target_status(target.direction, target.value, &value);
        assert_eq!(attr(row, "data-status"), Some(status.as_str()), "{row}");
        assert!(row.contains(&target.responsible["en"]), "{row}");
    }
    assert!(rows[0].contains("below 30% by 2026"), "{}", rows[0]);
}

#[test]
fn hidden_cells_show_words_and_never_a_number() {
    // With a minimum of 400 answers, the indicators of subgroups (those discriminated against,
    // ...) are hidden in whole waves.
    let t = table(&["2022", "2024"], &["age_band"], 400);
    let hidden: Vec<_> = t
        .cells
        .iter()
        .filter(|c| c.breakdown.is_none() && c.estimate.is_none() && c.n.is_none())
        .filter(|c| c.suppression.is_some())
        .collect();
    assert!(!hidden.is_empty(), "the test needs hidden cells");
    for code in ["en", "fi"] {
        let html = report(&t, &loaded().targets, code);
        let expected = if code == "en" {
            "Too few answers"
        } else {
            "Liian vähän vastauksia"
        };
        for c in &hidden {
            let row_start = html
                .find(&format!("<tr data-indicator=\"{}\">", c.indicator))
                .unwrap_or_else(|| panic!("{code}: no row for {}", c.indicator));
            let row = &html[row_start..row_start + html[row_start..].find("</tr>").unwrap()];
            let cell = format!(
                "<td class=\"hidden too-few-answers\" data-wave=\"{}\">{expected}</td>",
                c.wave
            );
            assert!(row.contains(&cell), "{code}: {row}");
        }
        for w in contents(&html, "<td class=\"hidden", "</td>") {
            assert!(!w.chars().any(|ch| ch.is_ascii_digit()), "{code}: {w}");
        }
    }
    let html = report(&t, &loaded().targets, "en");
    assert!(html.contains("fewer than 400 answers"));
}

#[test]
fn interpolated_text_is_escaped() {
    let t = table(&["2022", "2024"], &[], 10);
    let mut responsible = BTreeMap::new();
    responsible.insert(
        "fi".to_owned(),
        "<script>alert(1)</script> & \"Oulu\"".to_owned(),
    );
    let targets = vec![Target {
        indicator: "racism_experienced_12m".into(),
        direction: TargetDirection::Below,
        value: 0.3,
        by: "2026".into(),
        responsible,
        programme: None,
    }];
    let html = report(&t, &targets, "en");
    assert!(!html.contains("<script>"));
    assert!(
        html.contains("&#60;script&#62;alert(1)&#60;/script&#62;")
            || html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "escaped"
    );
    // Only a Finnish text: shown with its own language.
    assert!(html.contains("<span class=\"responsible\" lang=\"fi\">"));
}

#[test]
fn a_single_wave_has_levels_and_no_changes() {
    let t = table(&["2024"], &["gender"], 10);
    let html = report(&t, &loaded().targets, "en");
    assert!(html.contains("This report shows one wave of the survey (2024)."));
    assert!(html.contains("With a single wave there are no changes to show."));
    assert!(!html.contains("Change 2024"));
}

#[test]
fn bad_input_is_a_specific_error() {
    let mut t = table(&["2022", "2024"], &[], 10);
    let locale = lang("en");
    let input = |t: &atmos_analysis::IndicatorTable, l: &atmos_i18n::LanguageIdentifier| {
        let input = ReportInput {
            table: t,
            survey: &loaded().survey,
            targets: &loaded().targets,
            catalog: catalog(),
            locale: l,
            questionnaires: &[],
        };
        render(&input)
    };
    let klingon = lang("tlh");
    assert!(matches!(
        input(&t, &klingon),
        Err(ReportError::UnknownLanguage(_))
    ));
    t.waves[1].respondents = 0;
    assert!(
        matches!(input(&t, &locale), Err(ReportError::WaveWithoutData { wave }) if wave == "2024")
    );
    t.waves.clear();
    assert!(matches!(input(&t, &locale), Err(ReportError::NoWaves)));
}

#[test]
fn statuses_are_named_in_every_shipped_language() {
    for code in ["fi", "sv", "en"] {
        for s in [
            TargetStatus::Met,
            TargetStatus::Missed,
            TargetStatus::CannotTell,
            TargetStatus::NoData,
            TargetStatus::Suppressed,
        ] {
            let id = format!("report-status-{}", s.as_str());
            assert!(catalog().has(&lang(code), "report", &id), "{code}: {id}");
        }
    }
}

#[test]
fn the_largest_significant_group_changes_are_listed_first() {
    let mut t = table(&["2022", "2024"], &["gender"], 10);
    let alpha = 1.0 - t.level;
    // Mark two published group comparisons significant (the synthetic file has none).
    let mut marked = Vec::new();
    for c in t.comparisons.iter_mut().filter(|c| {
        c.breakdown.is_some()
            && c.status == atmos_analysis::CellStatus::Published
            && c.difference.is_some()
    }) {
        if marked.len() == 2 {
            c.p_holm = Some(1.0);
            continue;
        }
        c.p_holm = Some(alpha / 10.0);
        marked.push((
            c.indicator.clone(),
            format!(
                "{}:{}",
                c.breakdown.clone().unwrap(),
                c.group.clone().unwrap()
            ),
            c.difference.unwrap().abs(),
        ));
    }
    assert_eq!(
        marked.len(),
        2,
        "the test needs published group comparisons"
    );
    let html = report(&t, &loaded().targets, "en");
    let groups = &html[html.find("id=\"groups\"").unwrap()..html.find("id=\"methods\"").unwrap()];
    assert!(
        groups.contains("Statistically significant changes between 2022 and 2024 within groups: 2")
    );
    let rows: Vec<&str> = groups
        .match_indices("<tr data-indicator=")
        .map(|(i, _)| &groups[i..i + groups[i..].find("</tr>").unwrap()])
        .collect();
    assert_eq!(rows.len(), 2);
    marked.sort_by(|a, b| b.2.total_cmp(&a.2));
    for (row, (indicator, group, _)) in rows.iter().zip(&marked) {
        assert_eq!(
            attr(row, "data-indicator"),
            Some(indicator.as_str()),
            "{row}"
        );
        assert_eq!(attr(row, "data-group"), Some(group.as_str()), "{row}");
        assert!(row.contains("(significant)"), "{row}");
        assert_eq!(row.matches("class=\"value\"").count(), 2, "{row}");
    }
}

#[test]
fn every_report_text_is_in_finnish_swedish_english_and_arabic() {
    let en = std::fs::read_to_string(common::root().join("i18n/en/report.ftl")).unwrap();
    let ids: Vec<&str> = en
        .lines()
        .filter(|l| l.starts_with("report-"))
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id))
        .collect();
    assert!(ids.len() > 50, "{} ids", ids.len());
    for code in ["fi", "sv", "en", "ar"] {
        for id in &ids {
            assert!(
                catalog().has(&lang(code), "report", id),
                "{code} lacks {id}"
            );
        }
    }
}
