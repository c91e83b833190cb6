# supports: the texts of app/src/supports/ in this language.

support-action = Support
support-done = You support this proposal.
support-withdraw = Withdraw my support
support-login = Log in to support
support-limit-reached = You have used all your supports in this consultation.
support-closed = Supports are not open at the moment.
support-withdrawn = Withdrawn proposal: it can no longer be supported.
assist-title = Assisted support (counter)
assist-lead = For a resident without internet: type their CIN number and year of birth, read on their card. The support will be marked as entered by you.
assist-submit = Record the support
