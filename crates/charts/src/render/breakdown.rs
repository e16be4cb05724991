//! Breakdown chart: horizontal bars, one row per group (all respondents first, as the
//! reference), one bar per wave in the wave's colour, the interval as a line across the bar's
//! end, the value and n beside it. A hidden cell is the words "too few answers" where its bar
//! would start: never a bar of zero length.

use crate::Chart;
use crate::data::{BreakdownData, BreakdownRow, Value};
use crate::error::ChartError;
use crate::fonts::Weight;
use crate::palette::{self, AXIS, BACKGROUND, GRID, TEXT, TEXT_SECONDARY};
use crate::render::RenderOptions;
use crate::render::common::{
    LABEL, PAD, SMALL, Swatch, TICK, axis, describe_value, header, legend, level_text,
    missing_text, notes, standard_notes, tick_text, ticks, value_text, wave_list,
};
use crate::render::trend::axis_title;
use crate::svg::{Anchor, Font, Svg, num};
use crate::texts::ChartTexts;

const ROW_PAD: f64 = 14.0;
const BAR_GAP: f64 = 3.0;

/// The text beside a bar: `2024: 41 % (n = 123)` (the wave only when there are several).
fn bar_text(texts: &ChartTexts<'_>, data: &BreakdownData, wave: &str, value: &Value) -> String {
    let body = match value {
        Value::Published(e) => texts.format(
            "charts-value-n",
            &[
                ("value", &value_text(texts, data.measure, e.estimate)),
                ("n", &texts.numbers().integer(e.n)),
            ],
        ),
        other => missing_text(texts, other)
            .map(|(t, _)| t)
            .unwrap_or_default(),
    };
    if data.waves.len() > 1 {
        format!("{wave}: {body}")
    } else {
        body
    }
}

/// The largest value the chart reaches, intervals included.
fn data_max(data: &BreakdownData) -> f64 {
    data.total
        .iter()
        .chain(&data.groups)
        .flat_map(|r| r.values.iter())
        .filter_map(Value::estimate)
        .map(|e| e.interval.map_or(e.estimate, |(_, hi)| hi.max(e.estimate)))
        .fold(0.0, f64::max)
}

/// The bar chart of an indicator by the groups of a breakdown.
pub fn breakdown_chart(
    data: &BreakdownData,
    texts: &ChartTexts<'_>,
    options: &RenderOptions,
) -> Result<Chart, ChartError> {
    data.validate()?;
    let colours = palette::waves(data.waves.len()).ok_or_else(|| {
        ChartError::InvalidData(format!("no colours for {} waves", data.waves.len()))
    })?;
    let width = options.width;
    let mut svg = Svg::new(width, texts.is_rtl(), &options.id);
    let subtitle = texts.format(
        "charts-breakdown-subtitle",
        &[("breakdown", &data.breakdown_label)],
    );
    let y = header(&mut svg, &data.label, Some(&subtitle));

    let level = level_text(texts, &data.notes);
    let mut items: Vec<(Swatch, String)> = Vec::new();
    if data.waves.len() > 1 {
        items.extend(
            data.waves
                .iter()
                .zip(colours)
                .map(|(w, c)| (Swatch::Fill(*c), w.clone())),
        );
    }
    items.push((
        Swatch::IntervalHorizontal,
        texts.format("charts-legend-interval", &[("level", &level)]),
    ));
    let y = legend(&mut svg, y + 6.0, &items);

    let rows: Vec<(&BreakdownRow, bool)> = data
        .total
        .iter()
        .map(|r| (r, true))
        .chain(data.groups.iter().map(|r| (r, false)))
        .collect();

    // The label column: as wide as the longest label, at most a third of the chart.
    let label_font = LABEL;
    let total_font = Font::new(12.0, Weight::Bold, TEXT);
    let widest = rows
        .iter()
        .map(|(r, total)| svg.measure(&r.label, if *total { &total_font } else { &label_font }))
        .fold(0.0, f64::max);
    let label_width = widest.min(width * 0.3).max(40.0);
    let x0 = PAD + label_width + 12.0;
    // Room for the widest text beside a bar.
    let text_room = rows
        .iter()
        .flat_map(|(r, _)| data.waves.iter().zip(&r.values))
        .map(|(w, v)| svg.measure(&bar_text(texts, data, w, v), &LABEL))
        .fold(0.0, f64::max)
        .min(width * 0.3)
        + 10.0;
    let x1 = (width - PAD - text_room).max(x0 + 100.0);
    let (max, step) = axis(data.measure, data_max(data));
    let scale = |v: f64| x0 + (x1 - x0) * v.clamp(0.0, max) / max;

    let unit_y = y + 24.0;
    svg.text(
        x0,
        unit_y,
        Anchor::Start,
        &SMALL,
        &axis_title(texts, data.measure),
        "axis-title",
        &[],
    );

    let bar_h = if data.waves.len() == 1 { 18.0 } else { 13.0 };
    let bars_h = data.waves.len() as f64 * (bar_h + BAR_GAP) - BAR_GAP;
    // Lay the rows out first: the grid is drawn behind them.
    let plot_top = unit_y + 10.0;
    let mut layout = Vec::with_capacity(rows.len());
    let mut y = plot_top;
    for (row, total) in &rows {
        let font = if *total { total_font } else { label_font };
        let lines = svg.wrap(&row.label, &font, label_width);
        let label_h = lines.len() as f64 * font.line_height();
        let h = bars_h.max(label_h) + ROW_PAD;
        layout.push((y, h, lines, font));
        y += h;
        if *total {
            y += 6.0;
        }
    }
    let plot_bottom = y;

    svg.open("axis x", &[]);
    for t in ticks(max, step) {
        let x = scale(t);
        let colour = if t == 0.0 { AXIS } else { GRID };
        svg.line(x, plot_top, x, plot_bottom, colour, 1.0, None, "grid");
        svg.text(
            x,
            plot_bottom + 4.0 + TICK.size,
            Anchor::Middle,
            &TICK,
            &tick_text(texts, data.measure, t),
            "tick",
            &[("data-value", num(t))],
        );
    }
    svg.close();

    let hidden_font = Font::new(12.0, Weight::Regular, TEXT_SECONDARY).with_halo();
    // No halo: the text stands beyond the bar and its interval, over light grid lines only (a
    // halo, a stroked outline of every glyph, would double the PNG time of this chart).
    let value_font = LABEL;
    for ((row, total), (top, h, lines, font)) in rows.iter().zip(&layout) {
        let class = if *total { "row total" } else { "row" };
        svg.open(class, &[("data-group", row.group.clone())]);
        let label_h = lines.len() as f64 * font.line_height();
        let label_top = top + (h - label_h) / 2.0;
        svg.lines(
            x0 - 10.0,
            label_top + font.size,
            Anchor::End,
            font,
            lines,
            "group-label",
            &[],
        );
        let bars_top = top + (h - bars_h) / 2.0;
        for (j, (wave, value)) in data.waves.iter().zip(&row.values).enumerate() {
            let by = bars_top + j as f64 * (bar_h + BAR_GAP);
            let mid = by + bar_h / 2.0;
            let text = bar_text(texts, data, wave, value);
            match value {
                Value::Published(e) => {
                    let mut attrs = vec![
                        ("data-wave", wave.clone()),
                        ("data-estimate", e.estimate.to_string()),
                        ("data-n", e.n.to_string()),
                    ];
                    if let Some((lo, hi)) = e.interval {
                        attrs.push(("data-lower", lo.to_string()));
                        attrs.push(("data-upper", hi.to_string()));
                    }
                    svg.open("bar-group", &attrs);
                    svg.tooltip(&describe_value(
                        texts,
                        data.measure,
                        &data.notes,
                        &format!("{}, {wave}", row.label),
                        value,
                    ));
                    svg.rect(
                        x0,
                        by,
                        scale(e.estimate) - x0,
                        bar_h,
                        colours[j],
                        "bar",
                        &[],
                    );
                    let mut end = scale(e.estimate);
                    if let Some((lo, hi)) = e.interval {
                        let (a, b) = (scale(lo), scale(hi));
                        svg.open("ci", &[]);
                        // A white halo keeps the dark line visible over a dark bar.
                        svg.line(a, mid, b, mid, BACKGROUND, 4.0, None, "ci-halo");
                        svg.line(a, mid, b, mid, TEXT, 1.5, None, "ci-line");
                        svg.line(a, mid - 4.0, a, mid + 4.0, TEXT, 1.5, None, "ci-cap");
                        svg.line(b, mid - 4.0, b, mid + 4.0, TEXT, 1.5, None, "ci-cap");
                        svg.close();
                        end = end.max(b);
                    }
                    svg.text(
                        end + 6.0,
                        mid + LABEL.size * 0.35,
                        Anchor::Start,
                        &value_font,
                        &text,
                        "value",
                        &[],
                    );
                    svg.close();
                }
                other => {
                    let class = missing_text(texts, other).map_or("hidden", |(_, c)| c);
                    svg.open(class, &[("data-wave", wave.clone())]);
                    svg.text(
                        x0 + 6.0,
                        mid + hidden_font.size * 0.35,
                        Anchor::Start,
                        &hidden_font,
                        &text,
                        "hidden-label",
                        &[],
                    );
                    svg.close();
                }
            }
        }
        svg.close();
        if *total {
            let sep = top + h + 3.0;
            svg.line(PAD, sep, width - PAD, sep, GRID, 1.0, None, "separator");
        }
    }

    let notes_text = standard_notes(texts, &data.notes, true, false, &[]);
    let end = notes(&mut svg, plot_bottom + 4.0 + TICK.size + 10.0, &notes_text);
    let height = end + PAD;

    let waves: Vec<&str> = data.waves.iter().map(String::as_str).collect();
    let title = format!("{} – {subtitle}", data.label);
    let mut parts = Vec::new();
    for (row, _) in &rows {
        for (wave, value) in data.waves.iter().zip(&row.values) {
            let label = if data.waves.len() > 1 {
                format!("{}, {wave}", row.label)
            } else {
                row.label.clone()
            };
            parts.push(describe_value(
                texts,
                data.measure,
                &data.notes,
                &label,
                value,
            ));
        }
    }
    let description = format!(
        "{} {}.",
        texts.format(
            "charts-desc-breakdown",
            &[
                ("indicator", &data.label),
                ("breakdown", &data.breakdown_label),
                ("waves", &wave_list(texts, &waves)),
            ],
        ),
        parts.join("; ")
    );
    Ok(Chart {
        svg: svg.finish(
            height,
            &texts.locale().to_string(),
            &title,
            &description,
            "breakdown",
        ),
        width,
        height: height.ceil(),
        title,
        description,
    })
}
