# platform: the texts of app/src/platform/ (the installation's operators) in this language.

platform-title = Communes de l’installation
platform-lead = Chaque commune a son adresse, sa base de données, ses comptes et son personnel. Cette page montre ce qu’elles contiennent, jamais les données personnelles de leurs habitants.
platform-count = { $count ->
    [one] Une commune en plus de celle-ci.
   *[other] { $count } communes en plus de celle-ci.
}
platform-empty = Aucune autre commune pour l’instant
platform-empty-body = Créez-en une avec le formulaire ci-dessous ou la commande « server municipality create ».
platform-col-municipality = Commune
platform-col-activity = Activité
platform-col-state = État
platform-col-actions = Actions
platform-activity = comptes : { $accounts } · consultations : { $consultations } · propositions : { $proposals } · soutiens : { $supports } · commentaires : { $comments } · réunions : { $meetings }
platform-last-activity = dernière participation le { $day }
platform-no-activity = aucune participation encore
platform-counted = compté le { $at }
platform-not-counted = pas encore compté
platform-active = Ouverte
platform-suspended = Suspendue
platform-created = créée le { $day }
platform-suspend = Suspendre
platform-resume = Rouvrir
platform-invite = Inviter un administrateur
platform-invite-hint = La personne reçoit, de la part de la commune, un lien pour choisir son mot de passe (valable 7 jours). Son adresse n’est pas gardée ici.
platform-invite-send = Envoyer l’invitation
platform-new = Nouvelle commune
platform-field-host = Adresse (nom d’hôte)
platform-field-host-hint = Par exemple laouaha.majlis.tn ; le DNS et le certificat de ce nom doivent mener à ce serveur.
platform-create = Créer la commune
notice-municipality-created = La commune est créée. Invitez maintenant son administrateur.
notice-municipality-suspended = La commune est suspendue : son adresse affiche une page qui le dit.
notice-municipality-resumed = La commune est rouverte.
notice-invitation-sent = L’invitation est envoyée.
error-host-invalid = Saisissez un nom d’hôte comme laouaha.majlis.tn (lettres latines, chiffres, tirets et points ; un nom en arabe s’écrit sous sa forme xn--).
error-host-taken = Cette adresse est déjà celle d’une commune de l’installation.
error-forbidden-operator-only = Seuls les opérateurs de l’installation peuvent faire cela.
error-conflict-municipality-suspended = Cette commune est suspendue : rouvrez-la d’abord.
email-invitation-subject = { $municipality } : vous êtes invité à administrer Majlis
email-invitation-body =
    Bonjour { $name },
    Vous êtes invité à administrer Majlis, la plateforme de participation de { $municipality }, à l’adresse { $address }.
    Pour choisir votre mot de passe, ouvrez ce lien :
    { $link }
    Le lien est valable { $days } jours et ne sert qu’une fois. À votre première connexion, vous configurerez votre second facteur.
    — Majlis, { $municipality }
activity-installation-municipality-created = Commune créée
activity-installation-municipality-suspended = Commune suspendue
activity-installation-municipality-resumed = Commune rouverte
activity-installation-administrator-invited = Administrateur invité
host-unknown-title = Aucune commune à cette adresse
host-unknown-body = Cette adresse ne correspond à aucune commune de ce serveur. Vérifiez le lien, ou adressez-vous à votre commune.
host-suspended-title = Commune momentanément indisponible
host-suspended-body = La plateforme de participation de cette commune est suspendue. Ses contenus sont conservés ; elle rouvrira quand l’opérateur le décidera.
