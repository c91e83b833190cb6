nav-my-requests = Mes demandes
footer-track = Suivre une demande
request-status-received = Reçue
request-status-incomplete = Incomplète
request-status-in-progress = En traitement
request-status-ready = Prête
request-status-refused = Refusée
request-status-closed = Clôturée
field-kind-text = Texte
field-kind-number = Nombre
field-kind-date = Date
field-kind-choice = Choix dans une liste
field-kind-file = Fichier
# The form of a request
request-new = Faire une demande en ligne
request-assisted-title = Enregistrer une demande au guichet
request-assisted-hint = Vous enregistrez cette demande pour une personne présente au guichet. Elle est marquée « au guichet » avec votre nom. Remettez-lui le code de suivi imprimé : c’est avec lui qu’elle suivra sa demande.
request-documents-reminder = Pièces à fournir
request-file-hint = PDF, image, document bureautique ou CSV ; le type est vérifié d’après le contenu.
request-file-again = Un navigateur ne garde pas les fichiers choisis : choisissez-les à nouveau avant d’envoyer.
field-required-mark = obligatoire
field-date-hint = Au format AAAA-MM-JJ.
field-applicant-name = Nom de la personne
field-applicant-phone = Téléphone de la personne
field-applicant-phone-hint = Facultatif ; visible des seuls agents, pour la prévenir quand la demande avance.
field-attachment = Pièces jointes
field-attachment-hint = Jusqu’à { $count } fichiers de { $size } Mo au plus chacun.
request-submit = Envoyer la demande
request-register = Enregistrer la demande
procedure-request-online = Faire la demande en ligne
procedure-request-assisted = Enregistrer une demande au guichet
# Fields of a procedure's request
procedure-fields-title = Champs de la demande en ligne
procedure-fields-lead = Ce que la demande en ligne de cette démarche demande aux habitants, dans l’ordre. Les demandes déjà envoyées gardent les réponses et les libellés d’alors.
procedure-fields-not-online = Cette démarche n’est pas marquée « en ligne » : seuls les agents au guichet voient ce formulaire.
procedure-fields-empty = Aucun champ : la demande ne contient que les pièces jointes.
procedure-field-add = Ajouter un champ
procedure-field-remove = Retirer
field-field-kind = Type de réponse
field-label-ar = Libellé en arabe
field-label-fr = Libellé en français
field-choices = Choix proposés
field-choices-hint = Un choix par ligne (pour un champ « choix dans une liste »).
field-required = Obligatoire
notice-field-added = Le champ est ajouté au formulaire.
notice-field-removed = Le champ est retiré du formulaire.
# Following a request
track-title = Suivre une demande
track-lead = Saisissez le code de suivi reçu à l’envoi de la demande (ou remis au guichet). Il montre l’état de la demande, son historique et son délai légal, sans nom ni pièce.
field-tracking-code = Code de suivi
track-submit = Voir la demande
track-code = Code de suivi
track-status = État
track-submitted = Envoyée le
track-due = Délai légal
track-no-due = Pas de délai fixé par la loi
track-paused = (délai suspendu : il manque quelque chose)
track-history = Historique
track-clock-note = Le délai est suspendu tant que la demande est incomplète et reprend quand la pièce manquante arrive.
request-late-badge = En retard
request-assisted-badge = Au guichet
request-title = Demande
request-code-hint = Gardez le code de suivi : toute personne qui l’a voit l’état de la demande (pas vos réponses ni vos pièces).
request-answers = Réponses
request-files = Pièces
request-file-size = { $size } Ko
request-assisted-by = Enregistrée au guichet par
request-taken-by = Prise en charge par
request-not-taken = Personne pour l’instant
my-requests-title = Mes demandes
my-requests-lead = Les démarches que vous avez demandées en ligne, et où elles en sont.
my-requests-empty = Aucune demande
my-requests-empty-body = Les démarches marquées « en ligne » dans le catalogue peuvent être demandées depuis leur page.
request-col-procedure = Démarche
request-col-submitted = Envoyée le
request-col-status = État
request-col-due = Délai légal
request-missing-title = Envoyer ce qui manque
request-missing-lead = La demande est incomplète : l’historique ci-dessus dit ce qui manque. Envoyez-le ici ; le délai reprend à l’envoi.
field-missing-note = Message
request-missing-submit = Envoyer
request-satisfaction-question = Le résultat était-il ce dont vous aviez besoin ?
request-satisfaction-yes = Oui
request-satisfaction-no = Non
request-satisfied-yes = Vous avez répondu : oui, le résultat était ce dont vous aviez besoin. Merci.
request-satisfied-no = Vous avez répondu : non, le résultat n’était pas ce dont vous aviez besoin. Merci.
notice-request-sent = La demande est envoyée. Gardez son code de suivi.
notice-request-taken = Vous avez pris cette demande en charge.
notice-request-status-changed = L’état de la demande est changé ; la personne est prévenue.
notice-request-missing-sent = C’est envoyé : la demande revient aux agents et le délai reprend.
notice-request-thanks = Merci pour votre réponse.
# The clerks' queue
queue-title = File des demandes
queue-lead = Les demandes se traitent dans l’ordre d’arrivée. Prendre une demande avant une plus ancienne de la même démarche demande une raison écrite, conservée ; ces passe-droits sont comptés publiquement chaque mois sur la page de la démarche.
queue-waiting = { $count ->
    [0] Aucune demande en attente
    [one] { $count } demande en attente
   *[other] { $count } demandes en attente
}
queue-all-procedures = Toutes les démarches
queue-take-next = Prendre la plus ancienne
queue-empty = Aucune demande
queue-empty-body = Aucune demande n’a cet état pour l’instant.
notice-queue-empty = Aucune demande n’attend.
request-take = Prendre en charge
request-out-of-order = Une demande plus ancienne de cette démarche attend encore. Pour prendre celle-ci avant, écrivez pourquoi : la raison est conservée et le passe-droit est compté publiquement.
field-take-reason = Raison
field-take-reason-hint = Par exemple : urgence médicale, dossier déposé en mains propres par erreur.
request-move = Faire avancer la demande
field-request-to = Nouvel état
field-request-note = Note pour la personne
field-request-note-hint = Obligatoire pour « incomplète » (ce qui manque) et « refusée » (la raison). La personne la lit.
request-move-submit = Enregistrer
# Public figures on a procedure's page
procedure-stats-title = Les demandes de cette démarche en chiffres
procedure-stats-lead = Par mois. Les demandes ne sont jamais publiées, seulement comptées. Les délais comptent depuis l’envoi, pauses exclues, et ne sont donnés qu’à partir de { $count } demandes traitées dans le mois.
stats-month = Mois
stats-received = Reçues
stats-completed = Traitées
stats-late = En retard
stats-half = La moitié en moins de
stats-most = 90 % en moins de
stats-satisfied = Satisfaction (oui / non)
stats-satisfaction = { $yes } / { $no }
stats-out-of-order = Prises hors ordre
stats-too-few = trop peu
stats-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
# Problems
error-conflict-request-changed = Cette demande a changé depuis l’ouverture de la page (un autre agent, un second clic). Voici son état actuel.
error-conflict-already-taken = Un autre agent a déjà pris cette demande.
error-conflict-too-many-open-requests = Un compte non vérifié peut avoir 3 demandes en cours à la fois. Faites vérifier votre identité, ou attendez qu’une demande soit clôturée.
error-conflict-procedure-not-online = Cette démarche ne se demande pas en ligne : sa page dit où s’adresser.
error-conflict-already-answered = Vous avez déjà répondu.
error-out-of-order-reason-required = Une demande plus ancienne attend : écrivez pourquoi vous prenez celle-ci avant.
error-request-note-required = Écrivez ce qui manque, ou la raison du refus : la personne la lira.
error-request-missing-empty = Écrivez un message ou joignez un fichier.
error-choices-too-few = Donnez au moins deux choix, un par ligne.
error-fields-too-many = Une demande a au plus 20 champs.
error-attachments-too-many = Trois pièces jointes au plus.
error-tracking-code-invalid = Un code de suivi a 20 lettres et chiffres, par groupes de quatre (par exemple ABCD-EFGH-JKLM-NPQR-STUV).
error-tracking-code-unknown = Aucune demande n’a ce code. Vérifiez-le.
# Notifications and emails
notification-request-updated = Votre demande « { $title } » : { $state }
digest-line-request-updated = • Votre demande « { $title } » : { $state } — { $link }
email-notice-request-updated-subject = Votre demande « { $title } » : { $state }
email-notice-request-updated-body =
    Bonjour,
    Votre demande « { $title } » auprès de la commune ({ $municipality }) est maintenant : { $state }.
    { $note }
    Code de suivi : { $code }
    Voir la demande : { $link }
    — Majlis, { $municipality }
activity-procedure-fields-changed = Champs de la demande en ligne modifiés
activity-request-assisted = Demande enregistrée au guichet
activity-request-taken = Demande prise en charge
activity-request-status-changed = État d’une demande changé
