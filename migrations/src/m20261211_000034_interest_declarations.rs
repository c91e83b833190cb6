use crate::{col, id, index};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Declarations of interests: each save is a new version; every version stays, as it
        // was published (the declarant's name and position with it).
        manager
            .create_table(
                Table::create()
                    .table(id("interest_declarations"))
                    .if_not_exists()
                    .col(col("id").uuid().not_null().primary_key())
                    .col(col("user_id").uuid().not_null())
                    .col(col("version").integer().not_null())
                    // The newest version of its declarant (the public list shows those).
                    .col(col("latest").boolean().not_null())
                    .col(col("declarant_name").string_len(120).not_null())
                    .col(col("position_ar").string_len(300).not_null().default(""))
                    .col(col("position_fr").string_len(300).not_null().default(""))
                    // The date the declaration bears.
                    .col(col("declared_on").date().not_null())
                    // SHA-256 of the version's canonical text (in the log of public acts).
                    .col(col("sha256").string_len(64).not_null())
                    .col(col("created_at").timestamp_with_time_zone().not_null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_interest_declarations_version")
                    .table(id("interest_declarations"))
                    .col(id("user_id"))
                    .col(id("version"))
                    .unique()
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_interest_declarations_latest",
            "interest_declarations",
            &["latest", "declarant_name"],
        )
        .await?;
        // The entries of a version, by section (mandates, activities, holdings, gifts,
        // relatives), in order.
        manager
            .create_table(
                Table::create()
                    .table(id("interest_entries"))
                    .if_not_exists()
                    .col(col("id").uuid().not_null().primary_key())
                    .col(col("declaration_id").uuid().not_null())
                    .col(col("section").string_len(16).not_null())
                    .col(col("position").integer().not_null())
                    .col(col("what").string_len(300).not_null())
                    .col(col("organisation").string_len(300).not_null().default(""))
                    .col(col("detail").string_len(300).not_null().default(""))
                    // A gift's or invitation's value, in dinars.
                    .col(col("amount").big_integer().null())
                    .col(col("on_date").date().null())
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_interest_entries_declaration",
            "interest_entries",
            &["declaration_id", "section", "position"],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in ["interest_entries", "interest_declarations"] {
            manager
                .drop_table(Table::drop().table(id(table)).if_exists().to_owned())
                .await?;
        }
        Ok(())
    }
}
