//! Reading documents: the list with its filters and search, a document's page with its
//! versions, the publish form's data, and the feed of new documents and versions.
use super::*;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::QuerySelect;
use std::collections::HashMap;

/// The list's filters as they arrive in the query string (unknown values are ignored).
pub fn filter(kind: &str, year: &str, district: &str, q: &str) -> DocumentFilter {
    DocumentFilter {
        kind: DocumentKind::from_code(kind.trim()),
        year: year
            .trim()
            .parse::<i32>()
            .ok()
            .filter(|y| (1900..=2200).contains(y)),
        district: DistrictId::parse(district).ok(),
        q: q.trim().chars().take(200).collect(),
    }
}

/// The current (latest served) version of each document in `ids`: one query.
async fn current_versions(
    db: &impl sea_orm::ConnectionTrait,
    ids: &[uuid::Uuid],
) -> Result<HashMap<uuid::Uuid, document_versions::Model>, AppError> {
    let mut out: HashMap<uuid::Uuid, document_versions::Model> = HashMap::new();
    if ids.is_empty() {
        return Ok(out);
    }
    let rows = document_versions::Entity::find()
        .filter(document_versions::Column::DocumentId.is_in(ids.iter().copied()))
        .filter(document_versions::Column::WithdrawnAt.is_null())
        .order_by_asc(document_versions::Column::N)
        .all(db)
        .await?;
    for v in rows {
        out.insert(v.document_id, v);
    }
    Ok(out)
}

/// A page of documents, newest date first, filtered by kind, year and district and searched
/// in their titles and summaries. Hidden ones only for those who may see them.
pub async fn list(
    cx: &Cx,
    caller: &Caller,
    filter: DocumentFilter,
    page: u64,
) -> Result<DocumentList, AppError> {
    let db = &cx.db;
    let mut select = documents::Entity::find();
    if !sees_hidden(caller) {
        select = select.filter(documents::Column::Hidden.is_null());
    }
    if let Some(k) = filter.kind {
        select = select.filter(documents::Column::Kind.eq(k.code()));
    }
    if let Some(y) = filter.year {
        let (from, to) = (
            chrono::NaiveDate::from_ymd_opt(y, 1, 1),
            chrono::NaiveDate::from_ymd_opt(y, 12, 31),
        );
        if let (Some(from), Some(to)) = (from, to) {
            select = select.filter(documents::Column::IssuedOn.between(from, to));
        }
    }
    if let Some(d) = filter.district {
        select = select.filter(documents::Column::DistrictId.eq(d.0));
    }
    if let Some(matches) = crate::server::search::matches_all_in(
        db.get_database_backend(),
        crate::server::search::Searched::Documents,
        &filter.q,
    ) {
        select = select.filter(matches);
    }
    let select = select
        .order_by_desc(documents::Column::IssuedOn)
        .order_by_desc(documents::Column::PublishedAt)
        .order_by_asc(documents::Column::Id);
    let found = crate::paging::fetch_page(db, select, page).await?;
    let ids: Vec<uuid::Uuid> = found.items.iter().map(|d| d.id).collect();
    let current = current_versions(db, &ids).await?;
    let districts = crate::districts::service::names(db, caller.locale).await?;
    let items = found
        .items
        .iter()
        .filter_map(|d| {
            current
                .get(&d.id)
                .map(|v| card(caller.locale, d, v, &districts))
        })
        .collect();
    Ok(DocumentList {
        page: Page {
            items,
            page: found.page,
            total_pages: found.total_pages,
            total: found.total,
        },
        filter,
        years: years(db).await?,
        districts,
        can_publish: may_publish(caller),
    })
}

/// The years documents bear, newest first (one grouped statement, its years computed by the
/// database from the list's index).
async fn years(db: &impl sea_orm::ConnectionTrait) -> Result<Vec<i32>, AppError> {
    use sea_orm::sea_query::Expr;
    let year = match db.get_database_backend() {
        sea_orm::DatabaseBackend::Sqlite => "CAST(strftime('%Y', issued_on) AS INTEGER)",
        _ => "CAST(EXTRACT(YEAR FROM issued_on) AS INTEGER)",
    };
    let mut years: Vec<i32> = documents::Entity::find()
        .select_only()
        .column_as(Expr::cust(year), "year")
        .filter(documents::Column::Hidden.is_null())
        .distinct()
        .into_tuple()
        .all(db)
        .await?;
    years.sort_unstable_by(|a, b| b.cmp(a));
    Ok(years)
}

/// A document's page: its details in both languages and every version, newest first.
pub async fn detail(cx: &Cx, caller: &Caller, id: DocumentId) -> Result<DocumentDetail, AppError> {
    let db = &cx.db;
    let d = documents::Entity::find_by_id(id.0)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    if !visible(caller, &d) {
        return Err(AppError::NotFound);
    }
    let versions = document_versions::Entity::find()
        .filter(document_versions::Column::DocumentId.eq(id.0))
        .order_by_desc(document_versions::Column::N)
        .all(db)
        .await?;
    let current = versions
        .iter()
        .find(|v| v.withdrawn_at.is_none())
        .or(versions.first())
        .ok_or(AppError::NotFound)?;
    let districts = crate::districts::service::names(db, caller.locale).await?;
    let can_flag = caller
        .actor
        .user_id()
        .is_some_and(|u| u.0 != d.published_by)
        && d.hidden.is_none()
        && !caller.blocked;
    Ok(DocumentDetail {
        card: card(caller.locale, &d, current, &districts),
        title_ar: d.title_ar.clone(),
        title_fr: d.title_fr.clone(),
        summary_ar: d.summary_ar.clone(),
        summary_fr: d.summary_fr.clone(),
        district_id: d.district_id.map(DistrictId),
        published: clock::minute(d.published_at),
        updated: clock::minute(d.updated_at),
        versions: versions
            .iter()
            .map(|v| VersionRow {
                file: file_view(v),
                published: clock::minute(v.published_at),
                note: v.note.clone(),
                withdrawn: v.withdrawn_at.map(clock::minute),
            })
            .collect(),
        can_flag,
        logged_in: caller.actor.user_id().is_some(),
        can_publish: may_publish(caller),
        max_mb: limit_mb(db).await?,
    })
}

/// The publish form (`id` None) or the edit form of a document.
pub async fn form(
    cx: &Cx,
    caller: &Caller,
    id: Option<DocumentId>,
) -> Result<DocumentFormData, AppError> {
    ensure(caller.actor, Action::PublishDocuments, Facts::default())?;
    let document = match id {
        Some(id) => Some(detail(cx, caller, id).await?),
        None => None,
    };
    Ok(DocumentFormData {
        document,
        districts: crate::districts::service::names(&cx.db, caller.locale).await?,
        max_mb: limit_mb(&cx.db).await?,
        can_set_limit: decide(caller.actor, Action::SetDocumentLimit, Facts::default())
            == Decision::Allow,
    })
}

/// The feed's length.
const FEED_ENTRIES: u64 = 50;

/// The latest documents and versions, newest first (versions of hidden documents and
/// withdrawn versions left out), for the Atom feed.
pub async fn feed(cx: &Cx, caller: &Caller) -> Result<Feed, AppError> {
    let db = &cx.db;
    let versions = document_versions::Entity::find()
        .filter(document_versions::Column::WithdrawnAt.is_null())
        .filter(
            Expr::col(document_versions::Column::DocumentId).in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(documents::Column::Id)
                    .from(documents::Entity)
                    .and_where(Expr::col(documents::Column::Hidden).is_null())
                    .to_owned(),
            ),
        )
        .order_by_desc(document_versions::Column::PublishedAt)
        .order_by_desc(document_versions::Column::N)
        .limit(FEED_ENTRIES)
        .all(db)
        .await?;
    let ids: Vec<uuid::Uuid> = versions.iter().map(|v| v.document_id).collect();
    let docs: HashMap<uuid::Uuid, documents::Model> = documents::Entity::find()
        .filter(documents::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|d| (d.id, d))
        .collect();
    let entries: Vec<FeedEntry> = versions
        .iter()
        .filter_map(|v| {
            let d = docs.get(&v.document_id)?;
            Some(FeedEntry {
                id: DocumentId(d.id),
                n: v.n,
                title_ar: d.title_ar.clone(),
                title_fr: d.title_fr.clone(),
                summary_ar: d.summary_ar.clone(),
                summary_fr: d.summary_fr.clone(),
                kind: DocumentKind::from_code(&d.kind).unwrap_or(DocumentKind::Other),
                note: v.note.clone(),
                published: v
                    .published_at
                    .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                file: file_view(v),
            })
        })
        .collect();
    let name = municipality::localized(db, caller.locale).await?.name;
    Ok(Feed {
        title: name,
        updated: entries.first().map_or_else(
            || Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            |e| e.published.clone(),
        ),
        entries,
    })
}
