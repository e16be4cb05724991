//! Who answers: a synthetic respondent's background (what the background page asks) and the
//! latent traits and experiences that the answers on later pages follow.
//!
//! Shares are of respondents, not of the population: like real surveys of immigrant residents
//! (the International House Oulu 2024 survey: 57 % women, most aged 35-49, 61 % answering in
//! English), women, the middle-aged and English-speakers are over-represented relative to the
//! population margins in margins.toml, so weighting has something to correct.

use super::draw::{DemoRng, bernoulli_logit, by_year, chance, logit, normal, pick, pick_index};

/// Where a respondent was born, in the groups the published figures use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Russia, the former Soviet Union (Ukraine included) and Estonia.
    RussiaFsu,
    /// The Middle East and North Africa (Iraq, Syria, Iran, ...).
    Mena,
    /// Africa south of the Sahara (Somalia, Nigeria, ...).
    Africa,
    Asia,
    Europe,
    Americas,
    Finland,
}

impl Origin {
    /// The `region_of_birth` option code.
    pub fn code(self) -> &'static str {
        match self {
            Origin::RussiaFsu => "russia_former_ussr",
            Origin::Mena => "middle_east_north_africa",
            Origin::Africa => "africa_other",
            Origin::Asia => "asia",
            Origin::Europe => "europe",
            Origin::Americas => "americas_oceania",
            Origin::Finland => "finland",
        }
    }
}

/// One synthetic respondent.
#[derive(Debug, Clone)]
pub struct Person {
    /// The wave's year.
    pub year: i32,
    pub age_band: &'static str,
    /// `female`, `male` or `other`.
    pub gender: &'static str,
    pub native: &'static str,
    pub origin: Origin,
    /// `years_in_oulu` code, and its index 0 (under a year) ..= 4 (over ten years).
    pub years: &'static str,
    pub years_index: usize,
    pub year_moved_finland: i32,
    pub move_reason: &'static str,
    pub district: &'static str,
    pub activity: &'static str,
    /// Language skills 1 (none) ..= 5 (native).
    pub finnish: usize,
    pub swedish: usize,
    pub english: usize,
    /// The form's language, one of the survey's locales.
    pub locale: String,

    /// Experienced discrimination in the past 12 months.
    pub discriminated: bool,
    /// Harassment and violence in the past 12 months.
    pub harassed: bool,
    pub violence: bool,
    /// Standard-normal latent traits: feeling at home, view of the atmosphere, trust in
    /// institutions, hardship with services. Correlated through a common wellbeing factor.
    pub belonging: f64,
    pub atmosphere: f64,
    pub trust: f64,
    pub hardship: f64,
    /// Probability of leaving an optional question unanswered (before fatigue).
    pub skip: f64,
}

impl Person {
    pub fn female(&self) -> bool {
        self.gender == "female"
    }

    pub fn male(&self) -> bool {
        self.gender == "male"
    }

    pub fn arrived_as_refugee(&self) -> bool {
        self.move_reason == "refugee"
    }
}

const NATIVE: [&str; 10] = [
    "russian",
    "ukrainian",
    "estonian",
    "arabic",
    "persian",
    "kurdish",
    "somali",
    "english",
    "chinese",
    "other",
];

/// Mother tongue of respondents by wave (percent). Ukrainian grows after 2022 (temporary
/// protection); Russian, Arabic and Chinese are the largest groups (City of Oulu).
fn native_weights(year: i32) -> [f64; 10] {
    let w = |points: &[(i32, f64)]| by_year(year, points);
    [
        w(&[(2020, 20.0), (2022, 19.0), (2024, 17.0)]),
        w(&[(2020, 1.5), (2022, 6.0), (2024, 7.0)]),
        w(&[(2020, 3.5), (2022, 3.0), (2024, 3.0)]),
        w(&[(2020, 14.0), (2022, 13.0), (2024, 12.0)]),
        w(&[(2020, 7.0), (2022, 7.0), (2024, 7.0)]),
        w(&[(2020, 5.0), (2022, 4.5), (2024, 4.0)]),
        w(&[(2020, 5.0), (2022, 4.5), (2024, 4.0)]),
        w(&[(2020, 9.0), (2022, 9.5), (2024, 10.0)]),
        w(&[(2020, 8.0), (2022, 7.5), (2024, 8.0)]),
        w(&[(2020, 27.0), (2022, 26.0), (2024, 28.0)]),
    ]
}

fn origin_weights(native: &str) -> &'static [(Origin, f64)] {
    use Origin::*;
    match native {
        "russian" => &[(RussiaFsu, 94.0), (Europe, 4.0), (Finland, 2.0)],
        "ukrainian" => &[(RussiaFsu, 97.0), (Europe, 3.0)],
        "estonian" => &[(RussiaFsu, 75.0), (Europe, 25.0)],
        "arabic" => &[(Mena, 94.0), (Africa, 4.0), (Europe, 1.0), (Finland, 1.0)],
        "persian" => &[(Mena, 65.0), (Asia, 33.0), (Europe, 1.0), (Finland, 1.0)],
        "kurdish" => &[(Mena, 99.0), (Europe, 1.0)],
        "somali" => &[(Africa, 97.0), (Mena, 1.0), (Europe, 1.0), (Finland, 1.0)],
        "english" => &[
            (Americas, 25.0),
            (Europe, 25.0),
            (Africa, 22.0),
            (Asia, 26.0),
            (Finland, 2.0),
        ],
        "chinese" => &[(Asia, 99.0), (Finland, 1.0)],
        _ => &[
            (Asia, 40.0),
            (Europe, 27.0),
            (Africa, 14.0),
            (Americas, 11.0),
            (Mena, 6.0),
            (RussiaFsu, 1.0),
            (Finland, 1.0),
        ],
    }
}

fn female_share(native: &str) -> f64 {
    match native {
        "russian" => 0.68,
        "ukrainian" => 0.74,
        "estonian" => 0.62,
        "arabic" => 0.46,
        "persian" => 0.53,
        "kurdish" => 0.47,
        "somali" => 0.55,
        "english" => 0.50,
        "chinese" => 0.59,
        _ => 0.57,
    }
}

const AGE_BANDS: [(&str, i32, i32); 6] = [
    ("18_24", 18, 24),
    ("25_29", 25, 29),
    ("30_39", 30, 39),
    ("40_49", 40, 49),
    ("50_64", 50, 64),
    ("65_plus", 65, 80),
];

fn age_weights(native: &str) -> [f64; 6] {
    match native {
        "russian" => [5.0, 10.0, 28.0, 28.0, 22.0, 7.0],
        "ukrainian" => [8.0, 12.0, 30.0, 26.0, 18.0, 6.0],
        "estonian" => [6.0, 12.0, 30.0, 28.0, 20.0, 4.0],
        "arabic" | "kurdish" => [10.0, 15.0, 33.0, 25.0, 13.0, 4.0],
        "persian" => [10.0, 16.0, 34.0, 24.0, 13.0, 3.0],
        "somali" => [14.0, 17.0, 30.0, 23.0, 13.0, 3.0],
        "chinese" => [18.0, 25.0, 33.0, 15.0, 7.0, 2.0],
        _ => [14.0, 22.0, 36.0, 18.0, 8.0, 2.0],
    }
}

const YEARS: [&str; 5] = ["lt1", "1_2", "3_5", "6_10", "over10"];

/// Years in Oulu. Refugees of 2015-16 (Arabic, Kurdish, Persian) move from "3-5" to "6-10"
/// over the waves; Ukrainians arrive from 2022.
fn years_weights(native: &str, year: i32) -> [f64; 5] {
    let w = |points: &[(i32, f64)]| by_year(year, points);
    match native {
        "russian" => [6.0, 10.0, 18.0, 22.0, 44.0],
        "estonian" => [8.0, 12.0, 20.0, 22.0, 38.0],
        "somali" => [5.0, 9.0, 18.0, 25.0, 43.0],
        "arabic" | "kurdish" | "persian" => [
            w(&[(2020, 6.0), (2022, 6.0), (2024, 7.0)]),
            w(&[(2020, 12.0), (2022, 12.0), (2024, 12.0)]),
            w(&[(2020, 40.0), (2022, 22.0), (2024, 18.0)]),
            w(&[(2020, 24.0), (2022, 38.0), (2024, 35.0)]),
            w(&[(2020, 18.0), (2022, 22.0), (2024, 28.0)]),
        ],
        "ukrainian" => [
            w(&[(2020, 15.0), (2022, 80.0), (2024, 8.0)]),
            w(&[(2020, 20.0), (2022, 5.0), (2024, 70.0)]),
            w(&[(2020, 25.0), (2022, 5.0), (2024, 8.0)]),
            w(&[(2020, 20.0), (2022, 5.0), (2024, 7.0)]),
            w(&[(2020, 20.0), (2022, 5.0), (2024, 7.0)]),
        ],
        _ => [16.0, 22.0, 28.0, 18.0, 16.0],
    }
}

const ACTIVITIES: [&str; 8] = [
    "employed",
    "self_employed",
    "student",
    "unemployed",
    "integration_training",
    "parental_leave",
    "retired",
    "other",
];

fn activity_weights(native: &str, age_band: &str, years_index: usize, female: bool) -> [f64; 8] {
    let mut w = match native {
        "russian" | "estonian" => [50.0, 5.0, 8.0, 15.0, 4.0, 5.0, 8.0, 5.0],
        "ukrainian" if years_index <= 1 => [12.0, 0.5, 5.0, 15.0, 50.0, 3.0, 5.0, 7.0],
        "ukrainian" => [35.0, 2.0, 8.0, 25.0, 15.0, 3.0, 5.0, 7.0],
        "arabic" | "persian" | "kurdish" | "somali" => [30.0, 4.0, 10.0, 25.0, 12.0, 9.0, 2.0, 8.0],
        _ => [45.0, 4.0, 32.0, 10.0, 2.0, 3.0, 1.0, 3.0],
    };
    match age_band {
        "18_24" => {
            w[2] *= 2.5;
            w[6] = 0.0;
        }
        "25_29" => w[6] = 0.0,
        "50_64" => {
            w[2] *= 0.3;
            w[5] *= 0.1;
            w[6] *= 2.0;
        }
        "65_plus" => {
            w[6] *= 20.0;
            w[2] *= 0.1;
            w[5] = 0.0;
        }
        _ => {}
    }
    match years_index {
        0 => w[4] *= 3.0,
        4 => {
            w[4] *= 0.1;
            w[2] *= 0.5;
        }
        _ => {}
    }
    w[5] *= if female { 2.0 } else { 0.3 };
    w
}

const MOVE_REASONS: [&str; 5] = ["work", "study", "family", "refugee", "other"];

fn move_weights(native: &str, year: i32, years_index: usize) -> [f64; 5] {
    // Arrived after February 2022: from Ukraine mostly under temporary protection.
    let recent_ukrainian = native == "ukrainian" && year >= 2022 && years_index <= 1;
    match native {
        _ if recent_ukrainian => [3.0, 2.0, 7.0, 85.0, 3.0],
        "russian" | "ukrainian" => [27.0, 10.0, 53.0, 2.0, 8.0],
        "estonian" => [60.0, 5.0, 30.0, 0.0, 5.0],
        "arabic" => [8.0, 5.0, 35.0, 50.0, 2.0],
        "persian" => [10.0, 12.0, 30.0, 45.0, 3.0],
        "kurdish" => [6.0, 3.0, 35.0, 54.0, 2.0],
        "somali" => [5.0, 4.0, 40.0, 49.0, 2.0],
        "english" => [50.0, 28.0, 18.0, 1.0, 3.0],
        "chinese" => [25.0, 55.0, 17.0, 0.0, 3.0],
        _ => [40.0, 32.0, 20.0, 4.0, 4.0],
    }
}

const DISTRICTS: [&str; 12] = [
    "keskusta",
    "tuira",
    "kaukovainio",
    "kaakkuri",
    "myllyoja",
    "hiukkavaara",
    "kaijonharju_linnanmaa",
    "rajakyla",
    "haukipudas",
    "kiiminki",
    "oulunsalo",
    "other_area",
];

fn district_weights(activity: &str, refugee: bool, family_age: bool) -> [f64; 12] {
    let mut w = [
        12.0, 10.0, 13.0, 9.0, 7.0, 6.0, 9.0, 8.0, 4.0, 3.0, 4.0, 10.0,
    ];
    if activity == "student" {
        w[6] *= 5.0;
        w[0] *= 1.3;
    }
    if refugee {
        w[2] *= 1.6;
        w[7] *= 1.5;
        w[4] *= 1.3;
    }
    if family_age {
        w[5] *= 1.5;
    }
    w
}

/// Finnish by years in Oulu (none, basic, good, fluent, native).
fn finnish_weights(years_index: usize) -> [f64; 5] {
    match years_index {
        0 => [60.0, 35.0, 4.0, 1.0, 0.0],
        1 => [25.0, 55.0, 15.0, 5.0, 0.0],
        2 => [8.0, 45.0, 35.0, 12.0, 0.0],
        3 => [4.0, 28.0, 43.0, 25.0, 0.0],
        _ => [2.0, 15.0, 38.0, 43.0, 2.0],
    }
}

fn english_weights(native: &str) -> [f64; 5] {
    match native {
        "english" => [0.0, 0.0, 0.0, 0.0, 1.0],
        "chinese" | "other" => [3.0, 12.0, 35.0, 50.0, 0.0],
        "russian" => [20.0, 40.0, 28.0, 12.0, 0.0],
        "ukrainian" => [15.0, 40.0, 30.0, 15.0, 0.0],
        "estonian" => [8.0, 27.0, 40.0, 25.0, 0.0],
        _ => [22.0, 33.0, 28.0, 17.0, 0.0],
    }
}

/// The form's language: English for most (61 % in the International House Oulu 2024
/// survey), Finnish for about 13 %, more often the better one's Finnish, otherwise the mother
/// tongue where the form has it.
fn locale_weights(native: &str, finnish: usize) -> Vec<(&'static str, f64)> {
    let mut w: Vec<(&'static str, f64)> = match native {
        "russian" => vec![("ru", 50.0), ("en", 30.0), ("fi", 20.0)],
        "ukrainian" => vec![("uk", 55.0), ("ru", 8.0), ("en", 27.0), ("fi", 10.0)],
        "estonian" => vec![("en", 45.0), ("fi", 45.0), ("ru", 10.0)],
        "arabic" => vec![("ar", 50.0), ("en", 30.0), ("fi", 20.0)],
        "persian" => vec![("fa", 50.0), ("en", 35.0), ("fi", 15.0)],
        "kurdish" => vec![("en", 45.0), ("ar", 20.0), ("fa", 15.0), ("fi", 20.0)],
        "somali" => vec![("so", 40.0), ("en", 35.0), ("fi", 25.0)],
        "english" => vec![("en", 97.0), ("fi", 3.0)],
        "chinese" => vec![("en", 92.0), ("fi", 8.0)],
        _ => vec![("en", 91.0), ("fi", 8.0), ("sv", 1.0)],
    };
    let factor = [0.1, 0.4, 1.3, 2.2, 3.0][finnish.clamp(1, 5) - 1];
    for (code, weight) in &mut w {
        if *code == "fi" {
            *weight *= factor;
        }
    }
    w
}

/// Discrimination in the past 12 months, log-odds: THL MoniSuomi 2022 (42 % overall; about
/// 40-55 % of people born in Africa and of men born in the Middle East and North Africa) and
/// FinMonik 2018-19 (men 40 %, women 37 %); lower among Russian-speakers. The level falls
/// to about 35 % by 2024.
fn discrimination_log_odds(p: &Person, year: i32) -> f64 {
    let mut a = by_year(
        year,
        &[
            (2020, logit(0.44)),
            (2022, logit(0.43)),
            (2024, logit(0.355)),
        ],
    );
    a += match p.origin {
        Origin::Africa => 0.40,
        Origin::Mena if p.male() => 0.30,
        Origin::Mena => 0.05,
        Origin::RussiaFsu => -0.50,
        Origin::Asia => 0.10,
        Origin::Europe => -0.40,
        Origin::Americas => -0.10,
        Origin::Finland => -0.70,
    };
    if p.male() {
        a += 0.10;
    }
    a += match p.age_band {
        "18_24" | "25_29" => 0.15,
        "50_64" => -0.20,
        "65_plus" => -0.50,
        _ => 0.0,
    };
    if p.years_index == 0 {
        a -= 0.30;
    }
    if p.activity == "unemployed" {
        a += 0.15;
    }
    a
}

/// Draws one respondent of wave `year`; `locales` are the survey's (the first that fits is
/// used when the form lacks the preferred one).
pub fn person(rng: &mut DemoRng, year: i32, locales: &[String], default_locale: &str) -> Person {
    let native = NATIVE[pick_index(rng, &native_weights(year))];
    let origin = pick(rng, origin_weights(native));
    let gender = if chance(rng, 0.008) {
        "other"
    } else if chance(rng, female_share(native)) {
        "female"
    } else {
        "male"
    };
    let (age_band, age_low, age_high) = AGE_BANDS[pick_index(rng, &age_weights(native))];
    let age = rng_range(rng, age_low, age_high);

    let mut years_w = years_weights(native, year);
    if age_band == "18_24" {
        years_w[3] *= 0.6;
        years_w[4] *= 0.2;
    } else if age_band == "25_29" {
        years_w[4] *= 0.5;
    }
    if origin == Origin::Finland {
        years_w[4] *= 3.0;
    }
    let years_index = pick_index(rng, &years_w);
    let years = YEARS[years_index];

    // Years since moving to Finland: at least the years in Oulu, sometimes more (another
    // Finnish town first), never more than the person's age.
    let in_oulu = match years_index {
        0 => i32::from(chance(rng, 0.1)),
        1 => rng_range(rng, 1, 2),
        2 => rng_range(rng, 3, 5),
        3 => rng_range(rng, 6, 10),
        _ => rng_range(rng, 11, (age - 1).min(30)),
    };
    let before = if chance(rng, 0.25) {
        rng_range(rng, 1, 6)
    } else {
        0
    };
    let in_finland = (in_oulu + before).min(age - 1);
    let year_moved_finland = year - in_finland;

    let activity = ACTIVITIES[pick_index(
        rng,
        &activity_weights(native, age_band, years_index, gender == "female"),
    )];
    let move_reason = MOVE_REASONS[pick_index(rng, &move_weights(native, year, years_index))];
    let family_age = matches!(age_band, "30_39" | "40_49") && years_index >= 2;
    let district = DISTRICTS[pick_index(
        rng,
        &district_weights(activity, move_reason == "refugee", family_age),
    )];

    let mut finnish = 1 + pick_index(rng, &finnish_weights(years_index));
    if native == "estonian" && chance(rng, 0.4) {
        finnish = (finnish + 1).min(4);
    }
    if matches!(native, "english" | "chinese") && chance(rng, 0.3) {
        finnish = finnish.saturating_sub(1).max(1);
    }
    if origin == Origin::Finland {
        finnish = 4 + usize::from(chance(rng, 0.5));
    }
    let swedish = 1 + pick_index(rng, &[80.0, 16.0, 3.0, 1.0, 0.0]);
    let mut english = 1 + pick_index(rng, &english_weights(native));
    if activity == "student" && english < 4 && chance(rng, 0.5) {
        english += 1;
    }

    let preferred: Vec<(&'static str, f64)> = locale_weights(native, finnish)
        .into_iter()
        .filter(|(code, _)| locales.iter().any(|l| l == code))
        .collect();
    let locale = if preferred.is_empty() {
        locales
            .iter()
            .find(|l| l.as_str() == "en")
            .map_or_else(|| default_locale.to_owned(), Clone::clone)
    } else {
        pick(rng, &preferred).to_owned()
    };

    let mut person = Person {
        year,
        age_band,
        gender,
        native,
        origin,
        years,
        years_index,
        year_moved_finland,
        move_reason,
        district,
        activity,
        finnish,
        swedish,
        english,
        locale,
        discriminated: false,
        harassed: false,
        violence: false,
        belonging: 0.0,
        atmosphere: 0.0,
        trust: 0.0,
        hardship: 0.0,
        skip: 0.0,
    };

    person.discriminated = bernoulli_logit(rng, discrimination_log_odds(&person, year));
    let (harassed, violence) = if person.discriminated {
        (0.45, 0.09)
    } else {
        (0.10, 0.02)
    };
    person.harassed = chance(rng, harassed);
    person.violence = chance(rng, violence);

    let wellbeing = normal(rng);
    let mix = |rng: &mut DemoRng, loading: f64| {
        loading * wellbeing + (1.0 - loading * loading).sqrt() * normal(rng)
    };
    person.belonging = mix(rng, 0.7);
    person.atmosphere = mix(rng, 0.5);
    person.trust = mix(rng, 0.5);
    person.hardship = -mix(rng, 0.3);
    // Most answer nearly everything; some skip now and then; a few skip a lot.
    person.skip = pick(rng, &[(0.02, 70.0), (0.08, 25.0), (0.35, 5.0)]);
    person
}

/// A uniform integer in `low..=high`.
fn rng_range(rng: &mut DemoRng, low: i32, high: i32) -> i32 {
    use rand::Rng;
    if high <= low {
        return low;
    }
    rng.random_range(low..=high)
}
