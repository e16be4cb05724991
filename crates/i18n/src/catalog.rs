//! All fluent texts under one `i18n/` directory, by locale and area (`<locale>/<area>.ftl`).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

use crate::error::I18nError;
use crate::negotiate::fallback_chain;

type Bundle = FluentBundle<FluentResource>;

/// Every bundle, shareable between threads (actix workers).
pub struct Catalog {
    bundles: HashMap<(LanguageIdentifier, String), Bundle>,
    locales: Vec<LanguageIdentifier>,
    default: LanguageIdentifier,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("locales", &self.locales)
            .field("default", &self.default)
            .field("bundles", &self.bundles.len())
            .finish()
    }
}

/// A formatted message, and the locale it actually came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub value: String,
    pub locale: LanguageIdentifier,
    /// Came from a locale further down the chain than the one asked for: show it with its
    /// own `lang` attribute so a screen reader pronounces it right.
    pub fallback: bool,
    /// No locale has the message; `value` is the message id, so the gap is visible, never blank.
    pub missing: bool,
}

impl Catalog {
    /// Load `dir/<locale>/*.ftl`. Each file is an area (`ui`, `survey-oulu-atmosphere`, ...)
    /// with its own bundle, so surveys cannot clash over message ids.
    pub fn load(dir: &Path, default: LanguageIdentifier) -> Result<Self, I18nError> {
        let mut bundles = HashMap::new();
        let mut locales = Vec::new();
        for entry in sorted_entries(dir)? {
            if !entry.is_dir() {
                continue;
            }
            let name = file_name(&entry);
            let locale: LanguageIdentifier = name.parse().map_err(|_| I18nError::BadLocale {
                path: entry.clone(),
                name: name.clone(),
            })?;
            for file in sorted_entries(&entry)? {
                if file.extension().and_then(|e| e.to_str()) != Some("ftl") {
                    continue;
                }
                let area = file
                    .file_stem()
                    .and_then(|s| s.to_str())
                    .unwrap_or_default()
                    .to_string();
                let source = std::fs::read_to_string(&file).map_err(|source| I18nError::Io {
                    path: file.clone(),
                    source,
                })?;
                let resource = FluentResource::try_new(source).map_err(|(res, errors)| {
                    let offset = errors.first().map_or(0, |e| e.pos.start);
                    let line = res
                        .source()
                        .get(..offset)
                        .map_or(1, |s| s.lines().count().max(1));
                    I18nError::Syntax {
                        path: file.clone(),
                        line,
                        message: errors
                            .first()
                            .map(|e| e.kind.to_string())
                            .unwrap_or_default(),
                    }
                })?;
                let mut bundle = Bundle::new_concurrent(vec![locale.clone()]);
                bundle.add_resource(resource).map_err(|errors| {
                    let id = errors
                        .iter()
                        .find_map(|e| match e {
                            fluent_bundle::FluentError::Overriding { id, .. } => Some(id.clone()),
                            _ => None,
                        })
                        .unwrap_or_default();
                    I18nError::Duplicate {
                        path: file.clone(),
                        locale: locale.to_string(),
                        id,
                    }
                })?;
                bundles.insert((locale.clone(), area), bundle);
            }
            locales.push(locale);
        }
        if locales.is_empty() {
            return Err(I18nError::Empty(dir.to_path_buf()));
        }
        Ok(Self {
            bundles,
            locales,
            default,
        })
    }

    /// Locales that have at least one file.
    pub fn locales(&self) -> &[LanguageIdentifier] {
        &self.locales
    }

    pub fn default_locale(&self) -> &LanguageIdentifier {
        &self.default
    }

    /// Locales that have a file for `area` (e.g. the languages a survey can be answered in).
    pub fn locales_with(&self, area: &str) -> Vec<LanguageIdentifier> {
        self.locales
            .iter()
            .filter(|l| self.bundles.contains_key(&((*l).clone(), area.to_string())))
            .cloned()
            .collect()
    }

    pub fn has(&self, locale: &LanguageIdentifier, area: &str, id: &str) -> bool {
        self.bundles
            .get(&(locale.clone(), area.to_string()))
            .is_some_and(|b| b.has_message(id))
    }

    /// Whether any locale of `locale`'s fallback chain has the message (for optional texts
    /// such as hints, which are left out rather than shown as their id).
    pub fn has_in_chain(&self, locale: &LanguageIdentifier, area: &str, id: &str) -> bool {
        fallback_chain(locale, &self.default)
            .iter()
            .any(|l| self.has(l, area, id))
    }

    /// Format a message for `locale`, falling back along its chain; never blank.
    pub fn text(
        &self,
        locale: &LanguageIdentifier,
        area: &str,
        id: &str,
        args: Option<&FluentArgs<'_>>,
    ) -> Text {
        for (i, candidate) in fallback_chain(locale, &self.default)
            .into_iter()
            .enumerate()
        {
            let Some(bundle) = self.bundles.get(&(candidate.clone(), area.to_string())) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let value = bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
            if value.trim().is_empty() {
                continue;
            }
            return Text {
                value,
                fallback: i > 0 && candidate.language != locale.language,
                locale: candidate,
                missing: false,
            };
        }
        Text {
            value: id.to_string(),
            locale: self.default.clone(),
            fallback: true,
            missing: true,
        }
    }
}

fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>, I18nError> {
    let read = std::fs::read_dir(dir).map_err(|source| I18nError::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut v: Vec<PathBuf> = read.filter_map(|e| e.ok().map(|e| e.path())).collect();
    v.sort();
    Ok(v)
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_string()
}
