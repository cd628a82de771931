//! The country picker: a member country, then one of its official languages.

mod api;
mod page;

pub use api::member_countries;
pub use page::LanguagePage;

use serde::{Deserialize, Serialize};

/// A member country as the picker shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PickerCountry {
    /// ISO 3166-1 alpha-2 code, upper case.
    pub code: String,
    /// Its name in its own main language.
    pub endonym: String,
    /// Its official languages among the interface locales; the first is its main one.
    pub locales: Vec<String>,
}
