//! The fonts the charts are drawn with, compiled into the binary, and text measurement for the
//! layout.
//!
//! Noto Sans (Latin, Cyrillic, Greek) and Noto Sans Arabic (Arabic, Persian, Urdu), regular and
//! bold, under the SIL Open Font License 1.1 (`fonts/OFL.txt`). They are embedded with
//! `include_bytes!` so that a PNG is drawn with the same glyphs on any machine, whatever fonts
//! it has (or none); [`crate::to_png`] loads only these. The SVG names the same families, so a
//! browser with the fonts installed shows the same picture.
//!
//! Widths are measured by shaping with harfrust, the shaper resvg uses, so the layout (wrapped
//! titles, the width of the label column) agrees with the PNG: Arabic letters take their joined
//! forms' widths, not their isolated ones.

use std::sync::OnceLock;

use harfrust::{FontRef, ShapeOptions, ShaperData, UnicodeBuffer};
use read_fonts::TableProvider as _;
use read_fonts::tables::cmap::Cmap;

/// The Latin and Cyrillic family.
pub const LATIN_FAMILY: &str = "Noto Sans";
/// The Arabic-script family (Arabic, Persian).
pub const ARABIC_FAMILY: &str = "Noto Sans Arabic";

pub(crate) const NOTO_SANS_REGULAR: &[u8] = include_bytes!("../fonts/NotoSans-Regular.ttf");
pub(crate) const NOTO_SANS_BOLD: &[u8] = include_bytes!("../fonts/NotoSans-Bold.ttf");
pub(crate) const NOTO_SANS_ARABIC_REGULAR: &[u8] =
    include_bytes!("../fonts/NotoSansArabic-Regular.ttf");
pub(crate) const NOTO_SANS_ARABIC_BOLD: &[u8] = include_bytes!("../fonts/NotoSansArabic-Bold.ttf");

/// Every shipped font file, in the order a PNG's font database loads them.
pub(crate) const ALL: [&[u8]; 4] = [
    NOTO_SANS_REGULAR,
    NOTO_SANS_BOLD,
    NOTO_SANS_ARABIC_REGULAR,
    NOTO_SANS_ARABIC_BOLD,
];

/// Text weight: the charts use two.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Weight {
    Regular,
    Bold,
}

/// A font ready for shaping: its tables, its character map and the shaper's cached data.
struct Face {
    font: FontRef<'static>,
    cmap: Option<Cmap<'static>>,
    shaper: ShaperData,
    units_per_em: f64,
}

impl Face {
    fn new(data: &'static [u8]) -> Option<Self> {
        let font = FontRef::new(data).ok()?;
        let units_per_em = f64::from(font.head().ok()?.units_per_em());
        let cmap = font.cmap().ok();
        let shaper = ShaperData::new(&font);
        Some(Self {
            font,
            cmap,
            shaper,
            units_per_em,
        })
    }

    fn covers(&self, c: char) -> bool {
        self.cmap
            .as_ref()
            .and_then(|cmap| cmap.map_codepoint(c))
            .is_some_and(|g| g.to_u32() != 0)
    }

    /// The advance of `text` shaped with this face, in em.
    fn advance_em(&self, text: &str) -> f64 {
        let shaper = self.shaper.shaper(&self.font).build();
        let mut buffer = UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        let glyphs = shaper.shape(buffer, ShapeOptions::new());
        let units: i64 = glyphs
            .glyph_positions()
            .iter()
            .map(|p| i64::from(p.x_advance))
            .sum();
        units as f64 / self.units_per_em
    }
}

/// The four faces: Latin regular, Latin bold, Arabic regular, Arabic bold.
struct Faces {
    latin: [Face; 2],
    arabic: [Face; 2],
}

/// Parsed once per process; `None` only if a shipped font were corrupt, which the unit tests
/// rule out (measurement then falls back to an estimate instead of failing a chart).
fn faces() -> Option<&'static Faces> {
    static FACES: OnceLock<Option<Faces>> = OnceLock::new();
    FACES
        .get_or_init(|| {
            Some(Faces {
                latin: [Face::new(NOTO_SANS_REGULAR)?, Face::new(NOTO_SANS_BOLD)?],
                arabic: [
                    Face::new(NOTO_SANS_ARABIC_REGULAR)?,
                    Face::new(NOTO_SANS_ARABIC_BOLD)?,
                ],
            })
        })
        .as_ref()
}

/// Characters that take their run's font whatever it is: spaces, bidi and other invisible
/// controls (fluent wraps arguments in U+2068/U+2069), joiners.
fn is_neutral(c: char) -> bool {
    c.is_whitespace()
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{061c}')
}

/// The face of each run of `text`: the first of the chart's two families (Arabic first in a
/// right-to-left chart) that has the run's characters, as `(byte range, 0 or 1)`. Spaces and
/// invisible controls stay in the current run, and so does a character the current run's face
/// has, so a run changes faces only where it must.
pub(crate) fn runs(text: &str, arabic_first: bool) -> Vec<(std::ops::Range<usize>, usize)> {
    let Some(faces) = faces() else {
        return vec![(0..text.len(), 0)];
    };
    let order: [&Face; 2] = if arabic_first {
        [&faces.arabic[0], &faces.latin[0]]
    } else {
        [&faces.latin[0], &faces.arabic[0]]
    };
    let mut out: Vec<(std::ops::Range<usize>, usize)> = Vec::new();
    let mut current = 0;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if is_neutral(c) || order[current].covers(c) {
            continue;
        }
        // A character no font has is drawn (as a box) by the first one.
        let face = order.iter().position(|f| f.covers(c)).unwrap_or(0);
        if face != current {
            if i > start {
                out.push((start..i, current));
            }
            start = i;
            current = face;
        }
    }
    if text.len() > start || out.is_empty() {
        out.push((start..text.len(), current));
    }
    out
}

/// The width of `text` in pixels at `size`, as resvg will draw it: each run of [`runs`]
/// shaped with its face.
pub(crate) fn text_width(text: &str, size: f64, weight: Weight, arabic_first: bool) -> f64 {
    let Some(faces) = faces() else {
        // An estimate, so a chart still comes out (see `faces`).
        return text.chars().count() as f64 * size * 0.55;
    };
    let w = match weight {
        Weight::Regular => 0,
        Weight::Bold => 1,
    };
    let order: [&Face; 2] = if arabic_first {
        [&faces.arabic[w], &faces.latin[w]]
    } else {
        [&faces.latin[w], &faces.arabic[w]]
    };
    let total: f64 = runs(text, arabic_first)
        .into_iter()
        .map(|(range, face)| order[face].advance_em(&text[range]))
        .sum();
    total * size
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_font_parses() {
        assert!(faces().is_some());
        for data in ALL {
            assert!(FontRef::new(data).is_ok());
        }
    }

    #[test]
    fn widths_grow_with_text_size_and_weight() {
        let a = text_width("Kaikki vastaajat", 12.0, Weight::Regular, false);
        let b = text_width("Kaikki vastaajat", 24.0, Weight::Regular, false);
        let bold = text_width("Kaikki vastaajat", 12.0, Weight::Bold, false);
        assert!(a > 60.0 && a < 120.0, "{a}");
        assert!((b - 2.0 * a).abs() < 1e-9);
        assert!(bold > a);
        assert_eq!(text_width("", 12.0, Weight::Regular, false), 0.0);
    }

    #[test]
    fn arabic_is_measured_with_the_arabic_font_joined() {
        // Shaped (joined) Arabic is narrower than the sum of its isolated letters.
        let word = "الاستبيان";
        let joined = text_width(word, 12.0, Weight::Regular, true);
        let isolated: f64 = word
            .chars()
            .map(|c| text_width(&c.to_string(), 12.0, Weight::Regular, true))
            .sum();
        assert!(joined > 10.0, "{joined}");
        assert!(joined < isolated, "{joined} vs {isolated}");
        // Mixed text: Latin digits in a right-to-left chart still get a width.
        assert!(text_width("2024 ٪", 12.0, Weight::Regular, true) > 20.0);
    }

    #[test]
    fn runs_change_faces_only_where_they_must() {
        let t = "تغيّر (p < ٠٫٠٥)";
        let r = runs(t, true);
        let texts: Vec<(&str, usize)> =
            r.iter().map(|(range, f)| (&t[range.clone()], *f)).collect();
        // Noto Sans Arabic has no parentheses: they come from Noto Sans too.
        assert_eq!(
            texts,
            vec![("تغيّر ", 0), ("(p < ", 1), ("٠٫٠٥", 0), (")", 1)]
        );
        assert_eq!(runs("Kaikki vastaajat", false), vec![(0..16, 0)]);
        assert_eq!(runs("", false), vec![(0..0, 0)]);
    }

    #[test]
    fn invisible_controls_take_no_width() {
        let plain = text_width("n = 412", 12.0, Weight::Regular, false);
        let isolated = text_width("n = \u{2068}412\u{2069}", 12.0, Weight::Regular, false);
        assert!((plain - isolated).abs() < 0.01, "{plain} vs {isolated}");
    }
}
