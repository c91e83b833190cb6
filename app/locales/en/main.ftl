site-name = Majlis
site-description = Majlis, your municipality's citizen participation platform: propose, support, debate and follow every decision.
municipality-unnamed = Your municipality
loading = Loading…
yes = Yes
no = No
back-home = Back to the home page

## Navigation
nav-skip = Skip to content
nav-label = Main navigation
nav-home = Home
nav-staff = Staff area
nav-login = Log in
nav-register = Create an account
nav-logout = Log out
lang-switch-label = Language
footer-about = Majlis puts open government into practice: transparency, participation and accountability.
footer-open-source = Free software, made for Tunisian municipalities.
pagination-label = Pages
pagination-previous = Previous page
pagination-next = Next page
pagination-status = Page { $page } of { $total }

## Home
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

## Fields
field-display-name = Display name
field-display-name-hint = Shown next to your contributions (2 to 60 characters).
field-email = Email address
field-email-hint = We will send a confirmation link to it. It is never published.
field-password = Password
field-new-password = New password
field-password-hint = At least 10 characters, without your name or email address.
field-password-confirm = Confirm the password

## Registration and login
register-title = Create an account
register-lead = An account lets you propose, support and follow your municipality's consultations.
register-submit = Create my account
register-have-account = Already have an account?
check-email-title = Check your email
check-email-body = We have just sent you an email with a link to confirm your address. The link is valid for 48 hours.
check-email-spam = Nothing arrived? Look in your spam folder. Logging in sends you a new link.
confirm-title = Confirm your email address
confirm-body = Press the button to confirm your address and activate your account.
confirm-submit = Confirm my address
confirm-expired-help = Link expired? Log in and a new one will be sent to you.
login-title = Log in
login-submit = Log in
login-forgot = Forgot your password?
login-no-account = No account yet?
forgot-title = Forgotten password
forgot-lead = Enter your email address and we will send you a link to choose a new password.
forgot-submit = Send the link
reset-title = Choose a new password
reset-submit = Save the password
reset-request-new = Ask for a new link
notice-email-confirmed = Your address is confirmed. You can now log in.
notice-password-changed = Your password has been changed. Log in with the new one.
notice-reset-sent = If an account exists for this address, an email with a link has just been sent. The link is valid for one hour.
notice-logged-out = You are logged out.

## Account
account-title = My account
account-role = Role
account-language = Language of emails
account-member-since = Member since
account-password-help = To change your password:

## Roles
role-resident = Resident
role-referent = Participation referent
role-planner = Urban planning team
role-official = Elected official
role-admin = Administrator
role-resident-duties = You can propose, support and follow consultations.
role-referent-duties = You moderate debates, handle reports and help residents without internet access.
role-planner-duties = You run consultations, their phases and the public meetings.
role-official-duties = You answer proposals and publish the outcome of every consultation.
role-admin-duties = You manage the municipality's settings, roles and resident verification.

## Staff
staff-title = Staff area
staff-your-role = Your role:
staff-admin-tools = Administration
staff-activity = Recent activity
staff-activity-empty = No activity yet
staff-activity-empty-body = Registrations, confirmations and role changes will appear here.
col-when = When
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

## Errors
error-validation = Some fields need correcting: see the messages below.
error-unauthenticated = Log in to see this page.
error-forbidden-staff-only = This page is for municipal staff only.
error-forbidden-admin-only = Only administrators can do this.
error-forbidden-own-role = You cannot change your own role.
error-forbidden-login-required = Log in to continue.
error-not-found = Page not found
not-found-body = The address you asked for does not exist, or no longer does.
error-conflict-duplicate = This record already exists.
error-rate-limited = Too many attempts. Try again in a minute.
error-bad-request = The form sent was incomplete. Reload the page and try again.
error-too-large = The form sent is far too long. Shorten the text and try again.
error-internal = Something went wrong on our side. Try again in a moment.
error-required = This field is required.
error-email-invalid = This email address is not valid (for example: name@example.tn).
error-email-taken = An account already uses this address. Log in, or use "Forgot your password?".
error-email-unconfirmed = Your address is not confirmed yet. We have sent you a new link.
error-name-too-short = The name must have at least 2 characters.
error-name-too-long = The name must have at most 60 characters.
error-name-invalid = The name contains characters that are not allowed.
error-password-too-short = The password must have at least 10 characters.
error-password-too-long = The password must have at most 128 characters.
error-password-contains-email = The password must not contain your email address.
error-password-contains-name = The password must not contain your name.
error-password-mismatch = The two passwords are not the same.
error-invalid-credentials = Wrong email address or password.
error-link-invalid = This link is not valid. Check that you copied all of it.
error-link-used = This link has already been used.
error-link-expired = This link has expired.
error-role-invalid = This role does not exist.

## Emails
email-confirm-subject = { $municipality }: confirm your email address
email-confirm-body =
    Hello { $name },

    To activate your Majlis account ({ $municipality }), open this link:
    { $link }

    The link is valid for { $hours } hours. If you did not create an account, ignore this message.

    — Majlis, { $municipality }
email-reset-subject = { $municipality }: new password
email-reset-body =
    Hello { $name },

    To choose a new password, open this link:
    { $link }

    The link is valid for { $minutes } minutes and works once. If you asked for nothing, ignore this message: your password is unchanged.

    — Majlis, { $municipality }
