# opendata: the texts of app/src/opendata/ (open data packages) in this language.

opendata-title = Données ouvertes
opendata-lead = Tout ce que la commune publie sur ce site, en fichiers que chacun peut réutiliser : un paquet de données (Frictionless Data Package) avec chaque tableau en CSV et en JSON, décrit champ par champ, sous licence Creative Commons Attribution 4.0. Mis à jour chaque jour.
opendata-running = Un nouveau paquet est en cours de création depuis { $since }. Cette page se met à jour toute seule.
opendata-progress = Tableau « { $table } » : { $count ->
    [one] { $count } ligne écrite
   *[other] { $count } lignes écrites
}.
opendata-download-title = Télécharger
opendata-generated = Paquet créé le { $date } : { $count ->
    [one] { $count } ligne
   *[other] { $count } lignes
}, { $size } Mo (ZIP).
opendata-bad-rows = { $count ->
    [one] { $count } ligne illisible a été laissée de côté (voir export-log.txt dans le paquet).
   *[other] { $count } lignes illisibles ont été laissées de côté (voir export-log.txt dans le paquet).
}
opendata-download = Télécharger le paquet (ZIP)
opendata-none = Pas encore de paquet
opendata-none-body = Le premier est créé automatiquement dans la journée.
opendata-generate = Créer un paquet maintenant
opendata-generate-hint = Administration : le paquet est aussi créé chaque jour automatiquement. La création se fait en arrière-plan ; cette page en montre l’avancement.
notice-open-data-started = La création du paquet a commencé. Cette page montre son avancement.
error-conflict-export-running = Un paquet est déjà en cours de création : attendez qu’il soit prêt.
opendata-formats-title = Formats et vérification
opendata-formats-body = Le fichier datapackage.json décrit chaque tableau (nom, type, description en français et en arabe, exemple, contraintes de chaque champ) selon la norme Frictionless Data Package v2 ; un catalogue DCAT (JSON-LD) permet au portail national des données ouvertes de le moissonner.
opendata-catalogue = Le catalogue DCAT (JSON-LD)
opendata-log-link = Le registre public des actes et sa clé
opendata-verify-body = La commande suivante recalcule, à partir du seul paquet, chaque acte du registre, le décompte des soutiens de chaque proposition, et vérifie les états signés :
opendata-tables-title = Les tableaux
opendata-privacy = Aucune donnée personnelle : ni courriel, ni téléphone, ni numéro d’identité ou son empreinte, ni adresse IP, ni soutien relié à une personne. Les auteurs sont désignés par un pseudonyme propre à chaque concertation, le personnel par son rôle. Les jours où un quartier compte moins de 5 soutiens sont regroupés avec les jours suivants jusqu’à atteindre 5 : aucun nombre publié n’est inférieur à 5.
opendata-col-table = Tableau
opendata-col-files = Fichiers
opendata-col-fields = Champs
opendata-table-districts = Quartiers
opendata-table-consultations = Concertations
opendata-table-phases = Phases des concertations
opendata-table-proposals = Propositions, réponses et soutiens
opendata-table-supports_by_district_day = Soutiens par quartier et par jour
opendata-table-debates = Débats
opendata-table-comments = Commentaires
opendata-table-meetings = Réunions publiques, comptes rendus et présence
opendata-table-outcomes = Bilans des concertations
opendata-table-results = Réalisations
opendata-table-milestones = Étapes des réalisations
opendata-table-moderation_log = Journal de la modération
opendata-table-public_acts = Registre public des actes
opendata-table-checkpoints = États signés du registre
footer-open-data = Données ouvertes
opendata-running-consultation = En ce moment : le paquet de la concertation « { $title } ».
opendata-consultations-title = Par concertation
opendata-consultations-body = Chaque concertation publiée a aussi son propre paquet, avec les mêmes tableaux restreints à elle : ses propositions et leurs soutiens, ses débats, ses réunions, son bilan, ses réalisations, la modération de ses contenus et ses actes du registre public, avec la preuve qu’ils font partie du registre signé.
opendata-consultations-empty = Aucune concertation publiée pour l’instant.
opendata-col-consultation = Concertation
opendata-col-package = Paquet
opendata-consultation-download = Télécharger (créé le { $date } : { $count ->
    [one] { $count } ligne
   *[other] { $count } lignes
}, { $size } Mo)
opendata-consultation-none = Pas encore de paquet : il est créé avec le prochain.
