//! Whether the latest wave meets a programme target, judged by the interval, not the point
//! estimate: an estimate of 29 % with an interval of 25-33 % does not show that a target of
//! "below 30 %" is met.

use atmos_charts::{TargetDirection, Value};

/// A target's status in a wave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetStatus {
    /// The whole interval is on the target's side.
    Met,
    /// The whole interval is on the wrong side.
    Missed,
    /// The interval reaches both sides (or there is no interval to judge by).
    CannotTell,
    /// Nobody answered, or the indicator is not in the table.
    NoData,
    /// The cell is hidden (too few answers): no status may be derived from it.
    Suppressed,
}

impl TargetStatus {
    /// A class and `data-status` value.
    pub fn as_str(self) -> &'static str {
        match self {
            TargetStatus::Met => "met",
            TargetStatus::Missed => "missed",
            TargetStatus::CannotTell => "cannot-tell",
            TargetStatus::NoData => "no-data",
            TargetStatus::Suppressed => "suppressed",
        }
    }
}

/// The status of a target of `value` on side `direction`, given a wave's cell.
///
/// Reaching the target value exactly is not being below (or above) it: an interval that ends
/// at the value cannot show the target met, and one that starts at it shows it missed.
pub fn target_status(direction: TargetDirection, value: f64, cell: &Value) -> TargetStatus {
    let estimate = match cell {
        Value::Hidden(_) => return TargetStatus::Suppressed,
        Value::NoAnswers => return TargetStatus::NoData,
        Value::Published(e) => e,
    };
    let Some((lower, upper)) = estimate.interval else {
        return TargetStatus::CannotTell;
    };
    if !(lower.is_finite() && upper.is_finite() && value.is_finite()) {
        return TargetStatus::CannotTell;
    }
    match direction {
        TargetDirection::Below if upper < value => TargetStatus::Met,
        TargetDirection::Below if lower >= value => TargetStatus::Missed,
        TargetDirection::Above if lower > value => TargetStatus::Met,
        TargetDirection::Above if upper <= value => TargetStatus::Missed,
        _ => TargetStatus::CannotTell,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

    use super::*;
    use atmos_charts::{Estimate, HiddenReason};

    fn cell(estimate: f64, lower: f64, upper: f64) -> Value {
        Value::Published(Estimate {
            estimate,
            interval: Some((lower, upper)),
            n: 500,
        })
    }

    use TargetDirection::{Above, Below};
    use TargetStatus::*;

    #[test]
    fn below_a_target() {
        assert_eq!(target_status(Below, 0.30, &cell(0.25, 0.21, 0.29)), Met);
        assert_eq!(target_status(Below, 0.30, &cell(0.35, 0.31, 0.39)), Missed);
        assert_eq!(
            target_status(Below, 0.30, &cell(0.29, 0.25, 0.33)),
            CannotTell
        );
        // A point estimate on the right side with an interval across it is not enough.
        assert_eq!(
            target_status(Below, 0.30, &cell(0.31, 0.27, 0.35)),
            CannotTell
        );
    }

    #[test]
    fn above_a_target() {
        assert_eq!(target_status(Above, 0.50, &cell(0.56, 0.52, 0.60)), Met);
        assert_eq!(target_status(Above, 0.50, &cell(0.44, 0.40, 0.48)), Missed);
        assert_eq!(
            target_status(Above, 0.50, &cell(0.51, 0.47, 0.55)),
            CannotTell
        );
        assert_eq!(target_status(Above, 60.0, &cell(70.0, 65.0, 75.0)), Met);
    }

    #[test]
    fn an_interval_ending_at_the_target_value_is_not_past_it() {
        assert_eq!(
            target_status(Below, 0.30, &cell(0.26, 0.22, 0.30)),
            CannotTell
        );
        assert_eq!(target_status(Below, 0.30, &cell(0.34, 0.30, 0.38)), Missed);
        assert_eq!(
            target_status(Above, 0.50, &cell(0.54, 0.50, 0.58)),
            CannotTell
        );
        assert_eq!(target_status(Above, 0.50, &cell(0.46, 0.42, 0.50)), Missed);
    }

    #[test]
    fn targets_at_the_ends_of_the_scale() {
        // "Below 0 %" can never be met, "above 100 %" never either.
        assert_eq!(target_status(Below, 0.0, &cell(0.0, 0.0, 0.02)), Missed);
        assert_eq!(target_status(Above, 1.0, &cell(1.0, 0.98, 1.0)), Missed);
        assert_eq!(target_status(Below, 1.0, &cell(0.5, 0.45, 0.55)), Met);
    }

    #[test]
    fn hidden_empty_and_intervalless_cells_have_no_verdict() {
        for reason in [HiddenReason::TooFewAnswers, HiddenReason::Protects] {
            assert_eq!(
                target_status(Below, 0.3, &Value::Hidden(reason)),
                Suppressed
            );
        }
        assert_eq!(target_status(Below, 0.3, &Value::NoAnswers), NoData);
        let single = Value::Published(Estimate {
            estimate: 0.0,
            interval: None,
            n: 1,
        });
        assert_eq!(target_status(Below, 0.3, &single), CannotTell);
        assert_eq!(
            target_status(Below, 0.3, &cell(0.2, f64::NAN, 0.25)),
            CannotTell
        );
    }
}
