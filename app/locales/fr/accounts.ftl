# accounts: the texts of app/src/accounts/ in this language.

field-display-name-hint = Visible à côté de vos contributions (2 à 60 caractères).
field-email-hint = Nous y enverrons un lien de confirmation. Elle n’est jamais publiée.
field-password = Mot de passe
field-new-password = Nouveau mot de passe
field-password-hint = Au moins 10 caractères, sans votre nom ni votre adresse e-mail.
field-password-confirm = Confirmez le mot de passe
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
account-title = Mon compte
account-language = Langue des e-mails
account-password-help = Pour changer de mot de passe :
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
email-registered-again-subject = { $municipality } : quelqu’un a voulu créer un compte avec votre adresse
email-registered-again-body =
    Bonjour { $name },
    Quelqu’un (peut-être vous) a demandé à créer un compte Majlis avec cette adresse, qui en a déjà un. Aucun compte n’a été créé.
    Pour vous connecter : { $login }
    Mot de passe oublié : { $reset }
    Si ce n’était pas vous, ignorez ce message : votre compte n’a pas changé.
    — Majlis, { $municipality }
account-data-title = Vos données
account-export-lead = Téléchargez tout ce que Majlis garde sur vous : votre profil, vos propositions, vos soutiens et les e-mails qui vous ont été envoyés (fichier JSON).
account-export = Télécharger mes données
account-delete-title = Supprimer mon compte
account-delete-lead = Votre nom et votre adresse e-mail seront effacés. Vos propositions restent publiées, signées « compte supprimé » ; vos soutiens restent comptés, sans lien avec vous. C’est définitif.
account-delete-password = Votre mot de passe, pour confirmer
account-delete-submit = Supprimer définitivement mon compte
error-conflict-last-admin = Vous êtes le seul administrateur : donnez le rôle d’administrateur à un autre compte avant de supprimer le vôtre.
notice-account-deleted = Votre compte a été supprimé.
