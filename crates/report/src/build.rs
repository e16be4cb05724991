//! From a table to the page: the summary, targets, theme sections, groups and methods, in the
//! report's language.

use askama::Template as _;
use atmos_analysis::table::WeightingReport;
use atmos_charts::{
    ChartTexts, HiddenReason, Labels, Measure, RenderOptions, SurveyLabels, TargetDirection,
    TargetLine, ThemeData, Value, theme_chart, trend_chart,
};
use atmos_i18n::{Direction, fallback_chain};
use atmos_survey::Target;

use crate::ReportInput;
use crate::error::ReportError;
use crate::lookup::{Domain, Lookup};
use crate::page::{
    CSS, CellView, DataTable, Figure, Localized, Page, Row, TargetRow, ThemeSection,
};
use crate::status::{TargetStatus, target_status};
use crate::texts::ReportTexts;

/// Charts are laid out at this width; the page scales them down to fit (they have a viewBox).
const CHART_WIDTH: f64 = 720.0;
/// The groups section lists at most this many changes, the largest first.
const MAX_GROUP_CHANGES: usize = 12;

pub(crate) fn render(input: &ReportInput<'_>) -> Result<String, ReportError> {
    let table = input.table;
    if table.waves.is_empty() {
        return Err(ReportError::NoWaves);
    }
    if let Some(w) = table.waves.iter().find(|w| w.respondents == 0) {
        return Err(ReportError::WaveWithoutData {
            wave: w.wave.clone(),
        });
    }
    if !input
        .catalog
        .locales()
        .iter()
        .any(|l| l.language == input.locale.language)
    {
        return Err(ReportError::UnknownLanguage(input.locale.to_string()));
    }
    let texts = ReportTexts::new(input.catalog, input.locale.clone());
    let charts = ChartTexts::new(input.catalog, input.locale.clone());
    let labels = SurveyLabels::new(input.survey, input.catalog, input.locale.clone());
    let cx = Cx {
        input,
        texts: &texts,
        charts: &charts,
        labels: &labels,
        lookup: Lookup::new(table),
        waves: table.waves.iter().map(|w| w.wave.as_str()).collect(),
    };
    let targets = cx.targets();
    let summary = cx.summary(&targets);
    let (groups, groups_note) = cx.groups();
    let survey_title = input
        .catalog
        .text(
            input.locale,
            &format!("survey-{}", input.survey.id),
            "survey-title",
            None,
        )
        .value;
    let own = input
        .catalog
        .text(input.locale, crate::texts::AREA, "report-title", None);
    let (prose_lang, prose_dir) = if own.fallback {
        let dir = match atmos_i18n::direction(&own.locale) {
            Direction::Rtl => "rtl",
            Direction::Ltr => "ltr",
        };
        (own.locale.to_string(), dir)
    } else {
        (String::new(), "")
    };
    let page = Page {
        texts: &texts,
        prose_lang,
        prose_dir,
        lang: input.locale.to_string(),
        dir: match texts.direction() {
            Direction::Rtl => "rtl",
            Direction::Ltr => "ltr",
        },
        title: texts.format("report-title", &[("survey", &survey_title)]),
        subtitle: texts.format("report-subtitle", &[("waves", &cx.wave_list())]),
        css: CSS,
        summary,
        targets: targets.into_iter().map(|(row, _)| row).collect(),
        themes: cx.themes()?,
        groups,
        groups_note,
        methods: cx.methods(),
        counts: cx.counts(),
    };
    Ok(page.render()?)
}

struct Cx<'a> {
    input: &'a ReportInput<'a>,
    texts: &'a ReportTexts<'a>,
    charts: &'a ChartTexts<'a>,
    labels: &'a SurveyLabels<'a>,
    lookup: Lookup<'a>,
    waves: Vec<&'a str>,
}

impl Cx<'_> {
    fn first(&self) -> &str {
        self.waves.first().copied().unwrap_or_default()
    }

    fn last(&self) -> &str {
        self.waves.last().copied().unwrap_or_default()
    }

    fn wave_list(&self) -> String {
        let separator = match self.texts.direction() {
            Direction::Rtl => "\u{60c} ",
            Direction::Ltr => ", ",
        };
        self.waves.join(separator)
    }

    fn in_table(&self, indicator: &str) -> bool {
        self.input
            .table
            .indicators
            .iter()
            .any(|i| i.id == indicator)
    }

    fn target_for(&self, indicator: &str) -> Option<&Target> {
        self.input.targets.iter().find(|t| t.indicator == indicator)
    }

    /// Words instead of a number: the class and text of a hidden or empty cell.
    fn missing(&self, value: &Value) -> (&'static str, String) {
        match value {
            Value::Hidden(HiddenReason::TooFewAnswers) => (
                "hidden too-few-answers",
                self.texts.get("report-too-few-answers"),
            ),
            Value::Hidden(HiddenReason::Protects) => {
                ("hidden protects", self.texts.get("report-hidden-protects"))
            }
            Value::NoAnswers | Value::Published(_) => {
                ("no-answers", self.texts.get("report-no-answers"))
            }
        }
    }

    fn cell(&self, measure: Measure, wave: &str, value: &Value) -> CellView {
        match value {
            Value::Published(e) => CellView {
                text: self.texts.format(
                    "report-cell",
                    &[
                        (
                            "value",
                            &self
                                .texts
                                .value_with_interval(measure, e.estimate, e.interval),
                        ),
                        ("n", &self.texts.numbers().integer(e.n)),
                    ],
                ),
                class: "value".to_owned(),
                wave: wave.to_owned(),
                estimate: Some(e.estimate),
                lower: e.interval.map(|i| i.0),
                upper: e.interval.map(|i| i.1),
                n: Some(e.n),
            },
            other => {
                let (class, text) = self.missing(other);
                CellView {
                    wave: wave.to_owned(),
                    ..CellView::text(text, class)
                }
            }
        }
    }

    /// The change of `indicator` in `domain` from the first to the last wave, as a cell.
    fn change_cell(&self, indicator: &str, measure: Measure, domain: Domain<'_>) -> CellView {
        let (first, last) = (self.first(), self.last());
        if let Some(c) = self.lookup.comparison(indicator, domain, first, last)
            && let Some(d) = c.difference
        {
            let significant = self.lookup.significant(c);
            let id = if significant {
                "report-change-significant"
            } else {
                "report-change-not-significant"
            };
            let text = self
                .texts
                .format(id, &[("difference", &self.texts.difference(measure, d))]);
            let class = if significant {
                "change significant"
            } else {
                "change"
            };
            return CellView {
                estimate: Some(d),
                ..CellView::text(text, class)
            };
        }
        // No published comparison: because a cell is hidden, or nobody answered.
        let hidden = [first, last]
            .iter()
            .map(|w| self.lookup.value(indicator, w, domain))
            .find(|v| matches!(v, Value::Hidden(_)));
        let (class, text) = self.missing(&hidden.unwrap_or(Value::NoAnswers));
        CellView::text(text, class)
    }

    /// The sentence about an indicator's change from the first to the last wave, whether it
    /// is significant, and its size in (percentage) points; `None` when a cell is hidden or
    /// empty or the comparison is not published.
    fn change_sentence(&self, indicator: &str) -> Option<(String, bool, f64)> {
        let (first, last) = (self.first(), self.last());
        let measure = self.lookup.measure(indicator);
        let (Value::Published(a), Value::Published(b)) = (
            self.lookup.value(indicator, first, None),
            self.lookup.value(indicator, last, None),
        ) else {
            return None;
        };
        let c = self.lookup.comparison(indicator, None, first, last)?;
        let d = c.difference?;
        let significant = self.lookup.significant(c);
        let points = match measure {
            Measure::Share => d * 100.0,
            Measure::Index => d,
        };
        let direction = if points.abs() < 0.5 {
            "same"
        } else if d < 0.0 {
            "down"
        } else {
            "up"
        };
        let sentence = self.texts.format(
            "report-summary-change",
            &[
                ("indicator", &self.labels.indicator(indicator)),
                ("direction", direction),
                ("earlier", first),
                ("later", last),
                (
                    "earlier_value",
                    &self
                        .texts
                        .value_with_interval(measure, a.estimate, a.interval),
                ),
                (
                    "later_value",
                    &self
                        .texts
                        .value_with_interval(measure, b.estimate, b.interval),
                ),
                ("difference", &self.texts.difference(measure, d)),
                ("significant", if significant { "yes" } else { "no" }),
            ],
        );
        Some((sentence, significant, points.abs()))
    }

    fn summary(&self, targets: &[(TargetRow, TargetStatus)]) -> Vec<String> {
        let texts = self.texts;
        let counts: Vec<String> = self
            .input
            .table
            .waves
            .iter()
            .map(|w| {
                texts.format(
                    "report-summary-wave-count",
                    &[
                        ("wave", &w.wave),
                        ("n", &texts.numbers().integer(w.respondents)),
                    ],
                )
            })
            .collect();
        let mut out = vec![texts.format(
            "report-summary-intro",
            &[
                // Fluent's plural categories need numbers; ours arrive formatted, as text.
                ("one", if self.waves.len() == 1 { "yes" } else { "no" }),
                ("waves", &self.wave_list()),
                ("count", &texts.numbers().integer(self.waves.len())),
                ("counts", &counts.join("; ")),
            ],
        )];
        let mut targeted: Vec<&str> = Vec::new();
        for t in self.input.targets {
            if !targeted.contains(&t.indicator.as_str()) && self.in_table(&t.indicator) {
                targeted.push(&t.indicator);
            }
        }
        if self.waves.len() >= 2 {
            let mut significant: Vec<(f64, String)> = Vec::new();
            let mut unchanged = 0usize;
            let mut about_targets = Vec::new();
            for info in &self.input.table.indicators {
                let Some((sentence, is_significant, size)) = self.change_sentence(&info.id) else {
                    continue;
                };
                if targeted.contains(&info.id.as_str()) {
                    about_targets.push((info.id.clone(), sentence));
                } else if is_significant {
                    significant.push((size, sentence));
                } else {
                    unchanged += 1;
                }
            }
            // The targets' indicators first, in the order the programme lists them.
            about_targets.sort_by_key(|(id, _)| targeted.iter().position(|t| t == id));
            out.extend(about_targets.into_iter().map(|(_, s)| s));
            significant.sort_by(|a, b| b.0.total_cmp(&a.0));
            out.extend(significant.into_iter().map(|(_, s)| s));
            if unchanged > 0 {
                out.push(texts.format(
                    "report-summary-unchanged",
                    &[
                        ("one", if unchanged == 1 { "yes" } else { "no" }),
                        ("count", &texts.numbers().integer(unchanged)),
                        ("earlier", self.first()),
                        ("later", self.last()),
                    ],
                ));
            }
        } else {
            for id in &targeted {
                if let Value::Published(e) = self.lookup.value(id, self.last(), None) {
                    out.push(texts.format(
                        "report-summary-level",
                        &[
                            ("indicator", &self.labels.indicator(id)),
                            ("wave", self.last()),
                            (
                                "value",
                                &texts.value_with_interval(
                                    self.lookup.measure(id),
                                    e.estimate,
                                    e.interval,
                                ),
                            ),
                        ],
                    ));
                }
            }
        }
        if !targets.is_empty() {
            let count = |s: TargetStatus| targets.iter().filter(|(_, t)| *t == s).count();
            let open = targets.len() - count(TargetStatus::Met) - count(TargetStatus::Missed);
            out.push(texts.format(
                "report-summary-targets",
                &[
                    ("total", &texts.numbers().integer(targets.len())),
                    ("met", &texts.numbers().integer(count(TargetStatus::Met))),
                    (
                        "missed",
                        &texts.numbers().integer(count(TargetStatus::Missed)),
                    ),
                    ("open", &texts.numbers().integer(open)),
                    ("wave", self.last()),
                ],
            ));
        }
        out
    }

    /// A per-language text in the report's language, or the nearest on its fallback chain.
    fn localized(&self, texts: &std::collections::BTreeMap<String, String>) -> Localized {
        let chain = fallback_chain(self.input.locale, self.input.catalog.default_locale());
        let tags: Vec<String> = chain
            .iter()
            .flat_map(|l| [l.to_string(), l.language.as_str().to_owned()])
            .collect();
        let tags: Vec<&str> = tags.iter().map(String::as_str).collect();
        let own_tag = self.input.locale.to_string();
        match Target::text_in(texts, &tags) {
            Some((lang, text)) => Localized {
                text: text.to_owned(),
                lang: (lang != self.input.locale.language.as_str() && lang != own_tag)
                    .then(|| lang.to_owned()),
            },
            None => Localized {
                text: String::new(),
                lang: None,
            },
        }
    }

    fn targets(&self) -> Vec<(TargetRow, TargetStatus)> {
        let texts = self.texts;
        let last = self.last();
        self.input
            .targets
            .iter()
            .map(|t| {
                let measure = self.lookup.measure(&t.indicator);
                let value = if self.in_table(&t.indicator) {
                    self.lookup.value(&t.indicator, last, None)
                } else {
                    Value::NoAnswers
                };
                let status = target_status(t.direction, t.value, &value);
                let latest = match &value {
                    Value::Published(e) => texts.format(
                        "report-target-latest",
                        &[
                            (
                                "value",
                                &texts.value_with_interval(measure, e.estimate, e.interval),
                            ),
                            ("wave", last),
                        ],
                    ),
                    other => self.missing(other).1,
                };
                let target_id = match t.direction {
                    TargetDirection::Below => "report-target-below",
                    TargetDirection::Above => "report-target-above",
                };
                let row = TargetRow {
                    indicator: t.indicator.clone(),
                    indicator_label: self.labels.indicator(&t.indicator),
                    target: texts.format(
                        target_id,
                        &[("value", &texts.value(measure, t.value)), ("by", &t.by)],
                    ),
                    latest,
                    status: status.as_str(),
                    status_text: texts.get(&format!("report-status-{}", status.as_str())),
                    responsible: self.localized(&t.responsible),
                    programme: t.programme.as_ref().map(|p| self.localized(p)),
                };
                (row, status)
            })
            .collect()
    }

    fn themes(&self) -> Result<Vec<ThemeSection>, ReportError> {
        let table = self.input.table;
        let mut themes: Vec<&str> = Vec::new();
        for i in &table.indicators {
            if !themes.contains(&i.theme.as_str()) {
                themes.push(&i.theme);
            }
        }
        let versions = || {
            self.input
                .questionnaires
                .iter()
                .map(|(w, q)| (w.as_str(), q.as_str()))
        };
        let mut sections = Vec::with_capacity(themes.len());
        for theme in themes {
            let mut data = ThemeData::from_table(table, theme, self.labels)?;
            for panel in &mut data.panels {
                panel.set_questionnaires(versions());
                panel.target = self
                    .target_for(&panel.indicator)
                    .map(TargetLine::from_target);
            }
            let overview = theme_chart(
                &data,
                self.charts,
                &RenderOptions {
                    id: format!("chart-theme-{theme}"),
                    width: CHART_WIDTH,
                },
            )?;
            let mut figures = vec![Figure { svg: overview.svg }];
            for panel in data.panels.iter().filter(|p| p.target.is_some()) {
                let chart = trend_chart(
                    panel,
                    self.charts,
                    &RenderOptions {
                        id: format!("chart-trend-{}", panel.indicator),
                        width: CHART_WIDTH,
                    },
                )?;
                figures.push(Figure { svg: chart.svg });
            }
            sections.push(ThemeSection {
                id: format!("theme-{theme}"),
                table: self.theme_table(&data),
                heading: data.label,
                figures,
            });
        }
        Ok(sections)
    }

    fn theme_table(&self, data: &ThemeData) -> DataTable {
        let texts = self.texts;
        let mut columns = vec![texts.get("report-col-indicator")];
        columns.extend(self.waves.iter().map(|w| (*w).to_owned()));
        let compare = self.waves.len() >= 2;
        if compare {
            columns.push(texts.format(
                "report-col-change",
                &[("earlier", self.first()), ("later", self.last())],
            ));
        }
        let rows = data
            .panels
            .iter()
            .map(|p| {
                let mut cells: Vec<CellView> = p
                    .waves
                    .iter()
                    .map(|w| self.cell(p.measure, &w.wave, &w.value))
                    .collect();
                if compare {
                    cells.push(self.change_cell(&p.indicator, p.measure, None));
                }
                Row {
                    header: p.label.clone(),
                    indicator: p.indicator.clone(),
                    group: String::new(),
                    cells,
                }
            })
            .collect();
        DataTable {
            caption: texts.format(
                "report-table-caption",
                &[
                    ("theme", &data.label),
                    ("level", &texts.numbers().percent(self.input.table.level, 0)),
                ],
            ),
            columns,
            rows,
        }
    }

    fn groups(&self) -> (Option<DataTable>, String) {
        let texts = self.texts;
        let table = self.input.table;
        if self.waves.len() < 2 {
            return (None, texts.get("report-groups-one-wave"));
        }
        if table.breakdowns.is_empty() {
            return (None, texts.get("report-groups-none-analysed"));
        }
        let (first, last) = (self.first(), self.last());
        let mut changes: Vec<(f64, &atmos_analysis::ComparisonRow)> = table
            .comparisons
            .iter()
            .filter(|c| c.breakdown.is_some() && c.earlier == first && c.later == last)
            .filter_map(|c| {
                let domain = c.breakdown.as_deref().zip(c.group.as_deref());
                let published = self.lookup.comparison(&c.indicator, domain, first, last)?;
                let d = published.difference?;
                let points = match self.lookup.measure(&c.indicator) {
                    Measure::Share => d * 100.0,
                    Measure::Index => d,
                };
                self.lookup
                    .significant(published)
                    .then_some((points.abs(), published))
            })
            .collect();
        if changes.is_empty() {
            return (
                None,
                texts.format(
                    "report-groups-none-significant",
                    &[("earlier", first), ("later", last)],
                ),
            );
        }
        changes.sort_by(|a, b| b.0.total_cmp(&a.0));
        let shown = changes.len().min(MAX_GROUP_CHANGES);
        let rows = changes
            .iter()
            .take(MAX_GROUP_CHANGES)
            .filter_map(|(_, c)| {
                let (b, g) = c.breakdown.as_deref().zip(c.group.as_deref())?;
                let measure = self.lookup.measure(&c.indicator);
                let domain = Some((b, g));
                let label = CellView::text(self.labels.indicator(&c.indicator), "label");
                Some(Row {
                    header: texts.format(
                        "report-group",
                        &[
                            ("breakdown", &self.labels.breakdown(b)),
                            ("group", &self.labels.group(b, g)),
                        ],
                    ),
                    indicator: c.indicator.clone(),
                    group: format!("{b}:{g}"),
                    cells: vec![
                        label,
                        self.cell(
                            measure,
                            first,
                            &self.lookup.value(&c.indicator, first, domain),
                        ),
                        self.cell(
                            measure,
                            last,
                            &self.lookup.value(&c.indicator, last, domain),
                        ),
                        self.change_cell(&c.indicator, measure, domain),
                    ],
                })
            })
            .collect();
        let note = texts.format(
            "report-groups-intro",
            &[
                ("earlier", first),
                ("later", last),
                ("count", &texts.numbers().integer(changes.len())),
                ("shown", &texts.numbers().integer(shown)),
            ],
        );
        let table = DataTable {
            caption: texts.format(
                "report-groups-caption",
                &[("earlier", first), ("later", last)],
            ),
            columns: vec![
                texts.get("report-col-group"),
                texts.get("report-col-indicator"),
                first.to_owned(),
                last.to_owned(),
                texts.format("report-col-change", &[("earlier", first), ("later", last)]),
            ],
            rows,
        };
        (Some(table), note)
    }

    fn methods(&self) -> Vec<String> {
        let texts = self.texts;
        let table = self.input.table;
        let mut out = Vec::new();
        for w in &table.waves {
            out.push(match &w.weighting {
                WeightingReport::None => {
                    texts.format("report-methods-unweighted", &[("wave", &w.wave)])
                }
                WeightingReport::Column { column, .. } => texts.format(
                    "report-methods-weight-column",
                    &[("wave", &w.wave), ("column", column)],
                ),
                WeightingReport::Raked {
                    margins, source, ..
                } => {
                    let names: Vec<String> =
                        margins.iter().map(|m| self.labels.breakdown(m)).collect();
                    texts.format(
                        "report-methods-raked",
                        &[
                            ("wave", &w.wave),
                            ("margins", &names.join(", ")),
                            // The sentence ends itself; a source's own full stop would double it.
                            (
                                "source",
                                source.as_deref().map_or("–", |s| s.trim_end_matches('.')),
                            ),
                        ],
                    )
                }
            });
        }
        out.push(texts.format(
            "report-methods-intervals",
            &[("level", &texts.numbers().percent(table.level, 0))],
        ));
        out.push(texts.format(
            "report-methods-tests",
            &[("alpha", &texts.numbers().decimal(1.0 - table.level, 2))],
        ));
        if table.min_n > 0 {
            out.push(texts.format(
                "report-methods-suppression",
                &[("min_n", &texts.numbers().integer(table.min_n))],
            ));
            out.push(texts.get("report-methods-complementary"));
        } else {
            out.push(texts.get("report-methods-no-suppression"));
        }
        out.push(texts.get("report-methods-free-text"));
        out
    }

    fn counts(&self) -> DataTable {
        let texts = self.texts;
        DataTable {
            caption: texts.get("report-counts-caption"),
            columns: vec![
                texts.get("report-col-wave"),
                texts.get("report-col-respondents"),
            ],
            rows: self
                .input
                .table
                .waves
                .iter()
                .map(|w| Row {
                    header: w.wave.clone(),
                    indicator: String::new(),
                    group: String::new(),
                    cells: vec![CellView {
                        n: Some(w.respondents),
                        wave: w.wave.clone(),
                        ..CellView::text(texts.numbers().integer(w.respondents), "num")
                    }],
                })
                .collect(),
        }
    }
}
