use crate::{col, id, index};
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(id("proposals"))
                    .if_not_exists()
                    .col(col("id").uuid().not_null().primary_key())
                    .col(col("consultation_id").uuid().not_null())
                    .col(col("author_id").uuid().not_null())
                    .col(col("title").string_len(150).not_null())
                    .col(col("body").text().not_null())
                    .col(col("body_html").text().not_null())
                    .col(col("district_id").uuid().null())
                    .col(col("address").string_len(200).null())
                    .col(col("category").string_len(30).null())
                    // published | withdrawn
                    .col(col("state").string_len(20).not_null())
                    .col(col("withdraw_reason").string_len(30).null())
                    .col(col("withdraw_note").text().null())
                    .col(col("withdrawn_at").timestamp_with_time_zone().null())
                    // Kept equal to the rows in `supports`, in the same transaction.
                    .col(col("supports_count").integer().not_null().default(0))
                    .col(
                        col("threshold_reached_at")
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    // The published answer: a stable state code and its text.
                    .col(col("answer_state").string_len(30).null())
                    .col(col("answer_text").text().null())
                    .col(col("answer_html").text().null())
                    .col(col("answer_published_at").timestamp_with_time_zone().null())
                    .col(col("answered_by").uuid().null())
                    // The officials' draft, not public until published.
                    .col(col("draft_state").string_len(30).null())
                    .col(col("draft_text").text().null())
                    .col(col("draft_updated_at").timestamp_with_time_zone().null())
                    // Normalised words of title and body, for full-text search.
                    .col(col("search_text").text().not_null())
                    // A random number fixed at creation, for the "random" order.
                    .col(col("shuffle").integer().not_null())
                    .col(col("created_at").timestamp_with_time_zone().not_null())
                    .col(col("updated_at").timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await?;
        // "Most supported" and "newest" read the first rows of these in order: no sort.
        manager
            .create_index(
                Index::create()
                    .name("idx_proposals_supported")
                    .table(id("proposals"))
                    .col(id("consultation_id"))
                    .col((id("supports_count"), IndexOrder::Desc))
                    .col((id("created_at"), IndexOrder::Desc))
                    .col(id("id"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_proposals_newest")
                    .table(id("proposals"))
                    .col(id("consultation_id"))
                    .col((id("created_at"), IndexOrder::Desc))
                    .col(id("id"))
                    .to_owned(),
            )
            .await?;
        // Covers a consultation's counts (proposals, supports, answered, overdue) without
        // reading the proposals' text.
        index(
            manager,
            "idx_proposals_counts",
            "proposals",
            &[
                "consultation_id",
                "state",
                "supports_count",
                "threshold_reached_at",
                "answer_published_at",
            ],
        )
        .await?;
        index(
            manager,
            "idx_proposals_shuffle",
            "proposals",
            &["consultation_id", "shuffle"],
        )
        .await?;
        index(
            manager,
            "idx_proposals_threshold",
            "proposals",
            &["threshold_reached_at"],
        )
        .await?;
        index(manager, "idx_proposals_author", "proposals", &["author_id"]).await?;

        // Full-text search over `search_text` (already normalised by the application, so both
        // engines see the same words): FTS5 on SQLite, a GIN index on PostgreSQL.
        let db = manager.get_connection();
        match manager.get_database_backend() {
            DatabaseBackend::Sqlite => {
                for sql in [
                    "CREATE VIRTUAL TABLE IF NOT EXISTS proposals_fts USING fts5(search_text, content='proposals', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
                    "CREATE TRIGGER IF NOT EXISTS proposals_fts_insert AFTER INSERT ON proposals BEGIN INSERT INTO proposals_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END",
                    "CREATE TRIGGER IF NOT EXISTS proposals_fts_delete AFTER DELETE ON proposals BEGIN INSERT INTO proposals_fts(proposals_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); END",
                    "CREATE TRIGGER IF NOT EXISTS proposals_fts_update AFTER UPDATE OF search_text ON proposals BEGIN INSERT INTO proposals_fts(proposals_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text); INSERT INTO proposals_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END",
                ] {
                    db.execute_unprepared(sql).await?;
                }
            }
            DatabaseBackend::Postgres => {
                db.execute_unprepared(
                    "CREATE INDEX IF NOT EXISTS idx_proposals_fts ON proposals USING GIN (to_tsvector('simple', search_text))",
                )
                .await?;
            }
            _ => {}
        }

        // One support per identity (hashed national ID) per proposal: the database refuses a
        // second one, whatever the code does.
        manager
            .create_table(
                Table::create()
                    .table(id("supports"))
                    .if_not_exists()
                    .col(col("id").uuid().not_null().primary_key())
                    .col(col("proposal_id").uuid().not_null())
                    .col(col("consultation_id").uuid().not_null())
                    .col(col("identity_hash").string_len(64).not_null())
                    // The account that supported; null for an assisted support of a resident
                    // without an account.
                    .col(col("user_id").uuid().null())
                    // The referent who entered it on the resident's behalf, if assisted.
                    .col(col("assisted_by").uuid().null())
                    .col(col("created_at").timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_supports_unique")
                    .table(id("supports"))
                    .col(id("proposal_id"))
                    .col(id("identity_hash"))
                    .unique()
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_supports_identity",
            "supports",
            &["identity_hash", "consultation_id"],
        )
        .await?;
        // Supports used per identity per consultation, for the limit: a conditional UPDATE
        // on this row is atomic on both databases.
        manager
            .create_table(
                Table::create()
                    .table(id("support_quotas"))
                    .if_not_exists()
                    .col(col("consultation_id").uuid().not_null())
                    .col(col("identity_hash").string_len(64).not_null())
                    .col(col("used").integer().not_null())
                    .primary_key(
                        Index::create()
                            .col(id("consultation_id"))
                            .col(id("identity_hash")),
                    )
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        if manager.get_database_backend() == DatabaseBackend::Sqlite {
            db.execute_unprepared("DROP TABLE IF EXISTS proposals_fts")
                .await?;
        }
        for table in ["support_quotas", "supports", "proposals"] {
            manager
                .drop_table(Table::drop().table(id(table)).to_owned())
                .await?;
        }
        Ok(())
    }
}
