//! One-time codes people type by hand: resume codes and invitation codes. Only a hash of a
//! code is ever stored; the code itself is shown once (resume) or exported once (invitations).

use sha2::{Digest, Sha256};

/// `bytes` random bytes as base-32 characters (no 0/1/8/9 confusion with letters: the RFC 4648
/// alphabet has only A-Z and 2-7), in groups of four for reading aloud or copying.
pub fn new_code(bytes: usize) -> String {
    let random: Vec<u8> = (0..bytes).map(|_| rand::random::<u8>()).collect();
    let code = data_encoding::BASE32_NOPAD.encode(&random);
    code.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

/// A resume code: 128 random bits.
pub fn new_resume_code() -> String {
    new_code(16)
}

/// An invitation code: 80 random bits, shorter to type from a letter, still far beyond
/// guessing under the rate limit.
pub fn new_invitation_code() -> String {
    new_code(10)
}

/// The form of a code as people type it: case, spaces and dashes do not matter.
pub fn normalize(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

pub fn hash(code: &str) -> [u8; 32] {
    Sha256::digest(normalize(code).as_bytes()).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_have_the_promised_length_and_hash_however_typed() {
        let c = new_resume_code();
        assert_eq!(normalize(&c).len(), 26, "{c}");
        assert_eq!(c.split('-').count(), 7);
        let i = new_invitation_code();
        assert_eq!(normalize(&i).len(), 16, "{i}");
        assert_eq!(hash(&c), hash(&c.to_lowercase().replace('-', " ")));
        assert_ne!(new_resume_code(), new_resume_code());
    }
}
