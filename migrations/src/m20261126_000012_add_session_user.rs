use crate::{col, id};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // The account a session is logged in to (null for a visitor's session), written by the
        // session store beside the record: a page reads the session and its user in one query.
        manager
            .alter_table(
                Table::alter()
                    .table(id("sessions"))
                    .add_column(col("user_id").uuid().null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(id("sessions"))
                    .drop_column(id("user_id"))
                    .to_owned(),
            )
            .await
    }
}
