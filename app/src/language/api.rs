use leptos::prelude::*;

use crate::account::FormError;
use leptos::server_fn::codec::GetUrl;

use super::PickerCountry;

/// Every member country with its languages, sorted by its name in `locale`.
#[server(endpoint = "language/countries", input = GetUrl)]
pub async fn member_countries(locale: String) -> Result<Vec<PickerCountry>, FormError> {
    use crate::state::app_state;
    let state = app_state()?;
    let bundle = state.catalog.bundle(&locale);
    let mut countries: Vec<(String, PickerCountry)> = store::directory::countries(&state.db)
        .await?
        .into_iter()
        .map(|c| {
            let name = bundle.format(&format!("country-{}", c.code), &[]);
            let country = PickerCountry {
                code: c.code,
                endonym: c.endonym,
                locales: c.locales,
            };
            (store::fold::fold(&name), country)
        })
        .collect();
    countries.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(countries.into_iter().map(|(_, c)| c).collect())
}
