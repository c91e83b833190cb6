use crate::{col, id};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // A consultation's proposals, counted when one is published (in its transaction): lists
        // show the count without counting ten thousand rows on every page.
        manager
            .alter_table(
                Table::alter()
                    .table(id("consultations"))
                    .add_column(col("proposals_count").integer().not_null().default(0))
                    .to_owned(),
            )
            .await?;
        manager
            .get_connection()
            .execute_unprepared(
                "UPDATE consultations SET proposals_count = \
                 (SELECT COUNT(*) FROM proposals p WHERE p.consultation_id = consultations.id)",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(id("consultations"))
                    .drop_column(id("proposals_count"))
                    .to_owned(),
            )
            .await
    }
}
