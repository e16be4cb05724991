//! PostgreSQL storage for atmos: the diesel schema and models, embedded migrations, the
//! connection pool, and the queries for surveys, waves, responses and invitations, the import
//! of whole earlier rounds ([`import_wave`]), and staff accounts, their sessions and the audit
//! log ([`create_user`], [`find_session`], [`record_audit`]).
//!
//! Everything is synchronous diesel; async callers run it on a blocking thread (actix's
//! `web::block`). Each function that writes more than one row runs in its own transaction.

mod accounts;
mod connection;
mod database_url;
mod error;
mod export;
mod import;
mod invitations;
mod margins;
mod microdata;
mod migrate;
pub mod models;
mod pool;
mod responses;
pub mod schema;
mod surveys;
mod waves;

#[cfg(feature = "testing")]
pub mod testing;

pub use accounts::{
    count_admins, count_users, create_session, create_user, delete_expired_sessions,
    delete_session, find_session, find_user, list_audit, list_users, record_audit, set_password,
    set_user_disabled,
};
pub use connection::{atomically, connect, ensure_database, ping};
pub use database_url::{
    DEFAULT_DATABASE_URL, database_name, redact, with_database, with_default_sslmode,
};
pub use error::StoreError;
pub use export::{
    EXPORT_COLUMNS, ExportError, ExportSummary, ExportedWave, export_answers_csv, export_waves,
};
pub use import::{ImportSummary, ImportedResponse, import_wave, try_import_wave};
pub use invitations::create_invitations;
pub use margins::{UploadedMargins, save_wave_margins, uploaded_margins};
pub use microdata::{Microdata, StoredValue, respondent_answers};
pub use migrate::{MIGRATIONS, MIGRATIONS_HASH, pending_migrations, revert_all, run_migrations};
pub use models::{
    Answer, AnswerValue, AuditEntry, NewAnswer, Questionnaire, Response, ResponseStatus, Role,
    Survey, User, UserSession, Wave, WaveStatus,
};
pub use pool::{
    Connection as PoolConnection, Manager, PgPool, PoolOptions, PooledConnection, pool, pool_with,
};
pub use responses::{
    ResponseEdit, ResponseWithAnswers, count_submitted, edit_response, find_response,
    find_response_with_answers, load_answers, response_counts, resume_response, save_answers,
    set_resume_hash, start_response, submit_response, submit_response_with_invitation,
    submitted_responses,
};
pub use surveys::{
    StoredQuestionnaire, SurveySummary, latest_questionnaire, list_surveys, questionnaire,
    store_questionnaire,
};
pub use waves::{
    NewWave, WaveSummary, close_wave, create_wave, find_wave, list_waves, open_wave,
    submitted_per_day, wave_by_id,
};

/// Re-exported so callers name the same diesel types this crate uses.
pub use diesel::PgConnection;
/// diesel's hook for watching every statement of the connections opened after it is set:
/// re-exported so tests (and diagnostics) can count what a request sends to PostgreSQL
/// without depending on diesel themselves.
pub use diesel::connection::{Instrumentation, InstrumentationEvent, set_default_instrumentation};
