//! A short-lived cache of the pages visitors get. A visitor's page depends on
//! its address alone (no session, nothing personal), so the same HTML serves
//! every visitor of that address for a few seconds, or until anything changes:
//! any request that may write (not GET or HEAD) empties the cache, and so does
//! any change announced on the feed (on PostgreSQL, those of other instances
//! too). The key is the address and the reader's time zone (events' times
//! are drawn on their clocks too). Each answer from the cache gets a fresh CSP nonce, written in place of
//! the stored one, so no two responses share a nonce. Members (a session
//! cookie), API routes, and `Cache-Control: no-cache` requests pass through.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::header::{
    CACHE_CONTROL, CONTENT_LENGTH, CONTENT_SECURITY_POLICY, CONTENT_TYPE, SET_COOKIE,
};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;

use app::account::session::SESSION_COOKIE;
use app::ui::security::{cookie, LOCALE_COOKIE};

/// How long a page is fresh; for as long again, it is still served while one
/// request renders it anew (so that many visitors do not all render it at once).
const TTL: Duration = Duration::from_secs(5);
/// Pages kept at most; when full, the cache starts again empty.
const MAX_ENTRIES: usize = 2_000;
/// Larger pages are not kept.
const MAX_BODY: usize = 4 * 1024 * 1024;

struct Entry {
    stored: Instant,
    headers: HeaderMap,
    /// The page cut where the nonce stood, so a replay writes a new one between the pieces.
    pieces: Vec<Bytes>,
    nonce: String,
    /// Set when one request has gone to render the stale page anew.
    renewing: std::sync::atomic::AtomicBool,
}

impl Entry {
    fn new(headers: HeaderMap, body: &Bytes, nonce: String) -> Self {
        let mut pieces = Vec::new();
        let mut rest = 0;
        let needle = nonce.as_bytes();
        let mut at = 0;
        while let Some(found) = find(&body[at..], needle) {
            pieces.push(body.slice(rest..at + found));
            at += found + needle.len();
            rest = at;
        }
        pieces.push(body.slice(rest..));
        Self {
            stored: Instant::now(),
            headers,
            pieces,
            nonce,
            renewing: std::sync::atomic::AtomicBool::new(false),
        }
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[derive(Default)]
pub struct PageCache {
    entries: Mutex<HashMap<String, Arc<Entry>>>,
}

impl PageCache {
    /// A cache that also empties on every change the feed announces.
    pub fn start(feed: &store::feed::Feed) -> Arc<Self> {
        let cache = Arc::new(Self::default());
        let mut events = feed.subscribe();
        let weak = Arc::downgrade(&cache);
        tokio::spawn(async move {
            use tokio::sync::broadcast::error::RecvError;
            loop {
                match events.recv().await {
                    Ok(_) | Err(RecvError::Lagged(_)) => match weak.upgrade() {
                        Some(cache) => cache.clear(),
                        None => return,
                    },
                    Err(RecvError::Closed) => return,
                }
            }
        });
        cache
    }

    pub fn clear(&self) {
        self.lock().clear();
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Arc<Entry>>> {
        self.entries.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The page to serve, if any: a fresh one, or a stale one while another
    /// request renders it (the first request to find it stale does).
    fn get(&self, key: &str) -> Option<Arc<Entry>> {
        use std::sync::atomic::Ordering;
        let entries = self.lock();
        let entry = entries.get(key)?;
        let age = entry.stored.elapsed();
        let serve = age < TTL
            || (age < 2 * TTL
                && entry
                    .renewing
                    .compare_exchange(false, true, Ordering::Relaxed, Ordering::Relaxed)
                    .is_err());
        serve.then(|| entry.clone())
    }

    fn put(&self, key: String, entry: Entry) {
        let mut entries = self.lock();
        if entries.len() >= MAX_ENTRIES {
            entries.clear();
        }
        entries.insert(key, Arc::new(entry));
    }
}

pub async fn serve(State(cache): State<Arc<PageCache>>, request: Request, next: Next) -> Response {
    if request.method() != Method::GET && request.method() != Method::HEAD {
        let response = next.run(request).await;
        cache.clear();
        return response;
    }
    if request.method() == Method::HEAD || !for_a_visitor(&request) {
        return next.run(request).await;
    }
    // Events' times are drawn on the reader's clocks too: one page per zone.
    let zone = cookie(request.headers(), app::events::ZONE_COOKIE).unwrap_or_default();
    let zone: String = zone.chars().take(64).collect();
    let key = format!("{} {zone}", request.uri());
    if let Some(entry) = cache.get(&key) {
        return replay(&entry);
    }
    let response = next.run(request).await;
    if !keepable(&response) {
        return response;
    }
    let (parts, body) = response.into_parts();
    let Ok(body) = axum::body::to_bytes(body, MAX_BODY).await else {
        // Too large to keep: it is gone, and so must be this answer.
        return Response::builder()
            .status(StatusCode::INTERNAL_SERVER_ERROR)
            .body(Body::empty())
            .unwrap_or_default();
    };
    let nonce = parts
        .headers
        .get(CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .and_then(nonce_of)
        .map(str::to_owned);
    if let Some(nonce) = nonce {
        let mut headers = parts.headers.clone();
        headers.remove(CONTENT_LENGTH);
        cache.put(key, Entry::new(headers, &body, nonce));
    }
    Response::from_parts(parts, Body::from(body))
}

/// A page request from someone without a session, who does not ask for a fresh copy.
fn for_a_visitor(request: &Request) -> bool {
    let path = request.uri().path();
    let headers = request.headers();
    !path.starts_with("/api/")
        && !path.starts_with("/pkg/")
        && cookie(headers, SESSION_COOKIE).is_none()
        && !headers
            .get(CACHE_CONTROL)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("no-cache") || v.contains("no-store"))
}

/// A complete HTML page whose only cookie is the interface language.
fn keepable(response: &Response) -> bool {
    let headers = response.headers();
    response.status() == StatusCode::OK
        && headers
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("text/html"))
        && headers.get_all(SET_COOKIE).iter().all(|v| {
            v.to_str()
                .is_ok_and(|v| v.starts_with(&format!("{LOCALE_COOKIE}=")))
        })
}

/// The nonce a Content-Security-Policy allows scripts by.
fn nonce_of(policy: &str) -> Option<&str> {
    let start = policy.find("'nonce-")? + "'nonce-".len();
    let end = policy[start..].find('\'')? + start;
    Some(&policy[start..end])
}

/// The stored page with a fresh nonce.
fn replay(entry: &Entry) -> Response {
    let nonce = fresh_nonce();
    let mut headers = entry.headers.clone();
    if let Some(policy) = headers
        .get(CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
    {
        if let Ok(value) = HeaderValue::from_str(&policy.replace(&entry.nonce, &nonce)) {
            headers.insert(CONTENT_SECURITY_POLICY, value);
        }
    }
    let length = entry.pieces.iter().map(Bytes::len).sum::<usize>()
        + nonce.len() * entry.pieces.len().saturating_sub(1);
    let mut body = Vec::with_capacity(length);
    for (i, piece) in entry.pieces.iter().enumerate() {
        if i > 0 {
            body.extend_from_slice(nonce.as_bytes());
        }
        body.extend_from_slice(piece);
    }
    let mut response = Response::new(Body::from(body));
    *response.headers_mut() = headers;
    response
}

/// 22 characters of URL-safe base64 from 128 random bits.
fn fresh_nonce() -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let bits: u128 = rand::random();
    (0..22)
        .map(|i| ALPHABET[((bits >> (i * 6)) & 63) as usize] as char)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_nonce_of_a_policy() {
        let policy = "default-src 'self'; script-src 'self' 'nonce-Ab12_-x' 'wasm-unsafe-eval'";
        assert_eq!(nonce_of(policy), Some("Ab12_-x"));
        assert_eq!(nonce_of("default-src 'self'"), None);
    }

    #[test]
    fn a_replayed_page_carries_a_new_nonce_everywhere() {
        let mut headers = HeaderMap::new();
        headers.insert(
            CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("script-src 'nonce-OLDNONCE1234'"),
        );
        let body = Bytes::from_static(
            b"<script nonce=\"OLDNONCE1234\">a</script><script nonce=\"OLDNONCE1234\">b</script>",
        );
        let entry = Entry::new(headers, &body, "OLDNONCE1234".into());
        let first = replay(&entry);
        let second = replay(&entry);
        let policy = |r: &Response| {
            r.headers()[CONTENT_SECURITY_POLICY]
                .to_str()
                .unwrap()
                .to_owned()
        };
        assert!(!policy(&first).contains("OLDNONCE1234"));
        assert_ne!(policy(&first), policy(&second), "each answer its own nonce");
        let nonce = nonce_of(&policy(&first)).unwrap().to_owned();
        assert_eq!(nonce.len(), 22);
        let body = futures_body(first);
        assert_eq!(
            body.matches(&format!("nonce=\"{nonce}\"")).count(),
            2,
            "{body}"
        );
    }

    fn futures_body(response: Response) -> String {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let bytes = runtime
            .block_on(axum::body::to_bytes(response.into_body(), usize::MAX))
            .unwrap();
        String::from_utf8(bytes.to_vec()).unwrap()
    }

    #[test]
    fn a_stale_page_is_renewed_by_one_request_while_the_others_get_it() {
        let cache = PageCache::default();
        let page = |age: Duration| {
            let mut entry = Entry::new(
                HeaderMap::new(),
                &Bytes::from_static(b"<p>page</p>"),
                "N".into(),
            );
            entry.stored = Instant::now() - age;
            entry
        };
        cache.put("/fresh".into(), page(Duration::ZERO));
        cache.put("/stale".into(), page(TTL + Duration::from_secs(1)));
        cache.put("/old".into(), page(2 * TTL + Duration::from_secs(1)));
        assert!(cache.get("/fresh").is_some());
        assert!(
            cache.get("/stale").is_none(),
            "the first to find it stale renders it"
        );
        assert!(
            cache.get("/stale").is_some(),
            "the others get the stale page meanwhile"
        );
        assert!(
            cache.get("/old").is_none() && cache.get("/old").is_none(),
            "too old for anyone"
        );
        cache.clear();
        assert!(cache.get("/fresh").is_none(), "a write empties the cache");
    }

    #[test]
    fn members_api_routes_and_fresh_copies_pass_by() {
        let request = |uri: &str, header: Option<(&str, &str)>| {
            let mut builder = Request::builder().uri(uri);
            if let Some((name, value)) = header {
                builder = builder.header(name, value);
            }
            builder.body(Body::empty()).unwrap()
        };
        assert!(for_a_visitor(&request("/en/counselling", None)));
        assert!(!for_a_visitor(&request(
            "/en/counselling",
            Some(("cookie", "session=abc"))
        )));
        assert!(!for_a_visitor(&request(
            "/api/counselling/threads/1/events",
            None
        )));
        assert!(!for_a_visitor(&request(
            "/en/counselling",
            Some(("cache-control", "no-cache"))
        )));
    }
}
