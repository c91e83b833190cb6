two-factor-title = Verification code
two-factor-enrol-lead = Municipal staff protect their account with a second factor: a six-digit code that changes every 30 seconds, given by an app on your phone.
two-factor-enrol-app = Install an authenticator app (for example FreeOTP, Aegis, Google Authenticator or Microsoft Authenticator).
two-factor-enrol-scan = In the app, add an account by scanning this QR code.
two-factor-qr-label = QR code to scan with the authenticator app
two-factor-enrol-key = Without a camera, type this key:
two-factor-enrol-confirm = Type below the code the app shows.
two-factor-verify-lead = Type the six-digit code your authenticator app shows. Without your phone, use one of your recovery codes.
field-two-factor-code = Code
field-two-factor-code-hint = Six digits, or a recovery code (xxxxx-xxxxx).
two-factor-submit = Confirm
two-factor-enrolled = Your second factor is on.
recovery-codes-title = Your recovery codes
recovery-codes-lead = If you lose your phone, each of these codes logs you in once. Print or write them down and keep them somewhere safe.
recovery-codes-once = They will never be shown again.
recovery-codes-continue = I have kept my codes, continue
recovery-codes-gone = Recovery codes are shown only once, right after the second factor is turned on.
users-reset-second-factor = Reset second factor
notice-second-factor-reset = Second factor reset: the person will set up a new one at their next login.
second-factor-due = Your account has a staff role: confirm your second factor to use the staff area.
second-factor-due-link = Confirm now
error-second-factor-unreadable = Your second factor cannot be checked on this server (its key has changed). Ask an administrator to reset it; you will set up a new one at your next login.
email-second-factor-failures-subject = { $municipality }: wrong verification codes for your account
email-second-factor-failures-body =
    Hello { $name },
    Today your Majlis password was typed correctly, then several wrong verification codes. If this was not you, someone knows your password and is trying to guess the code of your authenticator app.
    Change your password now: { $reset } ("Forgot your password"). Sessions opened with the old one end, and codes, refused after too many mistakes in a day, are accepted again.
    If it was you (your phone's clock, a typo), ignore this message. You will get no other message like it today.
    — Majlis, { $municipality }
