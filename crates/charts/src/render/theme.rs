//! Theme overview: small multiples, one small trend per indicator of a theme, all on the same
//! 0-100 scale (a share in percent, an index in points), so the panels compare at a glance.

use crate::Chart;
use crate::data::{Measure, ThemeData};
use crate::error::ChartError;
use crate::fonts::Weight;
use crate::palette::{TEXT, TEXT_SECONDARY};
use crate::render::RenderOptions;
use crate::render::common::{
    PAD, Swatch, header, legend, level_text, notes, standard_notes, value_text, wave_list,
};
use crate::render::trend::{Frame, Style, any_significant, axis_title, breaks, describe, plot};
use crate::svg::{Anchor, Font, Svg};
use crate::texts::ChartTexts;

const GAP: f64 = 28.0;
const PLOT_H: f64 = 110.0;
const PANEL_TITLE: Font = Font::new(12.5, Weight::Bold, TEXT);
const PANEL_UNIT: Font = Font::new(10.0, Weight::Regular, TEXT_SECONDARY);

/// The overview of a theme's indicators.
pub fn theme_chart(
    data: &ThemeData,
    texts: &ChartTexts<'_>,
    options: &RenderOptions,
) -> Result<Chart, ChartError> {
    data.validate()?;
    let width = options.width;
    let mut svg = Svg::new(width, texts.is_rtl(), &options.id);
    let waves: Vec<&str> = data
        .panels
        .first()
        .map(|p| p.waves.iter().map(|w| w.wave.as_str()).collect())
        .unwrap_or_default();
    let subtitle = texts.format(
        "charts-theme-subtitle",
        &[
            ("all", &texts.get("charts-all-respondents")),
            ("waves", &wave_list(texts, &waves)),
        ],
    );
    let y = header(&mut svg, &data.label, Some(&subtitle));

    let significant = data.panels.iter().any(any_significant);
    let mut all_breaks: Vec<(String, String)> = Vec::new();
    for p in &data.panels {
        for b in breaks(p) {
            if !all_breaks.contains(&b) {
                all_breaks.push(b);
            }
        }
    }
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
    if !all_breaks.is_empty() {
        items.push((Swatch::Break, texts.get("charts-legend-break")));
    }
    if data.panels.iter().any(|p| p.target.is_some()) {
        items.push((Swatch::Target, texts.get("charts-legend-target")));
    }
    let mut y = legend(&mut svg, y + 6.0, &items) + 18.0;

    let columns = if width >= 640.0 {
        3
    } else if width >= 420.0 {
        2
    } else {
        1
    }
    .min(data.panels.len())
    .max(1);
    let panel_w = (width - 2.0 * PAD - (columns as f64 - 1.0) * GAP) / columns as f64;
    let tick_font = Font::new(10.0, Weight::Regular, TEXT_SECONDARY);

    svg.open("panels", &[]);
    for row in data.panels.chunks(columns) {
        let titles: Vec<Vec<String>> = row
            .iter()
            .map(|p| svg.wrap(&p.label, &PANEL_TITLE, panel_w))
            .collect();
        let title_lines = titles.iter().map(Vec::len).max().unwrap_or(1);
        let title_h = title_lines as f64 * PANEL_TITLE.line_height();
        let mut row_bottom = y;
        for (k, (panel, title)) in row.iter().zip(&titles).enumerate() {
            let px = PAD + k as f64 * (panel_w + GAP);
            svg.open(
                "panel",
                &[
                    ("data-indicator", panel.indicator.clone()),
                    ("id", format!("{}-{}", svg.id, panel.indicator)),
                ],
            );
            svg.lines(
                px,
                y + PANEL_TITLE.size,
                Anchor::Start,
                &PANEL_TITLE,
                title,
                "panel-title",
                &[],
            );
            let unit_y = y + title_h + PANEL_UNIT.size + 2.0;
            svg.text(
                px,
                unit_y,
                Anchor::Start,
                &PANEL_UNIT,
                &axis_title(texts, panel.measure),
                "axis-title",
                &[],
            );
            let (max, step) = match panel.measure {
                Measure::Share => (1.0, 0.5),
                Measure::Index => (100.0, 50.0),
            };
            let tick_w = [0.0, max]
                .iter()
                .map(|&t| svg.measure(&value_text(texts, panel.measure, t), &tick_font))
                .fold(0.0, f64::max);
            // Room above the plot for a value label over an interval that reaches the top.
            let top = unit_y + 20.0;
            let frame = Frame {
                left: px + tick_w + 6.0,
                right: px + panel_w,
                top,
                bottom: top + PLOT_H,
                max,
                step,
            };
            let below = plot(&mut svg, texts, panel, &frame, Style::Compact, false);
            svg.close();
            row_bottom = row_bottom.max(below);
        }
        y = row_bottom + GAP;
    }
    svg.close();

    let notes_text = standard_notes(texts, &data.notes, true, significant, &all_breaks);
    let end = notes(&mut svg, y - GAP + 14.0, &notes_text);
    let height = end + PAD;

    let title = format!("{} – {subtitle}", data.label);
    let mut description = texts.format(
        "charts-desc-theme",
        &[
            ("theme", &data.label),
            ("count", &texts.numbers().integer(data.panels.len())),
            ("waves", &wave_list(texts, &waves)),
        ],
    );
    for p in &data.panels {
        description.push_str(&format!(" {}: {}.", p.label, describe(texts, p).join("; ")));
    }
    Ok(Chart {
        svg: svg.finish(
            height,
            &texts.locale().to_string(),
            &title,
            &description,
            "theme",
        ),
        width,
        height: height.ceil(),
        title,
        description,
    })
}
