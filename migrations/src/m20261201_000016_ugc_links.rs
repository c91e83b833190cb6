use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Stored Markdown renderings whose links were written before links in user content carried
/// `nofollow ugc` (search engines then give them no weight, which takes the point out of
/// posting spam links).
const COLUMNS: &[(&str, &str)] = &[
    ("consultations", "description_html"),
    ("proposals", "body_html"),
    ("proposals", "answer_html"),
];
const OLD: &str = "rel=\"noopener noreferrer\"";
const NEW: &str = "rel=\"nofollow ugc noopener noreferrer\"";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        rewrite(manager, OLD, NEW).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        rewrite(manager, NEW, OLD).await
    }
}

async fn rewrite(manager: &SchemaManager<'_>, from: &str, to: &str) -> Result<(), DbErr> {
    let db = manager.get_connection();
    for (table, column) in COLUMNS {
        db.execute_unprepared(&format!(
            "UPDATE {table} SET {column} = REPLACE({column}, '{from}', '{to}') \
             WHERE {column} LIKE '%{from}%'"
        ))
        .await?;
    }
    Ok(())
}
