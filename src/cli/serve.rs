//! `atmos serve`: the web server.

use std::net::{SocketAddr, TcpListener};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::Args;

use super::database;

#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "ATMOS_BIND", default_value = "127.0.0.1:8080")]
    pub bind: String,
    /// Directory holding the survey definitions (`atmos up` loads them; the dashboard's report
    /// reads their programme targets).
    #[arg(long, env = "ATMOS_SURVEYS", default_value = "surveys")]
    pub surveys: PathBuf,
    /// The i18n directory with every locale's texts.
    #[arg(long, env = "ATMOS_I18N", default_value = "i18n")]
    pub i18n: PathBuf,
    /// Mark cookies Secure (HTTPS only). Default: on unless listening on loopback.
    #[arg(long, env = "ATMOS_SECURE_COOKIES")]
    pub secure_cookies: Option<bool>,
    /// POST requests one client may make per minute (start, pages, submit, resume).
    #[arg(long, env = "ATMOS_POSTS_PER_MINUTE", default_value_t = 120)]
    pub posts_per_minute: u32,
    /// Worker threads (default: one per core).
    #[arg(long, env = "ATMOS_WORKERS")]
    pub workers: Option<usize>,
}

pub fn run(args: &ServeArgs, database_url: &str) -> anyhow::Result<ExitCode> {
    // Migrations run at start (under an advisory lock, so several servers can start at once).
    drop(database::ready(database_url)?);
    let listener =
        TcpListener::bind(&args.bind).with_context(|| format!("cannot listen on {}", args.bind))?;
    let addr: SocketAddr = listener.local_addr()?;
    let workers = args
        .workers
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()));
    let config = atmos_web::Config {
        database_url: database_url.to_string(),
        bind: args.bind.clone(),
        i18n_dir: args.i18n.clone(),
        surveys_dir: Some(args.surveys.clone()),
        secure_cookies: args.secure_cookies.unwrap_or(!addr.ip().is_loopback()),
        posts_per_minute: args.posts_per_minute,
        workers,
        pool_size: (workers as u32 * 4).max(8),
    };
    let state = atmos_web::AppState::new(&config).context("starting the web server")?;
    println!("atmos is listening on http://{addr}");
    actix_web::rt::System::new().block_on(async move {
        let server = atmos_web::build(state, listener, workers)?;
        server.await
    })?;
    Ok(ExitCode::SUCCESS)
}
