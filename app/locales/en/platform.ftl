# platform: the texts of app/src/platform/ (the installation's operators) in this language.

platform-title = Municipalities of this installation
platform-lead = Each municipality has its own address, database, accounts and staff. This page shows what they hold, never their residents' personal data.
platform-count = { $count ->
    [one] One municipality besides this one.
   *[other] { $count } municipalities besides this one.
}
platform-empty = No other municipality yet
platform-empty-body = Create one with the form below or the command “server municipality create”.
platform-col-municipality = Municipality
platform-col-activity = Activity
platform-col-state = State
platform-col-actions = Actions
platform-activity = accounts: { $accounts } · consultations: { $consultations } · proposals: { $proposals } · supports: { $supports } · comments: { $comments } · meetings: { $meetings }
platform-last-activity = last participation on { $day }
platform-no-activity = no participation yet
platform-counted = counted { $at }
platform-not-counted = not counted yet
platform-active = Open
platform-suspended = Suspended
platform-created = created { $day }
platform-suspend = Suspend
platform-resume = Resume
platform-invite = Invite an administrator
platform-invite-hint = They receive, from the municipality, a link to choose their password (valid 7 days). Their address is not kept here.
platform-invite-send = Send the invitation
platform-new = New municipality
platform-field-host = Address (host name)
platform-field-host-hint = For example laouaha.majlis.tn; the DNS and certificate of this name must lead to this server.
platform-create = Create the municipality
notice-municipality-created = The municipality is created. Now invite its administrator.
notice-municipality-suspended = The municipality is suspended: its address shows a page saying so.
notice-municipality-resumed = The municipality is open again.
notice-invitation-sent = The invitation is sent.
error-host-invalid = Enter a host name such as laouaha.majlis.tn (Latin letters, digits, hyphens and dots; an Arabic name is written in its xn-- form).
error-host-taken = This address already belongs to a municipality of the installation.
error-forbidden-operator-only = Only the installation's operators can do this.
error-conflict-municipality-suspended = This municipality is suspended: resume it first.
email-invitation-subject = { $municipality }: you are invited to administer Majlis
email-invitation-body =
    Hello { $name },
    You are invited to administer Majlis, the participation platform of { $municipality }, at { $address }.
    To choose your password, open this link:
    { $link }
    The link is valid for { $days } days and works once. At your first login you will set up your second factor.
    — Majlis, { $municipality }
activity-installation-municipality-created = Municipality created
activity-installation-municipality-suspended = Municipality suspended
activity-installation-municipality-resumed = Municipality resumed
activity-installation-administrator-invited = Administrator invited
host-unknown-title = No municipality at this address
host-unknown-body = This address does not belong to any municipality on this server. Check the link, or ask your municipality.
host-suspended-title = Municipality temporarily unavailable
host-suspended-body = This municipality's participation platform is suspended. Its content is kept; it will reopen when the operator decides.
