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
