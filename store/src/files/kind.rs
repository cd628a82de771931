//! What a file is, read from its first bytes (its magic number) and checked
//! against its name: only the kinds a library holds are taken; executables,
//! archives and anything unknown are refused.

use crate::refusal::Refusal;

/// How many of a file's first bytes are read to tell its type.
pub const HEAD_BYTES: usize = 64 * 1024;

/// The kinds of file the library takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FileType {
    Pdf,
    Epub,
    Odt,
    Ods,
    Odp,
    Docx,
    Xlsx,
    Pptx,
    Doc,
    Xls,
    Ppt,
    Rtf,
    Mp4,
    Webm,
    Mov,
    Mp3,
    Ogg,
    Png,
    Jpeg,
    Gif,
    Webp,
    Csv,
    Text,
}

use FileType::*;

impl FileType {
    pub const ALL: [FileType; 23] = [
        Pdf, Epub, Odt, Ods, Odp, Docx, Xlsx, Pptx, Doc, Xls, Ppt, Rtf, Mp4, Webm, Mov, Mp3, Ogg,
        Png, Jpeg, Gif, Webp, Csv, Text,
    ];

    /// The media type the file is served with.
    pub const fn media_type(self) -> &'static str {
        match self {
            Pdf => "application/pdf",
            Epub => "application/epub+zip",
            Odt => "application/vnd.oasis.opendocument.text",
            Ods => "application/vnd.oasis.opendocument.spreadsheet",
            Odp => "application/vnd.oasis.opendocument.presentation",
            Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Pptx => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            Doc => "application/msword",
            Xls => "application/vnd.ms-excel",
            Ppt => "application/vnd.ms-powerpoint",
            Rtf => "application/rtf",
            Mp4 => "video/mp4",
            Webm => "video/webm",
            Mov => "video/quicktime",
            Mp3 => "audio/mpeg",
            Ogg => "audio/ogg",
            Png => "image/png",
            Jpeg => "image/jpeg",
            Gif => "image/gif",
            Webp => "image/webp",
            Csv => "text/csv; charset=utf-8",
            Text => "text/plain; charset=utf-8",
        }
    }

    /// The type of a stored media type (as `media_type` wrote it).
    pub fn from_media_type(media_type: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.media_type() == media_type)
    }

    /// The endings a file of this type may have (lower case, without the dot).
    pub const fn extensions(self) -> &'static [&'static str] {
        match self {
            Pdf => &["pdf"],
            Epub => &["epub"],
            Odt => &["odt"],
            Ods => &["ods"],
            Odp => &["odp"],
            Docx => &["docx"],
            Xlsx => &["xlsx"],
            Pptx => &["pptx"],
            Doc => &["doc"],
            Xls => &["xls"],
            Ppt => &["ppt", "pps"],
            Rtf => &["rtf"],
            Mp4 => &["mp4", "m4v"],
            Webm => &["webm"],
            Mov => &["mov"],
            Mp3 => &["mp3"],
            Ogg => &["ogg", "oga", "opus"],
            Png => &["png"],
            Jpeg => &["jpg", "jpeg"],
            Gif => &["gif"],
            Webp => &["webp"],
            Csv => &["csv"],
            Text => &["txt", "md"],
        }
    }

    /// Whether a browser shows it itself (a PDF in its viewer, a video in
    /// `<video>`): served `inline`; anything else is downloaded.
    pub const fn opens_in_browser(self) -> bool {
        matches!(
            self,
            Pdf | Mp4 | Webm | Mov | Mp3 | Ogg | Png | Jpeg | Gif | Webp | Text
        )
    }

    pub const fn is_video(self) -> bool {
        matches!(self, Mp4 | Webm | Mov)
    }

    pub const fn is_audio(self) -> bool {
        matches!(self, Mp3 | Ogg)
    }

    /// A ZIP container whose parts the library reads (and so checks).
    pub const fn is_zip(self) -> bool {
        matches!(self, Epub | Odt | Ods | Odp | Docx | Xlsx | Pptx)
    }

    /// The type `infer` names, when it is one the library takes.
    fn from_sniffed(mime: &str) -> Option<Self> {
        Some(match mime {
            "application/pdf" => Pdf,
            "application/epub+zip" => Epub,
            "application/vnd.oasis.opendocument.text" => Odt,
            "application/vnd.oasis.opendocument.spreadsheet" => Ods,
            "application/vnd.oasis.opendocument.presentation" => Odp,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => Docx,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => Xlsx,
            "application/vnd.openxmlformats-officedocument.presentationml.presentation" => Pptx,
            "application/msword" => Doc,
            "application/vnd.ms-excel" => Xls,
            "application/vnd.ms-powerpoint" => Ppt,
            "application/rtf" => Rtf,
            "video/mp4" | "video/x-m4v" => Mp4,
            "video/webm" => Webm,
            "video/quicktime" => Mov,
            "audio/mpeg" => Mp3,
            "audio/ogg" | "audio/opus" => Ogg,
            "image/png" => Png,
            "image/jpeg" => Jpeg,
            "image/gif" => Gif,
            "image/webp" => Webp,
            _ => return None,
        })
    }

    /// The type of a file from its first bytes (up to [`HEAD_BYTES`]) and
    /// its name. Refused: a type the library does not take (executables,
    /// archives, scripts, unknown binary data: `FileTypeRefused`), or a name
    /// whose ending says another type than the content (`FileTypeMismatch`).
    pub fn detect(head: &[u8], file_name: &str) -> Result<Self, Refusal> {
        let ending = file_name
            .rsplit_once('.')
            .map(|(_, e)| e.to_ascii_lowercase())
            .unwrap_or_default();
        let sniffed = match infer::get(head) {
            Some(kind) => Self::from_sniffed(kind.mime_type()).ok_or(Refusal::FileTypeRefused)?,
            // No magic number: text, if it reads as UTF-8 and names itself so.
            None if is_text(head) => match ending.as_str() {
                "csv" => Csv,
                "txt" | "md" => Text,
                _ => return Err(Refusal::FileTypeRefused),
            },
            None => return Err(Refusal::FileTypeRefused),
        };
        if sniffed.extensions().contains(&ending.as_str()) {
            Ok(sniffed)
        } else {
            Err(Refusal::FileTypeMismatch)
        }
    }
}

/// UTF-8 without NUL bytes (the head may cut the last character).
fn is_text(head: &[u8]) -> bool {
    if head.is_empty() || head.contains(&0) {
        return false;
    }
    match std::str::from_utf8(head) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none() && head.len() - e.valid_up_to() < 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PDF: &[u8] = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n";
    const ELF: &[u8] = b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x3e\x00";
    const ZIP: &[u8] = b"PK\x03\x04\x14\x00\x00\x00\x08\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x05\x00\x00\x00a.txt";

    #[test]
    fn a_pdf_is_read_from_its_content_and_must_be_named_so() {
        assert_eq!(FileType::detect(PDF, "Bericht.PDF"), Ok(Pdf));
        assert_eq!(
            FileType::detect(PDF, "report.docx"),
            Err(Refusal::FileTypeMismatch)
        );
        assert_eq!(
            FileType::detect(PDF, "report"),
            Err(Refusal::FileTypeMismatch)
        );
    }

    #[test]
    fn executables_archives_and_unknown_data_are_refused() {
        assert_eq!(
            FileType::detect(ELF, "tool.pdf"),
            Err(Refusal::FileTypeRefused)
        );
        assert_eq!(
            FileType::detect(b"MZ\x90\x00\x03\x00\x00\x00", "setup.exe"),
            Err(Refusal::FileTypeRefused)
        );
        assert_eq!(
            FileType::detect(ZIP, "material.zip"),
            Err(Refusal::FileTypeRefused)
        );
        assert_eq!(
            FileType::detect(b"#!/bin/sh\nrm -rf /\n", "run.txt"),
            Err(Refusal::FileTypeRefused)
        );
        assert_eq!(
            FileType::detect(&[0xde, 0xad, 0, 0xbe, 0xef], "data.txt"),
            Err(Refusal::FileTypeRefused)
        );
    }

    #[test]
    fn text_is_taken_when_it_is_utf8_and_named_as_text() {
        assert_eq!(
            FileType::detect("name;Stadt\nÖ;Köln\n".as_bytes(), "list.csv"),
            Ok(Csv)
        );
        assert_eq!(FileType::detect(b"Notes", "notes.md"), Ok(Text));
        // A head that cuts a character in two is still text.
        assert_eq!(FileType::detect(&"é".as_bytes()[..1], "a.txt"), Ok(Text));
        assert_eq!(
            FileType::detect(b"Notes", "notes.html"),
            Err(Refusal::FileTypeRefused)
        );
    }

    #[test]
    fn every_type_is_found_again_by_its_media_type() {
        for t in FileType::ALL {
            assert_eq!(FileType::from_media_type(t.media_type()), Some(t));
        }
    }
}
