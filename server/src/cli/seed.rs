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

/// The TOTP secret of a demo staff account (documented in README.md; demo only): the base32
/// of `majlis-demo-<role>-2026`, to add to an authenticator app by hand.
pub fn demo_totp_secret(role: Role) -> String {
    app::server::totp::secret_of(format!("majlis-demo-{}-2026", role.code()).as_bytes())
}

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
    // The key the server will use: the second factors' secrets are sealed with it.
    let key = identity::load_key(
        db,
        crate::config::Config::from_env().identity_key.as_deref(),
    )
    .await
    .map_err(|_| AppError::Internal)?;
    for (email, name, role) in DEMO_ACCOUNTS {
        let id = app::accounts::service::ensure_account(
            db,
            name,
            email,
            DEMO_PASSWORD,
            role,
            Locale::Ar,
        )
        .await?;
        if role.is_staff() {
            app::two_factor::service::provision(db, &key, id, &demo_totp_secret(role)).await?;
        }
        // The demo's administrator also operates the installation (its `/platform` page).
        if role == app::domain::Role::Admin {
            use app::server::entities::installation_operators;
            installation_operators::Entity::insert(installation_operators::ActiveModel {
                user_id: sea_orm::Set(id.0),
                granted_at: sea_orm::Set(Utc::now()),
            })
            .on_conflict_do_nothing_on([installation_operators::Column::UserId])
            .exec(db)
            .await
            .map_err(|_| AppError::Internal)?;
        }
    }
    seed_participation(db).await?;
    // The demo's supports enter the log of public acts first, in the order they were given, as
    // a server does at start-up with supports older than the log: the log only adopts them
    // while it is empty, and the documents below are public acts of their own.
    app::server::ledger::adopt_supports(db, &key).await?;
    // Documents after the rest (a demo made before documents existed gets them too).
    let official = users::Entity::find()
        .filter(users::Column::Email.eq("official@example.org"))
        .one(db)
        .await?
        .map(|u| u.id);
    let places: Vec<Uuid> = districts::Entity::find()
        .order_by_asc(districts::Column::Position)
        .all(db)
        .await?
        .into_iter()
        .map(|d| d.id)
        .collect();
    let config = crate::config::Config::from_env();
    super::seed_documents::seed_documents(db, demo_config(&config), official, &places).await?;
    super::seed_documents::seed_procedures(db, demo_config(&config), official).await?;
    let referent = users::Entity::find()
        .filter(users::Column::Email.eq("referent@example.org"))
        .one(db)
        .await?
        .map(|u| u.id);
    super::seed_documents::seed_referent(
        db,
        demo_config(&config),
        referent,
        places.first().copied(),
    )
    .await?;
    let resident = users::Entity::find()
        .filter(users::Column::Email.eq("resident@example.org"))
        .one(db)
        .await?
        .map(|u| u.id);
    super::seed_requests::seed_requests(
        db,
        demo_config(&config),
        super::seed_requests::Demo {
            official,
            referent,
            resident,
        },
    )
    .await?;
    super::seed_requests::seed_interests(db, demo_config(&config), official).await
}

// ---------------------------------------------------------------- participation demo

use app::domain::{
    Category, ConsultationId, ConsultationStatus, DistrictId, NationalId, ProposalId, UserId,
};
use app::server::entities::{
    census_entries, consultation_districts, consultation_phases, consultations, districts,
    proposals, supports, users, verifications,
};
use app::server::{identity, markdown};
use chrono::{DateTime, Duration as Days, NaiveDate};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

/// National ID numbers of the demo census (with birth year 1960 + n): a new account can be
/// verified with, for example, 10000003 and 1963 (README.md says so).
pub const DEMO_CENSUS: std::ops::RangeInclusive<u32> = 10_000_001..=10_000_040;
/// The demo resident's ID, verified in person by the demo referent.
const DEMO_RESIDENT_ID: &str = "09999999";

fn fixed(n: u128) -> Uuid {
    Uuid::from_u128(0x6d61_6a6c_6973_0000_0000_0000_0000_0000 | n)
}

const DISTRICTS: [(&str, &str, &str); 4] = [
    ("وسط المدينة", "Centre-ville", "Town centre"),
    ("حي النور", "Cité Ennour", "Ennour"),
    ("المنار", "El Manar", "El Manar"),
    ("سيدي سالم", "Sidi Salem", "Sidi Salem"),
];

struct DemoConsultation {
    n: u128,
    title: &'static str,
    description: &'static str,
    published: bool,
    /// (phase code, first day, last day) relative to today.
    phases: &'static [(&'static str, i64, i64)],
    threshold: i32,
    limit: i32,
    districts: &'static [usize],
}

const CONSULTATIONS: [DemoConsultation; 6] = [
    DemoConsultation {
        n: 0xa1,
        title: "تهيئة الحديقة العمومية بساحة الاستقلال",
        description: "تعتزم البلدية إعادة تهيئة **الحديقة العمومية** بساحة الاستقلال سنة 2027.\n\nما الذي تحتاجه الحديقة؟ ألعاب للأطفال، مقاعد، إنارة، أشجار، نافورة؟ قدّموا مقترحاتكم وادعموا ما يهمكم.\n\n- الميزانية المرصودة: 450 ألف دينار\n- الأشغال: من سبتمبر 2027",
        published: true,
        phases: &[("information", -40, -31), ("proposals", -30, -11), ("supports", -10, 20), ("evaluation", 21, 40), ("outcome", 41, 60)],
        threshold: 3,
        limit: 5,
        districts: &[0, 1],
    },
    DemoConsultation {
        n: 0xb1,
        title: "Budget participatif 2027 : vos projets de quartier",
        description: "La commune consacre **300 000 dinars** du budget 2027 à des projets proposés par les habitants.\n\nProposez un projet pour votre quartier : trottoirs, éclairage, espaces verts, équipements sportifs…\n\nLes propositions les plus soutenues seront étudiées par les services puis votées en conseil municipal.",
        published: true,
        phases: &[("proposals", -5, 25), ("supports", 26, 45), ("evaluation", 46, 70), ("outcome", 71, 90)],
        threshold: 20,
        limit: 3,
        districts: &[],
    },
    DemoConsultation {
        n: 0xc1,
        title: "تنظيم السوق الأسبوعية",
        description: "استشارة حول تنظيم السوق الأسبوعية: مكانها، توقيتها، النظافة وحركة المرور.",
        published: true,
        phases: &[("proposals", -200, -170), ("supports", -169, -140), ("outcome", -139, -100)],
        threshold: 2,
        limit: 0,
        districts: &[2],
    },
    DemoConsultation {
        n: 0xd1,
        title: "Plan de mobilité douce (en préparation)",
        description: "Pistes cyclables, zones piétonnes et sécurité aux abords des écoles : consultation en préparation.",
        published: false,
        phases: &[("information", 10, 20), ("proposals", 21, 50)],
        threshold: 30,
        limit: 0,
        districts: &[],
    },
    DemoConsultation {
        n: 0xe1,
        title: "Plan de circulation du centre-ville / مخطط الجولان بوسط المدينة",
        description: "La commune prépare un nouveau plan de circulation pour le centre-ville : sens uniques, zone piétonne le dimanche, stationnement.\n\nDonnez votre avis dans les débats ci-dessous.",
        published: true,
        phases: &[("information", -20, -11), ("debate", -10, 20), ("outcome", 41, 60)],
        threshold: 10,
        limit: 0,
        districts: &[0],
    },
    DemoConsultation {
        n: 0xf1,
        title: "Propreté des plages de l’été / نظافة الشواطئ في الصيف",
        description: "Comment garder les plages propres en été : poubelles, ramassage, sensibilisation.",
        published: true,
        phases: &[("proposals", -150, -121), ("debate", -120, -100)],
        threshold: 5,
        limit: 0,
        districts: &[3],
    },
];

// (n, consultation, parent, title, status, progress, weight, start, end)
type DemoResult = (
    u128,
    u128,
    Option<u128>,
    &'static str,
    &'static str,
    i32,
    i32,
    i64,
    i64,
);
const DEMO_RESULTS: [DemoResult; 4] = [
    (
        0x5000,
        0xf1,
        None,
        "Plus de poubelles et un ramassage le soir / حاويات أكثر ورفع الفضلات مساءً",
        "in-progress",
        83,
        1,
        -60,
        120,
    ),
    (
        0x5001,
        0xf1,
        Some(0x5000),
        "Quarante poubelles sur la corniche / أربعون حاوية على الكورنيش",
        "done",
        100,
        2,
        -60,
        -10,
    ),
    (
        0x5002,
        0xf1,
        Some(0x5000),
        "Ramassage à 21 h en été / رفع الفضلات على الساعة التاسعة ليلًا",
        "in-progress",
        50,
        1,
        -30,
        120,
    ),
    (
        0x5003,
        0xc1,
        None,
        "نقل السوق الأسبوعية إلى الساحة الجديدة",
        "in-progress",
        60,
        1,
        -90,
        60,
    ),
];

/// Demo results: the beaches' action with two sub-actions (its progress their weighted
/// mean), and the market's move, which comes from demo proposal 8.
async fn seed_results(
    db: &DatabaseConnection,
    official: Option<Uuid>,
) -> Result<(), sea_orm::DbErr> {
    use app::server::entities::{result_history, result_milestones, result_proposals, results};
    let Some(official) = official else {
        return Ok(());
    };
    let now = chrono::Utc::now();
    let today = app::server::clock::today();
    let day = |offset: i64| today + Days::days(offset);
    for (n, c, parent, title, status, progress, weight, start, end) in DEMO_RESULTS {
        let description = "Suivi public de l’action décidée après la consultation. / متابعة علنية للإجراء المقرر بعد الاستشارة.";
        results::ActiveModel {
            id: Set(fixed(n)),
            consultation_id: Set(fixed(c)),
            parent_id: Set(parent.map(fixed)),
            title: Set(title.into()),
            description: Set(description.into()),
            description_html: Set(markdown::render(description)),
            status: Set(status.into()),
            progress: Set(progress),
            weight: Set(weight),
            starts_on: Set(Some(day(start))),
            ends_on: Set(Some(day(end))),
            created_by: Set(official),
            created_at: Set(now - Days::days(60) + Days::minutes(n as i64 - 0x5000)),
            updated_at: Set(now - Days::days(5)),
        }
        .insert(db)
        .await?;
        result_history::ActiveModel {
            id: Set(Uuid::new_v4()),
            result_id: Set(fixed(n)),
            at: Set(now - Days::days(60)),
            change: Set("created".into()),
            detail: Set("planned|0".into()),
        }
        .insert(db)
        .await?;
        result_history::ActiveModel {
            id: Set(Uuid::new_v4()),
            result_id: Set(fixed(n)),
            at: Set(now - Days::days(5)),
            change: Set("progress".into()),
            detail: Set(progress.to_string()),
        }
        .insert(db)
        .await?;
    }
    for (n, offset, text) in [
        (
            0x5001,
            -10,
            "Les 40 poubelles sont posées / وُضعت الحاويات الأربعون",
        ),
        (0x5003, -20, "صادق المجلس البلدي على التهيئة"),
    ] {
        result_milestones::ActiveModel {
            id: Set(Uuid::new_v4()),
            result_id: Set(fixed(n)),
            on_day: Set(day(offset)),
            text: Set(text.into()),
            created_at: Set(now),
        }
        .insert(db)
        .await?;
    }
    result_proposals::ActiveModel {
        result_id: Set(fixed(0x5003)),
        proposal_id: Set(fixed(0x1000 + 8)),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The published outcome of the demo consultation 0xf1 (concluded), beside 0xc1 whose
/// outcome is overdue: the accountability page shows both.
async fn seed_outcome(
    db: &DatabaseConnection,
    official: Option<Uuid>,
) -> Result<(), sea_orm::DbErr> {
    use app::server::entities::consultation_outcomes;
    let Some(official) = official else {
        return Ok(());
    };
    let now = chrono::Utc::now();
    let summary = "شارك **214** مواطنًا ومواطنة في النقاش و3 اجتماعات. Les habitant·e·s demandent surtout plus de poubelles et un ramassage le soir.";
    let decisions = "- Quarante poubelles supplémentaires sur la corniche.\n- Ramassage à 21 h de juin à septembre.\n- لا منع للأكل على الشاطئ: لم يطلبه أحد.";
    let today = app::server::clock::today();
    let day = |offset: i64| (today + Days::days(offset)).format("%Y-%m-%d").to_string();
    let steps = serde_json::json!([
        [day(20), "Commande des poubelles / طلب الحاويات"],
        [day(60), "Bilan de la saison / تقييم الموسم"]
    ])
    .to_string();
    consultation_outcomes::ActiveModel {
        consultation_id: Set(fixed(0xf1)),
        summary: Set(summary.into()),
        summary_html: Set(markdown::render(summary)),
        decisions: Set(decisions.into()),
        decisions_html: Set(markdown::render(decisions)),
        next_steps: Set(steps),
        state: Set(app::domain::OutcomeState::Published.code().into()),
        updated_by: Set(official),
        updated_at: Set(now - Days::days(70)),
        published_at: Set(Some(now - Days::days(70))),
        published_by: Set(Some(official)),
    }
    .insert(db)
    .await?;
    consultations::Entity::update_many()
        .col_expr(
            consultations::Column::ConcludedAt,
            sea_orm::sea_query::Expr::value(Some(now - Days::days(60))),
        )
        .filter(consultations::Column::Id.eq(fixed(0xf1)))
        .exec(db)
        .await?;
    Ok(())
}

/// The demo's debate in the consultation whose debate phase is open, and its comments:
/// (author index, parent comment index, alignment, text).
const DEBATE_TITLE: &str = "هل نجعل شارع الحبيب بورقيبة للمترجلين يوم الأحد؟";
const DEBATE_BODY: &str = "تقترح البلدية غلق **شارع الحبيب بورقيبة** أمام السيارات كل يوم أحد من الثامنة صباحًا إلى الثامنة مساءً، لتجربة مدتها ستة أشهر.\n\nما رأيكم؟ ما الذي يجب الانتباه إليه (التجار، الحافلات، ذوو الإعاقة)؟";
const DEBATE_COMMENTS: &[(usize, Option<usize>, Option<&str>, &str)] = &[
    (
        0,
        None,
        Some("for"),
        "فكرة ممتازة: الأطفال سيتمكنون من اللعب بأمان، والمقاهي ستستفيد.",
    ),
    (
        1,
        None,
        Some("against"),
        "Les livraisons du dimanche matin vont devenir impossibles pour les commerçants de la rue.",
    ),
    (
        2,
        Some(1),
        None,
        "Les livraisons pourraient se faire avant 8 h, comme à Sousse.",
    ),
    (
        1,
        Some(2),
        None,
        "Avant 8 h, pourquoi pas, si c’est écrit dans l’arrêté.",
    ),
    (
        2,
        None,
        Some("neutral"),
        "يجب التفكير في مواقف للسيارات قريبة، وإلا سيتنقل الازدحام إلى الأنهج المجاورة.",
    ),
];

struct DemoProposal {
    consultation: u128,
    n: u128,
    author: usize,
    title: &'static str,
    body: &'static str,
    district: Option<usize>,
    category: &'static str,
    /// Census identities (indexes into DEMO_CENSUS) that support it.
    supporters: &'static [u32],
    /// Days ago the threshold was reached (None: computed as not reached).
    reached_days_ago: Option<i64>,
    answer: Option<(&'static str, &'static str)>,
}

const DEMO_AUTHORS: [(&str, &str); 3] = [
    ("resident@example.org", ""),
    ("hedi@example.org", "Hédi Trabelsi"),
    ("sara@example.org", "سارة القاسمي"),
];

const PROPOSALS: &[DemoProposal] = &[
    DemoProposal { consultation: 0xa1, n: 1, author: 0, title: "إنارة ممرات الحديقة ليلًا", body: "الحديقة مظلمة بعد المغرب ولا يجرؤ أحد على عبورها. نقترح **إنارة بالطاقة الشمسية** على طول الممرات.", district: Some(0), category: "urbanism", supporters: &[1, 2, 3, 4, 5], reached_days_ago: Some(40), answer: None },
    DemoProposal { consultation: 0xa1, n: 2, author: 1, title: "Aire de jeux pour les petits enfants", body: "Une aire de jeux clôturée pour les enfants de 2 à 8 ans, avec un sol souple et des bancs à l’ombre pour les parents.", district: Some(0), category: "urbanism", supporters: &[1, 6, 7, 8], reached_days_ago: Some(8), answer: Some(("accepted", "Accepté : l’aire de jeux sera installée côté rue de Carthage, **dès la première tranche** des travaux.")) },
    DemoProposal { consultation: 0xa1, n: 3, author: 2, title: "غراسة أشجار الزيتون والنخيل", body: "نقترح غراسة أشجار محلية تتحمل الجفاف مثل الزيتون والنخيل، مع نظام ري قطرة قطرة.", district: Some(1), category: "environment", supporters: &[2, 9, 14], reached_days_ago: Some(35), answer: None },
    DemoProposal { consultation: 0xa1, n: 4, author: 1, title: "Installer des fontaines d’eau potable", body: "Deux fontaines d’eau potable près des bancs, surtout pour l’été.", district: Some(1), category: "environment", supporters: &[3, 15, 16], reached_days_ago: Some(33), answer: None },
    DemoProposal { consultation: 0xa1, n: 5, author: 2, title: "مقاعد وظلال للمسنين قرب المدخل", body: "مقاعد مريحة تحت مظلات قرب المدخل الرئيسي ليستريح كبار السن.", district: Some(0), category: "social", supporters: &[17, 18, 19], reached_days_ago: Some(31), answer: None },
    DemoProposal { consultation: 0xb1, n: 6, author: 1, title: "Réparer les trottoirs de l’avenue Habib Bourguiba", body: "Les trottoirs sont cassés sur 300 mètres : poussettes et fauteuils roulants doivent passer sur la route.", district: Some(2), category: "mobility", supporters: &[], reached_days_ago: None, answer: None },
    DemoProposal { consultation: 0xb1, n: 7, author: 2, title: "ملعب حي لكرة القدم بحي النور", body: "ملعب صغير معشب لشباب حي النور، مفتوح مجانًا في المساء.", district: Some(1), category: "sport", supporters: &[], reached_days_ago: None, answer: None },
    DemoProposal { consultation: 0xc1, n: 8, author: 0, title: "نقل السوق الأسبوعية إلى الساحة الجديدة", body: "السوق تعرقل حركة المرور أمام المدرسة؛ نقترح نقلها إلى الساحة الجديدة قرب المحطة.", district: Some(2), category: "economy", supporters: &[10, 11, 12], reached_days_ago: Some(150), answer: Some(("partially-accepted", "ستُنقل السوق إلى الساحة الجديدة بداية من الشهر القادم، مع الإبقاء على سوق الخضر في مكانه.")) },
    // More proposals open for support, so that the list has a second page.
    DemoProposal { consultation: 0xa1, n: 10, author: 0, title: "حاويات فرز النفايات عند مداخل الحديقة", body: "حاويات ملونة للبلاستيك والورق والزجاج عند كل مدخل، مع لافتات واضحة.", district: Some(0), category: "environment", supporters: &[], reached_days_ago: None, answer: None },
    DemoProposal { consultation: 0xa1, n: 11, author: 1, title: "Un point d’eau pour les chiens promenés", body: "Une petite fontaine basse pour les chiens, loin de l’aire de jeux.", district: Some(1), category: "environment", supporters: &[], reached_days_ago: None, answer: None },
    DemoProposal { consultation: 0xa1, n: 12, author: 2, title: "مسلك للدراجات يربط الحديقة بالمدرسة", body: "مسلك آمن ومفصول عن الطريق بين الحديقة والمدرسة الابتدائية.", district: Some(2), category: "mobility", supporters: &[], reached_days_ago: None, answer: None },
    DemoProposal { consultation: 0xa1, n: 13, author: 0, title: "Des toilettes publiques propres et ouvertes", body: "Des toilettes entretenues, ouvertes de 8 h à 20 h, accessibles aux fauteuils roulants.", district: Some(0), category: "social", supporters: &[], reached_days_ago: None, answer: None },
    DemoProposal { consultation: 0xa1, n: 14, author: 1, title: "ركن للمطالعة تحت الأشجار", body: "رفوف كتب مفتوحة ومقاعد في ركن هادئ، بالتعاون مع المكتبة العمومية.", district: Some(1), category: "culture", supporters: &[], reached_days_ago: None, answer: None },
    DemoProposal { consultation: 0xa1, n: 15, author: 2, title: "Un kiosque pour les concerts du vendredi", body: "Un petit kiosque couvert pour la musique et le théâtre en plein air.", district: Some(0), category: "culture", supporters: &[], reached_days_ago: None, answer: None },
    DemoProposal { consultation: 0xa1, n: 16, author: 0, title: "أجهزة رياضية للكبار في الهواء الطلق", body: "أجهزة بسيطة للتمارين قرب الممر الدائري، مع لوحة تشرح استعمالها.", district: Some(2), category: "sport", supporters: &[], reached_days_ago: None, answer: None },
    DemoProposal { consultation: 0xa1, n: 17, author: 1, title: "Un jardin partagé pour les familles du quartier", body: "Des parcelles cultivées par les familles, avec un récupérateur d’eau de pluie.", district: Some(1), category: "environment", supporters: &[], reached_days_ago: None, answer: None },
    DemoProposal { consultation: 0xa1, n: 18, author: 2, title: "مظلات قرب موقف الحافلة المحاذي للحديقة", body: "الانتظار تحت الشمس صعب في الصيف؛ نقترح مظلات ومقاعد.", district: Some(0), category: "mobility", supporters: &[], reached_days_ago: None, answer: None },
    DemoProposal { consultation: 0xa1, n: 19, author: 0, title: "Des rampes pour les poussettes et les fauteuils", body: "Remplacer les marches des deux entrées par des rampes douces.", district: Some(2), category: "social", supporters: &[], reached_days_ago: None, answer: None },
    DemoProposal { consultation: 0xa1, n: 20, author: 1, title: "سوق صغيرة للحرفيين يوم الأحد", body: "مساحة منظمة للحرفيين وصغار المنتجين مرة في الأسبوع.", district: Some(1), category: "economy", supporters: &[], reached_days_ago: None, answer: None },
    DemoProposal { consultation: 0xa1, n: 21, author: 2, title: "Des panneaux sur l’histoire de la place", body: "Quelques panneaux bilingues sur l’histoire de la place de l’Indépendance.", district: Some(0), category: "culture", supporters: &[], reached_days_ago: None, answer: None },
    DemoProposal { consultation: 0xa1, n: 22, author: 0, title: "حراسة ليلية أو كاميرات عند المداخل", body: "للحد من التخريب، نقترح حراسة ليلية أو كاميرات عند المداخل الرئيسية.", district: Some(2), category: "social", supporters: &[], reached_days_ago: None, answer: None },
    DemoProposal { consultation: 0xa1, n: 23, author: 1, title: "Un terrain de pétanque ombragé", body: "Un terrain de pétanque sous les arbres, très demandé par les anciens.", district: Some(1), category: "sport", supporters: &[], reached_days_ago: None, answer: None },
    DemoProposal { consultation: 0xa1, n: 24, author: 2, title: "نافورة ماء للزينة وسط الحديقة", body: "نافورة صغيرة تعمل بالماء المعاد تدويره لتلطيف الجو.", district: Some(0), category: "urbanism", supporters: &[], reached_days_ago: None, answer: None },
    DemoProposal { consultation: 0xa1, n: 25, author: 0, title: "Un espace pour les fêtes de quartier", body: "Une esplanade avec prises électriques pour les fêtes et les marchés de nuit.", district: Some(2), category: "culture", supporters: &[], reached_days_ago: None, answer: None },
    DemoProposal { consultation: 0xa1, n: 26, author: 1, title: "مسار صحي للمشي بطول كيلومتر", body: "مسار مرقّم بعلامات كل مائة متر حول الحديقة.", district: Some(1), category: "sport", supporters: &[], reached_days_ago: None, answer: None },
    DemoProposal { consultation: 0xa1, n: 27, author: 2, title: "Des bancs avec dossier et accoudoirs", body: "Les bancs actuels sont trop bas : des bancs avec dossier pour les personnes âgées.", district: Some(0), category: "social", supporters: &[], reached_days_ago: None, answer: None },
    DemoProposal { consultation: 0xa1, n: 28, author: 1, title: "Des poubelles dans chaque allée du quartier", body: "Une poubelle tous les cinquante mètres, vidée chaque soir.", district: Some(3), category: "environment", supporters: &[], reached_days_ago: None, answer: None },
    DemoProposal { consultation: 0xa1, n: 29, author: 0, title: "Une boîte à livres pour le quartier", body: "Une armoire où chacun dépose et emprunte des livres, près de l’entrée nord.", district: Some(0), category: "culture", supporters: &[], reached_days_ago: None, answer: None },
    DemoProposal { consultation: 0xc1, n: 9, author: 1, title: "Des bacs de tri à la sortie du marché", body: "Des bacs de tri et un ramassage juste après la fermeture du marché.", district: Some(2), category: "environment", supporters: &[10, 13], reached_days_ago: Some(145), answer: Some(("accepted", "Accepté : six bacs de tri sont installés et le ramassage passe à 14 h.")) },
];

/// Districts, census, verified resident, consultations in every state, proposals with
/// supports and answers. Idempotent: skipped when the first demo consultation exists.
pub async fn seed_participation(db: &DatabaseConnection) -> Result<(), AppError> {
    let err = |e: sea_orm::DbErr| {
        tracing::error!(error = %e, "demo seed");
        AppError::Internal
    };
    if consultations::Entity::find_by_id(fixed(0xa1))
        .one(db)
        .await
        .map_err(err)?
        .is_some()
    {
        return Ok(());
    }
    let config = crate::config::Config::from_env();
    let key = identity::load_key(db, config.identity_key.as_deref())
        .await
        .map_err(err)?;

    let district_ids = seed_places(db, &key).await?;

    let (authors, referent) = seed_authors(db, &key).await?;

    let planner = users::Entity::find()
        .filter(users::Column::Email.eq("planner@example.org"))
        .one(db)
        .await
        .map_err(err)?
        .map(|u| u.id)
        .unwrap_or(authors[0]);
    seed_consultations(db, planner, &district_ids).await?;

    let official = users::Entity::find()
        .filter(users::Column::Email.eq("official@example.org"))
        .one(db)
        .await
        .map_err(err)?
        .map(|u| u.id);
    seed_proposals(db, &key, &authors, &district_ids, official, referent).await?;
    consultations::recount_proposals(db).await.map_err(err)?;
    seed_debate(db, planner, &authors).await.map_err(err)?;
    seed_outcome(db, official).await.map_err(err)?;
    seed_results(db, official).await.map_err(err)?;
    seed_meetings(
        db,
        planner,
        referent.unwrap_or(planner),
        &authors,
        &district_ids,
    )
    .await?;
    if db.get_database_backend() == sea_orm::DatabaseBackend::Sqlite {
        sqlite_statistics(db).await.map_err(err)?;
    }
    Ok(())
}

/// What the demo's use-cases run with (nothing is emailed while seeding).
fn demo_config(config: &crate::config::Config) -> app::server::AppConfig {
    app::server::AppConfig {
        base_url: config
            .base_url
            .clone()
            .unwrap_or_else(|| "http://127.0.0.1:3000".into()),
        smtp_configured: false,
        dev_email_links: false,
        proxy_hops: 0,
        identity_key: vec![0; 32],
        time_zone: config.time_zone,
        assets: Default::default(),
    }
}

/// A demo national ID's keyed hash.
fn hash_id(key: &[u8], id: &str) -> Result<String, AppError> {
    NationalId::parse(id)
        .map(|n| identity::hash(key, &n))
        .map_err(|_| AppError::Internal)
}

/// The districts and the census list.
async fn seed_places(db: &DatabaseConnection, key: &[u8]) -> Result<Vec<Uuid>, AppError> {
    let err = |e: sea_orm::DbErr| {
        tracing::error!(error = %e, "demo seed");
        AppError::Internal
    };
    let hash_of = |id: &str| hash_id(key, id);
    let now = Utc::now();
    let district_ids: Vec<Uuid> = (0..DISTRICTS.len())
        .map(|i| fixed(0xd0 + i as u128))
        .collect();
    for (i, (ar, fr, en)) in DISTRICTS.iter().enumerate() {
        districts::ActiveModel {
            id: Set(district_ids[i]),
            name_ar: Set(ar.to_string()),
            name_fr: Set(fr.to_string()),
            name_en: Set(en.to_string()),
            position: Set(i as i32 + 1),
            created_at: Set(now),
        }
        .insert(db)
        .await
        .map_err(err)?;
    }
    let census: Vec<census_entries::ActiveModel> = DEMO_CENSUS
        .clone()
        .map(|n| {
            Ok(census_entries::ActiveModel {
                identity_hash: Set(hash_of(&n.to_string())?),
                birth_year: Set(1960 + (n - 10_000_000) as i32),
                import_id: Set(fixed(0xcc)),
            })
        })
        .collect::<Result<_, AppError>>()?;
    census_entries::Entity::insert_many(census)
        .on_conflict_do_nothing()
        .exec(db)
        .await
        .map_err(err)?;

    Ok(district_ids)
}

/// Authors: the demo resident (verified in person by the referent) and two more. Returns their
/// ids and the referent's.
async fn seed_authors(
    db: &DatabaseConnection,
    key: &[u8],
) -> Result<(Vec<Uuid>, Option<Uuid>), AppError> {
    let err = |e: sea_orm::DbErr| {
        tracing::error!(error = %e, "demo seed");
        AppError::Internal
    };
    let hash_of = |id: &str| hash_id(key, id);
    let now = Utc::now();
    let mut authors = Vec::new();
    for (email, name) in DEMO_AUTHORS {
        if !name.is_empty() {
            app::accounts::service::ensure_account(
                db,
                name,
                email,
                DEMO_PASSWORD,
                Role::Resident,
                Locale::Fr,
            )
            .await?;
        }
        let user = users::Entity::find()
            .filter(users::Column::Email.eq(email))
            .one(db)
            .await
            .map_err(err)?
            .ok_or(AppError::Internal)?;
        authors.push(user.id);
    }
    let referent = users::Entity::find()
        .filter(users::Column::Email.eq("referent@example.org"))
        .one(db)
        .await
        .map_err(err)?
        .map(|u| u.id);
    let resident_identity = hash_of(DEMO_RESIDENT_ID)?;
    verifications::Entity::insert(verifications::ActiveModel {
        user_id: Set(authors[0]),
        identity_hash: Set(resident_identity),
        method: Set("in-person".into()),
        verified_by: Set(referent),
        outside_census: Set(false),
        created_at: Set(now),
    })
    .on_conflict_do_nothing()
    .exec(db)
    .await
    .map_err(err)?;

    Ok((authors, referent))
}

/// The demo consultations, in every state, with their phases and districts.
async fn seed_consultations(
    db: &DatabaseConnection,
    planner: Uuid,
    district_ids: &[Uuid],
) -> Result<(), AppError> {
    let err = |e: sea_orm::DbErr| {
        tracing::error!(error = %e, "demo seed");
        AppError::Internal
    };
    let now = Utc::now();
    let today = app::server::clock::today();
    let day = |offset: i64| -> NaiveDate { today + Days::days(offset) };
    for c in &CONSULTATIONS {
        let id = fixed(c.n);
        consultations::ActiveModel {
            id: Set(id),
            title: Set(c.title.into()),
            description: Set(c.description.into()),
            description_html: Set(markdown::render(c.description)),
            status: Set(if c.published {
                ConsultationStatus::Published
            } else {
                ConsultationStatus::Draft
            }
            .code()
            .into()),
            support_limit: Set(c.limit),
            support_threshold: Set(c.threshold),
            answer_days: Set(30),
            starts_on: Set(c.phases.first().map(|p| day(p.1))),
            ends_on: Set(c.phases.last().map(|p| day(p.2))),
            created_by: Set(planner),
            created_at: Set(now - Days::days(60)),
            updated_at: Set(now),
            published_at: Set(c.published.then_some(now - Days::days(50))),
            proposals_count: Set(0),
            resident_debates: Set(c.n == 0xe1),
            outcome_days: Set(60),
            concluded_at: Set(None),
            archived_at: Set(None),
        }
        .insert(db)
        .await
        .map_err(err)?;
        for (kind, start, end) in c.phases {
            consultation_phases::ActiveModel {
                id: Set(Uuid::new_v4()),
                consultation_id: Set(id),
                kind: Set(kind.to_string()),
                starts_on: Set(day(*start)),
                ends_on: Set(day(*end)),
            }
            .insert(db)
            .await
            .map_err(err)?;
        }
        for d in c.districts {
            consultation_districts::ActiveModel {
                consultation_id: Set(id),
                district_id: Set(district_ids[*d]),
            }
            .insert(db)
            .await
            .map_err(err)?;
        }
    }

    Ok(())
}

/// The demo proposals, with their answers, history and supports (recorded at the counter).
async fn seed_proposals(
    db: &DatabaseConnection,
    key: &[u8],
    authors: &[Uuid],
    district_ids: &[Uuid],
    official: Option<Uuid>,
    referent: Option<Uuid>,
) -> Result<(), AppError> {
    let err = |e: sea_orm::DbErr| {
        tracing::error!(error = %e, "demo seed");
        AppError::Internal
    };
    let hash_of = |id: &str| hash_id(key, id);
    let now = Utc::now();
    for p in PROPOSALS {
        let id = fixed(0x1000 + p.n);
        let created: DateTime<Utc> = now - Days::days(25 + p.n as i64);
        let answered_at = p
            .answer
            .map(|_| now - Days::days(p.reached_days_ago.unwrap_or(10).min(7) - 1));
        proposals::ActiveModel {
            supports_count: Set(p.supporters.len() as i32),
            threshold_reached_at: Set(p.reached_days_ago.map(|d| now - Days::days(d))),
            answer_state: Set(p.answer.map(|a| a.0.into())),
            answer_text: Set(p.answer.map(|a| a.1.into())),
            answer_html: Set(p.answer.map(|a| markdown::render(a.1))),
            answer_published_at: Set(answered_at),
            answered_by: Set(p.answer.and(official)),
            ..proposals::new_row(
                proposals::NewRow {
                    id: ProposalId(id),
                    consultation: ConsultationId(fixed(p.consultation)),
                    author: UserId(authors[p.author]),
                    title: p.title.into(),
                    body: p.body.into(),
                    district: p.district.map(|d| DistrictId(district_ids[d])),
                    address: None,
                    category: Category::from_code(p.category),
                },
                created,
            )
        }
        .insert(db)
        .await
        .map_err(err)?;
        app::server::entities::audit_log::ActiveModel {
            id: Set(Uuid::new_v4()),
            actor_id: Set(Some(authors[p.author])),
            action: Set("proposal.created".into()),
            target_type: Set("proposal".into()),
            target_id: Set(id.to_string()),
            detail: Set(String::new()),
            created_at: Set(created),
        }
        .insert(db)
        .await
        .map_err(err)?;
        if let (Some((state, _)), Some(at)) = (p.answer, answered_at) {
            app::server::entities::audit_log::ActiveModel {
                id: Set(Uuid::new_v4()),
                actor_id: Set(official),
                action: Set("proposal.answered".into()),
                target_type: Set("proposal".into()),
                target_id: Set(id.to_string()),
                detail: Set(state.into()),
                created_at: Set(at),
            }
            .insert(db)
            .await
            .map_err(err)?;
        }
        for s in p.supporters {
            supports::ActiveModel {
                id: Set(Uuid::new_v4()),
                proposal_id: Set(id),
                consultation_id: Set(fixed(p.consultation)),
                identity_hash: Set(hash_of(&(10_000_000 + s).to_string())?),
                user_id: Set(None),
                assisted_by: Set(referent),
                created_at: Set(created + Days::days(1)),
            }
            .insert(db)
            .await
            .map_err(err)?;
        }
    }
    Ok(())
}

/// The demo debate and its comments (counters as the service keeps them).
async fn seed_debate(
    db: &DatabaseConnection,
    planner: Uuid,
    authors: &[Uuid],
) -> Result<(), sea_orm::DbErr> {
    use app::server::entities::comments;
    let now = Utc::now();
    let debate = fixed(0x3000);
    let mut row = app::debates::service::new_row(
        app::domain::DebateId(debate),
        ConsultationId(fixed(0xe1)),
        UserId(planner),
        DEBATE_TITLE.into(),
        DEBATE_BODY.into(),
        now - Days::days(9),
    );
    let count = |a: &str| DEBATE_COMMENTS.iter().filter(|c| c.2 == Some(a)).count() as i32;
    row.comments_count = Set(DEBATE_COMMENTS.len() as i32);
    row.for_count = Set(count("for"));
    row.against_count = Set(count("against"));
    row.neutral_count = Set(count("neutral"));
    row.insert(db).await?;
    let ids: Vec<Uuid> = (0..DEBATE_COMMENTS.len())
        .map(|i| fixed(0x3100 + i as u128))
        .collect();
    for (i, (author, parent, alignment, text)) in DEBATE_COMMENTS.iter().enumerate() {
        let (depth, root) = match parent {
            None => (1, None),
            Some(p) => {
                let mut root = *p;
                let mut depth = 2;
                while let Some(up) = DEBATE_COMMENTS[root].1 {
                    root = up;
                    depth += 1;
                }
                (depth, Some(ids[root]))
            }
        };
        let replies = DEBATE_COMMENTS
            .iter()
            .enumerate()
            .filter(|(j, _)| {
                let mut at = *j;
                while let Some(up) = DEBATE_COMMENTS[at].1 {
                    at = up;
                    if at == i {
                        return true;
                    }
                }
                false
            })
            .count() as i32;
        comments::ActiveModel {
            id: Set(ids[i]),
            target_type: Set("debate".into()),
            target_id: Set(debate),
            parent_id: Set(parent.map(|p| ids[p])),
            root_id: Set(root),
            depth: Set(depth),
            author_id: Set(authors[*author]),
            alignment: Set(alignment.map(str::to_string)),
            body: Set(text.to_string()),
            body_html: Set(markdown::render(text)),
            votes_up: Set(0),
            votes_down: Set(0),
            score: Set(0),
            replies_count: Set(if depth == 1 { replies } else { 0 }),
            edited_at: Set(None),
            deleted_at: Set(None),
            hidden: Set(None),
            hidden_reason: Set(None),
            created_at: Set(now - Days::days(8) + Days::hours(i as i64)),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// The demo meetings: an upcoming one in the park consultation (with registrations, the
/// demo resident's among them), a full workshop for residents without internet (with a
/// waitlist), a past one whose minutes are overdue, and a council session with its minutes.
async fn seed_meetings(
    db: &DatabaseConnection,
    planner: Uuid,
    referent: Uuid,
    authors: &[Uuid],
    district_ids: &[Uuid],
) -> Result<(), AppError> {
    use app::domain::MeetingId;
    use app::server::entities::meetings;
    let err = |e: sea_orm::DbErr| {
        tracing::error!(error = %e, "demo meetings");
        AppError::Internal
    };
    let zone = app::server::clock::zone();
    let today = app::server::clock::today();
    // 18:00 municipal time, `days` from today.
    let evening = |days: i64| -> DateTime<Utc> {
        let date = today + Days::days(days);
        date.and_hms_opt(18, 0, 0)
            .and_then(|t| t.and_local_timezone(zone).earliest())
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_else(Utc::now)
    };
    for (n, organizer, consultation, title, body, days, capacity) in DEMO_MEETINGS {
        let id = MeetingId(fixed(n));
        app::meetings::service::seed_row(app::meetings::service::SeedMeeting {
            id,
            organizer: UserId(if organizer == "referent" {
                referent
            } else {
                planner
            }),
            consultation: consultation.map(|c| ConsultationId(fixed(c))),
            district: None,
            title,
            body,
            starts_at: evening(days),
            capacity,
        })
        .insert(db)
        .await
        .map_err(err)?;
    }
    let edit = |n: u128| async move {
        meetings::Entity::find_by_id(fixed(n))
            .one(db)
            .await
            .map_err(err)?
            .map(meetings::ActiveModel::from)
            .ok_or(AppError::Internal)
    };
    // The park meeting: an agenda, accessibility notes, reserved seats, a district.
    let mut park = edit(0x4000).await?;
    park.agenda = Set(r#"[{"title":"تقديم مشروع التهيئة","minutes":20},{"title":"أسئلة ومقترحات السكان","minutes":60},{"title":"الخطوات القادمة","minutes":10}]"#.into());
    park.accessibility = Set(Some(
        "ترجمة بلغة الإشارة · Interprétation en langue des signes".into(),
    ));
    park.reserved_seats = Set(5);
    park.district_id = Set(Some(district_ids[0]));
    park.address = Set(Some("قاعة الأفراح البلدية، نهج الجمهورية".into()));
    park.update(db).await.map_err(err)?;
    // The workshop is full: two seats, both held, one person waiting. It is open to everyone
    // with an account (the park meeting, to verified residents only).
    let mut workshop = edit(0x4001).await?;
    workshop.open_to_all = Set(true);
    workshop.address = Set(Some("Maison des jeunes, Cité Ennour".into()));
    workshop.district_id = Set(Some(district_ids[1]));
    workshop.update(db).await.map_err(err)?;
    // Minutes of the council session.
    let mut council = edit(0x4003).await?;
    council.minutes_summary = Set(Some(COUNCIL_MINUTES.into()));
    council.minutes_summary_html = Set(Some(markdown::render(COUNCIL_MINUTES)));
    council.attendance = Set(Some(64));
    council.attendance_reason = Set(Some("Comptage à l’entrée de la salle".into()));
    council.minutes_at = Set(Some(evening(-18)));
    council.update(db).await.map_err(err)?;
    seed_seats(db, authors).await?;
    for (n, registered, waiting) in [(0x4000u128, 3, 0), (0x4001, 2, 1)] {
        let mut m = edit(n).await?;
        m.registered_count = Set(registered);
        m.waiting_count = Set(waiting);
        m.next_position = Set(3);
        m.update(db).await.map_err(err)?;
    }
    Ok(())
}

/// Registrations: the demo resident (author 0) and two more in the park meeting; the workshop
/// full with one on the waitlist (each with a code for the door).
async fn seed_seats(db: &DatabaseConnection, authors: &[Uuid]) -> Result<(), AppError> {
    use app::domain::{Channel, Seat};
    use app::server::entities::meeting_registrations as regs;
    let err = |e: sea_orm::DbErr| {
        tracing::error!(error = %e, "demo registrations");
        AppError::Internal
    };
    let now = Utc::now();
    let seats: [(u128, usize, Seat, &str, i64); 6] = [
        (0x4000, 0, Seat::Confirmed, "ACDEFG", 1),
        (0x4000, 1, Seat::Confirmed, "HJKLMN", 2),
        (0x4000, 2, Seat::Confirmed, "PQRTUV", 3),
        (0x4001, 1, Seat::Confirmed, "WXY346", 1),
        (0x4001, 2, Seat::Confirmed, "79ACDE", 2),
        (0x4001, 0, Seat::Waiting, "FGHJKL", 3),
    ];
    for (meeting, author, status, code, position) in seats {
        regs::ActiveModel {
            id: Set(Uuid::new_v4()),
            meeting_id: Set(fixed(meeting)),
            user_id: Set(authors.get(author).copied()),
            name: Set(None),
            phone: Set(None),
            code: Set(code.into()),
            status: Set(status.code().into()),
            position: Set(position),
            channel: Set(Channel::Online.code().into()),
            registered_by: Set(None),
            checked_in_at: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
        }
        .insert(db)
        .await
        .map_err(err)?;
    }
    Ok(())
}

/// (id, organiser, consultation, title, description, days from today, seats)
type DemoMeeting = (
    u128,
    &'static str,
    Option<u128>,
    &'static str,
    &'static str,
    i64,
    i32,
);

const DEMO_MEETINGS: [DemoMeeting; 4] = [
    (
        0x4000,
        "planner",
        Some(0xa1),
        "اجتماع عمومي: تهيئة الحديقة العمومية",
        "تقدّم المصالح البلدية مشروع تهيئة الحديقة العمومية بساحة الاستقلال وتستمع إلى مقترحات السكان.",
        6,
        40,
    ),
    (
        0x4001,
        "referent",
        None,
        "Atelier : participer sans internet",
        "Un atelier pour les habitantes et habitants qui n’utilisent pas internet : comment donner son avis, soutenir une proposition, suivre une consultation. Le référent vous inscrit et vous aide.",
        3,
        2,
    ),
    (
        0x4002,
        "planner",
        Some(0xc1),
        "Réunion de quartier : le marché hebdomadaire",
        "Bilan de la consultation sur le marché hebdomadaire avec les commerçants et les riverains.",
        -10,
        80,
    ),
    (
        0x4003,
        "planner",
        None,
        "جلسة المجلس البلدي العلنية",
        "جلسة علنية للمجلس البلدي: النظر في الميزانية التشاركية ومتابعة الاستشارات.",
        -20,
        120,
    ),
];

const COUNCIL_MINUTES: &str = "Le conseil a examiné le calendrier du budget participatif 2027 et le suivi des consultations en cours.\n\n- Le budget participatif est adopté à l’unanimité.\n- Les réponses aux propositions de la consultation sur le marché seront publiées avant la fin du mois.";

/// After a bulk load into SQLite: fresh planner statistics, and the write-ahead log copied
/// into the database file and emptied, so the server that starts next does not read through
/// a large log.
pub async fn sqlite_statistics(db: &DatabaseConnection) -> Result<(), sea_orm::DbErr> {
    db.execute_unprepared("ANALYZE").await?;
    db.execute_unprepared("PRAGMA wal_checkpoint(TRUNCATE)")
        .await?;
    Ok(())
}

/// Names a municipality of the large demo (the demo's own name is El Waha's).
pub async fn name_municipality(
    db: &DatabaseConnection,
    name_ar: &str,
    name_fr: &str,
) -> Result<(), sea_orm::DbErr> {
    municipality::Entity::update(municipality::ActiveModel {
        id: Set(1),
        name_ar: Set(name_ar.into()),
        name_fr: Set(name_fr.into()),
        name_en: Set(name_fr.into()),
        ..Default::default()
    })
    .exec(db)
    .await?;
    Ok(())
}
