//! The dashboard's data beyond the indicator pages, over real HTTP on a real database:
//! analysts' microdata (CSV, Parquet, XLSX with a codebook; free text only on request), the
//! wave-comparison view, population margins uploads, and free text kept inert wherever it
//! appears.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

mod common;

use atmos_store::{NewAnswer, Role};
use common::{Browser, TestApp, spawn_app};

const SCRIPT: &str = "<script>alert('x')</script><img src=x onerror=alert(1)>";
const FORMULA: &str = "=HYPERLINK(\"http://evil.example\",\"click\")";

fn text(id: &str) -> String {
    common::dashboard_text("en", id)
}

fn audit(app: &TestApp) -> Vec<atmos_store::AuditEntry> {
    atmos_store::list_audit(&mut app.conn(), 500).unwrap()
}

/// A submitted response of the running wave 2026 with two free-text answers.
fn free_text_response(app: &TestApp) -> uuid::Uuid {
    let conn = &mut app.conn();
    let id = atmos_store::start_response(conn, app.wave("2026").id, "en").unwrap();
    atmos_store::save_answers(
        conn,
        id,
        &["what_would_improve", "comments"],
        &[
            NewAnswer::text("what_would_improve", SCRIPT),
            NewAnswer::text("comments", FORMULA),
        ],
    )
    .unwrap();
    assert!(atmos_store::submit_response(conn, id).unwrap());
    id
}

fn csv_records(body: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_reader(body.as_bytes());
    let header = r.headers().unwrap().iter().map(str::to_owned).collect();
    let rows = r
        .records()
        .map(|rec| rec.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

#[tokio::test]
async fn analysts_download_microdata_in_three_formats_free_text_only_on_request() {
    let app = spawn_app();
    app.demo_waves(env!("CARGO_BIN_EXE_atmos"), "300");
    let texted = free_text_response(&app);
    app.add_staff("anna", Role::Analyst);
    let b = app.staff_browser("anna").await;
    let survey = common::SURVEY;
    let base = format!("/dashboard/surveys/{survey}/microdata");

    let form = b.get(&base).await;
    form.expect_status(200)
        .expect_contains("name=\"wave\" value=\"2024\" checked")
        .expect_contains("name=\"free_text\" value=\"yes\"")
        .expect_not_contains("name=\"free_text\" value=\"yes\" checked");

    // CSV without free text: every submitted response of the waves once, no text column.
    let csv = b
        .get(&format!("{base}/download?format=csv&wave=2022&wave=2024"))
        .await;
    csv.expect_status(200);
    assert!(
        csv.header("content-disposition")
            .unwrap()
            .contains(&format!("{survey}-microdata.csv"))
    );
    let (header, rows) = csv_records(&csv.body);
    assert_eq!(&header[..2], ["wave", "response_id"]);
    assert!(header.contains(&"gender".to_string()));
    assert!(header.contains(&"lang_skill.finnish".to_string()));
    assert!(!header.contains(&"comments".to_string()));
    let submitted = (app.submitted_in("2022") + app.submitted_in("2024")) as usize;
    assert_eq!(rows.len(), submitted);
    assert!(rows.iter().all(|r| r[0] == "2022" || r[0] == "2024"));
    let ids: std::collections::BTreeSet<&String> = rows.iter().map(|r| &r[1]).collect();
    assert_eq!(ids.len(), rows.len(), "one row per response");

    // The running wave with free text on request; without it the texts are not there at all.
    let plain = b
        .get(&format!("{base}/download?format=csv&wave=2026"))
        .await;
    plain.expect_status(200).expect_not_contains("alert");
    let with_text = b
        .get(&format!(
            "{base}/download?format=csv&wave=2026&free_text=yes"
        ))
        .await;
    with_text.expect_status(200);
    let (header, rows) = csv_records(&with_text.body);
    let row = rows
        .iter()
        .find(|r| r[1] == texted.to_string())
        .expect("the response with text");
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    assert_eq!(row[col("what_would_improve")], SCRIPT);
    assert_eq!(row[col("comments")], FORMULA);

    // Parquet: the same rows and values as the CSV.
    let parquet = b
        .get_bytes(&format!(
            "{base}/download?format=parquet&wave=2026&free_text=yes"
        ))
        .await;
    {
        use polars::prelude::*;
        let df = ParquetReader::new(std::io::Cursor::new(parquet))
            .finish()
            .unwrap();
        assert_eq!(df.height(), rows.len());
        let ids = df.column("response_id").unwrap().str().unwrap().clone();
        let texts = df.column("comments").unwrap().str().unwrap().clone();
        let i = ids
            .iter()
            .position(|v| v == Some(texted.to_string().as_str()))
            .unwrap();
        assert_eq!(texts.get(i), Some(FORMULA));
    }

    // XLSX: a data sheet (a formula-like answer stays text) and a codebook with labels.
    let xlsx = b
        .get_bytes(&format!(
            "{base}/download?format=xlsx&wave=2026&free_text=yes"
        ))
        .await;
    {
        use calamine::{Data, Reader, Xlsx};
        let mut book: Xlsx<_> =
            calamine::open_workbook_from_rs(std::io::Cursor::new(xlsx)).unwrap();
        let data = book.worksheet_range("data").unwrap();
        let header: Vec<String> = data
            .rows()
            .next()
            .unwrap()
            .iter()
            .map(|c| c.to_string())
            .collect();
        let comments = header.iter().position(|h| h == "comments").unwrap();
        let row = data
            .rows()
            .find(|r| r[1].to_string() == texted.to_string())
            .unwrap();
        assert_eq!(row[comments], Data::String(FORMULA.to_string()));
        let formulas = book.worksheet_formula("data").unwrap();
        assert!(
            formulas.used_cells().all(|(_, _, f)| f.is_empty()),
            "an answer became a formula"
        );
        let codebook = book.worksheet_range("codebook").unwrap();
        let lines: Vec<Vec<String>> = codebook
            .rows()
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .collect();
        assert!(
            lines
                .iter()
                .any(|l| l[0] == "gender" && l[2] == common::survey_text("en", "q-gender"))
        );
        assert!(lines.iter().any(|l| l[0] == "gender"
            && l[3] == "female"
            && l[4] == common::survey_text("en", "opt-gender-female")));
    }

    // Bad parameters: a clear page, nothing downloaded.
    b.get(&format!("{base}/download?format=sav"))
        .await
        .expect_status(400)
        .expect_contains(&text("dash-error-format"));
    b.get(&format!("{base}/download?format=csv&wave=1999"))
        .await
        .expect_status(404)
        .expect_contains(&text("dash-error-unknown-wave"));
    b.get("/dashboard/surveys/no-such-survey/microdata/download?format=csv")
        .await
        .expect_status(404);

    let exports: Vec<_> = audit(&app)
        .into_iter()
        .filter(|e| e.action == "export.microdata")
        .collect();
    assert_eq!(exports.len(), 5, "one audit entry per download");
    assert!(
        exports
            .iter()
            .all(|e| e.username.as_deref() == Some("anna"))
    );
    assert!(
        exports
            .iter()
            .any(|e| e.detail["free_text"] == true && e.detail["format"] == "xlsx")
    );
}

#[tokio::test]
async fn the_wave_comparison_view_shows_changes_with_intervals() {
    let app = spawn_app();
    app.demo_waves(env!("CARGO_BIN_EXE_atmos"), "600");
    app.add_staff("eeva", Role::Evaluator);
    let b = app.staff_browser("eeva").await;
    let path = format!("/dashboard/surveys/{}/compare", common::SURVEY);
    b.get(&format!("/dashboard/surveys/{}", common::SURVEY))
        .await
        .expect_contains(&format!("href=\"{path}\""));
    let page = b.get(&path).await;
    page.expect_status(200)
        .expect_contains("<option value=\"2022~2024\" selected>2022 → 2024</option>")
        .expect_contains("<option value=\"2020~2024\">")
        .expect_contains("\u{a0}pp</td>")
        .expect_contains(&text("dash-col-change"));
    assert!(
        page.body.contains(&text("dash-compare-significant"))
            || page.body.contains(&text("dash-compare-not-significant"))
    );
    let first_last = b.get(&format!("{path}?pair=2020~2024&by=gender")).await;
    first_last
        .expect_status(200)
        .expect_contains("<option value=\"2020~2024\" selected>")
        .expect_contains(&common::survey_text("en", "opt-gender-female"));
    b.get(&format!("{path}?pair=2024~2020"))
        .await
        .expect_status(404)
        .expect_contains(&text("dash-error-unknown-pair"));
    b.get(&format!("{path}?by=nonsense"))
        .await
        .expect_status(404);
}

fn margins_csv(scale: f64) -> String {
    let s = common::survey();
    let mut csv = String::from("breakdown,group,population\n");
    // Every breakdown with margins in the questionnaire's 2024 entry, scaled.
    let m = s.margins.iter().find(|m| m.wave == "2024").unwrap();
    for (b, groups) in &m.margins {
        for (g, n) in groups {
            csv.push_str(&format!("{b},{g},{}\n", n * scale));
        }
    }
    csv
}

async fn table_json(b: &Browser) -> serde_json::Value {
    let page = b
        .get(&format!("/dashboard/surveys/{}/table.json", common::SURVEY))
        .await;
    page.expect_status(200);
    serde_json::from_str(&page.body).unwrap()
}

fn stored_margins(app: &TestApp) -> usize {
    atmos_store::uploaded_margins(&mut app.conn(), common::SURVEY)
        .unwrap()
        .len()
}

#[tokio::test]
async fn admins_upload_population_margins_and_bad_files_change_nothing() {
    let app = spawn_app();
    app.demo_waves(env!("CARGO_BIN_EXE_atmos"), "600");
    app.add_staff("admin1", Role::Admin);
    app.add_staff("eeva", Role::Evaluator);
    let survey = common::SURVEY;
    let path = format!("/dashboard/waves/{survey}/2024/margins");
    let admin = app.staff_browser("admin1").await;
    admin
        .get("/dashboard")
        .await
        .expect_contains(&format!("href=\"{path}\""));
    admin
        .get(&path)
        .await
        .expect_status(200)
        .expect_contains("Illustrative figures")
        .expect_contains("enctype=\"multipart/form-data\"");

    // Malformed files: 422 with every problem named, nothing stored.
    let cases: Vec<(Vec<u8>, Vec<String>)> = vec![
        (b"".to_vec(), vec![text("dash-margins-error-file")]),
        (b"a,b,c\n1,2,3\n".to_vec(), vec![text("dash-margins-error-header")]),
        (vec![0xff, 0xfe, 0x00], vec![text("dash-margins-error-encoding")]),
        (
            b"breakdown,group,population\ngender,female,lots\n".to_vec(),
            vec!["Line \u{2068}2\u{2069}".to_string()],
        ),
        (
            b"breakdown,group,population\ngender,female,100\ngender,male,100\ngender,nobody,5\nshoe_size,42,1\n".to_vec(),
            vec![
                "no group \"\u{2068}nobody\u{2069}\"".to_string(),
                "no breakdown \"\u{2068}shoe_size\u{2069}\"".to_string(),
                "no count for group \"\u{2068}other\u{2069}\"".to_string(),
            ],
        ),
        (
            margins_csv(1.0)
                .replacen("female,", "female,-", 1)
                .into_bytes(),
            vec!["must be a positive number".to_string()],
        ),
        (
            format!("{}gender,female,1\n", margins_csv(1.0)).into_bytes(),
            vec!["is given twice".to_string()],
        ),
    ];
    for (file, messages) in &cases {
        let page = admin
            .post_file(&path, &[("_source", "test")], "_file", file)
            .await;
        page.expect_status(422)
            .expect_contains(&text("dash-error-summary"));
        for m in messages {
            page.expect_contains(&common::html_escape(m));
        }
        assert_eq!(stored_margins(&app), 0);
    }
    // Totals that disagree between breakdowns.
    let skewed = margins_csv(1.0).replacen(",age_18_29,", ",age_18_29,1", 1);
    admin
        .post_file(&path, &[], "_file", skewed.as_bytes())
        .await
        .expect_status(422)
        .expect_contains("the same total");
    // A forged token, an unknown wave, an evaluator, a file too large: refused, nothing stored.
    admin
        .post_multipart(
            &path,
            &[("_csrf", "forged")],
            "_file",
            margins_csv(1.0).as_bytes(),
        )
        .await
        .expect_status(403);
    admin
        .post_file(
            &format!("/dashboard/waves/{survey}/1999/margins"),
            &[],
            "_file",
            margins_csv(1.0).as_bytes(),
        )
        .await
        .expect_status(404)
        .expect_contains(&text("dash-error-unknown-wave"));
    let eeva = app.staff_browser("eeva").await;
    eeva.get(&path).await.expect_status(403);
    eeva.post_file(&path, &[], "_file", margins_csv(1.0).as_bytes())
        .await
        .expect_status(403);
    assert_eq!(stored_margins(&app), 0);
    assert!(!audit(&app).iter().any(|e| e.action == "wave.margins"));

    // Before: the questionnaire's margins weight 2024.
    let before = table_json(&admin).await;
    let source = |t: &serde_json::Value| t["waves"][2]["weighting"]["source"].clone();
    assert!(source(&before).as_str().unwrap().contains("Illustrative"));

    // A good upload (the population doubled; a source with markup stays text).
    let doubled = margins_csv(2.0);
    admin
        .post_file(&path, &[("_source", SCRIPT)], "_file", doubled.as_bytes())
        .await
        .expect_redirect(&path);
    assert_eq!(stored_margins(&app), 1);
    let page = admin.get(&path).await;
    page.expect_status(200).expect_not_contains(SCRIPT);
    assert!(common::html_unescape(&page.body).contains(SCRIPT));
    let after = table_json(&admin).await;
    assert_eq!(source(&after), serde_json::Value::from(SCRIPT));
    let total = |t: &serde_json::Value| t["waves"][2]["weighting"]["total"].as_f64().unwrap();
    assert!((total(&after) - 2.0 * total(&before)).abs() < 1e-6);
    let entry = audit(&app)
        .into_iter()
        .find(|e| e.action == "wave.margins")
        .unwrap();
    assert_eq!(entry.username.as_deref(), Some("admin1"));
    assert_eq!(entry.detail["wave"], "2024");
    // The audit page shows the source as text too.
    admin
        .get("/dashboard/audit")
        .await
        .expect_status(200)
        .expect_not_contains(SCRIPT);
    // Margins for the running wave, which has a single response: its answers cannot be raked
    // yet, so it is left out and named while the earlier waves stay.
    let id = atmos_store::start_response(&mut app.conn(), app.wave("2026").id, "fi").unwrap();
    assert!(atmos_store::submit_response(&mut app.conn(), id).unwrap());
    admin
        .post_file(
            &format!("/dashboard/waves/{survey}/2026/margins"),
            &[("_source", "register 2026")],
            "_file",
            margins_csv(1.0).as_bytes(),
        )
        .await
        .expect_redirect(&format!("/dashboard/waves/{survey}/2026/margins"));
    admin
        .get(&format!("/dashboard/surveys/{survey}"))
        .await
        .expect_status(200)
        .expect_contains("2020, 2022, 2024")
        .expect_contains("Not shown: \u{2068}2026\u{2069}. Their answers cannot be weighted");
    let table = table_json(&admin).await;
    assert_eq!(table["waves"].as_array().unwrap().len(), 3);
    // A file far larger than any margins: refused before it is read whole (the server closes
    // the connection, so this is the last request).
    admin
        .post_file(&path, &[], "_file", &vec![b'x'; 300 * 1024])
        .await
        .expect_status(413);
    assert_eq!(stored_margins(&app), 2);
}

/// Free text a resident typed, and text a stranger typed at the sign-in form, never run as
/// markup on a staff page or become a formula in a spreadsheet.
#[tokio::test]
async fn typed_markup_is_inert_on_every_staff_page() {
    let app = spawn_app();
    app.add_staff("admin1", Role::Admin);
    free_text_response(&app);
    // A sign-in attempt with markup as the username lands in the audit log.
    let stranger = app.browser_in("en");
    stranger.get("/dashboard/login").await;
    let page = stranger
        .post(
            "/dashboard/login",
            &[
                ("_username".to_string(), SCRIPT.to_string()),
                ("_password".to_string(), "x".to_string()),
            ],
        )
        .await;
    page.expect_status(401).expect_not_contains("<script>alert");
    let admin = app.staff_browser("admin1").await;
    for path in ["/dashboard", "/dashboard/audit", "/dashboard/users"] {
        let page = admin.get(path).await;
        page.expect_status(200);
        assert!(!page.body.contains("<script>alert"), "{path}");
        assert!(!page.body.contains("<img src=x"), "{path}");
    }
    // Shown, as text.
    let audit = admin.get("/dashboard/audit").await;
    assert!(common::html_unescape(&audit.body).contains(SCRIPT));
}

/// A single wave that cannot be estimated yet (one respondent) is explained, not a server
/// error, on the page and in the API.
#[tokio::test]
async fn a_lone_wave_with_one_respondent_is_explained() {
    let app = spawn_app();
    app.add_staff("admin1", Role::Admin);
    let id = atmos_store::start_response(&mut app.conn(), app.wave("2026").id, "fi").unwrap();
    assert!(atmos_store::submit_response(&mut app.conn(), id).unwrap());
    let admin = app.staff_browser("admin1").await;
    let path = format!("/dashboard/waves/{}/2026/margins", common::SURVEY);
    admin.get(&path).await.expect_status(200);
    admin
        .post_file(&path, &[], "_file", margins_csv(1.0).as_bytes())
        .await
        .expect_redirect(&path);
    admin
        .get(&format!("/dashboard/surveys/{}", common::SURVEY))
        .await
        .expect_status(409)
        .expect_contains("cannot be weighted");
    let page = admin
        .api(
            reqwest::Method::POST,
            "/api/v1/sessions",
            None,
            Some(r#"{"username":"admin1","password":"a long enough password"}"#),
        )
        .await;
    let token: serde_json::Value = serde_json::from_str(&page.body).unwrap();
    let page = admin
        .api(
            reqwest::Method::GET,
            &format!("/api/v1/surveys/{}/indicators", common::SURVEY),
            token["token"].as_str(),
            None,
        )
        .await;
    page.expect_status(409)
        .expect_contains("\"weighting_failed\"");
}
