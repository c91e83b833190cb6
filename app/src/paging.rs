//! Pagination shared by every list: the page DTO, and (server side) one helper that fetches a
//! page and the total with two bounded queries.
use serde::{Deserialize, Serialize};

/// One page of a list, with what the pagination needs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub page: u64,
    pub total_pages: u64,
    pub total: u64,
}

pub const PAGE_SIZE: u64 = 20;

impl<T> Page<T> {
    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Page<U> {
        Page {
            items: self.items.into_iter().map(f).collect(),
            page: self.page,
            total_pages: self.total_pages,
            total: self.total,
        }
    }
}

/// Page `page` (from 1, clamped) of an ordered query: a COUNT and a LIMIT/OFFSET select.
#[cfg(feature = "ssr")]
pub async fn fetch_page<E>(
    db: &sea_orm::DatabaseConnection,
    select: sea_orm::Select<E>,
    page: u64,
) -> Result<Page<E::Model>, crate::error::AppError>
where
    E: sea_orm::EntityTrait,
    E::Model: Sync,
{
    use sea_orm::{PaginatorTrait, QuerySelect, QueryTrait};
    let page = page.clamp(1, 100_000);
    // Counted without the ORDER BY: sorting every row only to count them made a list of
    // ten thousand proposals two orders of magnitude slower on SQLite.
    let mut counting = select.clone();
    QueryTrait::query(&mut counting).clear_order_by();
    let total = counting.count(db).await?;
    let items = select
        .offset((page - 1) * PAGE_SIZE)
        .limit(PAGE_SIZE)
        .all(db)
        .await?;
    Ok(Page {
        items,
        page,
        total_pages: total.div_ceil(PAGE_SIZE).max(1),
        total,
    })
}
