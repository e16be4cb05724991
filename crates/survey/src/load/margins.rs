//! margins.toml: the population counts per breakdown group that weight each wave.

use std::collections::{BTreeMap, HashMap};

use super::Context;
use crate::model::{Breakdown, WaveMargins};
use crate::raw;

impl Context {
    pub(super) fn margins(
        &mut self,
        file: usize,
        margins_raw: raw::MarginsFile,
        breakdowns: &[Breakdown],
    ) -> Vec<WaveMargins> {
        let mut margins = Vec::new();
        let mut seen = HashMap::new();
        for wm in margins_raw.wave {
            let o = Self::origin(file, &wm.wave);
            if seen.insert(wm.wave.get_ref().clone(), ()).is_some() {
                self.report(
                    &o,
                    Some(wm.wave.get_ref()),
                    "margins for this wave are given twice",
                );
                continue;
            }
            if let Some(m) = self.wave_margins(file, wm, breakdowns) {
                margins.push(m);
            }
        }
        margins
    }

    fn wave_margins(
        &mut self,
        file: usize,
        wm: raw::WaveMargins,
        breakdowns: &[Breakdown],
    ) -> Option<WaveMargins> {
        let wave = wm.wave.get_ref().clone();
        let wo = Self::origin(file, &wm.wave);
        let mut ok = true;
        let mut out: BTreeMap<String, BTreeMap<String, f64>> = BTreeMap::new();
        let mut first_total: Option<(String, f64)> = None;
        if wm.margins.is_empty() {
            self.report(
                &wo,
                Some(&wave),
                "a wave's margins need at least one breakdown",
            );
            ok = false;
        }
        for (bd_id, counts) in wm.margins {
            let bo = Self::origin(file, &bd_id);
            if self.broken_breakdowns.contains(bd_id.get_ref()) {
                ok = false;
                continue;
            }
            let Some(bd) = breakdowns.iter().find(|b| &b.id == bd_id.get_ref()) else {
                self.report(
                    &bo,
                    Some(&wave),
                    format!("margin '{}' names no breakdown", bd_id.get_ref()),
                );
                ok = false;
                continue;
            };
            let mut m = BTreeMap::new();
            for (group, count) in counts {
                let go = Self::origin(file, &group);
                if !bd.groups.iter().any(|g| &g.id == group.get_ref()) {
                    self.report(
                        &go,
                        Some(&wave),
                        format!(
                            "'{}' is not a group of breakdown '{}'",
                            group.get_ref(),
                            bd.id
                        ),
                    );
                    ok = false;
                }
                let n = *count.get_ref();
                if !n.is_finite() || n <= 0.0 {
                    let co = Self::origin(file, &count);
                    self.report(
                        &co,
                        Some(&wave),
                        format!(
                            "population count for '{}' must be positive",
                            group.get_ref()
                        ),
                    );
                    ok = false;
                }
                m.insert(group.into_inner(), n);
            }
            for g in &bd.groups {
                if !m.contains_key(&g.id) {
                    self.report(
                        &bo,
                        Some(&wave),
                        format!("margin '{}' has no count for group '{}'", bd.id, g.id),
                    );
                    ok = false;
                }
            }
            let total: f64 = m.values().sum();
            match &first_total {
                None => first_total = Some((bd.id.clone(), total)),
                Some((first, t)) if (t - total).abs() > 1e-9 * t.abs().max(1.0) => {
                    self.report(&bo, Some(&wave), format!("margin '{}' adds up to {total}, but '{first}' to {t}; all margins of a wave need one total", bd.id));
                    ok = false;
                }
                Some(_) => {}
            }
            out.insert(bd.id.clone(), m);
        }
        ok.then_some(WaveMargins {
            wave,
            source: wm.source,
            margins: out,
        })
    }
}
