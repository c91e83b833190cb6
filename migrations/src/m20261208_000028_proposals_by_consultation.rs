use crate::index;
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // The public API pages a consultation's proposals by id after a cursor: with this index
        // a page reads its rows and no more, instead of sorting the whole consultation's.
        index(
            manager,
            "idx_proposals_consultation_id",
            "proposals",
            &["consultation_id", "id"],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_proposals_consultation_id")
                    .table(Alias::new("proposals"))
                    .to_owned(),
            )
            .await
    }
}
