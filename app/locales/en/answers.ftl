# answers: the texts of app/src/answers/ in this language.

col-proposal = Proposal
col-consultation = Consultation
col-due = Answer due on
field-answer-text = Answer text
answer-under-evaluation = Under evaluation
answer-accepted = Accepted
answer-partially-accepted = Partially accepted
answer-rejected = Rejected
answer-overdue = { $days ->
    [one] Answer overdue by one day
   *[other] Answer overdue by { $days } days
}
answer-form-title = Answer (officials)
answer-draft-saved = Draft saved on
answer-then = Then
answer-save-draft = Keep as a draft
answer-publish = Publish the answer and tell the participants
answer-submit = Confirm
answer-has-draft = Draft
answers-lead = Proposals that reached their threshold and wait for an answer, the latest first.
answers-empty = No answer waiting
answers-empty-body = Every proposal that reached its threshold has been answered.
