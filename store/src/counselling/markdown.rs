//! Posts are written in Markdown and shown as HTML: rendered by pulldown-cmark,
//! then cleaned by ammonia, so that whatever a member types, the page gets
//! only harmless markup (no script, no event handler, no `javascript:` link).

use pulldown_cmark::{html, Options, Parser};

/// Safe HTML for a Markdown text.
pub fn render(markdown: &str) -> String {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS;
    let mut raw = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut raw, Parser::new_ext(markdown, options));
    ammonia::Builder::default()
        .link_rel(Some("nofollow noopener noreferrer ugc"))
        .url_schemes(["http", "https", "mailto"].into())
        .rm_tags(["img"])
        .clean(&raw)
        .to_string()
}

/// The text quoted as a Markdown block quote, headed by who wrote it.
pub fn quote(author: &str, body: &str) -> String {
    let mut out = format!(
        "> **{}**:\n>\n",
        author.replace(['*', '_', '[', ']', '<', '>'], "")
    );
    for line in body.lines() {
        out.push_str("> ");
        out.push_str(line);
        out.push('\n');
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_becomes_html() {
        let html = render("**bold** and [a link](https://example.org)\n\n- one\n- two");
        assert!(html.contains("<strong>bold</strong>"), "{html}");
        assert!(html.contains(r#"href="https://example.org""#), "{html}");
        assert!(
            html.contains("rel=\"nofollow noopener noreferrer ugc\""),
            "{html}"
        );
        assert!(html.contains("<li>one</li>"), "{html}");
    }

    #[test]
    fn scripts_and_handlers_are_removed() {
        for bad in [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[x](javascript:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<div onclick=\"alert(1)\">x</div>",
            "<svg onload=alert(1)>",
        ] {
            let html = render(bad);
            let lower = html.to_lowercase();
            for needle in [
                "<script",
                "onerror",
                "javascript:",
                "<iframe",
                "onclick",
                "onload",
                "<svg",
                "<img",
            ] {
                assert!(!lower.contains(needle), "{bad} gave {html}");
            }
        }
    }

    #[test]
    fn a_quote_marks_every_line() {
        assert_eq!(
            quote("Ana *X*", "one\ntwo"),
            "> **Ana X**:\n>\n> one\n> two\n\n"
        );
    }
}
