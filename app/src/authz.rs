//! THE permission table. Every service calls [`ensure`] before it changes or reveals anything;
//! the interface may call [`decide`] to hide what a user cannot do, but a hidden button is not
//! a permission. One function, one table, one test of it.
use crate::domain::{Role, UserId};
use crate::error::{AppError, Refusal};

/// Who is asking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Actor {
    Anonymous,
    User { id: UserId, role: Role },
}

impl Actor {
    /// The logged-in user's id.
    pub fn user_id(&self) -> Option<UserId> {
        match self {
            Self::Anonymous => None,
            Self::User { id, .. } => Some(*id),
        }
    }

    /// The logged-in user's id, or "log in first".
    pub fn require_user(&self) -> Result<UserId, AppError> {
        self.user_id().ok_or(AppError::Unauthenticated)
    }

    pub fn role(&self) -> Option<Role> {
        match self {
            Self::Anonymous => None,
            Self::User { role, .. } => Some(*role),
        }
    }
}

/// The role a logged-in account acts with: a staff role only once the login was completed
/// with a second factor; until then (a promoted resident's session, say) the account acts as a
/// resident, and every staff action is refused here, like any other.
pub fn effective_role(role: Role, second_factor: bool) -> Role {
    if role.is_staff() && !second_factor {
        Role::Resident
    } else {
        role
    }
}

/// What they want to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// See the staff area (dashboard of municipal work).
    ViewStaffArea,
    /// List accounts and change a user's role.
    ManageRoles,
    /// Read the email outbox (what was sent, or is waiting when no SMTP server is configured).
    ViewOutbox,
    /// Reset another staff member's second factor (they enrol again at their next login).
    ResetSecondFactor,
    /// Change one's own profile and language.
    EditOwnAccount,
    /// Read a consultation (a draft only for those who prepare consultations).
    ViewConsultation,
    /// Create, edit and publish consultations.
    ManageConsultations,
    /// Create and rename districts.
    ManageDistricts,
    /// Import the census list and choose how residents are verified.
    ManageVerification,
    /// Verify one's own account against the census list.
    VerifySelf,
    /// Verify a resident at the counter (in person).
    VerifyInPerson,
    /// Submit a proposal.
    CreateProposal,
    /// Edit or withdraw a proposal (its author only).
    EditProposal,
    /// Support a proposal (verified residents).
    Support,
    /// Record a support on behalf of a resident without internet.
    AssistSupport,
    /// Draft and publish official answers, see the answers queue.
    AnswerProposals,
    /// Open a debate in a consultation (planners and referents; residents where the
    /// consultation allows it).
    OpenDebate,
    /// Close a debate with conclusions.
    CloseDebate,
    /// Post a comment or a reply.
    Comment,
    /// Vote a comment up or down (not one's own).
    VoteComment,
    /// Edit or delete a comment (its author only, not while blocked).
    EditOwnContent,
    /// Appeal the hiding of a content (its author only; a blocked author too: it is their
    /// recourse).
    Appeal,
    /// Report a comment, proposal or debate (not one's own).
    Report,
    /// The moderation queue: hide, restore, dismiss, lock, block.
    Moderate,
    /// Decide an appeal (not on one's own content, not on one's own act).
    DecideAppeal,
    /// Set how many reports hide a content automatically.
    SetReportThreshold,
    /// Create a meeting (planners; referents for their workshops; administrators).
    CreateMeeting,
    /// Change or cancel a meeting, publish its minutes (its organiser, or an administrator).
    ManageMeeting,
    /// Check people in at the door and add walk-ins (the organiser, referents, administrators).
    CheckIn,
    /// Register for a meeting (verified residents, or anyone when the organiser opened it to
    /// all), or cancel one's own registration.
    RegisterMeeting,
    /// Register someone without internet on their behalf, or cancel it (referents).
    AssistRegistration,
    /// Read the phone numbers of people registered on their behalf, to call them when their
    /// seat or the meeting changes (the organiser, referents, administrators).
    ReadRegistrantPhones,
    /// Draft and publish a consultation's outcome report, mark it concluded or archived.
    PublishOutcome,
    /// Follow or unfollow a consultation or proposal; read one's notifications.
    Follow,
    /// Create and update the results of a consultation (status, progress, milestones).
    ManageResults,
    /// Create, suspend and resume the installation's municipalities, invite their first
    /// administrators (operators of the installation, on its default municipality).
    OperatePlatform,
    /// Generate the open data package now (administrators; it is also generated daily).
    GenerateOpenData,
    /// Publish documents, edit them, add and withdraw their versions, see those hidden
    /// pending review (officials, planners, administrators).
    PublishDocuments,
    /// Set the largest document file accepted (administrators).
    SetDocumentLimit,
    /// Write the catalogue of administrative procedures (officials and administrators).
    ManageProcedures,
    /// Publish one's own referent profile (district, office, hours, contact): referents, for
    /// themselves.
    EditReferentProfile,
    /// Send a request for a procedure done online (any account: a moderator's block stops
    /// posting, not the municipality's services; an account that is not verified may have only
    /// a few open at once).
    SubmitRequest,
    /// Read a request whole: its answers and files (the person it is for, and clerks).
    ViewRequest,
    /// Send what an incomplete request lacks, answer the satisfaction question (the person
    /// the request is for).
    FollowUpRequest,
    /// Work the queue of requests: take, change a status, register one at the counter for a
    /// resident without internet (clerks: referents and administrators).
    HandleRequests,
    /// Publish a new version of one's own declaration of interests (elected members, that is
    /// officials, and senior agents: planners and administrators). Nobody writes another's.
    DeclareInterests,
}

/// Facts about the target that some rules need.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Facts {
    /// For `ManageRoles`: the account whose role changes.
    pub target_user: Option<UserId>,
    /// For `EditProposal`: the author of the proposal.
    pub owner: Option<UserId>,
    /// For `Support` and `RegisterMeeting`: the actor's account is verified.
    pub verified: bool,
    /// For `RegisterMeeting`: the organiser opened registration to every account.
    pub open_to_all: bool,
    /// For `ViewConsultation`: the consultation is published.
    pub published: bool,
    /// The actor's account is blocked by a moderator: it cannot post, support or register.
    pub blocked: bool,
    /// For `OpenDebate`: the consultation lets residents open debates.
    pub residents_allowed: bool,
    /// For `DecideAppeal`: the referent who hid the content (none when reports hid it).
    pub acted_by: Option<UserId>,
    /// For `OperatePlatform`: the account was made an operator of the installation (from the
    /// command line).
    pub operator: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Allow,
    /// Refused, with a stable reason (translated as `error-forbidden-<reason>`).
    Deny(Refusal),
}

/// Who is asking, once logged in.
#[derive(Clone, Copy)]
struct Who {
    id: UserId,
    role: Role,
}

impl Who {
    fn is(self, roles: &[Role]) -> bool {
        roles.contains(&self.role)
    }

    /// Referents and administrators judge content.
    fn moderator(self) -> bool {
        self.is(&[Role::Referent, Role::Admin])
    }

    fn owns(self, facts: &Facts) -> bool {
        facts.owner == Some(self.id)
    }
}

/// THE decision: whether `actor` may do `action` given `facts`, and if not, why. Every action
/// is decided by one arm here or in the group function it names (each group refuses what it
/// does not know).
pub fn decide(actor: Actor, action: Action, facts: Facts) -> Decision {
    use Decision::*;
    if action == Action::ViewConsultation && facts.published {
        return Allow;
    }
    let Actor::User { id, role } = actor else {
        return Deny(Refusal::LoginRequired);
    };
    let who = Who { id, role };
    let posting = matches!(
        action,
        Action::CreateProposal
            | Action::Support
            | Action::OpenDebate
            | Action::Comment
            | Action::VoteComment
            | Action::Report
            | Action::RegisterMeeting
            | Action::EditOwnContent
            | Action::EditProposal
    );
    if posting && facts.blocked {
        return Deny(Refusal::Blocked);
    }
    match action {
        Action::EditOwnAccount | Action::CreateProposal | Action::VerifySelf | Action::Follow => {
            Allow
        }
        Action::ViewConsultation
        | Action::ManageConsultations
        | Action::ManageDistricts
        | Action::ManageVerification
        | Action::SetReportThreshold
        | Action::ViewStaffArea
        | Action::ManageRoles
        | Action::ViewOutbox
        | Action::GenerateOpenData
        | Action::SetDocumentLimit
        | Action::ResetSecondFactor => administration(action, who, facts),
        Action::PublishDocuments if who.is(&[Role::Official, Role::Planner, Role::Admin]) => Allow,
        Action::PublishDocuments => Deny(Refusal::PublisherOnly),
        Action::ManageProcedures if who.is(&[Role::Official, Role::Admin]) => Allow,
        Action::ManageProcedures => Deny(Refusal::OfficialOnly),
        Action::EditReferentProfile if who.role == Role::Referent => Allow,
        Action::EditReferentProfile => Deny(Refusal::ReferentOnly),
        Action::SubmitRequest => Allow,
        // Clerks are the referents (who already help residents at the counter) and the
        // administrators.
        Action::HandleRequests if who.moderator() => Allow,
        Action::HandleRequests => Deny(Refusal::ReferentOnly),
        Action::ViewRequest if who.owns(&facts) || who.moderator() => Allow,
        Action::FollowUpRequest if who.owns(&facts) => Allow,
        Action::ViewRequest | Action::FollowUpRequest => Deny(Refusal::NotAuthor),
        Action::DeclareInterests if who.is(&[Role::Official, Role::Planner, Role::Admin]) => Allow,
        Action::DeclareInterests => Deny(Refusal::DeclarantOnly),
        Action::VerifyInPerson
        | Action::AssistSupport
        | Action::EditProposal
        | Action::Support
        | Action::AnswerProposals
        | Action::PublishOutcome
        | Action::ManageResults => participation(action, who, facts),
        Action::OpenDebate
        | Action::CloseDebate
        | Action::Comment
        | Action::VoteComment
        | Action::Report
        | Action::EditOwnContent
        | Action::Appeal
        | Action::Moderate
        | Action::DecideAppeal => discussion(action, who, facts),
        Action::CreateMeeting
        | Action::ManageMeeting
        | Action::CheckIn
        | Action::RegisterMeeting
        | Action::AssistRegistration
        | Action::ReadRegistrantPhones => meetings(action, who, facts),
        // An operator is an administrator of the default municipality, after the second
        // factor, whom the command line made an operator.
        Action::OperatePlatform if who.role == Role::Admin && facts.operator => Allow,
        Action::OperatePlatform => Deny(Refusal::OperatorOnly),
    }
}

/// Preparing consultations, the municipality's settings, roles and the staff area.
fn administration(action: Action, who: Who, facts: Facts) -> Decision {
    use Decision::*;
    let admin = who.role == Role::Admin;
    match action {
        Action::ViewConsultation | Action::ManageConsultations
            if who.is(&[Role::Planner, Role::Admin]) =>
        {
            Allow
        }
        Action::ViewConsultation => Deny(Refusal::Draft),
        Action::ManageConsultations => Deny(Refusal::PlannerOnly),
        Action::ViewStaffArea if who.role.is_staff() => Allow,
        Action::ViewStaffArea => Deny(Refusal::StaffOnly),
        // An administrator cannot demote themself: the last admin would lock everyone out.
        Action::ManageRoles if admin && facts.target_user == Some(who.id) => Deny(Refusal::OwnRole),
        // Nobody resets their own second factor (a recovery code is the way back in).
        Action::ResetSecondFactor if admin && facts.target_user == Some(who.id) => {
            Deny(Refusal::OwnSecondFactor)
        }
        _ if admin => Allow,
        _ => Deny(Refusal::AdminOnly),
    }
}

/// Proposals, supports, answers, outcomes and results.
fn participation(action: Action, who: Who, facts: Facts) -> Decision {
    use Decision::*;
    match action {
        Action::VerifyInPerson | Action::AssistSupport if who.moderator() => Allow,
        Action::VerifyInPerson | Action::AssistSupport => Deny(Refusal::ReferentOnly),
        Action::EditProposal if who.owns(&facts) => Allow,
        Action::EditProposal => Deny(Refusal::NotAuthor),
        Action::Support if facts.verified => Allow,
        Action::Support => Deny(Refusal::VerificationRequired),
        _ if who.is(&[Role::Official, Role::Admin]) => Allow,
        _ => Deny(Refusal::OfficialOnly),
    }
}

/// Debates, comments, reports, moderation and appeals.
fn discussion(action: Action, who: Who, facts: Facts) -> Decision {
    use Decision::*;
    let moderator = who.moderator();
    match action {
        Action::OpenDebate
            if who.is(&[Role::Planner, Role::Referent, Role::Admin]) || facts.residents_allowed =>
        {
            Allow
        }
        Action::OpenDebate => Deny(Refusal::StaffOnly),
        Action::CloseDebate if who.is(&[Role::Referent, Role::Official, Role::Admin]) => Allow,
        Action::CloseDebate => Deny(Refusal::ReferentOnly),
        Action::Comment => Allow,
        Action::VoteComment | Action::Report if who.owns(&facts) => Deny(Refusal::OwnContent),
        Action::VoteComment | Action::Report => Allow,
        Action::EditOwnContent | Action::Appeal if who.owns(&facts) => Allow,
        Action::EditOwnContent | Action::Appeal => Deny(Refusal::NotAuthor),
        // Nobody judges their own words: a case about a referent's own content goes to
        // another referent.
        Action::Moderate | Action::DecideAppeal if moderator && who.owns(&facts) => {
            Deny(Refusal::OwnContent)
        }
        // The referent who hid a content does not judge the appeal against it.
        Action::DecideAppeal if moderator && facts.acted_by == Some(who.id) => {
            Deny(Refusal::OwnModeration)
        }
        _ if moderator => Allow,
        _ => Deny(Refusal::ReferentOnly),
    }
}

/// Public meetings: organising, the door, registrations.
fn meetings(action: Action, who: Who, facts: Facts) -> Decision {
    use Decision::*;
    let moderator = who.moderator();
    match action {
        Action::CreateMeeting if who.is(&[Role::Planner, Role::Referent, Role::Admin]) => Allow,
        Action::CreateMeeting => Deny(Refusal::StaffOnly),
        Action::ManageMeeting if who.role == Role::Admin || who.owns(&facts) => Allow,
        Action::CheckIn | Action::ReadRegistrantPhones if moderator || who.owns(&facts) => Allow,
        // Registering is for oneself; cancelling, one's own registration (`owner`: its holder,
        // when the request names one).
        Action::RegisterMeeting if facts.owner.is_some() && !who.owns(&facts) => {
            Deny(Refusal::NotAuthor)
        }
        Action::RegisterMeeting if facts.owner.is_some() => Allow,
        // A seat is taken from verified residents: throwaway accounts do not fill a hall,
        // unless the organiser opened the meeting to everyone.
        Action::RegisterMeeting if facts.verified || facts.open_to_all => Allow,
        Action::RegisterMeeting => Deny(Refusal::VerificationRequired),
        Action::AssistRegistration if moderator => Allow,
        Action::AssistRegistration => Deny(Refusal::ReferentOnly),
        _ => Deny(Refusal::OrganizerOnly),
    }
}

/// [`decide`] as a `Result`, for services.
pub fn ensure(actor: Actor, action: Action, facts: Facts) -> Result<(), AppError> {
    match decide(actor, action, facts) {
        Decision::Allow => Ok(()),
        Decision::Deny(Refusal::LoginRequired) => Err(AppError::Unauthenticated),
        Decision::Deny(reason) => Err(AppError::Forbidden(reason)),
    }
}

#[cfg(test)]
mod tests;
