//! Rate limits kept in memory: for each key (an IP address, an account, an
//! inviter) the times of its recent attempts within the limit's window.
//! Each instance counts its own; behind a load balancer with N instances a
//! client gets at most N times the limit, which still stops guessing.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy)]
pub struct Limit {
    pub max: usize,
    pub per: Duration,
}

pub const SIGN_IN_PER_IP: Limit = Limit {
    max: 5,
    per: Duration::from_secs(60),
};
pub const SIGN_IN_PER_ACCOUNT: Limit = Limit {
    max: 20,
    per: Duration::from_secs(3600),
};
/// Password resets and e-mail changes: each sends an e-mail.
pub const MAIL_PER_IP: Limit = Limit {
    max: 5,
    per: Duration::from_secs(15 * 60),
};
pub const MAIL_PER_ADDRESS: Limit = Limit {
    max: 3,
    per: Duration::from_secs(3600),
};
/// Accepting an invitation and setting a new password (hashing is costly).
pub const NEW_PASSWORD_PER_IP: Limit = Limit {
    max: 10,
    per: Duration::from_secs(60),
};
pub const INVITATIONS_PER_MEMBER: Limit = Limit {
    max: 30,
    per: Duration::from_secs(3600),
};
/// Questions, replies and edits in peer counselling.
pub const POSTS_PER_MEMBER: Limit = Limit {
    max: 10,
    per: Duration::from_secs(10 * 60),
};
pub const FLAGS_PER_MEMBER: Limit = Limit {
    max: 20,
    per: Duration::from_secs(3600),
};
pub const JOIN_REQUESTS_PER_IP: Limit = Limit {
    max: 5,
    per: Duration::from_secs(3600),
};

#[derive(Default)]
pub struct Throttle {
    attempts: Mutex<HashMap<String, VecDeque<Instant>>>,
}

impl Throttle {
    /// Counts an attempt under `key`; refuses it, with the seconds until the
    /// next one is allowed, when the window is full.
    pub fn hit(&self, key: &str, limit: Limit) -> Result<(), u64> {
        self.hit_at(key, limit, Instant::now())
    }

    fn hit_at(&self, key: &str, limit: Limit, now: Instant) -> Result<(), u64> {
        let mut map = self.attempts.lock().unwrap_or_else(|e| e.into_inner());
        if map.len() > 100_000 {
            map.retain(|_, times| {
                times
                    .back()
                    .is_some_and(|t| now.duration_since(*t) < Duration::from_secs(3600))
            });
        }
        let times = map.entry(key.to_owned()).or_default();
        while times
            .front()
            .is_some_and(|t| now.duration_since(*t) >= limit.per)
        {
            times.pop_front();
        }
        if times.len() >= limit.max {
            let oldest = *times.front().expect("a full window has a first attempt");
            let wait = limit.per - now.duration_since(oldest);
            return Err((wait.as_secs() + u64::from(wait.subsec_nanos() > 0)).max(1));
        }
        times.push_back(now);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sixth_sign_in_of_a_minute_waits_for_the_first_to_leave_the_window() {
        let throttle = Throttle::default();
        let start = Instant::now();
        for i in 0..5 {
            assert_eq!(
                throttle.hit_at("ip:1", SIGN_IN_PER_IP, start + Duration::from_secs(i)),
                Ok(())
            );
        }
        let refused = throttle.hit_at("ip:1", SIGN_IN_PER_IP, start + Duration::from_secs(10));
        assert!(matches!(refused, Err(50..=51)), "{refused:?}");
        assert_eq!(
            throttle.hit_at("ip:2", SIGN_IN_PER_IP, start + Duration::from_secs(10)),
            Ok(()),
            "other keys are free"
        );
        assert_eq!(
            throttle.hit_at("ip:1", SIGN_IN_PER_IP, start + Duration::from_secs(61)),
            Ok(())
        );
    }

    #[test]
    fn an_account_gets_twenty_sign_ins_an_hour() {
        let throttle = Throttle::default();
        let start = Instant::now();
        for i in 0..20 {
            assert!(throttle
                .hit_at(
                    "account:a",
                    SIGN_IN_PER_ACCOUNT,
                    start + Duration::from_secs(i * 60)
                )
                .is_ok());
        }
        assert!(throttle
            .hit_at(
                "account:a",
                SIGN_IN_PER_ACCOUNT,
                start + Duration::from_secs(1300)
            )
            .is_err());
        assert!(throttle
            .hit_at(
                "account:a",
                SIGN_IN_PER_ACCOUNT,
                start + Duration::from_secs(3601)
            )
            .is_ok());
    }
}
