//! The last pass over a page's HTML: what the renderer writes for hydration
//! is kept where an island's own view is drawn, and only there. The rest of
//! the page, an island's children included (drawn by the server and taken as
//! they are), is never hydrated, so the `<!>` markers that separate its text
//! nodes are dropped (an HTML parser reads each as a bogus comment), and so
//! are the empty data scripts written after `</html>` (the islands' loader
//! defines those globals itself: islands get everything through their props).

use axum::body::Body;
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use http::header::{CONTENT_LENGTH, CONTENT_TYPE};

const MARKER: &str = "<!>";
const ISLAND_OPEN: &str = "<leptos-island";
const ISLAND_CLOSE: &str = "</leptos-island>";
const CHILDREN_OPEN: &str = "<leptos-children";
const CHILDREN_CLOSE: &str = "</leptos-children>";
const END: &str = "</html>";
/// What the renderer writes after the document when no data was serialised.
const EMPTY_DATA: [&str; 2] = [
    "__RESOLVED_RESOURCES=[];__SERIALIZED_ERRORS=[];__PENDING_RESOURCES=[];__RESOURCE_RESOLVERS=[];",
    "__INCOMPLETE_CHUNKS=[];",
];
/// Pages larger than this pass as they are.
const MAX_PAGE: usize = 8 * 1024 * 1024;

/// Tidies every `text/html` answer; others (streams, files, CSV) pass untouched.
pub async fn tidy_pages(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let is_html = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !is_html {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let bytes = match axum::body::to_bytes(body, MAX_PAGE).await {
        Ok(bytes) => bytes,
        Err(error) => {
            tracing::error!(%error, "page body unreadable");
            return Response::from_parts(parts, Body::empty());
        }
    };
    let Ok(html) = std::str::from_utf8(&bytes) else {
        return Response::from_parts(parts, Body::from(bytes));
    };
    let tidy = tidy(html);
    parts.headers.remove(CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(tidy))
}

/// The page without markers outside islands' own views and without empty data scripts.
pub fn tidy(html: &str) -> String {
    let (document, after) = match html.rfind(END) {
        Some(at) => html.split_at(at + END.len()),
        None => (html, ""),
    };
    let mut out = String::with_capacity(html.len());
    let mut rest = document;
    // Whether each open island or children element is an island's view.
    let mut inside: Vec<bool> = Vec::new();
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        let step = if tail.starts_with(MARKER) {
            if inside.last() == Some(&true) {
                out.push_str(MARKER);
            }
            MARKER.len()
        } else {
            if tail.starts_with(ISLAND_OPEN) {
                inside.push(true);
            } else if tail.starts_with(CHILDREN_OPEN) {
                inside.push(false);
            } else if tail.starts_with(ISLAND_CLOSE) || tail.starts_with(CHILDREN_CLOSE) {
                inside.pop();
            }
            out.push('<');
            1
        };
        rest = &tail[step..];
    }
    out.push_str(rest);
    out.push_str(&without_empty_data(after));
    out
}

/// What follows `</html>`, less markers and the scripts that hold no data.
fn without_empty_data(after: &str) -> String {
    let mut out = after.replace(MARKER, "");
    for data in EMPTY_DATA {
        while let Some(at) = out.find(data) {
            let (Some(open), Some(close)) =
                (out[..at].rfind("<script"), out[at..].find("</script>"))
            else {
                break;
            };
            out.replace_range(open..at + close + "</script>".len(), "");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::tidy;

    #[test]
    fn markers_stay_in_an_islands_view_only() {
        let page = "<html><body><p>a<!>b</p><!><leptos-island data-component=\"X\"><p>c<!>d</p><leptos-children><p>e<!>f</p><leptos-island data-component=\"Y\">g<!>h</leptos-island><!></leptos-children><!></leptos-island><!></body></html>";
        assert_eq!(
            tidy(page),
            "<html><body><p>ab</p><leptos-island data-component=\"X\"><p>c<!>d</p><leptos-children><p>ef</p><leptos-island data-component=\"Y\">g<!>h</leptos-island></leptos-children><!></leptos-island></body></html>"
        );
    }

    #[test]
    fn empty_data_scripts_after_the_document_go_and_any_other_stays() {
        let page = concat!(
            "<html><body></body></html><!>",
            "<script nonce=\"n\">__RESOLVED_RESOURCES=[];__SERIALIZED_ERRORS=[];__PENDING_RESOURCES=[];__RESOURCE_RESOLVERS=[];</script>",
            "<script nonce=\"n\">__INCOMPLETE_CHUNKS=[];</script>"
        );
        assert_eq!(tidy(page), "<html><body></body></html>");
        let with_data = "<html></html><script>__RESOLVED_RESOURCES=[1,];</script>";
        assert_eq!(tidy(with_data), with_data);
    }

    #[test]
    fn text_that_looks_like_a_marker_is_escaped_before_it_gets_here() {
        // Members' text and attribute values arrive escaped (`&lt;!&gt;`).
        let page = "<html><p title=\"&lt;!&gt;\">&lt;!&gt;</p></html>";
        assert_eq!(tidy(page), page);
    }
}
