use std::path::PathBuf;

/// How the server runs; built by the binary from flags and environment.
#[derive(Debug, Clone)]
pub struct Config {
    pub database_url: String,
    pub bind: String,
    /// The `i18n/` directory with every locale's texts.
    pub i18n_dir: PathBuf,
    /// The survey definitions' directory: the report downloads read each survey's programme
    /// targets (`<id>/targets.toml`) from it. `None`: reports without targets.
    pub surveys_dir: Option<PathBuf>,
    /// Mark cookies `Secure` (on for anything but local development over plain HTTP).
    pub secure_cookies: bool,
    /// POST requests (start, save, submit, resume) one client may make per minute.
    pub posts_per_minute: u32,
    pub workers: usize,
    pub pool_size: u32,
}
