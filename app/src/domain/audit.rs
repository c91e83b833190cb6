//! What the audit log records: a stable action code per kind of change. The public moderation
//! log and the ledger are built on these codes, so they never change once released; the
//! interface translates them (`activity-<code>` on the staff dashboard, `event-<code>` in a
//! proposal's history).
codes! {
    /// A recorded change. Each names the kind of record it is about ([`AuditAction::target`]).
    AuditAction {
        AccountRegistered => "account.registered",
        AccountProvisioned => "account.provisioned",
        AccountEmailConfirmed => "account.email_confirmed",
        AccountPasswordReset => "account.password_reset",
        AccountRoleChanged => "account.role_changed",
        UserVerified => "user.verified",
        VerificationMethods => "verification.methods",
        CensusImported => "census.imported",
        DistrictSaved => "district.saved",
        ConsultationSaved => "consultation.saved",
        ConsultationPublished => "consultation.published",
        ProposalCreated => "proposal.created",
        ProposalEdited => "proposal.edited",
        ProposalWithdrawn => "proposal.withdrawn",
        ProposalAnswered => "proposal.answered",
        SupportAssisted => "support.assisted",
        SecondFactorEnrolled => "account.second_factor_enrolled",
        RecoveryCodeUsed => "account.recovery_code_used",
        SecondFactorReset => "account.second_factor_reset",
        AccountDeleted => "account.deleted",
        DebateOpened => "debate.opened",
        DebateClosed => "debate.closed",
        ReportThresholdSet => "moderation.threshold_set",
        MeetingCreated => "meeting.created",
        MeetingChanged => "meeting.changed",
        MeetingCancelled => "meeting.cancelled",
        RegistrationAssisted => "meeting.registration_assisted",
        MinutesPublished => "meeting.minutes_published",
        OutcomeSaved => "outcome.saved",
        OutcomePublished => "outcome.published",
        ConsultationConcluded => "consultation.concluded",
        ConsultationArchived => "consultation.archived",
        MunicipalityCreated => "installation.municipality_created",
        MunicipalitySuspended => "installation.municipality_suspended",
        MunicipalityResumed => "installation.municipality_resumed",
        AdministratorInvited => "installation.administrator_invited",
        DocumentPublished => "document.published",
        DocumentEdited => "document.edited",
        DocumentVersionAdded => "document.version_added",
        DocumentVersionWithdrawn => "document.version_withdrawn",
        DocumentLimitSet => "document.limit_set",
        ProcedureSaved => "procedure.saved",
        ReferentProfileSaved => "referent.profile_saved",
        ProcedureFieldsChanged => "procedure.fields_changed",
        RequestAssisted => "request.assisted",
        RequestTaken => "request.taken",
        RequestStatusChanged => "request.status_changed",
        InterestsDeclared => "interests.declared",
    }
}

impl AuditAction {
    /// The kind of record the action is about (the log's `target_type`).
    pub fn target(self) -> &'static str {
        use AuditAction::*;
        match self {
            AccountRegistered
            | AccountProvisioned
            | AccountEmailConfirmed
            | AccountPasswordReset
            | AccountRoleChanged
            | UserVerified
            | SecondFactorEnrolled
            | RecoveryCodeUsed
            | SecondFactorReset
            | AccountDeleted
            | ReferentProfileSaved
            | InterestsDeclared => "user",
            VerificationMethods | ReportThresholdSet | DocumentLimitSet => "municipality",
            DocumentPublished
            | DocumentEdited
            | DocumentVersionAdded
            | DocumentVersionWithdrawn => "document",
            ProcedureSaved | ProcedureFieldsChanged => "procedure",
            RequestAssisted | RequestTaken | RequestStatusChanged => "service_request",
            CensusImported => "census_import",
            DistrictSaved => "district",
            ConsultationSaved
            | ConsultationPublished
            | OutcomeSaved
            | OutcomePublished
            | ConsultationConcluded
            | ConsultationArchived => "consultation",
            ProposalCreated | ProposalEdited | ProposalWithdrawn | ProposalAnswered
            | SupportAssisted => "proposal",
            DebateOpened | DebateClosed => "debate",
            MeetingCreated | MeetingChanged | MeetingCancelled | RegistrationAssisted
            | MinutesPublished => "meeting",
            MunicipalityCreated
            | MunicipalitySuspended
            | MunicipalityResumed
            | AdministratorInvited => "installation_municipality",
        }
    }

    /// The code with `.` and `_` as `-`, for translation keys (`activity-account-role-changed`).
    pub fn key(self) -> String {
        self.code().replace(['.', '_'], "-")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_round_trip() {
        let mut seen = std::collections::HashSet::new();
        for a in AuditAction::ALL {
            assert!(seen.insert(a.code()), "{a:?} repeats a code");
            assert_eq!(AuditAction::from_code(a.code()), Some(*a));
        }
        assert_eq!(
            AuditAction::AccountRoleChanged.key(),
            "account-role-changed"
        );
    }
}
