# opendata: the texts of app/src/opendata/ (open data packages) in this language.

opendata-title = Open data
opendata-lead = Everything the municipality publishes on this site, as files anyone can reuse: a data package (Frictionless Data Package) with each table as CSV and JSON, described field by field, under the Creative Commons Attribution 4.0 licence. Updated every day.
opendata-running = A new package has been in the making since { $since }. This page updates itself.
opendata-progress = Table “{ $table }”: { $count ->
    [one] { $count } row written
   *[other] { $count } rows written
}.
opendata-download-title = Download
opendata-generated = Package made on { $date }: { $count ->
    [one] { $count } row
   *[other] { $count } rows
}, { $size } MB (ZIP).
opendata-bad-rows = { $count ->
    [one] { $count } unreadable row was left out (see export-log.txt in the package).
   *[other] { $count } unreadable rows were left out (see export-log.txt in the package).
}
opendata-download = Download the package (ZIP)
opendata-none = No package yet
opendata-none-body = The first one is made automatically within the day.
opendata-generate = Make a package now
opendata-generate-hint = Administration: the package is also made automatically every day. It is made in the background; this page shows its progress.
notice-open-data-started = The package is being made. This page shows its progress.
error-conflict-export-running = A package is already being made: wait until it is ready.
opendata-formats-title = Formats and checking
opendata-formats-body = The datapackage.json file describes each table (name, type, description in French and Arabic, example, constraints of each field) following the Frictionless Data Package v2 standard; a DCAT catalogue (JSON-LD) lets the national open data portal harvest it.
opendata-catalogue = The DCAT catalogue (JSON-LD)
opendata-log-link = The public log of acts and its key
opendata-verify-body = This command recomputes, from the package alone, every act of the log and every proposal's support count, and checks the signed checkpoints:
opendata-tables-title = The tables
opendata-privacy = No personal data: no email, phone, identity number or its hash, IP address, or support linked to a person. Authors appear under a pseudonym of their own in each consultation, staff by their role. A district's days with fewer than 5 supports are grouped with the following days until each figure reaches 5: no published figure is below 5.
opendata-col-table = Table
opendata-col-files = Files
opendata-col-fields = Fields
opendata-table-districts = Districts
opendata-table-consultations = Consultations
opendata-table-phases = Consultation phases
opendata-table-proposals = Proposals, answers and supports
opendata-table-supports_by_district_day = Supports by district and day
opendata-table-debates = Debates
opendata-table-comments = Comments
opendata-table-meetings = Public meetings, minutes and attendance
opendata-table-outcomes = Consultation outcomes
opendata-table-results = Results
opendata-table-milestones = Result milestones
opendata-table-moderation_log = Moderation log
opendata-table-public_acts = Public log of acts
opendata-table-checkpoints = Signed checkpoints of the log
footer-open-data = Open data
opendata-running-consultation = Now: the package of the consultation “{ $title }”.
opendata-consultations-title = By consultation
opendata-consultations-body = Each published consultation also has a package of its own, with the same tables limited to it: its proposals and their supports, its debates, its meetings, its outcome, its results, the moderation of its content and its acts in the public log, with the proof that they are part of the signed log.
opendata-consultations-empty = No consultation has been published yet.
opendata-col-consultation = Consultation
opendata-col-package = Package
opendata-consultation-download = Download (made { $date }: { $count ->
    [one] { $count } row
   *[other] { $count } rows
}, { $size } MB)
opendata-consultation-none = No package yet: it is made with the next one.
