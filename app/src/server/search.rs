//! Full-text search over proposals, the same on SQLite (FTS5) and PostgreSQL (GIN over
//! `to_tsvector('simple', …)`): the application normalises Arabic and French text into plain
//! words once, when a proposal is saved, and normalises queries the same way, so both engines
//! match the same words.
use sea_orm::sea_query::{Expr, SimpleExpr};
use sea_orm::{ConnectionTrait, DatabaseBackend, DbErr, Statement};
use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
use uuid::Uuid;

const STOPWORDS: &[&str] = &[
    // French
    "le", "la", "les", "de", "des", "du", "un", "une", "et", "ou", "au", "aux", "en", "pour", "par",
    "sur", "dans", "avec", "sans", "est", "sont", "ce", "cette", "ces", "qui", "que", "plus",
    "pas", "ne", "nous", "vous", "il", "elle", "ils", "elles", "on", "son", "sa", "ses", "leur",
    "leurs", "notre", "nos", "votre", "vos", "a", // English
    "the", "an", "and", "or", "of", "to", "in", "for", "with", "is", "are", "this", "that", "be",
    "by", "from", "at", "as", "it", "our",
    // Arabic (normalised: no hamza, ى→ي, ة→ه)
    "في", "من", "علي", "الي", "عن", "مع", "هذا", "هذه", "ذلك", "التي", "الذي", "او", "ثم", "كل",
    "قد", "لا", "ما", "هو", "هي", "نحن", "ان", "كان", "يكون", "و",
];

/// Arabic prefixes removed from a word (article with its usual proclitics), longest first.
const ARABIC_PREFIXES: &[&str] = &["وال", "بال", "كال", "فال", "لل", "ال"];

/// The words of `text` as the index stores them: lower case, without accents or Arabic
/// diacritics, hamza forms and final letters unified, article and plural endings removed,
/// stopwords dropped. Space separated.
pub fn normalize(text: &str) -> String {
    words(text).join(" ")
}

pub fn words(text: &str) -> Vec<String> {
    let cleaned: String = text
        .nfkd()
        .filter(|c| !is_combining_mark(*c) && *c != '\u{0640}')
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ى' => 'ي',
            'ة' => 'ه',
            'ٱ' => 'ا',
            c if c.is_alphanumeric() => c,
            _ => ' ',
        })
        .collect();
    cleaned
        .split_whitespace()
        .map(stem)
        .filter(|w| w.chars().count() >= 2 && !STOPWORDS.contains(&w.as_str()))
        .collect()
}

fn stem(word: &str) -> String {
    let is_arabic = word.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
    if is_arabic {
        for prefix in ARABIC_PREFIXES {
            if let Some(rest) = word.strip_prefix(prefix) {
                if rest.chars().count() >= 2 {
                    return rest.to_string();
                }
            }
        }
        return word.to_string();
    }
    // French and English plurals.
    if word.chars().count() > 3 && (word.ends_with('s') || word.ends_with('x')) {
        return word[..word.len() - 1].to_string();
    }
    word.to_string()
}

/// The distinct words of a query, at most `max` of them.
fn query_words(text: &str, max: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in words(text) {
        if !out.contains(&w) {
            out.push(w);
        }
        if out.len() == max {
            break;
        }
    }
    out
}

/// A condition on `proposals` keeping those that contain every word of `text` (as prefixes),
/// or `None` if the text has no searchable word.
pub fn matches_all(backend: DatabaseBackend, text: &str) -> Option<SimpleExpr> {
    matches_all_in(backend, Searched::Proposals, text)
}

/// The tables searched the same way (a `search_text` column, its FTS5 table on SQLite and
/// its GIN index on PostgreSQL).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Searched {
    Proposals,
    Documents,
    Procedures,
}

impl Searched {
    fn table(self) -> &'static str {
        match self {
            Self::Proposals => "proposals",
            Self::Documents => "documents",
            Self::Procedures => "procedures",
        }
    }
}

/// A condition on `table` keeping the rows that contain every word of `text` (as prefixes),
/// or `None` if the text has no searchable word.
pub fn matches_all_in(backend: DatabaseBackend, table: Searched, text: &str) -> Option<SimpleExpr> {
    let table = table.table();
    let words = query_words(text, 8);
    if words.is_empty() {
        return None;
    }
    Some(match backend {
        DatabaseBackend::Postgres => {
            let query = words
                .iter()
                .map(|w| format!("{w}:*"))
                .collect::<Vec<_>>()
                .join(" & ");
            Expr::cust_with_values(
                format!("to_tsvector('simple', {table}.search_text) @@ to_tsquery('simple', $1)"),
                [query],
            )
        }
        _ => {
            let query = words
                .iter()
                .map(|w| format!("\"{w}\"*"))
                .collect::<Vec<_>>()
                .join(" AND ");
            Expr::cust_with_values(
                format!(
                    "{table}.rowid IN (SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH ?)"
                ),
                [query],
            )
        }
    })
}

/// Up to `limit` published proposals of a consultation that share the most words with `text`,
/// best first (to show possible duplicates before a new proposal is published).
pub async fn similar(
    db: &impl ConnectionTrait,
    consultation: Uuid,
    text: &str,
    limit: u64,
) -> Result<Vec<Uuid>, DbErr> {
    let words = query_words(text, 24);
    if words.is_empty() {
        return Ok(Vec::new());
    }
    let backend = db.get_database_backend();
    let published = crate::domain::ProposalState::Published.code();
    let statement = match backend {
        DatabaseBackend::Postgres => Statement::from_sql_and_values(
            backend,
            "SELECT id FROM proposals WHERE consultation_id = $1 AND state = $2 \
             AND hidden IS NULL \
             AND to_tsvector('simple', search_text) @@ to_tsquery('simple', $3) \
             ORDER BY ts_rank(to_tsvector('simple', search_text), to_tsquery('simple', $3)) DESC, supports_count DESC \
             LIMIT $4",
            [
                consultation.into(),
                published.into(),
                words.join(" | ").into(),
                (limit as i64).into(),
            ],
        ),
        _ => Statement::from_sql_and_values(
            backend,
            "SELECT p.id FROM proposals_fts f JOIN proposals p ON p.rowid = f.rowid \
             WHERE proposals_fts MATCH ? AND p.consultation_id = ? AND p.state = ? \
             AND p.hidden IS NULL \
             ORDER BY bm25(proposals_fts), p.supports_count DESC LIMIT ?",
            [
                words.iter().map(|w| format!("\"{w}\"")).collect::<Vec<_>>().join(" OR ").into(),
                consultation.into(),
                published.into(),
                (limit as i64).into(),
            ],
        ),
    };
    let rows = db.query_all_raw(statement).await?;
    rows.iter().map(|r| r.try_get::<Uuid>("", "id")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_accents_plurals_and_stopwords() {
        assert_eq!(
            normalize("Les Éclairages publics de l'Avenue"),
            "eclairage public avenue"
        );
        assert_eq!(
            normalize("Créer des pistes cyclables"),
            "creer piste cyclable"
        );
    }

    #[test]
    fn arabic_diacritics_hamza_and_article() {
        // With and without diacritics, hamza on alef, the article and final ta marbuta.
        assert_eq!(normalize("إنارةُ الشوارعِ"), normalize("انارة شوارع"));
        assert_eq!(normalize("الحديقة العمومية"), "حديقه عموميه");
        assert_eq!(normalize("بالمدرسة"), "مدرسه");
        assert_eq!(normalize("في الحي"), "حي");
    }

    #[test]
    fn query_words_are_distinct_and_bounded() {
        assert_eq!(
            query_words("parc parc parcs jardin", 8),
            vec!["parc", "jardin"]
        );
        assert_eq!(query_words("aa bb cc dd ee", 3).len(), 3);
    }
}
