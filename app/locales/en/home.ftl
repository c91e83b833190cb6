# home: the texts of app/src/home/ in this language.

home-title = Home
home-kicker = Citizen participation platform
home-welcome-back = Welcome back,
home-cta-register = Take part: create an account
home-how-title = How to take part
home-step-propose = Propose
home-step-propose-body = During a consultation, propose an idea for your neighbourhood or the whole town.
home-step-support = Support
home-step-support-body = Verified residents support the proposals that matter to them.
home-step-meet = Meet
home-step-meet-body = Register for the public meetings and workshops the municipality organises.
home-step-follow = Follow up
home-step-follow-body = Every consultation ends with a published answer: you know what became of your contribution.
home-principles-title = Our commitments
home-principle-transparency = Transparency: decisions and their reasons are public.
home-principle-participation = Participation: every resident can contribute, online or at the counter.
home-principle-accountability = Accountability: no consultation closes without a published outcome.
