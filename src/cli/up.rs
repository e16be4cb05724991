//! `atmos up`: from an empty PostgreSQL to a database ready to take answers.

use std::path::Path;

use anyhow::Context as _;
use chrono::{Datelike, Utc};

use super::{database, demo, survey};

/// Returns the paths of the open survey forms. With `with_demo`, a survey without waves
/// other than this year's gets the synthetic demo waves (see `atmos demo`).
pub fn run(database_url: &str, surveys_dir: &Path, with_demo: bool) -> anyhow::Result<Vec<String>> {
    let mut conn = database::connect(database_url)?;
    let applied = database::migrate(&mut conn)?;
    println!("database ready ({} migration(s) applied)", applied.len());

    let mut dirs: Vec<_> = std::fs::read_dir(surveys_dir)
        .with_context(|| format!("cannot read {}", surveys_dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("survey.toml").is_file())
        .collect();
    dirs.sort();
    let label = Utc::now().year().to_string();
    let mut open = Vec::new();
    for dir in dirs {
        let loaded =
            survey::load(&dir, None).with_context(|| format!("cannot load {}", dir.display()))?;
        println!("{}", survey::store_survey(&mut conn, &loaded)?);
        let id = &loaded.survey.id;
        let existing = atmos_store::find_wave(&mut conn, id, &label)?;
        let status = match existing {
            Some(w) => w.status,
            None => {
                atmos_store::create_wave(
                    &mut conn,
                    &atmos_store::NewWave {
                        survey_id: id.clone(),
                        label: label.clone(),
                        opens_at: None,
                        closes_at: None,
                        invitation_required: false,
                    },
                )?;
                println!("created wave {id}/{label}");
                atmos_store::WaveStatus::Draft
            }
        };
        if status == atmos_store::WaveStatus::Draft {
            atmos_store::open_wave(&mut conn, id, &label)?;
            println!("opened wave {id}/{label} for answers");
            open.push(format!("/s/{id}/{label}"));
        } else {
            if status == atmos_store::WaveStatus::Open {
                open.push(format!("/s/{id}/{label}"));
            }
            println!("wave {id}/{label} is {}", status.as_str());
        }
        if with_demo {
            let earlier = atmos_store::list_waves(&mut conn, Some(id))?
                .iter()
                .any(|w| w.wave.label != label);
            if !earlier {
                println!("adding synthetic demo waves to {id} (leave them out with --no-demo)");
                demo::write_waves(&mut conn, &loaded.survey, &demo::Plan::default_waves()?)?;
            }
        }
    }
    if let Some(password) = super::user::first_admin(&mut conn)? {
        println!("created the first dashboard account: admin, one-time password {password}");
        println!(
            "(shown only now; change it at the first sign-in, or reset it with `atmos user reset-password admin`)"
        );
    }
    Ok(open)
}
