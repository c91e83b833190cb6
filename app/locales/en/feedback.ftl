# Feedback to residents: consultation outcomes, accountability, follows and notifications.
stage-participating = Participation open
stage-awaiting-outcome = Outcome awaited
stage-outcome-published = Outcome published
stage-concluded = Concluded
stage-archived = Archived
outcome-overdue = { $days ->
    [one] Outcome overdue by 1 day
   *[other] Outcome overdue by { $days } days
}
days-since = { $days ->
    [0] today
    [one] 1 day ago
   *[other] { $days } days ago
}
outcome-title = Outcome of the consultation
outcome-summary = What we heard
outcome-decisions = Decisions taken and why
outcome-next-steps = Next steps
outcome-participation-ended = Participation closed on
outcome-published-on = Outcome published on
outcome-due-on = Outcome due by
outcome-not-yet = Participation is still open: the outcome will be published after it.
outcome-awaited = Participation is over. The municipality must publish the outcome of this consultation; this page will show it.
outcome-draft = Draft (visible to officials only)
outcome-tools = For officials
outcome-write = Write the outcome
outcome-correct = Correct the published outcome
outcome-form-lead = The outcome says what was heard, what was decided and why, and what comes next. The answers to proposals, meeting minutes and debate conclusions are added to it automatically.
outcome-draft-only = Participation is still open: you can prepare a draft, not publish it yet.
field-outcome-summary = What we heard
field-outcome-decisions = Decisions taken and why
outcome-next-steps-hint = One date and one text per step; leave unused rows empty.
outcome-step-date = Date of step { $n }
outcome-step-text = Step { $n }
outcome-correct-hint = The outcome is published: your corrections are published at once (with no new notification).
outcome-publish = Publish the outcome and tell the participants
outcome-submit = Save
outcome-answers = Answers to the proposals that reached the threshold
outcome-answers-none = No proposal reached the support threshold.
outcome-answer-missing = Answer awaited
outcome-minutes = Meeting minutes
outcome-conclusions = Debate conclusions
consultation-conclude = Mark the consultation as concluded
consultation-archive = Archive the consultation
notice-outcome-saved = The outcome draft is saved.
notice-outcome-published = The outcome is published; the participants are being told.
notice-consultation-concluded = The consultation is marked as concluded.
notice-consultation-archived = The consultation is archived.
accountability-title = Accountability: where consultations stand
accountability-lead = Every consultation must end with a published outcome. Overdue outcomes come first.
accountability-empty = No published consultation
accountability-empty-body = Consultations will appear here once published.
accountability-consultation = Consultation
accountability-stage = State
accountability-closed = Participation closed
accountability-outcome = Outcome
field-outcome-days = Days to publish the outcome
field-outcome-days-hint = Counted from the end of the last participation phase (60 by default).
staff-outcomes-owed = Outcomes owed
activity-outcome-saved = Outcome saved
activity-outcome-published = Outcome published
activity-consultation-concluded = Consultation concluded
activity-consultation-archived = Consultation archived
error-conflict-participation-ongoing = Participation is still open: the outcome cannot be published yet.
error-conflict-outcome-not-published = Publish the outcome first: a consultation cannot be concluded or archived without it.
error-conflict-already-concluded = This consultation is already concluded.
error-conflict-not-concluded = This consultation is not concluded yet.
error-conflict-already-archived = This consultation is archived: it no longer changes.
error-conflict-link-invalid = This link is not valid. Check that it is complete, or manage your emails from your account.
error-conflict-link-used = This link was already used: you are unsubscribed.
error-date-required = Enter a date.
follow = Follow
unfollow = Unfollow
following = You follow this
notice-followed = You now follow this page: you will be told what becomes of it.
notice-unfollowed = You no longer follow this page.
notice-preferences-saved = Your preferences are saved.
notifications-title = Notifications
notifications-unread = { $count ->
    [0] No unread notification.
    [one] 1 unread notification.
   *[other] { $count } unread notifications.
}
notifications-empty = No notifications
notifications-empty-body = You will be told here what became of the consultations and proposals you took part in or follow.
notifications-mark-read = Mark all as read
notification-new = New
notification-outcome-published = Outcome published: { $title }
notification-proposal-answered = The municipality answered ({ $state }): { $title }
email-preferences = Emails
field-email-mode = Email me
field-email-mode-hint = Notifications always stay visible here.
email-mode-immediate = For each piece of news
email-mode-digest = One summary a day
email-mode-never = Never
delivery-pending = Email waiting to be sent
delivery-sent = Email sent
delivery-failed = Email not delivered
delivery-not-emailed = No email (your choice)
delivery-in-digest = In the next daily summary
sent-title = What we sent you
sent-lead = Every email Majlis addressed to you, and how its delivery went.
sent-empty = No email
sent-empty-body = Majlis has not sent you anything yet.
sent-subject = Subject
sent-written = Written on
sent-state = Delivery
sent-attempts = { $count ->
    [one] 1 attempt
   *[other] { $count } attempts
}
unsubscribe-title = Unsubscribe
unsubscribe-consultation = Stop emails about the consultation “{ $title }”.
unsubscribe-proposal = Stop emails about the proposal “{ $title }”.
unsubscribe-all = Stop every notification email (account and meeting emails continue).
unsubscribe-submit = Unsubscribe me
unsubscribe-hint = You can change this later from the Notifications page of your account.
notice-unsubscribed = Done: you will not receive these emails any more.
email-notice-outcome-published-subject = Outcome published: { $title }
email-notice-outcome-published-body =
    Hello,
    The municipality ({ $municipality }) published the outcome of the consultation “{ $title }”, which you took part in or follow: what was heard, what was decided and what comes next.
    Read the outcome: { $link }
    Stop emails about this consultation (one click): { $unsubscribe }
    — Majlis, { $municipality }
email-notice-proposal-answered-subject = The municipality answered: { $title }
email-notice-proposal-answered-body =
    Hello,
    The municipality ({ $municipality }) answered the proposal “{ $title }”, which you submitted, supported, commented on or follow.
    Answer: { $state }
    Read the whole answer: { $link }
    Stop emails about this proposal (one click): { $unsubscribe }
    — Majlis, { $municipality }
digest-line-outcome-published = • Outcome published: { $title } — { $link }
digest-line-proposal-answered = • Answer ({ $state }): { $title } — { $link }
email-digest-subject = { $count ->
    [one] Your daily summary: 1 piece of news
   *[other] Your daily summary: { $count } pieces of news
}
email-digest-body =
    Hello,
    Here is what became of the consultations and proposals you follow:
    { $items }
    Stop every notification email (one click): { $unsubscribe }
    — Majlis, { $municipality }
rule-outcome-days = { $count ->
    [one] The municipality publishes the outcome at most 1 day after participation ends.
   *[other] The municipality publishes the outcome at most { $count } days after participation ends.
}
nav-notifications = Notifications
nav-accountability = Accountability
results-title = What was done
results-lead = What the municipality does after the consultation: each action, its state and progress, updated in public.
results-empty = Nothing published yet
results-empty-body = Officials will publish here the actions decided and their progress.
result-title = Follow-up action
result-new = Add an action
result-edit = Edit the action
result-save = Save the action
result-status-planned = Planned
result-status-in-progress = In progress
result-status-done = Done
result-status-cancelled = Cancelled
result-progress-value = Progress: { $value } %
result-rolled-up = The progress is the weighted mean of the sub-actions’ progress.
result-children = Sub-actions
result-milestones = Milestones
result-milestones-none = No milestone yet.
result-proposals = Proposals it comes from
result-meetings = Related meetings
result-history = History of changes
result-change-created = Created
result-change-edited = Description or dates changed
result-change-status = State
result-change-progress = Progress
result-change-milestone = Milestone
result-parent-none = None (a main action)
field-result-title = Title
field-result-description = Description
field-result-status = State
field-result-progress = Progress (%)
field-result-progress-hint = A whole number from 0 to 100.
field-result-weight = Weight in the main action
field-result-weight-hint = From 1 to 100: how much it counts in the main action’s progress.
field-result-starts-on = Start
field-result-ends-on = Planned end
field-result-parent = Sub-action of
field-milestone-day = Date of the milestone
field-milestone-text = What was done
milestone-add = Add the milestone
notice-result-saved = The action is saved; people who follow the consultation are told of any change of state or progress.
notice-milestone-added = The milestone is added; people who follow the consultation are told.
proposal-results = What was done with this proposal
error-progress-invalid = Enter a whole number from 0 to 100.
error-weight-invalid = Enter a whole number from 1 to 100.
error-milestone-before-start = A milestone cannot be dated before the action starts.
notification-result-updated = “{ $title }”: { $state }, { $progress } %
notification-result-milestone = “{ $title }”: new milestone on { $date }
email-notice-result-updated-subject = Progress: { $title }
email-notice-result-updated-body =
    Hello,
    The municipality ({ $municipality }) updated a follow-up action of a consultation you follow: “{ $title }”.
    State: { $state } — progress: { $progress } %
    See the details: { $link }
    Stop emails about this consultation (one click): { $unsubscribe }
    — Majlis, { $municipality }
email-notice-result-milestone-subject = New milestone: { $title }
email-notice-result-milestone-body =
    Hello,
    A milestone was reached on { $date } for “{ $title }”, a follow-up action of a consultation you follow.
    See the details: { $link }
    Stop emails about this consultation (one click): { $unsubscribe }
    — Majlis, { $municipality }
digest-line-result-updated = • “{ $title }”: { $state }, { $progress } % — { $link }
digest-line-result-milestone = • New milestone ({ $date }): { $title } — { $link }
