//! Response headers set while a page renders (server only).

use http::header::{HeaderValue, CONTENT_SECURITY_POLICY, SET_COOKIE};
use leptos::prelude::*;
use leptos_axum::ResponseOptions;

/// The cookie that remembers the visitor's interface language.
pub const LOCALE_COOKIE: &str = "locale";

/// A policy that allows only this site's scripts and the page's own inline
/// hydration scripts, which carry this response's nonce.
pub fn content_security_policy() {
    let (Some(response), Some(nonce)) =
        (use_context::<ResponseOptions>(), leptos::nonce::use_nonce())
    else {
        return;
    };
    let policy = format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; \
         frame-ancestors 'none'; form-action 'self'"
    );
    if let Ok(value) = HeaderValue::from_str(&policy) {
        response.insert_header(CONTENT_SECURITY_POLICY, value);
    }
}

/// Keeps the locale of the page being served for the visitor's next first visit.
pub fn remember_locale(locale: &str) {
    let Some(response) = use_context::<ResponseOptions>() else {
        return;
    };
    if crate::i18n::locales::is_supported(locale) {
        let cookie = format!("{LOCALE_COOKIE}={locale}; Path=/; Max-Age=31536000; SameSite=Lax");
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            response.insert_header(SET_COOKIE, value);
        }
    }
}

/// The value of one cookie in a `Cookie` header.
pub fn cookie<'a>(headers: &'a http::HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_cookie_among_others() {
        let mut headers = http::HeaderMap::new();
        headers.insert(
            http::header::COOKIE,
            "locale=de; session=t0k; x=1".parse().unwrap(),
        );
        assert_eq!(cookie(&headers, "session"), Some("t0k"));
        assert_eq!(cookie(&headers, "missing"), None);
    }
}
