use crate::index;
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // The public list of documents (those not hidden, newest date first), its count and
        // its years, read from one index instead of the table (measured: 117 requests a second
        // on 5,000 documents before it).
        index(
            manager,
            "idx_documents_visible",
            "documents",
            &["hidden", "issued_on", "published_at", "id"],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_documents_visible")
                    .table(Alias::new("documents"))
                    .to_owned(),
            )
            .await
    }
}
