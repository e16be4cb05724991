//! Cells and comparisons of an indicator table, as chart values. Lenient where the charts'
//! adapters are strict: a report shows "no answers" for an indicator nobody answered in a
//! wave instead of refusing the whole report.

use atmos_analysis::table::IndicatorKind;
use atmos_analysis::{Cell, CellStatus, ComparisonRow, Hidden, IndicatorTable};
use atmos_charts::{Estimate, HiddenReason, Measure, Value};

/// A whole wave (`None`) or one group of a breakdown.
pub(crate) type Domain<'a> = Option<(&'a str, &'a str)>;

#[derive(Debug, Clone, Copy)]
pub(crate) struct Lookup<'t> {
    pub table: &'t IndicatorTable,
}

impl<'t> Lookup<'t> {
    pub fn new(table: &'t IndicatorTable) -> Self {
        Self { table }
    }

    /// The significance level the comparisons are judged at.
    pub fn alpha(&self) -> f64 {
        1.0 - self.table.level
    }

    pub fn measure(&self, indicator: &str) -> Measure {
        match self.table.indicators.iter().find(|i| i.id == indicator) {
            Some(i) if i.kind == IndicatorKind::Index => Measure::Index,
            _ => Measure::Share,
        }
    }

    fn cell(&self, indicator: &str, wave: &str, domain: Domain<'_>) -> Option<&'t Cell> {
        self.table.cells.iter().find(|c| {
            c.indicator == indicator
                && c.wave == wave
                && c.breakdown.as_deref() == domain.map(|d| d.0)
                && c.group.as_deref() == domain.map(|d| d.1)
        })
    }

    /// A cell as the charts draw it; a cell the table does not have counts as no answers.
    pub fn value(&self, indicator: &str, wave: &str, domain: Domain<'_>) -> Value {
        let Some(cell) = self.cell(indicator, wave, domain) else {
            return Value::NoAnswers;
        };
        match cell.status {
            CellStatus::Empty => Value::NoAnswers,
            CellStatus::Suppressed => Value::Hidden(match cell.suppression {
                Some(Hidden::Complementary { .. }) => HiddenReason::Protects,
                _ => HiddenReason::TooFewAnswers,
            }),
            CellStatus::Published => match (cell.estimate, cell.n) {
                (Some(estimate), Some(n)) => Value::Published(Estimate {
                    estimate,
                    interval: cell.ci_lower.zip(cell.ci_upper),
                    n,
                }),
                // A published cell always has both; never show a number that is not there.
                _ => Value::NoAnswers,
            },
        }
    }

    /// The published comparison of `indicator` in `domain` from `earlier` to `later`.
    pub fn comparison(
        &self,
        indicator: &str,
        domain: Domain<'_>,
        earlier: &str,
        later: &str,
    ) -> Option<&'t ComparisonRow> {
        self.table.comparisons.iter().find(|c| {
            c.indicator == indicator
                && c.earlier == earlier
                && c.later == later
                && c.breakdown.as_deref() == domain.map(|d| d.0)
                && c.group.as_deref() == domain.map(|d| d.1)
                && c.status == CellStatus::Published
                && c.difference.is_some()
        })
    }

    /// Significant after the Holm adjustment over the run's comparisons.
    pub fn significant(&self, c: &ComparisonRow) -> bool {
        c.p_holm.is_some_and(|p| p < self.alpha())
    }
}
