nav-my-requests = My requests
footer-track = Track a request
request-status-received = Received
request-status-incomplete = Incomplete
request-status-in-progress = In progress
request-status-ready = Ready
request-status-refused = Refused
request-status-closed = Closed
field-kind-text = Text
field-kind-number = Number
field-kind-date = Date
field-kind-choice = Choice from a list
field-kind-file = File
# The form of a request
request-new = Make a request online
request-assisted-title = Register a request at the counter
request-assisted-hint = You are registering this request for someone at the counter. It is marked "at the counter" with your name. Give them the printed tracking code: they follow their request with it.
request-documents-reminder = Documents to provide
request-file-hint = PDF, image, office document or CSV; the type is checked from the content.
request-file-again = A browser does not keep chosen files: choose them again before sending.
field-required-mark = required
field-date-hint = As YYYY-MM-DD.
field-applicant-name = The person's name
field-applicant-phone = The person's phone
field-applicant-phone-hint = Optional; seen by staff only, to tell them when the request moves.
field-attachment = Attachments
field-attachment-hint = Up to { $count } files of at most { $size } MB each.
request-submit = Send the request
request-register = Register the request
procedure-request-online = Request it online
procedure-request-assisted = Register a request at the counter
# Fields of a procedure's request
procedure-fields-title = Fields of the online request
procedure-fields-lead = What this procedure's online request asks residents, in order. Requests already sent keep the answers and labels of the time.
procedure-fields-not-online = This procedure is not marked "online": only staff at the counter see this form.
procedure-fields-empty = No fields: the request holds only its attachments.
procedure-field-add = Add a field
procedure-field-remove = Remove
field-field-kind = Kind of answer
field-label-ar = Label in Arabic
field-label-fr = Label in French
field-choices = Choices offered
field-choices-hint = One choice per line (for a "choice from a list" field).
field-required = Required
notice-field-added = The field is added to the form.
notice-field-removed = The field is removed from the form.
# Following a request
track-title = Track a request
track-lead = Type the tracking code you got when the request was sent (or at the counter). It shows the request's status, history and legal deadline, without names or documents.
field-tracking-code = Tracking code
track-submit = Show the request
track-code = Tracking code
track-status = Status
track-submitted = Sent on
track-due = Legal deadline
track-no-due = No deadline set by law
track-paused = (deadline paused: something is missing)
track-history = History
track-clock-note = The deadline is paused while the request is incomplete and starts again when the missing item arrives.
request-late-badge = Late
request-assisted-badge = At the counter
request-title = Request
request-code-hint = Keep the tracking code: anyone holding it sees the request's status (not your answers or documents).
request-answers = Answers
request-files = Documents
request-file-size = { $size } KB
request-assisted-by = Registered at the counter by
request-taken-by = Handled by
request-not-taken = Nobody yet
my-requests-title = My requests
my-requests-lead = The procedures you requested online, and where they stand.
my-requests-empty = No requests
my-requests-empty-body = Procedures marked "online" in the catalogue can be requested from their page.
request-col-procedure = Procedure
request-col-submitted = Sent on
request-col-status = Status
request-col-due = Legal deadline
request-missing-title = Send what is missing
request-missing-lead = The request is incomplete: the history above says what is missing. Send it here; the deadline starts again when you do.
field-missing-note = Message
request-missing-submit = Send
request-satisfaction-question = Was the result what you needed?
request-satisfaction-yes = Yes
request-satisfaction-no = No
request-satisfied-yes = You answered: yes, the result was what you needed. Thank you.
request-satisfied-no = You answered: no, the result was not what you needed. Thank you.
notice-request-sent = The request is sent. Keep its tracking code.
notice-request-taken = You are handling this request.
notice-request-status-changed = The request's status is changed; the person is told.
notice-request-missing-sent = Sent: the request goes back to staff and the deadline starts again.
notice-request-thanks = Thank you for your answer.
# The clerks' queue
queue-title = Request queue
queue-lead = Requests are handled in order of arrival. Taking a request before an older one of the same procedure needs a written reason, which is kept; these out-of-order takes are counted publicly every month on the procedure's page.
queue-waiting = { $count ->
    [0] No request waiting
    [one] { $count } request waiting
   *[other] { $count } requests waiting
}
queue-all-procedures = All procedures
queue-take-next = Take the oldest
queue-empty = No requests
queue-empty-body = No request has this status for now.
notice-queue-empty = No request is waiting.
request-take = Handle it
request-out-of-order = An older request of this procedure is still waiting. To take this one first, write why: the reason is kept and the out-of-order take is counted publicly.
field-take-reason = Reason
field-take-reason-hint = For example: medical emergency, a file handed in at the wrong desk.
request-move = Move the request on
field-request-to = New status
field-request-note = Note for the person
field-request-note-hint = Required for "incomplete" (what is missing) and "refused" (the reason). The person reads it.
request-move-submit = Save
# Public figures on a procedure's page
procedure-stats-title = This procedure's requests in figures
procedure-stats-lead = By month. Requests are never published, only counted. Times count from sending, pauses excluded, and are given only from { $count } requests completed in the month.
stats-month = Month
stats-received = Received
stats-completed = Completed
stats-late = Late
stats-half = Half within
stats-most = 90 % within
stats-satisfied = Satisfaction (yes / no)
stats-satisfaction = { $yes } / { $no }
stats-out-of-order = Taken out of order
stats-too-few = too few
stats-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
# Problems
error-conflict-request-changed = This request changed since the page was opened (another clerk, a second click). Here is where it stands now.
error-conflict-already-taken = Another clerk took this request already.
error-conflict-too-many-open-requests = An account that is not verified may have 3 open requests at once. Have your identity verified, or wait until a request is closed.
error-conflict-procedure-not-online = This procedure cannot be requested online: its page says where to go.
error-conflict-already-answered = You answered already.
error-out-of-order-reason-required = An older request is waiting: write why you take this one first.
error-request-note-required = Write what is missing, or why it is refused: the person will read it.
error-request-missing-empty = Write a message or attach a file.
error-choices-too-few = Give at least two choices, one per line.
error-fields-too-many = A request has at most 20 fields.
error-attachments-too-many = Three attachments at most.
error-tracking-code-invalid = A tracking code has 20 letters and digits, in groups of four (for example ABCD-EFGH-JKLM-NPQR-STUV).
error-tracking-code-unknown = No request has this code. Check it.
# Notifications and emails
notification-request-updated = Your request "{ $title }": { $state }
digest-line-request-updated = • Your request "{ $title }": { $state } — { $link }
email-notice-request-updated-subject = Your request "{ $title }": { $state }
email-notice-request-updated-body =
    Hello,
    Your request "{ $title }" to the municipality ({ $municipality }) is now: { $state }.
    { $note }
    Tracking code: { $code }
    See the request: { $link }
    — Majlis, { $municipality }
activity-procedure-fields-changed = Online request fields changed
activity-request-assisted = Request registered at the counter
activity-request-taken = Request taken from the queue
activity-request-status-changed = Request status changed
