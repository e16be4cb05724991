//! The JSON API and the role-by-endpoint matrix of every staff route, dashboard and API,
//! over real HTTP on a real database with the demo waves: anonymous, evaluator, analyst and
//! admin, each with the expected status; evaluators reach no microdata and no unsuppressed
//! cell by any route or parameter.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

mod common;

use atmos_store::Role;
use common::{Browser, TestApp, spawn_app};
use reqwest::Method;
use serde_json::Value;

use atmos_web::staff::password;
use common::STAFF_PASSWORD as PASSWORD;
const SURVEY: &str = common::SURVEY;

/// Signed in, on a page with a form, so posts carry this browser's token.
async fn signed_in(app: &TestApp, name: &str) -> Browser {
    let b = app.staff_browser(name).await;
    b.get("/dashboard/password").await.expect_status(200);
    b
}

async fn token(b: &Browser, name: &str) -> String {
    let page = b
        .api(
            Method::POST,
            "/api/v1/sessions",
            None,
            Some(&serde_json::json!({ "username": name, "password": PASSWORD }).to_string()),
        )
        .await;
    page.expect_status(201);
    let v: Value = serde_json::from_str(&page.body).unwrap();
    v["token"].as_str().unwrap().to_owned()
}

fn json(page: &common::Page) -> Value {
    serde_json::from_str(&page.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", page.body))
}

/// The error code of a JSON error answer.
fn code(page: &common::Page) -> String {
    json(page)["error"]["code"].as_str().unwrap().to_owned()
}

/// Whether a table (JSON) shows any number for a suppressed cell, or hides nothing.
fn hidden_numbers(table: &Value) -> (usize, usize) {
    let cells = table["cells"].as_array().unwrap();
    let suppressed: Vec<&Value> = cells
        .iter()
        .filter(|c| c["status"] == "suppressed")
        .collect();
    let leaking = suppressed
        .iter()
        .filter(|c| !c["estimate"].is_null() || !c["n"].is_null() || !c["ci_lower"].is_null())
        .count();
    (suppressed.len(), leaking)
}

/// A POST route, its form fields and the status for [anonymous, evaluator, analyst, admin].
type Post = (String, Vec<(&'static str, &'static str)>, [u16; 4]);

#[tokio::test]
async fn every_route_for_every_role() {
    let app = spawn_app();
    app.demo_waves(env!("CARGO_BIN_EXE_atmos"), "600");
    app.add_staff("admin1", Role::Admin);
    app.add_staff("anna", Role::Analyst);
    app.add_staff("eeva", Role::Evaluator);
    let anon = app.browser_in("en");
    anon.get("/dashboard/login").await;
    let eeva = signed_in(&app, "eeva").await;
    let anna = signed_in(&app, "anna").await;
    let admin = signed_in(&app, "admin1").await;
    let s = format!("/dashboard/surveys/{SURVEY}");
    let w = format!("/dashboard/waves/{SURVEY}/2026");

    // Reading routes: [anonymous, evaluator, analyst, admin]; 303 = to the sign-in page.
    let gets: Vec<(String, [u16; 4])> = vec![
        ("/dashboard".into(), [303, 200, 200, 200]),
        ("/dashboard/login".into(), [200, 303, 303, 303]),
        ("/dashboard/password".into(), [303, 200, 200, 200]),
        ("/dashboard/users".into(), [303, 403, 403, 200]),
        ("/dashboard/audit".into(), [303, 403, 403, 200]),
        (s.clone(), [303, 200, 200, 200]),
        (format!("{s}?by=gender"), [303, 200, 200, 200]),
        (format!("{s}?suppress=no"), [303, 403, 200, 403]),
        (format!("{s}/compare"), [303, 200, 200, 200]),
        (format!("{s}/table.csv"), [303, 200, 200, 200]),
        (format!("{s}/table.xlsx"), [303, 200, 200, 200]),
        (format!("{s}/table.json"), [303, 200, 200, 200]),
        (
            format!("{s}/table.csv?by=gender&suppress=no"),
            [303, 403, 200, 403],
        ),
        (format!("{s}/table.xlsx?suppress=no"), [303, 403, 200, 403]),
        (
            format!("{s}/table.json?by=gender&suppress=no"),
            [303, 403, 200, 403],
        ),
        (format!("{s}/report.html"), [303, 200, 200, 200]),
        (
            format!("{s}/charts/racism_experienced_12m.png"),
            [303, 200, 200, 200],
        ),
        (
            format!("{s}/charts/racism_experienced_12m.svg"),
            [303, 200, 200, 200],
        ),
        (format!("{s}/microdata"), [303, 403, 200, 403]),
        (
            format!("{s}/microdata/download?format=csv"),
            [303, 403, 200, 403],
        ),
        (
            format!("{s}/microdata/download?format=xlsx"),
            [303, 403, 200, 403],
        ),
        (
            format!("{s}/microdata/download?format=parquet"),
            [303, 403, 200, 403],
        ),
        (
            format!("{s}/microdata/download?format=csv&free_text=yes"),
            [303, 403, 200, 403],
        ),
        (format!("{w}/margins"), [303, 403, 403, 200]),
    ];
    for (path, expected) in &gets {
        for (who, b) in [&anon, &eeva, &anna, &admin].iter().enumerate() {
            let page = b.get(path).await;
            assert_eq!(
                page.status,
                expected[who],
                "GET {path} as {}: {}",
                ["anonymous", "evaluator", "analyst", "admin"][who],
                page.body.chars().take(300).collect::<String>()
            );
        }
    }

    // Changing routes, each tried by everyone; only admins change anything.
    let posts: Vec<Post> = vec![
        (
            "/dashboard/users".into(),
            vec![("_username", "newbie"), ("_role", "evaluator")],
            [303, 403, 403, 200],
        ),
        (
            "/dashboard/users/newbie/reset".into(),
            vec![],
            [303, 403, 403, 200],
        ),
        (
            "/dashboard/waves".into(),
            vec![("_survey", SURVEY), ("_label", "2028")],
            [303, 403, 403, 303],
        ),
        (
            format!("{w}/invitations"),
            vec![("_count", "3")],
            [303, 403, 403, 200],
        ),
        (
            "/dashboard/users/newbie/disable".into(),
            vec![],
            [303, 403, 403, 303],
        ),
        (
            "/dashboard/users/newbie/enable".into(),
            vec![],
            [303, 403, 403, 303],
        ),
        (format!("{w}/close"), vec![], [303, 403, 403, 303]),
        (
            format!("/dashboard/waves/{SURVEY}/2028/open"),
            vec![],
            [303, 403, 403, 303],
        ),
        // Everyone signed in may change their own password (here: a wrong current one).
        (
            "/dashboard/password".into(),
            vec![("_current", "wrong"), ("_new", "x"), ("_confirm", "x")],
            [303, 422, 422, 422],
        ),
    ];
    for (path, fields, expected) in &posts {
        let fields: Vec<(String, String)> = fields
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        for (who, b) in [&anon, &eeva, &anna, &admin].iter().enumerate() {
            let page = b.post(path, &fields).await;
            assert_eq!(
                page.status,
                expected[who],
                "POST {path} as {}",
                ["anonymous", "evaluator", "analyst", "admin"][who]
            );
        }
    }
    let margins = "breakdown,group,population\ngender,female,1\ngender,male,1\ngender,other,1\n";
    for (who, b) in [&anon, &eeva, &anna, &admin].iter().enumerate() {
        let page = b
            .post_file(&format!("{w}/margins"), &[], "_file", margins.as_bytes())
            .await;
        assert_eq!(page.status, [303, 403, 403, 303][who], "margins upload");
    }
    // The account (re)set by the admin must change its password now; sign-out for everyone.
    for b in [&eeva, &anna, &admin] {
        b.get("/dashboard/password").await;
        b.post("/dashboard/logout", &[])
            .await
            .expect_redirect("/dashboard/login");
        b.get("/dashboard")
            .await
            .expect_redirect("/dashboard/login");
    }
}

#[tokio::test]
async fn the_api_by_role_with_json_errors() {
    let app = spawn_app();
    app.demo_waves(env!("CARGO_BIN_EXE_atmos"), "600");
    app.add_staff("admin1", Role::Admin);
    app.add_staff("anna", Role::Analyst);
    app.add_staff("eeva", Role::Evaluator);
    let b = app.browser();
    let tokens = [
        None,
        Some(token(&b, "eeva").await),
        Some(token(&b, "anna").await),
        Some(token(&b, "admin1").await),
    ];
    let api = format!("/api/v1/surveys/{SURVEY}");
    let routes: Vec<(String, [u16; 4])> = vec![
        ("/api/v1/surveys".into(), [401, 200, 200, 200]),
        (format!("{api}/waves"), [401, 200, 200, 200]),
        (format!("{api}/indicators"), [401, 200, 200, 200]),
        (format!("{api}/indicators?by=gender"), [401, 200, 200, 200]),
        (
            format!("{api}/indicators?by=gender&suppress=no"),
            [401, 403, 200, 403],
        ),
        (format!("{api}/microdata"), [401, 403, 200, 403]),
        (
            format!("{api}/microdata?wave=2024&free_text=yes"),
            [401, 403, 200, 403],
        ),
        ("/api/v1/openapi.json".into(), [200, 200, 200, 200]),
        ("/api/v1/nothing-here".into(), [404, 404, 404, 404]),
    ];
    for (path, expected) in &routes {
        for (who, t) in tokens.iter().enumerate() {
            let page = b.api(Method::GET, path, t.as_deref(), None).await;
            assert_eq!(
                page.status, expected[who],
                "GET {path} as {who}: {}",
                page.body
            );
            assert_eq!(
                page.header("content-type").as_deref(),
                Some("application/json"),
                "{path}"
            );
            match page.status {
                401 => {
                    assert_eq!(code(&page), "unauthenticated");
                    assert!(
                        page.header("www-authenticate")
                            .unwrap()
                            .starts_with("Bearer")
                    );
                }
                403 => assert_eq!(code(&page), "forbidden"),
                404 => assert_eq!(code(&page), "not_found"),
                _ => {}
            }
        }
    }
    let [_, eeva, anna, _] = &tokens;
    let get = |path: String, t: &Option<String>| {
        let b = &b;
        let t = t.clone();
        async move { b.api(Method::GET, &path, t.as_deref(), None).await }
    };

    // Evaluators: suppressed cells carry no numbers; the analyst's unsuppressed table does.
    let protected = json(&get(format!("{api}/indicators?by=gender"), eeva).await);
    let (hidden, leaking) = hidden_numbers(&protected);
    assert!(hidden > 0, "no cell small enough to hide");
    assert_eq!(leaking, 0);
    let open = json(&get(format!("{api}/indicators?by=gender&suppress=no"), anna).await);
    assert_eq!(
        hidden_numbers(&open).0,
        0,
        "an analyst's unsuppressed table hides nothing"
    );
    assert_eq!(open["min_n"], 0);
    // No parameter of any route gives an evaluator more.
    for path in [
        format!("{api}/indicators?by=gender&suppress=no&suppress=yes"),
        format!("{api}/indicators?by=gender&suppress=yes&suppress=no"),
        format!("{api}/indicators?by=gender&min_n=0"),
        format!("{api}/indicators?by=gender&suppress=No"),
    ] {
        let page = get(path.clone(), eeva).await;
        if page.status == 200 {
            assert_eq!(hidden_numbers(&json(&page)).1, 0, "{path}");
            assert_ne!(json(&page)["min_n"], 0, "{path}");
        } else {
            assert!([400, 403].contains(&page.status), "{path}");
        }
    }
    let dash = signed_in(&app, "eeva").await;
    for path in [
        format!("/dashboard/surveys/{SURVEY}/table.json?by=gender&suppress=yes&suppress=no"),
        format!("/dashboard/surveys/{SURVEY}/table.json?by=gender&suppress=NO&min_n=0"),
        format!("/dashboard/surveys/{SURVEY}/table.json?by=gender&suppress=no%00"),
    ] {
        let page = dash.get(&path).await;
        if page.status == 200 {
            assert_eq!(hidden_numbers(&json(&page)).1, 0, "{path}");
        } else {
            assert_eq!(page.status, 403, "{path}");
        }
    }
    for path in [
        format!("/dashboard/surveys/{SURVEY}/microdata/download?format=json"),
        format!("/dashboard/surveys/{SURVEY}/microdata/download?format=csv&wave=2024"),
        format!("/dashboard/surveys/{SURVEY}/microdata/download/"),
        format!("/dashboard/surveys/{SURVEY}/microdata.csv"),
    ] {
        let page = dash.get(&path).await;
        assert!([403, 404].contains(&page.status), "{path}: {}", page.status);
        assert!(!page.body.contains("response_id"), "{path}");
    }

    // Analysts' microdata: one row per submitted response, free text only when asked.
    let micro = json(&get(format!("{api}/microdata?wave=2024"), anna).await);
    assert_eq!(
        micro["rows"].as_array().unwrap().len() as i64,
        app.submitted_in("2024")
    );
    assert_eq!(micro["free_text"], false);
    assert!(
        micro["columns"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["question_type"] != "text" && c["question_type"] != "longtext")
    );
    let texts = json(&get(format!("{api}/microdata?wave=2024&free_text=yes"), anna).await);
    assert!(
        texts["columns"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["question_type"] == "longtext")
    );

    // Errors with stable codes.
    for (path, status, expected) in [
        (
            format!("{api}/indicators?by=nonsense"),
            404,
            "unknown_breakdown",
        ),
        (
            format!("{api}/indicators?suppress=maybe"),
            400,
            "invalid_parameter",
        ),
        (
            "/api/v1/surveys/nope/waves".to_string(),
            404,
            "unknown_survey",
        ),
        (format!("{api}/microdata?wave=1999"), 404, "unknown_wave"),
        (
            format!("{api}/microdata?free_text=please"),
            400,
            "invalid_parameter",
        ),
        (
            "/api/v1/surveys/nope/indicators".to_string(),
            404,
            "no_data",
        ),
    ] {
        let page = get(path.clone(), anna).await;
        assert_eq!(page.status, status, "{path}: {}", page.body);
        assert_eq!(code(&page), expected, "{path}");
    }
    let waves = json(&get(format!("{api}/waves"), eeva).await);
    let open_wave = waves["waves"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["label"] == "2026")
        .unwrap();
    assert_eq!(open_wave["status"], "open");
    assert!(open_wave["per_day"].is_array());
}

#[tokio::test]
async fn api_sign_in_and_out() {
    let app = spawn_app();
    app.add_staff("anna", Role::Analyst);
    atmos_store::create_user(
        &mut app.conn(),
        "newbie",
        Role::Evaluator,
        &password::hash(PASSWORD).unwrap(),
        true,
    )
    .unwrap();
    let b = app.browser();
    let post = |body: &str, content_type: Option<&str>| {
        let b = &b;
        let body = body.to_string();
        let ct = content_type.map(str::to_string);
        async move {
            match ct {
                Some(ct) => b.post_raw("/api/v1/sessions", &ct, body.into_bytes()).await,
                None => {
                    b.api(Method::POST, "/api/v1/sessions", None, Some(&body))
                        .await
                }
            }
        }
    };
    for (body, ct, status, expected) in [
        (
            r#"{"username":"anna","password":"wrong password"}"#,
            None,
            401,
            "invalid_credentials",
        ),
        (
            r#"{"username":"nobody","password":"a long enough password"}"#,
            None,
            401,
            "invalid_credentials",
        ),
        (r#"{"username":"anna"}"#, None, 400, "malformed_body"),
        (
            r#"{"username":"anna","password":"x","admin":true}"#,
            None,
            400,
            "malformed_body",
        ),
        ("not json", None, 400, "malformed_body"),
        (
            "username=anna&password=x",
            Some("application/x-www-form-urlencoded"),
            415,
            "unsupported_media_type",
        ),
    ] {
        let page = post(body, ct).await;
        assert_eq!(page.status, status, "{body}: {}", page.body);
        assert_eq!(code(&page), expected, "{body}");
    }
    let before = atmos_store::list_audit(&mut app.conn(), 100).unwrap().len();
    let t = token(&b, "anna").await;
    b.api(Method::GET, "/api/v1/surveys", Some(&t), None)
        .await
        .expect_status(200);
    b.api(Method::DELETE, "/api/v1/sessions/current", Some(&t), None)
        .await
        .expect_status(204);
    let after = b.api(Method::GET, "/api/v1/surveys", Some(&t), None).await;
    after.expect_status(401);
    assert_eq!(code(&after), "unauthenticated");
    assert!(atmos_store::list_audit(&mut app.conn(), 100).unwrap().len() >= before + 2);
    // An expired token.
    let t = token(&b, "anna").await;
    {
        use diesel::RunQueryDsl;
        diesel::sql_query("UPDATE user_sessions SET expires_at = now() - interval '1 minute'")
            .execute(&mut app.conn())
            .unwrap();
    }
    assert_eq!(
        code(&b.api(Method::GET, "/api/v1/surveys", Some(&t), None).await),
        "unauthenticated"
    );
    // A one-time password: change it on the dashboard first.
    let t = token(&b, "newbie").await;
    let page = b.api(Method::GET, "/api/v1/surveys", Some(&t), None).await;
    page.expect_status(403);
    assert_eq!(code(&page), "password_change_required");
}

/// The OpenAPI document describes every route the API serves and every error code it uses.
#[tokio::test]
async fn the_openapi_document_matches_the_routes() {
    let app = spawn_app();
    let page = app.browser().get("/api/v1/openapi.json").await;
    page.expect_status(200);
    let doc = json(&page);
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let paths: Vec<&String> = doc["paths"].as_object().unwrap().keys().collect();
    let served = [
        ("/openapi.json", "get"),
        ("/sessions", "post"),
        ("/sessions/current", "delete"),
        ("/surveys", "get"),
        ("/surveys/{survey}/waves", "get"),
        ("/surveys/{survey}/indicators", "get"),
        ("/surveys/{survey}/microdata", "get"),
    ];
    assert_eq!(paths.len(), served.len());
    for (path, method) in served {
        assert!(doc["paths"][path][method].is_object(), "{method} {path}");
    }
    let src =
        std::fs::read_to_string(common::root().join("crates/web/src/api/problem.rs")).unwrap();
    let codes = doc["components"]["schemas"]["Error"]["properties"]["error"]["properties"]["code"]
        ["enum"]
        .as_array()
        .unwrap();
    for c in codes {
        assert!(
            src.contains(&format!("=> \"{}\"", c.as_str().unwrap())),
            "{c}"
        );
    }
    assert_eq!(
        src.matches("=> \"").count(),
        codes.len(),
        "an error code is not documented"
    );
}
