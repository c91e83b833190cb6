//! Published documents: many documents of every kind over ten years, a third with a second
//! version, their files drawn from a few distinct PDFs (files are kept by content, so the same
//! file is stored once however many versions hold it).
use super::*;
use app::domain::DocumentKind;
use app::server::entities::{document_versions, documents, stored_file_chunks, stored_files};
use sha2::{Digest, Sha256};

/// Distinct files the documents' versions share.
const FILES: usize = 12;

/// The n-th large document (n from 1): the first is the benchmark's document page.
pub fn document_id(n: u64) -> Uuid {
    Uuid::from_u128(0x6d61_6a6c_6973_4c41_0003_0000_0000_0000 | u128::from(n))
}

struct File {
    sha256: String,
    size: i64,
}

async fn files(load: &Load<'_>) -> Result<Vec<File>, String> {
    let txn = begin(load.db, load.sqlite).await?;
    let mut out = Vec::with_capacity(FILES);
    for i in 0..FILES {
        let title = format!("Document de la commune n. {i}");
        let mut bytes =
            crate::cli::seed_documents::pdf(&[&title, "", "Grand jeu de demonstration"]);
        // Larger files for the range requests: from 40 KB to about 2 MB.
        bytes.resize(bytes.len() + (i + 1) * (i + 1) * 14_000, b' ');
        let sha256: String = Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let chunks = bytes.chunks(app::documents::service::CHUNK);
        stored_files::ActiveModel {
            sha256: Set(sha256.clone()),
            size: Set(bytes.len() as i64),
            content_type: Set("application/pdf".into()),
            chunks: Set(chunks.len() as i32),
            created_at: Set(load.now),
        }
        .insert(&txn)
        .await
        .map_err(dberr)?;
        for (n, data) in bytes.chunks(app::documents::service::CHUNK).enumerate() {
            stored_file_chunks::ActiveModel {
                sha256: Set(sha256.clone()),
                n: Set(n as i32),
                data: Set(data.to_vec()),
            }
            .insert(&txn)
            .await
            .map_err(dberr)?;
        }
        out.push(File {
            sha256,
            size: bytes.len() as i64,
        });
    }
    txn.commit().await.map_err(dberr)?;
    Ok(out)
}

pub(super) async fn documents(load: &mut Load<'_>) -> Result<(), String> {
    load.bar.set_message("documents");
    if load.sizes.documents == 0 {
        return Ok(());
    }
    let files = files(load).await?;
    let mut doc_rows = Vec::new();
    let mut version_rows = Vec::new();
    for n in 1..=load.sizes.documents {
        let kind = DocumentKind::ALL[(n as usize) % DocumentKind::ALL.len()];
        let days_ago = load.rng.below(3650) as i64;
        let issued = load.today - Duration::days(days_ago);
        let at = load.at(-days_ago, 10)?;
        let topic = TOPICS[(n as usize) % TOPICS.len()];
        let title_fr = format!("{} n° {n} : {}", KIND_FR[kind as usize], topic.0);
        let title_ar = format!("{} عدد {n}: {}", KIND_AR[kind as usize], topic.1);
        let summary_fr = format!(
            "Document {n} publié par la commune au sujet de {}.",
            topic.0.to_lowercase()
        );
        let summary_ar = format!("وثيقة عدد {n} نشرتها البلدية حول {}.", topic.1);
        let versions = if n % 3 == 0 { 2 } else { 1 };
        let district =
            (n % 4 == 0).then(|| load.district_ids[(n as usize / 4) % load.district_ids.len()]);
        doc_rows.push(documents::ActiveModel {
            id: Set(document_id(n)),
            kind: Set(kind.code().into()),
            district_id: Set(district),
            search_text: Set(app::server::search::normalize(&format!(
                "{title_ar} {title_fr} {summary_ar} {summary_fr}"
            ))),
            title_ar: Set(title_ar),
            title_fr: Set(title_fr),
            summary_ar: Set(summary_ar),
            summary_fr: Set(summary_fr),
            issued_on: Set(issued),
            published_by: Set(load.official),
            published_at: Set(at),
            updated_at: Set(at),
            versions: Set(versions),
            hidden: Set(None),
            hidden_reason: Set(None),
        });
        for v in 1..=versions {
            let file = &files[(n as usize + v as usize) % files.len()];
            version_rows.push(document_versions::ActiveModel {
                document_id: Set(document_id(n)),
                n: Set(v),
                sha256: Set(file.sha256.clone()),
                file_name: Set(format!("document-{n}-v{v}.pdf")),
                content_type: Set("application/pdf".into()),
                size: Set(file.size),
                note: Set(if v > 1 {
                    "Version corrigée".into()
                } else {
                    String::new()
                }),
                published_by: Set(load.official),
                published_at: Set(at + Duration::days(i64::from(v - 1) * 7)),
                withdrawn_at: Set(None),
                withdrawn_by: Set(None),
            });
        }
    }
    let (db, sqlite, bar) = (load.db, load.sqlite, &load.bar);
    for chunk in doc_rows.chunks(PER_TXN) {
        let txn = begin(db, sqlite).await?;
        insert_all(
            &txn,
            chunk.to_vec(),
            columns::<documents::Entity>(),
            Some(bar),
        )
        .await?;
        txn.commit().await.map_err(dberr)?;
    }
    for chunk in version_rows.chunks(PER_TXN) {
        let txn = begin(db, sqlite).await?;
        insert_all(
            &txn,
            chunk.to_vec(),
            columns::<document_versions::Entity>(),
            None,
        )
        .await?;
        txn.commit().await.map_err(dberr)?;
    }
    Ok(())
}

/// Each kind's name in titles, in the order of [`DocumentKind::ALL`].
const KIND_FR: [&str; 7] = [
    "Budget",
    "Compte financier",
    "Délibération",
    "Procès-verbal",
    "Rapport d’activité",
    "Procédure",
    "Document",
];
const KIND_AR: [&str; 7] = [
    "ميزانية",
    "حساب مالي",
    "مداولة",
    "محضر جلسة",
    "تقرير نشاط",
    "إجراء",
    "وثيقة",
];

pub(super) const TOPICS: [(&str, &str); 8] = [
    ("Éclairage public", "الإنارة العمومية"),
    ("Place du marché", "ساحة السوق"),
    ("Voirie et trottoirs", "الطرقات والأرصفة"),
    ("Espaces verts", "المساحات الخضراء"),
    ("Collecte des déchets", "جمع الفضلات"),
    ("Maison des jeunes", "دار الشباب"),
    ("Assainissement", "التطهير"),
    ("Transport scolaire", "النقل المدرسي"),
];
