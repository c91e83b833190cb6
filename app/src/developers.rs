//! The public API's readable page (`/developers`): what each endpoint gives, its parameters
//! and rules, in the reader's language; the machine-readable description is the OpenAPI
//! document the server writes from its handlers (`/api/v1/openapi.json`). A test checks that
//! this page lists exactly the document's endpoints.
#[cfg(feature = "ssr")]
pub mod routes;
#[cfg(feature = "ssr")]
pub mod ui;

/// Each endpoint: its path, the translation key of what it gives, its query parameters.
pub const ENDPOINTS: &[(&str, &str, &str)] = &[
    (
        "/api/v1/consultations",
        "developers-consultations",
        "limit, cursor",
    ),
    ("/api/v1/consultations/{id}", "developers-consultation", ""),
    (
        "/api/v1/proposals",
        "developers-proposals",
        "limit, cursor, consultation, district, category, state",
    ),
    ("/api/v1/proposals/{id}", "developers-proposal", ""),
    (
        "/api/v1/public-acts",
        "developers-public-acts",
        "limit, cursor",
    ),
    (
        "/api/v1/supports-by-district",
        "developers-supports-by-district",
        "consultation",
    ),
];
