//! `atmos chart` end to end on respondent files (no database): SVG and PNG of each chart
//! type with the table's numbers in the chosen language, and a specific error with nothing
//! written for each kind of bad input.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

mod offline;

use std::path::Path;
use std::process::Output;

use offline::{WHOLE_TABLE, analyze_json, atmos, fails, ok, on_file};

/// Nobody answered `violence_12m` in 2022; `district` is empty (tests/fixtures/charts/make.sh).
const GAPS: &str = "tests/fixtures/charts/gaps.csv";

fn chart(input: &str, out: &Path, extra: &[&str]) -> Output {
    on_file("chart", input, out, extra)
}

fn class_has(n: &roxmltree::Node<'_, '_>, class: &str) -> bool {
    n.attribute("class")
        .is_some_and(|c| c.split_whitespace().any(|x| x == class))
}

/// The estimates of the whole-wave cells of an indicator, by wave, from `atmos analyze`.
fn analyze_estimates(indicator: &str) -> Vec<(String, f64)> {
    let json = analyze_json(&["--indicators", indicator]);
    json["cells"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["indicator"] == indicator && c["breakdown"].is_null())
        .map(|c| {
            (
                c["wave"].as_str().unwrap().to_owned(),
                c["estimate"].as_f64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn a_trend_svg_holds_the_tables_estimates_in_finnish() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("trend.svg");
    ok(&chart(
        WHOLE_TABLE,
        &out,
        &["--indicator", "racism_experienced_12m"],
    ));
    let svg = std::fs::read_to_string(&out).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let root = doc.root_element();
    assert_eq!(root.attribute("lang"), Some("fi"));
    let title = root.children().find(|n| n.has_tag_name("title")).unwrap();
    assert_eq!(
        title.text(),
        Some("Koki syrjintää tai rasismia (12 kk) – Kaikki vastaajat")
    );
    let points: Vec<(String, f64)> = doc
        .descendants()
        .filter(|n| class_has(n, "point"))
        .map(|p| {
            (
                p.attribute("data-wave").unwrap().to_owned(),
                p.attribute("data-estimate").unwrap().parse().unwrap(),
            )
        })
        .collect();
    assert_eq!(points, analyze_estimates("racism_experienced_12m"));
    let n_labels = doc.descendants().filter(|n| class_has(n, "n")).count();
    assert_eq!(n_labels, 3);
    assert!(svg.contains("95\u{a0}%:n luottamusväli"));
}

#[test]
fn a_breakdown_png_in_arabic_and_a_theme_in_english() {
    let dir = tempfile::tempdir().unwrap();
    let png = dir.path().join("groups.png");
    ok(&chart(
        WHOLE_TABLE,
        &png,
        &["--indicator", "safety", "--by", "gender", "--lang", "ar"],
    ));
    let bytes = std::fs::read(&png).unwrap();
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    // IHDR: width and height, big-endian, after the signature, length and type.
    let width = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
    let height = u32::from_be_bytes(bytes[20..24].try_into().unwrap());
    assert_eq!(width, 1440, "720 CSS pixels at scale 2");
    assert!(height > 600, "{height}");

    // The same as SVG: gender `other` has fewer than 10 respondents in every wave.
    let svg_path = dir.path().join("groups.svg");
    ok(&chart(
        WHOLE_TABLE,
        &svg_path,
        &["--indicator", "safety", "--by", "gender", "--lang", "ar"],
    ));
    let svg = std::fs::read_to_string(&svg_path).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    assert_eq!(doc.root_element().attribute("direction"), Some("rtl"));
    let other = doc
        .descendants()
        .find(|n| class_has(n, "row") && n.attribute("data-group") == Some("other"))
        .unwrap();
    let hidden = other
        .descendants()
        .filter(|n| class_has(n, "too-few-answers"))
        .count();
    assert_eq!(hidden, 3);
    assert!(!other.descendants().any(|n| class_has(&n, "bar")));
    assert!(svg.contains("عدد الإجابات قليل جدًا"));

    let theme = dir.path().join("theme.svg");
    ok(&chart(
        WHOLE_TABLE,
        &theme,
        &[
            "--theme",
            "atmosphere",
            "--lang",
            "en",
            "--waves",
            "2022,2024",
        ],
    ));
    let svg = std::fs::read_to_string(&theme).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let panels: Vec<&str> = doc
        .descendants()
        .filter(|n| class_has(n, "panel"))
        .map(|n| n.attribute("data-indicator").unwrap())
        .collect();
    assert_eq!(
        panels,
        [
            "atmosphere_positive",
            "atmosphere_improved",
            "racism_seen_as_problem",
            "city_against_racism"
        ]
    );
    assert!(svg.contains(">Atmosphere</text>"));
    assert!(!svg.contains("data-wave=\"2020\""));
}

#[test]
fn bad_input_gets_a_specific_error_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &str, Vec<&str>, &str); 7] = [
        (
            WHOLE_TABLE,
            "a.svg",
            vec!["--indicator", "happiness"],
            "unknown indicator `happiness`",
        ),
        (
            WHOLE_TABLE,
            "b.svg",
            vec!["--indicator", "safety", "--waves", "2020,2030"],
            "no wave `2030`",
        ),
        (
            GAPS,
            "c.svg",
            vec!["--indicator", "violence_12m", "--unweighted"],
            "wave `2022` has no data for indicator `violence_12m`",
        ),
        (
            GAPS,
            "d.png",
            vec!["--indicator", "safety", "--by", "district", "--unweighted"],
            "the breakdown `district` of indicator `safety` is empty",
        ),
        (
            WHOLE_TABLE,
            "e.svg",
            vec!["--theme", "weather"],
            "theme `weather` has no indicator",
        ),
        (
            WHOLE_TABLE,
            "f.svg",
            vec!["--indicator", "safety", "--lang", "de"],
            "--lang de: no texts in this language",
        ),
        (
            WHOLE_TABLE,
            "g.pdf",
            vec!["--indicator", "safety"],
            "must end in .svg or .png",
        ),
    ];
    for (input, name, args, message) in cases {
        let out = dir.path().join(name);
        let stderr = fails(&chart(input, &out, &args));
        assert!(stderr.contains(message), "{name}: {stderr}");
        assert!(!out.exists(), "{name} was written");
    }
    // An existing file is left as it was.
    let existing = dir.path().join("kept.svg");
    std::fs::write(&existing, "before").unwrap();
    fails(&chart(
        WHOLE_TABLE,
        &existing,
        &["--indicator", "happiness"],
    ));
    assert_eq!(std::fs::read_to_string(&existing).unwrap(), "before");
    let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(leftovers, 1, "no temporary files left behind");
}

#[test]
fn help_lists_the_chart_command_and_its_options() {
    let out = ok(&atmos(&["--help"]));
    assert!(out.contains("chart"), "{out}");
    let out = ok(&atmos(&["chart", "--help"]));
    for option in [
        "--indicator",
        "--by",
        "--theme",
        "--waves",
        "--lang",
        "--out",
    ] {
        assert!(out.contains(option), "{option} missing from\n{out}");
    }
}

/// `--item`: the answers to a Likert item per wave as diverging bars, each segment's share the
/// table's weighted share, categories from "strongly disagree" to "strongly agree"; an item
/// that is no scale, or that the table has no distribution of, is a specific error.
#[test]
fn a_distribution_svg_holds_the_tables_shares() {
    let item = "atmos_statements.city_against_racism";
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("distribution.svg");
    ok(&chart(WHOLE_TABLE, &out, &["--item", item, "--lang", "en"]));
    let svg = std::fs::read_to_string(&out).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();

    let json = analyze_json(&[]);
    let dist = json["distributions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["item"] == item)
        .unwrap();
    let codes: Vec<&str> = dist["categories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    assert_eq!(codes.first(), Some(&"strongly_disagree"));
    let mut checked = 0;
    for row in doc.descendants().filter(|n| class_has(n, "row")) {
        let wave = row.attribute("data-wave").unwrap();
        let cell = dist["cells"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["wave"] == wave && c["breakdown"].is_null())
            .unwrap();
        let shares = cell["shares"].as_array().unwrap();
        let segments: Vec<(String, f64)> = row
            .descendants()
            .filter_map(|n| Some((n.attribute("data-category")?, n.attribute("data-share")?)))
            .map(|(c, s)| (c.to_owned(), s.parse().unwrap()))
            .collect();
        assert_eq!(segments.len(), codes.len(), "wave {wave}");
        // The same f64 both times; serde_json's float parsing may differ by an ulp.
        for ((code, share), (want_code, want)) in segments.iter().zip(codes.iter().zip(shares)) {
            assert_eq!(code, want_code, "wave {wave}");
            let want = want.as_f64().unwrap();
            assert!(
                (share - want).abs() < 1e-12,
                "wave {wave} {code}: {share} vs {want}"
            );
        }
        checked += 1;
    }
    assert_eq!(checked, 3, "one row per wave");
    assert!(
        svg.contains("Strongly disagree"),
        "category labels in English"
    );

    let not_a_scale = fails(&chart(
        WHOLE_TABLE,
        &dir.path().join("friends.svg"),
        &["--item", "finnish_friends"],
    ));
    assert!(not_a_scale.contains("not a scale"), "{not_a_scale}");
    let unknown = fails(&chart(
        WHOLE_TABLE,
        &dir.path().join("unknown.svg"),
        &["--item", "no_such_item"],
    ));
    assert!(
        unknown.contains("no distribution of `no_such_item`"),
        "{unknown}"
    );
    assert!(!dir.path().join("friends.svg").exists());
    assert!(!dir.path().join("unknown.svg").exists());
}
