//! Rows as the rest of atmos sees them, and the status and role enums stored as text.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};
use diesel::deserialize::{self, FromSql, FromSqlRow};
use diesel::expression::AsExpression;
use diesel::pg::{Pg, PgValue};
use diesel::prelude::*;
use diesel::serialize::{self, Output, ToSql};
use diesel::sql_types::Text;
use uuid::Uuid;

use crate::schema::{audit_log, questionnaires, responses, surveys, users, waves};

/// A survey: just its id; its content lives in [`Questionnaire`] versions.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = surveys, check_for_backend(Pg))]
pub struct Survey {
    pub id: String,
    pub created_at: DateTime<Utc>,
}

/// A frozen snapshot of a survey definition.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable)]
#[diesel(table_name = questionnaires, check_for_backend(Pg))]
pub struct Questionnaire {
    pub id: i64,
    pub survey_id: String,
    pub version: i32,
    pub hash: String,
    pub definition: serde_json::Value,
    pub loaded_at: DateTime<Utc>,
}

/// One fielding of a survey, e.g. the 2024 wave.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = waves, check_for_backend(Pg))]
pub struct Wave {
    pub id: i64,
    pub survey_id: String,
    /// The questionnaire snapshot this wave runs, frozen when the wave was created.
    pub questionnaire_id: i64,
    pub label: String,
    pub status: WaveStatus,
    pub opens_at: Option<DateTime<Utc>>,
    pub closes_at: Option<DateTime<Utc>>,
    pub invitation_required: bool,
    pub created_at: DateTime<Utc>,
    pub opened_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
}

/// One respondent's response to a wave (without the resume hash, which only lookups by
/// resume code need).
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = responses, check_for_backend(Pg))]
pub struct Response {
    pub id: Uuid,
    pub wave_id: i64,
    pub locale: String,
    pub status: ResponseStatus,
    pub started_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub submitted_at: Option<DateTime<Utc>>,
}

/// Implements the text mapping of an enum: the database keeps the readable word (and a check
/// constraint lists the allowed ones), Rust code gets an exhaustive enum. `$noun` names the
/// kind of value in the error for an unknown word, which also lists the allowed ones, since
/// the words come from people too (e.g. `atmos user add --role`).
macro_rules! text_enum {
    ($name:ident, $noun:literal { $($variant:ident => $text:literal),+ $(,)? }) => {
        impl $name {
            /// Every value, in declaration order.
            pub const ALL: [Self; [$($text),+].len()] = [$(Self::$variant),+];

            /// The word stored in the database.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $text),+
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = String;

            fn from_str(text: &str) -> Result<Self, Self::Err> {
                match text {
                    $($text => Ok(Self::$variant),)+
                    other => Err(format!(
                        concat!("unknown ", $noun, " {:?}: expected one of {}"),
                        other,
                        [$($text),+].join(", ")
                    )),
                }
            }
        }

        impl ToSql<Text, Pg> for $name {
            fn to_sql<'b>(&'b self, out: &mut Output<'b, '_, Pg>) -> serialize::Result {
                <str as ToSql<Text, Pg>>::to_sql(self.as_str(), out)
            }
        }

        impl FromSql<Text, Pg> for $name {
            fn from_sql(value: PgValue<'_>) -> deserialize::Result<Self> {
                let text = <String as FromSql<Text, Pg>>::from_sql(value)?;
                Ok(text.parse()?)
            }
        }
    };
}

/// Where a wave is in its life: draft -> open -> closed, never back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, AsExpression, FromSqlRow)]
#[diesel(sql_type = Text)]
pub enum WaveStatus {
    /// Created, not yet collecting responses.
    Draft,
    /// Collecting responses.
    Open,
    /// Done; its responses are final.
    Closed,
}

text_enum!(WaveStatus, "wave status" {
    Draft => "draft",
    Open => "open",
    Closed => "closed",
});

/// Whether a respondent has sent their response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, AsExpression, FromSqlRow)]
#[diesel(sql_type = Text)]
pub enum ResponseStatus {
    InProgress,
    Submitted,
}

text_enum!(ResponseStatus, "response status" {
    InProgress => "in_progress",
    Submitted => "submitted",
});

/// An account's role. What each role may do is decided by the web layer; the store only
/// keeps the word, and refuses to disable the last enabled admin.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, AsExpression, FromSqlRow)]
#[diesel(sql_type = Text)]
pub enum Role {
    Admin,
    Analyst,
    Evaluator,
}

text_enum!(Role, "role" {
    Admin => "admin",
    Analyst => "analyst",
    Evaluator => "evaluator",
});

/// A staff account. `password_hash` is whatever the web layer stored (an Argon2id PHC
/// string); this crate never sees a password. `Debug` leaves the hash out, so a logged user
/// does not put it into the logs.
#[derive(Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = users, check_for_backend(Pg))]
pub struct User {
    pub id: i64,
    pub username: String,
    pub role: Role,
    pub password_hash: String,
    /// A disabled user cannot log in, and their sessions are gone.
    pub disabled: bool,
    /// The password was set by an admin; the user must choose their own at the next login.
    pub must_change_password: bool,
    pub created_at: DateTime<Utc>,
    pub password_changed_at: DateTime<Utc>,
}

impl fmt::Debug for User {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("User")
            .field("id", &self.id)
            .field("username", &self.username)
            .field("role", &self.role)
            .field("password_hash", &"<redacted>")
            .field("disabled", &self.disabled)
            .field("must_change_password", &self.must_change_password)
            .field("created_at", &self.created_at)
            .field("password_changed_at", &self.password_changed_at)
            .finish()
    }
}

/// A live session (unexpired, of an enabled user) found by its token hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserSession {
    pub user: User,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

/// One entry of the audit log.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable)]
#[diesel(table_name = audit_log, check_for_backend(Pg))]
pub struct AuditEntry {
    pub id: i64,
    pub at: DateTime<Utc>,
    /// The user's name when the entry was written (kept after the account is deleted); None
    /// for an action of the system itself.
    pub username: Option<String>,
    /// A dotted word such as `export.answers` or `user.disable`.
    pub action: String,
    /// What the action was done to (survey, wave, user, ...), as a JSON value.
    pub detail: serde_json::Value,
}

/// The value of one answer row: exactly one of the three value columns.
#[derive(Debug, Clone, PartialEq)]
pub enum AnswerValue {
    /// A chosen option's code (single, multiple choice, Likert, matrix).
    Option(String),
    /// A number question's value; must be finite.
    Number(f64),
    /// A short or long text answer.
    Text(String),
}

/// An answer to store: question, item (matrix row id, or empty) and value. Several answers with
/// the same question and item are several chosen codes of a multiple-choice question.
#[derive(Debug, Clone, PartialEq)]
pub struct NewAnswer {
    pub question_id: String,
    /// The matrix row id, or `""` for questions without rows.
    pub item: String,
    pub value: AnswerValue,
}

impl NewAnswer {
    pub fn option(question_id: impl Into<String>, code: impl Into<String>) -> Self {
        Self::new(question_id, AnswerValue::Option(code.into()))
    }

    pub fn number(question_id: impl Into<String>, value: f64) -> Self {
        Self::new(question_id, AnswerValue::Number(value))
    }

    pub fn text(question_id: impl Into<String>, text: impl Into<String>) -> Self {
        Self::new(question_id, AnswerValue::Text(text.into()))
    }

    /// The same answer for a matrix row.
    pub fn with_item(mut self, item: impl Into<String>) -> Self {
        self.item = item.into();
        self
    }

    fn new(question_id: impl Into<String>, value: AnswerValue) -> Self {
        Self {
            question_id: question_id.into(),
            item: String::new(),
            value,
        }
    }
}

/// A stored answer row.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub question_id: String,
    pub item: String,
    /// Order of the codes of one multiple-choice item, from 0.
    pub seq: i16,
    pub value: AnswerValue,
}
