# Le retour aux citoyens : bilan des consultations, redevabilité, suivis et notifications.
stage-participating = Participation en cours
stage-awaiting-outcome = Bilan attendu
stage-outcome-published = Bilan publié
stage-concluded = Terminée
stage-archived = Archivée
outcome-overdue = { $days ->
    [one] Bilan en retard d’un jour
   *[other] Bilan en retard de { $days } jours
}
days-since = { $days ->
    [0] aujourd’hui
    [one] il y a 1 jour
   *[other] il y a { $days } jours
}
outcome-title = Bilan de la consultation
outcome-summary = Ce que nous avons entendu
outcome-decisions = Décisions prises et pourquoi
outcome-next-steps = Prochaines étapes
outcome-participation-ended = Participation close le
outcome-published-on = Bilan publié le
outcome-due-on = Bilan attendu au plus tard le
outcome-not-yet = La participation n’est pas terminée : le bilan sera publié après.
outcome-awaited = La participation est terminée. La commune doit publier le bilan de cette consultation ; cette page le montrera.
outcome-draft = Brouillon (visible par les élu·e·s seulement)
outcome-tools = Pour les élu·e·s
outcome-write = Rédiger le bilan
outcome-correct = Corriger le bilan publié
outcome-form-lead = Le bilan dit ce qui a été entendu, ce qui a été décidé et pourquoi, et ce qui vient ensuite. Les réponses aux propositions, les comptes rendus et les conclusions des débats s’y ajoutent d’eux-mêmes.
outcome-draft-only = La participation n’est pas terminée : vous pouvez préparer un brouillon, pas encore le publier.
field-outcome-summary = Ce que nous avons entendu
field-outcome-decisions = Décisions prises et pourquoi
outcome-next-steps-hint = Une date et un texte par étape ; laissez vides les lignes inutiles.
outcome-step-date = Date de l’étape { $n }
outcome-step-text = Étape { $n }
outcome-correct-hint = Le bilan est publié : vos corrections seront publiées aussitôt (sans nouvelle notification).
outcome-publish = Publier le bilan et prévenir les participant·e·s
outcome-submit = Enregistrer
outcome-answers = Réponses aux propositions ayant atteint le seuil
outcome-answers-none = Aucune proposition n’a atteint le seuil de soutiens.
outcome-answer-missing = Réponse attendue
outcome-minutes = Comptes rendus des réunions
outcome-conclusions = Conclusions des débats
consultation-conclude = Marquer la consultation comme terminée
consultation-archive = Archiver la consultation
notice-outcome-saved = Le brouillon du bilan est enregistré.
notice-outcome-published = Le bilan est publié ; les participant·e·s vont être prévenu·e·s.
notice-consultation-concluded = La consultation est marquée comme terminée.
notice-consultation-archived = La consultation est archivée.
accountability-title = Redevabilité : où en sont les consultations
accountability-lead = Chaque consultation doit se terminer par un bilan publié. Les bilans en retard sont en tête.
accountability-empty = Aucune consultation publiée
accountability-empty-body = Les consultations apparaîtront ici dès leur publication.
accountability-consultation = Consultation
accountability-stage = État
accountability-closed = Participation close
accountability-outcome = Bilan
field-outcome-days = Délai pour publier le bilan (jours)
field-outcome-days-hint = Compté à partir de la fin de la dernière phase de participation (60 par défaut).
staff-outcomes-owed = Bilans attendus
activity-outcome-saved = Bilan enregistré
activity-outcome-published = Bilan publié
activity-consultation-concluded = Consultation terminée
activity-consultation-archived = Consultation archivée
error-conflict-participation-ongoing = La participation n’est pas terminée : le bilan ne peut pas encore être publié.
error-conflict-outcome-not-published = Publiez d’abord le bilan : une consultation ne peut être terminée ni archivée sans lui.
error-conflict-already-concluded = Cette consultation est déjà terminée.
error-conflict-not-concluded = Cette consultation n’est pas encore terminée.
error-conflict-already-archived = Cette consultation est archivée : elle ne change plus.
error-conflict-link-invalid = Ce lien n’est pas valide. Vérifiez qu’il est complet, ou gérez vos emails depuis votre compte.
error-conflict-link-used = Ce lien a déjà été utilisé : votre désinscription est faite.
error-date-required = Indiquez une date.
follow = Suivre
unfollow = Ne plus suivre
following = Vous suivez
notice-followed = Vous suivez désormais cette page : vous serez prévenu·e de ses suites.
notice-unfollowed = Vous ne suivez plus cette page.
notice-preferences-saved = Vos préférences sont enregistrées.
notifications-title = Notifications
notifications-unread = { $count ->
    [0] Aucune notification non lue.
    [one] 1 notification non lue.
   *[other] { $count } notifications non lues.
}
notifications-empty = Aucune notification
notifications-empty-body = Vous serez prévenu·e ici des suites données aux consultations et propositions auxquelles vous avez participé ou que vous suivez.
notifications-mark-read = Tout marquer comme lu
notification-new = Nouveau
notification-outcome-published = Bilan publié : { $title }
notification-proposal-answered = Réponse de la commune ({ $state }) : { $title }
email-preferences = Emails
field-email-mode = M’écrire par email
field-email-mode-hint = Les notifications restent toujours visibles ici.
email-mode-immediate = À chaque nouvelle
email-mode-digest = Un résumé par jour
email-mode-never = Jamais
delivery-pending = Email en attente d’envoi
delivery-sent = Email envoyé
delivery-failed = Email non distribué
delivery-not-emailed = Pas d’email (votre choix)
delivery-in-digest = Dans le prochain résumé quotidien
sent-title = Ce que nous vous avons envoyé
sent-lead = Tous les emails que Majlis vous a adressés, et où en est leur envoi.
sent-empty = Aucun email
sent-empty-body = Majlis ne vous a encore rien envoyé.
sent-subject = Objet
sent-written = Écrit le
sent-state = Envoi
sent-attempts = { $count ->
    [one] 1 tentative
   *[other] { $count } tentatives
}
unsubscribe-title = Se désinscrire
unsubscribe-consultation = Ne plus recevoir d’emails sur la consultation « { $title } ».
unsubscribe-proposal = Ne plus recevoir d’emails sur la proposition « { $title } ».
unsubscribe-all = Ne plus recevoir aucun email de notification (les emails de compte et de réunion continuent).
unsubscribe-submit = Me désinscrire
unsubscribe-hint = Vous pourrez revenir sur ce choix depuis la page Notifications de votre compte.
notice-unsubscribed = C’est fait : vous ne recevrez plus ces emails.
email-notice-outcome-published-subject = Bilan publié : { $title }
email-notice-outcome-published-body =
    Bonjour,
    La commune ({ $municipality }) a publié le bilan de la consultation « { $title } », à laquelle vous avez participé ou que vous suivez : ce qui a été entendu, ce qui a été décidé et la suite.
    Lire le bilan : { $link }
    Ne plus recevoir d’emails sur cette consultation (un clic) : { $unsubscribe }
    — Majlis, { $municipality }
email-notice-proposal-answered-subject = La commune a répondu : { $title }
email-notice-proposal-answered-body =
    Bonjour,
    La commune ({ $municipality }) a répondu à la proposition « { $title } », que vous avez déposée, soutenue, commentée ou suivie.
    Réponse : { $state }
    Lire la réponse complète : { $link }
    Ne plus recevoir d’emails sur cette proposition (un clic) : { $unsubscribe }
    — Majlis, { $municipality }
digest-line-outcome-published = • Bilan publié : { $title } — { $link }
digest-line-proposal-answered = • Réponse ({ $state }) : { $title } — { $link }
email-digest-subject = { $count ->
    [one] Votre résumé du jour : 1 nouvelle
   *[other] Votre résumé du jour : { $count } nouvelles
}
email-digest-body =
    Bonjour,
    Voici les suites données aux consultations et propositions que vous suivez :
    { $items }
    Ne plus recevoir aucun email de notification (un clic) : { $unsubscribe }
    — Majlis, { $municipality }
rule-outcome-days = { $count ->
    [one] La commune publie le bilan au plus tard un jour après la fin de la participation.
   *[other] La commune publie le bilan au plus tard { $count } jours après la fin de la participation.
}
nav-notifications = Notifications
nav-accountability = Redevabilité
results-title = Suites données
results-lead = Ce que la commune fait après la consultation : chaque action, son état et son avancement, mis à jour en public.
results-empty = Aucune suite publiée pour l’instant
results-empty-body = Les élu·e·s publieront ici les actions décidées et leur avancement.
result-title = Suite donnée
result-new = Ajouter une suite
result-edit = Modifier la suite
result-save = Enregistrer la suite
result-status-planned = Prévue
result-status-in-progress = En cours
result-status-done = Réalisée
result-status-cancelled = Abandonnée
result-progress-value = Avancement : { $value } %
result-rolled-up = L’avancement est la moyenne pondérée de celui des sous-actions.
result-children = Sous-actions
result-milestones = Étapes franchies
result-milestones-none = Aucune étape pour l’instant.
result-proposals = Propositions à l’origine
result-meetings = Réunions liées
result-history = Historique des changements
result-change-created = Créée
result-change-edited = Description ou dates modifiées
result-change-status = État
result-change-progress = Avancement
result-change-milestone = Étape
result-parent-none = Aucune (action principale)
field-result-title = Titre
field-result-description = Description
field-result-status = État
field-result-progress = Avancement (%)
field-result-progress-hint = Un nombre entier de 0 à 100.
field-result-weight = Poids dans l’action principale
field-result-weight-hint = De 1 à 100 : compte dans l’avancement de l’action principale.
field-result-starts-on = Début
field-result-ends-on = Fin prévue
field-result-parent = Sous-action de
field-milestone-day = Date de l’étape
field-milestone-text = Ce qui a été fait
milestone-add = Ajouter l’étape
notice-result-saved = La suite est enregistrée ; les personnes qui suivent la consultation sont prévenues de tout changement d’état ou d’avancement.
notice-milestone-added = L’étape est ajoutée ; les personnes qui suivent la consultation sont prévenues.
proposal-results = Suites données à cette proposition
error-progress-invalid = Saisissez un nombre entier de 0 à 100.
error-weight-invalid = Saisissez un nombre entier de 1 à 100.
error-milestone-before-start = Une étape ne peut pas être datée avant le début de l’action.
notification-result-updated = Suite « { $title } » : { $state }, { $progress } %
notification-result-milestone = Suite « { $title } » : nouvelle étape le { $date }
email-notice-result-updated-subject = Avancement : { $title }
email-notice-result-updated-body =
    Bonjour,
    La commune ({ $municipality }) a mis à jour une suite donnée à une consultation que vous suivez : « { $title } ».
    État : { $state } — avancement : { $progress } %
    Voir le détail : { $link }
    Ne plus recevoir d’emails sur cette consultation (un clic) : { $unsubscribe }
    — Majlis, { $municipality }
email-notice-result-milestone-subject = Nouvelle étape : { $title }
email-notice-result-milestone-body =
    Bonjour,
    Une étape a été franchie le { $date } pour « { $title } », suite donnée à une consultation que vous suivez.
    Voir le détail : { $link }
    Ne plus recevoir d’emails sur cette consultation (un clic) : { $unsubscribe }
    — Majlis, { $municipality }
digest-line-result-updated = • Suite « { $title } » : { $state }, { $progress } % — { $link }
digest-line-result-milestone = • Nouvelle étape ({ $date }) : { $title } — { $link }
