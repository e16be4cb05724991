//! Trend chart: waves along the x axis, the estimate with its interval as an error bar, a
//! triangle where the change from the previous wave is significant, a dashed break where the
//! questionnaire changed (points across it are not joined), and n under each wave. The theme
//! overview draws the same plot small ([`Style::Compact`]).

use crate::Chart;
use crate::data::{Measure, TargetLine, TrendData, Value};
use crate::error::ChartError;
use crate::fonts::Weight;
use crate::palette::{BREAK, SERIES, TARGET, TEXT, TEXT_SECONDARY};
use crate::render::RenderOptions;
use crate::render::common::{
    LABEL_BOLD, PAD, SMALL, Swatch, TICK, axis, describe_value, difference_text, header, legend,
    level_text, missing_text, notes, standard_notes, target_text, ticks, triangle, value_text,
    vertical_axis, wave_list,
};
use crate::svg::{Anchor, Font, Svg};
use crate::texts::ChartTexts;

/// How large the plot is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Style {
    /// A chart of its own: value labels beside the points, n under the waves.
    Full,
    /// A panel of the theme overview: smaller text, value labels above the intervals, no n.
    Compact,
}

/// The rectangle of a plot and its value axis.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Frame {
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
    /// The axis runs from 0 to `max` with ticks every `step`.
    pub max: f64,
    pub step: f64,
}

impl Frame {
    fn y(&self, v: f64) -> f64 {
        let v = v.clamp(0.0, self.max);
        self.bottom - (self.bottom - self.top) * v / self.max
    }

    fn x(&self, i: usize, count: usize) -> f64 {
        let col = (self.right - self.left) / count as f64;
        self.left + col * (i as f64 + 0.5)
    }

    fn column(&self, count: usize) -> f64 {
        (self.right - self.left) / count as f64
    }
}

/// Room above the plot for a value label over an interval that reaches the top.
const VALUE_ROOM: f64 = 20.0;

fn break_label_width(column: f64) -> f64 {
    column * 0.55
}

/// The largest value a trend reaches, interval included.
pub(crate) fn trend_max(data: &TrendData) -> f64 {
    let values = data
        .waves
        .iter()
        .filter_map(|w| w.value.estimate())
        .map(|e| e.interval.map_or(e.estimate, |(_, hi)| hi.max(e.estimate)))
        .fold(0.0, f64::max);
    // The target line must fit on the axis too.
    data.target.as_ref().map_or(values, |t| values.max(t.value))
}

/// The label over a wave's point, and the y value where the label sits (compact style).
fn fonts(style: Style) -> (Font, Font, Font) {
    match style {
        Style::Full => (
            Font::new(12.0, Weight::Bold, TEXT).with_halo(),
            LABEL_BOLD,
            SMALL,
        ),
        Style::Compact => (
            Font::new(10.0, Weight::Bold, TEXT).with_halo(),
            Font::new(10.0, Weight::Regular, TEXT),
            Font::new(10.0, Weight::Regular, TEXT_SECONDARY),
        ),
    }
}

/// Draws the plot of `data` in `frame`: grid, breaks, intervals, line, significance marks,
/// points, value labels, hidden cells and the wave labels under the plot. Returns the y
/// below the wave labels.
pub(crate) fn plot(
    svg: &mut Svg,
    texts: &ChartTexts<'_>,
    data: &TrendData,
    frame: &Frame,
    style: Style,
    break_labels: bool,
) -> f64 {
    let count = data.waves.len();
    let (value_font, wave_font, n_font) = fonts(style);
    let tick_font = match style {
        Style::Full => TICK,
        Style::Compact => Font::new(10.0, Weight::Regular, TEXT_SECONDARY),
    };
    let tick_values = ticks(frame.max, frame.step);
    let shown: Vec<f64> = match style {
        Style::Full => tick_values,
        // Small panels: the ends and the middle are enough.
        Style::Compact => vec![0.0, frame.max / 2.0, frame.max],
    };
    vertical_axis(
        svg,
        texts,
        data.measure,
        &shown,
        frame.left,
        frame.right,
        &|v| frame.y(v),
        &tick_font,
    );

    // Breaks between waves whose questionnaires differ.
    for i in 0..count.saturating_sub(1) {
        if !data.break_after(i) {
            continue;
        }
        let x = (frame.x(i, count) + frame.x(i + 1, count)) / 2.0;
        svg.open(
            "break",
            &[
                ("data-earlier", data.waves[i].wave.clone()),
                ("data-later", data.waves[i + 1].wave.clone()),
            ],
        );
        svg.line(
            x,
            frame.top - 4.0,
            x,
            frame.bottom,
            BREAK,
            1.5,
            Some("5 4"),
            "break-line",
        );
        if break_labels {
            let label = texts.get("charts-legend-break");
            // Half a column wide, so it stays clear of the value labels over the waves beside it,
            // and above the room those labels take at the top of the plot.
            let lines = svg.wrap(&label, &SMALL, break_label_width(frame.column(count)));
            let first = frame.top
                - VALUE_ROOM
                - (lines.len().saturating_sub(1)) as f64 * SMALL.line_height();
            svg.lines(x, first, Anchor::Middle, &SMALL, &lines, "break-label", &[]);
        }
        svg.close();
    }

    if let Some(target) = &data.target {
        draw_target(svg, texts, data, target, frame, style);
    }

    let points: Vec<Option<(f64, f64)>> = data
        .waves
        .iter()
        .enumerate()
        .map(|(i, w)| {
            w.value
                .estimate()
                .map(|e| (frame.x(i, count), frame.y(e.estimate)))
        })
        .collect();

    // The line: joins consecutive published waves with no break between them.
    svg.open("series", &[("data-indicator", data.indicator.clone())]);
    let mut run: Vec<(f64, f64)> = Vec::new();
    for (i, point) in points.iter().enumerate() {
        match point {
            Some(p) => run.push(*p),
            None => flush(svg, &mut run),
        }
        if data.break_after(i) {
            flush(svg, &mut run);
        }
    }
    flush(svg, &mut run);

    // Significant changes, at the middle of the segment between the two points.
    for i in 0..count.saturating_sub(1) {
        let (Some(change), Some(a), Some(b)) =
            (data.significant_after(i), points[i], points[i + 1])
        else {
            continue;
        };
        let difference = change.difference.unwrap_or(b.1 - a.1);
        let up = change.difference.map_or(b.1 < a.1, |d| d > 0.0);
        let mut attrs = vec![
            ("data-earlier", change.earlier.clone()),
            ("data-later", change.later.clone()),
        ];
        if let Some(d) = change.difference {
            attrs.push(("data-difference", d.to_string()));
        }
        svg.open("change significant", &attrs);
        svg.tooltip(&texts.format(
            "charts-desc-change",
            &[
                ("earlier", &change.earlier),
                ("later", &change.later),
                (
                    "difference",
                    &difference_text(texts, data.measure, difference),
                ),
            ],
        ));
        triangle(svg, (a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0, up, "marker");
        svg.close();
    }

    // Points with their intervals and labels; words where a wave has no number.
    let radius = match style {
        Style::Full => 5.0,
        Style::Compact => 3.5,
    };
    for (i, w) in data.waves.iter().enumerate() {
        let x = frame.x(i, count);
        match &w.value {
            Value::Published(e) => {
                let mut attrs = vec![
                    ("data-wave", w.wave.clone()),
                    ("data-estimate", e.estimate.to_string()),
                    ("data-n", e.n.to_string()),
                ];
                if let Some((lo, hi)) = e.interval {
                    attrs.push(("data-lower", lo.to_string()));
                    attrs.push(("data-upper", hi.to_string()));
                }
                svg.open("point", &attrs);
                svg.tooltip(&describe_value(
                    texts,
                    data.measure,
                    &data.notes,
                    &w.wave,
                    &w.value,
                ));
                let y = frame.y(e.estimate);
                if let Some((lo, hi)) = e.interval {
                    let (y_lo, y_hi) = (frame.y(lo), frame.y(hi));
                    let cap = radius;
                    svg.open("ci", &[]);
                    svg.line(x, y_lo, x, y_hi, SERIES, 1.5, None, "ci-line");
                    svg.line(x - cap, y_lo, x + cap, y_lo, SERIES, 1.5, None, "ci-cap");
                    svg.line(x - cap, y_hi, x + cap, y_hi, SERIES, 1.5, None, "ci-cap");
                    svg.close();
                }
                svg.circle(x, y, radius, SERIES, "marker");
                // Above the interval, where no line runs.
                let text = value_text(texts, data.measure, e.estimate);
                let top = e
                    .interval
                    .map_or(y - radius, |(_, hi)| frame.y(hi).min(y - radius));
                svg.text(
                    x,
                    top - 5.0,
                    Anchor::Middle,
                    &value_font,
                    &text,
                    "value",
                    &[],
                );
                svg.close();
            }
            other => {
                let (words, class) = missing_text(texts, other).unwrap_or_default();
                svg.open(class, &[("data-wave", w.wave.clone())]);
                let font = match style {
                    Style::Full => Font::new(12.0, Weight::Regular, TEXT_SECONDARY),
                    Style::Compact => Font::new(10.0, Weight::Regular, TEXT_SECONDARY),
                }
                .with_halo();
                let lines = svg.wrap(&words, &font, frame.column(count) * 0.85);
                let mid = (frame.top + frame.bottom) / 2.0;
                let first = mid - (lines.len() as f64 - 1.0) * font.line_height() / 2.0;
                svg.lines(x, first, Anchor::Middle, &font, &lines, "hidden-label", &[]);
                svg.close();
            }
        }
    }
    svg.close();

    // Wave labels, and n under each (full style).
    svg.open("axis x", &[]);
    let mut below = frame.bottom + 6.0 + wave_font.size;
    for (i, w) in data.waves.iter().enumerate() {
        let x = frame.x(i, count);
        svg.text(
            x,
            below,
            Anchor::Middle,
            &wave_font,
            &w.wave,
            "wave",
            &[("data-wave", w.wave.clone())],
        );
    }
    if style == Style::Full {
        let y = below + n_font.line_height() + 2.0;
        for (i, w) in data.waves.iter().enumerate() {
            let n = match &w.value {
                Value::Published(e) => Some(e.n),
                Value::NoAnswers => Some(0),
                Value::Hidden(_) => None,
            };
            if let Some(n) = n {
                let text = texts.format("charts-n", &[("n", &texts.numbers().integer(n))]);
                svg.text(
                    frame.x(i, count),
                    y,
                    Anchor::Middle,
                    &n_font,
                    &text,
                    "n",
                    &[("data-wave", w.wave.clone()), ("data-n", n.to_string())],
                );
            }
        }
        below = y;
    }
    svg.close();
    below + wave_font.size * 0.35
}

/// The target: a dashed line across the plot under the data, labelled at the reading end in a
/// chart of its own (a panel of the overview has no room; its description says it).
fn draw_target(
    svg: &mut Svg,
    texts: &ChartTexts<'_>,
    data: &TrendData,
    target: &TargetLine,
    frame: &Frame,
    style: Style,
) {
    let y = frame.y(target.value);
    svg.open(
        "target",
        &[
            ("data-value", target.value.to_string()),
            ("data-direction", target.direction.as_str().to_owned()),
            ("data-by", target.by.clone()),
        ],
    );
    let label = target_text(texts, data.measure, target);
    svg.tooltip(&label);
    svg.line(
        frame.left,
        y,
        frame.right,
        y,
        TARGET,
        2.0,
        Some("9 5"),
        "target-line",
    );
    if style == Style::Full {
        // Centred on the boundary between the middle columns, as far from the waves' interval
        // bars as the plot allows; above the line unless it runs near the top.
        let count = data.waves.len();
        let x = if count < 2 {
            (frame.left + frame.right) / 2.0
        } else {
            frame.left + frame.column(count) * (count / 2) as f64
        };
        let font = Font::new(11.0, Weight::Bold, TARGET).with_halo();
        let baseline = if y - frame.top > 2.0 * font.size {
            y - 5.0
        } else {
            y + font.size + 3.0
        };
        svg.text(
            x,
            baseline,
            Anchor::Middle,
            &font,
            &label,
            "target-label",
            &[],
        );
    }
    svg.close();
}

/// Draws a run of joined points (a single point needs no line) and empties it.
fn flush(svg: &mut Svg, run: &mut Vec<(f64, f64)>) {
    if run.len() > 1 {
        svg.polyline(run, SERIES, 2.5, "line");
    }
    run.clear();
}

/// The significant changes and breaks a description mentions.
pub(crate) fn describe(texts: &ChartTexts<'_>, data: &TrendData) -> Vec<String> {
    let mut parts: Vec<String> = data
        .waves
        .iter()
        .map(|w| describe_value(texts, data.measure, &data.notes, &w.wave, &w.value))
        .collect();
    for i in 0..data.waves.len().saturating_sub(1) {
        if let Some(c) = data.significant_after(i) {
            let difference = c
                .difference
                .map(|d| difference_text(texts, data.measure, d))
                .unwrap_or_default();
            parts.push(texts.format(
                "charts-desc-change",
                &[
                    ("earlier", &c.earlier),
                    ("later", &c.later),
                    ("difference", &difference),
                ],
            ));
        }
    }
    if let Some(t) = &data.target {
        parts.push(target_text(texts, data.measure, t));
    }
    parts
}

/// The pairs of waves with a questionnaire break between them.
pub(crate) fn breaks(data: &TrendData) -> Vec<(String, String)> {
    (0..data.waves.len().saturating_sub(1))
        .filter(|&i| data.break_after(i))
        .map(|i| (data.waves[i].wave.clone(), data.waves[i + 1].wave.clone()))
        .collect()
}

/// Whether any change between consecutive published waves is significant (and drawn).
pub(crate) fn any_significant(data: &TrendData) -> bool {
    (0..data.waves.len().saturating_sub(1)).any(|i| {
        data.significant_after(i).is_some()
            && data.waves[i].value.estimate().is_some()
            && data.waves[i + 1].value.estimate().is_some()
    })
}

pub(crate) fn axis_title(texts: &ChartTexts<'_>, measure: Measure) -> String {
    texts.get(match measure {
        Measure::Share => "charts-axis-share",
        Measure::Index => "charts-axis-index",
    })
}

/// The trend chart of one indicator.
pub fn trend_chart(
    data: &TrendData,
    texts: &ChartTexts<'_>,
    options: &RenderOptions,
) -> Result<Chart, ChartError> {
    data.validate()?;
    let mut svg = Svg::new(options.width, texts.is_rtl(), &options.id);
    let domain = data
        .domain
        .clone()
        .unwrap_or_else(|| texts.get("charts-all-respondents"));
    let y = header(&mut svg, &data.label, Some(&domain));

    let significant = any_significant(data);
    let breaks = breaks(data);
    let level = level_text(texts, &data.notes);
    let mut items = vec![
        (Swatch::Point, texts.get("charts-legend-estimate")),
        (
            Swatch::Interval,
            texts.format("charts-legend-interval", &[("level", &level)]),
        ),
    ];
    if significant {
        items.push((Swatch::Significant, texts.get("charts-legend-significant")));
    }
    if !breaks.is_empty() {
        items.push((Swatch::Break, texts.get("charts-legend-break")));
    }
    if data.target.is_some() {
        items.push((Swatch::Target, texts.get("charts-legend-target")));
    }
    let y = legend(&mut svg, y + 6.0, &items);

    let unit_y = y + 24.0;
    svg.text(
        PAD,
        unit_y,
        Anchor::Start,
        &SMALL,
        &axis_title(texts, data.measure),
        "axis-title",
        &[],
    );
    let (max, step) = axis(data.measure, trend_max(data));
    let tick_width = ticks(max, step)
        .iter()
        .map(|&t| svg.measure(&value_text(texts, data.measure, t), &TICK))
        .fold(0.0, f64::max);
    let count = data.waves.len();
    let left = PAD + tick_width + 8.0;
    let right = options.width - PAD;
    // Room above the plot for the break labels (two lines at most in practice).
    let break_room = if breaks.is_empty() {
        0.0
    } else {
        let column = (right - left) / count as f64;
        let lines = svg
            .wrap(
                &texts.get("charts-legend-break"),
                &SMALL,
                break_label_width(column),
            )
            .len();
        lines as f64 * SMALL.line_height()
    };
    let top = unit_y + 6.0 + VALUE_ROOM + break_room;
    let frame = Frame {
        left,
        right,
        top,
        bottom: top + 240.0,
        max,
        step,
    };
    let below = plot(&mut svg, texts, data, &frame, Style::Full, true);
    let notes_text = standard_notes(texts, &data.notes, true, significant, &breaks);
    let end = notes(&mut svg, below + 12.0, &notes_text);

    let waves: Vec<&str> = data.waves.iter().map(|w| w.wave.as_str()).collect();
    let title = format!("{} – {domain}", data.label);
    let mut description = texts.format(
        "charts-desc-trend",
        &[
            ("indicator", &data.label),
            ("domain", &domain),
            ("waves", &wave_list(texts, &waves)),
        ],
    );
    description.push(' ');
    description.push_str(&describe(texts, data).join("; "));
    description.push('.');
    for (earlier, later) in &breaks {
        description.push(' ');
        description.push_str(&texts.format(
            "charts-note-break",
            &[("earlier", earlier), ("later", later)],
        ));
    }
    let height = end + PAD;
    Ok(Chart {
        svg: svg.finish(
            height,
            &texts.locale().to_string(),
            &title,
            &description,
            "trend",
        ),
        width: options.width,
        height: height.ceil(),
        title,
        description,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frame_maps_values_and_clips_to_the_axis() {
        let f = Frame {
            left: 0.0,
            right: 300.0,
            top: 10.0,
            bottom: 110.0,
            max: 0.5,
            step: 0.1,
        };
        assert_eq!(f.y(0.0), 110.0);
        assert_eq!(f.y(0.5), 10.0);
        assert_eq!(f.y(0.25), 60.0);
        assert_eq!(f.y(0.9), 10.0);
        assert_eq!(f.x(0, 3), 50.0);
        assert_eq!(f.x(2, 3), 250.0);
        assert!((f.column(3) - 100.0).abs() < 1e-9);
    }
}
