//! The questionnaire model of atmos: loading and validating survey definitions
//! (`surveys/<id>/`), the logic language of skip logic and validation rules, and validation of
//! the answers a resident submits for one page.

pub mod answers;
pub mod error;
mod load;
pub mod logic;
mod margins;
pub mod model;
mod raw;
mod snapshot;
pub mod source;
pub mod texts;

pub use answers::{
    AnswerError, AnswerErrorKind, AnswerValue, FormInput, MessageArg, ResponseAnswers,
};
pub use error::{Diagnostic, SurveyError};
pub use load::{Loaded, load, load_targets, load_with_i18n, needed_texts};
pub use margins::MarginProblem;
pub use model::*;
pub use texts::LocaleCoverage;
