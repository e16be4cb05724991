//! Colours of the charts: safe for the common colour-vision deficiencies and readable when
//! printed in greyscale.
//!
//! - **Waves** (bars of a breakdown): one hue, blue, from lighter (older) to darker (newer), so
//!   the order of the waves is the order of lightness: it survives greyscale and every kind of
//!   colour blindness, and even the lightest bar has 3:1 contrast with the white background
//!   (WCAG 1.4.11, graphical objects).
//! - **Likert categories** (distribution charts): orange-brown for the negative side, blue-violet
//!   for the positive side, grey in the middle; within a side the stronger answer is darker.
//!   Orange against blue is the contrast that protanopia, deuteranopia and tritanopia keep; in
//!   greyscale the two sides look alike, but they lie on opposite sides of the zero line.
//! - **Marks**: the trend line is dark blue; a significant change is vermillion (Okabe-Ito) and
//!   also a triangle, so it never relies on colour alone; the questionnaire break is a dashed
//!   grey line with a label.
//!
//! Text on a coloured segment is white or near-black, whichever has at least 4.5:1 contrast.
//! The unit tests below check these properties with WCAG luminance, CIELAB lightness and the
//! colour-vision simulations of Machado, Oliveira and Fernandes (2009).

use std::fmt;

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl fmt::Display for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

impl Rgb {
    fn linear(self) -> [f64; 3] {
        [self.0, self.1, self.2].map(|c| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        })
    }

    /// WCAG relative luminance.
    pub fn luminance(self) -> f64 {
        let [r, g, b] = self.linear();
        0.2126 * r + 0.7152 * g + 0.0722 * b
    }

    /// WCAG contrast ratio with `other` (1 to 21).
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }
}

pub const BACKGROUND: Rgb = Rgb(0xff, 0xff, 0xff);
/// Titles, labels, values.
pub const TEXT: Rgb = Rgb(0x1a, 0x1a, 0x1a);
/// Subtitles, n, notes, "too few answers": 7:1 on white.
pub const TEXT_SECONDARY: Rgb = Rgb(0x59, 0x59, 0x59);
pub const GRID: Rgb = Rgb(0xdd, 0xdd, 0xdd);
pub const AXIS: Rgb = Rgb(0x73, 0x73, 0x73);
/// The trend line, its points and intervals.
pub const SERIES: Rgb = Rgb(0x00, 0x5e, 0x8e);
/// A significant change (Okabe-Ito vermillion).
pub const SIGNIFICANT: Rgb = Rgb(0xd5, 0x5e, 0x00);
/// The questionnaire break.
pub const BREAK: Rgb = Rgb(0x73, 0x73, 0x73);
/// Programme targets: near-black dashes, apart from the grey breaks in colour and in greyscale.
pub const TARGET: Rgb = Rgb(0x1a, 0x1a, 0x1a);
/// The middle category of a Likert scale.
pub const NEUTRAL: Rgb = Rgb(0xd4, 0xd4, 0xd4);

/// Blues from lighter to darker, for 1 to 6 waves (CIELAB L* from 54 to 20 in even steps).
const WAVES: [&[Rgb]; 6] = [
    &[Rgb(0x00, 0x5e, 0x8e)],
    &[Rgb(0x00, 0x8b, 0xbe), Rgb(0x00, 0x38, 0x65)],
    &[
        Rgb(0x00, 0x8b, 0xbe),
        Rgb(0x00, 0x60, 0x90),
        Rgb(0x00, 0x38, 0x65),
    ],
    &[
        Rgb(0x00, 0x8b, 0xbe),
        Rgb(0x00, 0x6e, 0x9f),
        Rgb(0x00, 0x52, 0x82),
        Rgb(0x00, 0x38, 0x65),
    ],
    &[
        Rgb(0x00, 0x8b, 0xbe),
        Rgb(0x00, 0x75, 0xa7),
        Rgb(0x00, 0x60, 0x90),
        Rgb(0x00, 0x4c, 0x7a),
        Rgb(0x00, 0x38, 0x65),
    ],
    &[
        Rgb(0x00, 0x8b, 0xbe),
        Rgb(0x00, 0x79, 0xac),
        Rgb(0x00, 0x68, 0x99),
        Rgb(0x00, 0x58, 0x87),
        Rgb(0x00, 0x48, 0x76),
        Rgb(0x00, 0x38, 0x65),
    ],
];

/// The most waves a chart distinguishes by colour.
pub const MAX_WAVES: usize = WAVES.len();

/// Colours of `count` waves, oldest first; `None` for 0 or more than [`MAX_WAVES`].
pub fn waves(count: usize) -> Option<&'static [Rgb]> {
    count.checked_sub(1).and_then(|i| WAVES.get(i)).copied()
}

/// The negative side, outermost (strongest) first, for 1 to 4 categories per side.
const NEGATIVE: [&[Rgb]; 4] = [
    &[Rgb(0xc1, 0x6f, 0x30)],
    &[Rgb(0x8f, 0x45, 0x01), Rgb(0xf5, 0x9b, 0x5a)],
    &[
        Rgb(0x86, 0x3e, 0x00),
        Rgb(0xc1, 0x6f, 0x30),
        Rgb(0xfe, 0xa3, 0x61),
    ],
    &[
        Rgb(0x78, 0x32, 0x00),
        Rgb(0xa3, 0x56, 0x16),
        Rgb(0xd0, 0x7c, 0x3c),
        Rgb(0xfe, 0xa3, 0x61),
    ],
];

/// The positive side, outermost (strongest) first.
const POSITIVE: [&[Rgb]; 4] = [
    &[Rgb(0x7b, 0x7c, 0xca)],
    &[Rgb(0x4e, 0x52, 0x9c), Rgb(0xaa, 0xa8, 0xfb)],
    &[
        Rgb(0x46, 0x4b, 0x94),
        Rgb(0x7b, 0x7c, 0xca),
        Rgb(0xb2, 0xb0, 0xff),
    ],
    &[
        Rgb(0x38, 0x40, 0x87),
        Rgb(0x60, 0x63, 0xaf),
        Rgb(0x89, 0x89, 0xd8),
        Rgb(0xb2, 0xb0, 0xff),
    ],
];

/// The most categories a side of a Likert scale can have.
pub const MAX_SIDE: usize = NEGATIVE.len();

/// Colours of a side with `count` categories, outermost first.
pub fn negative(count: usize) -> Option<&'static [Rgb]> {
    count.checked_sub(1).and_then(|i| NEGATIVE.get(i)).copied()
}

/// Colours of a side with `count` categories, outermost first.
pub fn positive(count: usize) -> Option<&'static [Rgb]> {
    count.checked_sub(1).and_then(|i| POSITIVE.get(i)).copied()
}

/// White or [`TEXT`], whichever reads better on `fill`.
pub fn text_on(fill: Rgb) -> Rgb {
    if BACKGROUND.contrast(fill) >= TEXT.contrast(fill) {
        BACKGROUND
    } else {
        TEXT
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// CIELAB (D65) of a linear-RGB triple.
    fn lab(rgb: [f64; 3]) -> [f64; 3] {
        let [r, g, b] = rgb.map(|c| c.clamp(0.0, 1.0));
        let x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
        let y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
        let z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883;
        let f = |t: f64| {
            if t > 216.0 / 24389.0 {
                t.cbrt()
            } else {
                (24389.0 / 27.0 * t + 16.0) / 116.0
            }
        };
        let (fx, fy, fz) = (f(x), f(y), f(z));
        [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
    }

    fn delta_e(a: [f64; 3], b: [f64; 3]) -> f64 {
        let (la, lb) = (lab(a), lab(b));
        ((la[0] - lb[0]).powi(2) + (la[1] - lb[1]).powi(2) + (la[2] - lb[2]).powi(2)).sqrt()
    }

    fn lightness(c: Rgb) -> f64 {
        lab(c.linear())[0]
    }

    /// Machado et al. (2009), severity 1, on linear RGB.
    const SIMULATIONS: [(&str, [[f64; 3]; 3]); 3] = [
        (
            "protanopia",
            [
                [0.152286, 1.052583, -0.204868],
                [0.114503, 0.786281, 0.099216],
                [-0.003882, -0.048116, 1.051998],
            ],
        ),
        (
            "deuteranopia",
            [
                [0.367322, 0.860646, -0.227968],
                [0.280085, 0.672501, 0.047413],
                [-0.011820, 0.042940, 0.968881],
            ],
        ),
        (
            "tritanopia",
            [
                [1.255528, -0.076749, -0.178779],
                [-0.078411, 0.930809, 0.147602],
                [0.004733, 0.691367, 0.303900],
            ],
        ),
    ];

    fn simulate(m: &[[f64; 3]; 3], c: Rgb) -> [f64; 3] {
        let v = c.linear();
        [0, 1, 2].map(|i| m[i][0] * v[0] + m[i][1] * v[1] + m[i][2] * v[2])
    }

    /// Distinct for normal vision and under each simulated deficiency.
    fn assert_distinct(a: Rgb, b: Rgb, min: f64) {
        assert!(delta_e(a.linear(), b.linear()) >= min, "{a} vs {b}");
        for (name, m) in &SIMULATIONS {
            let d = delta_e(simulate(m, a), simulate(m, b));
            assert!(d >= min, "{name}: {a} vs {b}: ΔE {d:.1} < {min}");
        }
    }

    #[test]
    fn waves_darken_in_even_steps_that_survive_greyscale_and_colour_blindness() {
        for count in 1..=MAX_WAVES {
            let colours = waves(count).unwrap();
            assert_eq!(colours.len(), count);
            for c in colours {
                assert!(c.contrast(BACKGROUND) >= 3.0, "{c} on white");
            }
            for pair in colours.windows(2) {
                // Lightness alone tells them apart (greyscale), older lighter.
                let step = lightness(pair[0]) - lightness(pair[1]);
                assert!(
                    step >= 6.0,
                    "{count} waves: {} -> {}: ΔL* {step:.1}",
                    pair[0],
                    pair[1]
                );
                assert_distinct(pair[0], pair[1], 6.0);
            }
        }
        assert!(waves(0).is_none() && waves(MAX_WAVES + 1).is_none());
    }

    #[test]
    fn likert_sides_are_ordered_by_lightness_and_the_sides_differ_in_hue() {
        for count in 1..=MAX_SIDE {
            let (neg, pos) = (negative(count).unwrap(), positive(count).unwrap());
            for side in [neg, pos] {
                assert_eq!(side.len(), count);
                for pair in side.windows(2) {
                    let step = lightness(pair[1]) - lightness(pair[0]);
                    assert!(step >= 12.0, "{} -> {}: ΔL* {step:.1}", pair[0], pair[1]);
                }
                // The mildest category still differs from the grey middle in greyscale.
                let mild = side[count - 1];
                let gap = (lightness(NEUTRAL) - lightness(mild)).abs();
                assert!(gap >= 8.0, "{mild} vs neutral: ΔL* {gap:.1}");
                assert_distinct(mild, NEUTRAL, 8.0);
            }
            for (a, b) in neg.iter().zip(pos) {
                assert_distinct(*a, *b, 15.0);
            }
        }
    }

    #[test]
    fn text_and_marks_have_enough_contrast() {
        assert!(TEXT.contrast(BACKGROUND) >= 7.0);
        assert!(TEXT_SECONDARY.contrast(BACKGROUND) >= 7.0);
        for mark in [SERIES, SIGNIFICANT, BREAK, AXIS] {
            assert!(mark.contrast(BACKGROUND) >= 3.0, "{mark}");
        }
        assert_distinct(SERIES, SIGNIFICANT, 20.0);
        let all_fills = (1..=MAX_SIDE)
            .flat_map(|n| negative(n).unwrap().iter().chain(positive(n).unwrap()))
            .chain((1..=MAX_WAVES).flat_map(|n| waves(n).unwrap()))
            .chain([&NEUTRAL]);
        for fill in all_fills {
            let text = text_on(*fill);
            assert!(text.contrast(*fill) >= 4.5, "{text} on {fill}");
        }
    }

    #[test]
    fn colours_print_as_hex() {
        assert_eq!(SERIES.to_string(), "#005e8e");
    }
}
