//! `/` sends the visitor to their language: a signed-in member's profile, else
//! the remembered choice, else `Accept-Language`.

use axum::extract::Path;
use axum::http::header::{ACCEPT_LANGUAGE, VARY};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect};
use axum::Extension;

use app::account::session::RequestAccount;
use app::i18n::locales;
use app::ui::security::{cookie, LOCALE_COOKIE};

pub async fn root(
    account: Option<Extension<RequestAccount>>,
    headers: HeaderMap,
) -> impl IntoResponse {
    let profile = account.and_then(|Extension(a)| a.actor).and_then(|a| {
        locales::LOCALES
            .iter()
            .map(|(code, _)| *code)
            .find(|code| *code == a.locale)
    });
    let locale = profile.or_else(|| remembered(&headers)).unwrap_or_else(|| {
        let accept = headers
            .get(ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default();
        locales::negotiate(accept)
    });
    (
        [(VARY, "Accept-Language, Cookie")],
        Redirect::to(&format!("/{locale}")),
    )
}

/// `/de/` → `/de`: one address per page.
pub async fn without_trailing_slash(Path(locale): Path<String>) -> Redirect {
    match locales::LOCALES
        .iter()
        .map(|(code, _)| *code)
        .find(|code| *code == locale)
    {
        Some(code) => Redirect::permanent(&format!("/{code}")),
        None => Redirect::permanent(&format!("/{}", locales::REFERENCE)),
    }
}

fn remembered(headers: &HeaderMap) -> Option<&'static str> {
    let value = cookie(headers, LOCALE_COOKIE)?;
    locales::LOCALES
        .iter()
        .map(|(code, _)| *code)
        .find(|code| *code == value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::header::COOKIE;

    #[test]
    fn the_cookie_wins_over_the_header() {
        let mut headers = HeaderMap::new();
        headers.insert(COOKIE, "theme=dark; locale=de".parse().unwrap());
        assert_eq!(remembered(&headers), Some("de"));
        headers.insert(COOKIE, "locale=xx".parse().unwrap());
        assert_eq!(
            remembered(&headers),
            None,
            "an unsupported locale is ignored"
        );
    }
}
