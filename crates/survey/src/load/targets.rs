//! Programme targets of targets.toml: each names an indicator the survey defines, a value the
//! indicator can take, a wave label, and who is responsible in the survey's default language.

use std::collections::BTreeMap;

use super::{Context, Origin};
use crate::model::{Indicator, Measure, Target};
use crate::raw;

/// What a target's texts must satisfy: the default language present, only the survey's
/// languages, nothing blank.
struct TextRules<'a> {
    default_locale: &'a str,
    locales: &'a [String],
}

impl Context {
    pub(super) fn targets(
        &mut self,
        file: usize,
        raw: Vec<raw::Target>,
        indicators: &[Indicator],
        default_locale: &str,
        locales: &[String],
    ) -> Vec<Target> {
        let rules = TextRules {
            default_locale,
            locales,
        };
        let mut targets = Vec::new();
        for t in raw {
            let id = t.indicator.get_ref().clone();
            let io = Self::origin(file, &t.indicator);
            let Some(indicator) = indicators.iter().find(|i| i.id == id) else {
                self.report(&io, Some(&id), unknown_indicator(&id, indicators));
                continue;
            };
            let mut ok = true;
            let value = *t.value.get_ref();
            let (max, unit) = match indicator.measure {
                Measure::Share { .. } => (1.0, "a share between 0 and 1 (0.3 for 30 %)"),
                Measure::Index { .. } => (100.0, "an index value between 0 and 100"),
            };
            if !(value.is_finite() && (0.0..=max).contains(&value)) {
                let vo = Self::origin(file, &t.value);
                self.report(
                    &vo,
                    Some(&id),
                    format!("target value {value} is out of range: '{id}' needs {unit}"),
                );
                ok = false;
            }
            let by = t.by.get_ref();
            if by.is_empty()
                || !by
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                let bo = Self::origin(file, &t.by);
                self.report(
                    &bo,
                    Some(&id),
                    format!("`by` must be a wave label such as \"2026\", not {by:?}"),
                );
                ok = false;
            }
            ok &= self.target_texts(file, &id, "responsible", &t.responsible, &rules);
            if let Some(p) = &t.programme {
                ok &= self.target_texts(file, &id, "programme", p, &rules);
            }
            if ok {
                targets.push(Target {
                    indicator: id,
                    direction: *t.direction.get_ref(),
                    value,
                    by: by.clone(),
                    responsible: t.responsible.into_inner(),
                    programme: t.programme.map(raw::S::into_inner),
                });
            }
        }
        targets
    }

    fn target_texts(
        &mut self,
        file: usize,
        id: &str,
        field: &str,
        texts: &raw::S<BTreeMap<String, String>>,
        rules: &TextRules<'_>,
    ) -> bool {
        let o: Origin = Self::origin(file, texts);
        let mut ok = true;
        if texts
            .get_ref()
            .get(rules.default_locale)
            .is_none_or(|t| t.trim().is_empty())
        {
            self.report(
                &o,
                Some(id),
                format!(
                    "`{field}` needs a text in the survey's default language '{}'",
                    rules.default_locale
                ),
            );
            ok = false;
        }
        for (lang, text) in texts.get_ref() {
            if !rules.locales.iter().any(|l| l == lang) {
                self.report(
                    &o,
                    Some(id),
                    format!(
                        "`{field}` has a text in '{lang}', which is not one of the survey's \
                         locales ({})",
                        rules.locales.join(", ")
                    ),
                );
                ok = false;
            } else if text.trim().is_empty() {
                self.report(&o, Some(id), format!("`{field}` in '{lang}' is blank"));
                ok = false;
            }
        }
        ok
    }
}

/// Names what a target can refer to: every indicator, a per-row one as `<id>.<row>` (and
/// its rows when the target named the per-row indicator itself).
fn unknown_indicator(id: &str, indicators: &[Indicator]) -> String {
    let rows: Vec<&str> = indicators
        .iter()
        .filter(|i| i.base_id == id && i.row.is_some())
        .map(|i| i.id.as_str())
        .collect();
    if !rows.is_empty() {
        return format!(
            "indicator '{id}' is measured per row; name one of its rows: {}",
            rows.join(", ")
        );
    }
    let mut known: Vec<String> = Vec::new();
    for i in indicators {
        let name = if i.row.is_some() {
            format!("{}.<row>", i.base_id)
        } else {
            i.id.clone()
        };
        if !known.contains(&name) {
            known.push(name);
        }
    }
    format!(
        "unknown indicator '{id}' (indicators.toml defines: {})",
        known.join(", ")
    )
}
