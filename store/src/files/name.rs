//! The name a file was uploaded under, as the library keeps and serves it.

use unicode_normalization::UnicodeNormalization;

use crate::refusal::Refusal;

/// The longest name kept, in characters (a common file system's limit is 255 bytes).
pub const MAX_NAME_CHARS: usize = 200;

/// The name, trimmed and in NFC, when it is a plain file name: not empty,
/// no path separators, no control characters, not `.`/`..`, at most
/// [`MAX_NAME_CHARS`]. Anything else is `FileNameInvalid`.
pub fn file_name(raw: &str) -> Result<String, Refusal> {
    let name: String = raw.trim().nfc().collect();
    let plain = !name.is_empty()
        && name != "."
        && name != ".."
        && !name.starts_with('.')
        && !name
            .chars()
            .any(|c| c == '/' || c == '\\' || c.is_control() || is_bidi_control(c))
        && name.chars().count() <= MAX_NAME_CHARS;
    if plain {
        Ok(name)
    } else {
        Err(Refusal::FileNameInvalid)
    }
}

/// The marks that reorder text on screen (a name that shows `pdf.exe` as `exe.pdf`).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_names_are_kept_in_nfc() {
        assert_eq!(
            file_name("  Leitfaden Ausbildung.pdf "),
            Ok("Leitfaden Ausbildung.pdf".into())
        );
        // "é" as e + combining accent comes back as one character.
        assert_eq!(
            file_name("re\u{301}sume\u{301}.pdf"),
            Ok("résumé.pdf".into())
        );
        assert_eq!(file_name("Οδηγός ΕΕΚ.pdf"), Ok("Οδηγός ΕΕΚ.pdf".into()));
    }

    #[test]
    fn paths_controls_hidden_and_long_names_are_refused() {
        for bad in [
            "",
            "..",
            "../etc/passwd",
            "C:\\Users\\x\\report.pdf",
            "a/b.pdf",
            "report\n.pdf",
            "report\u{0}.pdf",
            ".htaccess",
            "invoice\u{202e}fdp.exe",
        ] {
            assert_eq!(file_name(bad), Err(Refusal::FileNameInvalid), "{bad:?}");
        }
        let long = format!("{}.pdf", "a".repeat(300));
        assert_eq!(file_name(&long), Err(Refusal::FileNameInvalid));
        let longest = format!("{}.pdf", "ä".repeat(MAX_NAME_CHARS - 4));
        assert!(file_name(&longest).is_ok());
    }
}
