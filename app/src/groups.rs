//! Working groups (issue 19): the list, a group's space (charter, mandate,
//! leaders with their history, members, its events) with joining, leaving,
//! the leaders' decisions and leadership passing on, and founding a group.

pub mod paths;

server_only! {
    mod api;
    mod group_page;
    mod list_page;
    mod model;
    mod new_page;
    mod write_api;

    pub use group_page::GroupPage;
    pub use list_page::GroupsPage;
    pub use new_page::NewGroupPage;
}
