# statistics: the texts of app/src/statistics/ in this language.

statistics-title = Participation statistics
statistics-lead = Participation across the municipality: who took part, what was proposed and supported, and whether officials answered on time. The same figures as the open data.
statistics-of-consultation = Participation in the consultation “{ $title }”.
statistics-to-consultation = See the consultation
statistics-whole = The whole municipality
statistics-choose = Consultation
statistics-participants = Participants (accounts)
statistics-proposals = Proposals
statistics-supports = Supports
statistics-comments = Comments
statistics-meetings = Public meetings
statistics-attendance = Meeting attendance
statistics-accountability = Accountability
statistics-answers-on-time = Answers on time
statistics-answers-late = Answers late (or due and overdue)
statistics-answers-owed = Answers still owed
statistics-outcomes-on-time = Outcomes published on time
statistics-outcomes-late = Outcomes late
statistics-outcomes-owed = Outcomes still owed
statistics-by-district = By district
statistics-withheld-note = A district's supports are published from 5 upwards; below, “fewer than 5” (the same rule as the open data).
statistics-over-time = Over time
statistics-chart-supports-district = Supports by the proposal's district
statistics-chart-proposals-district = Proposals by district
statistics-chart-supports-month = Supports by month
statistics-chart-proposals-month = Proposals by month
statistics-chart-desc-district = { $count ->
    [one] Bar chart, { $count } district; the figures are in the table that follows.
   *[other] Bar chart, { $count } districts; the figures are in the table that follows.
}
statistics-chart-desc-month = { $count ->
    [one] Bar chart, { $count } month; the figures are in the table that follows.
   *[other] Bar chart, { $count } months; the figures are in the table that follows.
}
statistics-nothing-yet = Nothing to show yet.
statistics-withheld = fewer than 5
statistics-col-label = What
statistics-col-value = Number
statistics-log-title = Public log of acts
statistics-log-link = The log and its key
statistics-open-data-link = The open data
footer-statistics = Statistics
