//! Demo content: a municipality and one account per role, so a new user can try everything.
use app::domain::{Locale, Role};
use app::error::AppError;
use app::server::entities::municipality;
use chrono::Utc;
use sea_orm::sea_query::OnConflict;
use sea_orm::{DatabaseConnection, EntityTrait, Set};

/// Password of every demo account (documented in README.md; demo only).
pub const DEMO_PASSWORD: &str = "majlis-demo-2026";

pub const DEMO_ACCOUNTS: [(&str, &str, Role); 5] = [
    ("admin@example.org", "مسؤول المنصة", Role::Admin),
    ("referent@example.org", "Leïla Referente", Role::Referent),
    ("planner@example.org", "Sami Urbaniste", Role::Planner),
    ("official@example.org", "Élue Nour", Role::Official),
    ("resident@example.org", "أمينة بن صالح", Role::Resident),
];

pub async fn set_municipality(db: &DatabaseConnection) -> Result<(), sea_orm::DbErr> {
    let row = municipality::ActiveModel {
        id: Set(1),
        name_ar: Set("بلدية الواحة".into()),
        name_fr: Set("Commune d’El Waha".into()),
        name_en: Set("Municipality of El Waha".into()),
        tagline_ar: Set("معًا نقرّر مستقبل مدينتنا: اقترح، ادعم، وتابع ما يحدث لكل مقترح.".into()),
        tagline_fr: Set("Décidons ensemble de l’avenir de notre ville : proposez, soutenez, suivez ce que devient chaque idée.".into()),
        tagline_en: Set("Let us decide our town’s future together: propose, support, and follow what becomes of every idea.".into()),
        updated_at: Set(Utc::now()),
        ..Default::default()
    };
    municipality::Entity::insert(row)
        .on_conflict(
            OnConflict::column(municipality::Column::Id)
                .update_columns([
                    municipality::Column::NameAr,
                    municipality::Column::NameFr,
                    municipality::Column::NameEn,
                    municipality::Column::TaglineAr,
                    municipality::Column::TaglineFr,
                    municipality::Column::TaglineEn,
                    municipality::Column::UpdatedAt,
                ])
                .to_owned(),
        )
        .exec(db)
        .await?;
    Ok(())
}

/// Idempotent: running it again resets the demo accounts' roles and password.
pub async fn seed_demo(db: &DatabaseConnection) -> Result<(), AppError> {
    set_municipality(db).await.map_err(|_| AppError::Internal)?;
    for (email, name, role) in DEMO_ACCOUNTS {
        app::accounts::service::ensure_account(db, name, email, DEMO_PASSWORD, role, Locale::Ar)
            .await?;
    }
    Ok(())
}
