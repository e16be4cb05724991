//! Load generator for the respondent forms (a benchmark, not a test): N concurrent simulated
//! respondents each answer the Oulu atmosphere survey from start to submit over HTTP, with a
//! fixed valid answer set, until a total number of responses is done or time runs out.
//!
//! One respondent: GET landing, POST start, then for each page the server sends it to, GET
//! the page and POST its answers, then GET check and POST submit (24 requests for the ten
//! pages of the survey as written). The answers are a fixed set by form field; each page
//! gets those of its own fields, so the pages' order and grouping come from the server.
//! Every status and redirect is checked: a run that reports figures answered the whole
//! survey every time.
//!
//! ```text
//! cargo run --release -p atmos-web --example load_forms -- \
//!     --base http://127.0.0.1:18080/s/oulu-atmosphere/2026 --concurrency 16 \
//!     --responses 2000 --seconds 60
//! ```
//!
//! Prints a human summary and one line starting with `RESULT ` (key=value pairs) for scripts.
//! Only meant for a server on this machine: the target must be a loopback address.

use std::collections::BTreeMap;
use std::net::IpAddr;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use reqwest::header::{COOKIE, LOCATION, SET_COOKIE};
use reqwest::{Client, StatusCode, redirect};

/// A fixed valid answer set for the Oulu survey, by form field (`question` or
/// `question.row`; a field given twice is a multiple choice). Every question shown to this
/// respondent is answered (discrimination reported, so its follow-ups appear): a complete,
/// rather long response.
const ANSWERS: &[(&str, &str)] = &[
    ("age_band", "30_39"),
    ("gender", "female"),
    ("native_language", "russian"),
    ("region_of_birth", "russia_former_ussr"),
    ("year_moved_finland", "2015"),
    ("move_reason", "work"),
    ("years_in_oulu", "3_5"),
    ("district", "tuira"),
    ("main_activity", "employed"),
    ("lang_skill.finnish", "good"),
    ("lang_skill.swedish", "none"),
    ("lang_skill.english", "fluent"),
    ("atmosphere_general", "rather_positive"),
    ("atmosphere_change", "no_change"),
    ("safety_evening", "rather_safe"),
    ("atmos_statements.open_city", "agree"),
    ("atmos_statements.racism_problem", "neither"),
    ("atmos_statements.treated_equally", "disagree"),
    ("atmos_statements.own_culture", "agree"),
    ("atmos_statements.city_against_racism", "cant_say"),
    ("atmos_statements.hostile_debate", "agree"),
    ("witnessed_racism", "yes"),
    ("home_town", "agree"),
    ("belong.feel_home", "agree"),
    ("belong.accepted", "neither"),
    ("belong.part_of_community", "disagree"),
    ("belong.lonely", "neither"),
    ("belong.future_in_oulu", "strongly_agree"),
    ("plans_stay", "stay_long"),
    ("finnish_friends", "yes_one_or_two"),
    ("inclusion.can_influence", "disagree"),
    ("inclusion.info_available", "agree"),
    ("inclusion.participate_activities", "neither"),
    ("inclusion.heard_by_city", "disagree"),
    ("inclusion.equal_opportunities", "neither"),
    ("integrated", "rather_well"),
    ("organisations", "sports_club"),
    ("organisations", "immigrant_association"),
    ("voted_municipal", "yes"),
    ("disc_any", "yes"),
    ("disc_domain.job_seeking", "yes"),
    ("disc_domain.work", "no"),
    ("disc_domain.housing", "yes"),
    ("disc_domain.health", "no"),
    ("disc_domain.social_services", "no"),
    ("disc_domain.employment_services", "yes"),
    ("disc_domain.daycare_school", "not_applicable"),
    ("disc_domain.culture_sport", "no"),
    ("disc_domain.shops", "yes"),
    ("disc_domain.public_transport", "no"),
    ("disc_domain.street", "yes"),
    ("disc_domain.police", "no"),
    ("disc_domain.online", "yes"),
    ("disc_ground", "origin"),
    ("disc_ground", "language"),
    ("disc_by_whom", "official"),
    ("disc_by_whom", "stranger"),
    ("harassment_12m", "yes"),
    ("violence_12m", "no"),
    ("reported", "no"),
    ("why_not_reported", "no_use"),
    ("why_not_reported", "language"),
    ("service_access.health_centre", "rather_difficult"),
    ("service_access.dental", "very_difficult"),
    ("service_access.social_services", "not_used"),
    ("service_access.employment_services", "rather_easy"),
    ("service_access.daycare", "not_used"),
    ("service_access.school", "not_used"),
    ("service_access.library", "very_easy"),
    ("service_access.sport_culture", "rather_easy"),
    ("service_access.housing_services", "rather_difficult"),
    ("service_access.public_transport", "very_easy"),
    ("service_access.international_house", "rather_easy"),
    ("unmet_need.health_centre", "yes"),
    ("unmet_need.dental", "yes"),
    ("unmet_need.social_services", "no"),
    ("unmet_need.employment_services", "no"),
    ("unmet_need.daycare", "no"),
    ("unmet_need.school", "no"),
    ("unmet_need.library", "no"),
    ("unmet_need.sport_culture", "no"),
    ("unmet_need.housing_services", "cant_say"),
    ("unmet_need.public_transport", "no"),
    ("unmet_need.international_house", "no"),
    ("barriers", "language"),
    ("barriers", "waiting_time"),
    ("service_language", "english"),
    ("interpreter", "not_needed"),
    ("trust.city_services", "7"),
    ("trust.police", "8"),
    ("trust.health_care", "6"),
    ("trust.courts", "7"),
    ("trust.media", "4"),
    ("trust.politicians", "3"),
    (
        "what_would_improve",
        "More information in English about services, and evening Finnish courses.",
    ),
    ("comments", "Thank you for asking."),
];

/// What kind of request a latency sample belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Landing,
    Start,
    PageGet,
    PagePost,
    Check,
    Submit,
}

impl Kind {
    const ALL: [Kind; 6] = [
        Kind::Landing,
        Kind::Start,
        Kind::PageGet,
        Kind::PagePost,
        Kind::Check,
        Kind::Submit,
    ];

    fn name(self) -> &'static str {
        match self {
            Kind::Landing => "GET landing",
            Kind::Start => "POST start",
            Kind::PageGet => "GET page",
            Kind::PagePost => "POST page",
            Kind::Check => "GET check",
            Kind::Submit => "POST submit",
        }
    }
}

#[derive(Debug)]
struct Args {
    base: String,
    concurrency: usize,
    responses: u64,
    seconds: u64,
    threads: usize,
}

fn usage() -> &'static str {
    "usage: load_forms --base URL [--concurrency N] [--responses N] [--seconds S] [--threads T]\n\
     URL is the wave's address, e.g. http://127.0.0.1:18080/s/oulu-atmosphere/2026 (loopback only)"
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        base: String::new(),
        concurrency: 16,
        responses: 2000,
        seconds: 60,
        threads: 2,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{flag} needs a value"));
        let number = |v: String| v.parse::<u64>().map_err(|e| format!("{flag}: {e}"));
        match flag.as_str() {
            "--base" => args.base = value()?.trim_end_matches('/').to_string(),
            "--concurrency" => args.concurrency = usize::try_from(number(value()?)?).unwrap_or(1),
            "--responses" => args.responses = number(value()?)?,
            "--seconds" => args.seconds = number(value()?)?,
            "--threads" => args.threads = usize::try_from(number(value()?)?).unwrap_or(1),
            "-h" | "--help" => return Err(usage().to_string()),
            other => return Err(format!("unknown argument {other}\n{}", usage())),
        }
    }
    if args.base.is_empty() {
        return Err(usage().to_string());
    }
    // Bounded load against this machine only.
    let url = reqwest::Url::parse(&args.base).map_err(|e| format!("--base: {e}"))?;
    let host = url.host_str().unwrap_or_default();
    let host = host.trim_start_matches('[').trim_end_matches(']');
    let loopback = host == "localhost" || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback());
    if !loopback {
        return Err("--base must be a loopback address (127.0.0.0/8, ::1, localhost)".into());
    }
    args.concurrency = args.concurrency.clamp(1, 1024);
    args.responses = args.responses.clamp(1, 1_000_000);
    args.seconds = args.seconds.clamp(1, 3600);
    args.threads = args.threads.clamp(1, 64);
    Ok(args)
}

/// One respondent's cookies, kept by hand so that every respondent of a worker reuses the
/// same client and its keep-alive connection (as a browser would) and starts with none.
#[derive(Default)]
struct Jar(BTreeMap<String, String>);

impl Jar {
    fn take(&mut self, resp: &reqwest::Response) {
        for v in resp.headers().get_all(SET_COOKIE) {
            let Ok(v) = v.to_str() else { continue };
            let pair = v.split(';').next().unwrap_or_default();
            if let Some((name, value)) = pair.split_once('=') {
                self.0
                    .insert(name.trim().to_string(), value.trim().to_string());
            }
        }
    }

    fn header(&self) -> String {
        self.0
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(String::as_str)
    }
}

#[derive(Default)]
struct Samples {
    /// Microseconds per request, by kind.
    by_kind: BTreeMap<Kind, Vec<u32>>,
    responses: u64,
    pages: u64,
}

struct Respondent<'a> {
    client: &'a Client,
    base: &'a str,
    jar: Jar,
    samples: &'a mut Samples,
}

impl Respondent<'_> {
    /// Sends a request, records its latency and checks its status; returns the redirect
    /// target (if any) and the body.
    async fn send(
        &mut self,
        kind: Kind,
        builder: reqwest::RequestBuilder,
        expect: StatusCode,
    ) -> Result<(Option<String>, String), String> {
        let builder = if self.jar.0.is_empty() {
            builder
        } else {
            builder.header(COOKIE, self.jar.header())
        };
        let t0 = Instant::now();
        let resp = builder
            .send()
            .await
            .map_err(|e| format!("{}: {e}", kind.name()))?;
        let status = resp.status();
        self.jar.take(&resp);
        let to = resp
            .headers()
            .get(LOCATION)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let body = resp
            .text()
            .await
            .map_err(|e| format!("{}: {e}", kind.name()))?;
        let micros = u32::try_from(t0.elapsed().as_micros()).unwrap_or(u32::MAX);
        self.samples.by_kind.entry(kind).or_default().push(micros);
        if status != expect {
            let excerpt: String = body.chars().take(300).collect();
            return Err(format!(
                "{}: status {status}, expected {expect}: {excerpt}",
                kind.name()
            ));
        }
        Ok((to, body))
    }

    async fn respond(&mut self) -> Result<(), String> {
        let base = self.base.to_string();
        let url = reqwest::Url::parse(&base).map_err(|e| e.to_string())?;
        let origin = url.origin().ascii_serialization();
        let path = url.path().to_string();
        self.jar = Jar::default();
        self.send(Kind::Landing, self.client.get(&base), StatusCode::OK)
            .await?;
        let csrf = self
            .jar
            .get("atmos_csrf")
            .ok_or("landing set no atmos_csrf cookie")?
            .to_string();
        let req = self
            .client
            .post(format!("{base}/start"))
            .form(&[("_csrf", csrf.as_str())]);
        let (mut to, _) = self.send(Kind::Start, req, StatusCode::SEE_OTHER).await?;
        let page_prefix = format!("{path}/p/");
        let check = format!("{path}/check");
        let mut pages = 0;
        while let Some(page) = to
            .as_deref()
            .filter(|t| t.starts_with(&page_prefix))
            .map(str::to_string)
        {
            pages += 1;
            if pages > MAX_PAGES {
                return Err(format!("more than {MAX_PAGES} pages: a redirect loop?"));
            }
            let page_url = format!("{origin}{page}");
            let (_, html) = self
                .send(Kind::PageGet, self.client.get(&page_url), StatusCode::OK)
                .await?;
            let fields = form_fields(&html);
            let mut form: Vec<(&str, &str)> = ANSWERS
                .iter()
                .filter(|(name, _)| fields.iter().any(|f| f == name))
                .copied()
                .collect();
            if form.is_empty() {
                return Err(format!(
                    "{page}: no answer for any of its fields {fields:?}: update ANSWERS"
                ));
            }
            form.push(("_csrf", csrf.as_str()));
            let req = self.client.post(&page_url).form(&form);
            (to, _) = self
                .send(Kind::PagePost, req, StatusCode::SEE_OTHER)
                .await
                .map_err(|e| format!("{page}: {e}"))?;
            self.samples.pages += 1;
        }
        if to.as_deref() != Some(check.as_str()) {
            return Err(format!(
                "after {pages} pages: redirected to {to:?}, expected {check}"
            ));
        }
        self.send(
            Kind::Check,
            self.client.get(format!("{base}/check")),
            StatusCode::OK,
        )
        .await?;
        let req = self
            .client
            .post(format!("{base}/submit"))
            .form(&[("_csrf", csrf.as_str())]);
        let (to, _) = self.send(Kind::Submit, req, StatusCode::SEE_OTHER).await?;
        let done = format!("{path}/done");
        if to.as_deref() != Some(done.as_str()) {
            return Err(format!("submit: redirected to {to:?}, expected {done}"));
        }
        self.samples.responses += 1;
        Ok(())
    }
}

/// A bound on the pages of one response, so a redirect loop cannot run forever.
const MAX_PAGES: usize = 50;

/// The names of a page's answer fields (inputs, text areas, selects; not `_csrf` and such).
fn form_fields(html: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for tag in html.split('<').skip(1) {
        if !["input ", "textarea ", "select "]
            .iter()
            .any(|t| tag.starts_with(t))
        {
            continue;
        }
        let tag = tag.split('>').next().unwrap_or_default();
        let Some((_, rest)) = tag.split_once(" name=\"") else {
            continue;
        };
        let name = rest.split('"').next().unwrap_or_default();
        if !name.starts_with('_') && !names.iter().any(|n| n == name) {
            names.push(name.to_string());
        }
    }
    names
}

/// Work is handed out one response at a time until the total is reached or time is up.
struct Shared {
    claimed: AtomicU64,
    total: u64,
    deadline: Instant,
    failed: AtomicBool,
}

async fn worker(shared: Arc<Shared>, client: Client, base: String) -> (Samples, Option<String>) {
    let mut samples = Samples::default();
    let mut error = None;
    loop {
        if Instant::now() >= shared.deadline || shared.failed.load(Ordering::Relaxed) {
            break;
        }
        if shared.claimed.fetch_add(1, Ordering::Relaxed) >= shared.total {
            break;
        }
        let mut r = Respondent {
            client: &client,
            base: &base,
            jar: Jar::default(),
            samples: &mut samples,
        };
        if let Err(e) = r.respond().await {
            shared.failed.store(true, Ordering::Relaxed);
            error = Some(e);
            break;
        }
    }
    (samples, error)
}

fn percentile(sorted: &[u32], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    // Nearest rank.
    let rank = (p / 100.0 * sorted.len() as f64).ceil() as usize;
    f64::from(sorted[rank.clamp(1, sorted.len()) - 1]) / 1000.0
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(args.threads)
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(run(args))
}

async fn run(args: Args) -> ExitCode {
    let client = match Client::builder()
        .redirect(redirect::Policy::none())
        .timeout(Duration::from_secs(30))
        .pool_max_idle_per_host(args.concurrency)
        .build()
    {
        Ok(c) => c,
        Err(e) => {
            eprintln!("cannot build the HTTP client: {e}");
            return ExitCode::FAILURE;
        }
    };
    let started = Instant::now();
    let shared = Arc::new(Shared {
        claimed: AtomicU64::new(0),
        total: args.responses,
        deadline: started + Duration::from_secs(args.seconds),
        failed: AtomicBool::new(false),
    });
    let handles: Vec<_> = (0..args.concurrency)
        .map(|_| tokio::spawn(worker(shared.clone(), client.clone(), args.base.clone())))
        .collect();
    let mut all = Samples::default();
    let mut errors = Vec::new();
    for h in handles {
        match h.await {
            Ok((s, e)) => {
                all.responses += s.responses;
                all.pages += s.pages;
                for (k, v) in s.by_kind {
                    all.by_kind.entry(k).or_default().extend(v);
                }
                errors.extend(e);
            }
            Err(e) => errors.push(format!("worker panicked: {e}")),
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    for v in all.by_kind.values_mut() {
        v.sort_unstable();
    }
    let mut every: Vec<u32> = all.by_kind.values().flatten().copied().collect();
    every.sort_unstable();
    let requests = every.len();
    let rps = all.responses as f64 / elapsed;
    let pps = all.pages as f64 / elapsed;
    let qps = requests as f64 / elapsed;
    println!(
        "{} responses ({} pages, {requests} requests) in {elapsed:.2} s with {} concurrent respondents",
        all.responses, all.pages, args.concurrency
    );
    println!(
        "  {rps:.1} responses/s, {pps:.1} pages/s, {qps:.1} requests/s; latency per request p50 {:.2} ms, p99 {:.2} ms",
        percentile(&every, 50.0),
        percentile(&every, 99.0)
    );
    for kind in Kind::ALL {
        if let Some(v) = all.by_kind.get(&kind) {
            let mean = v.iter().map(|&x| f64::from(x)).sum::<f64>() / v.len().max(1) as f64;
            println!(
                "  {:<12} n={:<6} mean {:>7.2} ms  p50 {:>7.2} ms  p99 {:>7.2} ms",
                kind.name(),
                v.len(),
                mean / 1000.0,
                percentile(v, 50.0),
                percentile(v, 99.0)
            );
        }
    }
    let by_kind: Vec<String> = Kind::ALL
        .iter()
        .filter_map(|k| {
            all.by_kind.get(k).map(|v| {
                format!(
                    "{}_p50_ms={:.2} {}_p99_ms={:.2}",
                    k.name().replace(' ', "_").to_lowercase(),
                    percentile(v, 50.0),
                    k.name().replace(' ', "_").to_lowercase(),
                    percentile(v, 99.0)
                )
            })
        })
        .collect();
    println!(
        "RESULT concurrency={} responses={} pages={} requests={requests} seconds={elapsed:.3} \
         responses_per_s={rps:.2} pages_per_s={pps:.2} requests_per_s={qps:.2} p50_ms={:.2} \
         p99_ms={:.2} errors={} {}",
        args.concurrency,
        all.responses,
        all.pages,
        percentile(&every, 50.0),
        percentile(&every, 99.0),
        errors.len(),
        by_kind.join(" ")
    );
    if let Some(e) = errors.first() {
        eprintln!("error: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
