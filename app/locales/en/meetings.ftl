nav-meetings = Meetings
meetings-title = Public meetings
meetings-count = { $count ->
    [0] No meetings
    [one] One meeting
   *[other] { $count } meetings
}
meetings-see = Meetings
meetings-calendar = Calendar (ICS)
meetings-when = Which meetings
meetings-upcoming = Upcoming
meetings-past = Past
meetings-empty = No meetings here
meetings-empty-body = Public meetings, workshops and municipal council sessions will appear here.
meeting-new = New meeting
meeting-edit = Edit the meeting
meeting-form-title = Meeting
meeting-kind-in_person = In person
meeting-kind-online = Online
meeting-kind-hybrid = Hybrid
meeting-cancelled-badge = Meeting cancelled
meeting-when = Date
meeting-organizer = Organised by
meeting-seats = Seats
meeting-add-calendar = Add to my calendar
meeting-who-registers = Who registers online
meeting-open-to-all = Open to everyone with an account
meeting-verified-only = Verified residents
seats-left = { $count ->
    [0] Full ({ $capacity } seats)
    [one] One seat left of { $capacity }
   *[other] { $count } seats left of { $capacity }
}
waiting-count = { $count ->
    [0] nobody on the waitlist
    [one] one person on the waitlist
   *[other] { $count } people on the waitlist
}
minutes-available = Minutes published
minutes-pending = Minutes to come
minutes-overdue = { $days ->
    [one] Minutes overdue by 1 day
   *[other] Minutes overdue by { $days } days
}
agenda-minutes = { $count ->
    [one] 1 minute
   *[other] { $count } minutes
}
agenda-total = { $count ->
    [one] Planned length: 1 minute
   *[other] Planned length: { $count } minutes
}
registration-heading = Registration
seat-you-confirmed = You are registered: a seat is kept for you.
seat-you-waiting = { $ahead ->
    [0] You are on the waitlist, first in line.
    [one] You are on the waitlist; one person is ahead of you.
   *[other] You are on the waitlist; { $ahead } people are ahead of you.
}
registration-code = Your registration code:
registration-qr-label = QR code of your registration, to show at the door
registration-cancel = Cancel the registration
meeting-register = Register
meeting-join-waitlist = Full: join the waitlist
meeting-login-to-register = Log in to register
meeting-verify-to-register = Registration is for verified residents: have your account verified to register.
minutes-heading = Minutes
minutes-published-on = Published on
minutes-attendance = { $count ->
    [0] Nobody attended
    [one] One person attended
   *[other] { $count } people attended
}
minutes-proposals = Proposals discussed
meeting-organise = Organising
meeting-door = Reception and check-in
minutes-write = Write the minutes
minutes-correct = Correct the minutes
meeting-cancel = Cancel the meeting
field-cancel-reason = Why it is cancelled (sent to those registered)
meeting-cancel-submit = Cancel the meeting and tell those registered
field-consultation = Consultation
meeting-standalone = None (a meeting on its own)
field-meeting-title = Title
field-meeting-body = Description
field-kind = Format
field-starts-at = Starts
field-ends-at = Ends
time-zone-hint = The municipality's time.
address-hint = Required for an in-person or hybrid meeting.
field-link = Video call link
link-hint = Required for an online or hybrid meeting (https://…).
field-agenda = Agenda
agenda-hint = One item per line, its length in minutes first: "30 Presentation of the project".
field-accessibility = Accessibility
accessibility-hint = For example: sign language interpreting, childcare, wheelchair access.
field-capacity = Seats
field-reserved-seats = Reserved seats
reserved-seats-hint = Kept for registrations made by referents and at the door; not offered online.
field-registration-opens = Registration opens
field-registration-closes = Registration closes
field-open-to-all = Open registration to everyone
field-open-to-all-hint = Otherwise only verified residents register online (throwaway accounts cannot fill the hall). Registrations by referents and at the door stay open to anyone.
meeting-save = Save the meeting
assisted-code = Registration code to give the person:
door-present = { $count ->
    [0] Nobody has arrived yet
    [one] 1 present
   *[other] { $count } present
}
door-registered = { $count } registered for { $capacity } seats
check-in-heading = Check in with a code
field-code = Registration code
code-hint = Six characters, typed or read by a scanner, from the confirmation email, the meeting page or paper.
check-in-submit = Mark present
walk-in-heading = Someone who came without registering
field-person-name = Name
walk-in-submit = Add as present
assist-heading = Register someone without internet
assist-body = They take one of the seats; their code is shown after registering, to hand to them.
field-phone = Phone (optional)
phone-hint = To call them about a change; shown only to the organiser, referents and administrators, and erased a week after the meeting.
assist-register-submit = Register them
door-people = People expected
door-status = Registration
door-phone-col = Phone
door-present-col = Attendance
door-is-present = Present
channel-self = Online
channel-assisted = Registered by a referent
channel-walk_in = At the door
seat-confirmed = Registered
seat-waiting = Waiting
seat-cancelled = Cancelled
field-summary = Summary of the discussion
field-decisions = Decisions
field-attendance = Attendance
attendance-hint = The number of check-ins, unless corrected (with a reason).
field-attendance-reason = Reason for the correction
staff-minutes-owed = Your meetings whose minutes are overdue
minutes-submit = Publish the minutes

notice-meeting-saved = The meeting is saved.
notice-meeting-cancelled = The meeting is cancelled; those registered are told by email.
notice-seat-confirmed = You are registered. The confirmation, with your code and the calendar invitation, is on its way by email.
notice-seat-waiting = The meeting is full: you are on the waitlist. You will be emailed if a seat frees up.
notice-registration-cancelled = The registration is cancelled.
notice-minutes-published = The minutes are published; those registered are told.
notice-checked-in = Attendance recorded.
notice-walk-in-added = The person is added as present.
notice-assisted-confirmed = The person is registered.
notice-assisted-waiting = The meeting is full: the person is on the waitlist.

error-forbidden-organizer-only = Only the meeting's organiser (or an administrator) can do this.
error-conflict-already-registered = You are already registered for this meeting.
error-conflict-registration-not-open = Registration has not opened yet.
error-conflict-registration-closed = Registration is closed.
error-conflict-meeting-past = This meeting has already taken place.
error-conflict-meeting-cancelled = This meeting is cancelled.
error-conflict-not-registered = This registration is not (or no longer) active.
error-conflict-code-unknown = No registration with this code for this meeting.
error-conflict-already-checked-in = This code was already used: the person is already marked present.
error-conflict-hall-full = The hall is full: every seat is taken.
error-conflict-meeting-not-over = Minutes are published after the meeting has ended.
error-agenda-invalid = Each agenda line needs a title (at most 200 characters), after its length in minutes.
error-agenda-too-long = An agenda has at most 30 items.
error-end-before-start = The end must be after the start.
error-meeting-too-long = A meeting lasts at most 7 days.
error-capacity-invalid = The number of seats must be between 1 and 100,000.
error-capacity-below-registered = More people are already registered than this number of seats.
error-reserved-invalid = Reserved seats must be between 0 and the number of seats.
error-closes-before-opens = Registration must close after it opens.
error-closes-after-start = Registration must close before the meeting starts.
error-datetime-invalid = Date and time not recognised (YYYY-MM-DD HH:MM).
error-meeting-link-invalid = The link must start with https:// or http://.
error-consultation-unknown = This consultation does not exist.
error-meeting-in-past = The start must be in the future.
error-phone-invalid = Number not recognised (6 to 20 digits).
error-seat-code-invalid = A code has six characters.
error-attendance-reason-required = Say why the attendance differs from the check-ins.
error-proposal-unknown = This proposal is not in the meeting's consultation.

activity-meeting-created = Meeting created
activity-meeting-changed = Meeting changed
activity-meeting-cancelled = Meeting cancelled
activity-meeting-registration-assisted = Registration made by a referent
activity-meeting-minutes-published = Minutes published

email-seat-confirmed-subject = Registration confirmed: { $title }
email-seat-confirmed-body =
    Hello,
    Your registration for the meeting "{ $title }" is confirmed.
    Date: { $when }
    Place: { $place }
    Your registration code, to give at the door: { $code }
    The calendar invitation is attached. To cancel: { $link }
    — Majlis, { $municipality }
email-seat-waiting-subject = Waitlist: { $title }
email-seat-waiting-body =
    Hello,
    The meeting "{ $title }" ({ $when }) is full: you are on the waitlist.
    If a seat frees up, it is given to you automatically and you are emailed.
    { $link }
    — Majlis, { $municipality }
email-seat-promoted-subject = A seat freed up: { $title }
email-seat-promoted-body =
    Hello,
    A seat freed up: you are now registered for the meeting "{ $title }".
    Date: { $when }
    Place: { $place }
    Your registration code: { $code }
    The calendar invitation is attached. If you can no longer come, cancel: { $link }
    — Majlis, { $municipality }
email-meeting-changed-subject = Meeting changed: { $title }
email-meeting-changed-body =
    Hello,
    The meeting "{ $title }" has changed.
    Date: { $when }
    Place: { $place }
    The updated calendar invitation is attached. Details: { $link }
    — Majlis, { $municipality }
email-meeting-cancelled-subject = Meeting cancelled: { $title }
email-meeting-cancelled-body =
    Hello,
    The meeting "{ $title }" planned for { $when } is cancelled.
    Reason: { $reason }
    { $link }
    — Majlis, { $municipality }
email-meeting-reminder-subject = Reminder: { $title }
email-meeting-reminder-body =
    Hello,
    A reminder: you are registered for the meeting "{ $title }".
    Date: { $when }
    Place: { $place }
    Your registration code: { $code }
    If you can no longer come, free your seat: { $link }
    — Majlis, { $municipality }
email-minutes-published-subject = Minutes published: { $title }
email-minutes-published-body =
    Hello,
    The minutes of the meeting "{ $title }" are published: { $link }
    — Majlis, { $municipality }
