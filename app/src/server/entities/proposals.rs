use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "proposals")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub consultation_id: Uuid,
    pub author_id: Uuid,
    pub title: String,
    pub body: String,
    pub body_html: String,
    pub district_id: Option<Uuid>,
    pub address: Option<String>,
    pub category: Option<String>,
    pub state: String,
    pub withdraw_reason: Option<String>,
    pub withdraw_note: Option<String>,
    pub withdrawn_at: Option<DateTimeUtc>,
    pub supports_count: i32,
    pub threshold_reached_at: Option<DateTimeUtc>,
    pub answer_state: Option<String>,
    pub answer_text: Option<String>,
    pub answer_html: Option<String>,
    pub answer_published_at: Option<DateTimeUtc>,
    pub answered_by: Option<Uuid>,
    pub draft_state: Option<String>,
    pub draft_text: Option<String>,
    pub draft_updated_at: Option<DateTimeUtc>,
    pub search_text: String,
    pub shuffle: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// null: shown; `auto`: hidden by reports, pending review; `hidden`: by a moderator.
    pub hidden: Option<String>,
    pub hidden_reason: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::users::Entity",
        from = "Column::AuthorId",
        to = "super::users::Column::Id"
    )]
    Author,
}

impl Related<super::users::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Author.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}

impl Model {
    /// The stored state as a `ProposalState` (an unknown code counts as withdrawn: only a
    /// published proposal is supported, commented on, listed).
    pub fn state(&self) -> crate::domain::ProposalState {
        crate::domain::ProposalState::from_code(&self.state)
            .unwrap_or(crate::domain::ProposalState::Withdrawn)
    }
}

/// What a new proposal is made of (its content is already checked).
pub struct NewRow {
    pub id: crate::domain::ProposalId,
    pub consultation: crate::domain::ConsultationId,
    pub author: crate::domain::UserId,
    pub title: String,
    pub body: String,
    pub district: Option<crate::domain::DistrictId>,
    pub address: Option<String>,
    pub category: Option<crate::domain::Category>,
}

/// The row of a new, published proposal: its Markdown rendered and sanitised, its search text
/// normalised, no supports and no answer. The one place a proposal row is built (the service,
/// the demo and the large seed, the tests); callers may set more fields on it.
pub fn new_row(p: NewRow, now: DateTimeUtc) -> ActiveModel {
    use crate::server::{markdown, search};
    use sea_orm::Set;
    let search_text = search::normalize(&format!(
        "{} {} {}",
        p.title,
        p.body,
        p.address.as_deref().unwrap_or("")
    ));
    ActiveModel {
        id: Set(p.id.0),
        consultation_id: Set(p.consultation.0),
        author_id: Set(p.author.0),
        body_html: Set(markdown::render(&p.body)),
        search_text: Set(search_text),
        title: Set(p.title),
        body: Set(p.body),
        district_id: Set(p.district.map(|d| d.0)),
        address: Set(p.address),
        category: Set(p.category.map(|c| c.code().to_string())),
        state: Set(crate::domain::ProposalState::Published.code().into()),
        withdraw_reason: Set(None),
        withdraw_note: Set(None),
        withdrawn_at: Set(None),
        supports_count: Set(0),
        threshold_reached_at: Set(None),
        answer_state: Set(None),
        answer_text: Set(None),
        answer_html: Set(None),
        answer_published_at: Set(None),
        answered_by: Set(None),
        draft_state: Set(None),
        draft_text: Set(None),
        draft_updated_at: Set(None),
        hidden: Set(None),
        hidden_reason: Set(None),
        // The random order sorts on this, mixed with the visitor's seed.
        shuffle: Set((Uuid::new_v4().as_u128() % (1 << 20)) as i32),
        created_at: Set(now),
        updated_at: Set(now),
    }
}

/// Inserts a new proposal and counts it in its consultation (call it inside the transaction
/// that publishes the proposal).
pub async fn insert_counted(db: &impl ConnectionTrait, row: ActiveModel) -> Result<(), DbErr> {
    use sea_orm::sea_query::{Expr, ExprTrait};
    let consultation = match &row.consultation_id {
        sea_orm::ActiveValue::Set(id) | sea_orm::ActiveValue::Unchanged(id) => *id,
        sea_orm::ActiveValue::NotSet => {
            return Err(DbErr::Custom("a proposal needs its consultation".into()))
        }
    };
    Entity::insert(row).exec_without_returning(db).await?;
    super::consultations::Entity::update_many()
        .col_expr(
            super::consultations::Column::ProposalsCount,
            Expr::col(super::consultations::Column::ProposalsCount).add(1),
        )
        .filter(super::consultations::Column::Id.eq(consultation))
        .exec(db)
        .await?;
    Ok(())
}
