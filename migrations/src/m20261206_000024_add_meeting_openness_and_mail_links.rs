use crate::{col, id};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Who may register online: verified residents (the default, and every meeting made
        // before), or anyone with an account when the organiser opens it to all.
        manager
            .alter_table(
                Table::alter()
                    .table(id("meetings"))
                    .add_column(col("open_to_all").boolean().not_null().default(false))
                    .to_owned(),
            )
            .await?;
        // A notification email's one-click unsubscribe link, written by whoever wrote the
        // email: the mailer gives it to mail programs (List-Unsubscribe) and never looks for
        // one in a body that holds people's text.
        manager
            .alter_table(
                Table::alter()
                    .table(id("outbox"))
                    .add_column(col("unsubscribe_url").text().null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(id("outbox"))
                    .drop_column(id("unsubscribe_url"))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(id("meetings"))
                    .drop_column(id("open_to_all"))
                    .to_owned(),
            )
            .await
    }
}
