//! Staff passwords: Argon2id (the argon2 crate's defaults, OWASP's minimum: 19 MiB, 2
//! passes), stored as PHC strings so parameters can be raised later without a migration.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};

use crate::error::WebError;

/// Shorter passwords are refused when set (one-time passwords are longer).
pub const MIN_LENGTH: usize = 12;
/// Longer input is refused before hashing: hashing cost grows with it.
pub const MAX_LENGTH: usize = 256;

pub fn hash(password: &str) -> Result<String, WebError> {
    let salt = SaltString::encode_b64(&rand::random::<[u8; 16]>())
        .map_err(|e| WebError::Password(e.to_string()))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| WebError::Password(e.to_string()))
}

/// Whether `password` matches the stored hash. A malformed stored hash matches nothing.
pub fn verify(password: &str, stored: &str) -> bool {
    if password.len() > MAX_LENGTH {
        return false;
    }
    PasswordHash::new(stored).is_ok_and(|parsed| {
        Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
}

/// A hash that matches no password, verified against when the username is unknown so that
/// a login takes as long whether or not the account exists.
pub fn decoy_hash() -> &'static str {
    "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$\
     bWF0Y2hlcyBub3RoaW5nIGF0IGFsbCwgZXZlci4uLi4"
}

/// A one-time password: 20 characters from an alphabet without look-alikes, in groups of
/// five (about 100 bits).
pub fn one_time() -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut out = String::with_capacity(23);
    for i in 0..20 {
        if i > 0 && i % 5 == 0 {
            out.push('-');
        }
        let n = rand::random_range(0..ALPHABET.len());
        out.push(char::from(ALPHABET[n]));
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // a failing test may panic

    use super::*;

    #[test]
    fn a_hash_verifies_its_password_only() {
        let h = hash("correct horse battery").unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify("correct horse battery", &h));
        assert!(!verify("correct horse batterY", &h));
        assert!(!verify("", &h));
        assert!(!verify("correct horse battery", "not a hash"));
        assert!(!verify("anything", decoy_hash()));
        // Salted: the same password hashes differently.
        assert_ne!(h, hash("correct horse battery").unwrap());
    }

    #[test]
    fn one_time_passwords_are_long_and_differ() {
        let a = one_time();
        assert_eq!(a.len(), 23);
        assert!(a.len() >= MIN_LENGTH);
        assert_ne!(a, one_time());
    }
}
