# common: the site frame, shared fields and widgets, and error messages.

site-name = Majlis
dev-email-links-banner = Serveur de développement : les liens des e-mails (confirmation, mot de passe) sont visibles des administrateurs dans la boîte d’envoi. Ce réglage ne doit jamais servir pour une vraie commune.
site-description = Majlis, la plateforme de participation citoyenne de votre commune : proposer, soutenir, débattre et suivre chaque décision.
municipality-unnamed = Votre commune
loading = Chargement…
back-home = Retour à l’accueil
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
field-display-name = Nom affiché
field-email = Adresse e-mail
notice-logged-out = Vous êtes déconnecté.
account-role = Rôle
account-member-since = Inscrit le
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
col-when = Quand
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
nav-consultations = Consultations
choose = — Choisir —
filter-apply = Filtrer
field-title = Titre
field-markdown-hint = Mise en forme Markdown possible : **gras**, listes, liens.
field-district = Quartier
field-answer-state = Réponse
field-national-id = Numéro de carte d’identité nationale
field-national-id-hint = Les 8 chiffres de la CIN. Il n’est jamais conservé : seule une empreinte chiffrée l’est.
field-birth-year = Année de naissance
stat-supports = Soutiens
consultations-title = Consultations
consultation-new = Nouvelle consultation
rule-threshold = { $count ->
    [one] Une proposition soutenue par une personne reçoit une réponse officielle.
   *[other] Une proposition soutenue par { $count } personnes reçoit une réponse officielle.
}
districts-title = Quartiers
district-all = Tous les quartiers
proposals-count = { $count ->
    [0] Aucune proposition
    [one] Une proposition
   *[other] { $count } propositions
}
proposal-new = Faire une proposition
proposal-withdrawn = Retirée
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
support-verify = Pour soutenir, faites vérifier votre compte d’habitant.
answers-title = Réponses à donner
verify-title = Vérifier mon compte d’habitant
in-person-title = Vérifier un habitant au guichet
census-title = Registre des habitants
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
error-identity-unknown = Cette personne n’est pas dans le registre avec cette année de naissance.
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
error-verify-own-account = Vous ne pouvez pas vérifier votre propre compte : un autre agent doit le faire.
error-account-unconfirmed = Le titulaire de ce compte n’a pas encore confirmé son adresse e-mail : il doit d’abord ouvrir le lien de confirmation.
error-not-in-census = Ce numéro n’est pas dans le registre chargé. Vérifiez-le, ou demandez à l’administrateur d’autoriser les numéros hors registre.
error-code-invalid = Ce code ne correspond pas. Vérifiez l’heure de votre téléphone et saisissez le code affiché maintenant.
error-code-used = Ce code a déjà servi. Attendez le suivant (il change toutes les 30 secondes).
error-forbidden-own-second-factor = Vous ne pouvez pas réinitialiser votre propre second facteur : utilisez un code de secours, ou demandez-le à un autre administrateur.
deleted-account = compte supprimé
error-password-wrong = Mot de passe incorrect.
