//! Shared state of all workers: the pool, the texts, the questionnaires and waves in use,
//! limits.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use atmos_i18n::{Catalog, LanguageIdentifier};
use atmos_store::{PgConnection, PgPool, PoolOptions, PooledConnection, StoreError, Wave};
use atmos_survey::Survey;

use crate::config::Config;
use crate::error::WebError;
use crate::ratelimit::RateLimit;
use crate::texts::TextCache;

/// Settings that are not the operator's business: how long things are cached. Tests
/// change them to make timing deterministic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tuning {
    /// How long a wave's row is reused before it is read again. A wave closed meanwhile can
    /// still be shown as open for this long, but nothing can be stored in it: every write
    /// locks the wave and checks it is open.
    pub wave_cache_ttl: Duration,
    pub pool: PoolOptions,
}

impl Default for Tuning {
    fn default() -> Self {
        Self {
            wave_cache_ttl: Duration::from_secs(1),
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

/// A wave's row and when it was read.
type CachedWave = (Instant, Arc<Wave>);

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
    pub limiter: RateLimit,
    pub secure_cookies: bool,
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
            limiter: RateLimit::per_minute(config.posts_per_minute),
            secure_cookies: config.secure_cookies,
        })
    }

    /// The wave `label` of `survey`, read from the database at most once per
    /// [`Tuning::wave_cache_ttl`].
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
                .filter(|(read, _)| read.elapsed() < self.wave_cache_ttl)
                .map(|(_, wave)| wave.clone())
        });
        if cached.is_some() {
            return Ok(cached);
        }
        let read = Instant::now();
        let Some(wave) = atmos_store::find_wave(db.conn()?, survey, label)? else {
            self.forget_wave(survey, label);
            return Ok(None);
        };
        let wave = Arc::new(wave);
        if let Ok(mut waves) = self.waves.write() {
            waves
                .entry(survey.to_owned())
                .or_default()
                .insert(label.to_owned(), (read, wave.clone()));
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
}

impl std::fmt::Debug for Db<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Db")
            .field("checked_out", &self.conn.is_some())
            .finish_non_exhaustive()
    }
}

impl<'a> Db<'a> {
    pub fn new(pool: &'a PgPool) -> Self {
        Self { pool, conn: None }
    }

    pub fn conn(&mut self) -> Result<&mut PgConnection, WebError> {
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
