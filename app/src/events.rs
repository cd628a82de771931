//! Events and working groups (issue 19). Their pages come with the store's
//! events in the next part; the refusals the store already gives for
//! a time, a number of places or a registration have their messages here.

#[cfg(test)]
mod messages_test;
