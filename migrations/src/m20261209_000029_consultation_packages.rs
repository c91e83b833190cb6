use crate::{col, id, index};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // A package is the municipality's (no consultation) or one consultation's.
        manager
            .alter_table(
                Table::alter()
                    .table(id("open_data_packages"))
                    .add_column(col("consultation_id").uuid().null())
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_open_data_packages_consultation",
            "open_data_packages",
            &["consultation_id", "started_at"],
        )
        .await?;
        // A consultation's package reads its entries of the log in order.
        index(
            manager,
            "idx_public_acts_consultation_seq",
            "public_acts",
            &["consultation_id", "seq"],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (name, table) in [
            ("idx_public_acts_consultation_seq", "public_acts"),
            ("idx_open_data_packages_consultation", "open_data_packages"),
        ] {
            manager
                .drop_index(Index::drop().name(name).table(Alias::new(table)).to_owned())
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(id("open_data_packages"))
                    .drop_column(id("consultation_id"))
                    .to_owned(),
            )
            .await
    }
}
