# developers: the texts of app/src/developers/ (the public API's page) in this language.

developers-title = API publique
developers-lead = Les données publiques de la participation, en JSON, pour les journalistes, les chercheurs et les applications : les mêmes données et les mêmes règles que les données ouvertes. Lecture seule, sans compte.
developers-openapi = La description OpenAPI 3.1 (openapi.json)
developers-open-data = Les données ouvertes (paquet complet)
developers-rules-title = Règles
developers-rule-paging = Les listes sont paginées : au plus 100 éléments par page (paramètre limit, 20 par défaut) ; passez next_cursor comme cursor pour la page suivante.
developers-rule-etag = Chaque réponse porte un ETag : renvoyez-le dans If-None-Match pour recevoir 304 si rien n’a changé.
developers-rule-errors = Les erreurs sont des « problem details » (RFC 9457, application/problem+json) qui disent ce qui ne va pas.
developers-rule-limit = Au plus 300 requêtes par minute et par adresse ; au-delà, 429 avec Retry-After.
developers-rule-privacy = Aucune donnée personnelle ; les nombres de soutiens inférieurs à 5 par quartier ne sont pas publiés.
developers-endpoints-title = Points d’accès
developers-col-endpoint = Requête
developers-col-gives = Donne
developers-col-parameters = Paramètres
developers-consultations = Les concertations publiées
developers-consultation = Une concertation publiée
developers-proposals = Les propositions, avec les filtres de leur page (concertation, quartier, thème, état)
developers-proposal = Une proposition, ses soutiens et la réponse des élus
developers-public-acts = Le registre public des actes, du plus ancien au plus récent
developers-supports-by-district = Les soutiens par quartier (moins de 5 : non publiés)
footer-developers = API publique
