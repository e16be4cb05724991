//! The query parameters of the dashboard's survey pages and downloads, read once and bounded.

use actix_web::HttpRequest;
use actix_web::web;

/// `?by=&suppress=&wave=&wave=&free_text=&from=&to=`; unknown parameters are ignored.
#[derive(Debug, Clone, Default)]
pub struct Params {
    pairs: Vec<(String, String)>,
}

impl Params {
    pub fn of(req: &HttpRequest) -> Self {
        let pairs = web::Query::<Vec<(String, String)>>::from_query(req.query_string())
            .map_or_else(
                |_| Vec::new(),
                |q| {
                    q.into_inner()
                        .into_iter()
                        .take(64)
                        .map(|(k, v)| (k, v.chars().take(64).collect()))
                        .collect()
                },
            );
        Self { pairs }
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, v)| k == key && !v.is_empty())
            .map(|(_, v)| v.as_str())
    }

    pub fn all(&self, key: &str) -> Vec<String> {
        self.pairs
            .iter()
            .filter(|(k, v)| k == key && !v.is_empty())
            .map(|(_, v)| v.clone())
            .collect()
    }

    /// A breakdown id, or nothing (whole waves).
    pub fn by(&self) -> Option<String> {
        self.get("by").map(str::to_owned)
    }

    /// Whether small cells are to be hidden: always, unless `suppress=no` (analysts only).
    pub fn hidden(&self) -> bool {
        self.get("suppress") != Some("no")
    }

    pub fn flag(&self, key: &str) -> bool {
        self.get(key) == Some("yes")
    }
}
