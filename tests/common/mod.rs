//! Helpers for end-to-end tests of the web server: a real server on a random local port over a
//! fresh database ([`spawn_app`]), and a cookie-keeping client that reads forms the way a
//! browser does ([`Browser`], [`Page`]).
//!
//! Each test crate uses only some of these, hence the `dead_code` allowance. crates/web's
//! tests include this file too (`#[path]`), so it names the workspace's crates only.
#![allow(dead_code)]

use std::collections::HashMap;
use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};
use std::thread::JoinHandle;

use actix_web::dev::ServerHandle;
use atmos_i18n::{Catalog, LanguageIdentifier};
use atmos_store::testing::TestDb;
use atmos_store::{Answer, AnswerValue, NewWave, PgConnection, Wave};
use atmos_survey::Survey;
use chrono::{DateTime, Utc};
use reqwest::cookie::{CookieStore, Jar};
use reqwest::header::HeaderMap;
use uuid::Uuid;

pub const SURVEY: &str = "oulu-atmosphere";
/// The password of the staff accounts tests add with [`TestApp::add_staff`].
pub const STAFF_PASSWORD: &str = "a long enough password";

/// The workspace's root: these helpers also serve crates/web/tests.
pub fn root() -> PathBuf {
    let mut dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    while !dir.join("surveys").is_dir() && dir.pop() {}
    dir
}

/// The bundled Oulu survey, loaded once per test binary.
pub fn survey() -> &'static Survey {
    static SURVEY_DEF: OnceLock<Survey> = OnceLock::new();
    SURVEY_DEF.get_or_init(|| {
        atmos_survey::load(&root().join("surveys").join(SURVEY))
            .expect("the bundled survey loads")
            .survey
    })
}

/// Every text of `i18n/`, to know what a page should say in a language.
pub fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| {
        Catalog::load(&root().join("i18n"), lang("fi")).expect("the i18n directory loads")
    })
}

pub fn lang(code: &str) -> LanguageIdentifier {
    code.parse().expect("a valid language tag")
}

/// A `ui` text as a page shows it (HTML-escaped); it must exist in `locale` itself.
pub fn ui(locale: &str, id: &str) -> String {
    own_text(locale, "ui", id)
}

/// A survey text as a page shows it (HTML-escaped); it must exist in `locale` itself.
pub fn survey_text(locale: &str, id: &str) -> String {
    own_text(locale, &format!("survey-{SURVEY}"), id)
}

/// A dashboard text as a page shows it (HTML-escaped); it must exist in `locale` itself.
pub fn dashboard_text(locale: &str, id: &str) -> String {
    own_text(locale, "dashboard", id)
}

fn own_text(locale: &str, area: &str, id: &str) -> String {
    let t = catalog().text(&lang(locale), area, id, None);
    assert!(
        !t.missing && !t.fallback,
        "{area}/{id} is not translated to {locale}: the test expects it to be"
    );
    html_escape(&t.value)
}

/// Escape text as askama does in HTML templates (numeric character references).
pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&#38;"),
            '<' => out.push_str("&#60;"),
            '>' => out.push_str("&#62;"),
            '"' => out.push_str("&#34;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Undo HTML escaping of an attribute value or element text.
pub fn html_unescape(s: &str) -> String {
    s.replace("&#60;", "<")
        .replace("&lt;", "<")
        .replace("&#62;", ">")
        .replace("&gt;", ">")
        .replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#38;", "&")
        .replace("&amp;", "&")
}

/// What state a wave of the test's database is put in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WaveState {
    Draft,
    Open,
    Closed,
}

#[derive(Debug, Clone)]
pub struct WaveSpec {
    pub label: &'static str,
    pub state: WaveState,
    pub opens_at: Option<DateTime<Utc>>,
    pub invitation_required: bool,
}

impl WaveSpec {
    pub fn new(label: &'static str, state: WaveState) -> Self {
        Self {
            label,
            state,
            opens_at: None,
            invitation_required: false,
        }
    }

    pub fn opens_at(mut self, at: DateTime<Utc>) -> Self {
        self.opens_at = Some(at);
        self
    }

    pub fn with_invitations(mut self) -> Self {
        self.invitation_required = true;
        self
    }
}

#[derive(Debug, Clone)]
pub struct Setup {
    pub waves: Vec<WaveSpec>,
    pub posts_per_minute: u32,
    /// Texts from elsewhere than the repository's `i18n/`.
    pub i18n_dir: Option<PathBuf>,
    /// Cache lifetimes and pool checks.
    pub tuning: atmos_web::Tuning,
}

impl Default for Setup {
    /// One open wave, "2026", and a rate limit no test reaches by accident.
    fn default() -> Self {
        Self {
            waves: vec![WaveSpec::new("2026", WaveState::Open)],
            posts_per_minute: 10_000,
            i18n_dir: None,
            tuning: atmos_web::Tuning::default(),
        }
    }
}

/// A running server over its own database. Dropping it stops the server, then drops the
/// database.
pub struct TestApp {
    /// `http://127.0.0.1:<port>`
    pub origin: String,
    pub waves: HashMap<String, Wave>,
    server: ServerHandle,
    thread: Option<JoinHandle<()>>,
    db: Option<TestDb>,
}

pub fn spawn_app() -> TestApp {
    spawn_app_with(Setup::default())
}

pub fn spawn_app_with(setup: Setup) -> TestApp {
    let db = TestDb::new();
    let mut conn = db.conn();
    let s = survey();
    atmos_store::store_questionnaire(&mut conn, &s.id, &s.snapshot(), &s.snapshot_hash())
        .expect("the questionnaire is stored");
    let mut waves = HashMap::new();
    for spec in &setup.waves {
        let wave = atmos_store::create_wave(
            &mut conn,
            &NewWave {
                survey_id: s.id.clone(),
                label: spec.label.to_string(),
                opens_at: spec.opens_at,
                closes_at: None,
                invitation_required: spec.invitation_required,
            },
        )
        .expect("the wave is created");
        let wave = match spec.state {
            WaveState::Draft => wave,
            WaveState::Open => atmos_store::open_wave(&mut conn, &s.id, spec.label).unwrap(),
            WaveState::Closed => {
                atmos_store::open_wave(&mut conn, &s.id, spec.label).unwrap();
                atmos_store::close_wave(&mut conn, &s.id, spec.label).unwrap()
            }
        };
        waves.insert(spec.label.to_string(), wave);
    }

    let listener = TcpListener::bind("127.0.0.1:0").expect("a local port");
    let origin = format!("http://{}", listener.local_addr().unwrap());
    let state = atmos_web::AppState::with_tuning(
        &atmos_web::Config {
            database_url: db.url.clone(),
            bind: origin.clone(),
            i18n_dir: setup
                .i18n_dir
                .clone()
                .unwrap_or_else(|| root().join("i18n")),
            secure_cookies: false,
            surveys_dir: Some(root().join("surveys")),
            posts_per_minute: setup.posts_per_minute,
            workers: 1,
            pool_size: 4,
        },
        setup.tuning,
    )
    .expect("the app state is built");
    let (tx, rx) = std::sync::mpsc::channel();
    let thread = std::thread::spawn(move || {
        let server = atmos_web::build(state, listener, 1).expect("the server is built");
        tx.send(server.handle())
            .expect("the test waits for the handle");
        actix_web::rt::System::new()
            .block_on(server)
            .expect("the server runs");
    });
    let server = rx.recv().expect("the server thread starts");
    TestApp {
        origin,
        waves,
        server,
        thread: Some(thread),
        db: Some(db),
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        // Stop the server (and so its pool) before its database is dropped.
        drop(self.server.stop(false));
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl TestApp {
    pub fn conn(&self) -> PgConnection {
        self.db
            .as_ref()
            .expect("the database was dropped by the test")
            .conn()
    }

    /// The URL of the test's database (for running the `atmos` binary on it).
    pub fn database_url(&self) -> String {
        self.db
            .as_ref()
            .expect("the database was dropped by the test")
            .url
            .clone()
    }

    /// Synthetic closed waves 2020, 2022 and 2024 (`atmos demo`, the binary at `atmos`:
    /// `env!("CARGO_BIN_EXE_atmos")`) in the test's database.
    pub fn demo_waves(&self, atmos: &str, respondents: &str) {
        let out = std::process::Command::new(atmos)
            .args(["demo", "--respondents", respondents, "--seed", "7"])
            .env("DATABASE_URL", self.database_url())
            .current_dir(root())
            .output()
            .expect("the atmos binary runs");
        assert!(
            out.status.success(),
            "atmos demo failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// The name of the test's database.
    pub fn db_name(&self) -> &str {
        &self
            .db
            .as_ref()
            .expect("the database was dropped by the test")
            .name
    }

    /// A dashboard account with [`STAFF_PASSWORD`], no change needed.
    pub fn add_staff(&self, name: &str, role: atmos_store::Role) {
        atmos_store::create_user(
            &mut self.conn(),
            name,
            role,
            &atmos_web::staff::password::hash(STAFF_PASSWORD).unwrap(),
            false,
        )
        .unwrap();
    }

    /// A browser signed in to the dashboard as `name` (English pages).
    pub async fn staff_browser(&self, name: &str) -> Browser {
        let b = self.browser_in("en");
        b.get("/dashboard/login").await.expect_status(200);
        b.post(
            "/dashboard/login",
            &[
                ("_username".to_string(), name.to_string()),
                ("_password".to_string(), STAFF_PASSWORD.to_string()),
            ],
        )
        .await
        .expect_redirect("/dashboard");
        b
    }

    /// Submitted responses of any wave of the survey, also one made after the app started.
    pub fn submitted_in(&self, label: &str) -> i64 {
        let conn = &mut self.conn();
        let wave = atmos_store::find_wave(conn, SURVEY, label)
            .unwrap()
            .unwrap();
        atmos_store::count_submitted(conn, wave.id).unwrap()
    }

    pub fn wave(&self, label: &str) -> &Wave {
        &self.waves[label]
    }

    /// `/s/oulu-atmosphere/<label>`
    pub fn base(&self, label: &str) -> String {
        format!("/s/{SURVEY}/{label}")
    }

    /// (in progress, submitted) responses of a wave.
    pub fn counts(&self, label: &str) -> (i64, i64) {
        atmos_store::response_counts(&mut self.conn(), self.wave(label).id).unwrap()
    }

    pub fn submitted(&self, label: &str) -> i64 {
        atmos_store::count_submitted(&mut self.conn(), self.wave(label).id).unwrap()
    }

    pub fn answers(&self, response: Uuid) -> Vec<Answer> {
        atmos_store::load_answers(&mut self.conn(), response).unwrap()
    }

    /// A response's answers as (`question` or `question.row`, value) pairs.
    pub fn answer_pairs(&self, response: Uuid) -> std::collections::BTreeSet<(String, String)> {
        self.answers(response)
            .into_iter()
            .map(|a| {
                let field = if a.item.is_empty() {
                    a.question_id
                } else {
                    format!("{}.{}", a.question_id, a.item)
                };
                let value = match a.value {
                    AnswerValue::Option(c) => c,
                    AnswerValue::Number(n) if n.fract() == 0.0 => format!("{}", n as i64),
                    AnswerValue::Number(n) => n.to_string(),
                    AnswerValue::Text(t) => t,
                };
                (field, value)
            })
            .collect()
    }

    /// Drop the database under the running server.
    pub fn drop_database(&mut self) {
        drop(self.db.take());
    }

    pub fn browser(&self) -> Browser {
        Browser::new(&self.origin, None)
    }

    /// A browser that sends `Accept-Language: <accept_language>`.
    pub fn browser_in(&self, accept_language: &str) -> Browser {
        Browser::new(&self.origin, Some(accept_language))
    }
}

/// A user agent with its own cookies that does not follow redirects (tests assert the 303s),
/// and remembers the CSRF token of the last form it was shown.
pub struct Browser {
    client: reqwest::Client,
    jar: Arc<Jar>,
    pub origin: String,
    accept_language: Option<String>,
    csrf: Mutex<Option<String>>,
}

impl Browser {
    pub fn new(origin: &str, accept_language: Option<&str>) -> Self {
        let jar = Arc::new(Jar::default());
        let client = reqwest::Client::builder()
            .cookie_provider(jar.clone())
            .redirect(reqwest::redirect::Policy::none())
            .timeout(std::time::Duration::from_secs(60))
            .build()
            .expect("an HTTP client");
        Self {
            client,
            jar,
            origin: origin.to_string(),
            accept_language: accept_language.map(str::to_string),
            csrf: Mutex::new(None),
        }
    }

    fn url(&self, path: &str) -> String {
        if path.starts_with("http") {
            path.to_string()
        } else {
            format!("{}{path}", self.origin)
        }
    }

    fn with_language(&self, rb: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        match &self.accept_language {
            Some(l) => rb.header(reqwest::header::ACCEPT_LANGUAGE, l),
            None => rb,
        }
    }

    async fn send(&self, rb: reqwest::RequestBuilder) -> Page {
        let resp = self
            .with_language(rb)
            .send()
            .await
            .expect("the server answers");
        let status = resp.status().as_u16();
        let headers = resp.headers().clone();
        let body = resp.text().await.unwrap_or_default();
        let page = Page {
            status,
            headers,
            body,
        };
        if let Some(token) = page.csrf() {
            *self.csrf.lock().unwrap() = Some(token);
        }
        page
    }

    pub async fn get(&self, path: &str) -> Page {
        self.send(self.client.get(self.url(path))).await
    }

    /// GET a binary download (an XLSX, a PNG): its bytes, after checking the status is 200.
    pub async fn get_bytes(&self, path: &str) -> Vec<u8> {
        let resp = self
            .with_language(self.client.get(self.url(path)))
            .send()
            .await
            .expect("the server answers");
        assert_eq!(resp.status().as_u16(), 200, "GET {path}");
        resp.bytes().await.expect("a body").to_vec()
    }

    /// GET the page a redirect points to.
    pub async fn follow(&self, redirect: &Page) -> Page {
        self.get(&redirect.location()).await
    }

    /// The token of the last form shown, or else the CSRF cookie's value.
    pub fn csrf_token(&self) -> String {
        if let Some(t) = self.csrf.lock().unwrap().clone() {
            return t;
        }
        self.cookie("/", "atmos_csrf")
            .expect("a page was loaded before posting: no CSRF token")
    }

    /// POST a form with the CSRF token of the last form shown.
    pub async fn post(&self, path: &str, fields: &[(String, String)]) -> Page {
        let mut all = vec![("_csrf".to_string(), self.csrf_token())];
        all.extend(fields.iter().cloned());
        self.post_without_csrf(path, &all).await
    }

    /// POST a form exactly as given (no `_csrf` added).
    pub async fn post_without_csrf(&self, path: &str, fields: &[(String, String)]) -> Page {
        self.send(self.client.post(self.url(path)).form(fields))
            .await
    }

    /// POST any body with any content type.
    pub async fn post_raw(&self, path: &str, content_type: &str, body: Vec<u8>) -> Page {
        self.send(
            self.client
                .post(self.url(path))
                .header(reqwest::header::CONTENT_TYPE, content_type)
                .body(body),
        )
        .await
    }

    /// POST a multipart form (a file upload) with the CSRF token of the last form shown:
    /// `fields` as text parts, then the file as `file_field`.
    pub async fn post_file(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        file_field: &str,
        file: &[u8],
    ) -> Page {
        let token = self.csrf_token();
        let mut all: Vec<(&str, &str)> = vec![("_csrf", token.as_str())];
        all.extend_from_slice(fields);
        self.post_multipart(path, &all, file_field, file).await
    }

    /// POST a multipart form exactly as given (no `_csrf` added).
    pub async fn post_multipart(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        file_field: &str,
        file: &[u8],
    ) -> Page {
        const BOUNDARY: &str = "atmos-test-boundary-7MA4YWxkTrZu0gW";
        let mut body = Vec::new();
        for (name, value) in fields {
            body.extend_from_slice(
                format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                    .as_bytes(),
            );
        }
        body.extend_from_slice(
            format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{file_field}\"; filename=\"margins.csv\"\r\nContent-Type: text/csv\r\n\r\n")
                .as_bytes(),
        );
        body.extend_from_slice(file);
        body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
        self.post_raw(
            path,
            &format!("multipart/form-data; boundary={BOUNDARY}"),
            body,
        )
        .await
    }

    /// An API call: `method` on `path` with an optional bearer token and JSON body.
    pub async fn api(
        &self,
        method: reqwest::Method,
        path: &str,
        token: Option<&str>,
        json: Option<&str>,
    ) -> Page {
        let mut rb = self.client.request(method, self.url(path));
        if let Some(t) = token {
            rb = rb.header(reqwest::header::AUTHORIZATION, format!("Bearer {t}"));
        }
        if let Some(body) = json {
            rb = rb
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .body(body.to_string());
        }
        self.send(rb).await
    }

    /// A cookie this browser would send to `path`.
    pub fn cookie(&self, path: &str, name: &str) -> Option<String> {
        let url = reqwest::Url::parse(&self.url(path)).unwrap();
        let header = self.jar.cookies(&url)?;
        header.to_str().ok()?.split("; ").find_map(|kv| {
            kv.split_once('=')
                .filter(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        })
    }

    /// The response this browser is answering in the wave at `base`.
    pub fn response_id(&self, base: &str) -> Uuid {
        let v = self
            .cookie(&format!("{base}/"), "atmos_response")
            .expect("the browser has a response cookie");
        Uuid::parse_str(&v).expect("the response cookie is a UUID")
    }
}

/// One HTTP response, body read.
#[derive(Debug)]
pub struct Page {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: String,
}

/// Controls of a rendered form, as a browser sees them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Control {
    Radio,
    Checkbox,
    Text,
    /// A text input with `inputmode="decimal"`.
    Number,
    Textarea,
    Hidden,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub control: Control,
    pub name: String,
    pub value: String,
    pub checked: bool,
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let len = tag[start..].find('"')?;
    Some(html_unescape(&tag[start..start + len]))
}

impl Page {
    /// Panic with the body when the status is not the expected one.
    #[track_caller]
    pub fn expect_status(&self, status: u16) -> &Self {
        assert_eq!(
            self.status, status,
            "expected status {status}, got {}; body:\n{}",
            self.status, self.body
        );
        self
    }

    /// Panic unless this is a 303 to `to` (a path, or a path prefix ending in `*`).
    #[track_caller]
    pub fn expect_redirect(&self, to: &str) -> &Self {
        self.expect_status(303);
        let location = self.location();
        match to.strip_suffix('*') {
            Some(prefix) => assert!(
                location.starts_with(prefix),
                "redirect to {location}, expected {to}"
            ),
            None => assert_eq!(location, to, "redirect target"),
        }
        self
    }

    #[track_caller]
    pub fn expect_contains(&self, text: &str) -> &Self {
        assert!(
            self.body.contains(text),
            "expected the page to contain {text:?}; status {}, body:\n{}",
            self.status,
            self.body
        );
        self
    }

    #[track_caller]
    pub fn expect_not_contains(&self, text: &str) -> &Self {
        assert!(
            !self.body.contains(text),
            "expected the page not to contain {text:?}; body:\n{}",
            self.body
        );
        self
    }

    pub fn header(&self, name: &str) -> Option<String> {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    }

    pub fn location(&self) -> String {
        self.header("location").expect("a Location header")
    }

    pub fn set_cookies(&self) -> Vec<String> {
        self.headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .map(str::to_string)
            .collect()
    }

    /// The `Set-Cookie` header that sets `name`, if any.
    pub fn set_cookie(&self, name: &str) -> Option<String> {
        self.set_cookies()
            .into_iter()
            .find(|c| c.starts_with(&format!("{name}=")))
    }

    /// The CSRF token of the page's first form.
    pub fn csrf(&self) -> Option<String> {
        self.fields()
            .into_iter()
            .find(|f| f.control == Control::Hidden && f.name == "_csrf")
            .map(|f| f.value)
    }

    /// Every input and textarea of the page, in document order.
    pub fn fields(&self) -> Vec<Field> {
        let mut fields = Vec::new();
        let mut rest = self.body.as_str();
        loop {
            let input = rest.find("<input ");
            let textarea = rest.find("<textarea ");
            let (start, is_textarea) = match (input, textarea) {
                (None, None) => break,
                (Some(i), None) => (i, false),
                (None, Some(t)) => (t, true),
                (Some(i), Some(t)) => (i.min(t), t < i),
            };
            rest = &rest[start..];
            let end = rest.find('>').expect("a closed tag");
            let tag = &rest[..end];
            let name = attr(tag, "name").unwrap_or_default();
            if is_textarea {
                let content = &rest[end + 1..];
                let close = content.find("</textarea>").expect("a closed textarea");
                fields.push(Field {
                    control: Control::Textarea,
                    name,
                    value: html_unescape(&content[..close]),
                    checked: false,
                });
            } else {
                let control = match attr(tag, "type").as_deref() {
                    Some("radio") => Control::Radio,
                    Some("checkbox") => Control::Checkbox,
                    Some("hidden") => Control::Hidden,
                    _ if attr(tag, "inputmode").as_deref() == Some("decimal") => Control::Number,
                    _ => Control::Text,
                };
                fields.push(Field {
                    control,
                    name,
                    value: attr(tag, "value").unwrap_or_default(),
                    checked: tag.contains(" checked"),
                });
            }
            rest = &rest[end..];
        }
        fields
    }

    /// The question ids the page's form asks (`question.row` fields count for `question`).
    pub fn question_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = Vec::new();
        for f in self.fields() {
            if f.name.starts_with('_') || f.name.is_empty() {
                continue;
            }
            let q = f.name.split('.').next().unwrap_or_default().to_string();
            if !ids.contains(&q) {
                ids.push(q);
            }
        }
        ids
    }

    /// What the form would send now: checked boxes and radios, every text (non-empty).
    pub fn current_values(&self) -> std::collections::BTreeSet<(String, String)> {
        self.fields()
            .into_iter()
            .filter(|f| !f.name.starts_with('_'))
            .filter(|f| match f.control {
                Control::Radio | Control::Checkbox => f.checked,
                _ => !f.value.is_empty(),
            })
            .map(|f| (f.name, f.value))
            .collect()
    }

    /// The contents of the first `<code>` element (a resume code).
    pub fn code(&self) -> Option<String> {
        let start = self.body.find("<code>")? + "<code>".len();
        let len = self.body[start..].find("</code>")?;
        Some(self.body[start..start + len].to_string())
    }
}
