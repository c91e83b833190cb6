# common: the site frame, shared fields and widgets, and error messages.

site-name = Majlis
dev-email-links-banner = Development server: links in emails (confirmation, password) are shown to administrators in the outbox. Never use this setting for a real municipality.
site-description = Majlis, your municipality's citizen participation platform: propose, support, debate and follow every decision.
municipality-unnamed = Your municipality
loading = Loading…
back-home = Back to the home page
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
field-display-name = Display name
field-email = Email address
notice-logged-out = You are logged out.
account-role = Role
account-member-since = Member since
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
col-when = When
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
nav-consultations = Consultations
choose = — Choose —
filter-apply = Filter
field-title = Title
field-markdown-hint = Markdown formatting is allowed: **bold**, lists, links.
field-district = District
field-answer-state = Answer
field-national-id = National identity card number
field-national-id-hint = The 8 digits of the CIN. It is never stored: only an encrypted fingerprint is.
field-birth-year = Year of birth
stat-supports = Supports
consultations-title = Consultations
consultation-new = New consultation
rule-threshold = { $count ->
    [one] A proposal supported by one person gets an official answer.
   *[other] A proposal supported by { $count } people gets an official answer.
}
districts-title = Districts
district-all = All districts
proposals-count = { $count ->
    [0] No proposal
    [one] One proposal
   *[other] { $count } proposals
}
proposal-new = Make a proposal
proposal-withdrawn = Withdrawn
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
support-verify = To support, have your resident account verified.
answers-title = Answers to give
verify-title = Verify my resident account
in-person-title = Verify a resident at the counter
census-title = Register of residents
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
error-identity-unknown = This person is not in the register with this year of birth.
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
error-verify-own-account = You cannot verify your own account: another staff member must do it.
error-account-unconfirmed = The owner of this account has not confirmed their email address yet: they must open the confirmation link first.
error-not-in-census = This number is not in the loaded register. Check it, or ask the administrator to allow numbers outside the register.
error-code-invalid = This code does not match. Check your phone’s clock and type the code shown now.
error-code-used = This code was already used. Wait for the next one (it changes every 30 seconds).
error-forbidden-own-second-factor = You cannot reset your own second factor: use a recovery code, or ask another administrator.
deleted-account = deleted account
error-password-wrong = Wrong password.
