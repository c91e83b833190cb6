# districts: the texts of app/src/districts/ in this language.

field-name-ar = Nom en arabe
field-name-fr = Nom en français
field-name-en = Nom en anglais
districts-lead = Les quartiers de la commune, nommés dans les trois langues. Les consultations et les propositions s’y rattachent.
district-add = Ajouter un quartier
district-save = Renommer
notice-district-saved = Le quartier est enregistré.
