//! Shared test data: the repository's texts, survey and targets, and indicator tables computed
//! from the synthetic respondent file of the whole-table comparison (three waves of 500).
#![allow(dead_code)] // each test crate uses some of these

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use atmos_analysis::frame::{from_respondent_file, plan_for_file};
use atmos_analysis::{IndicatorTable, Request, build_table};
use atmos_i18n::{Catalog, LanguageIdentifier};
use atmos_report::{ReportInput, render};
use atmos_survey::{Loaded, Target};

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn lang(code: &str) -> LanguageIdentifier {
    code.parse().expect("a valid language tag")
}

pub fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| Catalog::load(&root().join("i18n"), lang("fi")).expect("i18n loads"))
}

pub fn loaded() -> &'static Loaded {
    static LOADED: OnceLock<Loaded> = OnceLock::new();
    LOADED.get_or_init(|| {
        atmos_survey::load(&root().join("surveys/oulu-atmosphere"))
            .expect("the bundled survey loads")
    })
}

pub fn respondents() -> PathBuf {
    root().join("tests/fixtures/analysis/whole_table/respondents.csv")
}

/// The table of `waves` (raked, as `atmos report` computes it) with breakdowns `by`.
pub fn table(waves: &[&str], by: &[&str], min_n: usize) -> IndicatorTable {
    let request = Request {
        waves: waves.iter().map(|s| (*s).to_owned()).collect(),
        breakdowns: by.iter().map(|s| (*s).to_owned()).collect(),
        min_n,
        ..Request::default()
    };
    let path = respondents();
    let plan = plan_for_file(&path, &loaded().survey, request).expect("a plan for the file");
    let frame = from_respondent_file(&path, &plan).expect("the file reads");
    build_table(&plan, &frame).expect("the table builds")
}

pub fn report(table: &IndicatorTable, targets: &[Target], code: &str) -> String {
    let locale = lang(code);
    render(&ReportInput {
        table,
        survey: &loaded().survey,
        targets,
        catalog: catalog(),
        locale: &locale,
        questionnaires: &[],
    })
    .expect("the report renders")
}
