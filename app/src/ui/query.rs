//! Query strings of links: filters and pages live in the URL.

use leptos::prelude::*;

/// Percent-encodes what a query value may not hold as it is.
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// `?a=1&b=x` from the pairs whose value is not empty (`""` when none is).
pub fn query_string<'a>(pairs: impl IntoIterator<Item = (&'a str, String)>) -> String {
    let joined: Vec<String> = pairs
        .into_iter()
        .filter(|(_, value)| !value.is_empty())
        .map(|(key, value)| format!("{key}={}", encode(&value)))
        .collect();
    if joined.is_empty() {
        String::new()
    } else {
        format!("?{}", joined.join("&"))
    }
}

/// A path with its query string, as the router's location splits them
/// (`search` comes without its `?`).
pub fn path_and_query(path: &str, search: &str) -> String {
    let search = search.trim_start_matches('?');
    if search.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{search}")
    }
}

/// A segment of the page's path (`/organisations/{slug}`), empty when absent.
/// Read once: pages are drawn on the server, the address never changes under them.
pub fn path_text(name: &str) -> String {
    leptos_router::hooks::use_params_map().with_untracked(|p| p.get(name).unwrap_or_default())
}

/// A number in the page's path (`/plans/{id}`): `None` when it is not one.
pub fn path_number(name: &str) -> Option<i32> {
    path_text(name).parse().ok()
}

/// A value of the page's query string (`?done=…`): `None` when absent.
pub fn query_text(name: &str) -> Option<String> {
    leptos_router::hooks::use_query_map().with_untracked(|q| q.get(name))
}

/// A number in the page's query string (`?page=2`): `None` when absent or not one.
pub fn query_number(name: &str) -> Option<i32> {
    query_text(name).and_then(|v| v.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_with_a_query_survives_as_one_value() {
        assert_eq!(
            encode("/de/directory?q=Łódź&x=1"),
            "/de/directory%3Fq%3D%C5%81%C3%B3d%C5%BA%26x%3D1"
        );
    }

    #[test]
    fn a_query_keeps_its_question_mark() {
        assert_eq!(path_and_query("/en/x", "page=2"), "/en/x?page=2");
        assert_eq!(path_and_query("/en/x", "?page=2"), "/en/x?page=2");
        assert_eq!(path_and_query("/en/x", ""), "/en/x");
    }

    #[test]
    fn empty_values_are_left_out() {
        assert_eq!(
            query_string([("q", "a b".into()), ("country", String::new())]),
            "?q=a%20b"
        );
        assert_eq!(query_string([("q", String::new())]), "");
    }
}
