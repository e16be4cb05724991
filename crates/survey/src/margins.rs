//! Population margins given for a wave after the questionnaire was loaded (uploaded on the
//! dashboard), checked by the rules margins.toml follows: known breakdowns and groups, a
//! positive count for every group, one total for all margins of the wave.

use std::collections::BTreeMap;

use crate::model::{Survey, WaveMargins};

/// Why a set of margins cannot weight a wave.
#[derive(Debug, Clone, PartialEq)]
pub enum MarginProblem {
    /// No count at all.
    Empty,
    UnknownBreakdown(String),
    UnknownGroup {
        breakdown: String,
        group: String,
    },
    Repeated {
        breakdown: String,
        group: String,
    },
    NotPositive {
        breakdown: String,
        group: String,
    },
    MissingGroup {
        breakdown: String,
        group: String,
    },
    /// `breakdown` adds up to `total`, the first margin (`first`) to `first_total`.
    TotalsDiffer {
        breakdown: String,
        total: f64,
        first: String,
        first_total: f64,
    },
}

impl WaveMargins {
    /// Margins of `wave` from (breakdown, group, count) lines, or every problem found.
    pub fn from_counts(
        survey: &Survey,
        wave: &str,
        source: Option<String>,
        counts: &[(String, String, f64)],
    ) -> Result<WaveMargins, Vec<MarginProblem>> {
        let mut problems = Vec::new();
        if counts.is_empty() {
            problems.push(MarginProblem::Empty);
        }
        let mut margins: BTreeMap<String, BTreeMap<String, f64>> = BTreeMap::new();
        for (breakdown, group, count) in counts {
            let Some(bd) = survey.breakdowns.iter().find(|b| &b.id == breakdown) else {
                let p = MarginProblem::UnknownBreakdown(breakdown.clone());
                if !problems.contains(&p) {
                    problems.push(p);
                }
                continue;
            };
            let named = || (breakdown.clone(), group.clone());
            if !bd.groups.iter().any(|g| &g.id == group) {
                let (breakdown, group) = named();
                problems.push(MarginProblem::UnknownGroup { breakdown, group });
                continue;
            }
            if !count.is_finite() || *count <= 0.0 {
                let (breakdown, group) = named();
                problems.push(MarginProblem::NotPositive { breakdown, group });
            }
            let m = margins.entry(bd.id.clone()).or_default();
            if m.insert(group.clone(), *count).is_some() {
                let (breakdown, group) = named();
                problems.push(MarginProblem::Repeated { breakdown, group });
            }
        }
        let mut first: Option<(String, f64)> = None;
        for (breakdown, m) in &margins {
            let Some(bd) = survey.breakdowns.iter().find(|b| &b.id == breakdown) else {
                continue;
            };
            for g in &bd.groups {
                if !m.contains_key(&g.id) {
                    problems.push(MarginProblem::MissingGroup {
                        breakdown: breakdown.clone(),
                        group: g.id.clone(),
                    });
                }
            }
            let total: f64 = m.values().sum();
            match &first {
                None => first = Some((breakdown.clone(), total)),
                Some((f, t)) if (t - total).abs() > 1e-9 * t.abs().max(1.0) => {
                    problems.push(MarginProblem::TotalsDiffer {
                        breakdown: breakdown.clone(),
                        total,
                        first: f.clone(),
                        first_total: *t,
                    });
                }
                Some(_) => {}
            }
        }
        if problems.is_empty() {
            Ok(WaveMargins {
                wave: wave.to_owned(),
                source,
                margins,
            })
        } else {
            Err(problems)
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic
    use super::*;
    use crate::model::{Breakdown, Group};

    fn survey() -> Survey {
        let group = |id: &str| Group {
            id: id.to_owned(),
            codes: vec![id.to_owned()],
        };
        Survey {
            id: "s".into(),
            default_locale: "fi".into(),
            locales: vec!["fi".into()],
            pages: Vec::new(),
            option_sets: BTreeMap::new(),
            indicators: Vec::new(),
            breakdowns: vec![
                Breakdown {
                    id: "gender".into(),
                    question: "gender".into(),
                    groups: vec![group("female"), group("male")],
                    declared_groups: false,
                },
                Breakdown {
                    id: "age".into(),
                    question: "age".into(),
                    groups: vec![group("young"), group("old")],
                    declared_groups: true,
                },
            ],
            margins: Vec::new(),
        }
    }

    fn line(b: &str, g: &str, n: f64) -> (String, String, f64) {
        (b.into(), g.into(), n)
    }

    #[test]
    fn consistent_margins_are_accepted() {
        let m = WaveMargins::from_counts(
            &survey(),
            "2026",
            Some("register".into()),
            &[
                line("gender", "female", 60.0),
                line("gender", "male", 40.0),
                line("age", "young", 30.0),
                line("age", "old", 70.0),
            ],
        )
        .unwrap();
        assert_eq!(m.total(), Some(100.0));
        assert_eq!(m.margins["age"]["old"], 70.0);
    }

    #[test]
    fn every_problem_is_reported() {
        let problems = WaveMargins::from_counts(
            &survey(),
            "2026",
            None,
            &[
                line("gender", "female", 60.0),
                line("gender", "female", 1.0),
                line("gender", "nobody", 1.0),
                line("region", "north", 1.0),
                line("age", "young", -3.0),
                line("age", "old", 70.0),
            ],
        )
        .unwrap_err();
        assert!(problems.contains(&MarginProblem::UnknownBreakdown("region".into())));
        assert!(problems.contains(&MarginProblem::UnknownGroup {
            breakdown: "gender".into(),
            group: "nobody".into()
        }));
        assert!(problems.contains(&MarginProblem::Repeated {
            breakdown: "gender".into(),
            group: "female".into()
        }));
        assert!(problems.contains(&MarginProblem::MissingGroup {
            breakdown: "gender".into(),
            group: "male".into()
        }));
        assert!(problems.contains(&MarginProblem::NotPositive {
            breakdown: "age".into(),
            group: "young".into()
        }));
        assert!(
            problems
                .iter()
                .any(|p| matches!(p, MarginProblem::TotalsDiffer { .. }))
        );
        assert_eq!(
            WaveMargins::from_counts(&survey(), "2026", None, &[]).unwrap_err(),
            vec![MarginProblem::Empty]
        );
    }
}
