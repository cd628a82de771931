//! Passwords: the policy (8 to 256 characters, not among the 10,000 most
//! common) and argon2id hashing (m = 19 MiB, t = 2, p = 1, OWASP's minimum),
//! run on the blocking pool so a hash never stalls the async threads.

use std::collections::HashSet;
use std::sync::LazyLock;

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};

use crate::refusal::Refusal;

pub const MIN_CHARS: usize = 8;
pub const MAX_CHARS: usize = 256;
/// Memory cost in KiB (19 MiB), iterations and lanes.
pub const MEMORY_KIB: u32 = 19 * 1024;
pub const ITERATIONS: u32 = 2;
pub const LANES: u32 = 1;

/// The shipped list: the 10,000 most common passwords of at least 8 characters
/// (derived by `scripts/passwords/derive.mjs`).
static COMMON: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../data/common-passwords.txt")
        .lines()
        .filter(|l| !l.is_empty())
        .collect()
});

/// How many passwords the common list holds.
pub fn common_count() -> usize {
    COMMON.len()
}

/// Whether a new password may be used.
pub fn check_policy(password: &str) -> Result<(), Refusal> {
    let chars = password.chars().count();
    if chars < MIN_CHARS {
        return Err(Refusal::PasswordTooShort);
    }
    if chars > MAX_CHARS {
        return Err(Refusal::PasswordTooLong);
    }
    if COMMON.contains(password) || COMMON.contains(password.to_lowercase().as_str()) {
        return Err(Refusal::PasswordCommon);
    }
    Ok(())
}

fn hasher() -> Argon2<'static> {
    let params = Params::new(MEMORY_KIB, ITERATIONS, LANES, None).expect("valid argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// The PHC string of a password, computed off the async threads.
pub async fn hash(password: String) -> String {
    tokio::task::spawn_blocking(move || {
        let mut salt = [0u8; 16];
        rand::RngCore::fill_bytes(&mut rand::rng(), &mut salt);
        let salt = SaltString::encode_b64(&salt).expect("16 bytes encode");
        hasher()
            .hash_password(password.as_bytes(), &salt)
            .expect("argon2 hashes any input")
            .to_string()
    })
    .await
    .expect("hashing task finishes")
}

/// Whether the password matches the stored hash. With no hash (an unknown
/// account, or one without a password yet) a dummy hash is checked instead,
/// so that the answer takes as long either way.
pub async fn verify(password: String, stored: Option<String>) -> bool {
    tokio::task::spawn_blocking(move || {
        let known = stored.is_some();
        let stored = stored.unwrap_or_else(|| DUMMY.clone());
        let Ok(parsed) = PasswordHash::new(&stored) else {
            return false;
        };
        hasher()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
            && known
    })
    .await
    .unwrap_or(false)
}

/// Computes the dummy hash now (at start-up), so that the first sign-in with
/// an unknown address takes no longer than any other.
pub async fn warm_up() {
    let _ = tokio::task::spawn_blocking(|| LazyLock::force(&DUMMY).len()).await;
}

/// Stores a new hash, ends the member's other sessions (all but `keep`) and
/// records why, inside the caller's transaction.
pub async fn store_new(
    txn: &impl sea_orm::ConnectionTrait,
    member_id: i32,
    hash: String,
    keep_session: Option<&str>,
    why: super::audit::Kind,
    ip: Option<String>,
) -> Result<(), crate::StoreError> {
    use crate::entity::member;
    use sea_orm::{ActiveValue::Set, EntityTrait};
    member::Entity::update(member::ActiveModel {
        id: Set(member_id),
        password_hash: Set(Some(hash)),
        ..Default::default()
    })
    .exec(txn)
    .await?;
    super::session::end_all(txn, member_id, keep_session).await?;
    super::audit::record(txn, why, super::audit::Event::own(member_id, ip)).await
}

static DUMMY: LazyLock<String> = LazyLock::new(|| {
    let salt = SaltString::encode_b64(b"vetnet-no-such-account").expect("salt encodes");
    hasher()
        .hash_password(b"no account has this password", &salt)
        .expect("argon2 hashes")
        .to_string()
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_refuses_short_long_and_common_passwords() {
        assert_eq!(check_policy("Kurz7!"), Err(Refusal::PasswordTooShort));
        assert_eq!(
            check_policy(&"x".repeat(257)),
            Err(Refusal::PasswordTooLong)
        );
        assert_eq!(check_policy("password"), Err(Refusal::PasswordCommon));
        assert_eq!(check_policy("Password"), Err(Refusal::PasswordCommon));
        assert_eq!(check_policy("baseball"), Err(Refusal::PasswordCommon));
        assert_eq!(check_policy("Žlutý kůň 2026"), Ok(()));
        assert!(common_count() >= 10_000);
    }

    #[tokio::test]
    async fn hashes_with_argon2id_at_the_required_cost_and_verifies() {
        let stored = hash("Žlutý kůň 2026".into()).await;
        let parsed = PasswordHash::new(&stored).unwrap();
        assert_eq!(parsed.algorithm.as_str(), "argon2id");
        let params = Params::try_from(&parsed).unwrap();
        assert!(params.m_cost() >= 19 * 1024);
        assert!(params.t_cost() >= 2);
        assert_eq!(params.p_cost(), 1);
        assert!(verify("Žlutý kůň 2026".into(), Some(stored.clone())).await);
        assert!(!verify("zlutý kůň 2026".into(), Some(stored)).await);
        assert!(!verify("no account has this password".into(), None).await);
    }
}
