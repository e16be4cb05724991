//! SYNTHETIC demo data: earlier waves (2020, 2022, 2024) of the Oulu atmosphere survey
//! answered by made-up respondents, so that indicators, breakdowns and wave comparisons have
//! realistic data to show before real rounds are imported. Nothing here describes a real
//! person; the shares follow published figures (see README.md beside this file).
//!
//! - [`population`]: who answers (age, gender, mother tongue, region of birth, years in Oulu,
//!   district, main activity, language skills, form language) and latent traits.
//! - [`answers`]: how each question is answered, given who answers.
//! - this module: fieldwork times, and a respondent's way through the form: each shown page's
//!   answers are posted as form input to [`Survey::validate_page`] and stored with
//!   [`Survey::apply_page`], exactly as the web form does, so skip logic and validation rules
//!   hold for every generated response.
//!
//! Deterministic: a seed and a wave's year fix its ChaCha8 streams, so the same seed gives the
//! same answers (on the same platform), and a wave does not depend on which other waves are
//! generated.

mod answers;
mod draw;
pub mod file;
mod population;
mod texts;

use anyhow::{Context as _, anyhow, bail};
use atmos_store::{ImportedResponse, NewAnswer, NewWave};
use atmos_survey::{AnswerValue, FormInput, Item, Page, ResponseAnswers, Survey};
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc, Weekday};
use rand::SeedableRng;

use self::answers::Draw;
use self::draw::{DemoRng, chance, normal, pick_index};
use self::population::Person;

pub const DEFAULT_SURVEY: &str = "oulu-atmosphere";
pub const DEFAULT_YEARS: [i32; 3] = [2020, 2022, 2024];
pub const DEFAULT_RESPONDENTS: u32 = 2_500;
pub const DEFAULT_SEED: u64 = 2026;

/// A demo wave: labelled by its year, fielded September 1 to October 31 (UTC).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoWave {
    pub year: i32,
    pub label: String,
    /// Start of September 1.
    pub opens_at: DateTime<Utc>,
    /// End of October 31 (the start of November 1: periods are half-open).
    pub closes_at: DateTime<Utc>,
}

impl DemoWave {
    /// The wave of `year`; it must have ended by `now` (a demo describes the past).
    pub fn new(year: i32, now: DateTime<Utc>) -> anyhow::Result<DemoWave> {
        let day = |month: u32| {
            NaiveDate::from_ymd_opt(year, month, 1)
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .map(|t| t.and_utc())
        };
        let (Some(opens_at), Some(closes_at)) = (day(9), day(11)) else {
            bail!("{year} is not a usable year");
        };
        if year < 2000 {
            bail!("demo waves start from 2000, not {year}");
        }
        if closes_at > now {
            bail!(
                "the {year} wave's fieldwork (September 1 - October 31) has not ended yet: demo waves are earlier rounds"
            );
        }
        Ok(DemoWave {
            year,
            label: year.to_string(),
            opens_at,
            closes_at,
        })
    }

    /// The store's description of the wave.
    pub fn new_wave(&self, survey_id: &str) -> NewWave {
        NewWave {
            survey_id: survey_id.to_owned(),
            label: self.label.clone(),
            opens_at: Some(self.opens_at),
            closes_at: Some(self.closes_at),
            invitation_required: false,
        }
    }
}

/// The responses of one demo wave, made as they are consumed (so any number fits in memory),
/// in the order they were started.
#[derive(Debug)]
pub struct Responses<'a> {
    survey: &'a Survey,
    year: i32,
    rng: DemoRng,
    times: std::vec::IntoIter<(DateTime<Utc>, DateTime<Utc>)>,
}

/// The `respondents` responses of `wave` to `survey`, from `seed`.
pub fn responses<'a>(
    survey: &'a Survey,
    wave: &DemoWave,
    respondents: u32,
    seed: u64,
) -> Responses<'a> {
    let stream = u64::try_from(wave.year).unwrap_or_default();
    let mut rng = DemoRng::seed_from_u64(seed);
    rng.set_stream(stream);
    // Times from a stream of their own, so the n-th respondent's answers do not depend on
    // how many respondents there are.
    let mut time_rng = DemoRng::seed_from_u64(seed);
    time_rng.set_stream(stream | 1 << 32);
    let times = fieldwork(&mut time_rng, respondents, wave.opens_at, wave.closes_at);
    Responses {
        survey,
        year: wave.year,
        rng,
        times: times.into_iter(),
    }
}

impl Responses<'_> {
    /// The next respondent's form language, fieldwork times and answers.
    pub fn next_answers(&mut self) -> Option<anyhow::Result<GeneratedResponse>> {
        let (started_at, submitted_at) = self.times.next()?;
        let survey = self.survey;
        let person = population::person(
            &mut self.rng,
            self.year,
            &survey.locales,
            &survey.default_locale,
        );
        Some(
            respond(survey, &person, &mut self.rng).map(|answers| GeneratedResponse {
                locale: person.locale,
                started_at,
                submitted_at,
                answers,
            }),
        )
    }
}

/// One generated response before it is turned into the store's rows.
#[derive(Debug, Clone, PartialEq)]
pub struct GeneratedResponse {
    pub locale: String,
    pub started_at: DateTime<Utc>,
    pub submitted_at: DateTime<Utc>,
    pub answers: ResponseAnswers,
}

impl Iterator for Responses<'_> {
    type Item = anyhow::Result<ImportedResponse>;

    fn next(&mut self) -> Option<Self::Item> {
        Some(self.next_answers()?.map(|r| ImportedResponse {
            answers: to_rows(&r.answers),
            locale: r.locale,
            started_at: r.started_at,
            submitted_at: r.submitted_at,
        }))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.times.size_hint()
    }
}

/// How many times a page is drawn before giving up: first with the model, then with plain
/// draws, and last with only the required questions answered.
const ATTEMPTS: usize = 4;

/// One respondent's way through the form: every shown page, in order, posted and validated
/// as the web form does. Fails only when a page cannot be answered validly (a rule the
/// generator cannot satisfy).
fn respond(survey: &Survey, person: &Person, rng: &mut DemoRng) -> anyhow::Result<ResponseAnswers> {
    let mut answers = ResponseAnswers::new();
    for (index, page) in survey.pages.iter().enumerate() {
        if !survey.page_is_shown(page, &answers) {
            continue;
        }
        // Later pages are skipped a little more (fatigue).
        let skip = (person.skip * (1.0 + 0.08 * index as f64)).min(0.9);
        let mut refused = Vec::new();
        let mut accepted = None;
        for attempt in 0..ATTEMPTS {
            let mode = match attempt {
                0 => Mode::Model,
                a if a + 1 < ATTEMPTS => Mode::Plain,
                _ => Mode::RequiredOnly,
            };
            let input = page_input(survey, page, person, rng, &answers, skip, mode);
            match survey.validate_page(&page.id, &answers, &input) {
                Ok(page_answers) => {
                    accepted = Some(page_answers);
                    break;
                }
                Err(errors) => refused = errors,
            }
        }
        let page_answers = accepted.ok_or_else(|| {
            let errors: Vec<String> = refused.iter().map(ToString::to_string).collect();
            anyhow!(
                "the generated answers to page {:?} were refused: {}",
                page.id,
                errors.join("; ")
            )
        })?;
        survey.apply_page(&mut answers, &page.id, page_answers);
    }
    if let Some((page, error)) = survey.unanswered_required(&answers).first() {
        bail!("a generated response leaves {error} on page {page:?} unanswered");
    }
    Ok(answers)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Model,
    Plain,
    RequiredOnly,
}

/// The form fields one page posts. Relevance is evaluated with the answers so far and those
/// drawn earlier on the page, so follow-up questions are answered exactly when shown.
fn page_input(
    survey: &Survey,
    page: &Page,
    person: &Person,
    rng: &mut DemoRng,
    answers: &ResponseAnswers,
    skip: f64,
    mode: Mode,
) -> FormInput {
    // Pages are answered once, in order: `answers` holds nothing of this page yet.
    let mut working = answers.clone();
    let mut input = FormInput::new();
    for q in &page.questions {
        if !survey.is_relevant(q, &working) {
            continue;
        }
        if !q.required && (mode == Mode::RequiredOnly || chance(rng, skip)) {
            continue;
        }
        let items = match mode {
            Mode::Model => answers::modelled(rng, person, q)
                .filter(|items| items.iter().all(|(_, d)| answers::fits(survey, q, d))),
            Mode::Plain | Mode::RequiredOnly => None,
        };
        let items = items.unwrap_or_else(|| answers::generic(rng, survey, q, &person.locale));
        for (row, draw) in items {
            // Single rows of a matrix are left out now and then, too.
            if row.is_some() && !q.required && chance(rng, skip * 0.5) {
                continue;
            }
            let item = Item {
                question: q.id.clone(),
                row,
            };
            let (values, value) = match draw {
                Draw::Skip => continue,
                Draw::Code(c) => (vec![c.clone()], AnswerValue::Code(c)),
                Draw::Codes(cs) => (cs.clone(), AnswerValue::Codes(cs)),
                Draw::Number(n) => (vec![n.to_string()], AnswerValue::Number(n)),
                Draw::Text(t) => (vec![t.clone()], AnswerValue::Text(t)),
            };
            input.insert(item.key(), values);
            working.insert(item, value);
        }
    }
    input
}

/// The store's rows of a response's answers: one per chosen code of a multiple choice.
pub fn to_rows(answers: &ResponseAnswers) -> Vec<NewAnswer> {
    let mut rows = Vec::new();
    for (item, value) in answers.iter() {
        let row = |a: NewAnswer| match &item.row {
            Some(r) => a.with_item(r.clone()),
            None => a,
        };
        match value {
            AnswerValue::Code(c) => rows.push(row(NewAnswer::option(&item.question, c))),
            AnswerValue::Codes(cs) => {
                rows.extend(cs.iter().map(|c| row(NewAnswer::option(&item.question, c))));
            }
            AnswerValue::Number(n) => rows.push(row(NewAnswer::number(&item.question, *n))),
            AnswerValue::Text(t) => rows.push(row(NewAnswer::text(&item.question, t))),
        }
    }
    rows
}

/// When each respondent started and submitted, sorted by start: most answers come in the
/// first days after the launch and after two reminders (days 14 and 35), fewer at weekends
/// and at night (Finnish time, UTC+3 in autumn); answering takes about 14 minutes (median).
fn fieldwork(
    rng: &mut DemoRng,
    respondents: u32,
    opens_at: DateTime<Utc>,
    closes_at: DateTime<Utc>,
) -> Vec<(DateTime<Utc>, DateTime<Utc>)> {
    let days = (closes_at - opens_at).num_days().max(1);
    let day_weights: Vec<f64> = (0..days)
        .map(|d| {
            let d = d as f64;
            let mut w = 1.0 + 4.0 * (-d / 6.0).exp();
            for (reminder, height) in [(14.0, 2.5), (35.0, 1.5)] {
                if d >= reminder {
                    w += height * (-(d - reminder) / 4.0).exp();
                }
            }
            let weekday = (opens_at + Duration::days(d as i64)).weekday();
            if matches!(weekday, Weekday::Sat | Weekday::Sun) {
                w *= 0.7;
            }
            w
        })
        .collect();
    const LOCAL_HOURS: [f64; 24] = [
        0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 0.6, 1.0, 1.3, 1.4, 1.4, 1.5, 1.4, 1.3, 1.3, 1.4,
        1.5, 1.7, 1.9, 2.0, 1.8, 1.2, 0.6,
    ];
    let mut times: Vec<(DateTime<Utc>, DateTime<Utc>)> = (0..respondents)
        .map(|_| {
            let day = pick_index(rng, &day_weights) as i64;
            let local_hour = pick_index(rng, &LOCAL_HOURS) as i64;
            let within_hour = rand::Rng::random_range(rng, 0..3_600_000_000_i64);
            let seconds = (14.0 * 60.0 * (0.5 * normal(rng)).exp()).clamp(240.0, 5_400.0);
            let duration = Duration::microseconds((seconds * 1e6) as i64);
            let mut start = opens_at
                + Duration::days(day)
                + Duration::hours(local_hour - 3)
                + Duration::microseconds(within_hour);
            if start < opens_at {
                start = opens_at + Duration::microseconds(within_hour);
            }
            if start + duration > closes_at {
                start = closes_at - duration - Duration::microseconds(within_hour);
            }
            (start, start + duration)
        })
        .collect();
    times.sort();
    times
}

/// The years of `--waves 2020,2022,2024`, checked: each a past wave, none twice.
pub fn parse_waves(years: &[i32], now: DateTime<Utc>) -> anyhow::Result<Vec<DemoWave>> {
    if years.is_empty() {
        bail!("--waves needs at least one year, e.g. --waves 2020,2022,2024");
    }
    let mut waves: Vec<DemoWave> = Vec::with_capacity(years.len());
    for &year in years {
        if waves.iter().any(|w| w.year == year) {
            bail!("--waves names {year} twice");
        }
        waves.push(DemoWave::new(year, now).with_context(|| format!("--waves {year}"))?);
    }
    waves.sort_by_key(|w| w.year);
    Ok(waves)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]

    use std::collections::BTreeMap;
    use std::path::PathBuf;
    use std::sync::OnceLock;

    use super::*;

    fn survey() -> &'static Survey {
        static SURVEY: OnceLock<Survey> = OnceLock::new();
        SURVEY.get_or_init(|| {
            let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("surveys/oulu-atmosphere");
            atmos_survey::load(&dir)
                .expect("the bundled survey loads")
                .survey
        })
    }

    fn now() -> DateTime<Utc> {
        "2026-11-27T00:00:00Z".parse().unwrap()
    }

    fn wave(year: i32) -> DemoWave {
        DemoWave::new(year, now()).unwrap()
    }

    /// Generated answers of a wave, typed, with their locales.
    fn generate(year: i32, n: u32) -> Vec<(String, ResponseAnswers)> {
        let survey = survey();
        let mut rng = DemoRng::seed_from_u64(DEFAULT_SEED);
        rng.set_stream(u64::try_from(year).unwrap());
        (0..n)
            .map(|_| {
                let person =
                    population::person(&mut rng, year, &survey.locales, &survey.default_locale);
                let answers = respond(survey, &person, &mut rng).expect("a valid response");
                (person.locale, answers)
            })
            .collect()
    }

    fn code<'a>(a: &'a ResponseAnswers, question: &str, row: Option<&str>) -> Option<&'a str> {
        let item = Item {
            question: question.to_owned(),
            row: row.map(str::to_owned),
        };
        match a.get(&item) {
            Some(AnswerValue::Code(c)) => Some(c),
            _ => None,
        }
    }

    /// Share of `codes` among the answers to an item, leaving out `excluded` (non-substantive)
    /// answers and respondents not matching `filter`.
    fn share(
        data: &[(String, ResponseAnswers)],
        question: &str,
        row: Option<&str>,
        codes: &[&str],
        excluded: &[&str],
        filter: impl Fn(&ResponseAnswers) -> bool,
    ) -> f64 {
        let (mut hits, mut n) = (0, 0);
        for (_, a) in data.iter().filter(|(_, a)| filter(a)) {
            if let Some(c) = code(a, question, row) {
                if excluded.contains(&c) {
                    continue;
                }
                n += 1;
                if codes.contains(&c) {
                    hits += 1;
                }
            }
        }
        f64::from(hits) / f64::from(n.max(1))
    }

    fn region(a: &ResponseAnswers) -> Option<&str> {
        code(a, "region_of_birth", None)
    }

    fn in_range(what: &str, value: f64, low: f64, high: f64) {
        assert!(
            (low..=high).contains(&value),
            "{what}: {value:.3} not in {low}..{high}"
        );
    }

    #[test]
    fn waves_are_past_years_without_repeats() {
        let waves = parse_waves(&[2024, 2020], now()).unwrap();
        assert_eq!(waves[0].label, "2020");
        assert_eq!(
            waves[0].opens_at,
            "2020-09-01T00:00:00Z".parse::<DateTime<Utc>>().unwrap()
        );
        assert_eq!(
            waves[1].closes_at,
            "2024-11-01T00:00:00Z".parse::<DateTime<Utc>>().unwrap()
        );
        assert!(parse_waves(&[2020, 2020], now()).is_err());
        assert!(parse_waves(&[2027], now()).is_err());
        assert!(parse_waves(&[1999], now()).is_err());
        assert!(parse_waves(&[], now()).is_err());
    }

    #[test]
    fn fieldwork_stays_within_the_period_in_order() {
        let w = wave(2022);
        let mut rng = DemoRng::seed_from_u64(1);
        let times = fieldwork(&mut rng, 5_000, w.opens_at, w.closes_at);
        assert_eq!(times.len(), 5_000);
        for (start, end) in &times {
            assert!(w.opens_at <= *start && start < end && *end <= w.closes_at);
        }
        assert!(times.windows(2).all(|t| t[0].0 <= t[1].0));
    }

    #[test]
    fn the_same_seed_gives_the_same_responses() {
        let survey = survey();
        let a: Vec<_> = responses(survey, &wave(2020), 50, 9)
            .map(Result::unwrap)
            .collect();
        let b: Vec<_> = responses(survey, &wave(2020), 50, 9)
            .map(Result::unwrap)
            .collect();
        let c: Vec<_> = responses(survey, &wave(2020), 50, 10)
            .map(Result::unwrap)
            .collect();
        assert_eq!(a, b);
        assert_ne!(a, c);
        // The first respondents do not depend on how many there are.
        let short: Vec<_> = responses(survey, &wave(2020), 10, 9)
            .map(Result::unwrap)
            .collect();
        let answers = |r: &[ImportedResponse]| -> Vec<Vec<NewAnswer>> {
            r.iter().take(10).map(|r| r.answers.clone()).collect()
        };
        assert_eq!(answers(&short), answers(&a));
    }

    /// The published figures the model follows, within sampling error of 4,000 respondents.
    #[test]
    fn shares_follow_the_published_figures() {
        let n = 4_000;
        let data: BTreeMap<i32, Vec<(String, ResponseAnswers)>> = [2020, 2022, 2024]
            .into_iter()
            .map(|y| (y, generate(y, n)))
            .collect();
        let all = |_: &ResponseAnswers| true;
        let cs = ["cant_say"];
        let disc = |y: i32| share(&data[&y], "disc_any", None, &["yes"], &cs, all);
        let report: Vec<String> = [2020, 2022, 2024]
            .iter()
            .map(|&y| {
                let d = &data[&y];
                format!(
                    "{y}: disc {:.3} africa {:.3} mena-men {:.3} russia {:.3} | lonely {:.3} | friends {:.3} mena-men {:.3} mena-women {:.3} russia {:.3} | unmet-health {:.3} | atmos+ {:.3} | en {:.3} fi {:.3}",
                    disc(y),
                    share(d, "disc_any", None, &["yes"], &cs, |a| region(a) == Some("africa_other")),
                    share(d, "disc_any", None, &["yes"], &cs, |a| region(a) == Some("middle_east_north_africa") && code(a, "gender", None) == Some("male")),
                    share(d, "disc_any", None, &["yes"], &cs, |a| region(a) == Some("russia_former_ussr")),
                    share(d, "belong", Some("lonely"), &["agree", "strongly_agree"], &cs, all),
                    share(d, "finnish_friends", None, &["yes_several", "yes_one_or_two"], &[], all),
                    share(d, "finnish_friends", None, &["yes_several", "yes_one_or_two"], &[], |a| region(a) == Some("middle_east_north_africa") && code(a, "gender", None) == Some("male")),
                    share(d, "finnish_friends", None, &["yes_several", "yes_one_or_two"], &[], |a| region(a) == Some("middle_east_north_africa") && code(a, "gender", None) == Some("female")),
                    share(d, "finnish_friends", None, &["yes_several", "yes_one_or_two"], &[], |a| region(a) == Some("russia_former_ussr")),
                    share(d, "unmet_need", Some("health_centre"), &["yes"], &cs, all),
                    share(d, "atmosphere_general", None, &["rather_positive", "very_positive"], &cs, all),
                    d.iter().filter(|(l, _)| l == "en").count() as f64 / f64::from(n),
                    d.iter().filter(|(l, _)| l == "fi").count() as f64 / f64::from(n),
                )
            })
            .collect();
        let report = report.join("\n");
        println!("{report}");

        in_range("discrimination 2020", disc(2020), 0.40, 0.46);
        in_range("discrimination 2022", disc(2022), 0.39, 0.45);
        in_range("discrimination 2024", disc(2024), 0.32, 0.38);
        for (y, d) in &data {
            let y = *y;
            let africa = share(d, "disc_any", None, &["yes"], &cs, |a| {
                region(a) == Some("africa_other")
            });
            let russia = share(d, "disc_any", None, &["yes"], &cs, |a| {
                region(a) == Some("russia_former_ussr")
            });
            assert!(
                africa > disc(y) + 0.07 && russia < disc(y) - 0.05,
                "{y}: {report}"
            );
            let lonely = share(
                d,
                "belong",
                Some("lonely"),
                &["agree", "strongly_agree"],
                &cs,
                all,
            );
            in_range("lonely", lonely, 0.11, 0.17);
            let friends = share(
                d,
                "finnish_friends",
                None,
                &["yes_several", "yes_one_or_two"],
                &[],
                all,
            );
            in_range("finnish friends", friends, 0.75, 0.85);
            let positive = share(
                d,
                "atmosphere_general",
                None,
                &["rather_positive", "very_positive"],
                &cs,
                all,
            );
            in_range("atmosphere positive", positive, 0.52, 0.63);
            let en = d.iter().filter(|(l, _)| l == "en").count() as f64 / f64::from(n);
            let fi = d.iter().filter(|(l, _)| l == "fi").count() as f64 / f64::from(n);
            in_range("answered in English", en, 0.55, 0.65);
            in_range("answered in Finnish", fi, 0.10, 0.16);
        }
        let unmet = |y: i32| {
            share(
                &data[&y],
                "unmet_need",
                Some("health_centre"),
                &["yes"],
                &cs,
                all,
            )
        };
        assert!(unmet(2022) > unmet(2020) + 0.03, "{report}");
        in_range(
            "unmet need for the health centre 2022",
            unmet(2022),
            0.28,
            0.40,
        );
        let home = |years: &str| {
            share(
                &data[&2024],
                "home_town",
                None,
                &["agree", "strongly_agree"],
                &cs,
                |a| code(a, "years_in_oulu", None) == Some(years),
            )
        };
        assert!(
            home("lt1") < home("3_5") && home("3_5") < home("over10"),
            "home town by years"
        );
    }
}
