//! Who may do what: one check per action, used by every server function and
//! route that changes something. A visitor is `None`.

use crate::account::Actor;
use crate::refusal::Refusal;
use crate::StoreError;

/// Every action that changes data on someone else's behalf or beyond one's own profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Invite a person into an organisation, as a member of the platform.
    InviteMember { network_id: Option<i32> },
    /// Invite (or appoint) a facilitator of a network.
    InviteFacilitator { network_id: i32 },
    /// Invite a coordinator of the platform.
    InviteCoordinator,
    /// Approve or decline a request to join a network.
    DecideJoinRequest { network_id: i32 },
    /// See a network's pending requests to join.
    SeeJoinRequests { network_id: i32 },
    /// Ask to join a network (visitors and members alike).
    AskToJoin,
    /// Read the audit log of security events.
    ReadAuditLog,
    /// Edit one's own profile, password, e-mail; export or delete one's account.
    ManageOwnAccount,
    /// See members' contact details (a visitor sees names and roles only).
    SeeContactDetails,
    /// Change an organisation's record and its partnership offers and needs.
    EditOrganisation { organisation_id: i32 },
    /// Add organisations to a network, change their level, remove them;
    /// import organisations into it.
    ManageMemberships { network_id: i32 },
    /// Create a network.
    CreateNetwork,
}

/// Whether the actor may do this.
pub fn allowed(actor: Option<&Actor>, action: Action) -> bool {
    use Action::*;
    let Some(actor) = actor else {
        return matches!(action, AskToJoin);
    };
    let facilitates =
        |network_id: i32| actor.coordinator || actor.facilitates.contains(&network_id);
    match action {
        AskToJoin | ManageOwnAccount | SeeContactDetails => true,
        InviteMember { network_id: None } => actor.coordinator,
        InviteMember {
            network_id: Some(n),
        }
        | InviteFacilitator { network_id: n }
        | DecideJoinRequest { network_id: n }
        | SeeJoinRequests { network_id: n }
        | ManageMemberships { network_id: n } => facilitates(n),
        EditOrganisation { organisation_id } => {
            actor.coordinator || actor.organisation_id == organisation_id
        }
        InviteCoordinator | ReadAuditLog | CreateNetwork => actor.coordinator,
    }
}

/// [`allowed`], as a `Result` for `?`.
pub fn check(actor: Option<&Actor>, action: Action) -> Result<(), StoreError> {
    if allowed(actor, action) {
        Ok(())
    } else {
        Err(StoreError::Refused(Refusal::Forbidden))
    }
}
