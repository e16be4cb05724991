//! The report's language: its texts from the `report` fluent area (`i18n/<locale>/report.ftl`,
//! falling back along the catalog's chain), numbers as the charts write them, and direction.

use atmos_charts::{ChartTexts, Measure, NumberFormat};
use atmos_i18n::{Catalog, Direction, LanguageIdentifier};

/// The fluent area of the report's own texts.
pub const AREA: &str = "report";

/// Everything the report needs to speak one language: the charts' text machinery
/// ([`ChartTexts::for_area`]) on the `report` area, and the report's value formats.
#[derive(Debug, Clone)]
pub struct ReportTexts<'a> {
    texts: ChartTexts<'a>,
}

impl<'a> ReportTexts<'a> {
    pub fn new(catalog: &'a Catalog, locale: LanguageIdentifier) -> Self {
        Self {
            texts: ChartTexts::for_area(catalog, locale, AREA),
        }
    }

    pub fn locale(&self) -> &LanguageIdentifier {
        self.texts.locale()
    }

    pub fn numbers(&self) -> &NumberFormat {
        self.texts.numbers()
    }

    pub fn direction(&self) -> Direction {
        self.texts.direction()
    }

    /// A text without arguments; never blank (a missing message shows its id).
    pub fn get(&self, id: &str) -> String {
        self.texts.get(id)
    }

    /// A text with string arguments; numbers are passed formatted ([`NumberFormat`]), since
    /// fluent's own number formatting ignores the locale.
    pub fn format(&self, id: &str, args: &[(&str, &str)]) -> String {
        self.texts.format(id, args)
    }

    /// A value as the tables print it: a share as a whole percentage, an index as a whole
    /// number (the charts' precision; the intervals are wider than a digit more would say).
    pub fn value(&self, measure: Measure, x: f64) -> String {
        match measure {
            Measure::Share => self.numbers().percent(x, 0),
            Measure::Index => self.numbers().decimal(x, 0),
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
                    Measure::Share => self.numbers().decimal(lo * 100.0, 0),
                    Measure::Index => self.numbers().decimal(lo, 0),
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
                &[("value", &self.numbers().signed(d * 100.0, 0))],
            ),
            Measure::Index => self.format(
                "report-index-points",
                &[("value", &self.numbers().signed(d, 0))],
            ),
        }
    }
}
