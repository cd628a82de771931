//! Events and working groups (issue 19). This first part holds what every
//! other part of it stands on: times as wall times in an IANA zone
//! (`time`), and calendar files that calendar programs read (`ics`).

pub mod ics;
pub mod time;
