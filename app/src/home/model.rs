use serde::{Deserialize, Serialize};

/// The headline figures of the platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totals {
    pub networks: u64,
    pub organisations: u64,
    pub countries: u64,
    pub members: u64,
}
