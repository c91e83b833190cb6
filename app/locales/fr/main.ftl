site-name = Majlis
site-description = Majlis, la plateforme de participation citoyenne de votre commune : proposer, soutenir, débattre et suivre chaque décision.
municipality-unnamed = Votre commune
loading = Chargement…
yes = Oui
no = Non
back-home = Retour à l’accueil

## Navigation
nav-skip = Aller au contenu
nav-label = Navigation principale
nav-home = Accueil
nav-staff = Espace agents
nav-login = Se connecter
nav-register = Créer un compte
nav-logout = Se déconnecter
lang-switch-label = Langue
footer-about = Majlis met en pratique le gouvernement ouvert : transparence, participation et redevabilité.
footer-open-source = Logiciel libre, fait pour les communes tunisiennes.
pagination-label = Pages
pagination-previous = Page précédente
pagination-next = Page suivante
pagination-status = Page { $page } sur { $total }

## Home
home-title = Accueil
home-kicker = Plateforme de participation citoyenne
home-welcome-back = Bienvenue,
home-cta-register = Participer : créer un compte
home-how-title = Comment participer
home-step-propose = Proposer
home-step-propose-body = Pendant une consultation, proposez une idée pour votre quartier ou pour toute la commune.
home-step-support = Soutenir
home-step-support-body = Les habitants vérifiés soutiennent les propositions qui leur tiennent à cœur.
home-step-meet = Se réunir
home-step-meet-body = Inscrivez-vous aux réunions publiques et aux ateliers organisés par la commune.
home-step-follow = Suivre
home-step-follow-body = Chaque consultation se termine par une réponse publiée : vous savez ce que devient votre contribution.
home-principles-title = Nos engagements
home-principle-transparency = Transparence : les décisions et leurs raisons sont publiques.
home-principle-participation = Participation : chaque habitant peut contribuer, en ligne ou au guichet.
home-principle-accountability = Redevabilité : aucune consultation ne se clôt sans réponse publiée.

## Fields
field-display-name = Nom affiché
field-display-name-hint = Visible à côté de vos contributions (2 à 60 caractères).
field-email = Adresse e-mail
field-email-hint = Nous y enverrons un lien de confirmation. Elle n’est jamais publiée.
field-password = Mot de passe
field-new-password = Nouveau mot de passe
field-password-hint = Au moins 10 caractères, sans votre nom ni votre adresse e-mail.
field-password-confirm = Confirmez le mot de passe

## Registration and login
register-title = Créer un compte
register-lead = Un compte vous permet de proposer, de soutenir et de suivre les consultations de votre commune.
register-submit = Créer mon compte
register-have-account = Vous avez déjà un compte ?
check-email-title = Vérifiez votre boîte e-mail
check-email-body = Nous venons de vous envoyer un e-mail avec un lien pour confirmer votre adresse. Le lien est valable 48 heures.
check-email-spam = Rien reçu ? Regardez dans les courriers indésirables. En vous connectant, vous recevrez un nouveau lien.
confirm-title = Confirmer votre adresse e-mail
confirm-body = Cliquez sur le bouton pour confirmer votre adresse et activer votre compte.
confirm-submit = Confirmer mon adresse
confirm-expired-help = Lien expiré ? Connectez-vous : un nouveau lien vous sera envoyé.
login-title = Se connecter
login-submit = Se connecter
login-forgot = Mot de passe oublié ?
login-no-account = Pas encore de compte ?
forgot-title = Mot de passe oublié
forgot-lead = Indiquez votre adresse e-mail : nous vous enverrons un lien pour choisir un nouveau mot de passe.
forgot-submit = Envoyer le lien
reset-title = Choisir un nouveau mot de passe
reset-submit = Enregistrer le mot de passe
reset-request-new = Demander un nouveau lien
notice-email-confirmed = Votre adresse est confirmée. Vous pouvez vous connecter.
notice-password-changed = Votre mot de passe a été changé. Connectez-vous avec le nouveau.
notice-reset-sent = Si un compte existe pour cette adresse, un e-mail avec un lien vient d’être envoyé. Le lien est valable une heure.
notice-logged-out = Vous êtes déconnecté.

## Account
account-title = Mon compte
account-role = Rôle
account-language = Langue des e-mails
account-member-since = Inscrit le
account-password-help = Pour changer de mot de passe :

## Roles
role-resident = Habitant
role-referent = Référent participation
role-planner = Équipe urbanisme
role-official = Élu
role-admin = Administrateur
role-resident-duties = Vous pouvez proposer, soutenir et suivre les consultations.
role-referent-duties = Vous modérez les débats, traitez les signalements et aidez les habitants sans accès à internet.
role-planner-duties = Vous organisez les consultations, leurs phases et les réunions publiques.
role-official-duties = Vous répondez aux propositions et publiez le résultat de chaque consultation.
role-admin-duties = Vous gérez les paramètres de la commune, les rôles et la vérification des habitants.

## Staff
staff-title = Espace agents
staff-your-role = Votre rôle :
staff-admin-tools = Administration
staff-activity = Activité récente
staff-activity-empty = Aucune activité pour l’instant
staff-activity-empty-body = Les inscriptions, confirmations et changements de rôle apparaîtront ici.
col-when = Quand
col-who = Qui
col-what = Quoi
actor-system = Système
activity-account-registered = Compte créé
activity-account-email-confirmed = Adresse e-mail confirmée
activity-account-password-reset = Mot de passe réinitialisé
activity-account-provisioned = Compte créé par la ligne de commande
activity-account-role-changed = Rôle modifié
users-title = Comptes et rôles
users-count = { $count ->
    [one] { $count } compte
   *[other] { $count } comptes
}
users-confirmed = Adresse confirmée
users-role-for = Rôle de
users-change-role = Changer
outbox-title = E-mails
outbox-lead = Chaque e-mail passe par cette file d’attente : il est écrit en même temps que l’action qui le cause, puis envoyé.
outbox-no-smtp = Aucun serveur SMTP n’est configuré : les e-mails attendent ici et ne partent pas. Définissez MAJLIS_SMTP_URL pour les envoyer.
outbox-pending = { $count ->
    [0] aucun en attente
    [one] { $count } en attente
   *[other] { $count } en attente
}
outbox-empty = Aucun e-mail
outbox-empty-body = Les e-mails de confirmation et de réinitialisation apparaîtront ici.
outbox-status-pending = En attente
outbox-status-sent = Envoyé
outbox-status-failed = Échec

## Errors
error-validation = Certains champs sont à corriger : voyez les messages ci-dessous.
error-unauthenticated = Connectez-vous pour accéder à cette page.
error-forbidden-staff-only = Cette page est réservée aux agents de la commune.
error-forbidden-admin-only = Cette action est réservée aux administrateurs.
error-forbidden-own-role = Vous ne pouvez pas changer votre propre rôle.
error-forbidden-login-required = Connectez-vous pour continuer.
error-not-found = Page introuvable
not-found-body = L’adresse demandée n’existe pas ou n’existe plus.
error-conflict-duplicate = Cet enregistrement existe déjà.
error-rate-limited = Trop de tentatives. Réessayez dans une minute.
error-bad-request = Le formulaire envoyé est incomplet. Rechargez la page et réessayez.
error-too-large = Le formulaire envoyé est bien trop long. Raccourcissez le texte et réessayez.
error-internal = Une erreur est survenue de notre côté. Réessayez dans un instant.
error-required = Ce champ est obligatoire.
error-email-invalid = Cette adresse e-mail n’est pas valide (exemple : nom@exemple.tn).
error-email-taken = Un compte existe déjà avec cette adresse. Connectez-vous ou utilisez « Mot de passe oublié ».
error-email-unconfirmed = Votre adresse n’est pas encore confirmée. Nous vous avons envoyé un nouveau lien.
error-name-too-short = Le nom doit comporter au moins 2 caractères.
error-name-too-long = Le nom doit comporter au plus 60 caractères.
error-name-invalid = Le nom contient des caractères non autorisés.
error-password-too-short = Le mot de passe doit comporter au moins 10 caractères.
error-password-too-long = Le mot de passe doit comporter au plus 128 caractères.
error-password-contains-email = Le mot de passe ne doit pas contenir votre adresse e-mail.
error-password-contains-name = Le mot de passe ne doit pas contenir votre nom.
error-password-mismatch = Les deux mots de passe ne sont pas identiques.
error-invalid-credentials = Adresse e-mail ou mot de passe incorrect.
error-link-invalid = Ce lien n’est pas valide. Vérifiez que vous l’avez copié en entier.
error-link-used = Ce lien a déjà été utilisé.
error-link-expired = Ce lien a expiré.
error-role-invalid = Ce rôle n’existe pas.

## Emails
email-confirm-subject = { $municipality } : confirmez votre adresse e-mail
email-confirm-body =
    Bonjour { $name },

    Pour activer votre compte Majlis ({ $municipality }), ouvrez ce lien :
    { $link }

    Le lien est valable { $hours } heures. Si vous n’avez pas créé de compte, ignorez ce message.

    — Majlis, { $municipality }
email-reset-subject = { $municipality } : nouveau mot de passe
email-reset-body =
    Bonjour { $name },

    Pour choisir un nouveau mot de passe, ouvrez ce lien :
    { $link }

    Le lien est valable { $minutes } minutes et ne sert qu’une fois. Si vous n’avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.

    — Majlis, { $municipality }

## Participation: shared
nav-consultations = Consultations
save = Enregistrer
choose = — Choisir —
filter-apply = Filtrer
filter-search = Rechercher
filter-all = Toutes
filter-open = En cours
filter-upcoming = À venir
filter-closed = Terminées
timing-open = En cours
timing-upcoming = À venir
timing-closed = Terminée
staff-work-tools = Outils de travail
col-proposal = Proposition
col-consultation = Consultation
col-due = Réponse attendue le
col-line = Ligne
col-problem = Problème
col-problems = Problèmes
col-rows = Lignes
col-imported = Importées
field-title = Titre
field-title-hint = De 10 à 150 caractères.
field-description = Description
field-markdown-hint = Mise en forme Markdown possible : **gras**, listes, liens.
field-district = Quartier
field-category = Thème
field-address = Adresse ou lieu
field-address-hint = Facultatif : où se trouve ce dont vous parlez.
field-body = Votre proposition
field-body-hint = Décrivez l’idée, pourquoi elle compte et pour qui (5 000 caractères au plus, Markdown possible).
field-proposal-title-hint = Un titre clair, de 10 à 150 caractères.
field-starts-on = Du
field-ends-on = Au
field-support-threshold = Seuil de soutiens
field-support-threshold-hint = Nombre de soutiens à partir duquel la commune doit répondre à la proposition.
field-support-limit = Soutiens par habitant
field-support-limit-hint = Nombre de propositions qu’un habitant peut soutenir dans cette consultation (0 = sans limite).
field-answer-days = Délai de réponse (jours)
field-answer-days-hint = Jours dont disposent les élus pour répondre à une proposition qui a atteint le seuil.
field-name-ar = Nom en arabe
field-name-fr = Nom en français
field-name-en = Nom en anglais
field-order = Trier par
field-answer-state = Réponse
field-answer-text = Texte de la réponse
field-withdraw-reason = Motif du retrait
field-withdraw-note = Explication
field-withdraw-note-hint = Obligatoire si le motif est « Autre ».
field-national-id = Numéro de carte d’identité nationale
field-national-id-hint = Les 8 chiffres de la CIN. Il n’est jamais conservé : seule une empreinte chiffrée l’est.
field-birth-year = Année de naissance
field-resident-email = Adresse e-mail du compte de l’habitant
field-census-file = Fichier CSV (numéro de CIN, année de naissance)
stat-proposals = Propositions
stat-supports = Soutiens
stat-answered = Réponses publiées
stat-overdue = Réponses en retard

## Consultations
consultations-title = Consultations
consultations-lead = Les consultations de la commune : informez-vous, proposez, soutenez et suivez les réponses.
consultations-filter = Filtrer les consultations
consultations-empty = Aucune consultation ici pour l’instant
consultations-empty-body = Essayez un autre filtre, ou revenez bientôt.
consultation-new = Nouvelle consultation
consultation-edit = Modifier la consultation
consultation-save = Enregistrer la consultation
consultation-publish = Publier la consultation
consultation-draft = Brouillon
consultation-drafts = Brouillons (visibles par l’équipe seulement)
consultation-draft-hint = Un brouillon n’est visible que par l’équipe qui prépare les consultations.
consultation-no-dates = Dates à venir
consultation-districts = Quartiers concernés :
consultation-districts-hint = Aucune case cochée : toute la commune.
consultation-phases = Étapes
consultation-phases-hint = Indiquez les dates des étapes prévues, dans l’ordre et sans chevauchement. Laissez vides celles qui n’ont pas lieu.
consultation-rules = Règles
consultation-about = Présentation
consultation-overdue = { $count ->
    [one] Une proposition attend sa réponse depuis plus de { $days } jours.
   *[other] { $count } propositions attendent leur réponse depuis plus de { $days } jours.
}
phase-current = Étape en cours :
phase-information = Information
phase-information-hint = La commune présente le projet et ses enjeux.
phase-proposals = Propositions
phase-proposals-hint = Les habitants déposent leurs propositions.
phase-supports = Soutiens
phase-supports-hint = Les habitants vérifiés soutiennent les propositions.
phase-debate = Débat
phase-debate-hint = Les propositions sont discutées.
phase-evaluation = Évaluation
phase-evaluation-hint = Les services étudient les propositions retenues.
phase-outcome = Résultat
phase-outcome-hint = La commune publie ses réponses et ce qui sera fait.
rule-threshold = { $count ->
    [one] Une proposition soutenue par une personne reçoit une réponse officielle.
   *[other] Une proposition soutenue par { $count } personnes reçoit une réponse officielle.
}
rule-limit = { $count ->
    [one] Chaque habitant peut soutenir une proposition.
   *[other] Chaque habitant peut soutenir { $count } propositions.
}
rule-no-limit = Chaque habitant peut soutenir autant de propositions qu’il le souhaite.
rule-answer-days = { $count ->
    [one] Les élus répondent dans un délai d’un jour.
   *[other] Les élus répondent dans un délai de { $count } jours.
}
districts-title = Quartiers
districts-lead = Les quartiers de la commune, nommés dans les trois langues. Les consultations et les propositions s’y rattachent.
district-add = Ajouter un quartier
district-save = Renommer
district-all = Tous les quartiers
district-whole-town = Toute la commune
notice-consultation-saved = La consultation est enregistrée.
notice-consultation-published = La consultation est publiée : tout le monde peut la voir.
notice-district-saved = Le quartier est enregistré.

## Proposals
proposals-title = Propositions
proposals-see = Voir les propositions
proposals-count = { $count ->
    [0] Aucune proposition
    [one] Une proposition
   *[other] { $count } propositions
}
proposals-empty = Aucune proposition ne correspond
proposals-empty-body = Changez les filtres, ou soyez le premier à proposer.
proposal-new = Faire une proposition
proposal-edit = Modifier ma proposition
proposal-save = Enregistrer les modifications
proposal-publish = Publier ma proposition
proposal-withdraw = Retirer ma proposition
proposal-withdrawn = Retirée
proposal-by = Par
proposal-history = Historique
category-all = Tous les thèmes
category-none = Sans thème
category-urbanism = Urbanisme
category-environment = Environnement
category-mobility = Déplacements
category-culture = Culture
category-sport = Sport
category-social = Solidarité
category-economy = Économie
category-other = Autre
order-supported = Les plus soutenues
order-newest = Les plus récentes
order-random = Au hasard
withdraw-duplicate = Doublon d’une autre proposition
withdraw-already-done = Déjà réalisé
withdraw-not-feasible = Pas réalisable
withdraw-other = Autre
similar-title = Des propositions semblables existent
similar-lead = Regardez si l’une d’elles dit la même chose : vous pouvez la soutenir plutôt que d’en publier une nouvelle.
similar-confirm = Aucune ne dit la même chose : publier quand même
supports-count = { $count ->
    [0] Aucun soutien
    [one] Un soutien
   *[other] { $count } soutiens
}
supports-left = { $count ->
    [0] Vous avez utilisé vos { $limit } soutiens dans cette consultation.
    [one] Il vous reste un soutien sur { $limit }.
   *[other] Il vous reste { $count } soutiens sur { $limit }.
}
threshold-reached = Seuil atteint : la commune doit répondre
threshold-missing = { $count ->
    [one] Encore un soutien pour atteindre le seuil.
   *[other] Encore { $count } soutiens pour atteindre le seuil.
}
support-action = Soutenir
support-done = Vous soutenez cette proposition.
support-withdraw = Retirer mon soutien
support-login = Connectez-vous pour soutenir
support-verify = Pour soutenir, faites vérifier votre compte d’habitant.
support-limit-reached = Vous avez utilisé tous vos soutiens dans cette consultation.
support-closed = Les soutiens ne sont pas ouverts en ce moment.
support-withdrawn = Proposition retirée : elle ne peut plus être soutenue.
assist-title = Soutien assisté (guichet)
assist-lead = Pour un habitant sans internet : saisissez son numéro de CIN et son année de naissance, lus sur sa carte. Le soutien sera marqué comme saisi par vous.
assist-submit = Enregistrer le soutien
answer-title = Réponse de la commune
answer-none-yet = Pas encore de réponse publiée.
answer-none = Sans réponse
answer-all = Toutes les réponses
answer-under-evaluation = À l’étude
answer-accepted = Acceptée
answer-partially-accepted = Acceptée en partie
answer-rejected = Refusée
answer-overdue = { $days ->
    [one] Réponse en retard d’un jour
   *[other] Réponse en retard de { $days } jours
}
answer-due = Réponse attendue au plus tard le
answer-form-title = Répondre (élus)
answer-draft-saved = Brouillon enregistré le
answer-then = Ensuite
answer-save-draft = Garder en brouillon
answer-publish = Publier la réponse et prévenir les participants
answer-submit = Valider
answer-has-draft = Brouillon
answers-title = Réponses à donner
answers-lead = Les propositions qui ont atteint leur seuil et attendent une réponse, les plus en retard d’abord.
answers-empty = Aucune réponse en attente
answers-empty-body = Toutes les propositions qui ont atteint leur seuil ont reçu une réponse.
event-proposal-created = Proposition publiée
event-proposal-edited = Proposition modifiée
event-proposal-withdrawn = Proposition retirée
event-proposal-answered = Réponse publiée
event-support-assisted = Soutien saisi au guichet
notice-proposal-published = Votre proposition est publiée.
notice-proposal-edited = Votre proposition est modifiée.
notice-proposal-withdrawn = La proposition est retirée. Elle reste visible, marquée comme telle.
notice-support-assisted = Le soutien est enregistré.
notice-answer-saved = Le brouillon de réponse est enregistré.
notice-answer-published = La réponse est publiée ; l’auteur et les soutiens sont prévenus par e-mail.
email-answer-subject = Réponse de la commune : { $title }
email-answer-body =
    Bonjour,

    La commune ({ $municipality }) a répondu à la proposition « { $title } », que vous avez déposée ou soutenue.

    Réponse : { $state }

    Lire la réponse complète : { $link }

    — Majlis, { $municipality }

## Verification
verify-title = Vérifier mon compte d’habitant
verify-lead = Seuls les habitants vérifiés peuvent soutenir des propositions : une personne, un soutien.
verify-done = Votre compte est vérifié :
verify-census-title = Avec le registre de la commune
verify-census-lead = Saisissez votre numéro de carte d’identité et votre année de naissance ; nous les comparons au registre des habitants.
verify-submit = Vérifier
verify-privacy = Votre numéro n’est jamais enregistré en clair ni affiché.
verify-in-person-title = Au guichet
verify-in-person-lead = Vous pouvez aussi vous présenter avec votre carte d’identité à l’accueil de la mairie : un agent vérifiera votre compte.
method-census = registre des habitants
method-in-person = au guichet
in-person-title = Vérifier un habitant au guichet
in-person-lead = Après avoir vu sa carte d’identité, saisissez l’adresse de son compte et son numéro de CIN.
in-person-id-hint = Lu sur la carte présentée. Il n’est conservé que sous forme d’empreinte chiffrée.
in-person-submit = Vérifier ce compte
census-title = Registre des habitants
census-lead = Importez la liste des habitants (numéro de CIN et année de naissance) : les habitants s’y comparent depuis leur compte. Seule une empreinte chiffrée des numéros est conservée.
census-entries = Habitants dans le registre
census-verified = Comptes vérifiés
census-import = Importer un fichier
census-import-lead = Un fichier CSV, une ligne par habitant : numéro de CIN, année de naissance. Une ligne d’en-tête est acceptée.
census-import-submit = Importer
census-mode = Si des lignes sont erronées
census-mode-good-rows = Importer les lignes correctes
census-mode-all-or-nothing = N’importer rien
census-report = Rapport d’import
census-report-applied = { $imported } habitants ajoutés, { $known } déjà connus, { $problems } lignes erronées (non importées).
census-report-refused = Rien n’a été importé : { $problems } lignes erronées. Corrigez-les et importez à nouveau.
census-methods = Moyens de vérification
census-imports = Derniers imports
notice-verified = Votre compte est vérifié : vous pouvez soutenir des propositions.
notice-resident-verified = Le compte de l’habitant est vérifié.
notice-settings-saved = Les réglages sont enregistrés.

## Participation errors
error-similar = Des propositions semblables existent déjà : regardez-les avant de publier.
error-title-too-short = Le titre doit compter au moins 10 caractères.
error-title-too-long = Le titre doit compter au plus 150 caractères.
error-text-too-long = Ce texte est trop long.
error-number-invalid = Saisissez un nombre valide.
error-date-invalid = Saisissez une date valide (AAAA-MM-JJ).
error-date-before-start = La fin doit venir après le début.
error-phase-overlap = Cette étape commence avant la fin de la précédente.
error-phases-required = Indiquez au moins une étape avec ses dates.
error-district-invalid = Ce quartier n’existe pas.
error-choice-invalid = Choisissez une option de la liste.
error-withdraw-note-required = Expliquez le motif du retrait.
error-national-id-invalid = Le numéro de CIN compte 8 chiffres.
error-birth-year-invalid = Saisissez une année de naissance valide.
error-identity-unknown = Cette personne n’est ni dans le registre (avec cette année de naissance) ni vérifiée.
error-identity-taken = Ce numéro vérifie déjà un autre compte. Adressez-vous au guichet de la mairie.
error-census-no-match = Aucun habitant du registre ne correspond à ce numéro et cette année de naissance.
error-account-unknown = Aucun compte n’utilise cette adresse.
error-census-empty = Le fichier ne contient aucune ligne.
error-census-not-utf8 = Le fichier doit être un CSV encodé en UTF-8.
error-census-row-unreadable = Ligne illisible.
error-census-columns = La ligne doit contenir exactement deux colonnes.
error-census-duplicate = Ce numéro figure déjà plus haut dans le fichier.
error-forbidden-draft = Cette consultation n’est pas publiée.
error-forbidden-planner-only = Réservé aux urbanistes et aux administrateurs.
error-forbidden-referent-only = Réservé aux référents et aux administrateurs.
error-forbidden-not-author = Seul l’auteur peut modifier ou retirer cette proposition.
error-forbidden-verification-required = Faites d’abord vérifier votre compte d’habitant.
error-forbidden-official-only = Réservé aux élus et aux administrateurs.
error-conflict-proposals-closed = Le dépôt de propositions n’est pas ouvert dans cette consultation.
error-conflict-supports-closed = Les soutiens ne sont pas ouverts en ce moment.
error-conflict-already-supported = Cette identité soutient déjà cette proposition.
error-conflict-support-limit = Vous avez utilisé tous vos soutiens dans cette consultation.
error-conflict-proposal-withdrawn = Cette proposition a été retirée.
error-conflict-proposal-locked = Une proposition ne peut plus être modifiée après son premier soutien ou sa réponse.
error-conflict-already-verified = Ce compte est déjà vérifié.
error-conflict-census-disabled = La vérification par le registre n’est pas ouverte.
error-conflict-in-person-disabled = La vérification au guichet n’est pas ouverte.
activity-district-saved = Quartier enregistré
activity-consultation-saved = Consultation enregistrée
activity-consultation-published = Consultation publiée
activity-proposal-created = Proposition publiée
activity-proposal-edited = Proposition modifiée
activity-proposal-withdrawn = Proposition retirée
activity-proposal-answered = Réponse publiée
activity-support-assisted = Soutien saisi au guichet
activity-user-verified = Compte d’habitant vérifié
activity-verification-methods = Moyens de vérification modifiés
activity-census-imported = Registre importé
