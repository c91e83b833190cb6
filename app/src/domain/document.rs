//! Published documents (issue 24): their kinds, the file types accepted, and the file name
//! as it is kept and served.

codes! {
    /// What a published document is (translated as `document-kind-<code>`).
    DocumentKind {
        Budget => "budget",
        Accounts => "accounts",
        Decision => "decision",
        Minutes => "minutes",
        Report => "report",
        Procedure => "procedure",
        Other => "other",
    }
}

codes! {
    /// The file types a document may have, told by their content (never by their name).
    FileKind {
        Pdf => "pdf",
        Odt => "odt",
        Ods => "ods",
        Docx => "docx",
        Xlsx => "xlsx",
        Csv => "csv",
        Png => "png",
        Jpeg => "jpeg",
        Webp => "webp",
    }
}

impl FileKind {
    /// Its media type, as served.
    pub fn mime(self) -> &'static str {
        match self {
            Self::Pdf => "application/pdf",
            Self::Odt => "application/vnd.oasis.opendocument.text",
            Self::Ods => "application/vnd.oasis.opendocument.spreadsheet",
            Self::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Self::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Self::Csv => "text/csv",
            Self::Png => "image/png",
            Self::Jpeg => "image/jpeg",
            Self::Webp => "image/webp",
        }
    }

    pub fn from_mime(mime: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|k| k.mime() == mime)
    }

    /// The file name endings that announce it.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            Self::Pdf => &["pdf"],
            Self::Odt => &["odt"],
            Self::Ods => &["ods"],
            Self::Docx => &["docx"],
            Self::Xlsx => &["xlsx"],
            Self::Csv => &["csv"],
            Self::Png => &["png"],
            Self::Jpeg => &["jpg", "jpeg"],
            Self::Webp => &["webp"],
        }
    }

    /// Whether a browser shows it in place (a PDF, an image) rather than saving it.
    pub fn inline(self) -> bool {
        matches!(self, Self::Pdf | Self::Png | Self::Jpeg | Self::Webp)
    }

    /// The kind a file name announces, from its ending.
    pub fn announced_by(name: &str) -> Option<Self> {
        let ext = name.rsplit_once('.')?.1.to_lowercase();
        Self::ALL
            .iter()
            .copied()
            .find(|k| k.extensions().contains(&ext.as_str()))
    }
}

/// The longest file name kept.
pub const FILE_NAME_MAX: usize = 120;

/// A file name as the browser sent it, made safe to keep and to serve: its last path part,
/// without control characters, quotes or separators, at most [`FILE_NAME_MAX`] characters
/// (the ending kept). `None` when nothing is left.
pub fn file_name(sent: &str) -> Option<String> {
    let last = sent.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = last
        .chars()
        .filter(|c| {
            !c.is_control()
                && !matches!(c, '"' | ';' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let cleaned = cleaned.trim_start_matches('.').to_string();
    if cleaned.is_empty() {
        return None;
    }
    if cleaned.chars().count() <= FILE_NAME_MAX {
        return Some(cleaned);
    }
    let (stem, ext) = cleaned.rsplit_once('.').unwrap_or((cleaned.as_str(), ""));
    let keep = FILE_NAME_MAX.saturating_sub(ext.chars().count() + 1);
    let stem: String = stem.chars().take(keep).collect();
    Some(if ext.is_empty() {
        stem
    } else {
        format!("{stem}.{ext}")
    })
}

/// An optional text of several lines (a summary, a note): trimmed, Windows line ends made
/// plain; empty is allowed.
pub fn optional_text(input: &str, max: usize) -> Result<String, super::Problem> {
    let text = input.trim().replace("\r\n", "\n");
    if text.chars().count() > max {
        return Err("text-too-long");
    }
    Ok(text)
}

/// The longest title and summary of a document.
pub const DOCUMENT_TITLE_MAX: usize = 200;
pub const DOCUMENT_SUMMARY_MAX: usize = 2000;
/// The longest note on a version ("what changed").
pub const VERSION_NOTE_MAX: usize = 300;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for k in DocumentKind::ALL {
            assert_eq!(DocumentKind::from_code(k.code()), Some(*k));
        }
        for k in FileKind::ALL {
            assert_eq!(FileKind::from_mime(k.mime()), Some(*k));
        }
    }

    #[test]
    fn names_announce_kinds() {
        assert_eq!(
            FileKind::announced_by("Budget 2026.PDF"),
            Some(FileKind::Pdf)
        );
        assert_eq!(FileKind::announced_by("photo.jpeg"), Some(FileKind::Jpeg));
        assert_eq!(FileKind::announced_by("photo.jpg"), Some(FileKind::Jpeg));
        assert_eq!(FileKind::announced_by("virus.exe"), None);
        assert_eq!(FileKind::announced_by("no-ending"), None);
    }

    #[test]
    fn file_names_are_made_safe() {
        assert_eq!(
            file_name("C:\\Users\\x\\budget.pdf").as_deref(),
            Some("budget.pdf")
        );
        assert_eq!(file_name("../../etc/passwd").as_deref(), Some("passwd"));
        assert_eq!(file_name("a\"b;\u{202e}c.pdf").as_deref(), Some("abc.pdf"));
        assert_eq!(
            file_name("  ميزانية   2026.pdf ").as_deref(),
            Some("ميزانية 2026.pdf")
        );
        assert_eq!(file_name("..."), None);
        assert_eq!(file_name(""), None);
        let long = format!("{}.pdf", "a".repeat(500));
        let kept = file_name(&long).unwrap();
        assert_eq!(kept.chars().count(), FILE_NAME_MAX);
        assert!(kept.ends_with(".pdf"));
    }
}
