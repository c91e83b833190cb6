# consultations: the texts of app/src/consultations/ in this language.

filter-all = Toutes
filter-open = En cours
filter-upcoming = À venir
filter-closed = Terminées
timing-open = En cours
timing-upcoming = À venir
timing-closed = Terminée
field-title-hint = De 10 à 150 caractères.
field-description = Description
field-starts-on = Du
field-ends-on = Au
field-support-threshold = Seuil de soutiens
field-support-threshold-hint = Nombre de soutiens à partir duquel la commune doit répondre à la proposition.
field-support-limit = Soutiens par habitant
field-support-limit-hint = Nombre de propositions qu’un habitant peut soutenir dans cette consultation (0 = sans limite).
field-answer-days = Délai de réponse (jours)
field-answer-days-hint = Jours dont disposent les élus pour répondre à une proposition qui a atteint le seuil.
stat-proposals = Propositions
stat-answered = Réponses publiées
stat-overdue = Réponses en retard
consultations-lead = Les consultations de la commune : informez-vous, proposez, soutenez et suivez les réponses.
consultations-filter = Filtrer les consultations
consultations-empty = Aucune consultation ici pour l’instant
consultations-empty-body = Essayez un autre filtre, ou revenez bientôt.
consultation-edit = Modifier la consultation
consultation-save = Enregistrer la consultation
consultation-publish = Publier la consultation
consultation-draft = Brouillon
consultation-drafts = Brouillons (visibles par l’équipe seulement)
consultation-draft-hint = Un brouillon n’est visible que par l’équipe qui prépare les consultations.
consultation-no-dates = Dates à venir
consultation-districts = Quartiers concernés :
consultation-districts-hint = Aucune case cochée : toute la commune.
consultation-phases = Étapes
consultation-phases-hint = Indiquez les dates des étapes prévues, dans l’ordre et sans chevauchement. Laissez vides celles qui n’ont pas lieu.
consultation-rules = Règles
consultation-about = Présentation
consultation-overdue = { $count ->
    [one] Une proposition attend sa réponse depuis plus de { $days } jours.
   *[other] { $count } propositions attendent leur réponse depuis plus de { $days } jours.
}
phase-current = Étape en cours :
phase-information = Information
phase-information-hint = La commune présente le projet et ses enjeux.
phase-proposals = Propositions
phase-proposals-hint = Les habitants déposent leurs propositions.
phase-supports = Soutiens
phase-supports-hint = Les habitants vérifiés soutiennent les propositions.
phase-debate = Débat
phase-debate-hint = Les propositions sont discutées.
phase-evaluation = Évaluation
phase-evaluation-hint = Les services étudient les propositions retenues.
phase-outcome = Résultat
phase-outcome-hint = La commune publie ses réponses et ce qui sera fait.
rule-limit = { $count ->
    [one] Chaque habitant peut soutenir une proposition.
   *[other] Chaque habitant peut soutenir { $count } propositions.
}
rule-no-limit = Chaque habitant peut soutenir autant de propositions qu’il le souhaite.
rule-answer-days = { $count ->
    [one] Les élus répondent dans un délai d’un jour.
   *[other] Les élus répondent dans un délai de { $count } jours.
}
notice-consultation-saved = La consultation est enregistrée.
notice-consultation-published = La consultation est publiée : tout le monde peut la voir.
proposals-see = Voir les propositions
