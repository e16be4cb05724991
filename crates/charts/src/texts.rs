//! The language of a chart: its texts from the `charts` fluent area (`i18n/<locale>/charts.ftl`,
//! falling back along the catalog's chain), its number format and its direction.

use atmos_i18n::{Catalog, Direction, FluentArgs, FluentValue, LanguageIdentifier, direction};

use crate::numbers::NumberFormat;

/// The fluent area of the charts' own texts.
pub const AREA: &str = "charts";

/// Everything a chart needs to speak one language.
#[derive(Debug, Clone)]
pub struct ChartTexts<'a> {
    catalog: &'a Catalog,
    area: &'static str,
    locale: LanguageIdentifier,
    numbers: NumberFormat,
    direction: Direction,
}

impl<'a> ChartTexts<'a> {
    pub fn new(catalog: &'a Catalog, locale: LanguageIdentifier) -> Self {
        Self::for_area(catalog, locale, AREA)
    }

    /// The same language with the texts of another fluent area (the report's, `report`), so
    /// that its sentences are looked up, formatted and cleaned exactly like the charts'.
    pub fn for_area(catalog: &'a Catalog, locale: LanguageIdentifier, area: &'static str) -> Self {
        Self {
            catalog,
            area,
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

    pub fn is_rtl(&self) -> bool {
        self.direction == Direction::Rtl
    }

    pub fn catalog(&self) -> &'a Catalog {
        self.catalog
    }

    /// A chart text without arguments; never blank (a missing message shows its id).
    pub fn get(&self, id: &str) -> String {
        strip_isolates(self.catalog.text(&self.locale, self.area, id, None).value)
    }

    /// A chart text with string arguments. Numbers are passed already formatted
    /// ([`NumberFormat`]): fluent's own number formatting ignores the locale.
    pub fn format(&self, id: &str, args: &[(&str, &str)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, FluentValue::from(*value));
        }
        strip_isolates(
            self.catalog
                .text(&self.locale, self.area, id, Some(&fluent))
                .value,
        )
    }
}

/// Without the FIRST STRONG ISOLATE / POP DIRECTIONAL ISOLATE pairs fluent puts around every
/// argument. The charts set the direction of each text element as a whole (the root's
/// `direction`, and [`crate::to_png`]'s isolates for resvg), the arguments are numbers and
/// labels of the chart's own language, and the shipped Arabic font has no glyphs for these
/// controls, which would send resvg to its font fallback in the middle of Arabic text.
fn strip_isolates(text: String) -> String {
    if text.contains(['\u{2068}', '\u{2069}']) {
        text.replace(['\u{2068}', '\u{2069}'], "")
    } else {
        text
    }
}
