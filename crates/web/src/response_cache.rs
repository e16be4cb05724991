//! Responses in progress as this process last stored or read them, so that showing a page
//! needs no database round trip.
//!
//! Every change to a response goes through this process's handlers, which update the cache
//! after the transaction committed (or drop the entry when the outcome is unclear). A page is
//! *shown* from the cache; everything *stored* is still validated against the answers read
//! under the response's lock, so a stale entry can never cause a wrong write. Should several
//! processes serve one database, a respondent switched between them could see a page
//! pre-filled with answers up to [`crate::Tuning::response_cache_ttl`] old; the check page
//! before submitting always reads the database.

use std::sync::Arc;
use std::time::{Duration, Instant};

use atmos_survey::ResponseAnswers;
use quick_cache::sync::Cache;
use uuid::Uuid;

/// Where a response stands.
#[derive(Debug, Clone)]
pub enum Cached {
    InProgress(Arc<ResponseAnswers>),
    Submitted,
}

#[derive(Debug, Clone)]
struct Entry {
    wave_id: i64,
    stored: Instant,
    state: Cached,
}

#[derive(Debug)]
pub struct ResponseCache {
    /// `None` when the capacity is 0: every page reads the database.
    entries: Option<Cache<Uuid, Entry>>,
    ttl: Duration,
}

impl ResponseCache {
    pub fn new(capacity: usize, ttl: Duration) -> Self {
        Self {
            entries: (capacity > 0).then(|| Cache::new(capacity)),
            ttl,
        }
    }

    /// The response's wave and state, if known here and not older than the time to live.
    pub fn get(&self, id: Uuid) -> Option<(i64, Cached)> {
        let entries = self.entries.as_ref()?;
        let entry = entries.get(&id)?;
        if entry.stored.elapsed() >= self.ttl {
            entries.remove(&id);
            return None;
        }
        Some((entry.wave_id, entry.state))
    }

    /// Records the response as just read from or written to the database. Only responses that
    /// exist are put here, so ids made up by a visitor cannot fill the cache.
    pub fn put(&self, id: Uuid, wave_id: i64, state: Cached) {
        if let Some(entries) = &self.entries {
            entries.insert(
                id,
                Entry {
                    wave_id,
                    stored: Instant::now(),
                    state,
                },
            );
        }
    }

    /// Forgets a response whose state is not known for sure (a failed write).
    pub fn forget(&self, id: Uuid) {
        if let Some(entries) = &self.entries {
            entries.remove(&id);
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

    use super::*;

    fn in_progress(cached: Option<(i64, Cached)>) -> Option<i64> {
        match cached {
            Some((wave, Cached::InProgress(_))) => Some(wave),
            _ => None,
        }
    }

    #[test]
    fn keeps_what_was_put_and_forgets_on_request() {
        let cache = ResponseCache::new(16, Duration::from_secs(3600));
        let id = Uuid::new_v4();
        assert!(cache.get(id).is_none());
        cache.put(id, 7, Cached::InProgress(Arc::new(ResponseAnswers::new())));
        assert_eq!(in_progress(cache.get(id)), Some(7));
        cache.put(id, 7, Cached::Submitted);
        assert!(matches!(cache.get(id), Some((7, Cached::Submitted))));
        cache.forget(id);
        assert!(cache.get(id).is_none());
    }

    #[test]
    fn an_entry_expires_after_its_time_to_live() {
        let cache = ResponseCache::new(16, Duration::from_millis(30));
        let id = Uuid::new_v4();
        cache.put(id, 1, Cached::Submitted);
        assert!(cache.get(id).is_some());
        std::thread::sleep(Duration::from_millis(40));
        assert!(cache.get(id).is_none());
    }

    #[test]
    fn capacity_zero_keeps_nothing() {
        let cache = ResponseCache::new(0, Duration::from_secs(3600));
        let id = Uuid::new_v4();
        cache.put(id, 1, Cached::Submitted);
        assert!(cache.get(id).is_none());
    }

    #[test]
    fn the_cache_stays_within_its_capacity() {
        let cache = ResponseCache::new(100, Duration::from_secs(3600));
        let ids: Vec<Uuid> = (0..1000).map(|_| Uuid::new_v4()).collect();
        for id in &ids {
            cache.put(*id, 1, Cached::Submitted);
        }
        let kept = ids.iter().filter(|id| cache.get(**id).is_some()).count();
        assert!(kept > 0 && kept <= 100, "{kept} kept");
    }
}
