use crate::{col, id, index};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // The log of public acts: one row per leaf of a Merkle tree (RFC 6962), appended in the
        // transaction of the act it records, never changed. `seq` is the leaf's index, without
        // gaps (taken from `public_log_head` in the same transaction).
        manager
            .create_table(
                Table::create()
                    .table(id("public_acts"))
                    .if_not_exists()
                    .col(col("seq").big_integer().not_null().primary_key())
                    .col(col("at").timestamp_with_time_zone().not_null())
                    .col(col("act").string_len(40).not_null())
                    .col(col("object_type").string_len(24).not_null())
                    .col(col("object_id").string_len(36).not_null())
                    // The consultation the object belongs to, for its package (not hashed).
                    .col(col("consultation_id").uuid().null())
                    // Supports: a keyed hash of the identity and the proposal.
                    .col(col("pseudonym").string_len(32).not_null())
                    .col(col("detail").string_len(400).not_null())
                    // The leaf hash of the entry's canonical text, in hex.
                    .col(col("leaf_hash").string_len(64).not_null())
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_public_acts_consultation",
            "public_acts",
            &["consultation_id", "seq"],
        )
        .await?;
        // One row: the tree's size. Appending increments it in the act's transaction, which
        // holds the row until it commits, so the indexes are gapless and in commit order.
        manager
            .create_table(
                Table::create()
                    .table(id("public_log_head"))
                    .if_not_exists()
                    .col(col("id").integer().not_null().primary_key())
                    .col(col("size").big_integer().not_null())
                    .to_owned(),
            )
            .await?;
        manager
            .exec_stmt(
                Query::insert()
                    .into_table(id("public_log_head"))
                    .columns([id("id"), id("size")])
                    .values_panic([1.into(), 0i64.into()])
                    .to_owned(),
            )
            .await?;
        // Signed checkpoints (C2SP signed notes), kept forever: one per tree size published.
        manager
            .create_table(
                Table::create()
                    .table(id("public_checkpoints"))
                    .if_not_exists()
                    .col(col("size").big_integer().not_null().primary_key())
                    .col(col("root_hash").string_len(64).not_null())
                    .col(col("note").text().not_null())
                    .col(col("published_at").timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in ["public_checkpoints", "public_log_head", "public_acts"] {
            manager
                .drop_table(Table::drop().table(Alias::new(table)).to_owned())
                .await?;
        }
        Ok(())
    }
}
