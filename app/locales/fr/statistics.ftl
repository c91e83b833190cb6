# statistics: the texts of app/src/statistics/ in this language.

statistics-title = Statistiques de la participation
statistics-lead = La participation dans toute la commune : qui a participé, ce qui a été proposé et soutenu, et si les élus ont répondu à temps. Les mêmes chiffres que les données ouvertes.
statistics-of-consultation = La participation à la concertation « { $title } ».
statistics-to-consultation = Voir la concertation
statistics-whole = Toute la commune
statistics-choose = Concertation
statistics-participants = Participants (comptes)
statistics-proposals = Propositions
statistics-supports = Soutiens
statistics-comments = Commentaires
statistics-meetings = Réunions publiques
statistics-attendance = Présences aux réunions
statistics-accountability = Redevabilité
statistics-answers-on-time = Réponses dans le délai
statistics-answers-late = Réponses en retard (ou attendues après le délai)
statistics-answers-owed = Réponses encore dues
statistics-outcomes-on-time = Bilans publiés dans le délai
statistics-outcomes-late = Bilans en retard
statistics-outcomes-owed = Bilans encore dus
statistics-by-district = Par quartier
statistics-withheld-note = Les soutiens d’un quartier sont publiés à partir de 5 ; en dessous, « moins de 5 » (la même règle que les données ouvertes).
statistics-over-time = Au fil du temps
statistics-chart-supports-district = Soutiens par quartier de la proposition
statistics-chart-proposals-district = Propositions par quartier
statistics-chart-supports-month = Soutiens par mois
statistics-chart-proposals-month = Propositions par mois
statistics-chart-desc-district = { $count ->
    [one] Diagramme en barres, { $count } quartier ; les chiffres sont dans le tableau qui suit.
   *[other] Diagramme en barres, { $count } quartiers ; les chiffres sont dans le tableau qui suit.
}
statistics-chart-desc-month = { $count ->
    [one] Diagramme en barres, { $count } mois ; les chiffres sont dans le tableau qui suit.
   *[other] Diagramme en barres, { $count } mois ; les chiffres sont dans le tableau qui suit.
}
statistics-nothing-yet = Rien à montrer pour l’instant.
statistics-withheld = moins de 5
statistics-col-label = Quoi
statistics-col-value = Nombre
statistics-log-title = Registre public des actes
statistics-log-link = Le registre et sa clé
statistics-open-data-link = Les données ouvertes
footer-statistics = Statistiques
