# supports: the texts of app/src/supports/ in this language.

support-action = Soutenir
support-done = Vous soutenez cette proposition.
support-withdraw = Retirer mon soutien
support-login = Connectez-vous pour soutenir
support-limit-reached = Vous avez utilisé tous vos soutiens dans cette consultation.
support-closed = Les soutiens ne sont pas ouverts en ce moment.
support-withdrawn = Proposition retirée : elle ne peut plus être soutenue.
assist-title = Soutien assisté (guichet)
assist-lead = Pour un habitant sans internet : saisissez son numéro de CIN et son année de naissance, lus sur sa carte. Le soutien sera marqué comme saisi par vous.
assist-submit = Enregistrer le soutien
