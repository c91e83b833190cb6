//! `AppError`: the one error type that crosses the wire. It carries stable codes only; the
//! interface translates them (`error-<code>`), and nothing from the database reaches a user.
use crate::domain::{codes, MalformedId};
use serde::{Deserialize, Serialize};

codes! {
    /// Why the permission table refused (translated as `error-forbidden-<code>`).
    Refusal {
        LoginRequired => "login-required",
        StaffOnly => "staff-only",
        AdminOnly => "admin-only",
        OwnRole => "own-role",
        Draft => "draft",
        PlannerOnly => "planner-only",
        ReferentOnly => "referent-only",
        OfficialOnly => "official-only",
        NotAuthor => "not-author",
        VerificationRequired => "verification-required",
        OwnSecondFactor => "own-second-factor",
        Blocked => "blocked",
        OwnContent => "own-content",
        OwnModeration => "own-moderation",
        OrganizerOnly => "organizer-only",
        OperatorOnly => "operator-only",
        PublisherOnly => "publisher-only",
        DeclarantOnly => "declarant-only",
    }
}

codes! {
    /// What a request conflicts with (translated as `error-conflict-<code>`).
    Conflict {
        /// A unique index refused a row the service did not expect to exist.
        Duplicate => "duplicate",
        /// The only administrator cannot delete their account: nobody could manage roles.
        LastAdmin => "last-admin",
        ProposalsClosed => "proposals-closed",
        SupportsClosed => "supports-closed",
        AlreadySupported => "already-supported",
        SupportLimit => "support-limit",
        ProposalWithdrawn => "proposal-withdrawn",
        ProposalLocked => "proposal-locked",
        AlreadyVerified => "already-verified",
        CensusDisabled => "census-disabled",
        InPersonDisabled => "in-person-disabled",
        DebateClosed => "debate-closed",
        DebatePhaseClosed => "debate-phase-closed",
        CommentsClosed => "comments-closed",
        AlreadyReported => "already-reported",
        EditWindowPassed => "edit-window-passed",
        CommentDeleted => "comment-deleted",
        AlreadyAppealed => "already-appealed",
        NotHidden => "not-hidden",
        AppealDecided => "appeal-decided",
        /// A moderation case already decided (a stale page, a second click).
        CaseDecided => "case-decided",
        AlreadyRegistered => "already-registered",
        RegistrationNotOpen => "registration-not-open",
        RegistrationClosed => "registration-closed",
        MeetingPast => "meeting-past",
        MeetingCancelled => "meeting-cancelled",
        NotRegistered => "not-registered",
        CodeUnknown => "code-unknown",
        /// An operator acting on a suspended municipality (resume it first).
        MunicipalitySuspended => "municipality-suspended",
        AlreadyCheckedIn => "already-checked-in",
        HallFull => "hall-full",
        MeetingNotOver => "meeting-not-over",
        ParticipationOngoing => "participation-ongoing",
        OutcomeNotPublished => "outcome-not-published",
        AlreadyConcluded => "already-concluded",
        NotConcluded => "not-concluded",
        AlreadyArchived => "already-archived",
        LinkInvalid => "link-invalid",
        LinkUsed => "link-used",
        /// An open data package is being generated already.
        ExportRunning => "export-running",
        /// A document version withdrawn already (a second click, a stale page).
        AlreadyWithdrawn => "already-withdrawn",
        /// A request changed since its page was opened (another clerk, a second click).
        RequestChanged => "request-changed",
        /// A request another clerk took from the queue first.
        AlreadyTaken => "already-taken",
        /// An account that is not verified has as many open requests as it may.
        TooManyOpenRequests => "too-many-open-requests",
        /// The procedure cannot be requested online.
        ProcedureNotOnline => "procedure-not-online",
        /// The satisfaction question is answered once.
        AlreadyAnswered => "already-answered",
    }
}
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
    #[error("forbidden: {0:?}")]
    Forbidden(Refusal),
    #[error("not found")]
    NotFound,
    #[error("conflict: {0:?}")]
    Conflict(Conflict),
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
            Self::Forbidden(reason) => format!("error-forbidden-{}", reason.code()),
            Self::NotFound => "error-not-found".into(),
            Self::Conflict(kind) => format!("error-conflict-{}", kind.code()),
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

/// A malformed id in a path or a form names nothing: not found.
impl From<MalformedId> for AppError {
    fn from(_: MalformedId) -> Self {
        Self::NotFound
    }
}

/// Database errors: a unique violation is a conflict (services usually turn it into a more
/// precise one first); anything else is logged with its cause and shown as internal.
#[cfg(feature = "ssr")]
impl From<sea_orm::DbErr> for AppError {
    fn from(err: sea_orm::DbErr) -> Self {
        if let Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) = err.sql_err() {
            return Self::Conflict(Conflict::Duplicate);
        }
        tracing::error!(error = %err, "database error");
        Self::Internal
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            // Arguments that do not decode (a form or JSON body from a stale or forged page).
            ServerFnErrorErr::Args(_)
            | ServerFnErrorErr::MissingArg(_)
            | ServerFnErrorErr::Deserialization(_) => Self::BadRequest,
            // Network trouble on the client side: say so rather than "internal".
            ServerFnErrorErr::Request(_) => Self::Internal,
            _ => Self::Internal,
        }
    }
}

/// A failed plain form post: which form, what was typed (never passwords) and the error.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Flash {
    pub form: String,
    pub values: Vec<(String, String)>,
    pub error: AppError,
}

impl Flash {
    pub fn value(&self, name: &str) -> Option<String> {
        self.values
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    }
}
