//! Indicators of indicators.toml: shares and 0-100 indices over question items.

use std::collections::HashMap;

use super::options::OptionSets;
use super::{Context, Origin};
use crate::model::{IndexItem, Indicator, Item, Measure, OptionSet, QuestionKind};
use crate::raw::{self, IndicatorKind};

impl Context {
    /// Check the indicators in file order; `defined` gets where each distinct id was written.
    pub(super) fn indicators(
        &mut self,
        file: usize,
        raw: Vec<raw::Indicator>,
        kinds: &HashMap<String, QuestionKind>,
        sets: &OptionSets,
        defined: &mut Vec<(String, Origin)>,
    ) -> Vec<Indicator> {
        let mut indicators = Vec::new();
        let mut seen = HashMap::new();
        for ind in raw {
            let Some(o) = self.first_definition(&mut seen, file, &ind.id, "indicator") else {
                continue;
            };
            self.check_id(file, &ind.id, "indicator id", false);
            let made = self.indicator(file, &ind, kinds, sets);
            defined.push((ind.id.get_ref().clone(), o));
            indicators.extend(made);
        }
        indicators
    }

    fn indicator(
        &mut self,
        file: usize,
        ind: &raw::Indicator,
        kinds: &HashMap<String, QuestionKind>,
        sets: &OptionSets,
    ) -> Vec<Indicator> {
        let iid = ind.id.get_ref().clone();
        let io = Self::origin(file, &ind.id);
        let kind = *ind.kind.get_ref();
        let mut ok = true;
        // Expand items; `q.*` stands for every row of a matrix.
        let mut items: Vec<(Item, Origin)> = Vec::new();
        let wildcard = ind
            .items
            .get_ref()
            .iter()
            .filter(|i| i.get_ref().ends_with(".*"))
            .count();
        let question_of = |i: &str| i.split('.').next().unwrap_or_default().to_string();
        if ind
            .items
            .get_ref()
            .iter()
            .any(|i| self.broken.contains(&question_of(i.get_ref())))
        {
            return Vec::new();
        }
        if ind.items.get_ref().is_empty() {
            let o = Self::origin(file, &ind.items);
            self.report(&o, Some(&iid), "an indicator needs at least one item");
            ok = false;
        }
        for it in ind.items.get_ref() {
            let o = Self::origin(file, it);
            match resolve_item(it.get_ref(), kinds) {
                Ok(list) => {
                    items.extend(list.into_iter().map(|i| (i, o.clone())));
                }
                Err(msg) => {
                    self.report(&o, Some(&iid), msg);
                    ok = false;
                }
            }
        }
        if !ok {
            return Vec::new();
        }
        let set_of = |item: &Item| -> Option<&OptionSet> {
            let set = kinds.get(&item.question)?.option_set()?;
            sets.get(set).map(|(s, _)| s)
        };
        if ind.per_row && (wildcard != 1 || ind.items.get_ref().len() != 1) {
            self.report(
                &io,
                Some(&iid),
                "per_row needs exactly one item of the form `matrix.*`",
            );
            ok = false;
        }
        let measure_for = |this: &mut Self,
                           items: &[(Item, Origin)],
                           ok: &mut bool|
         -> Option<Measure> {
            match kind {
                IndicatorKind::Share => {
                    if ind.min_items.is_some() || !ind.reverse.is_empty() {
                        this.report(
                            &io,
                            Some(&iid),
                            "min_items and reverse apply to an index, not a share",
                        );
                        *ok = false;
                    }
                    let Some(codes) = &ind.codes else {
                        this.report(&io, Some(&iid), "a share indicator needs `codes`");
                        *ok = false;
                        return None;
                    };
                    if codes.get_ref().is_empty() {
                        let o = Self::origin(file, codes);
                        this.report(&o, Some(&iid), "a share indicator needs at least one code");
                        *ok = false;
                    }
                    for (item, o) in items {
                        match set_of(item) {
                            None => {
                                this.report(o, Some(&iid), format!("item '{}' is not a choice question; a share needs option codes", item.key()));
                                *ok = false;
                            }
                            Some(set) => {
                                for c in codes.get_ref() {
                                    if set.get(c.get_ref()).is_none() {
                                        let co = Self::origin(file, c);
                                        this.report(
                                            &co,
                                            Some(&iid),
                                            format!(
                                                "unknown option code '{}' for '{}' (set '{}')",
                                                c.get_ref(),
                                                item.question,
                                                set.id
                                            ),
                                        );
                                        *ok = false;
                                    }
                                }
                            }
                        }
                    }
                    Some(Measure::Share {
                        items: items.iter().map(|(i, _)| i.clone()).collect(),
                        codes: codes
                            .get_ref()
                            .iter()
                            .map(|c| c.get_ref().clone())
                            .collect(),
                    })
                }
                IndicatorKind::Index => {
                    if ind.codes.is_some() {
                        this.report(&io, Some(&iid), "`codes` applies to a share, not an index");
                        *ok = false;
                    }
                    let reversed: Vec<String> =
                        ind.reverse.iter().map(|r| r.get_ref().clone()).collect();
                    for r in &ind.reverse {
                        if !items.iter().any(|(i, _)| &i.key() == r.get_ref()) {
                            let o = Self::origin(file, r);
                            this.report(
                                &o,
                                Some(&iid),
                                format!(
                                    "reverse item '{}' is not one of the indicator's items",
                                    r.get_ref()
                                ),
                            );
                            *ok = false;
                        }
                    }
                    let mut out = Vec::new();
                    for (item, o) in items {
                        let range = match kinds.get(&item.question) {
                            Some(QuestionKind::Number {
                                min: Some(lo),
                                max: Some(hi),
                                ..
                            }) => Some((*lo, *hi)),
                            Some(QuestionKind::Likert { .. } | QuestionKind::Matrix { .. }) => {
                                set_of(item).and_then(OptionSet::value_range)
                            }
                            _ => None,
                        };
                        match range {
                            Some((low, high)) if high > low => out.push(IndexItem {
                                item: item.clone(),
                                low,
                                high,
                                reverse: reversed.contains(&item.key()),
                            }),
                            _ => {
                                this.report(o, Some(&iid), format!("item '{}' cannot be put on 0-100: an index needs likert or matrix items with valued scales, or numbers with min and max", item.key()));
                                *ok = false;
                            }
                        }
                    }
                    let min_items = match &ind.min_items {
                        None => out.len(),
                        Some(m) => {
                            let n = *m.get_ref();
                            if n < 1 || n as usize > items.len() {
                                let o = Self::origin(file, m);
                                this.report(
                                    &o,
                                    Some(&iid),
                                    format!(
                                        "min_items must be between 1 and the {} items",
                                        items.len()
                                    ),
                                );
                                *ok = false;
                            }
                            usize::try_from(n).unwrap_or(1)
                        }
                    };
                    Some(Measure::Index {
                        items: out,
                        min_items,
                    })
                }
            }
        };
        let theme = *ind.theme.get_ref();
        let made: Vec<Indicator> = if ind.per_row && ok {
            let mut v = Vec::new();
            for (item, o) in &items {
                if let Some(m) = measure_for(
                    self,
                    std::slice::from_ref(&(item.clone(), o.clone())),
                    &mut ok,
                ) {
                    v.push(Indicator {
                        id: format!("{iid}.{}", item.row.clone().unwrap_or_default()),
                        base_id: iid.clone(),
                        row: item.row.clone(),
                        theme,
                        measure: m,
                    });
                }
            }
            v
        } else {
            measure_for(self, &items, &mut ok)
                .map(|m| Indicator {
                    id: iid.clone(),
                    base_id: iid.clone(),
                    row: None,
                    theme,
                    measure: m,
                })
                .into_iter()
                .collect()
        };
        if ok { made } else { Vec::new() }
    }
}

fn resolve_item(s: &str, kinds: &HashMap<String, QuestionKind>) -> Result<Vec<Item>, String> {
    let (q, row) = match s.split_once('.') {
        Some((q, r)) => (q, Some(r)),
        None => (s, None),
    };
    let kind = kinds
        .get(q)
        .ok_or_else(|| format!("item '{s}' refers to unknown question '{q}'"))?;
    match (kind, row) {
        (QuestionKind::Matrix { rows, .. }, Some("*")) => Ok(rows
            .iter()
            .map(|r| Item {
                question: q.to_string(),
                row: Some(r.clone()),
            })
            .collect()),
        (QuestionKind::Matrix { rows, .. }, Some(r)) => {
            if rows.iter().any(|x| x == r) {
                Ok(vec![Item {
                    question: q.to_string(),
                    row: Some(r.to_string()),
                }])
            } else {
                Err(format!("item '{s}': matrix '{q}' has no row '{r}'"))
            }
        }
        (QuestionKind::Matrix { .. }, None) => Err(format!(
            "item '{s}' is a matrix: name a row ('{q}.row') or all rows ('{q}.*')"
        )),
        (_, Some(_)) => Err(format!("item '{s}': '{q}' is not a matrix and has no rows")),
        (_, None) => Ok(vec![Item {
            question: q.to_string(),
            row: None,
        }]),
    }
}
