use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "municipality")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: i32,
    pub name_ar: String,
    pub name_fr: String,
    pub name_en: String,
    pub tagline_ar: String,
    pub tagline_fr: String,
    pub tagline_en: String,
    /// Residents may verify themselves against the census list.
    pub verify_census: bool,
    /// Referents may verify residents in person.
    pub verify_in_person: bool,
    /// Referents may verify, at the counter, a number the loaded census does not list
    /// (flagged).
    pub verify_outside_census: bool,
    /// Distinct open reports that hide a content until a referent reviews it.
    pub report_threshold: i32,
    /// The largest document file accepted, in MB.
    pub document_max_mb: i32,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// The municipality's name and tagline in `locale` (a neutral name before any is set).
pub async fn localized(
    db: &impl ConnectionTrait,
    locale: crate::domain::Locale,
) -> Result<crate::domain::MunicipalityName, DbErr> {
    Ok(name_in(
        Entity::find_by_id(1).one(db).await?.as_ref(),
        locale,
    ))
}

/// The name and tagline of `row` in `locale`.
pub fn name_in(
    row: Option<&Model>,
    locale: crate::domain::Locale,
) -> crate::domain::MunicipalityName {
    use crate::domain::Locale;
    use crate::domain::MunicipalityName;
    match row {
        Some(m) => {
            let (name, tagline) = match locale {
                Locale::Ar => (&m.name_ar, &m.tagline_ar),
                Locale::Fr => (&m.name_fr, &m.tagline_fr),
                Locale::En => (&m.name_en, &m.tagline_en),
            };
            MunicipalityName {
                name: name.clone(),
                tagline: tagline.clone(),
            }
        }
        None => MunicipalityName {
            name: crate::i18n::tr(locale, "municipality-unnamed"),
            tagline: String::new(),
        },
    }
}
