//! The package's tables: each one's fields (the table schema of `datapackage.json`) and how its
//! rows are read, a page at a time in the order of a key, so memory stays flat whatever the
//! size. Only what the site shows anyone: published consultations and what is under them,
//! content not hidden, nothing personal (authors are pseudonyms per consultation, staff are
//! named by role; no email, phone, national ID or its hash, address of a person, session, IP
//! address, and no support linked to a person).

/// A field's type, as Table Schema names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    String,
    Integer,
    Boolean,
    Date,
    Datetime,
}

impl Kind {
    pub fn code(self) -> &'static str {
        match self {
            Self::String => "string",
            Self::Integer => "integer",
            Self::Boolean => "boolean",
            Self::Date => "date",
            Self::Datetime => "datetime",
        }
    }
}

/// One column: its name, type, description in French and Arabic, an example, whether it is
/// always given, and the values it may take.
pub struct Field {
    pub name: &'static str,
    pub kind: Kind,
    pub fr: &'static str,
    pub ar: &'static str,
    pub example: &'static str,
    pub required: bool,
    pub choices: &'static [&'static str],
}

const fn f(
    name: &'static str,
    kind: Kind,
    fr: &'static str,
    ar: &'static str,
    example: &'static str,
) -> Field {
    Field {
        name,
        kind,
        fr,
        ar,
        example,
        required: false,
        choices: &[],
    }
}

const fn req(field: Field) -> Field {
    Field {
        required: true,
        ..field
    }
}

const fn one_of(field: Field, choices: &'static [&'static str]) -> Field {
    Field { choices, ..field }
}

use Kind::{Boolean as B, Date as D, Datetime as T, Integer as I, String as S};

const ID_EX: &str = "6f1c2a9e-3b7d-4c58-9a21-0d4e5f6a7b8c";
const CONSULTATION: Field = req(f(
    "consultation_id",
    S,
    "Identifiant de la concertation",
    "معرّف الاستشارة",
    ID_EX,
));

/// A table of the package.
pub struct Table {
    pub name: &'static str,
    pub title_fr: &'static str,
    pub title_ar: &'static str,
    pub fields: &'static [Field],
    /// The field that identifies a row (the schema's primary key), if one does.
    pub key: &'static [&'static str],
}

pub const DISTRICTS: Table = Table {
    name: "districts",
    title_fr: "Quartiers (secteurs) de la commune",
    title_ar: "أحياء البلدية",
    key: &["id"],
    fields: &[
        req(f("id", S, "Identifiant du quartier", "معرّف الحي", ID_EX)),
        req(f(
            "name_ar",
            S,
            "Nom en arabe",
            "الاسم بالعربية",
            "المدينة العتيقة",
        )),
        req(f(
            "name_fr",
            S,
            "Nom en français",
            "الاسم بالفرنسية",
            "Médina",
        )),
    ],
};

pub const CONSULTATIONS: Table = Table {
    name: "consultations",
    title_fr: "Concertations publiées",
    title_ar: "الاستشارات المنشورة",
    key: &["id"],
    fields: &[
        req(f(
            "id",
            S,
            "Identifiant de la concertation",
            "معرّف الاستشارة",
            ID_EX,
        )),
        req(f(
            "title",
            S,
            "Titre",
            "العنوان",
            "Réaménager la place du marché",
        )),
        req(f(
            "description",
            S,
            "Description (Markdown)",
            "الوصف (Markdown)",
            "Nous voulons vos idées…",
        )),
        f("starts_on", D, "Premier jour", "اليوم الأول", "2026-03-01"),
        f("ends_on", D, "Dernier jour", "اليوم الأخير", "2026-05-31"),
        req(f(
            "support_threshold",
            I,
            "Soutiens qui obligent les élus à répondre",
            "عدد التأييدات الذي يُلزم المنتخبين بالرد",
            "50",
        )),
        req(f(
            "support_limit",
            I,
            "Soutiens permis par personne (0 : sans limite)",
            "عدد التأييدات المسموح بها لكل شخص (0: دون حد)",
            "3",
        )),
        req(f(
            "proposals",
            I,
            "Propositions publiées",
            "المقترحات المنشورة",
            "42",
        )),
        f(
            "published_at",
            T,
            "Publiée le",
            "نُشرت في",
            "2026-02-20T09:00:00Z",
        ),
        f(
            "concluded_at",
            T,
            "Close le",
            "اختُتمت في",
            "2026-07-01T10:00:00Z",
        ),
        f(
            "archived_at",
            T,
            "Archivée le",
            "أُرشفت في",
            "2026-12-01T10:00:00Z",
        ),
    ],
};

pub const PHASES: Table = Table {
    name: "phases",
    title_fr: "Phases des concertations",
    title_ar: "مراحل الاستشارات",
    key: &["id"],
    fields: &[
        req(f("id", S, "Identifiant de la phase", "معرّف المرحلة", ID_EX)),
        CONSULTATION,
        req(one_of(
            f("kind", S, "Phase", "المرحلة", "supports"),
            &[
                "information",
                "proposals",
                "supports",
                "debate",
                "evaluation",
                "outcome",
            ],
        )),
        req(f(
            "starts_on",
            D,
            "Premier jour",
            "اليوم الأول",
            "2026-03-01",
        )),
        req(f("ends_on", D, "Dernier jour", "اليوم الأخير", "2026-03-31")),
    ],
};

pub const PROPOSALS: Table = Table {
    name: "proposals",
    title_fr: "Propositions des habitants (non masquées)",
    title_ar: "مقترحات المتساكنين (غير المخفية)",
    key: &["id"],
    fields: &[
        req(f(
            "id",
            S,
            "Identifiant de la proposition",
            "معرّف المقترح",
            ID_EX,
        )),
        CONSULTATION,
        req(f(
            "title",
            S,
            "Titre",
            "العنوان",
            "Un banc près de la fontaine",
        )),
        req(f(
            "body",
            S,
            "Texte (Markdown)",
            "النص (Markdown)",
            "Pour que les anciens puissent s’asseoir.",
        )),
        f(
            "district_id",
            S,
            "Quartier (voir districts)",
            "الحي (انظر districts)",
            ID_EX,
        ),
        f("category", S, "Thème", "المحور", "urbanism"),
        req(one_of(
            f("state", S, "État", "الحالة", "published"),
            &["published", "withdrawn"],
        )),
        req(f(
            "supports",
            I,
            "Soutiens (égal au décompte du registre public des actes)",
            "عدد التأييدات (يساوي ما يحسبه السجل العمومي للأعمال)",
            "57",
        )),
        f(
            "threshold_reached_at",
            T,
            "Seuil atteint le",
            "بلغ العتبة في",
            "2026-03-12T17:40:00Z",
        ),
        f(
            "answer_state",
            S,
            "Réponse des élus",
            "ردّ المنتخبين",
            "accepted",
        ),
        f(
            "answer",
            S,
            "Texte de la réponse (Markdown)",
            "نص الرد (Markdown)",
            "Le banc sera posé en mars.",
        ),
        f(
            "answered_at",
            T,
            "Réponse publiée le",
            "نُشر الرد في",
            "2026-04-02T08:00:00Z",
        ),
        req(f(
            "author",
            S,
            "Auteur : pseudonyme propre à la concertation, ou rôle pour le personnel",
            "صاحب المقترح: اسم مستعار خاص بالاستشارة، أو الصفة لأعوان البلدية",
            "p-3fa85f6457174562",
        )),
        req(f(
            "created_at",
            T,
            "Déposée le",
            "أودع في",
            "2026-03-02T11:15:00Z",
        )),
    ],
};

pub const SUPPORTS_BY_DISTRICT_DAY: Table = Table {
    name: "supports_by_district_day",
    title_fr: "Soutiens par quartier de la proposition et par jour (jours de moins de 5 regroupés avec leurs voisins)",
    title_ar: "التأييدات حسب حي المقترح وحسب اليوم (الأيام التي تقل عن 5 تُجمع مع الأيام المجاورة)",
    key: &["district_id", "from_day"],
    fields: &[
        req(f(
            "district_id",
            S,
            "Quartier de la proposition soutenue (« none » : sans quartier)",
            "حي المقترح المؤيَّد («none»: دون حي)",
            ID_EX,
        )),
        req(f(
            "from_day",
            D,
            "Premier jour (UTC) de la cellule : un jour, ou des jours consécutifs regroupés pour atteindre 5 soutiens",
            "أول يوم (بالتوقيت العالمي) في الخانة: يوم واحد، أو أيام متتالية جُمعت لتبلغ 5 تأييدات",
            "2026-03-12",
        )),
        req(f(
            "to_day",
            D,
            "Dernier jour (UTC) de la cellule",
            "آخر يوم (بالتوقيت العالمي) في الخانة",
            "2026-03-14",
        )),
        f(
            "supports",
            I,
            "Soutiens donnés ces jours-là (au moins 5) ; vide si le quartier entier en a moins de 5",
            "التأييدات الممنوحة في تلك الأيام (5 على الأقل)؛ فارغة إن كان مجموع الحي كله أقل من 5",
            "12",
        ),
        req(f(
            "fewer_than_5",
            B,
            "Vrai si le quartier entier a moins de 5 soutiens (le nombre n’est pas publié)",
            "صحيح إن كان مجموع تأييدات الحي كله أقل من 5 (لا يُنشر العدد)",
            "false",
        )),
    ],
};

pub const DEBATES: Table = Table {
    name: "debates",
    title_fr: "Débats (non masqués)",
    title_ar: "النقاشات (غير المخفية)",
    key: &["id"],
    fields: &[
        req(f("id", S, "Identifiant du débat", "معرّف النقاش", ID_EX)),
        CONSULTATION,
        req(f(
            "title",
            S,
            "Titre",
            "العنوان",
            "Faut-il piétonniser la rue du souk ?",
        )),
        req(f(
            "body",
            S,
            "Texte (Markdown)",
            "النص (Markdown)",
            "Les commerçants et les riverains…",
        )),
        req(one_of(
            f("state", S, "État", "الحالة", "open"),
            &["open", "closed"],
        )),
        f(
            "conclusions",
            S,
            "Conclusions (Markdown)",
            "الخلاصات (Markdown)",
            "La rue sera piétonne le samedi.",
        ),
        req(f("comments", I, "Commentaires", "التعليقات", "120")),
        req(f("for", I, "Commentaires pour", "التعليقات المؤيدة", "50")),
        req(f(
            "against",
            I,
            "Commentaires contre",
            "التعليقات المعارضة",
            "40",
        )),
        req(f(
            "neutral",
            I,
            "Commentaires neutres",
            "التعليقات المحايدة",
            "30",
        )),
        req(f(
            "author",
            S,
            "Auteur : pseudonyme propre à la concertation, ou rôle",
            "صاحب النقاش: اسم مستعار خاص بالاستشارة، أو الصفة",
            "role:planner",
        )),
        req(f(
            "created_at",
            T,
            "Ouvert le",
            "فُتح في",
            "2026-03-02T11:15:00Z",
        )),
    ],
};

pub const COMMENTS: Table = Table {
    name: "comments",
    title_fr: "Commentaires (non masqués ni effacés)",
    title_ar: "التعليقات (غير المخفية وغير المحذوفة)",
    key: &["id"],
    fields: &[
        req(f(
            "id",
            S,
            "Identifiant du commentaire",
            "معرّف التعليق",
            ID_EX,
        )),
        req(one_of(
            f(
                "on_type",
                S,
                "Commente un débat ou une proposition",
                "يعلّق على نقاش أو مقترح",
                "debate",
            ),
            &["debate", "proposal"],
        )),
        req(f(
            "on_id",
            S,
            "Identifiant du débat ou de la proposition",
            "معرّف النقاش أو المقترح",
            ID_EX,
        )),
        f(
            "parent_id",
            S,
            "Commentaire auquel il répond",
            "التعليق الذي يرد عليه",
            ID_EX,
        ),
        f(
            "alignment",
            S,
            "Position (débats)",
            "الموقف (النقاشات)",
            "for",
        ),
        req(f(
            "body",
            S,
            "Texte",
            "النص",
            "Je suis pour, le samedi seulement.",
        )),
        req(f("votes_up", I, "Votes pour", "الأصوات المؤيدة", "4")),
        req(f("votes_down", I, "Votes contre", "الأصوات المعارضة", "1")),
        req(f(
            "author",
            S,
            "Auteur : pseudonyme propre à la concertation, ou rôle",
            "الكاتب: اسم مستعار خاص بالاستشارة، أو الصفة",
            "p-3fa85f6457174562",
        )),
        req(f(
            "created_at",
            T,
            "Écrit le",
            "كُتب في",
            "2026-03-02T11:15:00Z",
        )),
    ],
};

pub const MEETINGS: Table = Table {
    name: "meetings",
    title_fr: "Réunions publiques, avec compte rendu et présence",
    title_ar: "الاجتماعات العمومية، مع المحضر والحضور",
    key: &["id"],
    fields: &[
        req(f(
            "id",
            S,
            "Identifiant de la réunion",
            "معرّف الاجتماع",
            ID_EX,
        )),
        f("consultation_id", S, "Concertation", "الاستشارة", ID_EX),
        req(f(
            "title",
            S,
            "Titre",
            "العنوان",
            "Atelier sur la place du marché",
        )),
        req(one_of(
            f("kind", S, "Forme", "الشكل", "in_person"),
            &["in_person", "online", "hybrid"],
        )),
        req(f(
            "starts_at",
            T,
            "Début",
            "البداية",
            "2026-03-10T17:00:00Z",
        )),
        req(f("ends_at", T, "Fin", "النهاية", "2026-03-10T19:00:00Z")),
        f(
            "place",
            S,
            "Lieu (adresse publique de la salle)",
            "المكان (العنوان العمومي للقاعة)",
            "Maison de la culture",
        ),
        f("district_id", S, "Quartier", "الحي", ID_EX),
        req(one_of(
            f("state", S, "État", "الحالة", "scheduled"),
            &["scheduled", "cancelled"],
        )),
        req(f(
            "capacity",
            I,
            "Places (0 : sans limite)",
            "المقاعد (0: دون حد)",
            "80",
        )),
        req(f("registered", I, "Inscrits", "المسجّلون", "64")),
        req(f(
            "present",
            I,
            "Présents pointés à l’entrée",
            "الحاضرون المسجّلون عند الدخول",
            "51",
        )),
        f(
            "attendance",
            I,
            "Participants comptés au compte rendu",
            "المشاركون حسب المحضر",
            "58",
        ),
        f(
            "minutes_summary",
            S,
            "Compte rendu (Markdown)",
            "المحضر (Markdown)",
            "Trois propositions retenues…",
        ),
        f(
            "minutes_decisions",
            S,
            "Décisions (Markdown)",
            "القرارات (Markdown)",
            "Étude de faisabilité…",
        ),
        f(
            "minutes_at",
            T,
            "Compte rendu publié le",
            "نُشر المحضر في",
            "2026-03-12T09:00:00Z",
        ),
    ],
};

pub const OUTCOMES: Table = Table {
    name: "outcomes",
    title_fr: "Bilans publiés des concertations",
    title_ar: "الحصائل المنشورة للاستشارات",
    key: &["consultation_id"],
    fields: &[
        CONSULTATION,
        req(f(
            "summary",
            S,
            "Ce qui a été dit (Markdown)",
            "ما قيل (Markdown)",
            "214 habitants ont participé…",
        )),
        req(f(
            "decisions",
            S,
            "Ce qui a été décidé (Markdown)",
            "ما تقرر (Markdown)",
            "La place sera réaménagée en 2027.",
        )),
        req(f(
            "next_steps",
            S,
            "Étapes suivantes (JSON : [[jour, texte], …])",
            "الخطوات التالية (JSON: [[اليوم، النص]، …])",
            "[[\"2027-01-15\",\"Appel d’offres\"]]",
        )),
        f(
            "published_at",
            T,
            "Publié le",
            "نُشرت في",
            "2026-07-01T10:00:00Z",
        ),
    ],
};

pub const RESULTS: Table = Table {
    name: "results",
    title_fr: "Réalisations suivies après les concertations",
    title_ar: "الإنجازات المتابَعة بعد الاستشارات",
    key: &["id"],
    fields: &[
        req(f(
            "id",
            S,
            "Identifiant de la réalisation",
            "معرّف الإنجاز",
            ID_EX,
        )),
        CONSULTATION,
        f("parent_id", S, "Réalisation parente", "الإنجاز الأم", ID_EX),
        req(f("title", S, "Titre", "العنوان", "Bancs de la place")),
        req(f(
            "description",
            S,
            "Description (Markdown)",
            "الوصف (Markdown)",
            "Douze bancs en pierre.",
        )),
        req(one_of(
            f("status", S, "Statut", "الحالة", "in-progress"),
            &["planned", "in-progress", "done", "cancelled"],
        )),
        req(f("progress", I, "Avancement (%)", "التقدّم (%)", "40")),
        f(
            "starts_on",
            D,
            "Début prévu",
            "البداية المتوقعة",
            "2027-01-15",
        ),
        f("ends_on", D, "Fin prévue", "النهاية المتوقعة", "2027-06-30"),
        req(f(
            "updated_at",
            T,
            "Mise à jour",
            "آخر تحديث",
            "2027-02-01T08:00:00Z",
        )),
    ],
};

pub const MILESTONES: Table = Table {
    name: "milestones",
    title_fr: "Étapes des réalisations",
    title_ar: "مراحل الإنجازات",
    key: &["id"],
    fields: &[
        req(f("id", S, "Identifiant de l’étape", "معرّف المرحلة", ID_EX)),
        req(f("result_id", S, "Réalisation", "الإنجاز", ID_EX)),
        req(f("on_day", D, "Jour", "اليوم", "2027-02-01")),
        req(f(
            "text",
            S,
            "Ce qui s’est passé",
            "ما حدث",
            "Marché attribué.",
        )),
    ],
};

pub const MODERATION_LOG: Table = Table {
    name: "moderation_log",
    title_fr: "Journal public de la modération",
    title_ar: "السجل العمومي للإشراف",
    key: &["id"],
    fields: &[
        req(f("id", S, "Identifiant de l’entrée", "معرّف المدخل", ID_EX)),
        req(f("action", S, "Acte", "الإجراء", "hidden")),
        req(f(
            "target_type",
            S,
            "Sur quoi (un compte n’est jamais nommé)",
            "على ماذا (لا يُسمّى أي حساب)",
            "comment",
        )),
        f(
            "target_id",
            S,
            "Identifiant du contenu",
            "معرّف المحتوى",
            ID_EX,
        ),
        f(
            "reason",
            S,
            "Motif du signalement",
            "سبب التبليغ",
            "offensive",
        ),
        req(f(
            "by_role",
            S,
            "Rôle de qui a agi",
            "صفة من قام بالإجراء",
            "referent",
        )),
        req(f("at", T, "Quand", "متى", "2026-03-02T11:15:00Z")),
    ],
};

pub const PUBLIC_ACTS: Table = Table {
    name: "public_acts",
    title_fr: "Registre public des actes (arbre de Merkle, RFC 6962)",
    title_ar: "السجل العمومي للأعمال (شجرة ميركل، RFC 6962)",
    key: &["seq"],
    fields: &[
        req(f(
            "seq",
            I,
            "Numéro de l’acte (feuille de l’arbre), sans trou depuis 0",
            "رقم العمل (ورقة الشجرة)، دون فجوات بدءًا من 0",
            "0",
        )),
        req(f(
            "at",
            S,
            "Quand, AAAA-MM-JJTHH:MM:SSZ (tel qu’il est haché)",
            "متى، بصيغة AAAA-MM-JJTHH:MM:SSZ (كما يُحسب في البصمة)",
            "2026-03-02T11:15:00Z",
        )),
        req(f("act", S, "Acte", "العمل", "support.given")),
        req(f("object_type", S, "Sur quoi", "على ماذا", "proposal")),
        f(
            "object_id",
            S,
            "Identifiant de l’objet (vide pour un compte)",
            "معرّف الشيء (فارغ بالنسبة إلى حساب)",
            ID_EX,
        ),
        f(
            "pseudonym",
            S,
            "Soutiens : pseudonyme de la personne propre à cette proposition",
            "التأييدات: اسم مستعار للشخص خاص بهذا المقترح",
            "9b2f0c6d1e4a7b8c9d0e1f2a3b4c5d6e",
        ),
        f(
            "detail",
            S,
            "Détail (état de la réponse, statut, motif…)",
            "التفاصيل (حالة الرد، الوضع، السبب…)",
            "accepted",
        ),
    ],
};

pub const CHECKPOINTS: Table = Table {
    name: "checkpoints",
    title_fr: "États signés du registre (notes signées C2SP, Ed25519)",
    title_ar: "الحالات الموقّعة للسجل (ملاحظات موقّعة C2SP، Ed25519)",
    key: &["size"],
    fields: &[
        req(f(
            "size",
            I,
            "Nombre d’actes couverts",
            "عدد الأعمال المشمولة",
            "1200",
        )),
        req(f(
            "root_hash",
            S,
            "Empreinte racine (hexadécimal)",
            "البصمة الجذرية (ست عشري)",
            "3d5c…",
        )),
        req(f(
            "published_at",
            T,
            "Signé le",
            "وُقّع في",
            "2026-03-03T00:01:00Z",
        )),
        req(f(
            "note",
            S,
            "Le texte signé, tel que publié",
            "النص الموقّع كما نُشر",
            "majlis.example/public-acts\n1200\n…",
        )),
    ],
};

/// Every table, in the package's order.
pub const TABLES: &[&Table] = &[
    &DISTRICTS,
    &CONSULTATIONS,
    &PHASES,
    &PROPOSALS,
    &SUPPORTS_BY_DISTRICT_DAY,
    &DEBATES,
    &COMMENTS,
    &MEETINGS,
    &OUTCOMES,
    &RESULTS,
    &MILESTONES,
    &MODERATION_LOG,
    &PUBLIC_ACTS,
    &CHECKPOINTS,
];
