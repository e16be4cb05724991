//! What the charts' SVG says, read back with an XML parser: series points with their values,
//! intervals, labels and n in the chosen language, "too few answers" marks where cells are
//! hidden (and no bar or point there), significance marks, questionnaire breaks, the title and
//! description for screen readers, and the language and direction of the document.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

mod common;

use atmos_charts::{
    BreakdownData, ChartError, ChartTexts, DistributionValue, RenderOptions, ThemeData,
    breakdown_chart, distribution_chart, theme_chart, trend_chart,
};
use common::{
    catalog, lang, plain, sample_breakdown, sample_distribution, sample_theme, sample_trend,
    sample_trend_with_target, text, texts,
};
use roxmltree::{Document, Node};

const NBSP: char = '\u{a0}';

fn classes<'a>(n: &Node<'a, '_>) -> Vec<&'a str> {
    n.attribute("class")
        .unwrap_or("")
        .split_whitespace()
        .collect()
}

/// Elements carrying every one of `class` (space-separated).
fn by_class<'a, 'i>(doc: &'a Document<'i>, class: &str) -> Vec<Node<'a, 'i>> {
    let wanted: Vec<&str> = class.split_whitespace().collect();
    doc.descendants()
        .filter(|n| n.is_element() && wanted.iter().all(|w| classes(n).contains(w)))
        .collect()
}

fn within<'a, 'i>(node: Node<'a, 'i>, class: &str) -> Vec<Node<'a, 'i>> {
    node.descendants()
        .filter(|n| n.is_element() && classes(n).contains(&class))
        .collect()
}

/// The visible text of an element (its tooltip `<title>` left out), controls removed.
fn text_of(node: Node<'_, '_>) -> String {
    let mut out = String::new();
    for d in node.descendants() {
        if d.is_text() && !d.ancestors().any(|a| a.has_tag_name("title")) {
            out.push_str(d.text().unwrap_or(""));
        }
    }
    plain(&out)
}

fn first<'a, 'i>(node: Node<'a, 'i>, class: &str) -> Node<'a, 'i> {
    within(node, class)[0]
}

/// The words of each element of `class`, their wrapped lines joined with spaces.
fn words(doc: &Document<'_>, class: &str) -> Vec<String> {
    by_class(doc, class)
        .into_iter()
        .map(|n| {
            let lines: Vec<String> = n
                .descendants()
                .filter(|d| d.has_tag_name("text"))
                .map(text_of)
                .collect();
            lines.join(" ")
        })
        .collect()
}

fn texts_of(nodes: &[Node<'_, '_>]) -> Vec<String> {
    nodes.iter().map(|n| text_of(*n)).collect()
}

fn root_child<'a, 'i>(doc: &'a Document<'i>, tag: &str) -> String {
    doc.root_element()
        .children()
        .find(|n| n.has_tag_name(tag))
        .and_then(|n| n.text())
        .map(plain)
        .unwrap_or_default()
}

fn attr(n: &Node<'_, '_>, name: &str) -> String {
    n.attribute(name).unwrap_or_default().to_owned()
}

fn num(n: &Node<'_, '_>, name: &str) -> f64 {
    attr(n, name).parse().unwrap()
}

fn options() -> RenderOptions {
    RenderOptions::default()
}

#[test]
fn trend_has_points_intervals_n_hidden_wave_change_and_break_in_finnish() {
    let data = sample_trend("fi");
    let chart = trend_chart(&data, &texts("fi"), &options()).unwrap();
    let doc = Document::parse(&chart.svg).unwrap();
    let root = doc.root_element();
    assert_eq!(attr(&root, "lang"), "fi");
    assert_eq!(attr(&root, "role"), "img");
    assert!(root.attribute("direction").is_none());
    assert_eq!(
        attr(&root, "aria-labelledby"),
        "atmos-chart-title atmos-chart-desc"
    );
    assert!(attr(&root, "font-family").starts_with("'Noto Sans'"));

    // Title and description for screen readers.
    let title = root_child(&doc, "title");
    assert_eq!(
        title,
        "Koki syrjintää tai rasismia (12 kk) – Kaikki vastaajat"
    );
    assert_eq!(title, plain(&chart.title));
    let desc = root_child(&doc, "desc");
    assert!(
        desc.starts_with("Viivakaavio: ”Koki syrjintää tai rasismia (12 kk)”"),
        "{desc}"
    );
    assert!(
        desc.contains(&format!(
            "2018: 31{NBSP}% (95{NBSP}%:n luottamusväli 27{NBSP}%–36{NBSP}%, n = 1{NBSP}234)"
        )),
        "{desc}"
    );
    assert!(desc.contains("2022: Liian vähän vastauksia"), "{desc}");
    assert!(
        desc.contains("tilastollisesti merkitsevä muutos 2018–2020: +10 prosenttiyksikköä"),
        "{desc}"
    );
    assert!(
        desc.contains("Kyselylomake muuttui kierrosten 2022 ja 2024 välillä"),
        "{desc}"
    );

    // The points: the published waves only, with their numbers.
    let points = by_class(&doc, "point");
    let waves: Vec<String> = points.iter().map(|p| attr(p, "data-wave")).collect();
    assert_eq!(waves, ["2018", "2020", "2024"]);
    assert_eq!(attr(&points[0], "data-estimate"), "0.312");
    assert_eq!(attr(&points[0], "data-lower"), "0.27");
    assert_eq!(attr(&points[0], "data-upper"), "0.356");
    assert_eq!(attr(&points[0], "data-n"), "1234");
    let labels: Vec<String> = points
        .iter()
        .map(|p| texts_of(&within(*p, "value")).join(""))
        .collect();
    assert_eq!(
        labels,
        [
            format!("31{NBSP}%"),
            format!("42{NBSP}%"),
            format!("39{NBSP}%")
        ]
    );
    // Each point has its interval: a vertical line and two caps.
    for p in &points {
        let ci = within(*p, "ci");
        assert_eq!(ci.len(), 1);
        let line = within(ci[0], "ci-line")[0];
        assert_eq!(attr(&line, "x1"), attr(&line, "x2"));
        assert!(num(&line, "y1") > num(&line, "y2"), "lower below upper");
        assert_eq!(within(ci[0], "ci-cap").len(), 2);
    }
    // Higher values are higher up, and waves run left to right.
    let marker = |i: usize| first(points[i], "marker");
    assert!(num(&marker(1), "cy") < num(&marker(0), "cy"));
    assert!(num(&marker(0), "cx") < num(&marker(2), "cx"));

    // The hidden wave is words, not a point.
    let hidden = by_class(&doc, "hidden too-few-answers");
    assert_eq!(hidden.len(), 1);
    assert_eq!(attr(&hidden[0], "data-wave"), "2022");
    assert_eq!(text_of(hidden[0]), text("fi", "charts-too-few-answers"));
    assert_eq!(text_of(hidden[0]), "Liian vähän vastauksia");

    // n under each published wave, none under the hidden one.
    let n: Vec<(String, String)> = by_class(&doc, "n")
        .iter()
        .map(|t| (attr(t, "data-wave"), text_of(*t)))
        .collect();
    assert_eq!(
        n,
        [
            ("2018".into(), format!("n = 1{NBSP}234")),
            ("2020".into(), "n = 987".into()),
            ("2024".into(), format!("n = 1{NBSP}502")),
        ]
    );
    let wave_labels = texts_of(&by_class(&doc, "wave"));
    assert_eq!(wave_labels, ["2018", "2020", "2022", "2024"]);

    // The significant change between consecutive waves (2018 -> 2024 is not consecutive).
    let changes = by_class(&doc, "change significant");
    assert_eq!(changes.len(), 1);
    assert_eq!(attr(&changes[0], "data-earlier"), "2018");
    assert_eq!(attr(&changes[0], "data-later"), "2020");
    assert_eq!(attr(&changes[0], "data-difference"), "0.103");

    // The questionnaire break, and the line is not drawn across it (nor across the hidden
    // wave): one line, from 2018 to 2020.
    let breaks = by_class(&doc, "break");
    assert_eq!(breaks.len(), 1);
    assert_eq!(attr(&breaks[0], "data-earlier"), "2022");
    assert_eq!(attr(&breaks[0], "data-later"), "2024");
    assert_eq!(
        texts_of(&within(breaks[0], "break-label")).join(" "),
        "Kyselylomake muuttui"
    );
    let lines = by_class(&doc, "line");
    assert_eq!(lines.len(), 1);
    assert_eq!(attr(&lines[0], "points").split(' ').count(), 2);

    // Legend, axis and notes in Finnish.
    let legend = texts_of(&by_class(&doc, "legend-label"));
    assert_eq!(
        legend,
        [
            "Arvio",
            &format!("95{NBSP}%:n luottamusväli"),
            "Tilastollisesti merkitsevä muutos edellisestä kierroksesta",
            "Kyselylomake muuttui",
        ]
    );
    let ticks = texts_of(&by_class(&doc, "tick"));
    assert_eq!(ticks.first().unwrap(), &format!("0{NBSP}%"));
    assert_eq!(ticks.last().unwrap(), &format!("50{NBSP}%"));
    assert_eq!(
        texts_of(&by_class(&doc, "axis-title")),
        ["Osuus vastaajista, %"]
    );
    let notes = texts_of(&by_class(&doc, "note")).join(" ");
    assert!(
        notes.contains("Alle 10 vastaukseen perustuvia tuloksia ei näytetä."),
        "{notes}"
    );
    assert!(notes.contains("(p < 0,05, Holmin korjaus)"), "{notes}");
}

#[test]
fn a_target_is_a_labelled_dashed_line_at_its_value() {
    let plain_chart = trend_chart(&sample_trend("fi"), &texts("fi"), &options()).unwrap();
    assert!(!plain_chart.svg.contains("class=\"target\""));
    for (code, label) in [
        (
            "fi",
            format!("Tavoite: alle 30{NBSP}% vuoteen 2026 mennessä"),
        ),
        ("en", "Target: below 30% by 2026".to_owned()),
        ("ar", "الهدف: أقل من ٣٠٪ بحلول 2026".to_owned()),
    ] {
        let chart = trend_chart(&sample_trend_with_target(code), &texts(code), &options()).unwrap();
        let doc = Document::parse(&chart.svg).unwrap();
        let targets = by_class(&doc, "target");
        assert_eq!(targets.len(), 1, "{code}");
        let target = targets[0];
        assert_eq!(attr(&target, "data-value"), "0.3");
        assert_eq!(attr(&target, "data-direction"), "below");
        assert_eq!(attr(&target, "data-by"), "2026");
        let line = first(target, "target-line");
        assert!(
            line.attribute("stroke-dasharray").is_some(),
            "{code}: dashed"
        );
        assert_eq!(num(&line, "y1"), num(&line, "y2"), "{code}: horizontal");
        assert_eq!(text_of(first(target, "target-label")), label, "{code}");
        assert!(
            plain(&chart.description).contains(&label),
            "{code}: {}",
            chart.description
        );
        assert!(root_child(&doc, "desc").contains(&label), "{code}");
        // The legend names it; the line sits between the 2018 point (31 %) and the bottom.
        let legend = texts_of(&by_class(&doc, "legend-label"));
        assert!(
            legend.contains(&text(code, "charts-legend-target")),
            "{code}: {legend:?}"
        );
        let point_y = num(&first(by_class(&doc, "point")[0], "marker"), "cy");
        assert!(
            num(&line, "y1") > point_y,
            "{code}: 30 % is drawn below 31 %"
        );
    }
}

#[test]
fn a_target_above_the_data_widens_the_axis() {
    let mut data = sample_trend_with_target("en");
    if let Some(t) = &mut data.target {
        t.value = 0.9;
        t.direction = atmos_charts::TargetDirection::Above;
    }
    let chart = trend_chart(&data, &texts("en"), &options()).unwrap();
    let doc = Document::parse(&chart.svg).unwrap();
    let ticks = texts_of(&by_class(&doc, "tick"));
    assert!(ticks.iter().any(|t| t == "90%" || t == "100%"), "{ticks:?}");
    let line = first(by_class(&doc, "target")[0], "target-line");
    let top = by_class(&doc, "point")
        .iter()
        .map(|p| num(&first(*p, "marker"), "cy"))
        .fold(f64::INFINITY, f64::min);
    assert!(
        num(&line, "y1") < top,
        "the 90 % target is above every point"
    );
    data.target.as_mut().unwrap().value = 1.5;
    assert!(matches!(
        trend_chart(&data, &texts("en"), &options()),
        Err(ChartError::InvalidData(_))
    ));
}

#[test]
fn english_uses_its_own_words_and_number_format() {
    let chart = trend_chart(&sample_trend("en"), &texts("en"), &options()).unwrap();
    let doc = Document::parse(&chart.svg).unwrap();
    assert_eq!(attr(&doc.root_element(), "lang"), "en");
    assert_eq!(words(&doc, "hidden too-few-answers"), ["Too few answers"]);
    assert_eq!(texts_of(&by_class(&doc, "value"))[0], "31%");
    assert_eq!(texts_of(&by_class(&doc, "n"))[0], "n = 1,234");
    assert!(root_child(&doc, "title").starts_with("Experienced discrimination or racism"));
}

#[test]
fn arabic_is_right_to_left_with_arabic_digits_and_mirrored_layout() {
    let chart = trend_chart(&sample_trend("ar"), &texts("ar"), &options()).unwrap();
    let doc = Document::parse(&chart.svg).unwrap();
    let root = doc.root_element();
    assert_eq!(attr(&root, "lang"), "ar");
    assert_eq!(attr(&root, "direction"), "rtl");
    assert!(attr(&root, "font-family").starts_with("'Noto Sans Arabic'"));
    assert_eq!(
        words(&doc, "hidden too-few-answers"),
        ["عدد الإجابات قليل جدًا"]
    );
    assert_eq!(texts_of(&by_class(&doc, "value"))[0], "٣١٪");
    assert_eq!(texts_of(&by_class(&doc, "n"))[0], "ن = ١٬٢٣٤");
    assert!(root_child(&doc, "desc").contains("٣١٪"));
    // Mirrored: the first wave on the right, the value axis on the right.
    let points = by_class(&doc, "point");
    let cx = |i: usize| num(&first(points[i], "marker"), "cx");
    assert!(cx(0) > cx(2));
    let tick = by_class(&doc, "tick")[0];
    assert!(num(&tick, "x") > chart.width / 2.0);
    // A Latin letter in Arabic text is set in the Latin family.
    let significant_note = by_class(&doc, "note")
        .into_iter()
        .find(|n| text_of(*n).contains('p'))
        .unwrap();
    let span = significant_note
        .children()
        .find(|c| c.has_tag_name("tspan"))
        .unwrap();
    assert_eq!(attr(&span, "font-family"), "'Noto Sans'");
    assert!(text_of(span).contains('p'));
}

#[test]
fn persian_swedish_russian_and_fallback_languages() {
    let fa = trend_chart(&sample_trend("fa"), &texts("fa"), &options()).unwrap();
    let doc = Document::parse(&fa.svg).unwrap();
    assert_eq!(attr(&doc.root_element(), "direction"), "rtl");
    assert_eq!(texts_of(&by_class(&doc, "value"))[0], "۳۱٪");

    for (code, hidden) in [("sv", "För få svar"), ("ru", "Слишком мало ответов")]
    {
        let chart = trend_chart(&sample_trend(code), &texts(code), &options()).unwrap();
        let doc = Document::parse(&chart.svg).unwrap();
        assert_eq!(words(&doc, "hidden too-few-answers"), [hidden]);
        assert_eq!(
            texts_of(&by_class(&doc, "value"))[0],
            format!("31{NBSP}%"),
            "{code}"
        );
    }

    // Ukrainian has no chart texts: they fall back to English, never to Russian; numbers are
    // still Ukrainian.
    let uk = trend_chart(
        &sample_trend("en"),
        &ChartTexts::new(catalog(), lang("uk")),
        &options(),
    )
    .unwrap();
    let doc = Document::parse(&uk.svg).unwrap();
    assert_eq!(attr(&doc.root_element(), "lang"), "uk");
    assert_eq!(words(&doc, "hidden too-few-answers"), ["Too few answers"]);
    assert_eq!(texts_of(&by_class(&doc, "value"))[0], "31%");
}

#[test]
fn breakdown_has_a_bar_per_published_cell_and_words_for_the_others() {
    let data = sample_breakdown("fi");
    let chart = breakdown_chart(&data, &texts("fi"), &options()).unwrap();
    let doc = Document::parse(&chart.svg).unwrap();
    let rows = by_class(&doc, "row");
    let groups: Vec<String> = rows.iter().map(|r| attr(r, "data-group")).collect();
    assert_eq!(
        groups,
        [
            "",
            "russian_speaking",
            "arabic_persian_kurdish",
            "somali",
            "english",
            "other"
        ]
    );
    assert!(classes(&rows[0]).contains(&"total"));
    let row_labels: Vec<String> = rows
        .iter()
        .map(|r| texts_of(&within(*r, "group-label")).join(" "))
        .collect();
    assert_eq!(row_labels[0], "Kaikki vastaajat");
    assert_eq!(row_labels[1], "Venäjä, ukraina tai viro");

    // Published cells: a bar each, with its interval and "wave: value (n)".
    let bars = by_class(&doc, "bar-group");
    assert_eq!(bars.len(), 9);
    let total_2024 = &bars[1];
    assert_eq!(attr(total_2024, "data-wave"), "2024");
    assert_eq!(attr(total_2024, "data-estimate"), "64.8");
    assert_eq!(attr(total_2024, "data-lower"), "62.9");
    assert_eq!(
        text_of(within(*total_2024, "value")[0]),
        format!("2024: 65 (n = 1{NBSP}502)")
    );
    for b in &bars {
        assert_eq!(within(*b, "bar").len(), 1);
        assert_eq!(within(*b, "ci-line").len(), 1);
        assert!(num(&within(*b, "bar")[0], "width") > 0.0);
    }
    // Longer bars for larger values: English 2024 (70.3) beats Russian-speaking 2022 (66.0).
    let width_of = |group: &str, wave: &str| {
        let row = rows
            .iter()
            .find(|r| attr(r, "data-group") == group)
            .unwrap();
        let bar = within(*row, "bar-group")
            .into_iter()
            .find(|b| attr(b, "data-wave") == wave)
            .unwrap();
        num(&within(bar, "bar")[0], "width")
    };
    assert!(width_of("english", "2024") > width_of("russian_speaking", "2022"));

    // The other cells are words, in rows without a bar for that wave.
    let somali = rows
        .iter()
        .find(|r| attr(r, "data-group") == "somali")
        .unwrap();
    let too_few = within(*somali, "too-few-answers");
    assert_eq!(too_few.len(), 1);
    assert_eq!(attr(&too_few[0], "data-wave"), "2024");
    assert_eq!(text_of(too_few[0]), "2024: Liian vähän vastauksia");
    assert!(
        within(*somali, "bar-group")
            .iter()
            .all(|b| attr(b, "data-wave") != "2024")
    );
    assert_eq!(
        texts_of(&by_class(&doc, "protects")),
        ["2022: Piilotettu toisen ryhmän suojaamiseksi"]
    );
    assert_eq!(
        texts_of(&by_class(&doc, "no-answers")),
        ["2022: Ei vastauksia"]
    );

    // Legend: the waves and the interval; title and description.
    assert_eq!(
        texts_of(&by_class(&doc, "legend-label")),
        ["2022", "2024", &format!("95{NBSP}%:n luottamusväli")]
    );
    assert_eq!(
        texts_of(&by_class(&doc, "subtitle")),
        ["Ryhmittely: Kieliryhmä"]
    );
    let desc = root_child(&doc, "desc");
    assert!(
        desc.contains("Somali, 2024: Liian vähän vastauksia"),
        "{desc}"
    );
    assert!(
        desc.contains("Venäjä, ukraina tai viro, 2022: 66 (95"),
        "{desc}"
    );
}

#[test]
fn distribution_stacks_categories_around_zero() {
    let data = sample_distribution("fi");
    let chart = distribution_chart(&data, &texts("fi"), &options()).unwrap();
    let doc = Document::parse(&chart.svg).unwrap();
    let rows = by_class(&doc, "row");
    assert_eq!(rows.len(), 3);
    let row = rows[0];
    let segments = within(row, "segment");
    let codes: Vec<String> = segments.iter().map(|s| attr(s, "data-category")).collect();
    assert_eq!(
        codes,
        [
            "strongly_disagree",
            "disagree",
            "neither",
            "agree",
            "strongly_agree"
        ]
    );
    assert_eq!(attr(&segments[3], "data-share"), "0.32");
    // Widths are proportional to the shares; the negative side lies left of the neutral one.
    let rect = |i: usize| first(segments[i], "fill");
    let w = |i: usize| num(&rect(i), "width");
    assert!((w(3) / w(1) - 32.0 / 17.0).abs() < 0.02);
    assert!(num(&rect(1), "x") < num(&rect(2), "x"));
    assert!(num(&rect(3), "x") > num(&rect(2), "x"));
    let labels = texts_of(&within(row, "segment-label"));
    assert_eq!(labels[1], format!("17{NBSP}%"));
    let totals = texts_of(&within(row, "side-total"));
    assert_eq!(totals, [format!("25{NBSP}%"), format!("50{NBSP}%")]);
    assert_eq!(texts_of(&within(row, "n")), [format!("n = 1{NBSP}180")]);

    let hidden = within(rows[1], "too-few-answers");
    assert_eq!(hidden.len(), 1);
    assert_eq!(text_of(hidden[0]), "Liian vähän vastauksia");
    assert!(within(rows[1], "segment").is_empty());

    assert_eq!(
        texts_of(&by_class(&doc, "legend-label")),
        [
            "Täysin eri mieltä",
            "Jokseenkin eri mieltä",
            "Ei samaa eikä eri mieltä",
            "Jokseenkin samaa mieltä",
            "Täysin samaa mieltä",
        ]
    );
    assert_eq!(
        root_child(&doc, "title"),
        "Rasismi on ongelma Oulussa. – Kaikki vastaajat"
    );
    let desc = root_child(&doc, "desc");
    assert!(
        desc.contains(&format!(
            "2020 (n = 1{NBSP}180): Täysin eri mieltä 8{NBSP}%"
        )),
        "{desc}"
    );
}

#[test]
fn theme_has_a_panel_per_indicator() {
    let data = sample_theme("fi");
    let chart = theme_chart(&data, &texts("fi"), &options()).unwrap();
    let doc = Document::parse(&chart.svg).unwrap();
    let panels = by_class(&doc, "panel");
    let ids: Vec<String> = panels.iter().map(|p| attr(p, "data-indicator")).collect();
    assert_eq!(
        ids,
        [
            "racism_experienced_12m",
            "witnessed_racism",
            "harassment_12m",
            "incident_reported"
        ]
    );
    assert_eq!(
        texts_of(&within(panels[0], "panel-title")).join(" "),
        "Koki syrjintää tai rasismia (12 kk)"
    );
    assert_eq!(within(panels[0], "point").len(), 3);
    assert_eq!(within(panels[0], "significant").len(), 1);
    assert_eq!(within(panels[1], "significant").len(), 0);
    let hidden = within(panels[2], "too-few-answers");
    assert_eq!(hidden.len(), 1);
    assert_eq!(attr(&hidden[0], "data-wave"), "2022");
    assert_eq!(within(panels[2], "point").len(), 2);
    // Same 0-100 scale in every panel.
    for p in &panels {
        let ticks = texts_of(&within(*p, "tick"));
        assert_eq!(
            ticks,
            [
                format!("0{NBSP}%"),
                format!("50{NBSP}%"),
                format!("100{NBSP}%")
            ]
        );
    }
    assert_eq!(texts_of(&by_class(&doc, "title")), ["Rasismi"]);
    assert!(root_child(&doc, "desc").contains("Koki häirintää (12 kk): 2020: 19"));
}

#[test]
fn charts_on_one_page_get_their_own_ids() {
    let o = RenderOptions {
        id: "fig-3".into(),
        width: 500.0,
    };
    let chart = trend_chart(&sample_trend("fi"), &texts("fi"), &o).unwrap();
    let doc = Document::parse(&chart.svg).unwrap();
    assert_eq!(attr(&doc.root_element(), "id"), "fig-3");
    assert_eq!(attr(&doc.root_element(), "width"), "500");
    assert!(
        doc.descendants()
            .any(|n| n.attribute("id") == Some("fig-3-title"))
    );
}

#[test]
fn inconsistent_data_is_refused_with_a_specific_error() {
    let t = texts("fi");
    let mut trend = sample_trend("fi");
    trend.changes[0].later = "2030".into();
    assert!(matches!(
        trend_chart(&trend, &t, &options()),
        Err(ChartError::InvalidData(m)) if m.contains("2030")
    ));
    trend.waves.clear();
    assert!(matches!(
        trend_chart(&trend, &t, &options()),
        Err(ChartError::NoData(_))
    ));

    let breakdown = BreakdownData {
        groups: Vec::new(),
        ..sample_breakdown("fi")
    };
    assert!(matches!(
        breakdown_chart(&breakdown, &t, &options()),
        Err(ChartError::EmptyBreakdown { .. })
    ));

    let mut distribution = sample_distribution("fi");
    distribution.waves[0].value = DistributionValue::Published {
        shares: vec![0.5, 0.5, 0.5, 0.0, 0.0],
        n: 10,
    };
    assert!(matches!(
        distribution_chart(&distribution, &t, &options()),
        Err(ChartError::InvalidData(m)) if m.contains("add up")
    ));
    let mut distribution = sample_distribution("fi");
    distribution.categories.swap(0, 4);
    assert!(matches!(
        distribution_chart(&distribution, &t, &options()),
        Err(ChartError::InvalidData(_))
    ));

    let theme = ThemeData {
        panels: Vec::new(),
        ..sample_theme("fi")
    };
    assert!(matches!(
        theme_chart(&theme, &t, &options()),
        Err(ChartError::EmptyTheme { .. })
    ));
}

#[test]
fn every_shipped_language_has_every_chart_text() {
    let dir = common::root().join("i18n");
    let english = std::fs::read_to_string(dir.join("en/charts.ftl")).unwrap();
    let ids: Vec<&str> = english
        .lines()
        .filter(|l| l.starts_with("charts-"))
        .filter_map(|l| l.split(" =").next())
        .collect();
    assert!(ids.len() > 30, "{ids:?}");
    for code in ["fi", "en", "sv", "ru", "ar", "fa"] {
        for id in &ids {
            assert!(catalog().has(&lang(code), "charts", id), "{code}: no {id}");
        }
        let file = std::fs::read_to_string(dir.join(code).join("charts.ftl")).unwrap();
        let needs_review = file.starts_with("# NEEDS REVIEW by a native speaker");
        assert_eq!(needs_review, !["fi", "en"].contains(&code), "{code}");
    }
}
