//! The audit log page for admins: who did what, when.

use super::*;

pub(super) struct AuditRow {
    at: String,
    user: String,
    action: String,
    detail: String,
}

#[derive(Template)]
#[template(path = "staff_audit.html")]
pub(super) struct AuditPage {
    chrome: Chrome,
    heading: Msg,
    lead: Msg,
    col_at: Msg,
    col_user: Msg,
    col_action: Msg,
    col_detail: Msg,
    rows: Vec<AuditRow>,
    back: Msg,
}

pub(super) async fn audit(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let r = StaffReq::new(&req, &state);
    run(state, move |state, db| {
        or_answer!(signed_in(state, db, &r, is_admin)?);
        let f = Frame::new(state, &r);
        let rows = atmos_store::list_audit(db.conn()?, 500)?
            .into_iter()
            .map(|e| AuditRow {
                at: e.at.format("%Y-%m-%d %H:%M:%S UTC").to_string(),
                user: e.username.unwrap_or_else(|| "–".into()),
                action: e.action,
                detail: e.detail.to_string(),
            })
            .collect();
        let heading = f.t("dash-audit-title");
        let page = AuditPage {
            chrome: f.chrome(&heading),
            heading,
            lead: f.t("dash-audit-lead"),
            col_at: f.t("dash-col-at"),
            col_user: f.t("dash-username"),
            col_action: f.t("dash-col-action"),
            col_detail: f.t("dash-col-detail"),
            rows,
            back: f.t("dash-home"),
        };
        Ok(f.page(StatusCode::OK, page.render()?))
    })
    .await
}
