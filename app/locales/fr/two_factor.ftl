two-factor-title = Code de vérification
two-factor-enrol-lead = Les agents de la commune protègent leur compte par un second facteur : un code à six chiffres qui change toutes les 30 secondes, donné par une application sur votre téléphone.
two-factor-enrol-app = Installez une application d’authentification (par exemple FreeOTP, Aegis, Google Authenticator ou Microsoft Authenticator).
two-factor-enrol-scan = Dans l’application, ajoutez un compte en scannant ce code QR.
two-factor-qr-label = Code QR à scanner avec l’application d’authentification
two-factor-enrol-key = Sans appareil photo, saisissez cette clé :
two-factor-enrol-confirm = Saisissez ci-dessous le code affiché par l’application.
two-factor-verify-lead = Saisissez le code à six chiffres affiché par votre application d’authentification. Sans votre téléphone, utilisez un de vos codes de secours.
field-two-factor-code = Code
field-two-factor-code-hint = Six chiffres, ou un code de secours (xxxxx-xxxxx).
two-factor-submit = Valider
two-factor-enrolled = Votre second facteur est activé.
recovery-codes-title = Vos codes de secours
recovery-codes-lead = Si vous perdez votre téléphone, chacun de ces codes permet de vous connecter une fois. Imprimez-les ou notez-les et gardez-les en lieu sûr.
recovery-codes-once = Ils ne seront plus jamais affichés.
recovery-codes-continue = J’ai noté mes codes, continuer
recovery-codes-gone = Les codes de secours ne s’affichent qu’une fois, juste après l’activation.
users-reset-second-factor = Réinitialiser le second facteur
notice-second-factor-reset = Second facteur réinitialisé : la personne en configurera un nouveau à sa prochaine connexion.
second-factor-due = Votre compte a un rôle d’agent : confirmez votre second facteur pour accéder à l’espace des agents.
second-factor-due-link = Confirmer maintenant
error-second-factor-unreadable = Votre second facteur ne peut pas être vérifié sur ce serveur (sa clé a changé). Demandez à un administrateur de le réinitialiser ; vous en configurerez un nouveau à la connexion suivante.
email-second-factor-failures-subject = { $municipality } : des codes de vérification erronés pour votre compte
email-second-factor-failures-body =
    Bonjour { $name },
    Aujourd’hui, votre mot de passe a été saisi correctement pour votre compte Majlis, puis plusieurs codes de vérification erronés. Si ce n’était pas vous, quelqu’un connaît votre mot de passe et essaie de deviner le code de votre application d’authentification.
    Changez votre mot de passe dès maintenant : { $reset } (« Mot de passe oublié »). Les sessions ouvertes avec l’ancien se ferment, et les codes, refusés après trop d’erreurs dans la journée, sont de nouveau acceptés.
    Si c’était vous (l’heure du téléphone, une faute de frappe), ignorez ce message. Vous ne recevrez pas d’autre message de ce genre aujourd’hui.
    — Majlis, { $municipality }
