use crate::{col, id};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // A debate's thread as its pages show it changes (a comment, an edit, a vote, a
        // moderation act, an author renamed or blocked): this number goes up in the same
        // transaction, so each app server knows whether the thread it keeps is still current.
        manager
            .alter_table(
                Table::alter()
                    .table(id("debates"))
                    .add_column(col("comments_version").big_integer().not_null().default(0))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(id("debates"))
                    .drop_column(id("comments_version"))
                    .to_owned(),
            )
            .await
    }
}
