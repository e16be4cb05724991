//! The staff dashboard over real HTTP on a real database: sign-in, sessions, roles,
//! password changes, account management, throttling, CSRF and the audit log.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

mod common;

use atmos_store::Role;
use atmos_web::staff::password;
use common::{Browser, Setup, TestApp, spawn_app, spawn_app_with};

const PASSWORD: &str = "a long enough password";

fn fields(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// An account with a password of its own (no change needed).
fn add_user(app: &TestApp, name: &str, role: Role) {
    atmos_store::create_user(
        &mut app.conn(),
        name,
        role,
        &password::hash(PASSWORD).unwrap(),
        false,
    )
    .unwrap();
}

async fn sign_in(app: &TestApp, name: &str, pw: &str) -> (Browser, common::Page) {
    let b = app.browser_in("en");
    b.get("/dashboard/login").await.expect_status(200);
    let page = b
        .post(
            "/dashboard/login",
            &fields(&[("_username", name), ("_password", pw)]),
        )
        .await;
    (b, page)
}

async fn signed_in(app: &TestApp, name: &str) -> Browser {
    let (b, page) = sign_in(app, name, PASSWORD).await;
    page.expect_redirect("/dashboard");
    b
}

fn audit_actions(app: &TestApp) -> Vec<String> {
    atmos_store::list_audit(&mut app.conn(), 100)
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect()
}

#[tokio::test]
async fn anonymous_visitors_are_sent_to_the_sign_in_page() {
    let app = spawn_app();
    let b = app.browser_in("fi");
    for path in ["/dashboard", "/dashboard/users", "/dashboard/password"] {
        b.get(path).await.expect_redirect("/dashboard/login");
    }
    let login = b.get("/dashboard/login").await;
    login
        .expect_status(200)
        .expect_contains("<html lang=\"fi\" dir=\"ltr\">")
        .expect_contains(&text("fi", "dash-login-title"));
    // A POST with a valid CSRF token but no session changes nothing.
    b.post(
        "/dashboard/users",
        &fields(&[("_username", "eve"), ("_role", "admin")]),
    )
    .await
    .expect_redirect("/dashboard/login");
    assert!(
        atmos_store::find_user(&mut app.conn(), "eve")
            .unwrap()
            .is_none()
    );
}

fn text(locale: &str, id: &str) -> String {
    common::dashboard_text(locale, id)
}

#[tokio::test]
async fn a_wrong_password_or_unknown_user_is_refused_with_a_clear_message() {
    let app = spawn_app();
    add_user(&app, "anna", Role::Analyst);
    for (name, pw) in [
        ("anna", "wrong password!"),
        ("nobody", PASSWORD),
        ("anna", ""),
    ] {
        let (b, page) = sign_in(&app, name, pw).await;
        let (status, message) = if pw.is_empty() {
            (422, "dash-error-login-empty")
        } else {
            (401, "dash-error-login")
        };
        page.expect_status(status)
            .expect_contains(&text("en", message))
            // The username typed is kept; the password is not echoed back.
            .expect_contains(&format!("value=\"{name}\""))
            .expect_not_contains(PASSWORD);
        assert!(b.cookie("/", "atmos_staff").is_none());
        b.get("/dashboard")
            .await
            .expect_redirect("/dashboard/login");
    }
    let actions = audit_actions(&app);
    assert_eq!(actions.iter().filter(|a| *a == "login.failed").count(), 2);
    assert!(!actions.contains(&"login".to_string()));
}

#[tokio::test]
async fn sign_in_shows_the_waves_and_sign_out_ends_the_session() {
    let app = spawn_app();
    add_user(&app, "eeva", Role::Evaluator);
    let b = signed_in(&app, "eeva").await;
    let home = b.get("/dashboard").await;
    home.expect_status(200)
        .expect_contains("eeva")
        .expect_contains(&text("en", "dash-role-evaluator"))
        .expect_contains("oulu-atmosphere")
        .expect_contains(&text("en", "dash-status-open"))
        // Only admins get the link to the accounts.
        .expect_not_contains("/dashboard/users");
    let token = b.cookie("/", "atmos_staff").unwrap();

    // Signing out without the form's token is refused and leaves the session.
    b.post_without_csrf("/dashboard/logout", &[])
        .await
        .expect_status(403);
    b.get("/dashboard").await.expect_status(200);

    b.post("/dashboard/logout", &[])
        .await
        .expect_redirect("/dashboard/login");
    b.get("/dashboard")
        .await
        .expect_redirect("/dashboard/login");
    // The old token is dead on the server too, not only forgotten by the browser.
    let other = app.browser_in("en");
    other.get("/dashboard/login").await;
    let stale = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .get(format!("{}/dashboard", other.origin))
        .header("Cookie", format!("atmos_staff={token}"))
        .send()
        .await
        .unwrap();
    assert_eq!(stale.status().as_u16(), 303);
    let actions = audit_actions(&app);
    assert!(actions.contains(&"login".into()) && actions.contains(&"logout".into()));
}

#[tokio::test]
async fn a_sign_in_without_the_csrf_token_is_refused() {
    let app = spawn_app();
    add_user(&app, "anna", Role::Analyst);
    let b = app.browser_in("en");
    b.get("/dashboard/login").await;
    b.post_without_csrf(
        "/dashboard/login",
        &fields(&[
            ("_username", "anna"),
            ("_password", PASSWORD),
            ("_csrf", "forged"),
        ]),
    )
    .await
    .expect_status(403);
    assert!(b.cookie("/", "atmos_staff").is_none());
}

#[tokio::test]
async fn an_expired_session_or_a_disabled_account_signs_out() {
    use diesel::RunQueryDsl;
    let app = spawn_app();
    add_user(&app, "admin1", Role::Admin);
    add_user(&app, "anna", Role::Analyst);
    let b = signed_in(&app, "anna").await;
    b.get("/dashboard").await.expect_status(200);
    diesel::sql_query("UPDATE user_sessions SET expires_at = now() - interval '1 minute'")
        .execute(&mut app.conn())
        .unwrap();
    b.get("/dashboard")
        .await
        .expect_redirect("/dashboard/login");

    let b = signed_in(&app, "anna").await;
    let admin = signed_in(&app, "admin1").await;
    admin.get("/dashboard/users").await.expect_status(200);
    admin
        .post("/dashboard/users/anna/disable", &[])
        .await
        .expect_redirect("/dashboard/users");
    b.get("/dashboard")
        .await
        .expect_redirect("/dashboard/login");
    let (_, page) = sign_in(&app, "anna", PASSWORD).await;
    page.expect_status(401);
    admin
        .post("/dashboard/users/anna/enable", &[])
        .await
        .expect_redirect("/dashboard/users");
    signed_in(&app, "anna").await;
}

#[tokio::test]
async fn roles_by_route() {
    let app = spawn_app();
    add_user(&app, "admin1", Role::Admin);
    add_user(&app, "anna", Role::Analyst);
    add_user(&app, "eeva", Role::Evaluator);
    for (name, role) in [
        ("admin1", Role::Admin),
        ("anna", Role::Analyst),
        ("eeva", Role::Evaluator),
    ] {
        let b = signed_in(&app, name).await;
        let admin = role == Role::Admin;
        b.get("/dashboard").await.expect_status(200);
        b.get("/dashboard/password").await.expect_status(200);
        b.get("/dashboard/users")
            .await
            .expect_status(if admin { 200 } else { 403 });
        let new_name = format!("new-{name}");
        let added = b
            .post(
                "/dashboard/users",
                &fields(&[("_username", &new_name), ("_role", "admin")]),
            )
            .await;
        added.expect_status(if admin { 200 } else { 403 });
        assert_eq!(
            atmos_store::find_user(&mut app.conn(), &new_name)
                .unwrap()
                .is_some(),
            admin,
            "{name} adding an admin"
        );
        for action in ["disable", "reset"] {
            let path = format!("/dashboard/users/eeva/{action}");
            let page = b.post(&path, &[]).await;
            if !admin {
                page.expect_status(403);
            }
        }
        let eeva = atmos_store::find_user(&mut app.conn(), "eeva")
            .unwrap()
            .unwrap();
        assert_eq!(eeva.disabled, admin, "{name}");
        if admin {
            b.post("/dashboard/users/eeva/enable", &[]).await;
            atmos_store::set_password(
                &mut app.conn(),
                "eeva",
                &password::hash(PASSWORD).unwrap(),
                false,
            )
            .unwrap();
        }
    }
}

#[tokio::test]
async fn an_admin_adds_an_account_whose_one_time_password_must_be_changed() {
    let app = spawn_app();
    add_user(&app, "admin1", Role::Admin);
    let admin = signed_in(&app, "admin1").await;
    admin.get("/dashboard/users").await;

    // Bad input: a specific message, nothing stored.
    for (name, role, status, message) in [
        ("<b>x</b>", "analyst", 422, "dash-error-username"),
        ("ok-name", "", 422, "dash-error-role"),
        ("ok-name", "boss", 422, "dash-error-role"),
        ("admin1", "analyst", 409, "dash-error-username-taken"),
    ] {
        let page = admin
            .post(
                "/dashboard/users",
                &fields(&[("_username", name), ("_role", role)]),
            )
            .await;
        page.expect_status(status)
            .expect_contains(&text("en", message))
            .expect_not_contains("<b>x</b>");
    }
    assert_eq!(atmos_store::count_users(&mut app.conn()).unwrap(), 1);

    let page = admin
        .post(
            "/dashboard/users",
            &fields(&[("_username", "anna"), ("_role", "analyst")]),
        )
        .await;
    page.expect_status(200);
    let one_time = page.code().expect("the one-time password is shown");
    let (b, signed) = sign_in(&app, "anna", &one_time).await;
    signed.expect_redirect("/dashboard/password");
    // Nothing else until the password is changed.
    b.get("/dashboard")
        .await
        .expect_redirect("/dashboard/password");
    let form = b.get("/dashboard/password").await;
    form.expect_status(200)
        .expect_contains(&text("en", "dash-password-must-change"));

    let change = |current: &str, new: &str, confirm: &str| {
        fields(&[("_current", current), ("_new", new), ("_confirm", confirm)])
    };
    for (attempt, field) in [
        (
            change("wrong", "another long password", "another long password"),
            "f-current",
        ),
        (change(&one_time, "short", "short"), "f-new"),
        (
            change(
                &one_time,
                "another long password",
                "different long password",
            ),
            "f-confirm",
        ),
    ] {
        let page = b.post("/dashboard/password", &attempt).await;
        page.expect_status(422)
            .expect_contains(&format!("href=\"#{field}\""));
    }
    b.post(
        "/dashboard/password",
        &change(&one_time, "another long password", "another long password"),
    )
    .await
    .expect_redirect("/dashboard");
    b.get("/dashboard").await.expect_status(200);
    // The one-time password no longer works; the new one does.
    let (_, page) = sign_in(&app, "anna", &one_time).await;
    page.expect_status(401);
    let (_, page) = sign_in(&app, "anna", "another long password").await;
    page.expect_redirect("/dashboard");
    let actions = audit_actions(&app);
    assert!(actions.contains(&"user.added".into()));
    assert!(actions.contains(&"password.changed".into()));
}

#[tokio::test]
async fn the_last_admin_cannot_be_disabled() {
    let app = spawn_app();
    add_user(&app, "admin1", Role::Admin);
    let admin = signed_in(&app, "admin1").await;
    admin.get("/dashboard/users").await;
    admin
        .post("/dashboard/users/admin1/disable", &[])
        .await
        .expect_status(409)
        .expect_contains(&text("en", "dash-error-last-admin"));
    admin
        .post("/dashboard/users/nobody/disable", &[])
        .await
        .expect_status(404);
    assert!(
        !atmos_store::find_user(&mut app.conn(), "admin1")
            .unwrap()
            .unwrap()
            .disabled
    );
}

#[tokio::test]
async fn sign_in_attempts_are_throttled_per_username() {
    let app = spawn_app_with(Setup {
        tuning: atmos_web::Tuning {
            login_attempts: 3,
            ..atmos_web::Tuning::default()
        },
        ..Setup::default()
    });
    add_user(&app, "anna", Role::Analyst);
    add_user(&app, "eeva", Role::Evaluator);
    for _ in 0..3 {
        let (_, page) = sign_in(&app, "anna", "wrong password!").await;
        page.expect_status(401);
    }
    // Even the right password waits now; another account does not.
    let (b, page) = sign_in(&app, "anna", PASSWORD).await;
    page.expect_status(429)
        .expect_contains(&text("en", "dash-error-throttled"));
    assert!(b.cookie("/", "atmos_staff").is_none());
    signed_in(&app, "eeva").await;
}

#[tokio::test]
async fn admins_run_waves_and_make_invitation_codes_others_cannot() {
    let app = spawn_app();
    add_user(&app, "admin1", Role::Admin);
    add_user(&app, "anna", Role::Analyst);
    let survey = common::SURVEY;
    let create = |label: &str| {
        fields(&[
            ("_survey", survey),
            ("_label", label),
            ("_invitations", "yes"),
        ])
    };

    // Analysts (and evaluators) see the waves but cannot change them.
    let analyst = signed_in(&app, "anna").await;
    analyst
        .get("/dashboard")
        .await
        .expect_status(200)
        .expect_not_contains("/dashboard/waves/");
    analyst
        .post("/dashboard/waves", &create("2028"))
        .await
        .expect_status(403);
    analyst
        .post(&format!("/dashboard/waves/{survey}/2026/close"), &[])
        .await
        .expect_status(403);
    analyst
        .post(
            &format!("/dashboard/waves/{survey}/2026/invitations"),
            &fields(&[("_count", "5")]),
        )
        .await
        .expect_status(403);
    analyst.get("/dashboard/audit").await.expect_status(403);
    assert!(
        atmos_store::find_wave(&mut app.conn(), survey, "2028")
            .unwrap()
            .is_none()
    );

    let admin = signed_in(&app, "admin1").await;
    admin
        .get("/dashboard")
        .await
        .expect_contains(&format!("/dashboard/waves/{survey}/2026/close"));
    // Bad input: a specific refusal, nothing changed.
    for (form, status, key) in [
        (create("no/slashes"), 422, "dash-error-wave-label"),
        (create("2026"), 409, "dash-error-wave-exists"),
        (
            fields(&[("_survey", "no-such-survey"), ("_label", "2028")]),
            404,
            "dash-error-unknown-wave",
        ),
    ] {
        admin
            .post("/dashboard/waves", &form)
            .await
            .expect_status(status)
            .expect_contains(&text("en", key));
    }
    admin
        .post("/dashboard/waves", &create("2028"))
        .await
        .expect_redirect("/dashboard");
    let draft = atmos_store::find_wave(&mut app.conn(), survey, "2028")
        .unwrap()
        .unwrap();
    assert_eq!(draft.status, atmos_store::WaveStatus::Draft);
    assert!(draft.invitation_required);

    // Codes: a CSV with the codes, stored only as hashes; bad counts refused.
    for count in ["0", "abc", "10001"] {
        admin
            .post(
                &format!("/dashboard/waves/{survey}/2028/invitations"),
                &fields(&[("_count", count)]),
            )
            .await
            .expect_status(422);
    }
    let csv = admin
        .post(
            &format!("/dashboard/waves/{survey}/2028/invitations"),
            &fields(&[("_count", "5")]),
        )
        .await;
    csv.expect_status(200);
    assert!(csv.header("content-type").unwrap().starts_with("text/csv"));
    assert!(
        csv.header("content-disposition")
            .unwrap()
            .contains("attachment")
    );
    let codes: Vec<&str> = csv.body.lines().skip(1).collect();
    assert_eq!(codes.len(), 5);
    assert_eq!(csv.body.lines().next(), Some("code"));
    #[derive(diesel::QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let stored: Count = {
        use diesel::RunQueryDsl;
        diesel::sql_query("SELECT count(*) AS n FROM invitations WHERE wave_id = $1")
            .bind::<diesel::sql_types::BigInt, _>(draft.id)
            .get_result(&mut app.conn())
            .unwrap()
    };
    assert_eq!(stored.n, 5);

    // Opening 2028 while 2026 is open overlaps; closing 2026 first works; closing twice does not.
    admin
        .post(&format!("/dashboard/waves/{survey}/2028/open"), &[])
        .await
        .expect_status(409)
        .expect_contains(&text("en", "dash-error-overlap"));
    admin
        .post(&format!("/dashboard/waves/{survey}/2026/close"), &[])
        .await
        .expect_redirect("/dashboard");
    admin
        .post(&format!("/dashboard/waves/{survey}/2026/close"), &[])
        .await
        .expect_status(409)
        .expect_contains(&text("en", "dash-error-transition"));
    // The respondents' form says so at once (the server forgot its cached row).
    app.browser_in("en")
        .get(&app.base("2026"))
        .await
        .expect_status(410);
    admin
        .post(
            &format!("/dashboard/waves/{survey}/2026/invitations"),
            &fields(&[("_count", "5")]),
        )
        .await
        .expect_status(409);
    admin
        .post(&format!("/dashboard/waves/{survey}/2028/open"), &[])
        .await
        .expect_redirect("/dashboard");

    let audit = admin.get("/dashboard/audit").await;
    audit.expect_status(200);
    for action in [
        "wave.create",
        "wave.invitations",
        "wave.close",
        "wave.open",
        "login",
    ] {
        audit.expect_contains(&format!("<code>{action}</code>"));
    }
    // The codes themselves are nowhere but in the CSV.
    assert!(!audit.body.contains(codes[0]));
}

fn demo_waves(app: &TestApp, respondents: &str) {
    app.demo_waves(env!("CARGO_BIN_EXE_atmos"), respondents);
}

/// Rows of the CSV download whose first column (the row kind) is `kind`.
fn rows_of_kind(body: &str, kind: &str) -> usize {
    body.lines()
        .skip(1)
        .filter(|l| l.split(',').next() == Some(kind))
        .count()
}

fn csv_rows(body: &str) -> Vec<std::collections::HashMap<String, String>> {
    let mut lines = body.lines();
    let header: Vec<String> = lines
        .next()
        .unwrap()
        .split(',')
        .map(str::to_string)
        .collect();
    lines
        .map(|l| {
            header
                .iter()
                .cloned()
                .zip(l.split(',').map(str::to_string))
                .collect()
        })
        .collect()
}

#[tokio::test]
async fn indicators_trends_breakdowns_and_downloads_for_every_role() {
    let app = spawn_app();
    demo_waves(&app, "1200");
    // A response in the running wave, which has no population margins: left out, and said so.
    let running = app.wave("2026").id;
    let id = atmos_store::start_response(&mut app.conn(), running, "fi").unwrap();
    assert!(atmos_store::submit_response(&mut app.conn(), id).unwrap());
    add_user(&app, "eeva", Role::Evaluator);
    let survey = common::SURVEY;
    let page_path = format!("/dashboard/surveys/{survey}");

    // Anonymous: nothing, not even a chart.
    let anon = app.browser_in("en");
    for path in [
        page_path.clone(),
        format!("{page_path}/table.csv"),
        format!("{page_path}/report.html"),
        format!("{page_path}/charts/racism_experienced_12m.png"),
    ] {
        anon.get(&path).await.expect_redirect("/dashboard/login");
    }

    let b = signed_in(&app, "eeva").await;
    b.get("/dashboard")
        .await
        .expect_contains(&format!("href=\"{page_path}\""));
    let page = b.get(&page_path).await;
    page.expect_status(200)
        .expect_contains("2020, 2022, 2024")
        .expect_contains("Not shown: \u{2068}2026\u{2069}")
        .expect_contains(&format!(
            "src=\"{page_path}/charts/racism_experienced_12m.png\""
        ))
        .expect_contains(&text("en", "dash-col-estimate"))
        .expect_contains("\u{a0}%</td>");
    // Breakdown by gender: a table of groups under each indicator (latest wave).
    let by = b.get(&format!("{page_path}?by=gender")).await;
    by.expect_status(200)
        .expect_contains("<option value=\"gender\" selected>")
        .expect_contains("(2024)</caption>");
    b.get(&format!("{page_path}?by=nonsense"))
        .await
        .expect_status(404)
        .expect_contains(&text("en", "dash-error-unknown-breakdown"));
    // Small groups (gender "other" among 1200 respondents) are hidden, values and sizes alike.
    by.expect_contains("hidden (fewer than");

    let png = b
        .get(&format!("{page_path}/charts/racism_experienced_12m.png"))
        .await;
    png.expect_status(200);
    assert_eq!(png.header("content-type").as_deref(), Some("image/png"));
    let svg = b
        .get(&format!("{page_path}/charts/racism_experienced_12m.svg"))
        .await;
    svg.expect_status(200).expect_contains("<svg");
    b.get(&format!("{page_path}/charts/no_such_indicator.png"))
        .await
        .expect_status(404);

    let csv = b.get(&format!("{page_path}/table.csv?by=gender")).await;
    csv.expect_status(200);
    assert!(
        csv.header("content-disposition")
            .unwrap()
            .starts_with("attachment")
    );
    let rows = csv_rows(&csv.body);
    let hidden: Vec<_> = rows
        .iter()
        .filter(|r| r["status"] == "suppressed")
        .collect();
    assert!(
        !hidden.is_empty(),
        "no gender group was small enough to hide"
    );
    for r in &hidden {
        assert!(
            r["estimate"].is_empty() && r["ci_lower"].is_empty(),
            "{r:?}"
        );
    }
    // The same cells as XLSX: numbers as numbers, hidden cells without value or size.
    let xlsx = b
        .get_bytes(&format!("{page_path}/table.xlsx?by=gender"))
        .await;
    {
        use calamine::{Data, Reader, Xlsx};
        let mut book: Xlsx<_> =
            calamine::open_workbook_from_rs(std::io::Cursor::new(xlsx)).unwrap();
        let range = book.worksheet_range("indicators").unwrap();
        let mut rows = range.rows();
        let header: Vec<String> = rows.next().unwrap().iter().map(|c| c.to_string()).collect();
        let col = |name: &str| header.iter().position(|h| h == name).unwrap();
        let (status, estimate, n) = (col("status"), col("estimate"), col("n"));
        let rows: Vec<_> = rows.collect();
        let cells_in_csv = rows_of_kind(&csv.body, "cell");
        assert_eq!(rows.len(), cells_in_csv);
        let mut hidden_rows = 0;
        for r in &rows {
            match r[status].to_string().as_str() {
                "suppressed" => {
                    hidden_rows += 1;
                    assert!(
                        matches!(r[estimate], Data::Empty) && matches!(r[n], Data::Empty),
                        "{r:?}"
                    );
                }
                "published" => assert!(matches!(r[estimate], Data::Float(_)), "{r:?}"),
                _ => {}
            }
        }
        assert_eq!(
            hidden_rows,
            hidden.iter().filter(|r| r["record"] == "cell").count()
        );
    }
    let report = b.get(&format!("{page_path}/report.html")).await;
    // With the programme targets of surveys/<id>/targets.toml.
    report
        .expect_status(200)
        .expect_contains("<html")
        .expect_contains("Oulu integration programme 2022–2026")
        .expect_contains(&common::html_escape(
            &common::catalog()
                .text(&common::lang("en"), "report", "report-col-target", None)
                .value,
        ));
    assert!(
        report
            .header("content-disposition")
            .unwrap()
            .starts_with("attachment")
    );

    let actions = audit_actions(&app);
    for a in ["export.table", "export.chart", "export.report"] {
        assert!(actions.contains(&a.to_string()), "{a} not in {actions:?}");
    }
}

/// Too few respondents for the weighting margins: a clear page, not a server error.
#[tokio::test]
async fn answers_that_cannot_be_weighted_are_explained() {
    let app = spawn_app();
    demo_waves(&app, "40");
    add_user(&app, "eeva", Role::Evaluator);
    let b = signed_in(&app, "eeva").await;
    b.get(&format!("/dashboard/surveys/{}", common::SURVEY))
        .await
        .expect_status(409)
        .expect_contains("cannot be weighted");
}

#[tokio::test]
async fn a_survey_without_answers_says_so() {
    let app = spawn_app();
    add_user(&app, "eeva", Role::Evaluator);
    let b = signed_in(&app, "eeva").await;
    b.get(&format!("/dashboard/surveys/{}", common::SURVEY))
        .await
        .expect_status(404)
        .expect_contains(&text("en", "dash-error-no-data"));
    b.get("/dashboard/surveys/no-such-survey")
        .await
        .expect_status(404);
}

/// An admin action and its audit entry are one transaction: when the entry cannot be written,
/// the action is not done either.
#[tokio::test]
async fn an_action_whose_audit_entry_fails_is_not_done() {
    use diesel::RunQueryDsl;
    let app = spawn_app();
    add_user(&app, "admin1", Role::Admin);
    let b = signed_in(&app, "admin1").await;
    b.get("/dashboard").await.expect_status(200);
    diesel::sql_query(
        "CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS \
         $$ BEGIN RAISE EXCEPTION 'audit log unavailable'; END $$",
    )
    .execute(&mut app.conn())
    .unwrap();
    diesel::sql_query(
        "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW \
         WHEN (NEW.action LIKE 'wave.%' OR NEW.action LIKE 'user.%') EXECUTE FUNCTION refuse_audit()",
    )
    .execute(&mut app.conn())
    .unwrap();
    let survey = common::SURVEY;
    b.post(
        "/dashboard/waves",
        &fields(&[("_survey", survey), ("_label", "2030")]),
    )
    .await
    .expect_status(500);
    assert!(
        atmos_store::find_wave(&mut app.conn(), survey, "2030")
            .unwrap()
            .is_none()
    );
    b.post(&format!("/dashboard/waves/{survey}/2026/close"), &[])
        .await
        .expect_status(500);
    assert_eq!(
        atmos_store::find_wave(&mut app.conn(), survey, "2026")
            .unwrap()
            .unwrap()
            .status,
        atmos_store::WaveStatus::Open
    );
    b.post(
        &format!("/dashboard/waves/{survey}/2026/invitations"),
        &fields(&[("_count", "5")]),
    )
    .await
    .expect_status(500);
    let codes: i64 = {
        use atmos_store::schema::invitations;
        use diesel::QueryDsl;
        invitations::table
            .count()
            .get_result(&mut app.conn())
            .unwrap()
    };
    assert_eq!(codes, 0);
    b.post(
        "/dashboard/users",
        &fields(&[("_username", "newbie"), ("_role", "analyst")]),
    )
    .await
    .expect_status(500);
    assert!(
        atmos_store::find_user(&mut app.conn(), "newbie")
            .unwrap()
            .is_none()
    );
}
