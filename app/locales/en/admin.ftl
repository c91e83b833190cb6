# admin: the texts of app/src/admin/ in this language.

yes = Yes
no = No
staff-title = Staff area
staff-your-role = Your role:
staff-admin-tools = Administration
staff-activity = Recent activity
staff-activity-empty = No activity yet
staff-activity-empty-body = Registrations, confirmations and role changes will appear here.
col-who = Who
col-what = What
actor-system = System
activity-account-registered = Account created
activity-account-email-confirmed = Email address confirmed
activity-account-password-reset = Password reset
activity-account-provisioned = Account created from the command line
activity-account-role-changed = Role changed
users-title = Accounts and roles
users-count = { $count ->
    [one] { $count } account
   *[other] { $count } accounts
}
users-confirmed = Address confirmed
users-role-for = Role of
users-change-role = Change
outbox-title = Emails
outbox-lead = Every email goes through this queue: it is written together with the action that causes it, then sent.
outbox-no-smtp = No SMTP server is configured: emails wait here and are not sent. Set MAJLIS_SMTP_URL to send them.
outbox-pending = { $count ->
    [0] none waiting
   *[other] { $count } waiting
}
outbox-empty = No emails
outbox-empty-body = Confirmation and password reset emails will appear here.
outbox-status-pending = Waiting
outbox-status-sent = Sent
outbox-status-failed = Failed
staff-work-tools = Work tools
activity-district-saved = District saved
activity-consultation-saved = Consultation saved
activity-consultation-published = Consultation published
activity-proposal-created = Proposal published
activity-proposal-edited = Proposal edited
activity-proposal-withdrawn = Proposal withdrawn
activity-proposal-answered = Answer published
activity-support-assisted = Support entered at the counter
activity-user-verified = Resident account verified
activity-verification-methods = Ways of verifying changed
activity-census-imported = Register imported
activity-account-second-factor-enrolled = Second factor turned on
activity-account-recovery-code-used = Recovery code used
activity-account-second-factor-reset = Second factor reset
activity-account-deleted = Account deleted
