//! options.toml: the option sets that choice questions draw their answers from.

use std::collections::BTreeMap;

use super::{Context, Origin, is_code};
use crate::model::{Choice, OptionSet};
use crate::raw;

/// Option sets by id, each with where it was defined.
pub(super) type OptionSets = BTreeMap<String, (OptionSet, Origin)>;

impl Context {
    pub(super) fn option_sets(&mut self, file: usize, options: raw::OptionsFile) -> OptionSets {
        let mut sets = OptionSets::new();
        for set in options.set {
            self.option_set(file, set, &mut sets);
        }
        sets
    }

    fn option_set(&mut self, file: usize, set: raw::OptionSet, sets: &mut OptionSets) {
        let o = Self::origin(file, &set.id);
        let sid = set.id.get_ref().clone();
        self.check_id(file, &set.id, "option set id", false);
        if let Some((_, first)) = sets.get(&sid) {
            let at = self.describe(first);
            self.report(
                &o,
                Some(&sid),
                format!("duplicate option set id '{sid}' (first defined at {at})"),
            );
            return;
        }
        if set.options.get_ref().is_empty() {
            self.report(&o, Some(&sid), "an option set needs at least one option");
        }
        let mut options: Vec<Choice> = Vec::new();
        for c in set.options.into_inner() {
            if !is_code(c.code.get_ref()) {
                self.check_id(file, &c.code, "option code", true);
                continue;
            }
            let co = Self::origin(file, &c.code);
            if options.iter().any(|x| &x.code == c.code.get_ref()) {
                self.report(
                    &co,
                    Some(&sid),
                    format!(
                        "duplicate option code '{}' in set '{sid}'",
                        c.code.get_ref()
                    ),
                );
                continue;
            }
            if c.value.is_some_and(|v| !v.is_finite()) {
                self.report(&co, Some(&sid), "option value must be a finite number");
            }
            options.push(Choice {
                code: c.code.into_inner(),
                value: c.value,
                nonsubstantive: c.nonsubstantive,
                exclusive: c.exclusive,
            });
        }
        sets.insert(sid.clone(), (OptionSet { id: sid, options }, o));
    }
}
