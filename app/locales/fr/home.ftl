# home: the texts of app/src/home/ in this language.

home-title = Accueil
home-kicker = Plateforme de participation citoyenne
home-welcome-back = Bienvenue,
home-cta-register = Participer : créer un compte
home-how-title = Comment participer
home-step-propose = Proposer
home-step-propose-body = Pendant une consultation, proposez une idée pour votre quartier ou pour toute la commune.
home-step-support = Soutenir
home-step-support-body = Les habitants vérifiés soutiennent les propositions qui leur tiennent à cœur.
home-step-meet = Se réunir
home-step-meet-body = Inscrivez-vous aux réunions publiques et aux ateliers organisés par la commune.
home-step-follow = Suivre
home-step-follow-body = Chaque consultation se termine par une réponse publiée : vous savez ce que devient votre contribution.
home-principles-title = Nos engagements
home-principle-transparency = Transparence : les décisions et leurs raisons sont publiques.
home-principle-participation = Participation : chaque habitant peut contribuer, en ligne ou au guichet.
home-principle-accountability = Redevabilité : aucune consultation ne se clôt sans réponse publiée.
