use crate::{col, id, index};
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DatabaseBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The texts of a procedure, each in Arabic and French (`<name>_ar`, `<name>_fr`).
const TEXTS: [&str; 11] = [
    "title",
    "purpose",
    "who",
    "conditions",
    "documents",
    "fees",
    "legal_basis",
    "steps",
    "office",
    "address",
    "delay_note",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // The catalogue of administrative procedures, in the template Tunisian municipal
        // service guides share.
        let mut table = Table::create();
        table
            .table(id("procedures"))
            .if_not_exists()
            .col(col("id").uuid().not_null().primary_key())
            // Stable, in addresses and as the Open311 service code.
            .col(col("code").string_len(60).not_null().unique_key())
            .col(col("category").string_len(24).not_null());
        for name in TEXTS {
            for lang in ["ar", "fr"] {
                let column: &'static str = Box::leak(format!("{name}_{lang}").into_boxed_str());
                table.col(col(column).text().not_null().default(""));
            }
        }
        table
            // The legal delay in days (none: no delay set by law).
            .col(col("legal_delay_days").integer().null())
            // The office's hours in OpenStreetMap `opening_hours` syntax, as typed.
            .col(col("opening_hours").string_len(300).not_null().default(""))
            .col(col("online").boolean().not_null().default(false))
            .col(col("search_text").text().not_null())
            .col(col("updated_by").uuid().not_null())
            .col(col("updated_at").timestamp_with_time_zone().not_null());
        manager.create_table(table.to_owned()).await?;
        index(
            manager,
            "idx_procedures_category",
            "procedures",
            &["category", "code"],
        )
        .await?;
        let db = manager.get_connection();
        match db.get_database_backend() {
            DatabaseBackend::Sqlite => {
                for sql in [
                    "CREATE VIRTUAL TABLE IF NOT EXISTS procedures_fts USING fts5(search_text, content='procedures', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
                    "CREATE TRIGGER IF NOT EXISTS procedures_fts_insert AFTER INSERT ON procedures BEGIN INSERT INTO procedures_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END",
                    "CREATE TRIGGER IF NOT EXISTS procedures_fts_delete AFTER DELETE ON procedures BEGIN INSERT INTO procedures_fts(procedures_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); END",
                    "CREATE TRIGGER IF NOT EXISTS procedures_fts_update AFTER UPDATE OF search_text ON procedures BEGIN INSERT INTO procedures_fts(procedures_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); INSERT INTO procedures_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END",
                ] {
                    db.execute_unprepared(sql).await?;
                }
            }
            DatabaseBackend::Postgres => {
                db.execute_unprepared(
                    "CREATE INDEX IF NOT EXISTS idx_procedures_fts ON procedures USING GIN (to_tsvector('simple', search_text))",
                )
                .await?;
            }
            _ => {}
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        if db.get_database_backend() == DatabaseBackend::Sqlite {
            db.execute_unprepared("DROP TABLE IF EXISTS procedures_fts")
                .await?;
        }
        manager
            .drop_table(Table::drop().table(id("procedures")).if_exists().to_owned())
            .await
    }
}
