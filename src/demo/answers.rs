//! The answer model: for each question of the Oulu survey, how a synthetic respondent answers
//! it, given who they are ([`Person`]); for any question the model does not know (a survey
//! changed since, or another survey), a plain draw over its options ([`generic`]).
//!
//! Target shares (among substantive answers) and their sources are listed in README.md beside
//! this file. A share is reached with a latent-variable model: the log-odds of the target plus
//! the person's latent trait (so answers of one person hang together) plus group differences,
//! with logistic noise cut into the points of the scale.

use atmos_survey::{Question, QuestionKind, Survey};

use super::draw::{
    AGREE5, ATMOS5, CHANGE5, DemoRng, SCALE4, by_year, chance, log_odds, logit, ordinal, pick,
    pick_index, sigmoid,
};
use super::population::{Origin, Person};
use super::texts;

/// One item's draw, before it is checked against the questionnaire.
#[derive(Debug, Clone, PartialEq)]
pub enum Draw {
    Skip,
    Code(String),
    Codes(Vec<String>),
    Number(f64),
    Text(String),
}

fn code(c: &str) -> Draw {
    Draw::Code(c.to_owned())
}

fn codes(cs: &[&str]) -> Draw {
    Draw::Codes(cs.iter().map(|c| (*c).to_owned()).collect())
}

const AGREE: [&str; 5] = [
    "strongly_disagree",
    "disagree",
    "neither",
    "agree",
    "strongly_agree",
];
const LEVELS: [&str; 5] = ["none", "basic", "good", "fluent", "native"];

/// The modelled answers to a question: one (row, draw) per matrix row, or one with no row.
/// `None` when the model does not know the question.
pub fn modelled(
    rng: &mut DemoRng,
    p: &Person,
    q: &Question,
) -> Option<Vec<(Option<String>, Draw)>> {
    if let QuestionKind::Matrix { rows, .. } = &q.kind {
        return matrix(rng, p, &q.id, rows);
    }
    let draw = single(rng, p, q)?;
    Some(vec![(None, draw)])
}

/// An agreement answer: `p` of the substantive answers agree (on average), moved by the
/// latent `z` (weight `lambda`) and `shift` (log-odds).
fn agree(rng: &mut DemoRng, p: f64, lambda: f64, z: f64, shift: f64) -> Draw {
    let i = ordinal(rng, log_odds(p, lambda) + lambda * z + shift, &AGREE5);
    code(AGREE[i])
}

/// A shift in log-odds that is `bad` for those who experienced discrimination and balances
/// to about zero over all respondents (about 40 % of whom did).
fn disc_shift(p: &Person, bad: f64) -> f64 {
    if p.discriminated { bad } else { -bad * 0.65 }
}

/// By years in Oulu: under 1, 1-2, 3-5, 6-10, over 10.
fn by_years(p: &Person, values: [f64; 5]) -> f64 {
    values[p.years_index.min(4)]
}

fn yes_no(yes: bool) -> Draw {
    code(if yes { "yes" } else { "no" })
}

fn single(rng: &mut DemoRng, p: &Person, q: &Question) -> Option<Draw> {
    let year = p.year;
    let draw = match q.id.as_str() {
        // ------------------------------------------------------------ background
        "age_band" => code(p.age_band),
        "gender" if chance(rng, 0.015) => code("prefer_not"),
        "gender" => code(p.gender),
        "native_language" => code(p.native),
        "native_language_other" if chance(rng, 0.6) => {
            let names = texts::other_languages(&p.locale);
            Draw::Text(names[pick_index(rng, &vec![1.0; names.len()])].to_owned())
        }
        "native_language_other" => Draw::Skip,
        "region_of_birth" if chance(rng, 0.02) => code("prefer_not"),
        "region_of_birth" => code(p.origin.code()),
        "year_moved_finland" => {
            let (low, high) = match &q.kind {
                QuestionKind::Number { min, max, .. } => {
                    (min.unwrap_or(f64::MIN), max.unwrap_or(f64::MAX))
                }
                _ => (f64::MIN, f64::MAX),
            };
            Draw::Number(f64::from(p.year_moved_finland).clamp(low, high))
        }
        "move_reason" => code(p.move_reason),
        "years_in_oulu" => code(p.years),
        "district" if chance(rng, 0.03) => code("prefer_not"),
        "district" => code(p.district),
        "main_activity" => code(p.activity),

        // ------------------------------------------------------------ atmosphere
        "atmosphere_general" | "atmosphere_change" | "witnessed_racism" | "home_town"
        | "plans_stay" | "integrated" | "disc_any" | "safety_evening"
            if chance(rng, cant_say_share(&q.id)) =>
        {
            code(match q.id.as_str() {
                "plans_stay" => "dont_know",
                _ => "cant_say",
            })
        }
        // Rather or very positive: about 55 % in 2020, slowly more.
        "atmosphere_general" => {
            let target = by_year(year, &[(2020, 0.545), (2022, 0.565), (2024, 0.59)]);
            let shift = disc_shift(p, -0.45) + by_years(p, [0.3, 0.1, 0.0, -0.05, -0.1]);
            let a = log_odds(target, 1.0) + p.atmosphere + shift;
            const ATMOS: [&str; 5] = [
                "very_negative",
                "rather_negative",
                "neutral",
                "rather_positive",
                "very_positive",
            ];
            code(ATMOS[ordinal(rng, a, &ATMOS5)])
        }
        "atmosphere_change" => {
            let target = by_year(year, &[(2020, 0.24), (2022, 0.27), (2024, 0.30)]);
            let a = log_odds(target, 0.8) + 0.8 * p.atmosphere + disc_shift(p, -0.3);
            const CHANGE: [&str; 5] = [
                "much_worse",
                "somewhat_worse",
                "no_change",
                "somewhat_better",
                "much_better",
            ];
            code(CHANGE[ordinal(rng, a, &CHANGE5)])
        }
        "safety_evening" => {
            let mut shift = if p.female() { -0.35 } else { 0.3 };
            if p.violence {
                shift -= 1.0;
            }
            shift += disc_shift(p, -0.2);
            let a = log_odds(0.80, 0.6) + 0.6 * p.atmosphere + shift;
            const SAFETY: [&str; 4] = ["very_unsafe", "rather_unsafe", "rather_safe", "very_safe"];
            code(SAFETY[ordinal(rng, a, &SCALE4)])
        }
        "witnessed_racism" => yes_no(chance(rng, if p.discriminated { 0.55 } else { 0.2 })),

        // ------------------------------------------------------------ home
        // Agreement rises with the years lived in Oulu.
        "home_town" => {
            let target = by_years(p, [0.35, 0.45, 0.58, 0.68, 0.77]);
            let shift =
                by_year(year, &[(2020, -0.05), (2022, 0.0), (2024, 0.08)]) + disc_shift(p, -0.25);
            agree(rng, target, 1.0, p.belonging, shift)
        }
        "plans_stay" => {
            let target = by_years(p, [0.25, 0.35, 0.48, 0.58, 0.70]);
            let student = if p.activity == "student" { -0.8 } else { 0.0 };
            let a = log_odds(target, 0.6) + 0.6 * p.belonging + student;
            if chance(rng, sigmoid(a)) {
                code("stay_long")
            } else {
                let abroad = if p.activity == "student" { 50.0 } else { 30.0 };
                code(pick(
                    rng,
                    &[
                        ("stay_few_years", 40.0),
                        ("move_in_finland", 25.0),
                        ("move_abroad", abroad),
                    ],
                ))
            }
        }
        // At least one Finnish friend: about 4 in 5; men born in the Middle East and North
        // Africa 68 %, women 73 %; Russia, the former USSR and Estonia about 90 % (THL 2022).
        "finnish_friends" => {
            let group = match p.origin {
                Origin::Mena if p.female() => 0.75,
                Origin::Mena => 0.695,
                Origin::RussiaFsu => 0.90,
                Origin::Africa => 0.80,
                Origin::Finland => 0.97,
                Origin::Europe | Origin::Americas => 0.87,
                Origin::Asia => 0.80,
            };
            let years = by_years(p, [-1.1, -0.45, 0.0, 0.25, 0.45]);
            let a = log_odds(group, 0.7) + 0.7 * p.belonging + years;
            if chance(rng, sigmoid(a)) {
                let several = 0.1 + 0.6 * p.belonging + by_years(p, [-0.8, -0.4, 0.0, 0.3, 0.6]);
                yes_or(rng, several, "yes_several", "yes_one_or_two")
            } else {
                code("no")
            }
        }

        // ------------------------------------------------------------ inclusion
        // Integrated well or adequately: 76 % (International House Oulu 2024).
        "integrated" => {
            let target = by_years(p, [0.52, 0.64, 0.76, 0.83, 0.88]);
            let a = log_odds(target, 0.8) + 0.8 * p.belonging + disc_shift(p, -0.3);
            const INTEGRATED: [&str; 4] =
                ["very_poorly", "rather_poorly", "rather_well", "very_well"];
            code(INTEGRATED[ordinal(rng, a, &SCALE4)])
        }
        "organisations" => organisations(rng, p),
        "voted_municipal" => voted(rng, p),

        // ------------------------------------------------------------ discrimination
        "disc_any" => yes_no(p.discriminated),
        "disc_ground" => disc_ground(rng, p),
        "disc_by_whom" => {
            let chosen = choose_some(
                rng,
                &[
                    ("official", 0.25),
                    ("police", 0.06),
                    ("supervisor", 0.15),
                    ("colleague", 0.20),
                    ("customer", 0.15),
                    ("neighbour", 0.15),
                    ("stranger", 0.45),
                    ("other", 0.08),
                ],
            );
            Draw::Codes(chosen)
        }

        // ------------------------------------------------------------ harassment
        "harassment_12m" if chance(rng, 0.03) => code("prefer_not"),
        "harassment_12m" => yes_no(p.harassed),
        "violence_12m" if chance(rng, 0.02) => code("prefer_not"),
        "violence_12m" => yes_no(p.violence),
        "reported" => yes_no(chance(rng, if p.violence { 0.35 } else { 0.17 })),
        "why_not_reported" if chance(rng, 0.05) => codes(&["prefer_not"]),
        "why_not_reported" => {
            let language = if p.finnish <= 2 { 0.3 } else { 0.08 };
            Draw::Codes(choose_some(
                rng,
                &[
                    ("no_use", 0.45),
                    ("didnt_know_how", 0.30),
                    ("fear", 0.12),
                    ("language", language),
                    ("not_serious", 0.30),
                    ("handled_myself", 0.15),
                    ("other", 0.05),
                ],
            ))
        }

        // ------------------------------------------------------------ services
        "barriers" => barriers(rng, p),
        "service_language" => {
            let finnish = [0.02, 0.12, 0.4, 0.75, 0.9][p.finnish.clamp(1, 5) - 1];
            let english = [0.02, 0.15, 0.5, 0.7, 0.9][p.english.clamp(1, 5) - 1];
            let own = if matches!(p.native, "russian" | "arabic" | "ukrainian") {
                0.25
            } else {
                0.1
            };
            code(pick(
                rng,
                &[
                    ("finnish", finnish),
                    ("english", english * (1.0 - finnish)),
                    ("own_language", own),
                    ("mixed", 0.25),
                ],
            ))
        }
        "interpreter" => {
            let low_language = p.finnish <= 2 && p.english <= 2;
            let (got, not_got) = match (low_language, p.arrived_as_refugee()) {
                (true, true) => (0.35, 0.15),
                (true, false) => (0.2, 0.15),
                (false, true) => (0.12, 0.05),
                (false, false) => (0.04, 0.03),
            };
            code(pick(
                rng,
                &[
                    ("needed_got", got),
                    ("needed_not_got", not_got),
                    ("not_needed", 1.0 - got - not_got),
                ],
            ))
        }

        // ------------------------------------------------------------ comments
        "what_would_improve" if chance(rng, 0.07) => {
            let sentences = texts::suggestions(&p.locale);
            Draw::Text(sentences[pick_index(rng, &vec![1.0; sentences.len()])].to_owned())
        }
        "comments" if chance(rng, 0.04) => {
            let sentences = texts::comments(&p.locale);
            Draw::Text(sentences[pick_index(rng, &vec![1.0; sentences.len()])].to_owned())
        }
        "what_would_improve" | "comments" => Draw::Skip,
        _ => return None,
    };
    Some(draw)
}

/// Share of "can't say" (or "don't know") answers.
fn cant_say_share(question: &str) -> f64 {
    match question {
        "disc_any" => 0.04,
        "home_town" => 0.03,
        "safety_evening" => 0.02,
        "atmosphere_general" | "integrated" => 0.05,
        "witnessed_racism" | "plans_stay" => 0.10,
        "atmosphere_change" => 0.12,
        _ => 0.05,
    }
}

fn yes_or(rng: &mut DemoRng, log_odds: f64, yes: &str, no: &str) -> Draw {
    code(if chance(rng, sigmoid(log_odds)) {
        yes
    } else {
        no
    })
}

/// Each option with its own probability; at least one (the likeliest draw of a second round
/// when none came up).
fn choose_some(rng: &mut DemoRng, options: &[(&str, f64)]) -> Vec<String> {
    let mut chosen: Vec<String> = options
        .iter()
        .filter(|(_, p)| chance(rng, *p))
        .map(|(c, _)| (*c).to_owned())
        .collect();
    if chosen.is_empty() {
        chosen.push(pick(rng, options).to_owned());
    }
    chosen
}

/// Of those discriminated against, 75 % on origin, ethnicity or skin colour (THL 2022).
fn disc_ground(rng: &mut DemoRng, p: &Person) -> Draw {
    if chance(rng, 0.05) {
        return codes(&["dont_know"]);
    }
    let (skin, religion) = match p.origin {
        Origin::Africa => (0.65, 0.25),
        Origin::Mena => (0.30, 0.35),
        Origin::Asia => (0.25, 0.06),
        _ => (0.06, 0.03),
    };
    Draw::Codes(choose_some(
        rng,
        &[
            ("origin", 0.62),
            ("skin_colour", skin),
            ("religion", religion),
            ("language", 0.38),
            ("accent", 0.25),
            ("gender", 0.10),
            ("age", 0.07),
            ("disability", 0.03),
            ("sexual_orientation", 0.02),
            ("other", 0.05),
        ],
    ))
}

fn organisations(rng: &mut DemoRng, p: &Person) -> Draw {
    let none = by_years(p, [0.65, 0.52, 0.45, 0.40, 0.36]);
    if chance(rng, none) {
        return codes(&["none"]);
    }
    let religious = if matches!(p.origin, Origin::Mena | Origin::Africa) {
        0.45
    } else {
        0.2
    };
    let union = if p.activity == "employed" { 0.4 } else { 0.08 };
    let parents = if matches!(p.age_band, "30_39" | "40_49") {
        0.22
    } else {
        0.04
    };
    Draw::Codes(choose_some(
        rng,
        &[
            ("sports_club", 0.35),
            ("culture_hobby", 0.25),
            ("religious_community", religious),
            ("immigrant_association", 0.30),
            ("residents_association", 0.08),
            ("parents_association", parents),
            ("volunteer_work", 0.20),
            ("trade_union", union),
            ("political_party", 0.03),
            ("other", 0.08),
        ],
    ))
}

/// Foreign citizens may vote in municipal elections after two years' residence (citizens of
/// the EU and the Nordic countries at once); turnout of foreign-language speakers is low.
fn voted(rng: &mut DemoRng, p: &Person) -> Draw {
    let eligible = matches!(p.origin, Origin::Europe | Origin::Finland)
        || p.years_index >= 2
        || (p.years_index == 1 && chance(rng, 0.4));
    if !eligible {
        return code("not_eligible");
    }
    if chance(rng, 0.04) {
        return code("prefer_not");
    }
    let mut a = logit(0.33);
    a += match p.origin {
        Origin::Europe | Origin::Finland => 0.3,
        Origin::RussiaFsu => -0.2,
        _ => 0.0,
    };
    a += by_years(p, [0.0, -0.3, -0.1, 0.1, 0.3]);
    a += match p.age_band {
        "18_24" => -0.4,
        "50_64" | "65_plus" => 0.3,
        _ => 0.0,
    };
    yes_or(rng, a, "yes", "no")
}

fn barriers(rng: &mut DemoRng, p: &Person) -> Draw {
    if chance(rng, sigmoid(logit(0.22) - 0.6 * p.hardship)) {
        return codes(&["no_barriers"]);
    }
    let language = [0.65, 0.55, 0.3, 0.1, 0.05][p.finnish.clamp(1, 5) - 1];
    let waiting = by_year(p.year, &[(2020, 0.40), (2022, 0.50), (2024, 0.47)]);
    let digital = if matches!(p.age_band, "50_64" | "65_plus") {
        0.3
    } else {
        0.12
    };
    let distance = if matches!(p.district, "haukipudas" | "kiiminki" | "oulunsalo") {
        0.2
    } else {
        0.06
    };
    Draw::Codes(choose_some(
        rng,
        &[
            ("language", language),
            ("information", 0.35),
            ("waiting_time", waiting),
            ("cost", 0.15),
            ("discrimination", if p.discriminated { 0.2 } else { 0.03 }),
            ("digital_services", digital),
            ("opening_hours", 0.12),
            ("distance", distance),
            ("other", 0.04),
        ],
    ))
}

fn matrix(
    rng: &mut DemoRng,
    p: &Person,
    question: &str,
    rows: &[String],
) -> Option<Vec<(Option<String>, Draw)>> {
    let mut out = Vec::with_capacity(rows.len());
    for row in rows {
        out.push((Some(row.clone()), matrix_row(rng, p, question, row)?));
    }
    if question == "disc_domain" {
        ensure_one_yes(rng, &mut out);
    }
    Some(out)
}

/// A modelled row, or `None` for a row (or matrix) the model does not know: then the whole
/// question is drawn generically, so a changed matrix stays consistent.
fn matrix_row(rng: &mut DemoRng, p: &Person, question: &str, row: &str) -> Option<Draw> {
    let year = p.year;
    let draw = match (question, row) {
        ("lang_skill", "finnish") => code(LEVELS[p.finnish - 1]),
        ("lang_skill", "swedish") => code(LEVELS[p.swedish - 1]),
        ("lang_skill", "english") => code(LEVELS[p.english - 1]),

        ("atmos_statements" | "belong" | "inclusion", _) if chance(rng, 0.07) => code("cant_say"),
        ("atmos_statements", "open_city") => agree(rng, 0.55, 0.9, p.atmosphere, 0.0),
        ("atmos_statements", "racism_problem") => {
            agree(rng, 0.42, 0.8, -p.atmosphere, disc_shift(p, 0.6))
        }
        ("atmos_statements", "treated_equally") => {
            agree(rng, 0.45, 0.9, p.atmosphere, disc_shift(p, -0.6))
        }
        ("atmos_statements", "own_culture") => agree(rng, 0.62, 0.7, p.atmosphere, 0.0),
        ("atmos_statements", "city_against_racism") => {
            let target = by_year(year, &[(2020, 0.30), (2022, 0.34), (2024, 0.38)]);
            agree(rng, target, 0.8, p.atmosphere, 0.0)
        }
        ("atmos_statements", "hostile_debate") => {
            let target = by_year(year, &[(2020, 0.45), (2022, 0.50), (2024, 0.48)]);
            agree(rng, target, 0.7, -p.atmosphere, disc_shift(p, 0.3))
        }

        ("belong", "feel_home") => {
            let target = by_years(p, [0.40, 0.50, 0.62, 0.70, 0.78]);
            agree(rng, target, 1.0, p.belonging, 0.0)
        }
        ("belong", "accepted") => agree(rng, 0.52, 0.9, p.belonging, disc_shift(p, -0.5)),
        ("belong", "part_of_community") => {
            let target = by_years(p, [0.22, 0.30, 0.38, 0.45, 0.50]);
            agree(rng, target, 0.9, p.belonging, 0.0)
        }
        // Lonely: 14 % (THL 2022); more among newcomers, the unemployed and the discriminated.
        ("belong", "lonely") => {
            let mut shift = by_years(p, [0.45, 0.15, 0.0, -0.1, -0.2]) + disc_shift(p, 0.35);
            if matches!(p.activity, "unemployed" | "retired") {
                shift += 0.35;
            }
            agree(rng, 0.125, 0.9, -p.belonging, shift)
        }
        ("belong", "future_in_oulu") => {
            let target = by_years(p, [0.35, 0.45, 0.55, 0.62, 0.70]);
            agree(rng, target, 0.9, p.belonging, 0.0)
        }

        ("inclusion", row) => {
            let (target, shift) = match row {
                "can_influence" => (0.28, 0.0),
                "info_available" => (0.50, 0.0),
                "participate_activities" => (0.45, 0.0),
                "heard_by_city" => (0.25, 0.0),
                "equal_opportunities" => (0.42, disc_shift(p, -0.45)),
                _ => return None,
            };
            agree(rng, target, 0.8, 0.7 * p.belonging + 0.5 * p.trust, shift)
        }

        ("disc_domain", row) => disc_domain(rng, p, row)?,
        ("service_access", row) => service_access(rng, p, row)?,
        ("unmet_need", row) => unmet_need(rng, p, row)?,
        ("trust", row) => trust(rng, p, row)?,
        _ => return None,
    };
    Some(draw)
}

/// Of those discriminated against: in which situations (not applicable when never in it).
fn disc_domain(rng: &mut DemoRng, p: &Person, row: &str) -> Option<Draw> {
    let working = matches!(p.activity, "employed" | "self_employed");
    let (not_applicable, yes) = match row {
        "job_seeking" => (if p.activity == "retired" { 0.9 } else { 0.3 }, 0.45),
        "work" => (if working { 0.05 } else { 0.7 }, 0.35),
        "housing" => (0.15, 0.22),
        "health" => (0.15, 0.18),
        "social_services" => (0.45, 0.15),
        "employment_services" => (0.40, 0.20),
        "daycare_school" => (0.50, 0.15),
        "culture_sport" => (0.35, 0.12),
        "shops" => (0.05, 0.30),
        "public_transport" => (0.20, 0.22),
        "street" => (0.05, 0.40),
        "police" => (0.40, 0.12),
        "online" => (0.25, 0.30),
        _ => return None,
    };
    Some(if chance(rng, not_applicable) {
        code("not_applicable")
    } else {
        yes_no(chance(rng, yes))
    })
}

/// Someone who said they were discriminated against names at least one situation.
fn ensure_one_yes(rng: &mut DemoRng, rows: &mut [(Option<String>, Draw)]) {
    let yes = Draw::Code("yes".to_owned());
    if rows.iter().any(|(_, d)| *d == yes) || rows.is_empty() {
        return;
    }
    let weights: Vec<f64> = rows
        .iter()
        .map(|(row, _)| match row.as_deref() {
            Some("street" | "job_seeking") => 3.0,
            Some("work" | "shops" | "online") => 2.0,
            _ => 1.0,
        })
        .collect();
    let i = pick_index(rng, &weights);
    rows[i].1 = yes;
}

/// Services: share who used it, and share of users who found it difficult to get.
fn service_access(rng: &mut DemoRng, p: &Person, row: &str) -> Option<Draw> {
    let jobless = matches!(p.activity, "unemployed" | "integration_training");
    let family = matches!(p.age_band, "25_29" | "30_39" | "40_49");
    let (used, difficult) = match row {
        "health_centre" => (
            0.80,
            by_year(p.year, &[(2020, 0.33), (2022, 0.40), (2024, 0.38)]),
        ),
        "dental" => (0.60, 0.35),
        "social_services" => (if jobless { 0.5 } else { 0.2 }, 0.30),
        "employment_services" => (if jobless { 0.9 } else { 0.25 }, 0.32),
        "daycare" => (if family { 0.35 } else { 0.05 }, 0.15),
        "school" => (if family { 0.33 } else { 0.08 }, 0.15),
        "library" => (0.60, 0.05),
        "sport_culture" => (0.55, 0.12),
        "housing_services" => (0.30, 0.28),
        "public_transport" => (0.75, 0.12),
        "international_house" => (by_years(p, [0.75, 0.6, 0.35, 0.2, 0.12]), 0.12),
        _ => return None,
    };
    if !chance(rng, used) {
        return Some(code("not_used"));
    }
    let language = [0.5, 0.3, 0.0, -0.3, -0.5][p.finnish.clamp(1, 5) - 1];
    let a = log_odds(1.0 - difficult, 1.0) - p.hardship - language;
    const ACCESS: [&str; 4] = [
        "very_difficult",
        "rather_difficult",
        "rather_easy",
        "very_easy",
    ];
    Some(code(ACCESS[ordinal(rng, a, &SCALE4)]))
}

/// Needed a service but did not get it. Health centre: about 1 in 3 (THL 2022), more than in
/// 2019-2020 (Russia-born 26 % -> 36 %, Estonia-born 20 % -> 34 %).
fn unmet_need(rng: &mut DemoRng, p: &Person, row: &str) -> Option<Draw> {
    if chance(rng, 0.08) {
        return Some(code("cant_say"));
    }
    let target = match row {
        "health_centre" => by_year(p.year, &[(2020, 0.26), (2022, 0.34), (2024, 0.33)]),
        "dental" => by_year(p.year, &[(2020, 0.24), (2022, 0.29), (2024, 0.28)]),
        "social_services" => 0.10,
        "employment_services" => 0.15,
        "daycare" | "school" => 0.05,
        "library" => 0.02,
        "sport_culture" => 0.06,
        "housing_services" => 0.12,
        "public_transport" => 0.05,
        "international_house" => 0.07,
        _ => return None,
    };
    let a = log_odds(target, 1.2) + 1.2 * p.hardship;
    Some(yes_no(chance(rng, sigmoid(a))))
}

/// Trust on 0-10: high in the police and courts, lowest in politicians.
fn trust(rng: &mut DemoRng, p: &Person, row: &str) -> Option<Draw> {
    let (mean, cant_say) = match row {
        "city_services" => (7.0, 0.06),
        "police" => (7.8, 0.05),
        "health_care" => (
            by_year(p.year, &[(2020, 7.2), (2022, 6.7), (2024, 6.9)]),
            0.05,
        ),
        "courts" => (7.2, 0.12),
        "media" => (5.6, 0.08),
        "politicians" => (4.9, 0.10),
        _ => return None,
    };
    if chance(rng, cant_say) {
        return Some(code("cant_say"));
    }
    let disc = if p.discriminated { -0.7 } else { 0.3 };
    let noise = super::draw::normal(rng);
    let score = mean + disc + 2.0 * (0.75 * p.trust + 0.66 * noise);
    let score = score.round().clamp(0.0, 10.0) as i64;
    Some(Draw::Code(score.to_string()))
}

/// A plain draw for a question the model does not know: a substantive option at random
/// (sometimes a non-substantive one), one to three choices, a number in range; free text is
/// left empty unless required.
pub fn generic(
    rng: &mut DemoRng,
    survey: &Survey,
    q: &Question,
    locale: &str,
) -> Vec<(Option<String>, Draw)> {
    let set = q.kind.option_set().and_then(|s| survey.option_sets.get(s));
    let one_code = |rng: &mut DemoRng| -> Draw {
        let Some(set) = set else {
            return Draw::Skip;
        };
        let substantive: Vec<&str> = set
            .options
            .iter()
            .filter(|o| !o.nonsubstantive && !o.exclusive)
            .map(|o| o.code.as_str())
            .collect();
        let other: Vec<&str> = set
            .options
            .iter()
            .filter(|o| o.nonsubstantive)
            .map(|o| o.code.as_str())
            .collect();
        let from = if substantive.is_empty() || (!other.is_empty() && chance(rng, 0.05)) {
            &other
        } else {
            &substantive
        };
        if from.is_empty() {
            return Draw::Skip;
        }
        code(from[pick_index(rng, &vec![1.0; from.len()])])
    };
    match &q.kind {
        QuestionKind::Single { .. } | QuestionKind::Likert { .. } => vec![(None, one_code(rng))],
        QuestionKind::Matrix { rows, .. } => rows
            .iter()
            .map(|r| (Some(r.clone()), one_code(rng)))
            .collect(),
        QuestionKind::Multiple {
            min_choices,
            max_choices,
            ..
        } => {
            let mut pool: Vec<&str> = set
                .map(|s| {
                    s.options
                        .iter()
                        .filter(|o| !o.exclusive)
                        .map(|o| o.code.as_str())
                        .collect()
                })
                .unwrap_or_default();
            let low = min_choices.unwrap_or(1).max(1) as usize;
            let high = max_choices
                .map_or(3, |m| m as usize)
                .max(low)
                .min(pool.len());
            if pool.is_empty() || low > high {
                return vec![(None, Draw::Skip)];
            }
            let k = low + pick_index(rng, &vec![1.0; high - low + 1]);
            let mut chosen = Vec::with_capacity(k);
            for _ in 0..k {
                let i = pick_index(rng, &vec![1.0; pool.len()]);
                chosen.push(pool.remove(i).to_owned());
            }
            vec![(None, Draw::Codes(chosen))]
        }
        QuestionKind::Number { min, max, integer } => {
            let low = min.unwrap_or(0.0);
            let high = max.unwrap_or(low + 100.0).max(low);
            let x = low + (high - low) * rand::Rng::random::<f64>(rng);
            let x = if *integer {
                x.floor().clamp(low.ceil(), high.floor())
            } else {
                x
            };
            vec![(None, Draw::Number(x))]
        }
        QuestionKind::Text { max_length } | QuestionKind::LongText { max_length } => {
            if !q.required {
                return vec![(None, Draw::Skip)];
            }
            let sentences = texts::comments(locale);
            let text: String = sentences[pick_index(rng, &vec![1.0; sentences.len()])]
                .chars()
                .take(*max_length as usize)
                .collect();
            vec![(None, Draw::Text(text))]
        }
    }
}

/// Whether a draw is a possible answer to the item: the right kind of value, codes of the
/// question's option set, a number in range, text within length. A modelled draw that does
/// not fit (the questionnaire changed) is replaced by a generic one.
pub fn fits(survey: &Survey, q: &Question, draw: &Draw) -> bool {
    let set = q.kind.option_set().and_then(|s| survey.option_sets.get(s));
    let known = |c: &str| set.is_some_and(|s| s.get(c).is_some());
    match (&q.kind, draw) {
        (_, Draw::Skip) => true,
        (
            QuestionKind::Single { .. } | QuestionKind::Likert { .. } | QuestionKind::Matrix { .. },
            Draw::Code(c),
        ) => known(c),
        (
            QuestionKind::Multiple {
                min_choices,
                max_choices,
                ..
            },
            Draw::Codes(cs),
        ) => {
            let exclusive = cs
                .iter()
                .any(|c| set.and_then(|s| s.get(c)).is_some_and(|o| o.exclusive));
            let mut unique = cs.clone();
            unique.sort();
            unique.dedup();
            !cs.is_empty()
                && unique.len() == cs.len()
                && cs.iter().all(|c| known(c))
                && (!exclusive || cs.len() == 1)
                && (exclusive || min_choices.is_none_or(|m| cs.len() >= m as usize))
                && max_choices.is_none_or(|m| cs.len() <= m as usize)
        }
        (QuestionKind::Number { min, max, integer }, Draw::Number(n)) => {
            n.is_finite()
                && (!integer || n.fract() == 0.0)
                && min.is_none_or(|m| *n >= m)
                && max.is_none_or(|m| *n <= m)
        }
        (QuestionKind::Text { max_length }, Draw::Text(t)) => {
            t.chars().count() <= *max_length as usize && !t.contains('\n')
        }
        (QuestionKind::LongText { max_length }, Draw::Text(t)) => {
            t.chars().count() <= *max_length as usize
        }
        _ => false,
    }
}
