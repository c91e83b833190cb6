# accounts: the texts of app/src/accounts/ in this language.

field-display-name-hint = Shown next to your contributions (2 to 60 characters).
field-email-hint = We will send a confirmation link to it. It is never published.
field-password = Password
field-new-password = New password
field-password-hint = At least 10 characters, without your name or email address.
field-password-confirm = Confirm the password
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
account-title = My account
account-language = Language of emails
account-password-help = To change your password:
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
email-registered-again-subject = { $municipality }: someone tried to register with your address
email-registered-again-body =
    Hello { $name },
    Someone (perhaps you) asked to create a Majlis account with this address, which already has one. No account was created.
    To log in: { $login }
    Forgot your password: { $reset }
    If it was not you, ignore this message: your account has not changed.
    — Majlis, { $municipality }
account-data-title = Your data
account-export-lead = Download everything Majlis keeps about you: your profile, proposals, supports and the emails sent to you (a JSON file).
account-export = Download my data
account-delete-title = Delete my account
account-delete-lead = Your name and email address will be erased. Your proposals stay published, signed “deleted account”; your supports still count, no longer linked to you. This cannot be undone.
account-delete-password = Your password, to confirm
account-delete-submit = Delete my account for good
error-conflict-last-admin = You are the only administrator: give another account the administrator role before deleting yours.
notice-account-deleted = Your account has been deleted.
