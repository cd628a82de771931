//! Events and working groups (issue 19). So far: the calendar files served
//! to programs (per event, per series, per network and group, and a
//! member's own feed), and the messages of the store's refusals. The pages
//! come next.

pub mod paths;

server_only! {
    pub mod calendar_files;
}

#[cfg(test)]
mod messages_test;
