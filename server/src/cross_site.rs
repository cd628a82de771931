//! Refuses every state-changing request that a browser says comes from another
//! site: `Sec-Fetch-Site` when the browser sends it, else `Origin` compared
//! with this site's own. Requests without either (not from a browser) pass;
//! a cookie is no use to them.

use axum::extract::{Request, State};
use axum::http::{header, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use app::state::AppState;

pub async fn refuse_cross_site(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    if is_safe(request.method()) || same_site(&request, &state.accounts.site_url) {
        return next.run(request).await;
    }
    tracing::warn!(path = %request.uri().path(), "cross-site request refused");
    let locale = app::i18n::locales::from_path(request.uri().path())
        .or_else(|| {
            request
                .headers()
                .get(header::REFERER)
                .and_then(|r| r.to_str().ok())
                .and_then(|r| r.split_once("://").map(|(_, rest)| rest))
                .and_then(|rest| rest.find('/').map(|i| &rest[i..]))
                .and_then(app::i18n::locales::from_path)
        })
        .unwrap_or(app::i18n::locales::REFERENCE);
    let text = state.catalog.bundle(locale).format("error-cross-site", &[]);
    (
        StatusCode::FORBIDDEN,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        text,
    )
        .into_response()
}

fn is_safe(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

fn same_site(request: &Request, site_url: &str) -> bool {
    let headers = request.headers();
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        return matches!(site, "same-origin" | "none");
    }
    match headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        Some(origin) => {
            origin == site_url || origin_of_host(headers).is_some_and(|own| own == origin)
        }
        None => true,
    }
}

/// `http://host` / `https://host` of the `Host` header, for a site reached
/// under another name than `SITE_URL` (tests on a free port, a LAN address).
fn origin_of_host(headers: &axum::http::HeaderMap) -> Option<String> {
    let host = headers.get(header::HOST)?.to_str().ok()?;
    Some(format!("http://{host}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::Body;

    fn post(headers: &[(&str, &str)]) -> Request {
        let mut builder = Request::builder()
            .method(Method::POST)
            .uri("/api/account/sign-in");
        for (k, v) in headers {
            builder = builder.header(*k, *v);
        }
        builder.body(Body::empty()).unwrap()
    }

    const SITE: &str = "https://vet.example.eu";

    #[test]
    fn a_browser_on_another_site_is_refused() {
        assert!(!same_site(&post(&[("sec-fetch-site", "cross-site")]), SITE));
        assert!(!same_site(&post(&[("sec-fetch-site", "same-site")]), SITE));
        assert!(!same_site(
            &post(&[("origin", "https://evil.example")]),
            SITE
        ));
        assert!(!same_site(&post(&[("origin", "null")]), SITE));
    }

    #[test]
    fn this_site_and_non_browsers_pass() {
        assert!(same_site(&post(&[("sec-fetch-site", "same-origin")]), SITE));
        assert!(same_site(&post(&[("origin", SITE)]), SITE));
        assert!(same_site(
            &post(&[
                ("origin", "http://127.0.0.1:3000"),
                ("host", "127.0.0.1:3000")
            ]),
            SITE
        ));
        assert!(same_site(&post(&[]), SITE));
    }
}
