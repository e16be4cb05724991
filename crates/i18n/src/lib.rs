//! Texts of atmos in many languages: fluent bundles loaded from `i18n/<locale>/<area>.ftl`,
//! locale negotiation, a fallback chain so that no text is ever blank, and text direction.

mod catalog;
mod direction;
mod error;
mod negotiate;

pub use catalog::{Catalog, Text};
pub use direction::{Direction, direction};
pub use error::I18nError;
pub use fluent_bundle::{FluentArgs, FluentValue};
pub use negotiate::{fallback_chain, negotiate};
pub use unic_langid::LanguageIdentifier;
