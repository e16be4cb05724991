//! What every chart shares: header, legend, notes, value formatting, axis ticks.

use crate::data::{HiddenReason, Measure, Notes, TargetDirection, TargetLine, Value};
use crate::fonts::Weight;
use crate::palette::{AXIS, BREAK, GRID, Rgb, SERIES, SIGNIFICANT, TARGET, TEXT, TEXT_SECONDARY};
use crate::svg::{Anchor, Font, Svg, num};
use crate::texts::ChartTexts;

pub(crate) const PAD: f64 = 20.0;
pub(crate) const TITLE: Font = Font::new(18.0, Weight::Bold, TEXT);
pub(crate) const SUBTITLE: Font = Font::new(13.0, Weight::Regular, TEXT_SECONDARY);
pub(crate) const LABEL: Font = Font::new(12.0, Weight::Regular, TEXT);
pub(crate) const LABEL_BOLD: Font = Font::new(12.0, Weight::Bold, TEXT);
pub(crate) const SMALL: Font = Font::new(11.0, Weight::Regular, TEXT_SECONDARY);
pub(crate) const TICK: Font = Font::new(11.0, Weight::Regular, TEXT_SECONDARY);
pub(crate) const NOTE: Font = Font::new(11.0, Weight::Regular, TEXT_SECONDARY);

/// A value as the chart prints it: a share as a whole percentage, an index as a whole number.
pub(crate) fn value_text(texts: &ChartTexts<'_>, measure: Measure, x: f64) -> String {
    match measure {
        Measure::Share => texts.numbers().percent(x, 0),
        Measure::Index => texts.numbers().decimal(x, 0),
    }
}

/// A target in words: `Target: below 30 % by 2026`.
pub(crate) fn target_text(texts: &ChartTexts<'_>, measure: Measure, target: &TargetLine) -> String {
    let id = match target.direction {
        TargetDirection::Below => "charts-target-below",
        TargetDirection::Above => "charts-target-above",
    };
    texts.format(
        id,
        &[
            ("value", &value_text(texts, measure, target.value)),
            ("by", &target.by),
        ],
    )
}

/// A change between waves: percentage points or index points, with its sign.
pub(crate) fn difference_text(texts: &ChartTexts<'_>, measure: Measure, d: f64) -> String {
    match measure {
        Measure::Share => texts.format(
            "charts-pp",
            &[("value", &texts.numbers().signed(d * 100.0, 0))],
        ),
        Measure::Index => texts.format(
            "charts-index-points",
            &[("value", &texts.numbers().signed(d, 0))],
        ),
    }
}

/// The confidence level as a percentage (`95 %`).
pub(crate) fn level_text(texts: &ChartTexts<'_>, notes: &Notes) -> String {
    texts.numbers().percent(notes.level, 0)
}

/// The words shown instead of a number, and the class of their element.
pub(crate) fn missing_text(
    texts: &ChartTexts<'_>,
    value: &Value,
) -> Option<(String, &'static str)> {
    match value {
        Value::Published(_) => None,
        Value::Hidden(HiddenReason::TooFewAnswers) => Some((
            texts.get("charts-too-few-answers"),
            "hidden too-few-answers",
        )),
        Value::Hidden(HiddenReason::Protects) => {
            Some((texts.get("charts-hidden-protects"), "hidden protects"))
        }
        Value::NoAnswers => Some((texts.get("charts-no-answers"), "no-answers")),
    }
}

/// One value in a description for screen readers: `label: 41 % (95 % confidence interval
/// 37 %–45 %, n = 500)`, or the words for a hidden or empty cell.
pub(crate) fn describe_value(
    texts: &ChartTexts<'_>,
    measure: Measure,
    notes: &Notes,
    label: &str,
    value: &Value,
) -> String {
    match value {
        Value::Published(e) => {
            let n = texts.numbers().integer(e.n);
            let v = value_text(texts, measure, e.estimate);
            match e.interval {
                Some((lo, hi)) => texts.format(
                    "charts-desc-value",
                    &[
                        ("label", label),
                        ("value", &v),
                        ("level", &level_text(texts, notes)),
                        ("lower", &value_text(texts, measure, lo)),
                        ("upper", &value_text(texts, measure, hi)),
                        ("n", &n),
                    ],
                ),
                None => texts.format(
                    "charts-desc-value-no-interval",
                    &[("label", label), ("value", &v), ("n", &n)],
                ),
            }
        }
        other => {
            let reason = missing_text(texts, other)
                .map(|(t, _)| t)
                .unwrap_or_default();
            texts.format(
                "charts-desc-hidden",
                &[("label", label), ("reason", &reason)],
            )
        }
    }
}

/// The waves in a subtitle or description: `2020, 2022, 2024`, with the Arabic comma in
/// Arabic-script languages.
pub(crate) fn wave_list(texts: &ChartTexts<'_>, waves: &[&str]) -> String {
    let separator = match texts.locale().language.as_str() {
        "ar" | "fa" | "ur" | "ckb" | "ps" => "\u{60c} ",
        _ => ", ",
    };
    waves.join(separator)
}

/// Title and subtitle, wrapped; returns the y below them.
pub(crate) fn header(svg: &mut Svg, title: &str, subtitle: Option<&str>) -> f64 {
    let width = svg.width - 2.0 * PAD;
    let lines = svg.wrap(title, &TITLE, width);
    svg.open("header", &[]);
    let mut y = svg.lines(
        PAD,
        PAD + TITLE.size,
        Anchor::Start,
        &TITLE,
        &lines,
        "title",
        &[],
    );
    if let Some(sub) = subtitle.filter(|s| !s.is_empty()) {
        let lines = svg.wrap(sub, &SUBTITLE, width);
        y = svg.lines(
            PAD,
            y + 6.0 + SUBTITLE.size,
            Anchor::Start,
            &SUBTITLE,
            &lines,
            "subtitle",
            &[],
        );
    }
    svg.close();
    y
}

/// The mark before a legend entry.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Swatch {
    /// A point on a line: the estimate.
    Point,
    /// A vertical error bar.
    Interval,
    /// A horizontal error bar (bar charts).
    IntervalHorizontal,
    /// The significance triangle.
    Significant,
    /// The dashed break line.
    Break,
    /// The dashed horizontal target line.
    Target,
    /// A filled square (waves, categories).
    Fill(Rgb),
}

/// Legend entries flowing in lines from the reading start; returns the y below them.
pub(crate) fn legend(svg: &mut Svg, y: f64, items: &[(Swatch, String)]) -> f64 {
    if items.is_empty() {
        return y;
    }
    const SWATCH: f64 = 16.0;
    const GAP: f64 = 18.0;
    let right = svg.width - PAD;
    let mut x = PAD;
    let mut row_y = y + LABEL.size + 8.0;
    svg.open("legend", &[]);
    for (i, (swatch, label)) in items.iter().enumerate() {
        let w = SWATCH + 6.0 + svg.measure(label, &LABEL);
        if x > PAD && x + w > right {
            x = PAD;
            row_y += LABEL.line_height() + 6.0;
        }
        svg.open("legend-item", &[("data-index", i.to_string())]);
        draw_swatch(svg, *swatch, x, row_y - LABEL.size * 0.35, SWATCH);
        svg.text(
            x + SWATCH + 6.0,
            row_y,
            Anchor::Start,
            &LABEL,
            label,
            "legend-label",
            &[],
        );
        svg.close();
        x += w + GAP;
    }
    svg.close();
    row_y + LABEL.size * 0.35
}

/// A swatch in a box of `size` from logical `x`, centred on `cy`.
fn draw_swatch(svg: &mut Svg, swatch: Swatch, x: f64, cy: f64, size: f64) {
    let mid = x + size / 2.0;
    match swatch {
        Swatch::Point => {
            svg.line(x, cy, x + size, cy, SERIES, 2.0, None, "swatch");
            svg.circle(mid, cy, 4.0, SERIES, "swatch");
        }
        Swatch::Interval => {
            svg.line(mid, cy - 7.0, mid, cy + 7.0, SERIES, 1.5, None, "swatch");
            svg.line(
                mid - 4.0,
                cy - 7.0,
                mid + 4.0,
                cy - 7.0,
                SERIES,
                1.5,
                None,
                "swatch",
            );
            svg.line(
                mid - 4.0,
                cy + 7.0,
                mid + 4.0,
                cy + 7.0,
                SERIES,
                1.5,
                None,
                "swatch",
            );
        }
        Swatch::IntervalHorizontal => {
            svg.line(x, cy, x + size, cy, TEXT, 1.5, None, "swatch");
            svg.line(x, cy - 4.0, x, cy + 4.0, TEXT, 1.5, None, "swatch");
            svg.line(
                x + size,
                cy - 4.0,
                x + size,
                cy + 4.0,
                TEXT,
                1.5,
                None,
                "swatch",
            );
        }
        Swatch::Significant => triangle(svg, mid, cy, true, "swatch"),
        Swatch::Break => svg.line(
            mid,
            cy - 8.0,
            mid,
            cy + 8.0,
            BREAK,
            1.5,
            Some("4 3"),
            "swatch",
        ),
        Swatch::Target => svg.line(x, cy, x + size, cy, TARGET, 2.0, Some("5 3"), "swatch"),
        Swatch::Fill(colour) => {
            svg.rect(x + 1.0, cy - 6.0, size - 2.0, 12.0, colour, "swatch", &[]);
        }
    }
}

/// The significance mark: a triangle pointing up (an increase) or down.
pub(crate) fn triangle(svg: &mut Svg, cx: f64, cy: f64, up: bool, class: &str) {
    let (h, w) = (9.0, 6.0);
    let points = if up {
        [
            (cx, cy - h / 2.0 - 1.0),
            (cx + w, cy + h / 2.0),
            (cx - w, cy + h / 2.0),
        ]
    } else {
        [
            (cx, cy + h / 2.0 + 1.0),
            (cx + w, cy - h / 2.0),
            (cx - w, cy - h / 2.0),
        ]
    };
    svg.polygon(&points, SIGNIFICANT, class);
}

/// Notes under the chart, each wrapped; returns the y below them.
pub(crate) fn notes(svg: &mut Svg, y: f64, notes: &[String]) -> f64 {
    let width = svg.width - 2.0 * PAD;
    let mut y = y;
    svg.open("notes", &[]);
    for note in notes {
        let lines = svg.wrap(note, &NOTE, width);
        y = svg.lines(
            PAD,
            y + NOTE.line_height(),
            Anchor::Start,
            &NOTE,
            &lines,
            "note",
            &[],
        ) + 2.0;
    }
    svg.close();
    y
}

/// The notes every chart may carry, in order: the intervals, significance, breaks,
/// suppression, weighting.
pub(crate) fn standard_notes(
    texts: &ChartTexts<'_>,
    notes: &Notes,
    intervals: bool,
    significant: bool,
    breaks: &[(String, String)],
) -> Vec<String> {
    let mut out = Vec::new();
    if intervals {
        out.push(texts.format(
            "charts-note-interval",
            &[("level", &level_text(texts, notes))],
        ));
    }
    if significant {
        out.push(texts.format(
            "charts-note-significant",
            &[("alpha", &texts.numbers().decimal(1.0 - notes.level, 2))],
        ));
    }
    for (earlier, later) in breaks {
        out.push(texts.format(
            "charts-note-break",
            &[("earlier", earlier), ("later", later)],
        ));
    }
    if notes.min_n > 0 {
        out.push(texts.format(
            "charts-note-suppression",
            &[("min_n", &texts.numbers().integer(notes.min_n))],
        ));
    }
    out.push(texts.get(if notes.weighted {
        "charts-note-weighted"
    } else {
        "charts-note-unweighted"
    }));
    out
}

/// The top of a value axis and its step: an index runs 0-100 by 20; a share from 0 to a round
/// value above `max` (at most 1).
pub(crate) fn axis(measure: Measure, max: f64) -> (f64, f64) {
    match measure {
        Measure::Index => (100.0, 20.0),
        Measure::Share => {
            let max = max.clamp(0.0, 1.0);
            for step in [0.01, 0.02, 0.05, 0.1, 0.2, 0.25] {
                let top = ((max / step) - 1e-9).ceil().max(1.0) * step;
                if top / step <= 5.0 + 1e-9 {
                    return (top.min(1.0), step);
                }
            }
            (1.0, 0.2)
        }
    }
}

/// The tick values from 0 to `top`.
pub(crate) fn ticks(top: f64, step: f64) -> Vec<f64> {
    let count = (top / step + 1e-9).floor() as usize;
    (0..=count).map(|i| i as f64 * step).collect()
}

/// A tick's label: shares as percentages, index values as numbers.
pub(crate) fn tick_text(texts: &ChartTexts<'_>, measure: Measure, v: f64) -> String {
    value_text(texts, measure, v)
}

/// Horizontal grid lines and tick labels of a vertical value axis; `y_of` maps a value.
#[allow(clippy::too_many_arguments)] // the axis's frame
pub(crate) fn vertical_axis(
    svg: &mut Svg,
    texts: &ChartTexts<'_>,
    measure: Measure,
    ticks: &[f64],
    left: f64,
    right: f64,
    y_of: &dyn Fn(f64) -> f64,
    font: &Font,
) {
    svg.open("axis y", &[]);
    for &t in ticks {
        let y = y_of(t);
        let colour = if t == 0.0 { AXIS } else { GRID };
        svg.line(left, y, right, y, colour, 1.0, None, "grid");
        svg.text(
            left - 6.0,
            y + font.size * 0.35,
            Anchor::End,
            font,
            &tick_text(texts, measure, t),
            "tick",
            &[("data-value", num(t))],
        );
    }
    svg.close();
}
