# discussion: the texts of app/src/debates/, app/src/comments/ and app/src/moderation/.

debates-title = Debates
debates-see = Debates
debates-count = { $count ->
    [0] No debate yet
    [one] One debate
   *[other] { $count } debates
}
debates-empty = No debate yet
debates-empty-body = Debates open here during the consultation.
debate-phase-open = The debate phase is open: comments are welcome.
debate-phase-not-open = The debate phase is not open: comments are closed.
debate-new = Open a debate
debate-by = Opened by
debate-closed = Closed
debate-locked = Locked by moderation
debate-lock = Lock the thread
debate-unlock = Unlock the thread
debate-conclusions = Conclusions
debate-close = Close the debate with conclusions
debate-close-submit = Close the debate
debate-open-submit = Open the debate
debate-title-hint = A question residents can answer, 10 to 150 characters.
field-debate-title = Question
field-debate-body = Context
field-conclusions = Conclusions
conclusions-hint = What the municipality retains from the debate. Shown on top of the debate; no new comments after closing.
notice-debate-opened = The debate is open.
notice-debate-closed = The debate is closed; its conclusions are shown on top.
activity-debate-opened = Debate opened
activity-debate-closed = Debate closed

activity-moderation-threshold-set = Report threshold changed

thread-debate = Debate
thread-proposal = Proposal
thread-meeting = Meeting
comments-count = { $count ->
    [0] Comments
    [one] One comment
   *[other] { $count } comments
}
comments-empty = No comment yet. Be the first to give your opinion.
comment-order = Order of comments
comment-order-oldest = Oldest
comment-order-newest = Newest
comment-order-best = Best rated
alignment-filter = Positions
alignment-all = All
alignment-for = For
alignment-against = Against
alignment-neutral = Neutral
alignment-none = — No position —
field-alignment = Your position
field-comment = Your comment
field-reply = Your reply
comment-hint = Up to 2,000 characters. Markdown: **bold**, *italics*, lists, links.
comment-edit-hint = You can edit a comment for 10 minutes after posting it; it will be marked as edited.
comment-submit = Post the comment
comment-reply-submit = Post the reply
comment-save = Save
comment-login = Log in to comment
comment-reply = Reply
comment-edit = Edit
comment-edited = edited
comment-delete = Delete
comment-delete-confirm = Delete this comment for good
comment-deleted-text = Comment deleted by its author.
comment-more-replies = { $count ->
    [one] See one more reply
   *[other] See { $count } more replies
}
comment-page-title = Comment
comment-reply-title = Reply to a comment
comment-edit-title = Edit a comment
comment-whole-thread = See the whole discussion
vote-up = Agree
vote-down = Disagree
notice-comment-posted = Your comment is published.
notice-comment-edited = Your comment is edited.
notice-comment-deleted = Your comment is deleted.
account-blocked = blocked account
role-system = automatic (reports)

content-hidden = Content hidden by moderation
content-comment = Comment
content-proposal = Proposal
content-debate = Debate
content-user = Account
reason-spam = Spam or advertising
reason-offensive = Offensive or hateful
reason-off-topic = Off topic
reason-personal-data = Personal data
reason-other = Other
report-link = Report
report-title = Report a content
report-lead = Tell the moderators what is wrong. Your report stays private: the author and the public never see who reported.
field-report-reason = Reason
field-report-details = Details
report-details-hint = Required for “Other”; up to 1,000 characters.
report-submit = Send the report
notice-report-sent = Thank you: your report was sent to the moderators.

moderation-title = Moderation
moderation-empty = Nothing to review
moderation-empty-body = Reported contents and contents hidden by reports appear here.
moderation-author = Author:
moderation-reports = { $count ->
    [0] no open report
    [one] one open report
   *[other] { $count } open reports
}
moderation-reports-counted = { $count ->
    [0] none by a verified resident or staff
    [one] one by a verified resident or staff
   *[other] { $count } by verified residents or staff
}
moderation-staff-content = Staff content: never hidden automatically, another referent decides
moderation-auto-hidden = Hidden by reports, to review
field-moderation-act = Action
field-hide-reason = Reason (to hide)
moderation-act-hide = Hide
moderation-act-restore = Restore
moderation-act-dismiss = Dismiss the reports
moderation-act-lock = Lock the debate
moderation-apply = Apply
notice-moderation-done = Done. The act is recorded in the public moderation log.
block-author = Block the author
field-block-length = Length
block-length-7 = 7 days
block-length-30 = 30 days
block-length-365 = One year
block-length-permanent = For good
field-justification = Justification
justification-hint = Required. Kept by the staff; not published.
block-submit = Block the account
blocked-title = Blocked accounts
blocked-none = No blocked account.
blocked-until = until { $date }
unblock = Unblock
appeals-title = Appeals
appeals-lead = Authors ask for their content to be restored. An appeal is decided by another referent than the one who hid the content.
appeals-waiting = { $count ->
    [0] No appeal waiting
    [one] One appeal waiting
   *[other] { $count } appeals waiting
}
hidden-now = { $count ->
    [0] No hidden content
    [one] One hidden content
   *[other] { $count } hidden contents
}
hidden-list-title = Hidden contents
hidden-list-lead = Every content hidden now, newest first: by reports or by a referent, appeals rejected included. Each can be restored.
hidden-list-empty = No hidden content
hidden-list-empty-body = Hidden contents show here until they are restored.
appeals-empty = No appeal waiting
appeals-empty-body = Appeals sent by authors appear here.
appeal-text = The author's appeal:
appeal-reverse = Restore the content
appeal-uphold = Keep it hidden
appeal-link = Appeal
appeal-title = Appeal a moderation decision
appeal-lead = Explain why your content should be restored. You can appeal once; another referent decides and you are told by email.
field-appeal = Your appeal
appeal-submit = Send the appeal
appeal-state-waiting = Your appeal was sent; a referent will decide.
appeal-state-upheld = Your appeal was examined: the content stays hidden.
appeal-state-reversed = Your appeal was accepted: the content is restored.
notice-appeal-sent = Your appeal was sent.
modlog-title = Moderation log
modlog-lead = Every moderation act, in the open: when, what, why and by which role. Who reported is never shown.
modlog-empty = No moderation act yet
modlog-empty-body = Acts of moderation will be listed here.
modlog-date = Date
modlog-action = Act
modlog-content = Content
modlog-reason = Reason
modlog-role = By
modlog-auto-hidden = Hidden automatically (reports)
modlog-hidden = Hidden
modlog-restored = Restored
modlog-dismissed = Reports dismissed
modlog-locked = Debate locked
modlog-unlocked = Debate unlocked
modlog-blocked = Account blocked
modlog-unblocked = Account unblocked
modlog-appeal-upheld = Appeal rejected
modlog-appeal-reversed = Appeal accepted, restored
modlog-debate-closed = Debate closed with conclusions

threshold-now = { $count ->
    [one] A content is hidden automatically at its first report.
   *[other] A content is hidden automatically at { $count } distinct reports.
}
field-threshold = Reports that hide a content
threshold-hint = From 1 to 100 distinct reports, counted until a referent decides.
threshold-save = Save the threshold
error-threshold-invalid = Type a whole number from 1 to 100.

error-reply-too-deep = Replies nest three levels deep at most: reply to the comment above.
error-details-required = Say what is wrong in a few words.
error-lock-not-debate = Only a debate, or a comment on a debate, can be locked.
error-forbidden-blocked = Your account is blocked by the moderators: you cannot post, support or register.
error-forbidden-own-content = You cannot do this on your own content.
error-forbidden-own-moderation = Another referent must decide this appeal: you took the decision appealed.
error-conflict-debate-closed = This debate is closed: it takes no new comments.
error-conflict-debate-phase-closed = The debate phase of this consultation is not open.
error-conflict-comments-closed = Comments are closed here.
error-conflict-already-reported = You already reported this content.
error-conflict-edit-window-passed = A comment can only be edited in the 10 minutes after posting it.
error-conflict-comment-deleted = This comment was deleted or hidden.
error-conflict-already-appealed = You already appealed; you are told of the decision by email.
error-conflict-not-hidden = This content is not hidden.
error-conflict-appeal-decided = This appeal was already decided.
error-conflict-case-decided = This case was already decided; see the moderation log.

email-content-hidden-subject = Your content was hidden
email-content-hidden-body =
    Hello,
    Your content on the participation platform of { $municipality } was hidden by moderation.
    Content: { $kind } — “{ $excerpt }”
    Reason: { $reason }
    If you think this is a mistake, you can appeal once: { $link }
    — Majlis, { $municipality }
email-appeal-upheld-subject = Your appeal was examined
email-appeal-upheld-body =
    Hello,
    A referent of { $municipality } examined your appeal about your { $kind } “{ $excerpt }”: the content stays hidden.
    — Majlis, { $municipality }
email-appeal-reversed-subject = Your appeal was accepted
email-appeal-reversed-body =
    Hello,
    A referent of { $municipality } accepted your appeal: your { $kind } “{ $excerpt }” is visible again.
    { $link }
    — Majlis, { $municipality }
