//! Documents the demo data writes itself (nothing is downloaded): a PDF
//! and an ePub with a title, an author, a language and paragraphs of text,
//! so that the library shows real metadata and its search finds real text.

use std::io::{Cursor, Write};

use lopdf::content::{Content, Operation};
use lopdf::{dictionary, Document, Object, Stream};

/// What a generated document holds.
#[derive(Debug, Clone, Copy)]
pub struct Text<'a> {
    pub title: &'a str,
    pub author: &'a str,
    pub lang: &'a str,
    /// Each page's (PDF) or chapter's (ePub) paragraphs.
    pub parts: &'a [&'a [&'a str]],
}

/// A PDF of A4 pages in Helvetica, one page per part, with its title,
/// author and language in the document's properties.
pub fn pdf(text: Text<'_>) -> Vec<u8> {
    let mut doc = Document::with_version("1.7");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "Type1",
        "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    });
    let resources_id = doc.add_object(dictionary! {
        "Font" => dictionary! { "F1" => font_id },
    });
    let mut kids: Vec<Object> = Vec::new();
    for (i, paragraphs) in text.parts.iter().enumerate() {
        let mut operations = vec![
            Operation::new("BT", vec![]),
            Operation::new("TL", vec![15.into()]),
            Operation::new("Td", vec![56.into(), 780.into()]),
        ];
        if i == 0 {
            operations.push(Operation::new("Tf", vec!["F1".into(), 18.into()]));
            operations.push(Operation::new("Tj", vec![latin1(text.title)]));
            operations.push(Operation::new("T*", vec![]));
            operations.push(Operation::new("T*", vec![]));
        }
        operations.push(Operation::new("Tf", vec!["F1".into(), 11.into()]));
        for paragraph in paragraphs.iter() {
            for line in wrap(paragraph, 90) {
                operations.push(Operation::new("Tj", vec![latin1(&line)]));
                operations.push(Operation::new("T*", vec![]));
            }
            operations.push(Operation::new("T*", vec![]));
        }
        operations.push(Operation::new("ET", vec![]));
        let content = Content { operations }.encode().unwrap_or_default();
        let content_id = doc.add_object(Stream::new(dictionary! {}, content));
        kids.push(
            doc.add_object(dictionary! {
                "Type" => "Page",
                "Parent" => pages_id,
                "Contents" => content_id,
            })
            .into(),
        );
    }
    let count = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => kids,
            "Count" => count,
            "Resources" => resources_id,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        }),
    );
    let catalog_id = doc.add_object(dictionary! {
        "Type" => "Catalog",
        "Pages" => pages_id,
        "Lang" => Object::string_literal(text.lang),
    });
    let info_id = doc.add_object(dictionary! {
        "Title" => lopdf::text_string(text.title),
        "Author" => lopdf::text_string(text.author),
        "Producer" => Object::string_literal("VET network platform (demo data)"),
    });
    doc.trailer.set("Root", catalog_id);
    doc.trailer.set("Info", info_id);
    doc.compress();
    let mut out = Vec::new();
    // Writing to memory does not fail.
    let _ = doc.save_to(&mut out);
    out
}

/// Text in the font's encoding (WinAnsi: Latin-1 for the letters used here).
fn latin1(text: &str) -> Object {
    let bytes: Vec<u8> = text
        .chars()
        .map(|c| match c {
            '–' => 0x96,
            '’' => 0x92,
            '“' => 0x93,
            '”' => 0x94,
            c if (c as u32) < 256 => c as u8,
            _ => b'?',
        })
        .collect();
    Object::String(bytes, lopdf::StringFormat::Literal)
}

/// The paragraph cut into lines of at most `width` characters, at spaces.
fn wrap(paragraph: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in paragraph.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// An EPUB 3 book, one chapter per part (its first paragraph the chapter's heading).
pub fn epub(text: Text<'_>) -> Vec<u8> {
    use zip::write::SimpleFileOptions;
    use zip::CompressionMethod;
    let stored = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
    let deflated = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let add = |zip: &mut zip::ZipWriter<Cursor<Vec<u8>>>, name: &str, body: &str, options| {
        // Writing to memory does not fail.
        let _ = zip.start_file(name, options);
        let _ = zip.write_all(body.as_bytes());
    };
    add(&mut zip, "mimetype", "application/epub+zip", stored);
    add(
        &mut zip,
        "META-INF/container.xml",
        r#"<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>"#,
        deflated,
    );
    let chapters = text.parts.len();
    let manifest: String = (1..=chapters)
        .map(|n| {
            format!(
                r#"<item id="c{n}" href="chapter{n}.xhtml" media-type="application/xhtml+xml"/>"#
            )
        })
        .collect();
    let spine: String = (1..=chapters)
        .map(|n| format!(r#"<itemref idref="c{n}"/>"#))
        .collect();
    add(
        &mut zip,
        "OEBPS/content.opf",
        &format!(
            r#"<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id" xml:lang="{lang}">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="id">urn:vetnet:demo:{id}</dc:identifier>
    <dc:title>{title}</dc:title>
    <dc:creator>{author}</dc:creator>
    <dc:language>{lang}</dc:language>
    <meta property="dcterms:modified">2026-01-15T09:00:00Z</meta>
  </metadata>
  <manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>{manifest}</manifest>
  <spine>{spine}</spine>
</package>"#,
            lang = text.lang,
            id = crate::search::terms(text.title).join("-"),
            title = escape(text.title),
            author = escape(text.author),
        ),
        deflated,
    );
    let headings: Vec<&str> = text
        .parts
        .iter()
        .map(|p| p.first().copied().unwrap_or(text.title))
        .collect();
    let toc: String = headings
        .iter()
        .enumerate()
        .map(|(i, h)| {
            format!(
                r#"<li><a href="chapter{}.xhtml">{}</a></li>"#,
                i + 1,
                escape(h)
            )
        })
        .collect();
    add(
        &mut zip,
        "OEBPS/nav.xhtml",
        &xhtml(
            text.lang,
            text.title,
            &format!(r#"<nav epub:type="toc"><ol>{toc}</ol></nav>"#),
        ),
        deflated,
    );
    for (i, paragraphs) in text.parts.iter().enumerate() {
        let mut body = String::new();
        for (j, paragraph) in paragraphs.iter().enumerate() {
            let tag = if j == 0 { "h1" } else { "p" };
            body.push_str(&format!("<{tag}>{}</{tag}>", escape(paragraph)));
        }
        add(
            &mut zip,
            &format!("OEBPS/chapter{}.xhtml", i + 1),
            &xhtml(text.lang, headings[i], &body),
            deflated,
        );
    }
    zip.finish().map(Cursor::into_inner).unwrap_or_default()
}

fn xhtml(lang: &str, title: &str, body: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="{lang}" lang="{lang}">
<head><title>{}</title></head><body>{body}</body></html>"#,
        escape(title)
    )
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
