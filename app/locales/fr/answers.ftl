# answers: the texts of app/src/answers/ in this language.

col-proposal = Proposition
col-consultation = Consultation
col-due = Réponse attendue le
field-answer-text = Texte de la réponse
answer-under-evaluation = À l’étude
answer-accepted = Acceptée
answer-partially-accepted = Acceptée en partie
answer-rejected = Refusée
answer-overdue = { $days ->
    [one] Réponse en retard d’un jour
   *[other] Réponse en retard de { $days } jours
}
answer-form-title = Répondre (élus)
answer-draft-saved = Brouillon enregistré le
answer-then = Ensuite
answer-save-draft = Garder en brouillon
answer-publish = Publier la réponse et prévenir les participants
answer-submit = Valider
answer-has-draft = Brouillon
answers-lead = Les propositions qui ont atteint leur seuil et attendent une réponse, les plus en retard d’abord.
answers-empty = Aucune réponse en attente
answers-empty-body = Toutes les propositions qui ont atteint leur seuil ont reçu une réponse.
