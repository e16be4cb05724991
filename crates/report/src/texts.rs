//! The report's language: its texts from the `report` fluent area (`i18n/<locale>/report.ftl`,
//! falling back along the catalog's chain), numbers as the charts write them, and direction.

use atmos_charts::{Measure, NumberFormat};
use atmos_i18n::{Catalog, Direction, FluentArgs, FluentValue, LanguageIdentifier, direction};

/// The fluent area of the report's own texts.
pub const AREA: &str = "report";

/// Everything the report needs to speak one language.
#[derive(Debug, Clone)]
pub struct ReportTexts<'a> {
    catalog: &'a Catalog,
    locale: LanguageIdentifier,
    numbers: NumberFormat,
    direction: Direction,
}

impl<'a> ReportTexts<'a> {
    pub fn new(catalog: &'a Catalog, locale: LanguageIdentifier) -> Self {
        Self {
            catalog,
            numbers: NumberFormat::for_locale(&locale),
            direction: direction(&locale),
            locale,
        }
    }

    pub fn locale(&self) -> &LanguageIdentifier {
        &self.locale
    }

    pub fn numbers(&self) -> &NumberFormat {
        &self.numbers
    }

    pub fn direction(&self) -> Direction {
        self.direction
    }

    /// A text without arguments; never blank (a missing message shows its id).
    pub fn get(&self, id: &str) -> String {
        strip_isolates(self.catalog.text(&self.locale, AREA, id, None).value)
    }

    /// A text with string arguments; numbers are passed formatted ([`NumberFormat`]), since
    /// fluent's own number formatting ignores the locale.
    pub fn format(&self, id: &str, args: &[(&str, &str)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, FluentValue::from(*value));
        }
        strip_isolates(
            self.catalog
                .text(&self.locale, AREA, id, Some(&fluent))
                .value,
        )
    }

    /// A value as the tables print it: a share as a whole percentage, an index as a whole
    /// number (the charts' precision; the intervals are wider than a digit more would say).
    pub fn value(&self, measure: Measure, x: f64) -> String {
        match measure {
            Measure::Share => self.numbers.percent(x, 0),
            Measure::Index => self.numbers.decimal(x, 0),
        }
    }

    /// `41 % (37–45 %)`, or the value alone without an interval. The lower bound has no
    /// percent sign: one unit for the range reads as a range, as the example writes it.
    pub fn value_with_interval(
        &self,
        measure: Measure,
        estimate: f64,
        interval: Option<(f64, f64)>,
    ) -> String {
        let value = self.value(measure, estimate);
        match interval {
            Some((lo, hi)) => {
                let lower = match measure {
                    Measure::Share => self.numbers.decimal(lo * 100.0, 0),
                    Measure::Index => self.numbers.decimal(lo, 0),
                };
                self.format(
                    "report-value-interval",
                    &[
                        ("value", &value),
                        ("lower", &lower),
                        ("upper", &self.value(measure, hi)),
                    ],
                )
            }
            None => value,
        }
    }

    /// A change: `-6 percentage points` or `+3 points`.
    pub fn difference(&self, measure: Measure, d: f64) -> String {
        match measure {
            Measure::Share => self.format(
                "report-pp",
                &[("value", &self.numbers.signed(d * 100.0, 0))],
            ),
            Measure::Index => self.format(
                "report-index-points",
                &[("value", &self.numbers.signed(d, 0))],
            ),
        }
    }
}

/// Without the FIRST STRONG ISOLATE / POP DIRECTIONAL ISOLATE pairs fluent puts around every
/// argument: the report sets the direction of the whole document (`dir` on `<html>`), the
/// arguments are the report's own numbers and labels, and the tests compare plain text.
fn strip_isolates(text: String) -> String {
    if text.contains(['\u{2068}', '\u{2069}']) {
        text.replace(['\u{2068}', '\u{2069}'], "")
    } else {
        text
    }
}
