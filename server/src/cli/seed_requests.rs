//! Demo requests and a declaration of interests: the fields of the online procedures, a month of closed building-permit
//! requests (so that the procedure's page shows its figures), and requests to work with: the
//! demo resident's (one waiting, one incomplete), and one registered at the counter.
use app::authz::Actor;
use app::domain::{due_at, month_of, processing_days, RequestStatus, Role, UserId};
use app::error::AppError;
use app::requests::service::{self as requests, FieldInput, SubmitInput};
use app::server::entities::{
    procedures, service_request_events, service_request_takes, service_requests,
};
use app::server::{AppConfig, Caller, Cx};
use chrono::{Datelike, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    Set,
};
use uuid::Uuid;

/// The demo accounts that act: the official (fields), the referent (counter, queue), the
/// resident (online requests).
pub struct Demo {
    pub official: Option<Uuid>,
    pub referent: Option<Uuid>,
    pub resident: Option<Uuid>,
}

fn act(id: Uuid, role: Role) -> Caller {
    Caller::of(Actor::User {
        id: UserId(id),
        role,
    })
}

/// Writes the demo requests (once: nothing when requests exist).
pub async fn seed_requests(
    db: &DatabaseConnection,
    config: AppConfig,
    demo: Demo,
) -> Result<(), AppError> {
    let (Some(official), Some(referent), Some(resident)) =
        (demo.official, demo.referent, demo.resident)
    else {
        return Ok(());
    };
    if service_requests::Entity::find().count(db).await? > 0 {
        return Ok(());
    }
    let Some(permit) = procedures::Entity::find()
        .filter(procedures::Column::Code.eq("building-permit"))
        .one(db)
        .await?
    else {
        return Ok(());
    };
    let cx = Cx::new(db.clone(), config);
    let (permit_fields, birth_fields) = fields(&cx, &act(official, Role::Official)).await?;
    history(db, &permit, referent).await?;
    // The resident's: a birth certificate waiting, a permit found incomplete.
    let me = act(resident, Role::Resident);
    let answers = |pairs: &[(&String, &str)]| SubmitInput {
        answers: pairs
            .iter()
            .map(|(k, v)| ((*k).clone(), v.to_string()))
            .collect(),
        ..SubmitInput::default()
    };
    requests::submit(
        &cx,
        &me,
        "birth-certificate",
        answers(&[
            (&birth_fields[0], "أمينة بن صالح"),
            (&birth_fields[1], "1990-04-12"),
            (&birth_fields[2], "2"),
        ]),
        None,
    )
    .await?;
    let permit_request = requests::submit(
        &cx,
        &me,
        "building-permit",
        answers(&[
            (&permit_fields[0], "12 نهج الياسمين، الواحة"),
            (&permit_fields[1], "توسعة / Extension"),
            (&permit_fields[2], "45"),
        ]),
        None,
    )
    .await?;
    let clerk = act(referent, Role::Referent);
    requests::take(&cx, &clerk, permit_request, "").await?;
    requests::change_status(&cx, &clerk, permit_request, "in-progress", "incomplete", "ينقص المثال الموقعي ممضى من مهندس معماري. / Il manque le plan de situation signé par un architecte.").await?;
    // Registered at the counter for someone without internet.
    let mut counter = answers(&[
        (&permit_fields[0], "3 rue de Carthage, El Waha"),
        (&permit_fields[1], "بناء جديد / Construction neuve"),
    ]);
    counter.applicant_name = "Hédi Trabelsi".into();
    counter.applicant_phone = "+216 71 000 111".into();
    requests::submit(&cx, &clerk, "building-permit", counter, None).await?;
    // The demo's history is not news: its emails count as sent, and no server of the demo
    // tries to deliver them (the demo has no SMTP server).
    use app::server::entities::outbox;
    use sea_orm::sea_query::Expr;
    outbox::Entity::update_many()
        .col_expr(
            outbox::Column::Status,
            Expr::value(app::server::outbox::SENT),
        )
        .col_expr(outbox::Column::SentAt, Expr::value(Some(Utc::now())))
        .filter(outbox::Column::Kind.eq("request.updated"))
        .filter(outbox::Column::Status.eq(app::server::outbox::PENDING))
        .exec(db)
        .await?;
    Ok(())
}

/// The fields of the two online procedures' requests: their form names (`f_<id>`).
async fn fields(cx: &Cx, official: &Caller) -> Result<(Vec<String>, Vec<String>), AppError> {
    let mut permit_fields = Vec::new();
    for (kind, ar, fr, choices, required) in [
        ("text", "عنوان العقار", "Adresse du terrain", "", true),
        (
            "choice",
            "نوع الأشغال",
            "Nature des travaux",
            "بناء جديد / Construction neuve\nتوسعة / Extension\nتعلية / Surélévation",
            true,
        ),
        (
            "number",
            "المساحة المغطاة (م²)",
            "Surface couverte (m²)",
            "",
            false,
        ),
        ("file", "المثال الموقعي", "Plan de situation", "", false),
    ] {
        let input = FieldInput {
            kind,
            label_ar: ar,
            label_fr: fr,
            choices,
            required,
        };
        let id = requests::add_field(cx, official, "building-permit", input).await?;
        permit_fields.push(format!("f_{id}"));
    }
    let mut birth_fields = Vec::new();
    for (kind, ar, fr, required) in [
        (
            "text",
            "الاسم واللقب كما في الرسم",
            "Nom et prénom sur l’acte",
            true,
        ),
        ("date", "تاريخ الولادة", "Date de naissance", true),
        ("number", "عدد النسخ", "Nombre de copies", false),
    ] {
        let input = FieldInput {
            kind,
            label_ar: ar,
            label_fr: fr,
            choices: "",
            required,
        };
        let id = requests::add_field(cx, official, "birth-certificate", input).await?;
        birth_fields.push(format!("f_{id}"));
    }
    Ok((permit_fields, birth_fields))
}

/// Twelve building-permit requests of last month, closed (one refused, one late, one taken
/// out of order), with their histories and satisfaction answers.
async fn history(
    db: &DatabaseConnection,
    permit: &procedures::Model,
    clerk: Uuid,
) -> Result<(), AppError> {
    let this_month = Utc::now().date_naive().with_day(1).unwrap_or_default();
    let last_month = (this_month - Duration::days(1))
        .with_day(1)
        .unwrap_or_default();
    let delay = permit.legal_delay_days;
    for n in 0..12_i64 {
        let submitted = last_month
            .and_hms_opt(9, 0, 0)
            .unwrap_or_default()
            .and_utc()
            - Duration::days(40)
            + Duration::hours(n * 5);
        let took = [12, 20, 25, 31, 33, 38, 40, 44, 47, 52, 58, 75][n as usize];
        let done = submitted + Duration::days(took);
        let closed = done + Duration::days(3);
        let refused = n == 4;
        let id = Uuid::new_v4();
        let due = due_at(submitted, delay, 0);
        service_requests::ActiveModel {
            id: Set(id),
            procedure_id: Set(permit.id),
            tracking_code: Set(app::domain::tracking_code(
                &id.into_bytes()[..13].try_into().unwrap_or([7; 13]),
            )),
            requester_id: Set(None),
            assisted_by: Set(Some(clerk)),
            applicant_name: Set(String::new()),
            applicant_phone: Set(String::new()),
            status: Set(RequestStatus::Closed.code().into()),
            submitted_at: Set(submitted),
            submitted_month: Set(month_of(submitted)),
            due_at: Set(due),
            paused_since: Set(None),
            paused_seconds: Set(0),
            taken_by: Set(Some(clerk)),
            taken_at: Set(Some(submitted + Duration::days(1))),
            completed_at: Set(Some(done)),
            completed_month: Set(Some(month_of(done))),
            processing_days: Set(Some(processing_days(submitted, done, 0))),
            late: Set(Some(due.is_some_and(|d| done > d))),
            closed_at: Set(Some(closed)),
            satisfied: Set(match n % 4 {
                0 => None,
                1 => Some(false),
                _ => Some(true),
            }),
            updated_at: Set(closed),
        }
        .insert(db)
        .await?;
        let outcome = if refused {
            (
                RequestStatus::Refused,
                "المشروع غير مطابق لمثال التهيئة. / Projet non conforme au plan d’aménagement.",
            )
        } else {
            (RequestStatus::Ready, "")
        };
        let steps = [
            (RequestStatus::Received, "", submitted),
            (RequestStatus::InProgress, "", submitted + Duration::days(1)),
            (outcome.0, outcome.1, done),
            (RequestStatus::Closed, "", closed),
        ];
        events(db, id, clerk, &steps).await?;
        let taken = submitted + Duration::days(1);
        service_request_takes::ActiveModel {
            id: Set(Uuid::new_v4()),
            request_id: Set(id),
            procedure_id: Set(permit.id),
            clerk_id: Set(clerk),
            at: Set(taken),
            month: Set(month_of(taken)),
            out_of_order: Set(n == 7),
            reason: Set(if n == 7 {
                "Chantier à l’arrêt : urgence signalée par la protection civile.".into()
            } else {
                String::new()
            }),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

async fn events(
    db: &DatabaseConnection,
    request: Uuid,
    clerk: Uuid,
    steps: &[(RequestStatus, &str, chrono::DateTime<Utc>)],
) -> Result<(), AppError> {
    for (status, note, at) in steps {
        service_request_events::ActiveModel {
            id: Set(Uuid::new_v4()),
            request_id: Set(request),
            status: Set(status.code().into()),
            note: Set((*note).into()),
            actor_id: Set(Some(clerk)),
            at: Set(*at),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// The demo official's declaration of interests, in two versions (once).
pub async fn seed_interests(
    db: &DatabaseConnection,
    config: AppConfig,
    official: Option<Uuid>,
) -> Result<(), AppError> {
    use app::server::entities::interest_declarations;
    let Some(official) = official else {
        return Ok(());
    };
    if interest_declarations::Entity::find()
        .filter(interest_declarations::Column::UserId.eq(official))
        .count(db)
        .await?
        > 0
    {
        return Ok(());
    }
    let cx = Cx::new(db.clone(), config);
    let me = act(official, Role::Official);
    let first: Vec<(&str, &str)> = vec![
        ("position_ar", "مساعدة رئيس البلدية مكلّفة بالأشغال"),
        ("position_fr", "Adjointe au maire chargée des travaux"),
        ("declared_on", "2026-02-01"),
        ("mandates-0-what", "رئيسة جمعية / Présidente d’association"),
        (
            "mandates-0-organisation",
            "Association des parents d’élèves d’El Waha",
        ),
        ("mandates-0-detail", "2019"),
        ("activities-0-what", "Architecte"),
        ("activities-0-organisation", "Cabinet privé, El Waha"),
        ("activities-0-detail", "2010–2025"),
        ("relatives-0-what", "Entrepreneur en bâtiment"),
        ("relatives-0-organisation", "Société privée"),
        ("relatives-0-detail", "Conjoint"),
    ];
    let mut second = first.clone();
    second.retain(|(k, _)| !k.starts_with("activities-"));
    second.retain(|(k, _)| *k != "declared_on");
    second.extend([
        ("declared_on", "2026-09-15"),
        ("holdings-0-what", "Terrain agricole"),
        ("holdings-0-organisation", "—"),
        ("holdings-0-detail", "Indivision, un tiers"),
        ("gifts-0-what", "Invitation au salon du bâtiment"),
        ("gifts-0-organisation", "Fédération du BTP"),
        ("gifts-0-detail", "Salon annuel"),
        ("gifts-0-amount", "350"),
        ("gifts-0-on_date", "2026-05-20"),
    ]);
    for fields in [first, second] {
        let map = fields
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        app::interests::service::save(&cx, &me, &map).await?;
    }
    Ok(())
}
