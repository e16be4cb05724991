//! Shared state of all workers: the pool, the texts, the questionnaires and waves in use,
//! limits.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use atmos_i18n::{Catalog, LanguageIdentifier};
use atmos_store::{PgConnection, PgPool, PoolOptions, PooledConnection, StoreError, Wave};
use atmos_survey::Survey;

use crate::config::Config;
use crate::error::WebError;
use crate::ratelimit::RateLimit;
use crate::response_cache::ResponseCache;
use crate::skeleton::Skeletons;
use crate::staff::{Insights, LoginThrottle};
use crate::texts::TextCache;

/// Settings that are not the operator's business: how long things are cached. Tests
/// change them to make timing deterministic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tuning {
    /// How long a wave's row is reused before it is read again. A wave closed meanwhile can
    /// still be shown as open for this long, but nothing can be stored in it: every write
    /// locks the wave and checks it is open.
    pub wave_cache_ttl: Duration,
    /// How many responses in progress are kept in memory (see [`ResponseCache`]); 0 reads
    /// every page's answers from the database.
    pub response_cache_capacity: usize,
    /// How long a cached response is shown without reading it again. Matters only when
    /// several processes serve one database (see [`ResponseCache`]).
    pub response_cache_ttl: Duration,
    /// Whether question pages are filled into skeletons rendered once (see
    /// [`crate::skeleton`]) rather than rendered in full every time; tests compare the two.
    pub page_skeletons: bool,
    /// Sign-in attempts per username in a quarter hour (then one more every 15 min / n).
    pub login_attempts: u32,
    pub pool: PoolOptions,
}

impl Default for Tuning {
    fn default() -> Self {
        Self {
            wave_cache_ttl: Duration::from_secs(1),
            // A few kilobytes each: tens of megabytes at most, more than the respondents
            // a municipality has answering at the same time.
            response_cache_capacity: 10_000,
            response_cache_ttl: Duration::from_secs(600),
            page_skeletons: true,
            login_attempts: 10,
            pool: PoolOptions::default(),
        }
    }
}

/// A questionnaire as the forms use it: parsed, with the locales it can be answered in.
#[derive(Debug)]
pub struct Questionnaire {
    pub survey: Arc<Survey>,
    /// The survey's own order (its default first), limited to locales that have texts.
    pub available: Vec<LanguageIdentifier>,
    pub default_locale: LanguageIdentifier,
}

/// A wave's row, when it was read, and whether a request is reading it again.
#[derive(Debug, Clone)]
struct CachedWave {
    read: Instant,
    wave: Arc<Wave>,
    refreshing: Arc<AtomicBool>,
}

#[derive(Debug)]
pub struct AppState {
    pub pool: PgPool,
    pub catalog: Catalog,
    pub texts: TextCache,
    /// Parsed questionnaire snapshots by id: immutable once stored, so caching is safe.
    questionnaires: RwLock<HashMap<i64, Arc<Questionnaire>>>,
    /// Waves by survey and label, with when they were read. Only waves that exist are kept,
    /// so addresses made up by a visitor cannot fill it.
    waves: RwLock<HashMap<String, HashMap<String, CachedWave>>>,
    wave_cache_ttl: Duration,
    pub responses: ResponseCache,
    pub skeletons: Option<Skeletons>,
    pub limiter: RateLimit,
    pub login_throttle: LoginThrottle,
    pub insights: Insights,
    pub secure_cookies: bool,
    pub surveys_dir: Option<std::path::PathBuf>,
}

impl AppState {
    pub fn new(config: &Config) -> Result<Self, WebError> {
        Self::with_tuning(config, Tuning::default())
    }

    pub fn with_tuning(config: &Config, tuning: Tuning) -> Result<Self, WebError> {
        let fi = "fi".parse().unwrap_or_default();
        Ok(Self {
            pool: atmos_store::pool_with(&config.database_url, config.pool_size, tuning.pool)?,
            catalog: Catalog::load(&config.i18n_dir, fi)?,
            texts: TextCache::default(),
            questionnaires: RwLock::new(HashMap::new()),
            waves: RwLock::new(HashMap::new()),
            wave_cache_ttl: tuning.wave_cache_ttl,
            responses: ResponseCache::new(
                tuning.response_cache_capacity,
                tuning.response_cache_ttl,
            ),
            skeletons: tuning.page_skeletons.then(Skeletons::default),
            limiter: RateLimit::per_minute(config.posts_per_minute),
            login_throttle: LoginThrottle::new(tuning.login_attempts),
            insights: Insights::default(),
            secure_cookies: config.secure_cookies,
            surveys_dir: config.surveys_dir.clone(),
        })
    }

    /// The wave `label` of `survey`, read from the database at most once per
    /// [`Tuning::wave_cache_ttl`]. When the cached row has expired, one request reads it
    /// again while the others go on with the old row: without that, every request arriving
    /// meanwhile would queue for the database at once (under load, stalls of up to a second
    /// every second were measured).
    pub fn wave(
        &self,
        db: &mut Db<'_>,
        survey: &str,
        label: &str,
    ) -> Result<Option<Arc<Wave>>, WebError> {
        let cached = self.waves.read().ok().and_then(|waves| {
            waves
                .get(survey)
                .and_then(|labels| labels.get(label))
                .cloned()
        });
        if let Some(c) = &cached {
            if c.read.elapsed() < self.wave_cache_ttl || c.refreshing.load(Ordering::Acquire) {
                return Ok(Some(c.wave.clone()));
            }
            // A page tried from the caches alone is served again where it may connect.
            if !db.may_connect() {
                return Err(WebError::NeedsDatabase);
            }
            if c.refreshing.swap(true, Ordering::AcqRel) {
                return Ok(Some(c.wave.clone()));
            }
        }
        let read = Instant::now();
        let found = db
            .conn()
            .and_then(|conn| Ok(atmos_store::find_wave(conn, survey, label)?));
        let found = match found {
            Ok(found) => found,
            Err(e) => {
                if let Some(c) = &cached {
                    c.refreshing.store(false, Ordering::Release);
                }
                return Err(e);
            }
        };
        let Some(wave) = found else {
            self.forget_wave(survey, label);
            return Ok(None);
        };
        let wave = Arc::new(wave);
        if let Ok(mut waves) = self.waves.write() {
            waves.entry(survey.to_owned()).or_default().insert(
                label.to_owned(),
                CachedWave {
                    read,
                    wave: wave.clone(),
                    refreshing: Arc::new(AtomicBool::new(false)),
                },
            );
        }
        Ok(Some(wave))
    }

    /// Drops a cached wave, e.g. after a write found it no longer open.
    pub fn forget_wave(&self, survey: &str, label: &str) {
        if let Ok(mut waves) = self.waves.write()
            && let Some(labels) = waves.get_mut(survey)
        {
            labels.remove(label);
        }
    }

    /// The questionnaire a wave runs, parsed once per process.
    pub fn questionnaire(&self, db: &mut Db<'_>, id: i64) -> Result<Arc<Questionnaire>, WebError> {
        if let Some(q) = self
            .questionnaires
            .read()
            .ok()
            .and_then(|m| m.get(&id).cloned())
        {
            return Ok(q);
        }
        let stored = atmos_store::questionnaire(db.conn()?, id)?.ok_or_else(|| {
            WebError::Store(StoreError::Corrupt(format!(
                "questionnaire {id} is missing"
            )))
        })?;
        let survey = Survey::from_snapshot(stored.definition)
            .map_err(|source| WebError::Questionnaire { id, source })?;
        let with_texts = self.catalog.locales_with(&format!("survey-{}", survey.id));
        let available = survey
            .locales
            .iter()
            .filter_map(|l| l.parse::<LanguageIdentifier>().ok())
            .filter(|l| with_texts.contains(l))
            .collect();
        let q = Arc::new(Questionnaire {
            default_locale: survey.default_locale.parse().unwrap_or_default(),
            available,
            survey: Arc::new(survey),
        });
        if let Ok(mut m) = self.questionnaires.write() {
            m.insert(id, q.clone());
        }
        Ok(q)
    }
}

/// A request's database connection, checked out of the pool only when first needed: pages
/// served from the caches (a landing page, a 404) do not take one at all.
pub struct Db<'a> {
    pool: &'a PgPool,
    conn: Option<PooledConnection>,
    /// On the async thread, where waiting for the database would stall every request of the
    /// worker: asking for a connection fails with [`WebError::NeedsDatabase`].
    cache_only: bool,
}

impl std::fmt::Debug for Db<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Db")
            .field("checked_out", &self.conn.is_some())
            .field("cache_only", &self.cache_only)
            .finish_non_exhaustive()
    }
}

impl<'a> Db<'a> {
    pub fn new(pool: &'a PgPool) -> Self {
        Self {
            pool,
            conn: None,
            cache_only: false,
        }
    }

    /// A `Db` that never connects: for trying to serve a page from the caches alone.
    pub fn cache_only(pool: &'a PgPool) -> Self {
        Self {
            pool,
            conn: None,
            cache_only: true,
        }
    }

    /// Whether [`Db::conn`] may be asked for a connection (not a cache-only `Db`).
    pub fn may_connect(&self) -> bool {
        !self.cache_only
    }

    pub fn conn(&mut self) -> Result<&mut PgConnection, WebError> {
        if self.cache_only {
            return Err(WebError::NeedsDatabase);
        }
        let conn = match self.conn.take() {
            Some(conn) => conn,
            None => self.pool.get().map_err(StoreError::from)?,
        };
        // PooledConnection -> the pool's Connection -> PgConnection.
        Ok(&mut ***self.conn.insert(conn))
    }

    /// After a failed request: a connection the server closed must not go back to the pool.
    pub fn forget_if_lost(&mut self, error: &WebError) {
        if let (Some(conn), WebError::Store(error)) = (&mut self.conn, error) {
            conn.forget_if_lost(error);
        }
    }
}
