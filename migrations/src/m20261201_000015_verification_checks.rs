use crate::{col, id};
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Whether a referent may verify, at the counter, a number the loaded census does not
        // list (off: refused); each such verification is flagged for the administrator.
        manager
            .alter_table(
                Table::alter()
                    .table(id("municipality"))
                    .add_column(
                        col("verify_outside_census")
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(id("verifications"))
                    .add_column(col("outside_census").boolean().not_null().default(false))
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(id("verifications"))
                    .drop_column(id("outside_census"))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(id("municipality"))
                    .drop_column(id("verify_outside_census"))
                    .to_owned(),
            )
            .await
    }
}
