//! Sign-in attempts per username: guessing one account's password is slowed down to a few
//! tries per quarter hour, whatever address the guesses come from. Kept in memory only.

use std::num::NonZeroU32;
use std::time::Duration;

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

pub struct LoginThrottle {
    limiter: DefaultKeyedRateLimiter<String>,
}

impl std::fmt::Debug for LoginThrottle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LoginThrottle")
    }
}

impl LoginThrottle {
    /// `burst` attempts at once, then one more every `15 min / burst`.
    pub fn new(burst: u32) -> Self {
        let burst = NonZeroU32::new(burst).unwrap_or(NonZeroU32::MIN);
        let period = Duration::from_secs(15 * 60) / burst.get();
        let quota = Quota::with_period(period)
            .unwrap_or_else(|| Quota::per_minute(NonZeroU32::MIN))
            .allow_burst(burst);
        Self {
            limiter: RateLimiter::keyed(quota),
        }
    }

    /// Whether one more attempt for `username` may be checked now.
    pub fn allow(&self, username: &str) -> bool {
        // Usernames are bounded by the form, but anyone can make them up: forget idle ones.
        if self.limiter.len() > 10_000 {
            self.limiter.retain_recent();
        }
        self.limiter
            .check_key(&username.chars().take(64).collect())
            .is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allows_the_burst_then_refuses_per_username() {
        let t = LoginThrottle::new(3);
        assert!((0..3).all(|_| t.allow("anna")));
        assert!(!t.allow("anna"));
        assert!(t.allow("bertil"));
    }
}
