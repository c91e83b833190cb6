use crate::{col, id, index};
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DatabaseBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        files(manager).await?;
        documents(manager).await?;
        versions(manager).await?;
        search(manager).await?;
        // The administrator's limit on a document's file, 20 MB unless changed.
        manager
            .alter_table(
                Table::alter()
                    .table(id("municipality"))
                    .add_column(col("document_max_mb").integer().not_null().default(20))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        if db.get_database_backend() == DatabaseBackend::Sqlite {
            db.execute_unprepared("DROP TABLE IF EXISTS documents_fts")
                .await?;
        }
        for table in [
            "document_versions",
            "documents",
            "stored_file_chunks",
            "stored_files",
        ] {
            manager
                .drop_table(
                    Table::drop()
                        .table(Alias::new(table))
                        .if_exists()
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(id("municipality"))
                    .drop_column(id("document_max_mb"))
                    .to_owned(),
            )
            .await
    }
}

/// Files kept by content (their SHA-256), in the database, in chunks: every app server
/// serves them, a backup holds them, and the same file published twice is kept once.
async fn files(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    manager
        .create_table(
            Table::create()
                .table(id("stored_files"))
                .if_not_exists()
                .col(col("sha256").string_len(64).not_null().primary_key())
                .col(col("size").big_integer().not_null())
                .col(col("content_type").string_len(100).not_null())
                .col(col("chunks").integer().not_null())
                .col(col("created_at").timestamp_with_time_zone().not_null())
                .to_owned(),
        )
        .await?;
    manager
        .create_table(
            Table::create()
                .table(id("stored_file_chunks"))
                .if_not_exists()
                .col(col("sha256").string_len(64).not_null())
                .col(col("n").integer().not_null())
                .col(col("data").blob().not_null())
                .primary_key(Index::create().col(id("sha256")).col(id("n")))
                .foreign_key(
                    ForeignKey::create()
                        .from(id("stored_file_chunks"), id("sha256"))
                        .to(id("stored_files"), id("sha256"))
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await
}

async fn documents(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    manager
        .create_table(
            Table::create()
                .table(id("documents"))
                .if_not_exists()
                .col(col("id").uuid().not_null().primary_key())
                // budget, accounts, decision, minutes, report, procedure, other.
                .col(col("kind").string_len(16).not_null())
                .col(col("district_id").uuid().null())
                .col(col("title_ar").string_len(300).not_null())
                .col(col("title_fr").string_len(300).not_null())
                .col(col("summary_ar").text().not_null())
                .col(col("summary_fr").text().not_null())
                // The date the document bears (a council's decision, a budget's year).
                .col(col("issued_on").date().not_null())
                .col(col("published_by").uuid().not_null())
                .col(col("published_at").timestamp_with_time_zone().not_null())
                .col(col("updated_at").timestamp_with_time_zone().not_null())
                .col(col("versions").integer().not_null().default(1))
                // Hidden pending review (flagged for personal data) or by a referent.
                .col(col("hidden").string_len(16).null())
                .col(col("hidden_reason").string_len(32).null())
                .col(col("search_text").text().not_null())
                .to_owned(),
        )
        .await?;
    index(
        manager,
        "idx_documents_issued",
        "documents",
        &["issued_on", "published_at"],
    )
    .await?;
    index(
        manager,
        "idx_documents_kind",
        "documents",
        &["kind", "issued_on"],
    )
    .await
}

async fn versions(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    manager
        .create_table(
            Table::create()
                .table(id("document_versions"))
                .if_not_exists()
                .col(col("document_id").uuid().not_null())
                .col(col("n").integer().not_null())
                .col(col("sha256").string_len(64).not_null())
                .col(col("file_name").string_len(200).not_null())
                .col(col("content_type").string_len(100).not_null())
                .col(col("size").big_integer().not_null())
                // What changed, in the publisher's words.
                .col(col("note").string_len(500).not_null().default(""))
                .col(col("published_by").uuid().not_null())
                .col(col("published_at").timestamp_with_time_zone().not_null())
                // A version withdrawn for personal data stays listed, its file no longer served.
                .col(col("withdrawn_at").timestamp_with_time_zone().null())
                .col(col("withdrawn_by").uuid().null())
                .primary_key(Index::create().col(id("document_id")).col(id("n")))
                .foreign_key(
                    ForeignKey::create()
                        .from(id("document_versions"), id("document_id"))
                        .to(id("documents"), id("id"))
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(id("document_versions"), id("sha256"))
                        .to(id("stored_files"), id("sha256")),
                )
                .to_owned(),
        )
        .await?;
    // The feed of new documents and versions reads the latest versions first.
    index(
        manager,
        "idx_document_versions_published",
        "document_versions",
        &["published_at"],
    )
    .await
}

/// Search over titles and summaries, normalised by the application like proposals.
async fn search(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    let db = manager.get_connection();
    match db.get_database_backend() {
        DatabaseBackend::Sqlite => {
            for sql in [
                "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(search_text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
                "CREATE TRIGGER IF NOT EXISTS documents_fts_insert AFTER INSERT ON documents BEGIN INSERT INTO documents_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END",
                "CREATE TRIGGER IF NOT EXISTS documents_fts_delete AFTER DELETE ON documents BEGIN INSERT INTO documents_fts(documents_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); END",
                "CREATE TRIGGER IF NOT EXISTS documents_fts_update AFTER UPDATE OF search_text ON documents BEGIN INSERT INTO documents_fts(documents_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); INSERT INTO documents_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END",
            ] {
                db.execute_unprepared(sql).await?;
            }
        }
        DatabaseBackend::Postgres => {
            db.execute_unprepared(
                "CREATE INDEX IF NOT EXISTS idx_documents_fts ON documents USING GIN (to_tsvector('simple', search_text))",
            )
            .await?;
        }
        _ => {}
    }
    Ok(())
}
