//! Frozen questionnaires: the canonical JSON a wave stores, and its hash.

use sha2::{Digest, Sha256};

use crate::error::SurveyError;
use crate::model::Survey;

impl Survey {
    /// The definition as stored with a wave. Field order is fixed by the model and maps are
    /// sorted, so equal definitions give byte-equal JSON and so equal hashes.
    pub fn snapshot(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
    }

    /// Hex SHA-256 of the canonical snapshot.
    pub fn snapshot_hash(&self) -> String {
        let bytes = serde_json::to_vec(self).unwrap_or_default();
        hex::encode(Sha256::digest(&bytes))
    }

    /// Rebuild a survey from a stored snapshot (its rules are parsed again).
    pub fn from_snapshot(value: serde_json::Value) -> Result<Self, SurveyError> {
        serde_json::from_value(value).map_err(|e| SurveyError::Snapshot(e.to_string()))
    }
}
