//! The library's file store with its local folder: streamed uploads within
//! their limit, nothing left behind by a refused or broken upload, one copy
//! per content, two instances sharing one folder; and what is read from
//! documents, with ZIP bombs refused.

use std::io::Write;

use bytes::Bytes;
use futures_util::stream;
use store::files::{extract, FileStore, FileType, MAX_ENTRIES};
use store::refusal::Refusal;
use store::seed::documents::{epub, pdf, Text};
use store::StoreError;

fn folder() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "vetnet_files_{}_{:x}",
        std::process::id(),
        rand_suffix()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn rand_suffix() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u8(0);
    h.finish()
}

/// Every regular file under `dir`, as paths relative to it.
fn files_under(dir: &std::path::Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(path.strip_prefix(dir).unwrap().display().to_string());
            }
        }
    }
    out.sort();
    out
}

fn chunks(
    parts: &[&[u8]],
) -> impl futures_util::Stream<Item = Result<Bytes, std::io::Error>> + Unpin {
    stream::iter(
        parts
            .iter()
            .map(|p| Ok(Bytes::copy_from_slice(p)))
            .collect::<Vec<_>>(),
    )
}

/// Every byte of a stored content's stream.
async fn all(stream: futures_util::stream::BoxStream<'static, std::io::Result<Bytes>>) -> Vec<u8> {
    use futures_util::TryStreamExt;
    stream.map_ok(|b| b.to_vec()).try_concat().await.unwrap()
}

fn refusal(result: Result<impl std::fmt::Debug, StoreError>) -> Refusal {
    match result {
        Err(StoreError::Refused(r)) => r,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[tokio::test]
async fn an_upload_is_kept_once_per_content_and_read_back_by_range() {
    let dir = folder();
    let files = FileStore::open(dir.to_str().unwrap()).unwrap();
    let received = files
        .receive(chunks(&[b"%PDF-1.7\n", b"rest of the file"]), 1_000)
        .await
        .unwrap();
    assert_eq!(received.size, 25);
    assert!(received.head.starts_with(b"%PDF"));
    let hash = received.hash.clone();
    files.keep(received).await.unwrap();
    assert!(files.holds(&hash).await.unwrap());
    // The same content again: one copy.
    let again = files
        .receive(chunks(&[b"%PDF-1.7\nrest of the file"]), 1_000)
        .await
        .unwrap();
    assert_eq!(again.hash, hash);
    files.keep(again).await.unwrap();
    assert_eq!(
        files_under(&dir),
        vec![format!("content/{}/{hash}", &hash[..2])]
    );
    let part = files.get(&hash, Some(9..13)).await.unwrap();
    let part = all(part).await;
    assert_eq!(&part[..], b"rest");
    // A second instance on the same folder serves it too.
    let other = FileStore::open(dir.to_str().unwrap()).unwrap();
    assert!(other.holds(&hash).await.unwrap());
    std::fs::remove_dir_all(dir).ok();
}

#[tokio::test]
async fn a_refused_or_broken_upload_leaves_nothing() {
    let dir = folder();
    let files = FileStore::open(dir.to_str().unwrap()).unwrap();
    let big = vec![7u8; 4096];
    assert_eq!(
        refusal(files.receive(chunks(&[&big, &big, &big]), 10_000).await),
        Refusal::FileTooLarge
    );
    let broken = stream::iter(vec![
        Ok(Bytes::from_static(b"%PDF-1.7 first part")),
        Err(std::io::Error::other("connection reset")),
    ]);
    assert_eq!(
        refusal(files.receive(broken, 10_000).await),
        Refusal::UploadIncomplete
    );
    assert_eq!(
        refusal(files.receive(chunks(&[]), 10_000).await),
        Refusal::FileMissing
    );
    let received = files.receive(chunks(&[b"not kept"]), 100).await.unwrap();
    files.discard(received).await;
    assert_eq!(files_under(&dir), Vec::<String>::new());
    std::fs::remove_dir_all(dir).ok();
}

fn written(bytes: &[u8], name: &str) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("vetnet_extract_{}_{name}", rand_suffix()));
    std::fs::write(&path, bytes).unwrap();
    path
}

const PAGES: &[&[&str]] = &[
    &[
        "Ausbildungsverbund und Lernortkooperation",
        "Die Berufsschule stimmt den Ausbildungsplan mit den Betrieben ab.",
    ],
    &["Zweite Seite über Prüfungen"],
];

#[test]
fn a_pdf_gives_its_title_author_language_pages_and_text() {
    let bytes = pdf(Text {
        title: "Leitfaden Lernortkooperation",
        author: "Netzwerk Süd",
        lang: "de",
        parts: PAGES,
    });
    assert_eq!(FileType::detect(&bytes, "leitfaden.pdf"), Ok(FileType::Pdf));
    let path = written(&bytes, "a.pdf");
    let read = extract(FileType::Pdf, &path).unwrap();
    std::fs::remove_file(path).ok();
    assert_eq!(read.title.as_deref(), Some("Leitfaden Lernortkooperation"));
    assert_eq!(read.author.as_deref(), Some("Netzwerk Süd"));
    assert_eq!(read.lang.as_deref(), Some("de"));
    assert_eq!(read.pages, Some(2));
    assert!(read.text.contains("Berufsschule stimmt"), "{}", read.text);
    assert!(read.text.contains("Prüfungen"), "{}", read.text);
}

#[test]
fn an_epub_gives_its_metadata_and_chapters_in_order() {
    let bytes = epub(Text {
        title: "Handbuch Lernortkooperation",
        author: "Netzwerk Süd",
        lang: "de",
        parts: PAGES,
    });
    assert_eq!(
        FileType::detect(&bytes, "handbuch.epub"),
        Ok(FileType::Epub)
    );
    let path = written(&bytes, "a.epub");
    let read = extract(FileType::Epub, &path).unwrap();
    std::fs::remove_file(path).ok();
    assert_eq!(read.title.as_deref(), Some("Handbuch Lernortkooperation"));
    assert_eq!(read.lang.as_deref(), Some("de"));
    let first = read.text.find("Berufsschule").unwrap();
    let second = read.text.find("Prüfungen").unwrap();
    assert!(first < second);
}

fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, body) in entries {
        zip.start_file(*name, options).unwrap();
        zip.write_all(body).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

#[test]
fn odf_and_ooxml_text_is_read() {
    let odt = zip_of(&[
        ("mimetype", b"application/vnd.oasis.opendocument.text"),
        ("content.xml", br#"<office:document-content xmlns:office="o" xmlns:text="t"><office:body><office:text><text:h>Mentoring</text:h><text:p>Peer <text:span>learning</text:span> &amp; study visits</text:p></office:text></office:body></office:document-content>"#),
        ("meta.xml", br#"<office:document-meta xmlns:office="o" xmlns:dc="d" xmlns:meta="m"><office:meta><dc:title>Mentoring guide</dc:title><dc:language>en-GB</dc:language><meta:document-statistic meta:page-count="3"/></office:meta></office:document-meta>"#),
    ]);
    let path = written(&odt, "a.odt");
    let read = extract(FileType::Odt, &path).unwrap();
    std::fs::remove_file(path).ok();
    assert_eq!(read.title.as_deref(), Some("Mentoring guide"));
    assert_eq!(read.lang.as_deref(), Some("en-GB"));
    assert_eq!(read.pages, Some(3));
    assert_eq!(read.text, "Mentoring\nPeer learning & study visits");

    let docx = zip_of(&[
        ("[Content_Types].xml", b"<Types/>"),
        ("word/document.xml", br#"<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>Dual</w:t></w:r><w:r><w:t xml:space="preserve"> system</w:t></w:r></w:p><w:p><w:r><w:t>ECVET</w:t></w:r></w:p></w:body></w:document>"#),
        ("docProps/core.xml", br#"<cp:coreProperties xmlns:cp="c" xmlns:dc="d"><dc:title>Dual system</dc:title><dc:creator>Anna</dc:creator></cp:coreProperties>"#),
    ]);
    let path = written(&docx, "a.docx");
    let read = extract(FileType::Docx, &path).unwrap();
    std::fs::remove_file(path).ok();
    assert_eq!(read.author.as_deref(), Some("Anna"));
    assert_eq!(read.text, "Dual system\nECVET");
}

#[test]
fn zip_bombs_and_damaged_containers_are_refused() {
    // Too many entries.
    let names: Vec<String> = (0..=MAX_ENTRIES)
        .map(|i| format!("OEBPS/{i}.xhtml"))
        .collect();
    let entries: Vec<(&str, &[u8])> = std::iter::once(("mimetype", &b"application/epub+zip"[..]))
        .chain(names.iter().map(|n| (n.as_str(), &b""[..])))
        .collect();
    let path = written(&zip_of(&entries), "many.epub");
    assert_eq!(extract(FileType::Epub, &path), Err(Refusal::FileUnreadable));
    std::fs::remove_file(path).ok();
    // One part that expands beyond the limit of a part (70 MB of blanks in a few kB).
    let blanks = vec![b' '; 70 * 1024 * 1024];
    let path = written(
        &zip_of(&[
            ("mimetype", b"application/vnd.oasis.opendocument.text"),
            ("content.xml", &blanks),
        ]),
        "bomb.odt",
    );
    assert!(std::fs::metadata(&path).unwrap().len() < 1024 * 1024);
    assert_eq!(extract(FileType::Odt, &path), Err(Refusal::FileUnreadable));
    std::fs::remove_file(path).ok();
    // Not a ZIP at all, and an ePub without its package.
    let path = written(b"PK\x03\x04 broken", "broken.epub");
    assert_eq!(extract(FileType::Epub, &path), Err(Refusal::FileUnreadable));
    std::fs::remove_file(path).ok();
    let path = written(
        &zip_of(&[("mimetype", b"application/epub+zip")]),
        "empty.epub",
    );
    assert_eq!(extract(FileType::Epub, &path), Err(Refusal::FileUnreadable));
    std::fs::remove_file(path).ok();
}

#[tokio::test]
async fn an_upload_left_half_written_is_swept_and_a_fresh_one_is_not() {
    let dir = folder();
    let files = FileStore::open(dir.to_str().unwrap()).unwrap();
    // What a stopped instance left: an incoming file written two days ago.
    let incoming = dir.join("incoming");
    std::fs::create_dir_all(&incoming).unwrap();
    let stale = incoming.join("left-behind");
    std::fs::write(&stale, b"half an upload").unwrap();
    let two_days_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(48 * 3600);
    std::fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(two_days_ago)
        .unwrap();
    std::fs::write(incoming.join("under-way"), b"an upload now").unwrap();
    let day = std::time::Duration::from_secs(24 * 3600);
    assert_eq!(files.sweep_incoming(day).await.unwrap(), 1);
    assert_eq!(files_under(&dir), vec!["incoming/under-way".to_owned()]);
    assert_eq!(files.sweep_incoming(day).await.unwrap(), 0);
    std::fs::remove_dir_all(dir).ok();
}

#[tokio::test]
async fn a_large_upload_is_kept_whole_and_served_whole_and_in_parts() {
    // 40 MiB in 64 KiB pieces, as a browser sends them: the folder store
    // writes it a MiB at a time and flushes it behind the writes; it is
    // served in 256 KiB chunks.
    let dir = folder();
    let files = FileStore::open(dir.to_str().unwrap()).unwrap();
    let content: Vec<u8> = (0..40 * 1024 * 1024u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let pieces: Vec<&[u8]> = content.chunks(64 * 1024).collect();
    let received = files
        .receive(chunks(&pieces), 41 * 1024 * 1024)
        .await
        .unwrap();
    assert_eq!(received.size, content.len() as u64);
    let hash = received.hash.clone();
    files.keep(received).await.unwrap();
    assert_eq!(files.incoming_count().await.unwrap(), 0);
    let whole = all(files.get(&hash, None).await.unwrap()).await;
    assert!(whole == content, "the whole content comes back unchanged");
    // A range across two of the chunks it is served in, and the last byte.
    let across = 256 * 1024 - 10..256 * 1024 + 10;
    let part = all(files.get(&hash, Some(across.clone())).await.unwrap()).await;
    assert_eq!(part, content[across.start as usize..across.end as usize]);
    let end = content.len() as u64;
    let last = all(files.get(&hash, Some(end - 1..end)).await.unwrap()).await;
    assert_eq!(last, [content[content.len() - 1]]);
    std::fs::remove_dir_all(&dir).unwrap();
}
