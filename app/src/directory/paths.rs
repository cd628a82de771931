//! Where each directory form posts (server functions that exist on the
//! server only). A test keeps these equal to the functions' own paths.

pub const SAVE_ORGANISATION: &str = "/api/directory/organisation/save";
pub const ADD_PARTNERSHIP: &str = "/api/directory/partnership/add";
pub const REMOVE_PARTNERSHIP: &str = "/api/directory/partnership/remove";
pub const ADD_MEMBERSHIP: &str = "/api/directory/membership/add";
pub const SET_LEVEL: &str = "/api/directory/membership/level";
pub const REMOVE_MEMBERSHIP: &str = "/api/directory/membership/remove";
pub const CREATE_NETWORK: &str = "/api/directory/network/create";
pub const UPLOAD_IMPORT: &str = "/api/directory/import/upload";
pub const APPLY_IMPORT: &str = "/api/directory/import/apply";
/// Not a server function: a plain GET that answers CSV.
pub const EXPORT_CSV: &str = "/api/directory/organisations.csv";

#[cfg(test)]
mod tests {
    use leptos::server_fn::ServerFn;

    use super::super::edit_api::*;
    use super::super::import_api::*;

    #[test]
    fn every_form_posts_to_its_server_function() {
        let pairs = [
            (super::SAVE_ORGANISATION, SaveOrganisation::PATH),
            (super::ADD_PARTNERSHIP, AddPartnership::PATH),
            (super::REMOVE_PARTNERSHIP, RemovePartnership::PATH),
            (super::ADD_MEMBERSHIP, AddMembership::PATH),
            (super::SET_LEVEL, SetLevel::PATH),
            (super::REMOVE_MEMBERSHIP, RemoveMembership::PATH),
            (super::CREATE_NETWORK, CreateNetwork::PATH),
            (super::UPLOAD_IMPORT, UploadImport::PATH),
            (super::APPLY_IMPORT, ApplyImport::PATH),
        ];
        for (ours, theirs) in pairs {
            assert_eq!(ours, theirs);
        }
    }
}
