//! Numbers as a reader of the chart's language writes them.
//!
//! A small formatter instead of a full ICU: the charts need whole numbers, percentages and
//! decimals with a fixed number of digits, and these follow CLDR's defaults for the languages
//! atmos ships (decimal and grouping separators, minus sign, where the percent sign goes, and
//! the digits themselves):
//!
//! | language | 0.412 as a percentage | 1234 | -2.5 |
//! |---|---|---|---|
//! | fi, sv, ru | `41 %` | `1 234` | `-2,5` |
//! | uk | `41%` | `1 234` | `-2,5` |
//! | en, so and any other | `41%` | `1,234` | `-2.5` |
//! | ar | `٤١٪` | `١٬٢٣٤` | `؜-٢٫٥` |
//! | fa | `۴۱٪` | `۱٬۲۳۴` | `‎-۲٫۵` |
//!
//! The space before a percent sign and the grouping space are no-break spaces (U+00A0), so a
//! value never wraps apart. Arabic and Persian use their own digits (CLDR's default numbering
//! systems `arab` and `arabext`), which Noto Sans Arabic draws. Rounding is half away from
//! zero on the decimal value (41.5 % shows as 42 %), and a value that rounds to zero has no
//! minus sign.
//!
//! One deviation from CLDR: the minus sign is the hyphen-minus, not U+2212 (which CLDR gives
//! for Finnish, Swedish and Persian), because the shipped Noto Sans has no glyph for U+2212; a
//! screen reader reads the hyphen-minus before a number as "minus" too.

use atmos_i18n::LanguageIdentifier;

/// How one language writes numbers (see the module documentation).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberFormat {
    decimal: &'static str,
    group: &'static str,
    minus: &'static str,
    plus: &'static str,
    /// Between the number and the percent sign.
    percent_gap: &'static str,
    percent_sign: &'static str,
    /// The digits 0-9, or `None` for ASCII.
    digits: Option<[char; 10]>,
}

const NBSP: &str = "\u{a0}";
const ARABIC_INDIC: [char; 10] = ['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩'];
const PERSIAN: [char; 10] = ['۰', '۱', '۲', '۳', '۴', '۵', '۶', '۷', '۸', '۹'];

impl NumberFormat {
    /// The format of `locale`'s language; languages not listed in the module documentation get
    /// the English one.
    pub fn for_locale(locale: &LanguageIdentifier) -> Self {
        let english = Self {
            decimal: ".",
            group: ",",
            minus: "-",
            plus: "+",
            percent_gap: "",
            percent_sign: "%",
            digits: None,
        };
        match locale.language.as_str() {
            "fi" | "sv" | "ru" => Self {
                decimal: ",",
                group: NBSP,
                percent_gap: NBSP,
                ..english
            },
            "uk" => Self {
                decimal: ",",
                group: NBSP,
                ..english
            },
            "ar" => Self {
                decimal: "\u{66b}",
                group: "\u{66c}",
                // The Arabic letter mark keeps the sign with its number in right-to-left text.
                minus: "\u{61c}-",
                plus: "\u{61c}+",
                percent_sign: "\u{66a}",
                digits: Some(ARABIC_INDIC),
                ..english
            },
            "fa" => Self {
                decimal: "\u{66b}",
                group: "\u{66c}",
                minus: "\u{200e}-",
                plus: "\u{200e}+",
                percent_sign: "\u{66a}",
                digits: Some(PERSIAN),
                ..english
            },
            _ => english,
        }
    }

    /// `value` with `decimals` digits after the separator.
    pub fn decimal(&self, value: f64, decimals: usize) -> String {
        self.format(value, decimals, false)
    }

    /// `value` with `decimals` digits and a sign also when positive (a change: `+5`, `−2`).
    pub fn signed(&self, value: f64, decimals: usize) -> String {
        self.format(value, decimals, true)
    }

    /// A count (`n`), grouped by thousands.
    pub fn integer(&self, n: usize) -> String {
        self.localize_digits(&group(&n.to_string(), self.group))
    }

    /// A share (0.412) as a percentage with `decimals` digits (`41 %`).
    pub fn percent(&self, share: f64, decimals: usize) -> String {
        self.with_percent_sign(&self.decimal(share * 100.0, decimals))
    }

    /// An already formatted number followed by the percent sign (for axis ticks).
    pub fn with_percent_sign(&self, number: &str) -> String {
        format!("{number}{}{}", self.percent_gap, self.percent_sign)
    }

    fn format(&self, value: f64, decimals: usize, always_sign: bool) -> String {
        if !value.is_finite() {
            return "–".to_owned();
        }
        // `format!` rounds half to even on the binary value (0.125 -> 0.12); a reader expects
        // half away from zero on the decimal one, so round a scaled value first.
        let scale = 10f64.powi(i32::try_from(decimals).unwrap_or(i32::MAX).min(15));
        let rounded = (value.abs() * scale + 1e-9).round() / scale;
        let digits = format!("{rounded:.decimals$}");
        let (whole, fraction) = match digits.split_once('.') {
            Some((w, f)) => (w.to_owned(), Some(f.to_owned())),
            None => (digits, None),
        };
        let mut out = String::new();
        let zero = rounded == 0.0;
        if value < 0.0 && !zero {
            out.push_str(self.minus);
        } else if always_sign && value > 0.0 && !zero {
            out.push_str(self.plus);
        }
        out.push_str(&group(&whole, self.group));
        if let Some(f) = fraction {
            out.push_str(self.decimal);
            out.push_str(&f);
        }
        self.localize_digits(&out)
    }

    fn localize_digits(&self, ascii: &str) -> String {
        match self.digits {
            None => ascii.to_owned(),
            Some(digits) => ascii
                .chars()
                .map(|c| match c.to_digit(10) {
                    Some(d) => digits[d as usize],
                    None => c,
                })
                .collect(),
        }
    }
}

/// Groups of three digits from the right, from 1,000 on (CLDR's minimum grouping of 1).
fn group(whole: &str, separator: &str) -> String {
    let len = whole.len();
    let mut out = String::with_capacity(len + len / 3 * separator.len());
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (len - i) % 3 == 0 {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(locale: &str) -> NumberFormat {
        NumberFormat::for_locale(&locale.parse().unwrap())
    }

    #[test]
    fn finnish_swedish_and_russian_use_a_decimal_comma_and_a_spaced_percent_sign() {
        for l in ["fi", "sv", "ru"] {
            let f = fmt(l);
            assert_eq!(f.percent(0.412, 0), "41\u{a0}%", "{l}");
            assert_eq!(f.percent(0.4125, 1), "41,3\u{a0}%", "{l}");
            assert_eq!(f.decimal(62.45, 1), "62,5", "{l}");
            assert_eq!(f.integer(1234), "1\u{a0}234", "{l}");
            assert_eq!(f.integer(999), "999", "{l}");
        }
        assert_eq!(fmt("fi").signed(-2.5, 1), "-2,5");
        assert_eq!(fmt("sv").signed(3.0, 0), "+3");
        assert_eq!(fmt("ru").signed(-2.5, 1), "-2,5");
        assert_eq!(fmt("fi-FI").percent(0.05, 0), "5\u{a0}%");
    }

    #[test]
    fn english_and_unlisted_languages() {
        for l in ["en", "so", "de"] {
            let f = fmt(l);
            assert_eq!(f.percent(0.412, 0), "41%", "{l}");
            assert_eq!(f.decimal(1234.5, 1), "1,234.5", "{l}");
            assert_eq!(f.integer(1_234_567), "1,234,567", "{l}");
            assert_eq!(f.signed(5.04, 1), "+5.0", "{l}");
        }
        assert_eq!(fmt("uk").percent(0.412, 0), "41%");
        assert_eq!(fmt("uk").decimal(2.5, 1), "2,5");
    }

    #[test]
    fn arabic_and_persian_use_their_own_digits_and_separators() {
        assert_eq!(fmt("ar").percent(0.412, 0), "٤١٪");
        assert_eq!(fmt("ar").integer(1234), "١٬٢٣٤");
        assert_eq!(fmt("ar").decimal(2.5, 1), "٢٫٥");
        assert_eq!(fmt("ar").signed(-2.5, 1), "\u{61c}-٢٫٥");
        assert_eq!(fmt("fa").percent(0.412, 0), "۴۱٪");
        assert_eq!(fmt("fa").integer(1234), "۱٬۲۳۴");
        assert_eq!(fmt("fa").decimal(62.45, 1), "۶۲٫۵");
    }

    #[test]
    fn rounding_is_half_away_from_zero_and_never_shows_minus_zero() {
        let en = fmt("en");
        assert_eq!(en.percent(0.415, 0), "42%");
        assert_eq!(en.decimal(0.125, 2), "0.13");
        assert_eq!(en.decimal(-0.125, 2), "-0.13");
        assert_eq!(en.decimal(-0.0004, 2), "0.00");
        assert_eq!(en.signed(-0.0004, 1), "0.0");
        assert_eq!(en.signed(0.0, 0), "0");
        assert_eq!(en.decimal(f64::NAN, 1), "–");
        assert_eq!(en.percent(1.0, 0), "100%");
        assert_eq!(en.integer(0), "0");
    }
}
