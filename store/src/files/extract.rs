//! What the library reads from a file: its title, author, language and
//! number of pages, and its text for the search. ePub, ODF and OOXML are
//! ZIP containers: only the parts named here are read, within limits on
//! entries and expanded bytes, so that a ZIP bomb is refused rather than
//! unpacked. A PDF's text is read with a bound on each page's decompressed
//! content.

use std::fs::File;
use std::io::{BufReader, Read, Seek};
use std::path::Path;

use quick_xml::events::Event;
use quick_xml::Reader;

use super::kind::FileType;
use crate::refusal::Refusal;

/// The most text kept of one file, in bytes.
pub const MAX_TEXT_BYTES: usize = 512 * 1024;
/// A container with more entries than this is refused.
pub const MAX_ENTRIES: usize = 5_000;
/// A container whose entries expand to more than this (as declared, or as
/// read) is refused.
pub const MAX_EXPANDED_BYTES: u64 = 512 * 1024 * 1024;
/// The most read of one part of a container.
pub const MAX_PART_BYTES: u64 = 64 * 1024 * 1024;
/// Larger PDFs are kept without their text (the parser holds the whole file).
pub const MAX_PDF_BYTES: u64 = 64 * 1024 * 1024;
/// The most pages whose text is read from a PDF, and the bound on each page's content.
const MAX_PDF_PAGES: u32 = 1_000;
const MAX_PDF_PAGE_CONTENT: usize = 8 * 1024 * 1024;

/// What was read from a file; any part may be missing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extracted {
    pub title: Option<String>,
    pub author: Option<String>,
    /// As the file says it (`de`, `de-AT`, `fr-FR`).
    pub lang: Option<String>,
    pub pages: Option<i32>,
    pub text: String,
}

/// Reads the file at `path`, of type `kind`. A container that cannot be
/// read, or that is a ZIP bomb, is `FileUnreadable`; a PDF the parser does
/// not understand is kept without text.
pub fn extract(kind: FileType, path: &Path) -> Result<Extracted, Refusal> {
    let unreadable = |_| Refusal::FileUnreadable;
    match kind {
        FileType::Pdf => Ok(pdf(path)),
        FileType::Epub => epub(&mut container(path)?),
        FileType::Odt | FileType::Ods | FileType::Odp => odf(&mut container(path)?),
        FileType::Docx | FileType::Xlsx | FileType::Pptx => ooxml(kind, &mut container(path)?),
        FileType::Text | FileType::Csv => {
            let mut bytes = Vec::new();
            File::open(path)
                .map_err(unreadable)?
                .take(MAX_TEXT_BYTES as u64)
                .read_to_end(&mut bytes)
                .map_err(unreadable)?;
            let mut text = String::from_utf8_lossy(&bytes).into_owned();
            // A cut character at the end reads as U+FFFD: drop it.
            if text.ends_with('\u{fffd}') {
                text.pop();
            }
            Ok(Extracted {
                text,
                ..Extracted::default()
            })
        }
        _ => Ok(Extracted::default()),
    }
}

/// A ZIP container, checked against the limits before anything is read.
struct Container<R> {
    zip: zip::ZipArchive<R>,
    /// Bytes that may still be expanded.
    budget: u64,
}

fn container(path: &Path) -> Result<Container<BufReader<File>>, Refusal> {
    let file = File::open(path).map_err(|_| Refusal::FileUnreadable)?;
    Container::new(BufReader::new(file))
}

impl<R: Read + Seek> Container<R> {
    fn new(reader: R) -> Result<Self, Refusal> {
        let mut zip = zip::ZipArchive::new(reader).map_err(|_| Refusal::FileUnreadable)?;
        if zip.len() > MAX_ENTRIES {
            return Err(Refusal::FileUnreadable);
        }
        let mut declared: u64 = 0;
        for i in 0..zip.len() {
            let entry = zip.by_index_raw(i).map_err(|_| Refusal::FileUnreadable)?;
            declared = declared.saturating_add(entry.size());
        }
        if declared > MAX_EXPANDED_BYTES {
            return Err(Refusal::FileUnreadable);
        }
        Ok(Container {
            zip,
            budget: MAX_EXPANDED_BYTES,
        })
    }

    fn names(&self) -> Vec<String> {
        self.zip
            .file_names()
            .filter_map(Result::ok)
            .map(|n| n.into_owned())
            .collect()
    }

    /// One part, whole, within the limits; `None` if there is no such part.
    fn part(&mut self, name: &str) -> Result<Option<Vec<u8>>, Refusal> {
        let limit = MAX_PART_BYTES.min(self.budget);
        let entry = match self.zip.by_name(name) {
            Ok(entry) => entry,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(_) => return Err(Refusal::FileUnreadable),
        };
        let mut bytes = Vec::new();
        entry
            .take(limit + 1)
            .read_to_end(&mut bytes)
            .map_err(|_| Refusal::FileUnreadable)?;
        if bytes.len() as u64 > limit {
            // It expands beyond what it declared, or beyond the limits.
            return Err(Refusal::FileUnreadable);
        }
        self.budget -= bytes.len() as u64;
        Ok(Some(bytes))
    }

    fn required(&mut self, name: &str) -> Result<Vec<u8>, Refusal> {
        self.part(name)?.ok_or(Refusal::FileUnreadable)
    }
}

fn epub<R: Read + Seek>(c: &mut Container<R>) -> Result<Extracted, Refusal> {
    if c.part("mimetype")?.as_deref().map(<[u8]>::trim_ascii) != Some(b"application/epub+zip") {
        return Err(Refusal::FileUnreadable);
    }
    let container = c.required("META-INF/container.xml")?;
    let opf_path =
        first_attribute(&container, "rootfile", "full-path").ok_or(Refusal::FileUnreadable)?;
    let opf = c.required(&opf_path)?;
    let [title, author, lang] = fields(&opf, &["title", "creator", "language"]);
    let base = opf_path.rsplit_once('/').map_or("", |(dir, _)| dir);
    let mut text = String::new();
    for href in spine(&opf) {
        let path = if base.is_empty() {
            href
        } else {
            format!("{base}/{href}")
        };
        if let Some(chapter) = c.part(&path)? {
            collect_text(&chapter, XHTML_BREAKS, &mut text);
        }
        if text.len() >= MAX_TEXT_BYTES {
            break;
        }
    }
    Ok(Extracted {
        title,
        author,
        lang,
        pages: None,
        text: finish(text),
    })
}

/// The documents of an ePub's spine, in reading order.
fn spine(opf: &[u8]) -> Vec<String> {
    let mut items: Vec<(String, String)> = Vec::new();
    let mut order: Vec<String> = Vec::new();
    let mut reader = Reader::from_reader(opf);
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) => match e.local_name().as_ref() {
                "item" => {
                    let id = attribute(&e, "id");
                    let href = attribute(&e, "href");
                    if let (Some(id), Some(href)) = (id, href) {
                        items.push((id, percent_decoded(&href)));
                    }
                }
                "itemref" => order.extend(attribute(&e, "idref")),
                _ => {}
            },
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
        buf.clear();
    }
    order
        .iter()
        .filter_map(|id| items.iter().find(|(i, _)| i == id).map(|(_, h)| h.clone()))
        .collect()
}

fn odf<R: Read + Seek>(c: &mut Container<R>) -> Result<Extracted, Refusal> {
    let content = c.required("content.xml")?;
    let meta = c.part("meta.xml")?.unwrap_or_default();
    let [title, initial, creator, lang] =
        fields(&meta, &["title", "initial-creator", "creator", "language"]);
    let pages =
        first_attribute(&meta, "document-statistic", "page-count").and_then(|n| n.parse().ok());
    let mut text = String::new();
    collect_text(&content, ODF_BREAKS, &mut text);
    Ok(Extracted {
        title,
        author: initial.or(creator),
        lang,
        pages,
        text: finish(text),
    })
}

fn ooxml<R: Read + Seek>(kind: FileType, c: &mut Container<R>) -> Result<Extracted, Refusal> {
    let core = c.part("docProps/core.xml")?.unwrap_or_default();
    let [title, author, lang] = fields(&core, &["title", "creator", "language"]);
    let app = c.part("docProps/app.xml")?.unwrap_or_default();
    let [page_count, slide_count] = fields(&app, &["Pages", "Slides"]);
    let mut parts: Vec<String> = match kind {
        FileType::Docx => vec!["word/document.xml".into()],
        FileType::Xlsx => vec!["xl/sharedStrings.xml".into()],
        _ => {
            let mut slides: Vec<(u32, String)> = c
                .names()
                .into_iter()
                .filter_map(|name| {
                    let n = name
                        .strip_prefix("ppt/slides/slide")?
                        .strip_suffix(".xml")?
                        .parse()
                        .ok()?;
                    Some((n, name))
                })
                .collect();
            slides.sort();
            slides.into_iter().map(|(_, name)| name).collect()
        }
    };
    if kind == FileType::Docx && c.part("word/document.xml")?.is_none() {
        return Err(Refusal::FileUnreadable);
    }
    let mut text = String::new();
    for part in parts.drain(..) {
        if let Some(xml) = c.part(&part)? {
            collect_text(&xml, OOXML_BREAKS, &mut text);
        }
        if text.len() >= MAX_TEXT_BYTES {
            break;
        }
    }
    Ok(Extracted {
        title,
        author,
        lang,
        pages: page_count.or(slide_count).and_then(|n| n.parse().ok()),
        text: finish(text),
    })
}

fn pdf(path: &Path) -> Extracted {
    let small = std::fs::metadata(path).is_ok_and(|m| m.len() <= MAX_PDF_BYTES);
    let document = match small.then(|| lopdf::Document::load(path)) {
        Some(Ok(document)) => document,
        Some(Err(error)) => {
            tracing::info!(%error, "a PDF the library cannot read: kept without its text");
            return Extracted::default();
        }
        None => return Extracted::default(),
    };
    let info = document
        .trailer
        .get(b"Info")
        .and_then(|info| document.dereference(info))
        .and_then(|(_, info)| info.as_dict());
    let info_text = |key: &[u8]| {
        let value = info.as_ref().ok()?.get(key).ok()?;
        let value = document.dereference(value).ok()?.1;
        lopdf::decode_text_string(value)
            .ok()
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
    };
    let lang = document
        .catalog()
        .ok()
        .and_then(|catalog| catalog.get(b"Lang").ok())
        .and_then(|lang| lopdf::decode_text_string(lang).ok());
    let pages: Vec<u32> = document.get_pages().into_keys().collect();
    let mut text = String::new();
    for chunk in document.extract_text_chunks_with_limit(
        &pages[..pages.len().min(MAX_PDF_PAGES as usize)],
        MAX_PDF_PAGE_CONTENT,
    ) {
        if let Ok(chunk) = chunk {
            text.push_str(&chunk);
            text.push('\n');
        }
        if text.len() >= MAX_TEXT_BYTES {
            break;
        }
    }
    Extracted {
        title: info_text(b"Title"),
        author: info_text(b"Author"),
        lang,
        pages: i32::try_from(pages.len()).ok(),
        text: finish(text),
    }
}

/// The elements after which a new line starts.
const XHTML_BREAKS: &[&str] = &[
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
];
const ODF_BREAKS: &[&str] = &["p", "h", "line-break", "tab", "s", "table-cell"];
const OOXML_BREAKS: &[&str] = &["p", "br", "tab", "si", "tc"];

/// Appends the text of an XML document to `out` (at most
/// [`MAX_TEXT_BYTES`]), a line break after each element of `breaks`;
/// scripts and styles are skipped.
fn collect_text(xml: &[u8], breaks: &[&str], out: &mut String) {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut skipping = 0usize;
    loop {
        if out.len() >= MAX_TEXT_BYTES {
            break;
        }
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) => {
                if matches!(e.local_name().as_ref(), "script" | "style") {
                    skipping += 1;
                }
            }
            Ok(Event::End(e)) => {
                let name = e.local_name();
                if matches!(name.as_ref(), "script" | "style") {
                    skipping = skipping.saturating_sub(1);
                } else if breaks.contains(&name.as_ref()) {
                    out.push('\n');
                }
            }
            Ok(Event::Empty(e)) if breaks.contains(&e.local_name().as_ref()) => out.push(' '),
            Ok(Event::Text(t)) if skipping == 0 => out.push_str(&t.xml10_content()),
            Ok(Event::GeneralRef(r)) if skipping == 0 => out.extend(entity(&r)),
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
        buf.clear();
    }
}

/// The character an entity reference stands for (the predefined five and numeric ones).
fn entity(reference: &str) -> Option<char> {
    match reference {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some(' '),
        r => {
            let n = r.strip_prefix('#')?;
            let code = match n.strip_prefix('x').or_else(|| n.strip_prefix('X')) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => n.parse().ok()?,
            };
            char::from_u32(code).filter(|c| *c != '\0')
        }
    }
}

/// The text of the first element of each name in `names` (by local name:
/// `dc:title` is `title`), trimmed; `None` where there is none.
fn fields<const N: usize>(xml: &[u8], names: &[&str; N]) -> [Option<String>; N] {
    let mut found: [Option<String>; N] = std::array::from_fn(|_| None);
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut inside: Option<usize> = None;
    let mut text = String::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) => {
                inside = names
                    .iter()
                    .position(|n| *n == e.local_name().as_ref())
                    .filter(|i| found[*i].is_none());
                text.clear();
            }
            Ok(Event::Text(t)) if inside.is_some() => text.push_str(&t.xml10_content()),
            Ok(Event::GeneralRef(r)) if inside.is_some() => text.extend(entity(&r)),
            Ok(Event::End(_)) => {
                if let Some(i) = inside.take() {
                    let value = text.split_whitespace().collect::<Vec<_>>().join(" ");
                    if !value.is_empty() {
                        found[i] = Some(value);
                    }
                }
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
        buf.clear();
    }
    found
}

/// The value of `attribute` on the first element named `element`.
fn first_attribute(xml: &[u8], element: &str, name: &str) -> Option<String> {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == element => {
                return attribute(&e, name);
            }
            Ok(Event::Eof) | Err(_) => return None,
            _ => {}
        }
        buf.clear();
    }
}

fn attribute(element: &quick_xml::events::BytesStart, name: &str) -> Option<String> {
    element
        .attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

/// `%20` and the like in an ePub's links, decoded.
fn percent_decoded(href: &str) -> String {
    let href = href.split('#').next().unwrap_or_default();
    let bytes = href.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (b'%', Some(&h), Some(&l)) if hex(h).is_some() && hex(l).is_some() => {
                out.push((hex(h).unwrap_or(0) * 16 + hex(l).unwrap_or(0)) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The text with its runs of blanks made one space and its blank lines
/// dropped, at most [`MAX_TEXT_BYTES`] (cut at a character's boundary).
fn finish(text: String) -> String {
    let mut out = String::with_capacity(text.len().min(MAX_TEXT_BYTES));
    for line in text.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&line);
        if out.len() >= MAX_TEXT_BYTES {
            break;
        }
    }
    if out.len() > MAX_TEXT_BYTES {
        let mut cut = MAX_TEXT_BYTES;
        while !out.is_char_boundary(cut) {
            cut -= 1;
        }
        out.truncate(cut);
    }
    out
}
