//! `atmos report` end to end on respondent files (no database): the HTML holds the summary
//! sentence of a known change, the programme targets' statuses, tables whose numbers are
//! those of `atmos analyze --format json`, hidden cells as words, no free text, nothing
//! external, and `lang`/`dir` for Finnish and Arabic; bad input is a specific error with
//! nothing written.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

mod offline;

use std::path::Path;
use std::process::{Command, Output};

use offline::{WHOLE_TABLE, atmos, fails, ok, on_file, root};

fn report_with(input: &str, out: &Path, extra: &[&str]) -> Output {
    on_file("report", input, out, extra)
}

/// The report of 2022 and 2024 in `lang` (and more arguments), as text.
fn report(lang: &str, extra: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.html");
    let mut args = vec!["--waves", "2022,2024", "--lang", lang];
    args.extend_from_slice(extra);
    ok(&report_with(WHOLE_TABLE, &out, &args));
    std::fs::read_to_string(&out).unwrap()
}

/// The table of 2022 and 2024, as the report computes it.
fn analyze_json(extra: &[&str]) -> serde_json::Value {
    let mut args = vec!["--waves", "2022,2024"];
    args.extend_from_slice(extra);
    offline::analyze_json(&args)
}

fn attr<'h>(tag: &'h str, name: &str) -> Option<&'h str> {
    let key = format!(" {name}=\"");
    let i = tag.find(&key)? + key.len();
    Some(&tag[i..i + tag[i..].find('"')?])
}

/// The `<tr ...>...</tr>` elements whose start tag contains `marker`.
fn rows<'h>(html: &'h str, marker: &str) -> Vec<&'h str> {
    html.match_indices(marker)
        .map(|(i, _)| {
            // The marker may itself start the row.
            let start = html[..i + 3].rfind("<tr").unwrap();
            &html[start..i + html[i..].find("</tr>").unwrap()]
        })
        .collect()
}

/// The `<td>` start tags and texts of a row.
fn cells(row: &str) -> Vec<(&str, &str)> {
    row.match_indices("<td")
        .map(|(i, _)| {
            let rest = &row[i..];
            let gt = rest.find('>').unwrap();
            (&rest[..gt], &rest[gt + 1..rest.find("</td>").unwrap()])
        })
        .collect()
}

fn whole_cell<'j>(
    json: &'j serde_json::Value,
    indicator: &str,
    wave: &str,
) -> &'j serde_json::Value {
    json["cells"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["indicator"] == indicator && c["wave"] == wave && c["breakdown"].is_null())
        .unwrap()
}

#[test]
fn the_summary_states_a_known_change_in_english_and_finnish() {
    // Holm's adjustment runs over the run's comparisons: the same groups in both runs.
    let json = analyze_json(&["--by", "gender"]);
    let comparison = json["comparisons"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["indicator"] == "racism_experienced_12m" && c["breakdown"].is_null())
        .unwrap();
    // The synthetic waves: the share falls from 2022 to 2024.
    assert!(comparison["difference"].as_f64().unwrap() < 0.0);
    let significant = comparison["p_holm"].as_f64().unwrap() < 0.05;
    let pct = |c: &serde_json::Value, field: &str| (c[field].as_f64().unwrap() * 100.0).round();
    let (a, b) = (
        whole_cell(&json, "racism_experienced_12m", "2022"),
        whole_cell(&json, "racism_experienced_12m", "2024"),
    );
    let en = report("en", &["--by", "gender"]);
    let expected = format!(
        "Experienced discrimination or racism (12 months): fell from {}% ({}–{}%) in 2022 \
         to {}% ({}–{}%) in 2024; the change is {}statistically significant.",
        pct(a, "estimate"),
        pct(a, "ci_lower"),
        pct(a, "ci_upper"),
        pct(b, "estimate"),
        pct(b, "ci_lower"),
        pct(b, "ci_upper"),
        if significant { "" } else { "not " },
    );
    let summary = &en[en.find("id=\"summary\"").unwrap()..en.find("id=\"targets\"").unwrap()];
    assert!(
        summary.contains(&format!("<li>{expected}</li>")),
        "{summary}\nexpected: {expected}"
    );

    let fi = report("fi", &["--by", "gender"]);
    let nbsp = '\u{a0}';
    let expected = format!(
        "laski vuoden 2022 tasosta {}{nbsp}% ({}–{}{nbsp}%) vuoden 2024 tasoon {}{nbsp}% \
         ({}–{}{nbsp}%); muutos {} tilastollisesti merkitsevä.",
        pct(a, "estimate"),
        pct(a, "ci_lower"),
        pct(a, "ci_upper"),
        pct(b, "estimate"),
        pct(b, "ci_lower"),
        pct(b, "ci_upper"),
        if significant { "on" } else { "ei ole" },
    );
    assert!(fi.contains(&expected), "expected in Finnish: {expected}");
}

#[test]
fn targets_have_their_status_and_responsible_party() {
    let json = analyze_json(&[]);
    let html = report("en", &[]);
    let targets = rows(&html, "class=\"target\" data-indicator=");
    assert_eq!(targets.len(), 3, "the survey declares three targets");
    let status = |indicator: &str| {
        let row = targets
            .iter()
            .find(|r| attr(r, "data-indicator") == Some(indicator))
            .unwrap();
        (
            attr(row, "data-status").unwrap().to_owned(),
            (*row).to_owned(),
        )
    };
    // Below 30 % by 2026: the 2024 interval decides.
    let c = whole_cell(&json, "racism_experienced_12m", "2024");
    let (lo, hi) = (
        c["ci_lower"].as_f64().unwrap(),
        c["ci_upper"].as_f64().unwrap(),
    );
    let expected = if hi < 0.30 {
        "met"
    } else if lo >= 0.30 {
        "missed"
    } else {
        "cannot-tell"
    };
    let (s, row) = status("racism_experienced_12m");
    assert_eq!(s, expected, "{row}");
    assert!(row.contains("below 30% by 2026"), "{row}");
    assert!(
        row.contains("City of Oulu, Integration programme steering group"),
        "{row}"
    );
    assert!(
        row.contains("Oulu integration programme 2022–2026"),
        "{row}"
    );
    // The file has no answers to the service questions: no data, no number.
    let (s, row) = status("unmet_need_any");
    assert_eq!(s, "no-data", "{row}");
    let fi = report("fi", &[]);
    assert!(fi.contains("Oulun kaupunki, kotoutumisohjelman ohjausryhmä"));
    assert!(fi.contains("alle 30\u{a0}% vuoteen 2026 mennessä"));
}

#[test]
fn the_tables_hold_the_numbers_of_atmos_analyze() {
    let json = analyze_json(&["--by", "gender"]);
    let html = report("fi", &["--by", "gender"]);
    let mut checked = 0;
    for cell in json["cells"].as_array().unwrap() {
        if !cell["breakdown"].is_null() {
            continue;
        }
        let indicator = cell["indicator"].as_str().unwrap();
        let wave = cell["wave"].as_str().unwrap();
        let row = rows(&html, &format!("<tr data-indicator=\"{indicator}\">"));
        assert_eq!(row.len(), 1, "{indicator}: one row in its theme's table");
        let (tag, text) = cells(row[0])
            .into_iter()
            .find(|(tag, _)| attr(tag, "data-wave") == Some(wave))
            .unwrap_or_else(|| panic!("{indicator} {wave}: no cell"));
        match cell["status"].as_str().unwrap() {
            "published" => {
                // Equal up to the last bits: the two runs may add in another order.
                let close = |name: &str, field: &str| {
                    let shown: f64 = attr(tag, name).unwrap().parse().unwrap();
                    let expected = cell[field].as_f64().unwrap();
                    assert!(
                        (shown - expected).abs() <= 1e-12,
                        "{indicator} {wave} {field}: {shown} != {expected}"
                    );
                };
                close("data-estimate", "estimate");
                close("data-lower", "ci_lower");
                close("data-upper", "ci_upper");
                assert_eq!(
                    attr(tag, "data-n"),
                    Some(cell["n"].to_string().as_str()),
                    "{indicator} {wave}"
                );
                let kind = cell["kind"].as_str().unwrap();
                let estimate = cell["estimate"].as_f64().unwrap();
                let words = if kind == "share" {
                    format!("{}\u{a0}%", (estimate * 100.0).round())
                } else {
                    format!("{}", estimate.round())
                };
                assert!(
                    text.starts_with(&words),
                    "{indicator} {wave}: {text} ({words})"
                );
                checked += 1;
            }
            "suppressed" => assert_eq!(text, "Liian vähän vastauksia", "{indicator} {wave}"),
            _ => assert_eq!(text, "Ei vastauksia", "{indicator} {wave}"),
        }
    }
    assert!(checked >= 10, "only {checked} published cells checked");
}

#[test]
fn hidden_cells_are_words_not_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.html");
    ok(&report_with(
        WHOLE_TABLE,
        &out,
        &["--waves", "2022,2024", "--lang", "en", "--min-n", "400"],
    ));
    let html = std::fs::read_to_string(&out).unwrap();
    let json = analyze_json(&["--min-n", "400"]);
    let mut hidden = 0;
    for cell in json["cells"].as_array().unwrap() {
        if !cell["breakdown"].is_null() || cell["status"] != "suppressed" {
            continue;
        }
        let indicator = cell["indicator"].as_str().unwrap();
        let row = rows(&html, &format!("<tr data-indicator=\"{indicator}\">"));
        let (tag, text) = cells(row[0])
            .into_iter()
            .find(|(tag, _)| attr(tag, "data-wave") == cell["wave"].as_str())
            .unwrap();
        assert!(tag.contains("hidden too-few-answers"), "{tag}");
        assert_eq!(text, "Too few answers");
        assert!(attr(tag, "data-estimate").is_none());
        hidden += 1;
    }
    assert!(hidden > 0, "the test needs hidden cells");
    assert!(html.contains("Results based on fewer than 400 answers are not shown"));
    // A respondent file with free-text columns is refused, and nothing is written.
    let input = dir.path().join("with-comments.csv");
    let text = std::fs::read_to_string(root().join(WHOLE_TABLE)).unwrap();
    let mut lines = text.lines();
    let mut csv = format!("{},comments\n", lines.next().unwrap());
    for line in lines {
        csv.push_str(&format!("{line},a comment\n"));
    }
    std::fs::write(&input, csv).unwrap();
    let second = dir.path().join("second.html");
    let err = fails(&report_with(
        input.to_str().unwrap(),
        &second,
        &["--waves", "2022,2024"],
    ));
    assert!(err.contains("free text"), "{err}");
    assert!(!second.exists());
}

/// From PostgreSQL (a fresh database): demo waves whose respondents wrote free text. None of
/// it reaches the report; a wave without responses is refused.
#[test]
fn from_the_database_free_text_never_appears_and_an_empty_wave_is_refused() {
    let db = atmos_store::testing::TestDb::new();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_atmos"))
            .args(args)
            .env("DATABASE_URL", &db.url)
            .env_remove("ATMOS_I18N")
            .current_dir(root())
            .output()
            .expect("the atmos binary runs")
    };
    ok(&run(&["demo", "--respondents", "600"]));
    let mut texts = Vec::new();
    {
        let conn = &mut db.conn();
        for w in atmos_store::list_waves(conn, Some("oulu-atmosphere")).unwrap() {
            for r in atmos_store::submitted_responses(conn, w.wave.id).unwrap() {
                for a in atmos_store::load_answers(conn, r.id).unwrap() {
                    if let atmos_store::AnswerValue::Text(t) = a.value {
                        texts.push(t);
                    }
                }
            }
        }
    }
    assert!(
        texts.len() > 20,
        "the demo writes free text ({})",
        texts.len()
    );
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.html");
    ok(&run(&[
        "report",
        "--survey",
        "oulu-atmosphere",
        "--waves",
        "2022,2024",
        "--lang",
        "en",
        "--out",
        out.to_str().unwrap(),
    ]));
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains("<html lang=\"en\" dir=\"ltr\">"));
    for t in &texts {
        // Short texts (a language's name) could be a label of the report; sentences cannot.
        if t.chars().count() > 25 {
            assert!(!html.contains(t.as_str()), "free text in the report: {t}");
        }
    }
    ok(&run(&[
        "wave",
        "create",
        "--survey",
        "oulu-atmosphere",
        "--label",
        "2026",
    ]));
    let empty = dir.path().join("empty.html");
    let err = fails(&run(&[
        "report",
        "--survey",
        "oulu-atmosphere",
        "--waves",
        "2024,2026",
        "--out",
        empty.to_str().unwrap(),
    ]));
    assert!(err.contains("2026"), "{err}");
    assert!(!empty.exists());
    let err = fails(&run(&[
        "report",
        "--survey",
        "no-such-survey",
        "--waves",
        "2024",
        "--out",
        empty.to_str().unwrap(),
    ]));
    assert!(err.contains("no-such-survey"), "{err}");
    assert!(!empty.exists());
}

#[test]
fn nothing_is_external_and_language_and_direction_are_set() {
    for (lang, dir) in [("fi", "ltr"), ("ar", "rtl")] {
        let html = report(lang, &["--by", "gender"]);
        assert!(
            html.contains(&format!("<html lang=\"{lang}\" dir=\"{dir}\">")),
            "{lang}"
        );
        let lower = html.to_ascii_lowercase();
        assert!(!lower.contains("<script"), "{lang}: script");
        for attr in ["src=", "href="] {
            for (i, _) in lower.match_indices(attr) {
                let value = &lower[i + attr.len()..];
                assert!(
                    !value.starts_with("\"http")
                        && !value.starts_with("'http")
                        && !value.starts_with("http"),
                    "{lang}: an external {attr}"
                );
            }
        }
        assert!(!lower.contains("<link"), "{lang}");
        assert!(!lower.contains("url("), "{lang}");
        assert!(!lower.contains("@import"), "{lang}");
        assert!(html.contains("<svg xmlns"), "{lang}: inline charts");
    }
    // Arabic falls back for the report's texts but writes its numbers with Arabic digits.
    let ar = report("ar", &[]);
    assert!(ar.contains('٪'), "Arabic percent sign");
}

#[test]
fn bad_input_is_a_specific_error_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.html");
    let cases: &[(&[&str], &str)] = &[
        (&["--waves", "2022,2030"], "no wave `2030`"),
        (
            &["--waves", "2022", "--lang", "tlh"],
            "--lang tlh: no texts in this language",
        ),
        (&["--waves", ","], "give at least one wave"),
        (&["--waves", "2022,2022"], "given twice"),
    ];
    for (args, message) in cases {
        let err = fails(&report_with(WHOLE_TABLE, &out, args));
        assert!(err.contains(message), "{args:?}: {err}");
        assert!(!out.exists(), "{args:?}: a file was written");
    }
    let err = fails(&atmos(&[
        "report",
        "--survey",
        "no-such-survey",
        "--input",
        WHOLE_TABLE,
        "--waves",
        "2022",
        "--out",
        out.to_str().unwrap(),
    ]));
    assert!(err.contains("unknown survey \"no-such-survey\""), "{err}");
    assert!(!out.exists());
}
