# developers: the texts of app/src/developers/ (the public API's page) in this language.

developers-title = Public API
developers-lead = The public participation data as JSON, for journalists, researchers and applications: the same data and rules as the open data. Read only, no account needed.
developers-openapi = The OpenAPI 3.1 description (openapi.json)
developers-open-data = The open data (whole package)
developers-rules-title = Rules
developers-rule-paging = Lists are paginated: at most 100 items a page (the limit parameter, 20 by default); pass next_cursor as cursor for the next page.
developers-rule-etag = Every response carries an ETag: send it back in If-None-Match to get 304 when nothing changed.
developers-rule-errors = Errors are problem details (RFC 9457, application/problem+json) saying what is wrong.
developers-rule-limit = At most 300 requests a minute per address; beyond, 429 with Retry-After.
developers-rule-privacy = No personal data; support counts below 5 per district are not published.
developers-endpoints-title = Endpoints
developers-col-endpoint = Request
developers-col-gives = Gives
developers-col-parameters = Parameters
developers-consultations = Published consultations
developers-consultation = One published consultation
developers-proposals = Proposals, with their page's filters (consultation, district, topic, state)
developers-proposal = One proposal, its supports and the officials' answer
developers-public-acts = The public log of acts, oldest first
developers-supports-by-district = Supports by district (fewer than 5: not published)
footer-developers = Public API
