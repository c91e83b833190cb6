# admin: the texts of app/src/admin/ in this language.

yes = Oui
no = Non
staff-title = Espace agents
staff-your-role = Votre rôle :
staff-admin-tools = Administration
staff-activity = Activité récente
staff-activity-empty = Aucune activité pour l’instant
staff-activity-empty-body = Les inscriptions, confirmations et changements de rôle apparaîtront ici.
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
staff-work-tools = Outils de travail
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
activity-account-second-factor-enrolled = Second facteur activé
activity-account-recovery-code-used = Code de secours utilisé
activity-account-second-factor-reset = Second facteur réinitialisé
activity-account-deleted = Compte supprimé
