//! Files kept by content: the SHA-256 of the bytes names them, they are stored once in chunks
//! (`stored_files`, `stored_file_chunks`), and their type is told from their first bytes.
use super::*;
use sha2::{Digest, Sha256};

/// A file is stored in chunks of this size (a range request reads only the chunks it needs).
pub const CHUNK: usize = 1024 * 1024;

/// A file as the browser sent it.
#[derive(Default)]
pub struct Upload {
    /// The name the browser gave (made safe before it is kept).
    pub name: String,
    pub bytes: Vec<u8>,
}

/// An uploaded file once checked: its safe name, its kind told by its content, its hash.
pub struct Checked {
    pub name: String,
    pub kind: FileKind,
    pub sha256: String,
    pub size: i64,
}

/// The kind of `bytes` told by their content: the magic numbers of the binary formats (an
/// office document is recognised inside its ZIP), and for CSV, text that is UTF-8 without
/// NUL bytes. `announced` (from the name) only decides between CSV and nothing.
pub fn sniff(bytes: &[u8], announced: Option<FileKind>) -> Option<FileKind> {
    if let Some(found) = infer::get(bytes).and_then(|t| FileKind::from_mime(t.mime_type())) {
        return Some(found);
    }
    let head = &bytes[..bytes.len().min(64 * 1024)];
    let text = match std::str::from_utf8(head) {
        Ok(t) => Some(t),
        // The sample may cut a character in two.
        Err(e) if e.valid_up_to() + 4 >= head.len() => {
            std::str::from_utf8(&head[..e.valid_up_to()]).ok()
        }
        Err(_) => None,
    };
    let looks_like_csv = text.is_some_and(|t| {
        !t.contains('\0')
            && t.lines()
                .next()
                .is_some_and(|l| l.contains([',', ';', '\t']))
    });
    (announced == Some(FileKind::Csv) && looks_like_csv).then_some(FileKind::Csv)
}

/// Checks an upload: a name, a size within `max_bytes`, a content of an accepted kind that
/// matches what its name announces (a `.pdf` that is not a PDF is refused: its type lies).
pub fn check(upload: &Upload, max_bytes: usize) -> Result<Checked, AppError> {
    if upload.bytes.is_empty() {
        return Err(AppError::field("file", "file-required"));
    }
    if upload.bytes.len() > max_bytes {
        return Err(AppError::field("file", "file-too-large"));
    }
    let name = file_name(&upload.name).ok_or_else(|| AppError::field("file", "file-required"))?;
    let announced = FileKind::announced_by(&name);
    let found = sniff(&upload.bytes, announced)
        .ok_or_else(|| AppError::field("file", "file-type-refused"))?;
    if announced != Some(found) {
        return Err(AppError::field("file", "file-type-mismatch"));
    }
    Ok(Checked {
        name,
        kind: found,
        sha256: hex(&Sha256::digest(&upload.bytes)),
        size: upload.bytes.len() as i64,
    })
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Stores `bytes` under their hash unless a file with that hash is stored already (the same
/// file published twice, or two uploads racing: the second finds the first's).
pub async fn store(
    txn: &DatabaseTransaction,
    checked: &Checked,
    bytes: &[u8],
) -> Result<(), AppError> {
    if stored_files::Entity::find_by_id(checked.sha256.clone())
        .one(txn)
        .await?
        .is_some()
    {
        return Ok(());
    }
    let chunks = bytes.chunks(CHUNK);
    stored_files::ActiveModel {
        sha256: Set(checked.sha256.clone()),
        size: Set(checked.size),
        content_type: Set(checked.kind.mime().to_string()),
        chunks: Set(chunks.len() as i32),
        created_at: Set(Utc::now()),
    }
    .insert(txn)
    .await?;
    for (n, data) in bytes.chunks(CHUNK).enumerate() {
        stored_file_chunks::ActiveModel {
            sha256: Set(checked.sha256.clone()),
            n: Set(n as i32),
            data: Set(data.to_vec()),
        }
        .insert(txn)
        .await?;
    }
    Ok(())
}

/// A version's file as the download route serves it.
#[derive(Clone, Debug)]
pub struct Served {
    pub sha256: String,
    pub size: u64,
    pub content_type: String,
    pub name: String,
    pub inline: bool,
}

/// The file of version `n` of document `id`, if the caller may download it: the document is
/// shown to them and the version is not withdrawn.
pub async fn served(cx: &Cx, caller: &Caller, id: DocumentId, n: i32) -> Result<Served, AppError> {
    let doc = documents::Entity::find_by_id(id.0)
        .one(&cx.db)
        .await?
        .ok_or(AppError::NotFound)?;
    if !visible(caller, &doc) {
        return Err(AppError::NotFound);
    }
    let v = document_versions::Entity::find_by_id((id.0, n))
        .one(&cx.db)
        .await?
        .ok_or(AppError::NotFound)?;
    if v.withdrawn_at.is_some() {
        return Err(AppError::NotFound);
    }
    let kind = FileKind::from_mime(&v.content_type);
    Ok(Served {
        sha256: v.sha256,
        size: v.size.max(0) as u64,
        content_type: v.content_type,
        name: v.file_name,
        inline: kind.is_some_and(FileKind::inline),
    })
}

/// Bytes `from..=to` of the stored file `sha256` (reads only the chunks they fall in).
pub async fn bytes(
    cx: &Cx,
    _caller: &Caller,
    sha256: &str,
    from: u64,
    to: u64,
) -> Result<Vec<u8>, AppError> {
    let chunk = CHUNK as u64;
    let (first, last) = ((from / chunk) as i32, (to / chunk) as i32);
    let rows = stored_file_chunks::Entity::find()
        .filter(stored_file_chunks::Column::Sha256.eq(sha256))
        .filter(stored_file_chunks::Column::N.between(first, last))
        .order_by_asc(stored_file_chunks::Column::N)
        .all(&cx.db)
        .await?;
    let mut out = Vec::with_capacity((to - from + 1) as usize);
    for row in rows {
        let start = u64::from(row.n as u32) * chunk;
        let end = start + row.data.len() as u64;
        let lo = from.max(start);
        let hi = (to + 1).min(end);
        if lo < hi {
            out.extend_from_slice(&row.data[(lo - start) as usize..(hi - start) as usize]);
        }
    }
    if out.len() as u64 != to - from + 1 {
        tracing::error!(sha256, from, to, "a stored file is shorter than recorded");
        return Err(AppError::Internal);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_told_by_content() {
        let pdf = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj".to_vec();
        assert_eq!(sniff(&pdf, Some(FileKind::Pdf)), Some(FileKind::Pdf));
        // A PDF named .docx is still a PDF: `check` refuses the mismatch.
        assert_eq!(sniff(&pdf, Some(FileKind::Docx)), Some(FileKind::Pdf));
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        assert_eq!(sniff(&png, None), Some(FileKind::Png));
        assert_eq!(
            sniff(b"kind;amount\nbudget;12\n", Some(FileKind::Csv)),
            Some(FileKind::Csv)
        );
        // Text is CSV only when named so; an executable is nothing.
        assert_eq!(sniff(b"kind;amount\n", Some(FileKind::Pdf)), None);
        assert_eq!(
            sniff(b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff", Some(FileKind::Pdf)),
            None
        );
        assert_eq!(
            sniff(b"plain words without a separator", Some(FileKind::Csv)),
            None
        );
    }

    #[test]
    fn uploads_that_lie_are_refused() {
        let up = |name: &str, bytes: &[u8]| Upload {
            name: name.into(),
            bytes: bytes.to_vec(),
        };
        let pdf = b"%PDF-1.4\n1 0 obj\n";
        assert!(check(&up("budget.pdf", pdf), 1000).is_ok());
        assert_eq!(
            check(&up("budget.docx", pdf), 1000).err(),
            Some(AppError::field("file", "file-type-mismatch"))
        );
        assert_eq!(
            check(&up("budget.pdf", b"<html>not a pdf</html>"), 1000).err(),
            Some(AppError::field("file", "file-type-refused"))
        );
        assert_eq!(
            check(&up("budget.pdf", pdf), 4).err(),
            Some(AppError::field("file", "file-too-large"))
        );
        assert_eq!(
            check(&up("", b""), 1000).err(),
            Some(AppError::field("file", "file-required"))
        );
        let c = check(&up("a.pdf", pdf), 1000).unwrap();
        assert_eq!(c.sha256.len(), 64);
        assert_eq!(c.size, pdf.len() as i64);
    }
}
