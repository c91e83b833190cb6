# consultations: the texts of app/src/consultations/ in this language.

filter-all = All
filter-open = Open
filter-upcoming = Upcoming
filter-closed = Closed
timing-open = Open
timing-upcoming = Upcoming
timing-closed = Closed
field-title-hint = 10 to 150 characters.
field-description = Description
field-starts-on = From
field-ends-on = To
field-support-threshold = Support threshold
field-support-threshold-hint = Supports after which the municipality must answer the proposal.
field-support-limit = Supports per resident
field-support-limit-hint = How many proposals a resident may support in this consultation (0 = no limit).
field-answer-days = Answer deadline (days)
field-answer-days-hint = Days the officials have to answer a proposal that reached the threshold.
stat-proposals = Proposals
stat-answered = Answers published
stat-overdue = Late answers
consultations-lead = The municipality’s consultations: learn, propose, support and follow the answers.
consultations-filter = Filter consultations
consultations-empty = No consultation here yet
consultations-empty-body = Try another filter, or come back soon.
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
rule-limit = { $count ->
    [one] Each resident may support one proposal.
   *[other] Each resident may support { $count } proposals.
}
rule-no-limit = Each resident may support as many proposals as they wish.
rule-answer-days = { $count ->
    [one] Officials answer within one day.
   *[other] Officials answer within { $count } days.
}
notice-consultation-saved = The consultation is saved.
notice-consultation-published = The consultation is published: everyone can see it.
proposals-see = See the proposals
