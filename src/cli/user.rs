//! `atmos user add|list|disable|enable|reset-password`: staff accounts from the command line
//! (the first admin, and a way back in when every admin is locked out).

use std::process::ExitCode;

use anyhow::Context as _;
use atmos_store::Role;
use atmos_web::staff::password;
use clap::Subcommand;

use super::database;

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Add an account; prints a one-time password, to be changed at the first sign-in.
    Add {
        /// 2-64 characters: lowercase letters, digits, '.', '_' and '-'.
        username: String,
        /// admin, analyst or evaluator.
        #[arg(long)]
        role: Role,
    },
    /// List the accounts with their roles and states.
    List,
    /// Disable an account: its sessions end and it can no longer sign in.
    Disable { username: String },
    /// Enable a disabled account again.
    Enable { username: String },
    /// Give an account a new one-time password (its sessions end).
    ResetPassword { username: String },
}

pub fn run(cmd: UserCommand, database_url: &str) -> anyhow::Result<ExitCode> {
    let mut conn = database::connect(database_url)?;
    database::migrate(&mut conn)?;
    match cmd {
        UserCommand::Add { username, role } => {
            let one_time = password::one_time();
            let user = atmos_store::create_user(
                &mut conn,
                &username,
                role,
                &password::hash(&one_time)?,
                true,
            )?;
            atmos_store::record_audit(
                &mut conn,
                None,
                "user.added",
                &serde_json::json!({ "user": user.username, "role": role.as_str(), "via": "cli" }),
            )?;
            println!("added {} ({})", user.username, role.as_str());
            println!("one-time password: {one_time}");
        }
        UserCommand::List => {
            for u in atmos_store::list_users(&mut conn)? {
                let state = if u.disabled { "disabled" } else { "enabled" };
                println!("{}\t{}\t{state}", u.username, u.role.as_str());
            }
        }
        UserCommand::Disable { username } => set_disabled(&mut conn, &username, true)?,
        UserCommand::Enable { username } => set_disabled(&mut conn, &username, false)?,
        UserCommand::ResetPassword { username } => {
            let one_time = password::one_time();
            atmos_store::set_password(&mut conn, &username, &password::hash(&one_time)?, true)?;
            audit(&mut conn, "user.reset", &username)?;
            println!("new one-time password for {username}: {one_time}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn set_disabled(
    conn: &mut atmos_store::PgConnection,
    username: &str,
    disabled: bool,
) -> anyhow::Result<()> {
    atmos_store::set_user_disabled(conn, username, disabled)
        .with_context(|| format!("cannot change account {username:?}"))?;
    let action = if disabled { "disable" } else { "enable" };
    audit(conn, &format!("user.{action}"), username)?;
    println!("{username} {action}d");
    Ok(())
}

fn audit(conn: &mut atmos_store::PgConnection, action: &str, username: &str) -> anyhow::Result<()> {
    atmos_store::record_audit(
        conn,
        None,
        action,
        &serde_json::json!({ "user": username, "via": "cli" }),
    )?;
    Ok(())
}

/// The first run's admin: when there is no account at all, `admin` with a one-time
/// password (printed once). Returns the password if an account was made.
pub fn first_admin(conn: &mut atmos_store::PgConnection) -> anyhow::Result<Option<String>> {
    if atmos_store::count_users(conn)? > 0 {
        return Ok(None);
    }
    let one_time = password::one_time();
    let user = atmos_store::create_user(
        conn,
        "admin",
        Role::Admin,
        &password::hash(&one_time)?,
        true,
    )?;
    atmos_store::record_audit(
        conn,
        None,
        "user.added",
        &serde_json::json!({ "user": user.username, "role": "admin", "via": "first run" }),
    )?;
    Ok(Some(one_time))
}
