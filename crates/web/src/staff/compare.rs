//! The wave-comparison view: for a pair of waves the analysis compares (consecutive waves,
//! and the first with the last), each indicator's change with its interval and Holm-adjusted
//! p-value, for whole waves and, with a breakdown, for each group.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use atmos_analysis::table::IndicatorKind;
use atmos_analysis::{CellStatus, ComparisonRow, IndicatorTable};
use atmos_charts::{Labels as _, SurveyLabels};
use atmos_i18n::FluentArgs;

use super::params::Params;
use super::{
    Frame, StaffReq, any_role, breakdown_options, chart_locale, refusal, run, shown_value,
    signed_in, table_for,
};
use crate::state::AppState;
use crate::views::{Chrome, Msg};

/// Differences below this Holm-adjusted p-value are called significant.
const ALPHA: f64 = 0.05;

struct ChangeRow {
    label: String,
    earlier: String,
    later: String,
    change: String,
    interval: String,
    p: String,
    verdict: String,
}

struct ThemeChanges {
    label: String,
    rows: Vec<ChangeRow>,
}

#[derive(Template)]
#[template(path = "staff_compare.html")]
struct ComparePage {
    chrome: Chrome,
    heading: Msg,
    back: Msg,
    back_href: String,
    lead: Msg,
    unweighted: Option<Msg>,
    pair_label: Msg,
    pairs: Vec<(String, String, bool)>,
    by_label: Msg,
    by_none: Msg,
    breakdowns: Vec<(String, String, bool)>,
    show: Msg,
    col_indicator: Msg,
    col_earlier: String,
    col_later: String,
    col_change: Msg,
    col_interval: Msg,
    col_p: Msg,
    col_verdict: Msg,
    themes: Vec<ThemeChanges>,
}

/// The compared pairs of waves, in the analysis' order.
fn pairs(table: &IndicatorTable) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for c in &table.comparisons {
        let pair = (c.earlier.clone(), c.later.clone());
        if !out.contains(&pair) {
            out.push(pair);
        }
    }
    out
}

fn change_text(c: &ComparisonRow) -> (String, String) {
    let index = matches!(c.kind, IndicatorKind::Index);
    // Shares change in percentage points, indexes in points of their 0-100 scale.
    // A real minus sign (screen readers say "minus", and it lines up with the plus).
    let fmt = |v: f64| {
        if index {
            format!("{v:+.1}")
        } else {
            format!("{:+.1}\u{a0}pp", v * 100.0)
        }
        .replacen('-', "\u{2212}", 1)
    };
    match (c.status, c.difference) {
        (CellStatus::Published, Some(d)) => (
            fmt(d),
            match (c.ci_lower, c.ci_upper) {
                (Some(l), Some(u)) => format!("{} – {}", fmt(l), fmt(u)),
                _ => String::new(),
            },
        ),
        _ => (String::new(), String::new()),
    }
}

pub async fn compare_page(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let r = StaffReq::new(&req, &state);
    let survey_id = super::survey_param(&req);
    let params = Params::of(&req);
    run(state, move |state, db| {
        let user = or_answer!(signed_in(state, db, &r, any_role)?).user;
        let f = Frame::new(state, &r);
        let by = params.by();
        // Changes are always of protected cells.
        let analysed = or_answer!(table_for(
            state,
            db,
            &f,
            &user,
            &survey_id,
            by.as_deref(),
            true
        )?);
        let table = &analysed.table;
        let all = pairs(table);
        let Some(default) = all.iter().rev().find(|(e, l)| {
            // The latest consecutive pair.
            table.waves.iter().position(|w| &w.wave == e).map(|i| i + 1)
                == table.waves.iter().position(|w| &w.wave == l)
        }) else {
            return refusal(&f, StatusCode::NOT_FOUND, "dash-error-one-wave");
        };
        let chosen = match params.get("pair") {
            None => default.clone(),
            Some(p) => match all.iter().find(|(e, l)| format!("{e}~{l}") == p) {
                Some(found) => found.clone(),
                None => return refusal(&f, StatusCode::NOT_FOUND, "dash-error-unknown-pair"),
            },
        };
        let labels = SurveyLabels::new(&analysed.survey, &state.catalog, chart_locale(&f));
        let cell = |ind: &str, wave: &str, c: &ComparisonRow| {
            table.cells.iter().find(|x| {
                x.indicator == ind
                    && x.wave == wave
                    && x.breakdown == c.breakdown
                    && x.group == c.group
            })
        };
        let mut themes: Vec<ThemeChanges> = Vec::new();
        for info in &table.indicators {
            let rows = table
                .comparisons
                .iter()
                .filter(|c| c.indicator == info.id && c.earlier == chosen.0 && c.later == chosen.1)
                .map(|c| {
                    let value = |wave: &str| {
                        cell(&info.id, wave, c)
                            .map(|x| shown_value(table, x, &f).0)
                            .unwrap_or_default()
                    };
                    let (change, interval) = change_text(c);
                    let verdict = match (c.status, c.p_holm) {
                        (CellStatus::Published, Some(p)) if p < ALPHA => {
                            f.t("dash-compare-significant")
                        }
                        (CellStatus::Published, Some(_)) => f.t("dash-compare-not-significant"),
                        (CellStatus::Suppressed, _) => {
                            let mut args = FluentArgs::new();
                            args.set("n", table.min_n);
                            f.texts().survey_args("dash-suppressed", &args)
                        }
                        _ => f.t("dash-no-data"),
                    };
                    let name = labels.indicator(&info.id);
                    ChangeRow {
                        label: match (&c.breakdown, &c.group) {
                            (Some(b), Some(g)) => format!("{name}: {}", labels.group(b, g)),
                            _ => name,
                        },
                        earlier: value(&chosen.0),
                        later: value(&chosen.1),
                        change,
                        interval,
                        p: c.p_holm
                            .filter(|_| c.status == CellStatus::Published)
                            .map(|p| {
                                if p < 0.001 {
                                    "< 0.001".to_owned()
                                } else {
                                    format!("{p:.3}")
                                }
                            })
                            .unwrap_or_default(),
                        verdict: verdict.text.to_string(),
                    }
                })
                .collect::<Vec<_>>();
            let theme = labels.theme(&info.theme);
            match themes.iter_mut().find(|t| t.label == theme) {
                Some(t) => t.rows.extend(rows),
                None => themes.push(ThemeChanges { label: theme, rows }),
            }
        }
        let mut args = FluentArgs::new();
        args.set("earlier", chosen.0.clone());
        args.set("later", chosen.1.clone());
        args.set("level", format!("{:.0}", (1.0 - ALPHA) * 100.0));
        let heading = f.t("dash-compare-title");
        let page = ComparePage {
            chrome: f.chrome(&heading),
            heading,
            back: f.t("dash-back-survey"),
            back_href: format!("/dashboard/surveys/{survey_id}"),
            lead: f.texts().survey_args("dash-compare-lead", &args),
            unweighted: super::unweighted_note(&f, &analysed),
            pair_label: f.t("dash-compare-pair"),
            pairs: all
                .iter()
                .map(|(e, l)| {
                    (
                        format!("{e}~{l}"),
                        format!("{e} → {l}"),
                        (e, l) == (&chosen.0, &chosen.1),
                    )
                })
                .collect(),
            by_label: f.t("dash-by"),
            by_none: f.t("dash-by-none"),
            breakdowns: breakdown_options(&analysed.survey, &labels, by.as_deref()),
            show: f.t("dash-by-show"),
            col_indicator: f.t("dash-col-indicator"),
            col_earlier: chosen.0.clone(),
            col_later: chosen.1.clone(),
            col_change: f.t("dash-col-change"),
            col_interval: f.t("dash-col-change-interval"),
            col_p: f.t("dash-col-p"),
            col_verdict: f.t("dash-col-verdict"),
            themes,
        };
        Ok(f.page(StatusCode::OK, page.render()?))
    })
    .await
}
