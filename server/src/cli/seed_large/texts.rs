//! The words the demo is made of (Arabic and French), and the fixed-seed random draw.
use super::*;

/// SplitMix64: a fixed seed gives the same demo every time (ids aside).
pub(super) struct Rng(pub(super) u64);

impl Rng {
    pub(super) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in 0..n (0 when n is 0).
    pub(super) fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next() % n
        }
    }

    pub(super) fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }
}

// ---------------------------------------------------------------- text

pub(super) const CONSULTATIONS: [(&str, &str); 10] = [
    ("ميزانية تشاركية 2027: مشاريع الأحياء", "تخصص البلدية **مليون دينار** من ميزانية 2027 لمشاريع يقترحها السكان. اقترحوا وادعموا ما يهم حيّكم."),
    ("Budget participatif 2027 : projets de quartier", "La commune consacre **un million de dinars** du budget 2027 aux projets des habitants. Proposez et soutenez ce qui compte pour votre quartier."),
    ("تهيئة المساحات الخضراء والحدائق", "أين نحتاج حدائق جديدة؟ ما الذي ينقص الحدائق الموجودة؟ مقاعد، ألعاب، إنارة، أشجار؟"),
    ("Mobilité : trottoirs, bus et pistes cyclables", "Comment mieux se déplacer dans la commune ? Trottoirs, arrêts de bus, pistes cyclables, sécurité près des écoles."),
    ("النظافة والتصرف في النفايات", "مقترحات لتحسين جمع النفايات والفرز والنظافة في الأحياء والأسواق."),
    ("Eau potable et assainissement", "Fuites, coupures, évacuation des eaux pluviales : vos propositions pour le réseau d’eau."),
    ("المدارس ومحيطها", "تهيئة محيط المدارس: الأرصفة، الإنارة، ممرات الراجلين، الساحات والملاعب."),
    ("Marchés et commerce de proximité", "Organisation des marchés hebdomadaires, propreté, stationnement et commerces de quartier."),
    ("الثقافة والشباب والرياضة", "دور الشباب، المكتبات، الملاعب والتظاهرات الثقافية: ماذا تقترحون؟"),
    ("Éclairage public et sécurité", "Rues sombres, places à éclairer, entretien des lampadaires : signalez et proposez."),
];

/// (Arabic, French, category) of what a proposal is about.
pub(super) const SUBJECTS: [(&str, &str, Category); 15] = [
    (
        "الحديقة العمومية",
        "le jardin public",
        Category::Environment,
    ),
    ("الطريق الرئيسية", "la route principale", Category::Mobility),
    ("المدرسة الابتدائية", "l’école primaire", Category::Social),
    ("السوق البلدية", "le marché municipal", Category::Economy),
    (
        "ملعب الحي",
        "le terrain de sport du quartier",
        Category::Sport,
    ),
    (
        "شبكة الماء الصالح للشرب",
        "le réseau d’eau potable",
        Category::Urbanism,
    ),
    (
        "نقاط جمع النفايات",
        "les points de collecte des déchets",
        Category::Environment,
    ),
    ("الأرصفة", "les trottoirs", Category::Mobility),
    ("محطة الحافلات", "l’arrêt de bus", Category::Mobility),
    (
        "المكتبة العمومية",
        "la bibliothèque municipale",
        Category::Culture,
    ),
    ("دار الشباب", "la maison des jeunes", Category::Culture),
    ("المستوصف", "le dispensaire", Category::Social),
    (
        "ساحة الاستقلال",
        "la place de l’Indépendance",
        Category::Urbanism,
    ),
    (
        "قنوات تصريف مياه الأمطار",
        "les caniveaux d’eaux pluviales",
        Category::Urbanism,
    ),
    ("مسالك الدراجات", "les pistes cyclables", Category::Mobility),
];

pub(super) const ACTIONS: [(&str, &str); 10] = [
    ("إنارة", "Éclairer"),
    ("تهيئة", "Aménager"),
    ("صيانة", "Entretenir"),
    ("توسيع", "Agrandir"),
    ("تنظيف", "Nettoyer"),
    ("إصلاح", "Réparer"),
    ("تشجير", "Planter des arbres autour de"),
    ("تجهيز", "Équiper"),
    ("تأمين", "Sécuriser"),
    ("تحديث", "Moderniser"),
];

pub(super) const PLACES: [(&str, &str); 8] = [
    ("في وسط المدينة", "au centre-ville"),
    ("بحي النور", "à Cité Ennour"),
    ("بالمنار", "à El Manar"),
    ("بسيدي سالم", "à Sidi Salem"),
    ("قرب المحطة", "près de la gare"),
    ("أمام المعهد", "devant le lycée"),
    ("بنهج قرطاج", "rue de Carthage"),
    ("قرب الجامع الكبير", "près de la grande mosquée"),
];

pub(super) const TITLE_ENDS: [(&str, &str); 5] = [
    ("", ""),
    (" قبل الصيف", " avant l’été"),
    (" لفائدة الأطفال", " pour les enfants"),
    (" بصفة عاجلة", " en priorité"),
    (" مع مشاركة السكان", " avec les habitants"),
];

pub(super) const SENTENCES_AR: [&str; 12] = [
    "نقترح أن تخصص البلدية جزءًا من ميزانية السنة القادمة لهذا المشروع.",
    "الأطفال وكبار السن هم الأكثر تضررًا، خاصة في الليل وفي فصل الشتاء.",
    "يمكن إنجاز الأشغال على مراحل حتى لا تتعطل حركة المرور.",
    "نقترح **إنارة بالطاقة الشمسية** وصيانة دورية كل ثلاثة أشهر.",
    "شارك أكثر من مائة ساكن في اجتماع الحي وأيدوا هذا المقترح.",
    "يمكن للجمعيات المحلية أن تساهم في التنظيف والغراسة.",
    "المشروع يحسّن جودة الحياة ويشجع التجارة في الحي.",
    "نطلب أيضًا وضع حاويات للفرز وحنفيات ماء للعموم.",
    "الطريق تمتلئ بالمياه بعد كل مطر ويصعب على التلاميذ الوصول إلى المدرسة.",
    "نقترح غراسة أشجار الزيتون والنخيل مع نظام ري قطرة قطرة.",
    "يجب تهيئة ممرات آمنة للراجلين وللأشخاص ذوي الإعاقة.",
    "السوق الأسبوعية تترك الكثير من الفضلات ولا يمر شاحن النفايات إلا متأخرًا.",
];

pub(super) const SENTENCES_FR: [&str; 12] = [
    "Nous proposons que la commune consacre une partie du budget de l’an prochain à ce projet.",
    "Les enfants et les personnes âgées sont les plus touchés, surtout la nuit et en hiver.",
    "Les travaux peuvent se faire par tranches pour ne pas bloquer la circulation.",
    "Nous proposons un **éclairage solaire** et un entretien tous les trois mois.",
    "Plus de cent habitants ont soutenu cette idée lors de la réunion de quartier.",
    "Les associations locales peuvent aider au nettoyage et aux plantations.",
    "Le projet améliorerait la qualité de vie et ferait vivre les commerces du quartier.",
    "Nous demandons aussi des bacs de tri et des fontaines d’eau potable.",
    "La route est inondée après chaque pluie et les élèves ont du mal à rejoindre l’école.",
    "Nous proposons de planter des oliviers et des palmiers, avec un arrosage goutte à goutte.",
    "Il faut des passages sûrs pour les piétons et les personnes en fauteuil roulant.",
    "Le marché hebdomadaire laisse beaucoup de déchets et le camion passe trop tard.",
];

pub(super) struct ProposalText {
    pub(super) title: String,
    pub(super) body: String,
    pub(super) category: Category,
    pub(super) arabic: bool,
}

pub(super) fn proposal_text(rng: &mut Rng) -> ProposalText {
    let arabic = rng.below(5) < 3;
    let (subject_ar, subject_fr, category) = rng.pick(&SUBJECTS);
    let (action_ar, action_fr) = rng.pick(&ACTIONS);
    let (place_ar, place_fr) = rng.pick(&PLACES);
    let (end_ar, end_fr) = rng.pick(&TITLE_ENDS);
    let sentences = if arabic { &SENTENCES_AR } else { &SENTENCES_FR };
    let first = rng.below(sentences.len() as u64) as usize;
    let more = 1 + rng.below(3) as usize;
    let picked: Vec<&str> = (0..more)
        .map(|k| sentences[(first + k * 5) % sentences.len()])
        .collect();
    let (title, opening) = if arabic {
        (
            format!("{action_ar} {subject_ar} {place_ar}{end_ar}"),
            format!("{subject_ar} {place_ar} في حالة سيئة منذ سنوات ويشتكي منها السكان كل يوم."),
        )
    } else {
        let mut subject = subject_fr.to_string();
        if let Some(first) = subject.chars().next() {
            subject.replace_range(..first.len_utf8(), &first.to_uppercase().to_string());
        }
        (
            format!("{action_fr} {subject_fr} {place_fr}{end_fr}"),
            format!("{subject} {place_fr} : en mauvais état depuis des années, les habitants s’en plaignent chaque jour."),
        )
    };
    let body = if rng.below(3) == 0 {
        let list: Vec<String> = picked.iter().map(|s| format!("- {s}")).collect();
        format!("{opening}\n\n{}", list.join("\n"))
    } else {
        format!("{opening}\n\n{}", picked.join(" "))
    };
    ProposalText {
        title,
        body,
        category,
        arabic,
    }
}

pub(super) fn answer_text(state: AnswerState, arabic: bool) -> &'static str {
    match (state, arabic) {
        (AnswerState::Accepted, true) => {
            "قبلت البلدية هذا المقترح، وستنطلق الأشغال **خلال السنة القادمة**."
        }
        (AnswerState::Accepted, false) => "Accepté : les travaux commenceront **l’an prochain**.",
        (AnswerState::Rejected, true) => "لا يمكن إنجاز هذا المقترح: الأرض ليست ملكًا للبلدية.",
        (AnswerState::Rejected, false) => "Refusé : le terrain n’appartient pas à la commune.",
        (_, true) => "سيُنجز جزء من المقترح ضمن برنامج الصيانة العادي.",
        (_, false) => "Accepté en partie : une première tranche entre dans l’entretien courant.",
    }
}

pub(super) const DEBATES_CONSULTATION: (&str, &str) = (
    "نقاشات المدينة 2027 / Débats sur la ville en 2027",
    "Avant de fixer les priorités de 2027, la commune ouvre des **débats** : dites si vous êtes pour ou contre, et pourquoi.\n\nقبل تحديد أولويات 2027، تفتح البلدية **نقاشات**: قولوا إن كنتم مع أو ضد، ولماذا.",
);

/// (title, body) of the large debates; the first is the benchmark's.
pub(super) const DEBATES: [(&str, &str); 8] = [
    (
        "هل نغلق وسط المدينة أمام السيارات يوم الأحد؟",
        "تقترح البلدية غلق **وسط المدينة** أمام السيارات كل يوم أحد من الثامنة صباحًا إلى الثامنة مساءً، لتجربة مدتها ستة أشهر.\n\nما رأيكم؟ ما الذي يجب الانتباه إليه (التجار، الحافلات، ذوو الإعاقة)؟",
    ),
    (
        "Faut-il ouvrir la bibliothèque municipale le soir ?",
        "La bibliothèque ferme à 17 h. La commune propose de l’ouvrir jusqu’à **21 h** trois soirs par semaine, ce qui demande deux agents de plus.\n\nEst-ce une bonne dépense ?",
    ),
    (
        "هل ننقل السوق الأسبوعية إلى الساحة الجديدة؟",
        "السوق الأسبوعية تعرقل حركة المرور أمام المدرسة. هل ننقلها إلى الساحة الجديدة قرب المحطة، ولو كانت أبعد عن وسط الحي؟",
    ),
    (
        "Quelle place pour les vélos sur l’avenue principale ?",
        "Deux options : une **piste cyclable séparée** (en supprimant 40 places de stationnement) ou une bande peinte sur la chaussée.\n\nLaquelle préférez-vous ?",
    ),
    (
        "هل نخصص جزءًا من الميزانية لتشجير الأحياء؟",
        "تقترح البلدية غراسة **ألف شجرة** في الأحياء خلال سنتين، بكلفة تعادل صيانة طريق رئيسية.\n\nهل هذه أولوية؟",
    ),
    (
        "Faut-il des caméras aux abords des écoles ?",
        "Des parents demandent des caméras devant les écoles ; d’autres craignent pour la vie privée.\n\n- Qui regarderait les images ?\n- Combien de temps seraient-elles gardées ?",
    ),
    (
        "هل نمنع الأكياس البلاستيكية في الأسواق البلدية؟",
        "الأكياس البلاستيكية تملأ الأودية والحدائق. هل نمنعها في الأسواق البلدية ونوزع أكياسًا قماشية على التجار؟",
    ),
    (
        "Comment organiser le ramassage des déchets en été ?",
        "En été, les bacs débordent dès midi. Faut-il un **second passage** le soir, ou des bacs plus grands ?",
    ),
];

/// The k-th registration code of meeting n: distinct for each k of a meeting (k times a
/// number prime to 26⁶, modulo 26⁶, written in the code alphabet).
pub(super) fn code_of(n: u64, k: u64) -> String {
    let alphabet = app::domain::CODE_ALPHABET;
    let base = alphabet.len() as u64;
    let mut x = (k * 7_919 + n * 104_729) % base.pow(6);
    let mut code = String::with_capacity(6);
    for _ in 0..6 {
        code.push(alphabet[(x % base) as usize] as char);
        x /= base;
    }
    code
}

/// A large meeting's title and description.
pub(super) fn meeting_text(n: u64) -> (String, &'static str) {
    const MEETINGS: [(&str, &str); 4] = [
        (
            "اجتماع الحي حول النظافة",
            "لقاء مع سكان الحي حول جمع الفضلات ونظافة الشوارع.",
        ),
        (
            "Réunion publique : éclairage des rues",
            "Présentation du plan d’éclairage et questions des habitants.",
        ),
        (
            "ورشة الميزانية التشاركية",
            "ورشة لمساعدة السكان على صياغة مقترحاتهم.",
        ),
        (
            "Séance publique du conseil municipal",
            "Séance ordinaire ouverte au public.",
        ),
    ];
    let (title, body) = MEETINGS[(n as usize - 1) % MEETINGS.len()];
    (format!("{title} ({n})"), body)
}

pub(super) fn debate_text(n: u64) -> (String, &'static str) {
    let (title, body) = DEBATES[(n as usize - 1) % DEBATES.len()];
    let title = if n as usize > DEBATES.len() {
        format!("{title} ({n})")
    } else {
        title.to_string()
    };
    (title, body)
}

/// How top-level comments open, by alignment (for, against, neutral, none): (Arabic, French).
pub(super) const COMMENT_OPENINGS: [[(&str, &str); 4]; 4] = [
    [
        ("أنا مع هذا المقترح تمامًا.", "Je suis tout à fait pour."),
        (
            "فكرة جيدة وطال انتظارها.",
            "Bonne idée, et elle arrive enfin.",
        ),
        (
            "أساند هذا التوجه بشرط احترام الآجال.",
            "J’y suis favorable, à condition de tenir les délais.",
        ),
        (
            "هذا سيحسّن حياتنا اليومية في الحي.",
            "Cela améliorera notre quotidien dans le quartier.",
        ),
    ],
    [
        (
            "لست موافقًا على هذا المقترح.",
            "Je ne suis pas d’accord avec cette proposition.",
        ),
        (
            "الكلفة مرتفعة جدًا مقارنة بالفائدة.",
            "Le coût est bien trop élevé pour ce que cela apporte.",
        ),
        (
            "هناك أولويات أهم في البلدية.",
            "La commune a des priorités plus urgentes.",
        ),
        (
            "التجار سيكونون أول المتضررين.",
            "Les commerçants en seront les premières victimes.",
        ),
    ],
    [
        (
            "الفكرة تستحق الدراسة، لكن تنقصنا المعطيات.",
            "L’idée mérite d’être étudiée, mais il manque des chiffres.",
        ),
        (
            "لا أعارض ولا أساند قبل رؤية الدراسة الفنية.",
            "Je ne suis ni pour ni contre avant d’avoir vu l’étude technique.",
        ),
        (
            "يجب استشارة سكان الأنهج المجاورة أولًا.",
            "Il faut d’abord consulter les habitants des rues voisines.",
        ),
        (
            "ربما نجرّب لمدة ثلاثة أشهر ثم نقيّم.",
            "Pourquoi ne pas essayer trois mois, puis faire le bilan ?",
        ),
    ],
    [
        (
            "هل هناك دراسة حول حركة المرور في المنطقة؟",
            "Existe-t-il une étude de circulation pour ce secteur ?",
        ),
        (
            "متى ستُعرض النتائج على المجلس البلدي؟",
            "Quand les résultats seront-ils présentés au conseil municipal ?",
        ),
        (
            "من سيتكفل بالصيانة بعد الإنجاز؟",
            "Qui assurera l’entretien une fois les travaux terminés ?",
        ),
        (
            "هل سيتم تنظيم اجتماع عمومي في الحي؟",
            "Une réunion publique est-elle prévue dans le quartier ?",
        ),
    ],
];

pub(super) const COMMENT_REPLIES: [(&str, &str); 8] = [
    (
        "صحيح، وأضيف أن **الإنارة** ضرورية أيضًا.",
        "C’est vrai, et j’ajoute que l’**éclairage** est indispensable aussi.",
    ),
    (
        "لا أظن ذلك، جرّبناه في حي آخر ولم ينجح.",
        "Je ne crois pas : on l’a essayé dans un autre quartier, sans succès.",
    ),
    ("شكرًا على التوضيح.", "Merci pour la précision."),
    (
        "هل لديك مصدر لهذه الأرقام؟",
        "Avez-vous une source pour ces chiffres ?",
    ),
    ("أوافقك الرأي تمامًا.", "Entièrement d’accord avec vous."),
    (
        "المشكلة الحقيقية هي الصيانة وليس الإنجاز.",
        "Le vrai problème, c’est l’entretien, pas les travaux.",
    ),
    (
        "يمكن طرح السؤال في الاجتماع القادم للمجلس.",
        "On peut poser la question au prochain conseil municipal.",
    ),
    (
        "في حيّنا نفس المشكل منذ سنوات.",
        "Dans notre quartier, c’est le même problème depuis des années.",
    ),
];

/// A comment's text and its HTML, rendered once for every comment that uses it.
pub(super) struct Rendered {
    pub(super) body: String,
    pub(super) html: String,
}

pub(super) fn rendered(body: String) -> Rendered {
    Rendered {
        html: markdown::render(&body),
        body,
    }
}

/// Every text a large comment can have: top-level ones by (alignment, language), an opening
/// and a sentence; replies by language.
pub(super) struct CommentTexts {
    /// Index: 2 × alignment (for, against, neutral, none) + 1 if Arabic.
    pub(super) top_level: Vec<Vec<Rendered>>,
    /// Index: 1 if Arabic.
    pub(super) replies: Vec<Vec<Rendered>>,
}

impl CommentTexts {
    pub(super) fn new() -> Self {
        let mut top_level = Vec::new();
        for openings in &COMMENT_OPENINGS {
            for arabic in [false, true] {
                let sentences = if arabic { &SENTENCES_AR } else { &SENTENCES_FR };
                let mut texts = Vec::new();
                for (ar, fr) in openings {
                    let opening = if arabic { ar } else { fr };
                    for sentence in sentences {
                        texts.push(rendered(format!("{opening} {sentence}")));
                    }
                }
                top_level.push(texts);
            }
        }
        let replies = [false, true]
            .into_iter()
            .map(|arabic| {
                COMMENT_REPLIES
                    .iter()
                    .map(|(ar, fr)| rendered(if arabic { ar } else { fr }.to_string()))
                    .collect()
            })
            .collect();
        Self { top_level, replies }
    }

    pub(super) fn top_level(
        &self,
        rng: &mut Rng,
        alignment: Option<Alignment>,
        arabic: bool,
    ) -> &Rendered {
        let kind = match alignment {
            Some(Alignment::For) => 0,
            Some(Alignment::Against) => 1,
            Some(Alignment::Neutral) => 2,
            None => 3,
        };
        let texts = &self.top_level[2 * kind + usize::from(arabic)];
        &texts[rng.below(texts.len() as u64) as usize]
    }

    pub(super) fn reply(&self, rng: &mut Rng, arabic: bool) -> &Rendered {
        let texts = &self.replies[usize::from(arabic)];
        &texts[rng.below(texts.len() as u64) as usize]
    }
}

pub(super) fn person_name(rng: &mut Rng, arabic: bool) -> String {
    const FIRST_AR: [&str; 10] = [
        "أمينة",
        "محمد",
        "سارة",
        "يوسف",
        "فاطمة",
        "علي",
        "مريم",
        "حمزة",
        "نور",
        "خالد",
    ];
    const LAST_AR: [&str; 6] = [
        "بن صالح",
        "الطرابلسي",
        "القاسمي",
        "الحداد",
        "بن علي",
        "المزوغي",
    ];
    const FIRST_FR: [&str; 10] = [
        "Hédi", "Leïla", "Sami", "Nadia", "Karim", "Sonia", "Mehdi", "Inès", "Walid", "Rim",
    ];
    const LAST_FR: [&str; 6] = [
        "Trabelsi",
        "Ben Salah",
        "Gharbi",
        "Jaziri",
        "Mansour",
        "Haddad",
    ];
    if arabic {
        format!("{} {}", rng.pick(&FIRST_AR), rng.pick(&LAST_AR))
    } else {
        format!("{} {}", rng.pick(&FIRST_FR), rng.pick(&LAST_FR))
    }
}
