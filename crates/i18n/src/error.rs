use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: '{name}' is not a locale identifier")]
    BadLocale { path: PathBuf, name: String },
    #[error("{path}:{line}: fluent syntax error: {message}")]
    Syntax {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("{path}: message '{id}' is defined twice in locale {locale}")]
    Duplicate {
        path: PathBuf,
        locale: String,
        id: String,
    },
    #[error("no locales found in {0}")]
    Empty(PathBuf),
}
