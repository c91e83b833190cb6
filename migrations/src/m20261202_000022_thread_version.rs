use crate::{col, id, index};
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
            .await?;
        // Whether a reader took part in a proposal or a consultation by supporting it (a
        // page's "following" state, read on every proposal page): by the reader's supports,
        // not by every support of the proposal (10,000 on a popular one).
        index(
            manager,
            "idx_supports_user",
            "supports",
            &["user_id", "proposal_id"],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_supports_user")
                    .table(id("supports"))
                    .to_owned(),
            )
            .await?;
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
