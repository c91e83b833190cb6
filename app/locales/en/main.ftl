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

## Participation: shared
nav-consultations = Consultations
save = Save
choose = — Choose —
filter-apply = Filter
filter-search = Search
filter-all = All
filter-open = Open
filter-upcoming = Upcoming
filter-closed = Closed
timing-open = Open
timing-upcoming = Upcoming
timing-closed = Closed
staff-work-tools = Work tools
col-proposal = Proposal
col-consultation = Consultation
col-due = Answer due on
col-line = Line
col-problem = Problem
col-problems = Problems
col-rows = Rows
col-imported = Imported
field-title = Title
field-title-hint = 10 to 150 characters.
field-description = Description
field-markdown-hint = Markdown formatting is allowed: **bold**, lists, links.
field-district = District
field-category = Topic
field-address = Address or place
field-address-hint = Optional: where the thing you describe is.
field-body = Your proposal
field-body-hint = Describe the idea, why it matters and for whom (up to 5,000 characters, Markdown allowed).
field-proposal-title-hint = A clear title, 10 to 150 characters.
field-starts-on = From
field-ends-on = To
field-support-threshold = Support threshold
field-support-threshold-hint = Supports after which the municipality must answer the proposal.
field-support-limit = Supports per resident
field-support-limit-hint = How many proposals a resident may support in this consultation (0 = no limit).
field-answer-days = Answer deadline (days)
field-answer-days-hint = Days the officials have to answer a proposal that reached the threshold.
field-name-ar = Name in Arabic
field-name-fr = Name in French
field-name-en = Name in English
field-order = Sort by
field-answer-state = Answer
field-answer-text = Answer text
field-withdraw-reason = Reason for withdrawing
field-withdraw-note = Explanation
field-withdraw-note-hint = Required when the reason is “Other”.
field-national-id = National identity card number
field-national-id-hint = The 8 digits of the CIN. It is never stored: only an encrypted fingerprint is.
field-birth-year = Year of birth
field-resident-email = Email address of the resident’s account
field-census-file = CSV file (CIN number, year of birth)
stat-proposals = Proposals
stat-supports = Supports
stat-answered = Answers published
stat-overdue = Late answers

## Consultations
consultations-title = Consultations
consultations-lead = The municipality’s consultations: learn, propose, support and follow the answers.
consultations-filter = Filter consultations
consultations-empty = No consultation here yet
consultations-empty-body = Try another filter, or come back soon.
consultation-new = New consultation
consultation-edit = Edit the consultation
consultation-save = Save the consultation
consultation-publish = Publish the consultation
consultation-draft = Draft
consultation-drafts = Drafts (visible to staff only)
consultation-draft-hint = A draft is visible only to the team that prepares consultations.
consultation-no-dates = Dates to come
consultation-districts = Districts concerned:
consultation-districts-hint = No box ticked: the whole town.
consultation-phases = Phases
consultation-phases-hint = Give the dates of the planned phases, in order and without overlap. Leave empty those that do not take place.
consultation-rules = Rules
consultation-about = About
consultation-overdue = { $count ->
    [one] One proposal has waited more than { $days } days for its answer.
   *[other] { $count } proposals have waited more than { $days } days for their answer.
}
phase-current = Current phase:
phase-information = Information
phase-information-hint = The municipality presents the project and what is at stake.
phase-proposals = Proposals
phase-proposals-hint = Residents submit their proposals.
phase-supports = Supports
phase-supports-hint = Verified residents support proposals.
phase-debate = Debate
phase-debate-hint = Proposals are discussed.
phase-evaluation = Evaluation
phase-evaluation-hint = The services study the selected proposals.
phase-outcome = Outcome
phase-outcome-hint = The municipality publishes its answers and what will be done.
rule-threshold = { $count ->
    [one] A proposal supported by one person gets an official answer.
   *[other] A proposal supported by { $count } people gets an official answer.
}
rule-limit = { $count ->
    [one] Each resident may support one proposal.
   *[other] Each resident may support { $count } proposals.
}
rule-no-limit = Each resident may support as many proposals as they wish.
rule-answer-days = { $count ->
    [one] Officials answer within one day.
   *[other] Officials answer within { $count } days.
}
districts-title = Districts
districts-lead = The municipality’s districts, named in the three languages. Consultations and proposals refer to them.
district-add = Add a district
district-save = Rename
district-all = All districts
district-whole-town = The whole town
notice-consultation-saved = The consultation is saved.
notice-consultation-published = The consultation is published: everyone can see it.
notice-district-saved = The district is saved.

## Proposals
proposals-title = Proposals
proposals-see = See the proposals
proposals-count = { $count ->
    [0] No proposal
    [one] One proposal
   *[other] { $count } proposals
}
proposals-empty = No proposal matches
proposals-empty-body = Change the filters, or be the first to propose.
proposal-new = Make a proposal
proposal-edit = Edit my proposal
proposal-save = Save the changes
proposal-publish = Publish my proposal
proposal-withdraw = Withdraw my proposal
proposal-withdrawn = Withdrawn
proposal-by = By
proposal-history = History
category-all = All topics
category-none = No topic
category-urbanism = Urban planning
category-environment = Environment
category-mobility = Getting around
category-culture = Culture
category-sport = Sport
category-social = Solidarity
category-economy = Economy
category-other = Other
order-supported = Most supported
order-newest = Newest
order-random = Random
withdraw-duplicate = Duplicate of another proposal
withdraw-already-done = Already done
withdraw-not-feasible = Not feasible
withdraw-other = Other
similar-title = Similar proposals exist
similar-lead = See whether one of them says the same: you can support it instead of publishing a new one.
similar-confirm = None says the same: publish anyway
supports-count = { $count ->
    [0] No support
    [one] One support
   *[other] { $count } supports
}
supports-left = { $count ->
    [0] You have used your { $limit } supports in this consultation.
    [one] You have one support left out of { $limit }.
   *[other] You have { $count } supports left out of { $limit }.
}
threshold-reached = Threshold reached: the municipality must answer
threshold-missing = { $count ->
    [one] One more support to reach the threshold.
   *[other] { $count } more supports to reach the threshold.
}
support-action = Support
support-done = You support this proposal.
support-withdraw = Withdraw my support
support-login = Log in to support
support-verify = To support, have your resident account verified.
support-limit-reached = You have used all your supports in this consultation.
support-closed = Supports are not open at the moment.
support-withdrawn = Withdrawn proposal: it can no longer be supported.
assist-title = Assisted support (counter)
assist-lead = For a resident without internet: type their CIN number and year of birth, read on their card. The support will be marked as entered by you.
assist-submit = Record the support
answer-title = The municipality’s answer
answer-none-yet = No answer published yet.
answer-none = Unanswered
answer-all = All answers
answer-under-evaluation = Under evaluation
answer-accepted = Accepted
answer-partially-accepted = Partially accepted
answer-rejected = Rejected
answer-overdue = { $days ->
    [one] Answer overdue by one day
   *[other] Answer overdue by { $days } days
}
answer-due = Answer due at the latest on
answer-form-title = Answer (officials)
answer-draft-saved = Draft saved on
answer-then = Then
answer-save-draft = Keep as a draft
answer-publish = Publish the answer and tell the participants
answer-submit = Confirm
answer-has-draft = Draft
answers-title = Answers to give
answers-lead = Proposals that reached their threshold and wait for an answer, the latest first.
answers-empty = No answer waiting
answers-empty-body = Every proposal that reached its threshold has been answered.
event-proposal-created = Proposal published
event-proposal-edited = Proposal edited
event-proposal-withdrawn = Proposal withdrawn
event-proposal-answered = Answer published
event-support-assisted = Support entered at the counter
notice-proposal-published = Your proposal is published.
notice-proposal-edited = Your proposal is edited.
notice-proposal-withdrawn = The proposal is withdrawn. It stays visible, marked as such.
notice-support-assisted = The support is recorded.
notice-answer-saved = The draft answer is saved.
notice-answer-published = The answer is published; the author and supporters are told by email.
email-answer-subject = The municipality answered: { $title }
email-answer-body =
    Hello,

    The municipality ({ $municipality }) answered the proposal “{ $title }”, which you submitted or supported.

    Answer: { $state }

    Read the full answer: { $link }

    — Majlis, { $municipality }

## Verification
verify-title = Verify my resident account
verify-lead = Only verified residents can support proposals: one person, one support.
verify-done = Your account is verified:
verify-census-title = With the municipality’s register
verify-census-lead = Type your identity card number and your year of birth; we compare them with the register of residents.
verify-submit = Verify
verify-privacy = Your number is never stored in clear nor shown.
verify-in-person-title = At the counter
verify-in-person-lead = You can also come to the town hall’s reception with your identity card: an officer will verify your account.
method-census = register of residents
method-in-person = at the counter
in-person-title = Verify a resident at the counter
in-person-lead = Having seen their identity card, type their account’s email address and their CIN number.
in-person-id-hint = Read on the card shown. It is kept only as an encrypted fingerprint.
in-person-submit = Verify this account
census-title = Register of residents
census-lead = Import the list of residents (CIN number and year of birth): residents match themselves against it from their account. Only an encrypted fingerprint of the numbers is kept.
census-entries = Residents in the register
census-verified = Verified accounts
census-import = Import a file
census-import-lead = A CSV file, one line per resident: CIN number, year of birth. A header line is accepted.
census-import-submit = Import
census-mode = If some lines are wrong
census-mode-good-rows = Import the correct lines
census-mode-all-or-nothing = Import nothing
census-report = Import report
census-report-applied = { $imported } residents added, { $known } already known, { $problems } wrong lines (not imported).
census-report-refused = Nothing was imported: { $problems } wrong lines. Correct them and import again.
census-methods = Ways of verifying
census-imports = Latest imports
notice-verified = Your account is verified: you can support proposals.
notice-resident-verified = The resident’s account is verified.
notice-settings-saved = The settings are saved.

## Participation errors
error-similar = Similar proposals already exist: look at them before publishing.
error-title-too-short = The title must be at least 10 characters long.
error-title-too-long = The title must be at most 150 characters long.
error-text-too-long = This text is too long.
error-number-invalid = Type a valid number.
error-date-invalid = Type a valid date (YYYY-MM-DD).
error-date-before-start = The end must come after the start.
error-phase-overlap = This phase starts before the previous one ends.
error-phases-required = Give at least one phase with its dates.
error-district-invalid = This district does not exist.
error-choice-invalid = Choose an option from the list.
error-withdraw-note-required = Explain why you withdraw it.
error-national-id-invalid = A CIN number has 8 digits.
error-birth-year-invalid = Type a valid year of birth.
error-identity-unknown = This person is neither in the register (with this year of birth) nor verified.
error-identity-taken = This number already verifies another account. Please go to the town hall’s counter.
error-census-no-match = No resident in the register matches this number and year of birth.
error-account-unknown = No account uses this address.
error-census-empty = The file contains no line.
error-census-not-utf8 = The file must be a CSV encoded in UTF-8.
error-census-row-unreadable = Unreadable line.
error-census-columns = The line must have exactly two columns.
error-census-duplicate = This number already appears earlier in the file.
error-forbidden-draft = This consultation is not published.
error-forbidden-planner-only = For urban planners and administrators only.
error-forbidden-referent-only = For referents and administrators only.
error-forbidden-not-author = Only the author can edit or withdraw this proposal.
error-forbidden-verification-required = Have your resident account verified first.
error-forbidden-official-only = For officials and administrators only.
error-conflict-proposals-closed = Proposals are not open in this consultation.
error-conflict-supports-closed = Supports are not open at the moment.
error-conflict-already-supported = This identity already supports this proposal.
error-conflict-support-limit = You have used all your supports in this consultation.
error-conflict-proposal-withdrawn = This proposal was withdrawn.
error-conflict-proposal-locked = A proposal can no longer be edited after its first support or its answer.
error-conflict-already-verified = This account is already verified.
error-conflict-census-disabled = Verification with the register is not open.
error-conflict-in-person-disabled = Verification at the counter is not open.
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
