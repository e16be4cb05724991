//! Shared state of all workers: the pool, the texts, the questionnaires in use, limits.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use atmos_i18n::Catalog;
use atmos_store::PgPool;
use atmos_survey::Survey;

use crate::config::Config;
use crate::error::WebError;
use crate::ratelimit::RateLimit;

#[derive(Debug)]
pub struct AppState {
    pub pool: PgPool,
    pub catalog: Catalog,
    /// Parsed questionnaire snapshots by id: immutable once stored, so caching is safe.
    questionnaires: RwLock<HashMap<i64, Arc<Survey>>>,
    pub limiter: RateLimit,
    pub secure_cookies: bool,
}

impl AppState {
    pub fn new(config: &Config) -> Result<Self, WebError> {
        let fi = "fi".parse().unwrap_or_default();
        Ok(Self {
            pool: atmos_store::pool(&config.database_url, config.pool_size)?,
            catalog: Catalog::load(&config.i18n_dir, fi)?,
            questionnaires: RwLock::new(HashMap::new()),
            limiter: RateLimit::per_minute(config.posts_per_minute),
            secure_cookies: config.secure_cookies,
        })
    }

    /// The questionnaire a wave runs, parsed once per process.
    pub fn questionnaire(
        &self,
        conn: &mut atmos_store::PgConnection,
        id: i64,
    ) -> Result<Arc<Survey>, WebError> {
        if let Some(s) = self
            .questionnaires
            .read()
            .ok()
            .and_then(|m| m.get(&id).cloned())
        {
            return Ok(s);
        }
        let stored = atmos_store::questionnaire(conn, id)?.ok_or_else(|| {
            WebError::Store(atmos_store::StoreError::Corrupt(format!(
                "questionnaire {id} is missing"
            )))
        })?;
        let survey = Survey::from_snapshot(stored.definition)
            .map_err(|source| WebError::Questionnaire { id, source })?;
        let survey = Arc::new(survey);
        if let Ok(mut m) = self.questionnaires.write() {
            m.insert(id, survey.clone());
        }
        Ok(survey)
    }
}
