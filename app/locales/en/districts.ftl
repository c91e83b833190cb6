# districts: the texts of app/src/districts/ in this language.

field-name-ar = Name in Arabic
field-name-fr = Name in French
field-name-en = Name in English
districts-lead = The municipality’s districts, named in the three languages. Consultations and proposals refer to them.
district-add = Add a district
district-save = Rename
notice-district-saved = The district is saved.
