//! What every request handler and server function shares (server only).

use std::sync::Arc;

use axum::extract::FromRef;
use leptos::prelude::*;

use crate::account::mail::Mailer;
use crate::account::throttle::Throttle;
use crate::account::FormError;
use crate::i18n::catalog::Catalog;

#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: store::Db,
    pub catalog: Arc<Catalog>,
    pub mailer: Arc<dyn Mailer>,
    pub throttle: Arc<Throttle>,
    pub accounts: Arc<AccountSettings>,
    /// The home page's figures, counted at most every few seconds.
    pub totals: Arc<crate::recent::Recent<store::directory::Totals>>,
    /// The member countries' codes, once read (see `FilterOptions::load`).
    pub countries: Arc<std::sync::OnceLock<Vec<String>>>,
    /// What just changed, for live pages (see `store::feed`).
    pub feed: Arc<store::feed::Feed>,
    /// Who has each strategy open, as this instance knows it.
    pub presence: Arc<crate::plans::PresenceBoard>,
    /// Where the library's files are stored.
    pub files: store::files::FileStore,
    /// The largest upload per kind of resource.
    pub uploads: crate::library::UploadLimits,
}

impl AppState {
    /// The member countries' codes, read once per process (they change only
    /// with the demo data's seed).
    pub async fn member_countries(&self) -> Result<Vec<String>, store::StoreError> {
        if let Some(countries) = self.countries.get() {
            return Ok(countries.clone());
        }
        let countries: Vec<String> = store::directory::countries(&self.db)
            .await?
            .into_iter()
            .map(|c| c.code)
            .collect();
        if !countries.is_empty() {
            let _ = self.countries.set(countries.clone());
        }
        Ok(countries)
    }
}

/// How accounts behave on this site.
#[derive(Debug, Clone)]
pub struct AccountSettings {
    /// The public address of the site, for links in e-mails (no trailing slash).
    pub site_url: String,
    /// Whether cookies get `Secure` (the site is served over https).
    pub secure_cookies: bool,
    pub timeouts: store::account::session::Timeouts,
}

impl AccountSettings {
    pub fn new(site_url: &str, timeouts: store::account::session::Timeouts) -> Self {
        let site_url = site_url.trim_end_matches('/').to_owned();
        Self {
            secure_cookies: site_url.starts_with("https://"),
            site_url,
            timeouts,
        }
    }
}

/// The state, inside a server function or a rendering component.
pub fn app_state() -> Result<AppState, FormError> {
    use_context::<AppState>().ok_or_else(|| {
        tracing::error!("application state missing");
        FormError::Internal
    })
}
