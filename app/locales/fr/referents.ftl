referents-title = Référents participation
referents-lead = Les agents de la commune qui accompagnent les habitants : ils répondent à vos questions, enregistrent ceux qui n’ont pas internet et animent des ateliers dans les quartiers.
referents-empty = Aucun référent pour l’instant
referents-empty-body = Quand l’administrateur nomme des référents participation, ils figurent ici avec leur quartier et leurs horaires.
referent-whole-town = Toute la ville
referent-contact = Contact :
referent-hours = Permanences :
referent-workshops = { $count ->
    [one] Prochain atelier :
   *[other] Prochains ateliers :
}
referent-edit-own = Ma fiche de référent
referent-public-note = Tout ce que vous écrivez ici est publié sur la page des référents. Indiquez le contact de votre bureau, pas votre numéro personnel.
referent-save = Publier ma fiche
field-referent-office-ar = Bureau (en arabe)
field-referent-office-fr = Bureau (en français)
field-referent-hours = Permanences
field-referent-contact = Contact
field-referent-contact-hint = Le téléphone ou l’adresse e-mail du bureau, tels que le public doit les voir.
notice-referent-saved = Votre fiche est publiée.
footer-referents = Référents participation
activity-referent-profile-saved = Fiche de référent publiée
