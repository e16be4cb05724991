//! Wave actions for admins: create, open and close waves, and make invitation codes.

use super::*;

/// A store error of a wave action as the page that explains it, or the error itself.
pub(super) fn wave_refusal(f: &Frame<'_>, e: StoreError) -> Result<Outcome, WebError> {
    match e {
        StoreError::UnknownWave { .. } | StoreError::UnknownSurvey(_) => {
            refusal(f, StatusCode::NOT_FOUND, "dash-error-unknown-wave")
        }
        StoreError::InvalidTransition { .. } => {
            refusal(f, StatusCode::CONFLICT, "dash-error-transition")
        }
        StoreError::WaveOverlap { .. } => refusal(f, StatusCode::CONFLICT, "dash-error-overlap"),
        StoreError::WaveExists { .. } => refusal(f, StatusCode::CONFLICT, "dash-error-wave-exists"),
        StoreError::WaveClosed { .. } => refusal(f, StatusCode::CONFLICT, "dash-error-wave-closed"),
        e => Err(e.into()),
    }
}

pub(super) fn wave_params(req: &HttpRequest) -> (String, String) {
    let info = req.match_info();
    let get = |k: &str| -> String { info.get(k).unwrap_or_default().chars().take(100).collect() };
    (get("survey"), get("label"))
}

pub(super) async fn wave_action(
    req: HttpRequest,
    body: Result<Bytes, actix_web::Error>,
    state: web::Data<AppState>,
) -> HttpResponse {
    if let Err(resp) = posted(&req, &body) {
        return resp;
    }
    let r = StaffReq::new(&req, &state);
    let (survey, label) = wave_params(&req);
    let action: String = req
        .match_info()
        .get("action")
        .unwrap_or_default()
        .chars()
        .take(16)
        .collect();
    run(state, move |state, db| {
        let admin = or_answer!(signed_in(state, db, &r, is_admin)?).user;
        let f = Frame::new(state, &r);
        let open = match action.as_str() {
            "open" => true,
            "close" => false,
            _ => return refusal(&f, StatusCode::NOT_FOUND, "dash-error-action"),
        };
        let changed = atmos_store::atomically(db.conn()?, |conn| {
            if open {
                atmos_store::open_wave(conn, &survey, &label)?;
            } else {
                atmos_store::close_wave(conn, &survey, &label)?;
            }
            atmos_store::record_audit(
                conn,
                Some(&admin),
                &format!("wave.{action}"),
                &serde_json::json!({ "survey": survey, "wave": label }),
            )
        });
        match changed {
            Ok(()) => {
                // The forms notice at once, not after their cache's second.
                state.forget_wave(&survey, &label);
                Ok(redirect("/dashboard"))
            }
            Err(e) => wave_refusal(&f, e),
        }
    })
    .await
}

pub(super) async fn create_wave(
    req: HttpRequest,
    body: Result<Bytes, actix_web::Error>,
    state: web::Data<AppState>,
) -> HttpResponse {
    let posted = match posted(&req, &body) {
        Ok(p) => p,
        Err(resp) => return resp,
    };
    let r = StaffReq::new(&req, &state);
    let field = |k: &str| posted.control(k).unwrap_or_default().trim().to_string();
    let (survey, label) = (field("_survey"), field("_label"));
    let invitation_required = posted.control("_invitations") == Some("yes");
    run(state, move |state, db| {
        let admin = or_answer!(signed_in(state, db, &r, is_admin)?).user;
        let f = Frame::new(state, &r);
        // A label names the wave in addresses: short, plain characters.
        let label_ok = (1..=32).contains(&label.len())
            && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !label_ok {
            return refusal(&f, StatusCode::UNPROCESSABLE_ENTITY, "dash-error-wave-label");
        }
        let new = atmos_store::NewWave {
            survey_id: survey.clone(),
            label: label.clone(),
            opens_at: None,
            closes_at: None,
            invitation_required,
        };
        let created = atmos_store::atomically(db.conn()?, |conn| {
            atmos_store::create_wave(conn, &new)?;
            atmos_store::record_audit(
                conn,
                Some(&admin),
                "wave.create",
                &serde_json::json!({ "survey": survey, "wave": label, "invitations": invitation_required }),
            )
        });
        match created {
            Ok(()) => Ok(redirect("/dashboard")),
            Err(e) => wave_refusal(&f, e),
        }
    })
    .await
}

/// Most codes one request makes: a city's mailing in batches.
pub(super) const MAX_INVITATIONS: usize = 10_000;

pub(super) async fn invitations(
    req: HttpRequest,
    body: Result<Bytes, actix_web::Error>,
    state: web::Data<AppState>,
) -> HttpResponse {
    let posted = match posted(&req, &body) {
        Ok(p) => p,
        Err(resp) => return resp,
    };
    let r = StaffReq::new(&req, &state);
    let (survey, label) = wave_params(&req);
    let count = posted
        .control("_count")
        .and_then(|c| c.trim().parse::<usize>().ok());
    run(state, move |state, db| {
        let admin = or_answer!(signed_in(state, db, &r, is_admin)?).user;
        let f = Frame::new(state, &r);
        let Some(count) = count.filter(|n| (1..=MAX_INVITATIONS).contains(n)) else {
            return refusal(
                &f,
                StatusCode::UNPROCESSABLE_ENTITY,
                "dash-error-invitations-count",
            );
        };
        let Some(wave) = atmos_store::find_wave(db.conn()?, &survey, &label)? else {
            return refusal(&f, StatusCode::NOT_FOUND, "dash-error-unknown-wave");
        };
        let codes: Vec<String> = (0..count)
            .map(|_| crate::codes::new_invitation_code())
            .collect();
        let hashes: Vec<[u8; 32]> = codes.iter().map(|c| crate::codes::hash(c)).collect();
        let made = atmos_store::atomically(db.conn()?, |conn| {
            atmos_store::create_invitations(conn, wave.id, &hashes)?;
            atmos_store::record_audit(
                conn,
                Some(&admin),
                "wave.invitations",
                &serde_json::json!({ "survey": survey, "wave": label, "count": count }),
            )
        });
        if let Err(e) = made {
            return wave_refusal(&f, e);
        }
        let mut csv = String::from("code\n");
        for c in &codes {
            csv.push_str(c);
            csv.push('\n');
        }
        // The only copy of the codes: only their hashes are stored.
        Ok(Outcome::File {
            content_type: "text/csv; charset=utf-8".into(),
            name: format!("invitations-{survey}-{label}.csv"),
            bytes: csv.into_bytes(),
        })
    })
    .await
}
