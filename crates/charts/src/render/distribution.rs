//! Distribution chart: the answers to a Likert question, one diverging stacked bar per wave.
//! The neutral category straddles the zero line, the negative side runs towards the reading
//! start and the positive side towards its end, the stronger answers outermost; each side's
//! total stands at its end.

use crate::Chart;
use crate::data::{DistributionData, DistributionValue, HiddenReason, Side, Value};
use crate::error::ChartError;
use crate::fonts::Weight;
use crate::palette::{self, AXIS, BACKGROUND, GRID, NEUTRAL, Rgb, TEXT, TEXT_SECONDARY};
use crate::render::RenderOptions;
use crate::render::common::{
    LABEL_BOLD, PAD, SMALL, Swatch, TICK, axis, header, legend, missing_text, notes,
    standard_notes, ticks, wave_list,
};
use crate::svg::{Anchor, Font, Svg, num};
use crate::texts::ChartTexts;

const BAR_H: f64 = 24.0;
const ROW_H: f64 = 44.0;

/// Each category's colour, in the data's order.
fn colours(data: &DistributionData) -> Result<Vec<Rgb>, ChartError> {
    let count = |side| data.categories.iter().filter(|c| c.side == side).count();
    let (neg, pos) = (count(Side::Negative), count(Side::Positive));
    let missing = || ChartError::InvalidData(format!("`{}`: no colours for its scale", data.item));
    let neg_colours = if neg == 0 {
        &[][..]
    } else {
        palette::negative(neg).ok_or_else(missing)?
    };
    let pos_colours = if pos == 0 {
        &[][..]
    } else {
        palette::positive(pos).ok_or_else(missing)?
    };
    let mut out = Vec::with_capacity(data.categories.len());
    let (mut i, mut k) = (0, 0);
    for c in &data.categories {
        out.push(match c.side {
            // Listed strongest first: the palette's order.
            Side::Negative => {
                i += 1;
                neg_colours[i - 1]
            }
            Side::Neutral => NEUTRAL,
            // Listed mildest first: the palette is outermost (strongest) first.
            Side::Positive => {
                k += 1;
                pos_colours[pos - k]
            }
        });
    }
    Ok(out)
}

/// The negative total, the neutral share and the positive total of a wave.
fn sides(data: &DistributionData, shares: &[f64]) -> (f64, f64, f64) {
    let mut sums = (0.0, 0.0, 0.0);
    for (c, s) in data.categories.iter().zip(shares) {
        match c.side {
            Side::Negative => sums.0 += s,
            Side::Neutral => sums.1 += s,
            Side::Positive => sums.2 += s,
        }
    }
    sums
}

fn as_value(v: &DistributionValue) -> Value {
    match v {
        DistributionValue::Hidden(r) => Value::Hidden(*r),
        DistributionValue::NoAnswers => Value::NoAnswers,
        // Only the words of hidden and empty cells are asked for.
        DistributionValue::Published { .. } => Value::Hidden(HiddenReason::TooFewAnswers),
    }
}

/// The diverging stacked bars of a Likert question.
pub fn distribution_chart(
    data: &DistributionData,
    texts: &ChartTexts<'_>,
    options: &RenderOptions,
) -> Result<Chart, ChartError> {
    data.validate()?;
    let colours = colours(data)?;
    let width = options.width;
    let mut svg = Svg::new(width, texts.is_rtl(), &options.id);
    let domain = data
        .domain
        .clone()
        .unwrap_or_else(|| texts.get("charts-all-respondents"));
    let y = header(&mut svg, &data.label, Some(&domain));
    let items: Vec<(Swatch, String)> = data
        .categories
        .iter()
        .zip(&colours)
        .map(|(c, colour)| (Swatch::Fill(*colour), c.label.clone()))
        .collect();
    let y = legend(&mut svg, y + 6.0, &items);

    let n_text = |n: usize| texts.format("charts-n", &[("n", &texts.numbers().integer(n))]);
    let label_width = data
        .waves
        .iter()
        .map(|w| {
            let n = match &w.value {
                DistributionValue::Published { n, .. } => svg.measure(&n_text(*n), &SMALL),
                _ => 0.0,
            };
            svg.measure(&w.wave, &LABEL_BOLD).max(n)
        })
        .fold(0.0, f64::max);
    let total_font = Font::new(11.0, Weight::Bold, TEXT);
    let side_room = svg.measure(&texts.numbers().percent(1.0, 0), &total_font) + 10.0;
    let x0 = PAD + label_width + 12.0 + side_room;
    let x1 = width - PAD - side_room;
    let centre = (x0 + x1) / 2.0;
    let half = (x1 - x0) / 2.0;
    let extent = data
        .waves
        .iter()
        .filter_map(|w| match &w.value {
            DistributionValue::Published { shares, .. } => {
                let (neg, neu, pos) = sides(data, shares);
                Some((neg + neu / 2.0).max(pos + neu / 2.0))
            }
            _ => None,
        })
        .fold(0.0, f64::max);
    let (top, step) = axis(crate::data::Measure::Share, extent);
    let scale = |v: f64| centre + half * v.clamp(-top, top) / top;

    let plot_top = y + 16.0;
    let plot_bottom = plot_top + data.waves.len() as f64 * ROW_H;
    svg.open("axis x", &[]);
    let tick_values = ticks(top, step);
    for t in tick_values
        .iter()
        .rev()
        .map(|t| -t)
        .chain(tick_values.iter().copied().skip(1))
    {
        let x = scale(t);
        let colour = if t == 0.0 { AXIS } else { GRID };
        svg.line(x, plot_top, x, plot_bottom, colour, 1.0, None, "grid");
        svg.text(
            x,
            plot_bottom + 4.0 + TICK.size,
            Anchor::Middle,
            &TICK,
            &texts.numbers().percent(t.abs(), 0),
            "tick",
            &[("data-value", num(t))],
        );
    }
    svg.close();

    let segment_font = Font::new(11.0, Weight::Regular, TEXT);
    let mut parts = Vec::new();
    for (i, w) in data.waves.iter().enumerate() {
        let row_top = plot_top + i as f64 * ROW_H;
        let mid = row_top + ROW_H / 2.0;
        let by = mid - BAR_H / 2.0;
        svg.open("row", &[("data-wave", w.wave.clone())]);
        let label_x = PAD + label_width;
        match &w.value {
            DistributionValue::Published { shares, n } => {
                svg.text(
                    label_x,
                    mid - 2.0,
                    Anchor::End,
                    &LABEL_BOLD,
                    &w.wave,
                    "wave",
                    &[],
                );
                svg.text(
                    label_x,
                    mid + SMALL.size + 1.0,
                    Anchor::End,
                    &SMALL,
                    &n_text(*n),
                    "n",
                    &[("data-n", n.to_string())],
                );
                let (neg, neu, pos) = sides(data, shares);
                // Segment spans: negatives from the centre outwards (mildest first), the
                // neutral across the centre, positives outwards (mildest first).
                let mut spans = vec![(0.0, 0.0); shares.len()];
                let mut cursor = -neu / 2.0;
                for (k, c) in data.categories.iter().enumerate().rev() {
                    if c.side == Side::Negative {
                        spans[k] = (cursor - shares[k], cursor);
                        cursor -= shares[k];
                    }
                }
                let mut cursor = neu / 2.0;
                for (k, c) in data.categories.iter().enumerate() {
                    match c.side {
                        Side::Neutral => spans[k] = (-neu / 2.0, neu / 2.0),
                        Side::Positive => {
                            spans[k] = (cursor, cursor + shares[k]);
                            cursor += shares[k];
                        }
                        Side::Negative => {}
                    }
                }
                let mut described = Vec::new();
                for (k, c) in data.categories.iter().enumerate() {
                    let (a, b) = (scale(spans[k].0), scale(spans[k].1));
                    let pct = texts.numbers().percent(shares[k], 0);
                    described.push(format!("{} {pct}", c.label));
                    svg.open(
                        "segment",
                        &[
                            ("data-category", c.code.clone()),
                            ("data-share", shares[k].to_string()),
                        ],
                    );
                    svg.tooltip(&format!("{}, {}: {pct}", w.wave, c.label));
                    svg.rect(
                        a,
                        by,
                        b - a,
                        BAR_H,
                        colours[k],
                        "fill",
                        &[
                            ("stroke", BACKGROUND.to_string()),
                            ("stroke-width", "1".to_owned()),
                        ],
                    );
                    let font = Font {
                        fill: palette::text_on(colours[k]),
                        ..segment_font
                    };
                    if b - a >= svg.measure(&pct, &font) + 6.0 {
                        svg.text(
                            (a + b) / 2.0,
                            mid + font.size * 0.35,
                            Anchor::Middle,
                            &font,
                            &pct,
                            "segment-label",
                            &[],
                        );
                    }
                    svg.close();
                }
                let neg_end = scale(-(neg + neu / 2.0));
                let pos_end = scale(pos + neu / 2.0);
                svg.text(
                    neg_end - 6.0,
                    mid + total_font.size * 0.35,
                    Anchor::End,
                    &total_font,
                    &texts.numbers().percent(neg, 0),
                    "side-total negative",
                    &[("data-share", neg.to_string())],
                );
                svg.text(
                    pos_end + 6.0,
                    mid + total_font.size * 0.35,
                    Anchor::Start,
                    &total_font,
                    &texts.numbers().percent(pos, 0),
                    "side-total positive",
                    &[("data-share", pos.to_string())],
                );
                parts.push(texts.format(
                    "charts-desc-shares",
                    &[
                        ("wave", &w.wave),
                        ("n", &texts.numbers().integer(*n)),
                        ("shares", &described.join(", ")),
                    ],
                ));
            }
            other => {
                svg.text(
                    label_x,
                    mid + 4.0,
                    Anchor::End,
                    &LABEL_BOLD,
                    &w.wave,
                    "wave",
                    &[],
                );
                let value = as_value(other);
                let (words, class) = missing_text(texts, &value).unwrap_or_default();
                svg.open(class, &[("data-wave", w.wave.clone())]);
                let font = Font::new(12.0, Weight::Regular, TEXT_SECONDARY).with_halo();
                svg.text(
                    centre,
                    mid + 4.0,
                    Anchor::Middle,
                    &font,
                    &words,
                    "hidden-label",
                    &[],
                );
                svg.close();
                parts.push(texts.format(
                    "charts-desc-hidden",
                    &[("label", &w.wave), ("reason", &words)],
                ));
            }
        }
        svg.close();
    }

    let mut notes_text = vec![texts.get("charts-note-distribution")];
    notes_text.extend(standard_notes(texts, &data.notes, false, false, &[]));
    let end = notes(&mut svg, plot_bottom + 4.0 + TICK.size + 10.0, &notes_text);
    let height = end + PAD;

    let waves: Vec<&str> = data.waves.iter().map(|w| w.wave.as_str()).collect();
    let title = format!("{} – {domain}", data.label);
    let description = format!(
        "{} {}.",
        texts.format(
            "charts-desc-distribution",
            &[
                ("item", &data.label),
                ("domain", &domain),
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
            "distribution",
        ),
        width,
        height: height.ceil(),
        title,
        description,
    })
}
