nav-meetings = Réunions
meetings-title = Réunions publiques
meetings-count = { $count ->
    [0] Aucune réunion
    [one] Une réunion
   *[other] { $count } réunions
}
meetings-see = Réunions
meetings-calendar = Calendrier (ICS)
meetings-when = Quelles réunions
meetings-upcoming = À venir
meetings-past = Passées
meetings-empty = Aucune réunion ici
meetings-empty-body = Les réunions publiques, ateliers et séances du conseil municipal apparaîtront ici.
meeting-new = Nouvelle réunion
meeting-edit = Modifier la réunion
meeting-form-title = Réunion
meeting-kind-in_person = En présentiel
meeting-kind-online = En ligne
meeting-kind-hybrid = Hybride
meeting-cancelled-badge = Réunion annulée
meeting-when = Date
meeting-organizer = Organisée par
meeting-seats = Places
meeting-add-calendar = Ajouter à mon agenda
meeting-who-registers = Inscription en ligne
meeting-open-to-all = Ouverte à toute personne ayant un compte
meeting-verified-only = Habitants vérifiés
seats-left = { $count ->
    [0] Complet ({ $capacity } places)
    [one] Une place libre sur { $capacity }
   *[other] { $count } places libres sur { $capacity }
}
waiting-count = { $count ->
    [0] personne en liste d’attente
    [one] une personne en liste d’attente
   *[other] { $count } personnes en liste d’attente
}
minutes-available = Compte rendu publié
minutes-pending = Compte rendu à venir
minutes-overdue = { $days ->
    [one] Compte rendu en retard d’un jour
   *[other] Compte rendu en retard de { $days } jours
}
agenda-minutes = { $count ->
    [one] 1 minute
   *[other] { $count } minutes
}
agenda-total = { $count ->
    [one] Durée prévue : 1 minute
   *[other] Durée prévue : { $count } minutes
}
registration-heading = Inscription
seat-you-confirmed = Vous êtes inscrit·e : une place vous est réservée.
seat-you-waiting = { $ahead ->
    [0] Vous êtes en liste d’attente, en première position.
    [one] Vous êtes en liste d’attente ; une personne est avant vous.
   *[other] Vous êtes en liste d’attente ; { $ahead } personnes sont avant vous.
}
registration-code = Votre code d’inscription :
registration-qr-label = QR code de votre inscription, à présenter à l’accueil
registration-cancel = Annuler l’inscription
meeting-register = M’inscrire
meeting-join-waitlist = Complet : m’inscrire en liste d’attente
meeting-login-to-register = Connectez-vous pour vous inscrire
meeting-verify-to-register = L’inscription est réservée aux habitants vérifiés : faites vérifier votre compte pour vous inscrire.
minutes-heading = Compte rendu
minutes-published-on = Publié le
minutes-attendance = { $count ->
    [0] Aucune personne présente
    [one] Une personne présente
   *[other] { $count } personnes présentes
}
minutes-proposals = Propositions discutées
meeting-organise = Organisation
meeting-door = Accueil et émargement
minutes-write = Rédiger le compte rendu
minutes-correct = Corriger le compte rendu
meeting-cancel = Annuler la réunion
field-cancel-reason = Motif de l’annulation (envoyé aux inscrits)
meeting-cancel-submit = Annuler la réunion et prévenir les inscrits
field-consultation = Consultation
meeting-standalone = Aucune (réunion indépendante)
field-meeting-title = Titre
field-meeting-body = Description
field-kind = Format
field-starts-at = Début
field-ends-at = Fin
time-zone-hint = Heure de la commune.
address-hint = Obligatoire pour une réunion en présentiel ou hybride.
field-link = Lien de la visioconférence
link-hint = Obligatoire pour une réunion en ligne ou hybride (https://…).
field-agenda = Ordre du jour
agenda-hint = Un point par ligne, la durée en minutes d’abord : « 30 Présentation du projet ».
field-accessibility = Accessibilité
accessibility-hint = Par exemple : interprétation en langue des signes, garde d’enfants, accès en fauteuil.
field-capacity = Nombre de places
field-reserved-seats = Places réservées
reserved-seats-hint = Gardées pour les inscriptions faites par les référents et l’accueil ; non proposées en ligne.
field-registration-opens = Ouverture des inscriptions
field-registration-closes = Clôture des inscriptions
field-open-to-all = Ouvrir l’inscription à tout le monde
field-open-to-all-hint = Sinon, seuls les habitants vérifiés s’inscrivent en ligne (des comptes jetables ne peuvent pas remplir la salle). Les inscriptions par les référents et à l’accueil restent ouvertes à tous.
meeting-save = Enregistrer la réunion
assisted-code = Code d’inscription à remettre à la personne :
door-present = { $count ->
    [0] Personne n’est encore présent
    [one] 1 présent
   *[other] { $count } présents
}
door-registered = { $count } inscrits pour { $capacity } places
check-in-heading = Émarger avec un code
field-code = Code d’inscription
code-hint = Six caractères, tapés ou lus au scanner, sur la confirmation reçue par e-mail, sur la page de la réunion ou sur papier.
check-in-submit = Marquer présent
walk-in-heading = Personne venue sans inscription
field-person-name = Nom
walk-in-submit = Ajouter comme présent
assist-heading = Inscrire une personne sans internet
assist-body = La personne compte parmi les places ; son code s’affiche après l’inscription pour lui être remis.
field-phone = Téléphone (facultatif)
phone-hint = Pour l’appeler en cas de changement ; visible seulement de l’organisateur, des référents et des administrateurs, effacé une semaine après la réunion.
assist-register-submit = Inscrire pour elle
door-people = Personnes attendues
door-status = Inscription
door-phone-col = Téléphone
door-present-col = Présence
door-is-present = Présent
channel-self = En ligne
channel-assisted = Inscrit par un référent
channel-walk_in = Sur place
seat-confirmed = Inscrit
seat-waiting = En attente
seat-cancelled = Annulé
field-summary = Résumé des échanges
field-decisions = Décisions
field-attendance = Participation
attendance-hint = Le nombre d’émargements, sauf correction (avec un motif).
field-attendance-reason = Motif de la correction
staff-minutes-owed = Vos réunions dont le compte rendu est en retard
minutes-submit = Publier le compte rendu

notice-meeting-saved = La réunion est enregistrée.
notice-meeting-cancelled = La réunion est annulée ; les inscrits sont prévenus par e-mail.
notice-seat-confirmed = Vous êtes inscrit·e. La confirmation, avec votre code et l’invitation d’agenda, part par e-mail.
notice-seat-waiting = La réunion est complète : vous êtes en liste d’attente. Vous serez prévenu·e par e-mail si une place se libère.
notice-registration-cancelled = L’inscription est annulée.
notice-minutes-published = Le compte rendu est publié ; les inscrits sont prévenus.
notice-checked-in = Présence enregistrée.
notice-walk-in-added = La personne est ajoutée comme présente.
notice-assisted-confirmed = La personne est inscrite.
notice-assisted-waiting = La réunion est complète : la personne est en liste d’attente.

error-forbidden-organizer-only = Seul l’organisateur de la réunion (ou un administrateur) peut faire cela.
error-conflict-already-registered = Vous êtes déjà inscrit·e à cette réunion.
error-conflict-registration-not-open = Les inscriptions ne sont pas encore ouvertes.
error-conflict-registration-closed = Les inscriptions sont closes.
error-conflict-meeting-past = Cette réunion a déjà eu lieu.
error-conflict-meeting-cancelled = Cette réunion est annulée.
error-conflict-not-registered = Cette inscription n’est pas (ou plus) active.
error-conflict-code-unknown = Aucune inscription avec ce code pour cette réunion.
error-conflict-already-checked-in = Ce code a déjà été utilisé : la personne est déjà marquée présente.
error-conflict-hall-full = La salle est pleine : toutes les places sont occupées.
error-conflict-meeting-not-over = Le compte rendu se publie après la fin de la réunion.
error-agenda-invalid = Chaque ligne de l’ordre du jour doit avoir un titre (200 caractères au plus), précédé de sa durée en minutes.
error-agenda-too-long = L’ordre du jour compte 30 points au plus.
error-end-before-start = La fin doit être après le début.
error-meeting-too-long = Une réunion dure au plus 7 jours.
error-capacity-invalid = Le nombre de places doit être entre 1 et 100 000.
error-capacity-below-registered = Il y a déjà plus d’inscrits que ce nombre de places.
error-reserved-invalid = Les places réservées doivent être entre 0 et le nombre de places.
error-closes-before-opens = La clôture des inscriptions doit suivre leur ouverture.
error-closes-after-start = Les inscriptions doivent se clore avant le début de la réunion.
error-datetime-invalid = Date et heure non reconnues (AAAA-MM-JJ HH:MM).
error-meeting-link-invalid = Le lien doit commencer par https:// ou http://.
error-consultation-unknown = Cette consultation n’existe pas.
error-meeting-in-past = Le début doit être dans le futur.
error-phone-invalid = Numéro non reconnu (6 à 20 chiffres).
error-seat-code-invalid = Un code compte six caractères.
error-attendance-reason-required = Indiquez pourquoi la participation diffère des émargements.
error-proposal-unknown = Cette proposition n’appartient pas à la consultation de la réunion.

activity-meeting-created = Réunion créée
activity-meeting-changed = Réunion modifiée
activity-meeting-cancelled = Réunion annulée
activity-meeting-registration-assisted = Inscription faite par un référent
activity-meeting-minutes-published = Compte rendu publié

email-seat-confirmed-subject = Inscription confirmée : { $title }
email-seat-confirmed-body =
    Bonjour,
    Votre inscription à la réunion « { $title } » est confirmée.
    Date : { $when }
    Lieu : { $place }
    Votre code d’inscription, à donner à l’accueil : { $code }
    L’invitation d’agenda est jointe. Pour annuler : { $link }
    — Majlis, { $municipality }
email-seat-waiting-subject = Liste d’attente : { $title }
email-seat-waiting-body =
    Bonjour,
    La réunion « { $title } » ({ $when }) est complète : vous êtes en liste d’attente.
    Si une place se libère, elle vous est attribuée automatiquement et vous recevez un e-mail.
    { $link }
    — Majlis, { $municipality }
email-seat-promoted-subject = Une place s’est libérée : { $title }
email-seat-promoted-body =
    Bonjour,
    Une place s’est libérée : vous êtes maintenant inscrit·e à la réunion « { $title } ».
    Date : { $when }
    Lieu : { $place }
    Votre code d’inscription : { $code }
    L’invitation d’agenda est jointe. Si vous ne pouvez plus venir, annulez : { $link }
    — Majlis, { $municipality }
email-meeting-changed-subject = Réunion modifiée : { $title }
email-meeting-changed-body =
    Bonjour,
    La réunion « { $title } » a changé.
    Date : { $when }
    Lieu : { $place }
    L’invitation d’agenda à jour est jointe. Détails : { $link }
    — Majlis, { $municipality }
email-meeting-cancelled-subject = Réunion annulée : { $title }
email-meeting-cancelled-body =
    Bonjour,
    La réunion « { $title } » prévue le { $when } est annulée.
    Motif : { $reason }
    { $link }
    — Majlis, { $municipality }
email-meeting-reminder-subject = Rappel : { $title }
email-meeting-reminder-body =
    Bonjour,
    Rappel : vous êtes inscrit·e à la réunion « { $title } ».
    Date : { $when }
    Lieu : { $place }
    Votre code d’inscription : { $code }
    Si vous ne pouvez plus venir, libérez votre place : { $link }
    — Majlis, { $municipality }
email-minutes-published-subject = Compte rendu publié : { $title }
email-minutes-published-body =
    Bonjour,
    Le compte rendu de la réunion « { $title } » est publié : { $link }
    — Majlis, { $municipality }
