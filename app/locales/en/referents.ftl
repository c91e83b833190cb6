referents-title = Participation referents
referents-lead = The municipality's staff who help residents: they answer your questions, register those without internet and run workshops in the districts.
referents-empty = No referents yet
referents-empty-body = When the administrator names participation referents, they appear here with their district and office hours.
referent-whole-town = The whole town
referent-contact = Contact:
referent-hours = Office hours:
referent-workshops = { $count ->
    [one] Next workshop:
   *[other] Next workshops:
}
referent-edit-own = My referent entry
referent-public-note = Everything you write here is published on the referents' page. Give your office's contact, not your personal number.
referent-save = Publish my entry
field-referent-office-ar = Office (Arabic)
field-referent-office-fr = Office (French)
field-referent-hours = Office hours
field-referent-contact = Contact
field-referent-contact-hint = The office's phone or email, as the public should see it.
notice-referent-saved = Your entry is published.
footer-referents = Participation referents
activity-referent-profile-saved = Referent entry published
