//! What a plan's live stream sends to the island: a change, who is present.

use serde::{Deserialize, Serialize};

/// Someone with the plan open; `editing`: the activity whose form they have open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PresenceView {
    pub name: String,
    pub editing: Option<i32>,
}

/// A change as the live stream announces it (the raw values, as forms hold them).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeEvent {
    pub id: i32,
    pub entity: String,
    pub entity_id: i32,
    pub field: String,
    pub after: String,
    pub member_name: String,
}
