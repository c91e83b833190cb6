//! Demo documents: a budget with two versions, accounts as CSV, a council decision and its
//! minutes, an activity report and a procedure guide, published through the same use-case as
//! the publish form (so the log of public acts records them).
use app::authz::Actor;
use app::documents::service::{self as documents, DocumentInput, Upload};
use app::domain::{DocumentId, Role, UserId};
use app::error::AppError;
use app::server::entities::documents as rows;
use app::server::{AppConfig, Caller, Cx};
use sea_orm::{DatabaseConnection, EntityTrait, PaginatorTrait};

/// A one-page PDF showing `lines` (ASCII, Helvetica), with a correct cross-reference table.
pub fn pdf(lines: &[&str]) -> Vec<u8> {
    let mut text = String::from("BT /F1 14 Tf 56 780 Td 18 TL\n");
    for line in lines {
        let escaped = line
            .replace('\\', "\\\\")
            .replace('(', "\\(")
            .replace(')', "\\)");
        text.push_str(&format!("({escaped}) Tj T*\n"));
    }
    text.push_str("ET\n");
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".to_string(),
        format!("<< /Length {} >>\nstream\n{text}endstream", text.len()),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_string(),
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{body}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

struct Demo {
    kind: &'static str,
    issued_on: &'static str,
    title_ar: &'static str,
    title_fr: &'static str,
    summary_ar: &'static str,
    summary_fr: &'static str,
    file_name: &'static str,
    district: Option<usize>,
}

const DEMO: [Demo; 6] = [
    Demo {
        kind: "budget",
        issued_on: "2026-01-05",
        title_ar: "الميزانية البلدية لسنة 2026",
        title_fr: "Budget municipal 2026",
        summary_ar: "ميزانية التصرف والتنمية كما صادق عليها المجلس البلدي، مع توزيع الاعتمادات حسب الأبواب.",
        summary_fr: "Budget de fonctionnement et d’investissement voté par le conseil municipal, avec la répartition des crédits par titre.",
        file_name: "budget-2026.pdf",
        district: None,
    },
    Demo {
        kind: "accounts",
        issued_on: "2026-03-31",
        title_ar: "الحساب المالي لسنة 2025",
        title_fr: "Compte financier 2025",
        summary_ar: "المداخيل والنفقات المنجزة في 2025، بندًا بندًا (ملف CSV).",
        summary_fr: "Recettes et dépenses réalisées en 2025, ligne par ligne (fichier CSV).",
        file_name: "compte-financier-2025.csv",
        district: None,
    },
    Demo {
        kind: "decision",
        issued_on: "2026-02-20",
        title_ar: "مداولة عدد 12 لسنة 2026: تهيئة ساحة السوق",
        title_fr: "Délibération n° 12/2026 : aménagement de la place du marché",
        summary_ar: "صادق المجلس البلدي على برنامج تهيئة ساحة السوق بعد الاستشارة العمومية.",
        summary_fr: "Le conseil municipal approuve le programme d’aménagement de la place du marché issu de la consultation.",
        file_name: "deliberation-12-2026.pdf",
        district: Some(0),
    },
    Demo {
        kind: "minutes",
        issued_on: "2026-02-20",
        title_ar: "محضر الجلسة العادية للمجلس البلدي بتاريخ 20 فيفري 2026",
        title_fr: "Procès-verbal de la séance ordinaire du 20 février 2026",
        summary_ar: "الحاضرون، جدول الأعمال، نتائج التصويت على كل نقطة.",
        summary_fr: "Présents, ordre du jour, résultat du vote sur chaque point.",
        file_name: "pv-2026-02-20.pdf",
        district: None,
    },
    Demo {
        kind: "report",
        issued_on: "2026-04-15",
        title_ar: "تقرير النشاط السنوي 2025",
        title_fr: "Rapport d’activité 2025",
        summary_ar: "ما أنجزته البلدية في 2025: المشاريع، الخدمات، المشاركة.",
        summary_fr: "Ce que la commune a réalisé en 2025 : projets, services, participation.",
        file_name: "rapport-activite-2025.pdf",
        district: None,
    },
    Demo {
        kind: "procedure",
        issued_on: "2026-01-15",
        title_ar: "دليل الحصول على مضمون ولادة",
        title_fr: "Guide : obtenir un extrait de naissance",
        summary_ar: "من يمكنه الطلب، الوثائق المطلوبة، المعاليم والآجال.",
        summary_fr: "Qui peut le demander, pièces à fournir, frais et délais.",
        file_name: "guide-extrait-naissance.pdf",
        district: None,
    },
];

const ACCOUNTS_CSV: &str = "chapitre;libelle;prevu_dt;realise_dt\n\
1;Taxe sur les immeubles bâtis;1200000;1087450\n\
2;Loyers des marchés;450000;471200\n\
3;Dotation de l'État;2300000;2300000\n\
4;Salaires;1900000;1874300\n\
5;Éclairage public;320000;298760\n\
6;Voirie;780000;702115\n";

/// Publishes the demo documents as the demo official (once: nothing when documents exist).
pub async fn seed_documents(
    db: &DatabaseConnection,
    config: AppConfig,
    official: Option<uuid::Uuid>,
    districts: &[uuid::Uuid],
) -> Result<(), AppError> {
    let Some(official) = official else {
        return Ok(());
    };
    if rows::Entity::find().count(db).await? > 0 {
        return Ok(());
    }
    let cx = Cx::new(db.clone(), config);
    let caller = Caller::of(Actor::User {
        id: UserId(official),
        role: Role::Official,
    });
    let mut budget = None;
    for d in DEMO {
        let bytes = if d.file_name.ends_with(".csv") {
            ACCOUNTS_CSV.as_bytes().to_vec()
        } else {
            pdf(&[d.title_fr, "", d.summary_fr, "", "Commune d'El Waha (demo)"])
        };
        let district = d
            .district
            .and_then(|i| districts.get(i))
            .map(ToString::to_string)
            .unwrap_or_default();
        let input = DocumentInput {
            kind: d.kind,
            district: &district,
            issued_on: d.issued_on,
            title_ar: d.title_ar,
            title_fr: d.title_fr,
            summary_ar: d.summary_ar,
            summary_fr: d.summary_fr,
        };
        let file = Upload {
            name: d.file_name.to_string(),
            bytes,
        };
        let id: DocumentId = documents::publish(&cx, &caller, input, file, None).await?;
        budget.get_or_insert(id);
    }
    if let Some(id) = budget {
        let corrected = pdf(&[
            "Budget municipal 2026 (version corrigee)",
            "",
            "Corrige apres la seance du 20 janvier 2026.",
            "Commune d'El Waha (demo)",
        ]);
        let file = Upload {
            name: "budget-2026-corrige.pdf".into(),
            bytes: corrected,
        };
        documents::add_version(
            &cx,
            &caller,
            id,
            file,
            "Corrigé après la séance du 20 janvier 2026 (chapitre 6).",
            None,
        )
        .await?;
    }
    Ok(())
}

/// Demo procedures: `(field, value)` pairs as the form sends them, and whether each can be
/// requested online.
fn demo_procedures() -> Vec<(Vec<(&'static str, &'static str)>, bool)> {
    let hours = "Mo-Fr 08:00-12:30,14:00-17:00; Sa 08:00-12:00";
    vec![
        (
            vec![
                ("code", "birth-certificate"),
                ("category", "civil-status"),
                ("legal_delay_days", "1"),
                ("opening_hours", hours),
                ("title_ar", "مضمون ولادة"),
                ("title_fr", "Extrait d’acte de naissance"),
                ("purpose_ar", "إثبات الولادة والنسب لدى الإدارات والمؤسسات."),
                ("purpose_fr", "Prouver sa naissance et sa filiation auprès des administrations."),
                ("who_ar", "المعني بالأمر أو أحد أصوله أو فروعه أو قرينه، أو وكيله."),
                ("who_fr", "La personne concernée, ses ascendants, descendants ou conjoint, ou son mandataire."),
                ("documents_ar", "بطاقة التعريف الوطنية للطالب\nمعطيات رسم الولادة (الاسم، تاريخ ومكان الولادة)"),
                ("documents_fr", "Carte d’identité nationale du demandeur\nLes références de l’acte (nom, date et lieu de naissance)"),
                ("fees_ar", "دينار واحد للنسخة"),
                ("fees_fr", "1 dinar par copie"),
                ("delay_note_ar", "يُسلَّم فورًا في الشبّاك إذا كان الرسم مسجّلًا بالبلدية."),
                ("delay_note_fr", "Délivré sur-le-champ au guichet si l’acte est enregistré à la commune."),
                ("legal_basis_ar", "القانون عدد 3 لسنة 1957 المتعلق بتنظيم الحالة المدنية."),
                ("legal_basis_fr", "Loi n° 57-3 du 1er août 1957 réglementant l’état civil."),
                ("steps_ar", "التقدّم إلى شبّاك الحالة المدنية\nتقديم بطاقة التعريف\nدفع المعلوم\nتسلّم المضمون"),
                ("steps_fr", "Se présenter au guichet de l’état civil\nPrésenter sa carte d’identité\nPayer les frais\nRecevoir l’extrait"),
                ("office_ar", "مصلحة الحالة المدنية، الطابق الأرضي"),
                ("office_fr", "Service de l’état civil, rez-de-chaussée"),
                ("address_ar", "قصر البلدية، شارع الجمهورية، الواحة"),
                ("address_fr", "Hôtel de ville, avenue de la République, El Waha"),
            ],
            true,
        ),
        (
            vec![
                ("code", "building-permit"),
                ("category", "urbanism"),
                ("legal_delay_days", "60"),
                ("opening_hours", "Mo-Th 08:30-12:30; Fr 08:30-12:00"),
                ("title_ar", "رخصة البناء"),
                ("title_fr", "Permis de bâtir"),
                ("purpose_ar", "الترخيص في بناء أو توسعة أو تعلية بناية."),
                ("purpose_fr", "Autoriser la construction, l’extension ou la surélévation d’un bâtiment."),
                ("who_ar", "مالك العقار أو من يفوّضه."),
                ("who_fr", "Le propriétaire du terrain ou son mandataire."),
                ("conditions_ar", "أن يكون المشروع مطابقًا لمثال التهيئة العمرانية."),
                ("conditions_fr", "Le projet doit être conforme au plan d’aménagement urbain."),
                ("documents_ar", "مطلب باسم رئيس البلدية\nشهادة ملكية\nأمثلة هندسية ممضاة من مهندس معماري\nمثال موقعي"),
                ("documents_fr", "Demande adressée au président de la commune\nCertificat de propriété\nPlans signés par un architecte\nPlan de situation"),
                ("fees_ar", "حسب المساحة المغطاة"),
                ("fees_fr", "Selon la surface couverte"),
                ("legal_basis_ar", "مجلة التهيئة الترابية والتعمير."),
                ("legal_basis_fr", "Code de l’aménagement du territoire et de l’urbanisme."),
                ("steps_ar", "إيداع الملف\nدراسة اللجنة الفنية\nقرار رئيس البلدية\nتسلّم الرخصة"),
                ("steps_fr", "Dépôt du dossier\nExamen par la commission technique\nArrêté du président de la commune\nRetrait du permis"),
                ("office_ar", "مصلحة التراتيب العمرانية"),
                ("office_fr", "Service des règlements d’urbanisme"),
                ("address_ar", "قصر البلدية، الطابق الأول"),
                ("address_fr", "Hôtel de ville, premier étage"),
            ],
            true,
        ),
        (
            vec![
                ("code", "bulky-waste"),
                ("category", "environment"),
                ("opening_hours", hours),
                ("title_ar", "رفع الفضلات الكبيرة"),
                ("title_fr", "Enlèvement des encombrants"),
                ("purpose_ar", "رفع الأثاث والأجهزة القديمة من أمام المسكن."),
                ("purpose_fr", "Faire enlever meubles et appareils usagés devant son domicile."),
                ("who_ar", "كل متساكن."),
                ("who_fr", "Tout habitant."),
                ("fees_ar", "مجانًا"),
                ("fees_fr", "Gratuit"),
                ("steps_ar", "الاتصال بمصلحة النظافة\nتحديد موعد\nوضع الفضلات أمام المسكن يوم الموعد"),
                ("steps_fr", "Contacter le service de la propreté\nConvenir d’un rendez-vous\nSortir les encombrants le jour dit"),
                ("office_ar", "مصلحة النظافة"),
                ("office_fr", "Service de la propreté"),
            ],
            false,
        ),
    ]
}

/// Writes the demo procedures as the demo official (once: nothing when procedures exist).
pub async fn seed_procedures(
    db: &DatabaseConnection,
    config: AppConfig,
    official: Option<uuid::Uuid>,
) -> Result<(), AppError> {
    use app::procedures::service::{self as procedures, ProcedureInput};
    use app::server::entities::procedures as procedure_rows;
    let Some(official) = official else {
        return Ok(());
    };
    if procedure_rows::Entity::find().count(db).await? > 0 {
        return Ok(());
    }
    let cx = Cx::new(db.clone(), config);
    let caller = Caller::of(Actor::User {
        id: UserId(official),
        role: Role::Official,
    });
    for (fields, online) in demo_procedures() {
        let values: Vec<(String, String)> = fields
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        procedures::save(
            &cx,
            &caller,
            None,
            ProcedureInput {
                values: &values,
                online,
            },
        )
        .await?;
    }
    Ok(())
}

/// The demo referent's public entry (once).
pub async fn seed_referent(
    db: &DatabaseConnection,
    config: AppConfig,
    referent: Option<uuid::Uuid>,
    district: Option<uuid::Uuid>,
) -> Result<(), AppError> {
    use app::referents::service::{self as referents, ReferentInput};
    use app::server::entities::referent_profiles;
    let Some(referent) = referent else {
        return Ok(());
    };
    if referent_profiles::Entity::find_by_id(referent)
        .one(db)
        .await?
        .is_some()
    {
        return Ok(());
    }
    let cx = Cx::new(db.clone(), config);
    let caller = Caller::of(Actor::User {
        id: UserId(referent),
        role: Role::Referent,
    });
    let district = district.map(|d| d.to_string()).unwrap_or_default();
    referents::save(
        &cx,
        &caller,
        ReferentInput {
            district: &district,
            office_ar: "مكتب المشاركة المواطنية، قصر البلدية، الطابق الأرضي",
            office_fr: "Bureau de la participation citoyenne, hôtel de ville, rez-de-chaussée",
            hours: "Tu,Th 09:00-12:00; Sa 09:00-11:00",
            contact: "71 000 000 (poste 12)",
        },
    )
    .await
}
