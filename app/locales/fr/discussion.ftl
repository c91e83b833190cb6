# discussion : les textes de app/src/debates/, app/src/comments/ et app/src/moderation/.

debates-title = Débats
debates-see = Débats
debates-count = { $count ->
    [0] Aucun débat pour l’instant
    [one] Un débat
   *[other] { $count } débats
}
debates-empty = Aucun débat pour l’instant
debates-empty-body = Les débats s’ouvrent ici pendant la concertation.
debate-phase-open = La phase de débat est ouverte : vos commentaires sont les bienvenus.
debate-phase-not-open = La phase de débat n’est pas ouverte : les commentaires sont fermés.
debate-new = Ouvrir un débat
debate-by = Ouvert par
debate-closed = Clos
debate-locked = Verrouillé par la modération
debate-lock = Verrouiller la discussion
debate-unlock = Déverrouiller la discussion
debate-conclusions = Conclusions
debate-close = Clore le débat avec des conclusions
debate-close-submit = Clore le débat
debate-open-submit = Ouvrir le débat
debate-title-hint = Une question à laquelle les habitants peuvent répondre, de 10 à 150 caractères.
field-debate-title = Question
field-debate-body = Contexte
field-conclusions = Conclusions
conclusions-hint = Ce que la commune retient du débat. Affichées en tête du débat ; plus de nouveaux commentaires après la clôture.
notice-debate-opened = Le débat est ouvert.
notice-debate-closed = Le débat est clos ; ses conclusions sont affichées en tête.
activity-debate-opened = Débat ouvert
activity-debate-closed = Débat clos

activity-moderation-threshold-set = Seuil de signalements modifié

thread-debate = Débat
thread-proposal = Proposition
thread-meeting = Réunion
comments-count = { $count ->
    [0] Commentaires
    [one] Un commentaire
   *[other] { $count } commentaires
}
comments-empty = Aucun commentaire pour l’instant. Donnez votre avis le premier.
comment-order = Ordre des commentaires
comment-order-oldest = Plus anciens
comment-order-newest = Plus récents
comment-order-best = Mieux notés
alignment-filter = Positions
alignment-all = Tous
alignment-for = Pour
alignment-against = Contre
alignment-neutral = Neutre
alignment-none = — Sans position —
field-alignment = Votre position
field-comment = Votre commentaire
field-reply = Votre réponse
comment-hint = Jusqu’à 2 000 caractères. Markdown : **gras**, *italique*, listes, liens.
comment-edit-hint = Un commentaire se modifie pendant 10 minutes après sa publication ; il sera marqué comme modifié.
comment-submit = Publier le commentaire
comment-reply-submit = Publier la réponse
comment-save = Enregistrer
comment-login = Connectez-vous pour commenter
comment-reply = Répondre
comment-edit = Modifier
comment-edited = modifié
comment-delete = Supprimer
comment-delete-confirm = Supprimer définitivement ce commentaire
comment-deleted-text = Commentaire supprimé par son auteur.
comment-more-replies = { $count ->
    [one] Voir une autre réponse
   *[other] Voir { $count } autres réponses
}
comment-page-title = Commentaire
comment-reply-title = Répondre à un commentaire
comment-edit-title = Modifier un commentaire
comment-whole-thread = Voir toute la discussion
vote-up = D’accord
vote-down = Pas d’accord
notice-comment-posted = Votre commentaire est publié.
notice-comment-edited = Votre commentaire est modifié.
notice-comment-deleted = Votre commentaire est supprimé.
account-blocked = compte bloqué
role-system = automatique (signalements)

content-hidden = Contenu masqué par la modération
content-comment = Commentaire
content-proposal = Proposition
content-debate = Débat
content-user = Compte
reason-spam = Spam ou publicité
reason-offensive = Injurieux ou haineux
reason-off-topic = Hors sujet
reason-personal-data = Données personnelles
reason-other = Autre
report-link = Signaler
report-title = Signaler un contenu
report-lead = Dites aux modérateurs ce qui ne va pas. Votre signalement reste privé : ni l’auteur ni le public ne savent qui a signalé.
field-report-reason = Motif
field-report-details = Précisions
report-details-hint = Obligatoires pour « Autre » ; jusqu’à 1 000 caractères.
report-submit = Envoyer le signalement
notice-report-sent = Merci : votre signalement a été transmis aux modérateurs.

moderation-title = Modération
moderation-empty = Rien à examiner
moderation-empty-body = Les contenus signalés et ceux masqués par les signalements apparaissent ici.
moderation-author = Auteur :
moderation-reports = { $count ->
    [0] aucun signalement ouvert
    [one] un signalement ouvert
   *[other] { $count } signalements ouverts
}
moderation-reports-counted = { $count ->
    [0] aucun d’un résident vérifié ou d’un agent
    [one] dont un d’un résident vérifié ou d’un agent
   *[other] dont { $count } de résidents vérifiés ou d’agents
}
moderation-staff-content = Contenu d’un agent : jamais masqué automatiquement, un autre référent décide
moderation-auto-hidden = Masqué par les signalements, à examiner
field-moderation-act = Action
field-hide-reason = Motif (pour masquer)
moderation-act-hide = Masquer
moderation-act-restore = Rétablir
moderation-act-dismiss = Classer les signalements
moderation-act-lock = Verrouiller le débat
moderation-apply = Appliquer
notice-moderation-done = C’est fait. L’acte figure au journal public de modération.
block-author = Bloquer l’auteur
field-block-length = Durée
block-length-7 = 7 jours
block-length-30 = 30 jours
block-length-365 = Un an
block-length-permanent = Définitivement
field-justification = Justification
justification-hint = Obligatoire. Conservée par les services ; non publiée.
block-submit = Bloquer le compte
blocked-title = Comptes bloqués
blocked-none = Aucun compte bloqué.
blocked-until = jusqu’au { $date }
unblock = Débloquer
appeals-title = Recours
appeals-lead = Des auteurs demandent le rétablissement de leur contenu. Un recours est tranché par un autre référent que celui qui a masqué le contenu.
appeals-waiting = { $count ->
    [0] Aucun recours en attente
    [one] Un recours en attente
   *[other] { $count } recours en attente
}
hidden-now = { $count ->
    [0] Aucun contenu masqué
    [one] Un contenu masqué
   *[other] { $count } contenus masqués
}
hidden-list-title = Contenus masqués
hidden-list-lead = Tout contenu masqué en ce moment, le plus récent d’abord : par les signalements ou par un référent, recours rejeté compris. Chacun peut être rétabli.
hidden-list-empty = Aucun contenu masqué
hidden-list-empty-body = Les contenus masqués apparaissent ici jusqu’à ce qu’ils soient rétablis.
appeals-empty = Aucun recours en attente
appeals-empty-body = Les recours des auteurs apparaissent ici.
appeal-text = Le recours de l’auteur :
appeal-reverse = Rétablir le contenu
appeal-uphold = Le laisser masqué
appeal-link = Faire un recours
appeal-title = Recours contre une décision de modération
appeal-lead = Expliquez pourquoi votre contenu devrait être rétabli. Un seul recours est possible ; un autre référent décide et vous êtes prévenu par courriel.
field-appeal = Votre recours
appeal-submit = Envoyer le recours
appeal-state-waiting = Votre recours est envoyé ; un référent va décider.
appeal-state-upheld = Votre recours a été examiné : le contenu reste masqué.
appeal-state-reversed = Votre recours a été accepté : le contenu est rétabli.
notice-appeal-sent = Votre recours est envoyé.
modlog-title = Journal de modération
modlog-lead = Chaque acte de modération, en toute transparence : quand, quoi, pourquoi et par quel rôle. Qui a signalé n’apparaît jamais.
modlog-empty = Aucun acte de modération
modlog-empty-body = Les actes de modération seront listés ici.
modlog-date = Date
modlog-action = Acte
modlog-content = Contenu
modlog-reason = Motif
modlog-role = Par
modlog-auto-hidden = Masqué automatiquement (signalements)
modlog-hidden = Masqué
modlog-restored = Rétabli
modlog-dismissed = Signalements classés
modlog-locked = Débat verrouillé
modlog-unlocked = Débat déverrouillé
modlog-blocked = Compte bloqué
modlog-unblocked = Compte débloqué
modlog-appeal-upheld = Recours rejeté
modlog-appeal-reversed = Recours accepté, rétabli
modlog-debate-closed = Débat clos avec conclusions

threshold-now = { $count ->
    [one] Un contenu est masqué automatiquement dès son premier signalement.
   *[other] Un contenu est masqué automatiquement à { $count } signalements distincts.
}
field-threshold = Signalements qui masquent un contenu
threshold-hint = De 1 à 100 signalements distincts, comptés jusqu’à la décision d’un référent.
threshold-save = Enregistrer le seuil
error-threshold-invalid = Saisissez un nombre entier de 1 à 100.

error-reply-too-deep = Les réponses s’imbriquent sur trois niveaux au plus : répondez au commentaire au-dessus.
error-details-required = Dites en quelques mots ce qui ne va pas.
error-lock-not-debate = Seul un débat, ou un commentaire d’un débat, peut être verrouillé.
error-forbidden-blocked = Votre compte est bloqué par les modérateurs : vous ne pouvez ni publier, ni soutenir, ni vous inscrire.
error-forbidden-own-content = Vous ne pouvez pas faire cela sur votre propre contenu.
error-forbidden-own-moderation = Un autre référent doit trancher ce recours : c’est vous qui avez pris la décision contestée.
error-conflict-debate-closed = Ce débat est clos : il ne prend plus de commentaires.
error-conflict-debate-phase-closed = La phase de débat de cette concertation n’est pas ouverte.
error-conflict-comments-closed = Les commentaires sont fermés ici.
error-conflict-already-reported = Vous avez déjà signalé ce contenu.
error-conflict-edit-window-passed = Un commentaire ne se modifie que dans les 10 minutes qui suivent sa publication.
error-conflict-comment-deleted = Ce commentaire a été supprimé ou masqué.
error-conflict-already-appealed = Vous avez déjà fait un recours ; la décision vous sera envoyée par courriel.
error-conflict-not-hidden = Ce contenu n’est pas masqué.
error-conflict-appeal-decided = Ce recours a déjà été tranché.
error-conflict-case-decided = Ce cas a déjà été tranché ; voyez le journal de modération.

email-content-hidden-subject = Votre contenu a été masqué
email-content-hidden-body =
    Bonjour,
    Votre contenu sur la plateforme de participation de { $municipality } a été masqué par la modération.
    Contenu : { $kind } — « { $excerpt } »
    Motif : { $reason }
    Si vous pensez qu’il s’agit d’une erreur, vous pouvez faire un recours, une fois : { $link }
    — Majlis, { $municipality }
email-appeal-upheld-subject = Votre recours a été examiné
email-appeal-upheld-body =
    Bonjour,
    Un référent de { $municipality } a examiné votre recours concernant « { $excerpt } » ({ $kind }) : le contenu reste masqué.
    — Majlis, { $municipality }
email-appeal-reversed-subject = Votre recours a été accepté
email-appeal-reversed-body =
    Bonjour,
    Un référent de { $municipality } a accepté votre recours : « { $excerpt } » ({ $kind }) est de nouveau visible.
    { $link }
    — Majlis, { $municipality }
