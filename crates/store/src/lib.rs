//! PostgreSQL storage for atmos: the diesel schema and models, embedded migrations, the
//! connection pool, and the queries for surveys, waves, responses and invitations, and the
//! import of whole earlier rounds ([`import_wave`]).
//!
//! Everything is synchronous diesel; async callers run it on a blocking thread (actix's
//! `web::block`). Each function that writes more than one row runs in its own transaction.

mod connection;
mod database_url;
mod error;
mod export;
mod import;
mod invitations;
mod migrate;
pub mod models;
mod pool;
mod responses;
pub mod schema;
mod surveys;
mod waves;

#[cfg(feature = "testing")]
pub mod testing;

pub use connection::{connect, ensure_database, ping};
pub use database_url::{DEFAULT_DATABASE_URL, database_name, redact, with_database};
pub use error::StoreError;
pub use export::{
    EXPORT_COLUMNS, ExportError, ExportSummary, ExportedWave, export_answers_csv, export_waves,
};
pub use import::{ImportSummary, ImportedResponse, import_wave, try_import_wave};
pub use invitations::create_invitations;
pub use migrate::{MIGRATIONS, MIGRATIONS_HASH, pending_migrations, revert_all, run_migrations};
pub use models::{
    Answer, AnswerValue, NewAnswer, Questionnaire, Response, ResponseStatus, Survey, Wave,
    WaveStatus,
};
pub use pool::{PgPool, PooledConnection, pool};
pub use responses::{
    count_submitted, find_response, load_answers, response_counts, resume_response, save_answers,
    set_resume_hash, start_response, submit_response, submit_response_with_invitation,
    submitted_responses,
};
pub use surveys::{
    StoredQuestionnaire, SurveySummary, latest_questionnaire, list_surveys, questionnaire,
    store_questionnaire,
};
pub use waves::{
    NewWave, WaveSummary, close_wave, create_wave, find_wave, list_waves, open_wave, wave_by_id,
};

/// Re-exported so callers name the same diesel types this crate uses.
pub use diesel::PgConnection;
