use leptos::prelude::*;

use crate::account::FormError;
use leptos::server_fn::codec::GetUrl;

use super::model::MemberMap;

/// The member countries shaded by their number of organisations, drawn on the
/// server in `locale` (the path data never reaches the WASM), with the figures.
#[server(endpoint = "directory/map", input = GetUrl)]
pub async fn country_map(locale: String) -> Result<MemberMap, FormError> {
    use super::map_svg::draw;
    use super::model::CountryCount;
    use crate::state::app_state;

    let state = app_state()?;
    let counts = store::directory::organisations_by_country(&state.db).await?;
    let bundle = state.catalog.bundle(&locale);
    Ok(MemberMap {
        svg: draw(&bundle, &counts),
        countries: counts
            .into_iter()
            .map(|(code, organisations)| CountryCount {
                code,
                organisations,
            })
            .collect(),
    })
}
