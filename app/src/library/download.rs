//! Serving the library's files (server only): `GET /library/files/{id}/{name}`
//! streams a stored content to those who may read its resource, with its
//! type, its name (RFC 6266, non-ASCII names encoded), `ETag` (the content's
//! hash: it never changes), and single byte ranges (video seeking, a PDF
//! viewer reading pages as it needs them).

use axum::body::Body;
use axum::extract::{Extension, Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use store::files::FileType;
use store::library::read::{download, Download, Sighted};

use super::answer::{locale_of, page};
use crate::account::session::RequestAccount;
use crate::state::AppState;

/// The policy of a served file: nothing runs in it; a PDF may use the
/// browser's viewer, media plays, and only this site may frame it.
const FILE_POLICY: &str =
    "default-src 'none'; object-src 'self'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'";

pub async fn serve_file(
    State(state): State<AppState>,
    Extension(account): Extension<RequestAccount>,
    Path((id, _name)): Path<(i32, String)>,
    headers: HeaderMap,
) -> Response {
    let locale = locale_of(&headers, account.actor.as_ref().map(|a| a.locale.as_str()));
    let sight = match store::library::sight(&state.db, account.actor.as_ref()).await {
        Ok(sight) => sight,
        Err(error) => {
            tracing::error!(%error, "sight not read");
            return page(&state, &locale, StatusCode::INTERNAL_SERVER_ERROR, "error-load", None);
        }
    };
    let file = match download(&state.db, &sight, id).await {
        Ok(Sighted::Found(file)) => file,
        Ok(Sighted::SignInFirst) => {
            let sign_in = format!("/{locale}/account/sign-in");
            return page(
                &state,
                &locale,
                StatusCode::UNAUTHORIZED,
                "error-sign-in-required",
                Some((&sign_in, "nav-sign-in")),
            );
        }
        Ok(Sighted::NotFound) => {
            return page(&state, &locale, StatusCode::NOT_FOUND, "not-found-title", None)
        }
        Err(error) => {
            tracing::error!(%error, "file not read");
            return page(&state, &locale, StatusCode::INTERNAL_SERVER_ERROR, "error-load", None);
        }
    };
    respond(&state, &headers, &file, &locale).await
}

async fn respond(state: &AppState, headers: &HeaderMap, file: &Download, locale: &str) -> Response {
    let size = file.size.max(0) as u64;
    let etag = format!("\"{}\"", file.hash);
    if headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|tag| tag.trim() == etag || tag.trim() == "*"))
    {
        let mut response = StatusCode::NOT_MODIFIED.into_response();
        set(&mut response, header::ETAG, &etag);
        return response;
    }
    // A range applies only to the content it was asked of (`If-Range`).
    let range_applies = headers
        .get(header::IF_RANGE)
        .and_then(|v| v.to_str().ok())
        .is_none_or(|v| v.trim() == etag);
    let range = match headers.get(header::RANGE).and_then(|v| v.to_str().ok()) {
        Some(value) if range_applies => match byte_range(value, size) {
            Ranged::Whole => None,
            Ranged::Part(range) => Some(range),
            Ranged::Unsatisfiable => {
                let mut response = StatusCode::RANGE_NOT_SATISFIABLE.into_response();
                set(&mut response, header::CONTENT_RANGE, &format!("bytes */{size}"));
                return response;
            }
        },
        _ => None,
    };
    let stored = match state.files.get(&file.hash, range.clone()).await {
        Ok(stored) => stored,
        Err(error) => {
            tracing::error!(%error, hash = %file.hash, "stored file missing");
            return page(state, locale, StatusCode::INTERNAL_SERVER_ERROR, "error-load", None);
        }
    };
    let body = Body::from_stream(stored);
    let mut response = Response::new(body);
    let file_type = FileType::from_media_type(&file.media_type);
    set(&mut response, header::CONTENT_TYPE, &file.media_type);
    let disposition = if file_type.is_some_and(FileType::opens_in_browser) {
        "inline"
    } else {
        "attachment"
    };
    set(
        &mut response,
        header::CONTENT_DISPOSITION,
        &content_disposition(disposition, &file.file_name),
    );
    set(&mut response, header::ETAG, &etag);
    set(&mut response, header::ACCEPT_RANGES, "bytes");
    set(&mut response, header::CACHE_CONTROL, "private, max-age=3600");
    set(&mut response, header::CONTENT_SECURITY_POLICY, FILE_POLICY);
    match range {
        Some(range) => {
            *response.status_mut() = StatusCode::PARTIAL_CONTENT;
            set(
                &mut response,
                header::CONTENT_RANGE,
                &format!("bytes {}-{}/{size}", range.start, range.end - 1),
            );
            set(
                &mut response,
                header::CONTENT_LENGTH,
                &(range.end - range.start).to_string(),
            );
        }
        None => set(&mut response, header::CONTENT_LENGTH, &size.to_string()),
    }
    response
}

fn set(response: &mut Response, name: header::HeaderName, value: &str) {
    if let Ok(value) = HeaderValue::from_str(value) {
        response.headers_mut().insert(name, value);
    }
}

/// What a `Range` header asks of a content of `size` bytes.
#[derive(Debug, PartialEq, Eq)]
enum Ranged {
    /// No range the server serves (several ranges, another unit): the whole content.
    Whole,
    Part(std::ops::Range<u64>),
    Unsatisfiable,
}

fn byte_range(value: &str, size: u64) -> Ranged {
    let Some(spec) = value.trim().strip_prefix("bytes=") else {
        return Ranged::Whole;
    };
    if spec.contains(',') {
        return Ranged::Whole;
    }
    let Some((start, end)) = spec.trim().split_once('-') else {
        return Ranged::Whole;
    };
    let (start, end) = (start.trim(), end.trim());
    let range = match (start.parse::<u64>(), end.parse::<u64>()) {
        // `bytes=a-b`
        (Ok(a), Ok(b)) if a <= b => a..(b + 1).min(size),
        (Ok(_), Ok(_)) => return Ranged::Whole,
        // `bytes=a-`
        (Ok(a), Err(_)) if end.is_empty() => a..size,
        // `bytes=-n`: the last n bytes
        (Err(_), Ok(n)) if start.is_empty() && n > 0 => size.saturating_sub(n)..size,
        (Err(_), Ok(_)) if start.is_empty() => return Ranged::Unsatisfiable,
        _ => return Ranged::Whole,
    };
    if range.start >= size || range.is_empty() {
        Ranged::Unsatisfiable
    } else {
        Ranged::Part(range)
    }
}

/// `Content-Disposition` with the file's name (RFC 6266): an ASCII
/// `filename` for old clients and `filename*` in UTF-8 for every other.
pub fn content_disposition(disposition: &str, name: &str) -> String {
    let fallback: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let mut encoded = String::with_capacity(name.len() * 3);
    for byte in name.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'!' | b'#'
            | b'$' | b'&' | b'+' | b'^' | b'`' | b'|' => encoded.push(byte as char),
            _ => encoded.push_str(&format!("%{byte:02X}")),
        }
    }
    format!("{disposition}; filename=\"{fallback}\"; filename*=UTF-8''{encoded}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_ranges_are_read_as_rfc_9110_says() {
        assert_eq!(byte_range("bytes=0-99", 1000), Ranged::Part(0..100));
        assert_eq!(byte_range("bytes=900-", 1000), Ranged::Part(900..1000));
        assert_eq!(byte_range("bytes=-100", 1000), Ranged::Part(900..1000));
        assert_eq!(byte_range("bytes=990-2000", 1000), Ranged::Part(990..1000));
        assert_eq!(byte_range("bytes=1000-", 1000), Ranged::Unsatisfiable);
        assert_eq!(byte_range("bytes=-0", 1000), Ranged::Unsatisfiable);
        assert_eq!(byte_range("bytes=5-1", 1000), Ranged::Whole);
        assert_eq!(byte_range("bytes=0-1,5-9", 1000), Ranged::Whole);
        assert_eq!(byte_range("pages=1-2", 1000), Ranged::Whole);
        assert_eq!(byte_range("bytes=x-y", 1000), Ranged::Whole);
    }

    #[test]
    fn names_are_encoded_for_every_client() {
        assert_eq!(
            content_disposition("inline", "guide.pdf"),
            "inline; filename=\"guide.pdf\"; filename*=UTF-8''guide.pdf"
        );
        assert_eq!(
            content_disposition("attachment", "Übung \"1\".docx"),
            "attachment; filename=\"_bung _1_.docx\"; filename*=UTF-8''%C3%9Cbung%20%221%22.docx"
        );
        assert_eq!(
            content_disposition("inline", "Οδηγός.pdf"),
            "inline; filename=\"______.pdf\"; filename*=UTF-8''%CE%9F%CE%B4%CE%B7%CE%B3%CF%8C%CF%82.pdf"
        );
    }
}
