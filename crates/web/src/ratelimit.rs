//! Rate limiting of POSTs per client, without keeping anything that identifies the client:
//! the address is hashed with a key made at start and never written anywhere.

use std::net::IpAddr;
use std::num::NonZeroU32;

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use sha2::{Digest, Sha256};

pub struct RateLimit {
    limiter: DefaultKeyedRateLimiter<[u8; 16]>,
    key: [u8; 32],
}

impl std::fmt::Debug for RateLimit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RateLimit")
    }
}

impl RateLimit {
    pub fn per_minute(n: u32) -> Self {
        let n = NonZeroU32::new(n).unwrap_or(NonZeroU32::MIN);
        Self {
            limiter: RateLimiter::keyed(Quota::per_minute(n)),
            key: rand::random(),
        }
    }

    /// Whether this client may make one more POST now.
    pub fn allow(&self, ip: Option<IpAddr>) -> bool {
        let mut h = Sha256::new();
        h.update(self.key);
        h.update(ip.map(|i| i.to_string()).unwrap_or_default());
        let digest = h.finalize();
        let mut k = [0u8; 16];
        k.copy_from_slice(&digest[..16]);
        // Forget idle clients now and then, so memory stays bounded.
        if self.limiter.len() > 10_000 {
            self.limiter.retain_recent();
        }
        self.limiter.check_key(&k).is_ok()
    }
}
