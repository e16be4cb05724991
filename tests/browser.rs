//! The survey form in a real browser: `tests/browser/a11y.mjs` drives headless Chromium
//! (playwright-core) through the whole journey in Finnish, English and Arabic, runs axe-core
//! (WCAG 2.0/2.1 A and AA) on every page, answers one page with the keyboard alone, checks
//! `<html lang dir>` and that nothing scrolls sideways at 320 px, and saves screenshots under
//! `tests/artifacts/screenshots/`. Then the staff dashboard in Finnish, Swedish and English:
//! signing in as the first admin (the one-time password `atmos up` printed), its password
//! change, the overview, the accounts page and their error pages, axe on each.
//!
//! Prerequisites are installed here from Debian and npm packages when missing (Chromium with
//! `apt-get` when running as root, the node packages with `npm ci`); when that is not possible
//! the test fails with instructions. It is never skipped.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use atmos_store::testing::TestDb;

const CHROMIUM: &str = "/usr/bin/chromium";
const SURVEY_PATH: &str = "/s/oulu-atmosphere/2026";
const SERVER_START_TIMEOUT: Duration = Duration::from_secs(120);
const BROWSER_TIMEOUT: Duration = Duration::from_secs(15 * 60);

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn artifacts() -> PathBuf {
    root().join("tests").join("artifacts")
}

/// The `atmos up` server, killed when dropped (also while a failing test unwinds).
struct Server {
    child: Child,
    log: PathBuf,
}

impl Server {
    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn survey_pages_pass_axe_keyboard_and_reflow_checks_in_chromium() {
    ensure_chromium();
    ensure_node_packages();
    std::fs::create_dir_all(artifacts()).unwrap();

    // `atmos up` creates and migrates the database itself; TestDb drops it afterwards.
    let db = TestDb::missing();
    let port = free_port();
    let server = start_server(&db.url, port);
    let base = format!("http://127.0.0.1:{port}");
    // The first dashboard account's one-time password, as `atmos up` printed it.
    let log = server.log();
    let admin_password = log
        .lines()
        .find_map(|l| l.split_once("admin, one-time password "))
        .map(|(_, p)| p.trim().to_string())
        .unwrap_or_else(|| panic!("`atmos up` printed no first admin\n{log}"));

    let report_path = artifacts().join("browser-report.txt");
    let report_file = std::fs::File::create(&report_path).unwrap();
    let mut node = Command::new("node")
        .arg(root().join("tests/browser/a11y.mjs"))
        .arg(&base)
        .arg(&admin_password)
        .current_dir(root())
        .stdin(Stdio::null())
        .stdout(report_file.try_clone().unwrap())
        .stderr(report_file)
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run node ({e}); install Node.js 20 or later and npm"));
    let status = wait_with_timeout(&mut node, BROWSER_TIMEOUT);
    let report = std::fs::read_to_string(&report_path).unwrap_or_default();
    match status {
        Some(s) if s.success() => println!("{report}"),
        Some(s) => panic!(
            "browser checks failed ({s}); report below and in {}, screenshots in {}\n\
             --- report ---\n{report}\n--- server log ---\n{}",
            report_path.display(),
            artifacts().join("screenshots").display(),
            server.log()
        ),
        None => panic!(
            "browser checks did not finish within {BROWSER_TIMEOUT:?}\n--- report so far ---\n\
             {report}\n--- server log ---\n{}",
            server.log()
        ),
    }
    drop(server);
    drop(db);
}

/// Debian's Chromium at /usr/bin/chromium, installed with apt-get when missing and we are root.
fn ensure_chromium() {
    if Path::new(CHROMIUM).exists() {
        return;
    }
    let root_user = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
    if !root_user {
        panic!(
            "{CHROMIUM} is missing and this test is not running as root, so it cannot install \
             it: run `sudo apt-get install -y chromium` (Debian's package), then run the tests again"
        );
    }
    let install = || {
        Command::new("apt-get")
            .args(["install", "-y", "-qq", "chromium"])
            .env("DEBIAN_FRONTEND", "noninteractive")
            .status()
            .is_ok_and(|s| s.success())
    };
    if !install() {
        let updated = Command::new("apt-get")
            .args(["update", "-qq"])
            .status()
            .is_ok_and(|s| s.success());
        assert!(
            updated && install(),
            "{CHROMIUM} is missing and `apt-get install -y chromium` failed (also after \
             `apt-get update`); install Debian's chromium package by hand"
        );
    }
    assert!(
        Path::new(CHROMIUM).exists(),
        "`apt-get install chromium` succeeded but {CHROMIUM} is still missing"
    );
}

/// tests/browser/node_modules as package-lock.json says, from `npm ci` when missing or stale.
fn ensure_node_packages() {
    let dir = root().join("tests/browser");
    // "v20.20.2" -> 20; playwright-core wants Node.js 20 or later.
    let major = Command::new("node")
        .arg("--version")
        .output()
        .ok()
        .filter(|o| o.status.success())
        .and_then(|o| {
            let v = String::from_utf8_lossy(&o.stdout).trim().to_string();
            v.trim_start_matches('v')
                .split('.')
                .next()?
                .parse::<u32>()
                .ok()
        });
    match major {
        Some(m) if m >= 20 => {}
        Some(m) => panic!(
            "Node.js {m} is too old for playwright-core: install Node.js 20 or later, then run \
             the tests again"
        ),
        None => panic!(
            "`node` is not available: install Node.js 20 or later and npm, then run the tests \
             again"
        ),
    }
    if node_packages_current(&dir) {
        return;
    }
    let status = Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        .current_dir(&dir)
        .status();
    match status {
        Ok(s) if s.success() => {}
        Ok(s) => panic!(
            "`npm ci` in {} failed ({s}): the npm registry must be reachable to install \
             playwright-core and axe-core",
            dir.display()
        ),
        Err(e) => panic!(
            "cannot run `npm` ({e}): install npm, or run `npm ci` in {} by hand",
            dir.display()
        ),
    }
    assert!(
        node_packages_current(&dir),
        "`npm ci` in {} did not install the versions package.json asks for",
        dir.display()
    );
}

/// Whether every dependency of tests/browser/package.json is installed at its exact version.
fn node_packages_current(dir: &Path) -> bool {
    let read = |p: PathBuf| -> Option<serde_json::Value> {
        serde_json::from_str(&std::fs::read_to_string(p).ok()?).ok()
    };
    let manifest = read(dir.join("package.json")).expect("tests/browser/package.json is readable");
    let deps = manifest["dependencies"]
        .as_object()
        .expect("tests/browser/package.json has dependencies");
    deps.iter().all(|(name, version)| {
        read(dir.join("node_modules").join(name).join("package.json"))
            .is_some_and(|installed| installed["version"] == *version)
    })
}

/// A port that was free a moment ago (`atmos up` needs a fixed one to print its URLs).
fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

fn start_server(db_url: &str, port: u16) -> Server {
    let log = artifacts().join("browser-server.log");
    let file = std::fs::File::create(&log).unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_atmos"))
        .args(["up", "--bind", &format!("127.0.0.1:{port}")])
        .args(["--posts-per-minute", "100000", "--workers", "2"])
        .env("DATABASE_URL", db_url)
        .env_remove("ATMOS_SECURE_COOKIES")
        .env_remove("ATMOS_I18N")
        .current_dir(root())
        .stdin(Stdio::null())
        .stdout(file.try_clone().unwrap())
        .stderr(file)
        .spawn()
        .expect("the atmos binary starts");
    let mut server = Server { child, log };
    let deadline = Instant::now() + SERVER_START_TIMEOUT;
    loop {
        if let Some(status) = server.child.try_wait().unwrap() {
            panic!(
                "`atmos up` exited ({status}) before serving\n{}",
                server.log()
            );
        }
        if healthz(port) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "`atmos up` did not answer /healthz within {SERVER_START_TIMEOUT:?}\n{}",
            server.log()
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    // The wave the script walks through must be there.
    assert!(
        server.log().contains(SURVEY_PATH),
        "`atmos up` did not open {SURVEY_PATH}\n{}",
        server.log()
    );
    server
}

fn healthz(port: u16) -> bool {
    let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let request =
        format!("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n");
    if stream.write_all(request.as_bytes()).is_err() {
        return false;
    }
    let mut response = String::new();
    let _ = stream.read_to_string(&mut response);
    response.starts_with("HTTP/1.1 200")
}

fn wait_with_timeout(child: &mut Child, timeout: Duration) -> Option<ExitStatus> {
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return Some(status);
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}
