# transparency: the texts of app/src/transparency/ (the log of public acts) in this language.

transparency-title = Registre public des actes
transparency-lead = Chaque soutien donné ou retiré, chaque réponse publiée, chaque bilan, chaque changement d’une réalisation et chaque acte de modération est inscrit ici, dans la même opération que l’acte lui-même, dans un arbre de Merkle comme ceux de la transparence des certificats (RFC 6962). Chaque jour la commune signe l’état du registre : personne, pas même elle, ne peut ensuite ajouter, retirer ou modifier un acte sans que cela se voie.
transparency-size = { $count ->
    [zero] Le registre ne contient encore aucun acte.
    [one] Le registre contient { $count } acte.
   *[other] Le registre contient { $count } actes.
}
transparency-checkpoints-title = États signés
transparency-checkpoints-body = Un état signé (« checkpoint » au format C2SP) donne la taille du registre et l’empreinte de tout son contenu, signés avec la clé de la commune. Gardez-en une copie : plus tard, la preuve de cohérence ci-dessous montre que le registre d’aujourd’hui prolonge celui que vous avez gardé, sans rien effacer ni changer.
transparency-latest = Dernier état signé : { $count ->
    [one] { $count } acte
   *[other] { $count } actes
}, le { $date }.
transparency-checkpoint-count = { $count ->
    [one] { $count } état signé en tout (les plus récents ci-dessous)
   *[other] { $count } états signés en tout (les plus récents ci-dessous)
}
transparency-no-checkpoint = Aucun état signé pour l’instant
transparency-no-checkpoint-body = Le premier est signé automatiquement dans la minute qui suit le démarrage du serveur, puis un par jour tant que le registre grandit.
transparency-col-size = Actes
transparency-col-root = Empreinte
transparency-col-published = Signé le
transparency-col-note = Texte signé
transparency-note-link = Télécharger
transparency-key-title = Clé publique de la commune
transparency-key-body = Les états sont signés en Ed25519 au format « signed note » de C2SP, lisible par les outils des journaux de transparence. Vérifiez une signature avec cette clé :
transparency-key-link = La clé en texte brut
transparency-check-title = Vérifier le registre
transparency-check-body = Donnez la taille d’un état que vous avez gardé et celle d’un état plus récent : le serveur répond par la preuve de cohérence (RFC 9162) entre les deux, que tout outil de vérification peut contrôler. La commande « server verify » le fait pour vous à partir des données ouvertes.
transparency-proof-old = Taille de l’état gardé
transparency-proof-new = Taille de l’état récent
transparency-proof-submit = Obtenir la preuve
transparency-inclusion-body = Le numéro de chaque acte ci-dessous mène à sa preuve d’inclusion dans le registre actuel.
transparency-inclusion-link = Preuve d’inclusion de cet acte
transparency-entries-title = Actes inscrits
transparency-empty = Aucun acte inscrit pour l’instant
transparency-empty-body = Le premier soutien, la première réponse ou le premier acte de modération y apparaîtra.
transparency-col-seq = N°
transparency-col-date = Date
transparency-col-act = Acte
transparency-col-object = Sur
transparency-col-pseudonym = Pseudonyme
transparency-col-detail = Détail
transparency-object-proposal = Proposition
transparency-object-consultation = Concertation
transparency-object-result = Réalisation
transparency-object-comment = Commentaire
transparency-object-debate = Débat
transparency-object-user = Compte
footer-transparency = Registre public des actes
act-support-given = Soutien donné
act-support-withdrawn = Soutien retiré
act-proposal-answered = Réponse publiée
act-outcome-published = Bilan publié
act-outcome-changed = Bilan modifié
act-consultation-concluded = Concertation close
act-consultation-archived = Concertation archivée
act-result-created = Réalisation créée
act-result-status = Statut de la réalisation changé
act-result-progress = Avancement de la réalisation changé
act-result-edited = Réalisation modifiée
act-result-milestone = Étape de réalisation ajoutée
act-moderation-auto-hidden = Masqué après signalements
act-moderation-hidden = Masqué par la modération
act-moderation-restored = Rétabli par la modération
act-moderation-dismissed = Signalements écartés
act-moderation-locked = Débat verrouillé
act-moderation-unlocked = Débat déverrouillé
act-moderation-blocked = Compte bloqué
act-moderation-unblocked = Compte débloqué
act-moderation-appeal-upheld = Recours rejeté
act-moderation-appeal-reversed = Recours accepté
act-moderation-debate-closed = Débat clos par la modération
transparency-proof-title = Preuve demandée
transparency-proof-consistency = Preuve que le registre de { $new } actes prolonge celui de { $old } actes sans rien en retirer ni modifier (RFC 9162, § 2.1.4) : { $count ->
    [0] aucune empreinte n’est nécessaire, les deux états ont la même racine.
    [one] { $count } empreinte, à vérifier avec les racines des deux états signés.
   *[other] { $count } empreintes, à vérifier avec les racines des deux états signés.
}
transparency-proof-inclusion = Preuve que l’acte n° { $index } fait partie du registre de { $size } actes (RFC 9162, § 2.1.3) : { $count ->
    [0] aucune empreinte n’est nécessaire, c’est le seul acte de ce registre.
    [one] { $count } empreinte, à vérifier avec la racine de l’état signé de cette taille.
   *[other] { $count } empreintes, à vérifier avec la racine de l’état signé de cette taille.
}
transparency-proof-leaf = Empreinte de l’acte :
transparency-proof-json = La même preuve en JSON, pour les outils de vérification
transparency-proof-not-number = Les tailles et le numéro d’un acte s’écrivent en nombres entiers (0, 1, 2…). Corrigez-les et demandez la preuve à nouveau.
transparency-proof-out-of-range = Ces nombres ne désignent pas d’états de ce registre : la taille gardée ne peut pas dépasser la taille récente, ni celle-ci le nombre d’actes inscrits aujourd’hui ; le numéro d’un acte est inférieur à la taille.
transparency-proof-limited = Vous avez demandé beaucoup de preuves en peu de temps. Attendez une minute avant d’en demander une autre.
