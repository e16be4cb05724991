//! The dashboard's home: surveys and waves with their status and responses per day while a
//! wave is open, and for admins the wave actions and the form that creates a wave.

use super::*;

pub(super) struct WaveRow {
    survey: String,
    label: String,
    status: Msg,
    submitted: i64,
    /// Per day while the wave is open: (date, count).
    per_day: Vec<(String, i64)>,
    form_href: Option<String>,
    /// For admins: (action path, button text) to open or close the wave.
    transition: Option<(String, Msg)>,
    /// For admins, while the wave takes answers or is yet to: where to post for codes.
    invitations_action: Option<String>,
    /// For admins: the wave's population margins page.
    margins_href: Option<String>,
}

/// What admins see of a wave besides its figures.
pub(super) struct AdminTexts {
    col_actions: Msg,
    invitations_label: Msg,
    invitations_submit: Msg,
    create_heading: Msg,
    survey_label: Msg,
    label_label: Msg,
    label_hint: Msg,
    invitations_required: Msg,
    create_submit: Msg,
    audit_link: Msg,
    margins_link: Msg,
}

#[derive(Template)]
#[template(path = "staff_home.html")]
pub(super) struct HomePage {
    chrome: Chrome,
    heading: Msg,
    signed_in_as: Msg,
    waves_heading: Msg,
    col_survey: Msg,
    col_wave: Msg,
    col_status: Msg,
    col_submitted: Msg,
    per_day_heading: Msg,
    col_day: Msg,
    waves: Vec<WaveRow>,
    no_waves: Msg,
    users_link: Option<Msg>,
    password_link: Msg,
    logout: Msg,
    admin: Option<AdminTexts>,
    surveys: Vec<String>,
}

pub(super) async fn home(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let r = StaffReq::new(&req, &state);
    run(state, move |state, db| {
        let session = or_answer!(signed_in(state, db, &r, any_role)?);
        let f = Frame::new(state, &r);
        let mut waves = Vec::new();
        let admin = auth::may_manage_accounts(session.user.role);
        for w in atmos_store::list_waves(db.conn()?, None)? {
            let open = w.wave.status == WaveStatus::Open;
            let base = format!("/dashboard/waves/{}/{}", w.wave.survey_id, w.wave.label);
            let transition = match w.wave.status {
                WaveStatus::Draft => Some((format!("{base}/open"), f.t("dash-wave-open"))),
                WaveStatus::Open => Some((format!("{base}/close"), f.t("dash-wave-close"))),
                WaveStatus::Closed => None,
            }
            .filter(|_| admin);
            let invitations_action = (admin && w.wave.status != WaveStatus::Closed)
                .then(|| format!("{base}/invitations"));
            let per_day = if open {
                atmos_store::submitted_per_day(db.conn()?, w.wave.id)?
                    .into_iter()
                    .map(|(day, n)| (day.format("%Y-%m-%d").to_string(), n))
                    .collect()
            } else {
                Vec::new()
            };
            waves.push(WaveRow {
                margins_href: admin.then(|| format!("{base}/margins")),
                transition,
                invitations_action,
                form_href: open.then(|| format!("/s/{}/{}", w.wave.survey_id, w.wave.label)),
                survey: w.wave.survey_id,
                label: w.wave.label,
                status: f.t(&format!("dash-status-{}", w.wave.status.as_str())),
                submitted: w.responses_submitted,
                per_day,
            });
        }
        let mut surveys: Vec<String> = waves.iter().map(|w: &WaveRow| w.survey.clone()).collect();
        surveys.dedup();
        // Oldest wave first within a survey (labels are years), whatever order they were made in.
        waves.sort_by(|a, b| (&a.survey, &a.label).cmp(&(&b.survey, &b.label)));
        let mut args = FluentArgs::new();
        args.set("user", session.user.username.clone());
        args.set(
            "role",
            f.t(&format!("dash-role-{}", session.user.role.as_str()))
                .text
                .to_string(),
        );
        let heading = f.t("dash-home-title");
        let page = HomePage {
            chrome: f.chrome(&heading),
            heading,
            signed_in_as: f.texts().survey_args("dash-signed-in-as", &args),
            waves_heading: f.t("dash-waves-title"),
            col_survey: f.t("dash-col-survey"),
            col_wave: f.t("dash-col-wave"),
            col_status: f.t("dash-col-status"),
            col_submitted: f.t("dash-col-submitted"),
            per_day_heading: f.t("dash-per-day-title"),
            col_day: f.t("dash-col-day"),
            waves,
            no_waves: f.t("dash-no-waves"),
            users_link: auth::may_manage_accounts(session.user.role)
                .then(|| f.t("dash-users-title")),
            password_link: f.t("dash-password-title"),
            logout: f.t("dash-logout"),
            admin: admin.then(|| AdminTexts {
                col_actions: f.t("dash-col-actions"),
                invitations_label: f.t("dash-invitations-count"),
                invitations_submit: f.t("dash-invitations-submit"),
                create_heading: f.t("dash-wave-create-title"),
                survey_label: f.t("dash-col-survey"),
                label_label: f.t("dash-col-wave"),
                label_hint: f.t("dash-wave-label-hint"),
                invitations_required: f.t("dash-wave-invitations-required"),
                create_submit: f.t("dash-wave-create-submit"),
                audit_link: f.t("dash-audit-title"),
                margins_link: f.t("dash-margins-link"),
            }),
            surveys,
        };
        Ok(f.page(StatusCode::OK, page.render()?))
    })
    .await
}
