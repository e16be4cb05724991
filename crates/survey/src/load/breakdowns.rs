//! Breakdowns of indicators.toml: groups of the answers to one single or likert question,
//! by which results are split and weighted.

use std::collections::HashMap;

use super::options::OptionSets;
use super::{Context, Origin};
use crate::model::{Breakdown, Group, QuestionKind};
use crate::raw;

impl Context {
    /// Check the breakdowns in file order; `defined` gets where each valid one was written.
    pub(super) fn breakdowns(
        &mut self,
        file: usize,
        raw: Vec<raw::Breakdown>,
        kinds: &HashMap<String, QuestionKind>,
        sets: &OptionSets,
        defined: &mut Vec<(String, Origin)>,
    ) -> Vec<Breakdown> {
        let mut breakdowns = Vec::new();
        let mut seen = HashMap::new();
        for bd in raw {
            let Some(o) = self.first_definition(&mut seen, file, &bd.id, "breakdown") else {
                continue;
            };
            self.check_id(file, &bd.id, "breakdown id", false);
            match self.breakdown(file, &bd, kinds, sets) {
                Some(b) => {
                    defined.push((b.id.clone(), o));
                    breakdowns.push(b);
                }
                None => {
                    self.broken_breakdowns.insert(bd.id.get_ref().clone());
                }
            }
        }
        breakdowns
    }

    fn breakdown(
        &mut self,
        file: usize,
        bd: &raw::Breakdown,
        kinds: &HashMap<String, QuestionKind>,
        sets: &OptionSets,
    ) -> Option<Breakdown> {
        let bid = bd.id.get_ref().clone();
        let qo = Self::origin(file, &bd.question);
        if self.broken.contains(bd.question.get_ref()) {
            self.broken_breakdowns.insert(bid.clone());
            return None;
        }
        let set = match kinds.get(bd.question.get_ref()) {
            None => {
                self.report(
                    &qo,
                    Some(&bid),
                    format!("unknown question '{}'", bd.question.get_ref()),
                );
                return None;
            }
            Some(QuestionKind::Single { options } | QuestionKind::Likert { options }) => {
                sets.get(options).map(|(s, _)| s.clone())?
            }
            Some(other) => {
                self.report(
                    &qo,
                    Some(&bid),
                    format!(
                        "a breakdown needs a single or likert question; '{}' is {}",
                        bd.question.get_ref(),
                        other.name()
                    ),
                );
                return None;
            }
        };
        let substantive: Vec<&str> = set
            .options
            .iter()
            .filter(|c| !c.nonsubstantive)
            .map(|c| c.code.as_str())
            .collect();
        let Some(raw_groups) = &bd.groups else {
            return Some(Breakdown {
                id: bid,
                question: bd.question.get_ref().clone(),
                declared_groups: false,
                groups: substantive
                    .iter()
                    .map(|c| Group {
                        id: (*c).to_string(),
                        codes: vec![(*c).to_string()],
                    })
                    .collect(),
            });
        };
        let mut ok = true;
        let mut groups: Vec<Group> = Vec::new();
        let mut placed: HashMap<String, String> = HashMap::new();
        for g in raw_groups {
            self.check_id(file, &g.id, "group id", false);
            let go = Self::origin(file, &g.id);
            if groups.iter().any(|x| &x.id == g.id.get_ref()) {
                self.report(
                    &go,
                    Some(&bid),
                    format!("duplicate group '{}'", g.id.get_ref()),
                );
                ok = false;
                continue;
            }
            for c in g.codes.get_ref() {
                let co = Self::origin(file, c);
                let code = c.get_ref();
                if set.get(code).is_none() {
                    self.report(
                        &co,
                        Some(&bid),
                        format!(
                            "unknown option code '{code}' for question '{}' (set '{}')",
                            bd.question.get_ref(),
                            set.id
                        ),
                    );
                    ok = false;
                } else if !substantive.contains(&code.as_str()) {
                    self.report(
                        &co,
                        Some(&bid),
                        format!("option '{code}' is non-substantive and cannot form a group"),
                    );
                    ok = false;
                } else if let Some(other) = placed.insert(code.clone(), g.id.get_ref().clone()) {
                    self.report(
                        &co,
                        Some(&bid),
                        format!("option '{code}' is already in group '{other}'"),
                    );
                    ok = false;
                }
            }
            groups.push(Group {
                id: g.id.get_ref().clone(),
                codes: g
                    .codes
                    .get_ref()
                    .iter()
                    .map(|c| c.get_ref().clone())
                    .collect(),
            });
        }
        for code in &substantive {
            if !placed.contains_key(*code) {
                self.report(
                    &qo,
                    Some(&bid),
                    format!(
                        "option '{code}' of '{}' is in no group",
                        bd.question.get_ref()
                    ),
                );
                ok = false;
            }
        }
        ok.then(|| Breakdown {
            id: bid,
            question: bd.question.get_ref().clone(),
            declared_groups: true,
            groups,
        })
    }
}
