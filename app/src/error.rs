//! `AppError`: the one error type that crosses the wire. It carries stable codes only; the
//! interface translates them (`error-<code>`), and nothing from the database reaches a user.
use serde::{Deserialize, Serialize};
use server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};

/// A field's problems: the form field name and the stable problem codes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub code: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("unauthenticated")]
    Unauthenticated,
    #[error("forbidden: {0}")]
    Forbidden(String),
    #[error("not found")]
    NotFound,
    #[error("conflict: {0}")]
    Conflict(String),
    #[error("validation failed")]
    Validation(Vec<FieldError>),
    #[error("rate limited")]
    RateLimited,
    /// The request itself was malformed (a missing field, a forged form).
    #[error("bad request")]
    BadRequest,
    /// The form sent was larger than any Majlis form can be.
    #[error("payload too large")]
    TooLarge,
    #[error("internal error")]
    Internal,
    /// A new proposal resembles existing ones: the author sees them and confirms.
    #[error("similar proposals exist")]
    Similar(Vec<SimilarItem>),
}

/// An existing proposal shown before a possible duplicate is published.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SimilarItem {
    pub id: String,
    pub title: String,
    pub supports: i32,
}

impl AppError {
    pub fn field(field: &str, code: &str) -> Self {
        Self::Validation(vec![FieldError {
            field: field.into(),
            code: code.into(),
        }])
    }

    /// The HTTP status a browser should see for this error.
    pub fn status(&self) -> u16 {
        match self {
            Self::Unauthenticated => 401,
            Self::Forbidden(_) => 403,
            Self::NotFound => 404,
            Self::Conflict(_) => 409,
            Self::Validation(_) => 422,
            Self::RateLimited => 429,
            Self::BadRequest => 400,
            Self::TooLarge => 413,
            Self::Internal => 500,
            Self::Similar(_) => 409,
        }
    }

    /// The translation key of the message shown at the top of a form or page.
    pub fn message_key(&self) -> String {
        match self {
            Self::Unauthenticated => "error-unauthenticated".into(),
            Self::Forbidden(reason) => format!("error-forbidden-{reason}"),
            Self::NotFound => "error-not-found".into(),
            Self::Conflict(kind) => format!("error-conflict-{kind}"),
            Self::Validation(_) => "error-validation".into(),
            Self::RateLimited => "error-rate-limited".into(),
            Self::BadRequest => "error-bad-request".into(),
            Self::TooLarge => "error-too-large".into(),
            Self::Internal => "error-internal".into(),
            Self::Similar(_) => "error-similar".into(),
        }
    }

    /// The problem codes for one field, if this is a validation error.
    pub fn field_codes(&self, field: &str) -> Vec<String> {
        match self {
            Self::Validation(list) => list
                .iter()
                .filter(|e| e.field == field)
                .map(|e| e.code.clone())
                .collect(),
            _ => Vec::new(),
        }
    }
}

/// Collects field problems, so that a form reports all of them at once.
#[derive(Default)]
pub struct Problems(Vec<FieldError>);

impl Problems {
    pub fn check<T, E: Into<String>>(&mut self, field: &str, result: Result<T, E>) -> Option<T> {
        match result {
            Ok(v) => Some(v),
            Err(code) => {
                self.0.push(FieldError {
                    field: field.into(),
                    code: code.into(),
                });
                None
            }
        }
    }

    pub fn push(&mut self, field: &str, code: &str) {
        self.0.push(FieldError {
            field: field.into(),
            code: code.into(),
        });
    }

    pub fn into_result(self) -> Result<(), AppError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(AppError::Validation(self.0))
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::MissingArg(_) => Self::BadRequest,
            // Network trouble on the client side: say so rather than "internal".
            ServerFnErrorErr::Request(_) => Self::Internal,
            _ => Self::Internal,
        }
    }
}
