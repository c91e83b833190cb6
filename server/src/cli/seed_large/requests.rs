//! Procedures and the requests residents follow: many procedures (every other one online),
//! and many requests over two years, a fifth of them for the first procedure (the benchmark's
//! procedure page). Most are closed with their history; the recent ones wait in the queue, are
//! in progress, incomplete (the clock paused) or ready; a few were taken out of order.
use super::documents::TOPICS;
use super::*;
use app::domain::{
    due_at, month_of, processing_days, tracking_code, ProcedureCategory, RequestStatus,
};
use app::server::entities::{
    procedure_fields, procedures, service_request_events, service_request_takes,
    service_request_values, service_requests,
};

/// The n-th large procedure (n from 1): the first is the benchmark's procedure page.
pub fn procedure_id(n: u64) -> Uuid {
    Uuid::from_u128(0x6d61_6a6c_6973_4c41_0004_0000_0000_0000 | u128::from(n))
}

/// The n-th large procedure's code.
pub fn procedure_code(n: u64) -> String {
    format!("large-procedure-{n}")
}

/// The tracking code of the first large request (the benchmark's tracking page).
pub const FIRST_TRACKING_CODE: &str = "BENC-HMAR-KTRA-CKNG-2222";

/// The n-th large request (n from 1).
pub fn request_id(n: u64) -> Uuid {
    Uuid::from_u128(0x6d61_6a6c_6973_4c41_0005_0000_0000_0000 | u128::from(n))
}

pub(super) async fn procedures(load: &mut Load<'_>) -> Result<(), String> {
    load.bar.set_message("procedures");
    let mut rows = Vec::new();
    let mut fields = Vec::new();
    for n in 1..=load.sizes.procedures {
        let category = ProcedureCategory::ALL[(n as usize) % ProcedureCategory::ALL.len()];
        let topic = TOPICS[(n as usize) % TOPICS.len()];
        let title_fr = format!("Démarche n° {n} : {}", topic.0);
        let title_ar = format!("إجراء عدد {n}: {}", topic.1);
        let purpose_fr = format!(
            "Obtenir de la commune une décision au sujet de {}.",
            topic.0.to_lowercase()
        );
        let purpose_ar = format!("الحصول من البلدية على قرار بخصوص {}.", topic.1);
        rows.push(procedures::ActiveModel {
            id: Set(procedure_id(n)),
            code: Set(procedure_code(n)),
            category: Set(category.code().into()),
            search_text: Set(app::server::search::normalize(&format!(
                "{title_ar} {title_fr} {purpose_ar} {purpose_fr}"
            ))),
            title_ar: Set(title_ar),
            title_fr: Set(title_fr),
            purpose_ar: Set(purpose_ar),
            purpose_fr: Set(purpose_fr),
            who_ar: Set("كل متساكن.".into()),
            who_fr: Set("Tout habitant.".into()),
            conditions_ar: Set(String::new()),
            conditions_fr: Set(String::new()),
            documents_ar: Set("بطاقة التعريف الوطنية\nمثال موقعي".into()),
            documents_fr: Set("Carte d’identité nationale\nPlan de situation".into()),
            fees_ar: Set("مجانًا".into()),
            fees_fr: Set("Gratuit".into()),
            delay_note_ar: Set(String::new()),
            delay_note_fr: Set(String::new()),
            legal_basis_ar: Set(String::new()),
            legal_basis_fr: Set(String::new()),
            steps_ar: Set("إيداع المطلب\nالدراسة\nالقرار".into()),
            steps_fr: Set("Dépôt de la demande\nExamen\nDécision".into()),
            office_ar: Set("قصر البلدية".into()),
            office_fr: Set("Hôtel de ville".into()),
            address_ar: Set("شارع الجمهورية".into()),
            address_fr: Set("Avenue de la République".into()),
            legal_delay_days: Set(Some(10 + (n % 6) as i32 * 10)),
            opening_hours: Set("Mo-Fr 08:00-12:30,14:00-17:00; Sa 08:00-12:00".into()),
            online: Set(n % 2 == 1),
            updated_by: Set(load.official),
            updated_at: Set(load.now),
        });
        for (i, (kind, ar, fr, choices)) in [
            ("text", "العنوان", "Adresse", ""),
            (
                "choice",
                "الصفة",
                "Qualité",
                "مالك / Propriétaire\nمتسوّغ / Locataire",
            ),
            ("date", "تاريخ الطلب", "Date souhaitée", ""),
        ]
        .into_iter()
        .enumerate()
        {
            fields.push(procedure_fields::ActiveModel {
                id: Set(Uuid::from_u128(
                    procedure_id(n).as_u128() ^ (0xf1 << 40) ^ ((i as u128 + 1) << 32),
                )),
                procedure_id: Set(procedure_id(n)),
                position: Set(i as i32 + 1),
                kind: Set(kind.into()),
                label_ar: Set(ar.into()),
                label_fr: Set(fr.into()),
                choices: Set(choices.into()),
                required: Set(i == 0),
                created_at: Set(load.now),
            });
        }
    }
    let txn = begin(load.db, load.sqlite).await?;
    insert_all(&txn, rows, columns::<procedures::Entity>(), Some(&load.bar)).await?;
    insert_all(&txn, fields, columns::<procedure_fields::Entity>(), None).await?;
    txn.commit().await.map_err(dberr)
}

/// The rows of one request.
#[derive(Default)]
struct Drawn {
    requests: Vec<service_requests::ActiveModel>,
    values: Vec<service_request_values::ActiveModel>,
    events: Vec<service_request_events::ActiveModel>,
    takes: Vec<service_request_takes::ActiveModel>,
}

impl Drawn {
    fn len(&self) -> usize {
        self.requests.len()
    }
}

fn event(
    request: Uuid,
    k: u128,
    status: RequestStatus,
    note: &str,
    at: DateTime<Utc>,
) -> service_request_events::ActiveModel {
    service_request_events::ActiveModel {
        id: Set(Uuid::from_u128(
            request.as_u128() ^ (0xe0 << 40) ^ ((k + 1) << 32),
        )),
        request_id: Set(request),
        status: Set(status.code().into()),
        note: Set(note.into()),
        actor_id: Set(None),
        at: Set(at),
    }
}

/// Where a drawn request stands today, and when it got there.
struct Life {
    status: RequestStatus,
    taken_at: Option<DateTime<Utc>>,
    completed_at: Option<DateTime<Utc>>,
    closed_at: Option<DateTime<Utc>>,
    paused_since: Option<DateTime<Utc>>,
    paused_seconds: i64,
}

/// The history of request `id` of procedure `p`, sent `days_ago`: how long it took and whether
/// it paused are drawn; its events and its take are written to `out`.
fn live(
    load: &mut Load<'_>,
    id: Uuid,
    p: u64,
    (submitted, days_ago, delay): (DateTime<Utc>, i64, i64),
    out: &mut Drawn,
) -> Life {
    use RequestStatus::*;
    let took = 1 + load.rng.below(delay as u64 + 15) as i64;
    let paused = if load.rng.below(5) == 0 {
        1 + load.rng.below(10) as i64
    } else {
        0
    };
    let finished = days_ago > took + paused;
    let mut life = Life {
        status: Received,
        taken_at: None,
        completed_at: None,
        closed_at: None,
        paused_since: None,
        paused_seconds: 0,
    };
    out.events.push(event(id, 0, Received, "", submitted));
    if !(finished || days_ago > 2) {
        return life;
    }
    let at = submitted + Duration::hours(20);
    life.taken_at = Some(at);
    life.status = InProgress;
    out.events.push(event(id, 1, InProgress, "", at));
    let out_of_order = load.rng.below(50) == 0;
    out.takes.push(service_request_takes::ActiveModel {
        id: Set(Uuid::from_u128(id.as_u128() ^ (0xa0 << 40))),
        request_id: Set(id),
        procedure_id: Set(procedure_id(p)),
        clerk_id: Set(load.official),
        at: Set(at),
        month: Set(month_of(at)),
        out_of_order: Set(out_of_order),
        reason: Set(if out_of_order {
            "Urgence signalée au guichet".into()
        } else {
            String::new()
        }),
    });
    if paused > 0 {
        let at = submitted + Duration::days(1);
        out.events.push(event(
            id,
            2,
            Incomplete,
            "Pièce manquante : plan de situation.",
            at,
        ));
        if days_ago > 1 + paused {
            out.events.push(event(
                id,
                3,
                InProgress,
                "Plan joint.",
                at + Duration::days(paused),
            ));
            life.paused_seconds = paused * 86_400;
        } else {
            life.status = Incomplete;
            life.paused_since = Some(at);
        }
    }
    if finished {
        let at = submitted + Duration::days(took + paused);
        let refused = load.rng.below(10) == 0;
        life.status = if refused { Refused } else { Ready };
        life.completed_at = Some(at);
        let note = if refused {
            "Dossier non conforme au plan d’aménagement."
        } else {
            ""
        };
        out.events.push(event(id, 4, life.status, note, at));
        if days_ago > took + paused + 5 {
            let closed = at + Duration::days(5);
            life.closed_at = Some(closed);
            life.status = Closed;
            out.events.push(event(id, 5, Closed, "", closed));
        }
    }
    life
}

/// Draws request `n`: its procedure, its age, how far it went.
fn draw(load: &mut Load<'_>, people: &[Uuid], n: u64, out: &mut Drawn) -> Result<(), String> {
    let procs = load.sizes.procedures.max(1);
    let p = if n % 5 == 1 {
        1
    } else {
        1 + load.rng.below(procs)
    };
    let delay = i64::from(10 + (p % 6) as i32 * 10);
    let days_ago = load.rng.below(730) as i64;
    let submitted = load.at(-days_ago, 8 + (n % 8) as u32)? + Duration::minutes((n % 60) as i64);
    let id = request_id(n);
    let code = if n == 1 {
        FIRST_TRACKING_CODE.to_string()
    } else {
        let mut bytes = [0u8; 13];
        bytes[..8].copy_from_slice(&load.rng.next().to_be_bytes());
        bytes[8..].copy_from_slice(&load.rng.next().to_be_bytes()[..5]);
        tracking_code(&bytes)
    };
    let life = live(load, id, p, (submitted, days_ago, delay), out);
    let due = due_at(submitted, Some(delay as i32), life.paused_seconds);
    let satisfied = life.closed_at.and_then(|_| match load.rng.below(4) {
        0 => None,
        1 => Some(false),
        _ => Some(true),
    });
    let done = life.completed_at;
    out.requests.push(service_requests::ActiveModel {
        id: Set(id),
        procedure_id: Set(procedure_id(p)),
        tracking_code: Set(code),
        requester_id: Set(Some(people[(n as usize * 7919) % people.len()])),
        assisted_by: Set(None),
        applicant_name: Set(String::new()),
        applicant_phone: Set(String::new()),
        status: Set(life.status.code().into()),
        submitted_at: Set(submitted),
        submitted_month: Set(month_of(submitted)),
        due_at: Set(due),
        paused_since: Set(life.paused_since),
        paused_seconds: Set(life.paused_seconds),
        taken_by: Set(life.taken_at.map(|_| load.official)),
        taken_at: Set(life.taken_at),
        completed_at: Set(done),
        completed_month: Set(done.map(month_of)),
        processing_days: Set(done.map(|c| processing_days(submitted, c, life.paused_seconds))),
        late: Set(done.map(|c| due.is_some_and(|d| c > d))),
        closed_at: Set(life.closed_at),
        satisfied: Set(satisfied),
        updated_at: Set(life
            .closed_at
            .or(done)
            .or(life.taken_at)
            .unwrap_or(submitted)),
    });
    out.values.push(service_request_values::ActiveModel {
        id: Set(Uuid::from_u128(id.as_u128() ^ (0xb0 << 40))),
        request_id: Set(id),
        position: Set(1),
        label_ar: Set("العنوان".into()),
        label_fr: Set("Adresse".into()),
        value: Set(format!("{} rue de la République", 1 + n % 300)),
    });
    Ok(())
}

async fn write(load: &Load<'_>, drawn: Drawn) -> Result<(), String> {
    let txn = begin(load.db, load.sqlite).await?;
    insert_all(
        &txn,
        drawn.requests,
        columns::<service_requests::Entity>(),
        Some(&load.bar),
    )
    .await?;
    insert_all(
        &txn,
        drawn.values,
        columns::<service_request_values::Entity>(),
        None,
    )
    .await?;
    insert_all(
        &txn,
        drawn.events,
        columns::<service_request_events::Entity>(),
        None,
    )
    .await?;
    insert_all(
        &txn,
        drawn.takes,
        columns::<service_request_takes::Entity>(),
        None,
    )
    .await?;
    txn.commit().await.map_err(dberr)
}

pub(super) async fn requests(load: &mut Load<'_>, people: &[Uuid]) -> Result<(), String> {
    load.bar.set_message("requests");
    if load.sizes.requests == 0 || load.sizes.procedures == 0 || people.is_empty() {
        return Ok(());
    }
    let mut drawn = Drawn::default();
    for n in 1..=load.sizes.requests {
        draw(load, people, n, &mut drawn)?;
        if drawn.len() >= PER_TXN / 4 {
            write(load, std::mem::take(&mut drawn)).await?;
        }
    }
    write(load, drawn).await
}
