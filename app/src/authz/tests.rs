//! The permission table, row by row: who, doing what, on what, is allowed or refused why.
use super::*;
use uuid::Uuid;
use Decision::{Allow, Deny};
use Role::*;

type Row = (Actor, Action, Facts, Decision);

fn user(role: Role) -> Actor {
    Actor::User {
        id: UserId(Uuid::from_u128(1)),
        role,
    }
}

/// The facts the rows share: about another account or one's own, a published consultation,
/// a verified resident, one's own proposal or another's.
struct Named {
    other: Facts,
    own: Facts,
    published: Facts,
    verified: Facts,
    own_proposal: Facts,
    other_proposal: Facts,
}

fn named() -> Named {
    let owner = |id| Facts {
        owner: Some(UserId(Uuid::from_u128(id))),
        ..Facts::default()
    };
    let target = |id| Facts {
        target_user: Some(UserId(Uuid::from_u128(id))),
        ..Facts::default()
    };
    Named {
        other: target(2),
        own: target(1),
        published: Facts {
            published: true,
            ..Facts::default()
        },
        verified: Facts {
            verified: true,
            ..Facts::default()
        },
        own_proposal: owner(1),
        other_proposal: owner(2),
    }
}

/// Accounts and the staff area.
#[rustfmt::skip]
fn accounts(n: &Named) -> Vec<Row> {
    vec![
        (Actor::Anonymous, Action::ViewStaffArea, Facts::default(), Deny(Refusal::LoginRequired)),
        (Actor::Anonymous, Action::EditOwnAccount, Facts::default(), Deny(Refusal::LoginRequired)),
        (Actor::Anonymous, Action::ManageRoles, n.other, Deny(Refusal::LoginRequired)),
        (user(Resident), Action::EditOwnAccount, Facts::default(), Allow),
        (user(Resident), Action::ViewStaffArea, Facts::default(), Deny(Refusal::StaffOnly)),
        (user(Resident), Action::ManageRoles, n.other, Deny(Refusal::AdminOnly)),
        (user(Resident), Action::ViewOutbox, Facts::default(), Deny(Refusal::AdminOnly)),
        (user(Referent), Action::ViewStaffArea, Facts::default(), Allow),
        (user(Referent), Action::ManageRoles, n.other, Deny(Refusal::AdminOnly)),
        (user(Planner), Action::ViewStaffArea, Facts::default(), Allow),
        (user(Planner), Action::ViewOutbox, Facts::default(), Deny(Refusal::AdminOnly)),
        (user(Official), Action::ViewStaffArea, Facts::default(), Allow),
        (user(Official), Action::ManageRoles, n.other, Deny(Refusal::AdminOnly)),
        (user(Admin), Action::ViewStaffArea, Facts::default(), Allow),
        (user(Admin), Action::ManageRoles, n.other, Allow),
        (user(Admin), Action::ManageRoles, n.own, Deny(Refusal::OwnRole)),
        (user(Admin), Action::ViewOutbox, Facts::default(), Allow),
        (user(Admin), Action::GenerateOpenData, Facts::default(), Allow),
        (Actor::Anonymous, Action::GenerateOpenData, Facts::default(), Deny(Refusal::LoginRequired)),
        (user(Resident), Action::GenerateOpenData, Facts::default(), Deny(Refusal::AdminOnly)),
        (user(Referent), Action::GenerateOpenData, Facts::default(), Deny(Refusal::AdminOnly)),
        (user(Planner), Action::GenerateOpenData, Facts::default(), Deny(Refusal::AdminOnly)),
        (user(Official), Action::GenerateOpenData, Facts::default(), Deny(Refusal::AdminOnly)),
    ]
}

/// Participation.
#[rustfmt::skip]
fn participation(n: &Named) -> Vec<Row> {
    vec![
        (Actor::Anonymous, Action::ViewConsultation, n.published, Allow),
        (Actor::Anonymous, Action::ViewConsultation, Facts::default(), Deny(Refusal::LoginRequired)),
        (user(Resident), Action::ViewConsultation, Facts::default(), Deny(Refusal::Draft)),
        (user(Planner), Action::ViewConsultation, Facts::default(), Allow),
        (user(Official), Action::ViewConsultation, Facts::default(), Deny(Refusal::Draft)),
        (user(Resident), Action::ManageConsultations, Facts::default(), Deny(Refusal::PlannerOnly)),
        (user(Official), Action::ManageConsultations, Facts::default(), Deny(Refusal::PlannerOnly)),
        (user(Planner), Action::ManageConsultations, Facts::default(), Allow),
        (user(Admin), Action::ManageConsultations, Facts::default(), Allow),
        (user(Planner), Action::ManageDistricts, Facts::default(), Deny(Refusal::AdminOnly)),
        (user(Admin), Action::ManageDistricts, Facts::default(), Allow),
        (user(Referent), Action::ManageVerification, Facts::default(), Deny(Refusal::AdminOnly)),
        (user(Admin), Action::ManageVerification, Facts::default(), Allow),
        (Actor::Anonymous, Action::VerifySelf, Facts::default(), Deny(Refusal::LoginRequired)),
        (user(Resident), Action::VerifySelf, Facts::default(), Allow),
        (user(Resident), Action::VerifyInPerson, Facts::default(), Deny(Refusal::ReferentOnly)),
        (user(Planner), Action::VerifyInPerson, Facts::default(), Deny(Refusal::ReferentOnly)),
        (user(Referent), Action::VerifyInPerson, Facts::default(), Allow),
        (user(Official), Action::AssistSupport, Facts::default(), Deny(Refusal::ReferentOnly)),
        (user(Referent), Action::AssistSupport, Facts::default(), Allow),
        (Actor::Anonymous, Action::CreateProposal, Facts::default(), Deny(Refusal::LoginRequired)),
        (user(Resident), Action::CreateProposal, Facts::default(), Allow),
        (user(Resident), Action::EditProposal, n.own_proposal, Allow),
        (user(Resident), Action::EditProposal, n.other_proposal, Deny(Refusal::NotAuthor)),
        (user(Admin), Action::EditProposal, n.other_proposal, Deny(Refusal::NotAuthor)),
        (Actor::Anonymous, Action::Support, n.verified, Deny(Refusal::LoginRequired)),
        (user(Resident), Action::Support, Facts::default(), Deny(Refusal::VerificationRequired)),
        (user(Resident), Action::Support, n.verified, Allow),
        (user(Resident), Action::AnswerProposals, Facts::default(), Deny(Refusal::OfficialOnly)),
        (user(Planner), Action::AnswerProposals, Facts::default(), Deny(Refusal::OfficialOnly)),
        (user(Referent), Action::AnswerProposals, Facts::default(), Deny(Refusal::OfficialOnly)),
        (user(Official), Action::AnswerProposals, Facts::default(), Allow),
        (user(Admin), Action::AnswerProposals, Facts::default(), Allow),
        (user(Admin), Action::ResetSecondFactor, n.other, Allow),
        (user(Admin), Action::ResetSecondFactor, n.own, Deny(Refusal::OwnSecondFactor)),
        (user(Planner), Action::ResetSecondFactor, n.other, Deny(Refusal::AdminOnly)),
        (user(Referent), Action::ResetSecondFactor, n.own, Deny(Refusal::AdminOnly)),
    ]
}

/// Debates, comments, moderation.
#[rustfmt::skip]
fn discussion(n: &Named) -> Vec<Row> {
    vec![
        (user(Resident), Action::OpenDebate, Facts::default(), Deny(Refusal::StaffOnly)),
        (user(Resident), Action::OpenDebate, Facts { residents_allowed: true, ..Facts::default() }, Allow),
        (user(Referent), Action::OpenDebate, Facts::default(), Allow),
        (user(Planner), Action::OpenDebate, Facts::default(), Allow),
        (user(Official), Action::OpenDebate, Facts::default(), Deny(Refusal::StaffOnly)),
        (user(Resident), Action::CloseDebate, Facts::default(), Deny(Refusal::ReferentOnly)),
        (user(Planner), Action::CloseDebate, Facts::default(), Deny(Refusal::ReferentOnly)),
        (user(Official), Action::CloseDebate, Facts::default(), Allow),
        (user(Referent), Action::CloseDebate, Facts::default(), Allow),
        (Actor::Anonymous, Action::Comment, Facts::default(), Deny(Refusal::LoginRequired)),
        (user(Resident), Action::Comment, Facts::default(), Allow),
        (user(Resident), Action::Comment, Facts { blocked: true, ..Facts::default() }, Deny(Refusal::Blocked)),
        (user(Resident), Action::Support, Facts { verified: true, blocked: true, ..Facts::default() }, Deny(Refusal::Blocked)),
        (user(Resident), Action::CreateProposal, Facts { blocked: true, ..Facts::default() }, Deny(Refusal::Blocked)),
        (user(Resident), Action::VoteComment, n.own_proposal, Deny(Refusal::OwnContent)),
        (user(Resident), Action::VoteComment, n.other_proposal, Allow),
        (user(Resident), Action::Report, n.own_proposal, Deny(Refusal::OwnContent)),
        (user(Resident), Action::Report, n.other_proposal, Allow),
        (user(Resident), Action::EditOwnContent, n.own_proposal, Allow),
        (user(Resident), Action::EditOwnContent, n.other_proposal, Deny(Refusal::NotAuthor)),
        (user(Resident), Action::Moderate, Facts::default(), Deny(Refusal::ReferentOnly)),
        (user(Planner), Action::Moderate, Facts::default(), Deny(Refusal::ReferentOnly)),
        (user(Official), Action::Moderate, Facts::default(), Deny(Refusal::ReferentOnly)),
        (user(Referent), Action::Moderate, Facts::default(), Allow),
        (user(Admin), Action::Moderate, Facts::default(), Allow),
        // Not on one's own content, not on one's own act.
        (user(Referent), Action::DecideAppeal, n.own_proposal, Deny(Refusal::OwnContent)),
        (user(Referent), Action::DecideAppeal, Facts { owner: Some(UserId(Uuid::from_u128(2))), acted_by: Some(UserId(Uuid::from_u128(1))), ..Facts::default() }, Deny(Refusal::OwnModeration)),
        (user(Referent), Action::DecideAppeal, n.other_proposal, Allow),
        (user(Admin), Action::Moderate, n.own_proposal, Deny(Refusal::OwnContent)),
        (user(Referent), Action::Moderate, n.other_proposal, Allow),
        // A blocked account writes nothing, its own content included; it may appeal.
        (user(Resident), Action::EditOwnContent, Facts { blocked: true, ..n.own_proposal }, Deny(Refusal::Blocked)),
        (user(Resident), Action::EditProposal, Facts { blocked: true, ..n.own_proposal }, Deny(Refusal::Blocked)),
        (user(Resident), Action::Appeal, Facts { blocked: true, ..n.own_proposal }, Allow),
        (user(Resident), Action::Appeal, n.other_proposal, Deny(Refusal::NotAuthor)),
        (user(Resident), Action::DecideAppeal, n.other_proposal, Deny(Refusal::ReferentOnly)),
        (user(Referent), Action::SetReportThreshold, Facts::default(), Deny(Refusal::AdminOnly)),
        (user(Admin), Action::SetReportThreshold, Facts::default(), Allow),
    ]
}

/// Meetings.
#[rustfmt::skip]
fn meetings(n: &Named) -> Vec<Row> {
    vec![
        (user(Planner), Action::CreateMeeting, Facts::default(), Allow),
        (user(Referent), Action::CreateMeeting, Facts::default(), Allow),
        (user(Resident), Action::CreateMeeting, Facts::default(), Deny(Refusal::StaffOnly)),
        (user(Official), Action::CreateMeeting, Facts::default(), Deny(Refusal::StaffOnly)),
        (user(Planner), Action::ManageMeeting, n.own_proposal, Allow),
        (user(Planner), Action::ManageMeeting, n.other_proposal, Deny(Refusal::OrganizerOnly)),
        (user(Referent), Action::ManageMeeting, n.other_proposal, Deny(Refusal::OrganizerOnly)),
        (user(Admin), Action::ManageMeeting, n.other_proposal, Allow),
        (user(Referent), Action::CheckIn, n.other_proposal, Allow),
        (user(Planner), Action::CheckIn, n.own_proposal, Allow),
        (user(Planner), Action::CheckIn, n.other_proposal, Deny(Refusal::OrganizerOnly)),
        (user(Resident), Action::CheckIn, n.other_proposal, Deny(Refusal::OrganizerOnly)),
        (user(Resident), Action::RegisterMeeting, Facts::default(), Deny(Refusal::VerificationRequired)),
        (user(Resident), Action::RegisterMeeting, n.verified, Allow),
        (user(Resident), Action::RegisterMeeting, Facts { open_to_all: true, ..Facts::default() }, Allow),
        (user(Planner), Action::RegisterMeeting, Facts::default(), Deny(Refusal::VerificationRequired)),
        (user(Resident), Action::RegisterMeeting, n.own_proposal, Allow),
        (user(Resident), Action::RegisterMeeting, n.other_proposal, Deny(Refusal::NotAuthor)),
        (Actor::Anonymous, Action::RegisterMeeting, Facts::default(), Deny(Refusal::LoginRequired)),
        (user(Resident), Action::RegisterMeeting, Facts { blocked: true, verified: true, open_to_all: true, ..Facts::default() }, Deny(Refusal::Blocked)),
        (user(Referent), Action::AssistRegistration, Facts::default(), Allow),
        (user(Planner), Action::AssistRegistration, Facts::default(), Deny(Refusal::ReferentOnly)),
        (user(Planner), Action::ReadRegistrantPhones, n.own_proposal, Allow),
        (user(Referent), Action::ReadRegistrantPhones, n.other_proposal, Allow),
        (user(Admin), Action::ReadRegistrantPhones, n.other_proposal, Allow),
        (user(Planner), Action::ReadRegistrantPhones, n.other_proposal, Deny(Refusal::OrganizerOnly)),
        (user(Resident), Action::ReadRegistrantPhones, n.other_proposal, Deny(Refusal::OrganizerOnly)),
        (Actor::Anonymous, Action::ReadRegistrantPhones, n.other_proposal, Deny(Refusal::LoginRequired)),
        (user(Official), Action::PublishOutcome, Facts::default(), Allow),
        (user(Admin), Action::PublishOutcome, Facts::default(), Allow),
        (user(Planner), Action::PublishOutcome, Facts::default(), Deny(Refusal::OfficialOnly)),
        (user(Referent), Action::PublishOutcome, Facts::default(), Deny(Refusal::OfficialOnly)),
        (user(Resident), Action::PublishOutcome, Facts::default(), Deny(Refusal::OfficialOnly)),
        (user(Official), Action::ManageResults, Facts::default(), Allow),
        (user(Planner), Action::ManageResults, Facts::default(), Deny(Refusal::OfficialOnly)),
        (user(Resident), Action::Follow, Facts::default(), Allow),
        (Actor::Anonymous, Action::Follow, Facts::default(), Deny(Refusal::LoginRequired)),
    ]
}

/// Operating the installation: administrators the command line made operators, nobody else.
#[rustfmt::skip]
fn platform() -> Vec<Row> {
    let operator = Facts { operator: true, ..Facts::default() };
    vec![
        (user(Admin), Action::OperatePlatform, operator, Allow),
        (user(Admin), Action::OperatePlatform, Facts::default(), Deny(Refusal::OperatorOnly)),
        // The flag without the administrator's role (its second factor not given: acting as
        // a resident) is not enough, nor any other staff role.
        (user(Resident), Action::OperatePlatform, operator, Deny(Refusal::OperatorOnly)),
        (user(Referent), Action::OperatePlatform, operator, Deny(Refusal::OperatorOnly)),
        (user(Planner), Action::OperatePlatform, operator, Deny(Refusal::OperatorOnly)),
        (user(Official), Action::OperatePlatform, operator, Deny(Refusal::OperatorOnly)),
        (Actor::Anonymous, Action::OperatePlatform, operator, Deny(Refusal::LoginRequired)),
        // An operator has no power over residents' content or accounts by being one.
        (user(Resident), Action::ManageRoles, operator, Deny(Refusal::AdminOnly)),
    ]
}

/// Published documents: officials, planners and administrators publish; the limit on files
/// is the administrator's.
#[rustfmt::skip]
fn documents() -> Vec<Row> {
    vec![
        (user(Official), Action::PublishDocuments, Facts::default(), Allow),
        (user(Planner), Action::PublishDocuments, Facts::default(), Allow),
        (user(Admin), Action::PublishDocuments, Facts::default(), Allow),
        (user(Referent), Action::PublishDocuments, Facts::default(), Deny(Refusal::PublisherOnly)),
        (user(Resident), Action::PublishDocuments, Facts::default(), Deny(Refusal::PublisherOnly)),
        (Actor::Anonymous, Action::PublishDocuments, Facts::default(), Deny(Refusal::LoginRequired)),
        (user(Admin), Action::SetDocumentLimit, Facts::default(), Allow),
        (user(Official), Action::SetDocumentLimit, Facts::default(), Deny(Refusal::AdminOnly)),
        (user(Resident), Action::SetDocumentLimit, Facts::default(), Deny(Refusal::AdminOnly)),
        (user(Official), Action::ManageProcedures, Facts::default(), Allow),
        (user(Admin), Action::ManageProcedures, Facts::default(), Allow),
        (user(Planner), Action::ManageProcedures, Facts::default(), Deny(Refusal::OfficialOnly)),
        (user(Referent), Action::ManageProcedures, Facts::default(), Deny(Refusal::OfficialOnly)),
        (user(Resident), Action::ManageProcedures, Facts::default(), Deny(Refusal::OfficialOnly)),
        (Actor::Anonymous, Action::ManageProcedures, Facts::default(), Deny(Refusal::LoginRequired)),
        (user(Referent), Action::EditReferentProfile, Facts::default(), Allow),
        (user(Admin), Action::EditReferentProfile, Facts::default(), Deny(Refusal::ReferentOnly)),
        (user(Resident), Action::EditReferentProfile, Facts::default(), Deny(Refusal::ReferentOnly)),
        (user(Official), Action::EditReferentProfile, Facts::default(), Deny(Refusal::ReferentOnly)),
    ]
}

/// Requests residents follow: the person the request is for, and clerks.
#[rustfmt::skip]
fn requests(n: &Named) -> Vec<Row> {
    // A moderator's block stops posting, not the municipality's services.
    let blocked = Facts { blocked: true, ..Facts::default() };
    let own_blocked = Facts { blocked: true, ..n.own_proposal };
    vec![
        (Actor::Anonymous, Action::SubmitRequest, Facts::default(), Deny(Refusal::LoginRequired)),
        (user(Resident), Action::SubmitRequest, Facts::default(), Allow),
        (user(Resident), Action::SubmitRequest, blocked, Allow),
        (user(Resident), Action::ViewRequest, n.own_proposal, Allow),
        (user(Resident), Action::ViewRequest, n.other_proposal, Deny(Refusal::NotAuthor)),
        (user(Official), Action::ViewRequest, n.other_proposal, Deny(Refusal::NotAuthor)),
        (user(Planner), Action::ViewRequest, n.other_proposal, Deny(Refusal::NotAuthor)),
        (user(Referent), Action::ViewRequest, n.other_proposal, Allow),
        (user(Admin), Action::ViewRequest, n.other_proposal, Allow),
        (Actor::Anonymous, Action::ViewRequest, n.own_proposal, Deny(Refusal::LoginRequired)),
        (user(Resident), Action::FollowUpRequest, n.own_proposal, Allow),
        (user(Resident), Action::FollowUpRequest, own_blocked, Allow),
        (user(Referent), Action::FollowUpRequest, n.other_proposal, Deny(Refusal::NotAuthor)),
        (user(Referent), Action::HandleRequests, Facts::default(), Allow),
        (user(Admin), Action::HandleRequests, Facts::default(), Allow),
        (user(Resident), Action::HandleRequests, Facts::default(), Deny(Refusal::ReferentOnly)),
        (user(Official), Action::HandleRequests, Facts::default(), Deny(Refusal::ReferentOnly)),
        (user(Planner), Action::HandleRequests, Facts::default(), Deny(Refusal::ReferentOnly)),
        (user(Official), Action::DeclareInterests, Facts::default(), Allow),
        (user(Planner), Action::DeclareInterests, Facts::default(), Allow),
        (user(Admin), Action::DeclareInterests, Facts::default(), Allow),
        (user(Referent), Action::DeclareInterests, Facts::default(), Deny(Refusal::DeclarantOnly)),
        (user(Resident), Action::DeclareInterests, Facts::default(), Deny(Refusal::DeclarantOnly)),
        (Actor::Anonymous, Action::DeclareInterests, Facts::default(), Deny(Refusal::LoginRequired)),
    ]
}

#[test]
fn table() {
    let n = named();
    for (actor, action, facts, expected) in [
        accounts(&n),
        participation(&n),
        discussion(&n),
        meetings(&n),
        platform(),
        documents(),
        requests(&n),
    ]
    .concat()
    {
        assert_eq!(
            decide(actor, action, facts),
            expected,
            "{actor:?} {action:?} {facts:?}"
        );
    }
}

#[test]
fn staff_roles_need_the_second_factor() {
    for role in [Role::Referent, Role::Planner, Role::Official, Role::Admin] {
        assert_eq!(effective_role(role, true), role);
        assert_eq!(effective_role(role, false), Role::Resident);
        let acting = user(effective_role(role, false));
        assert_eq!(
            decide(acting, Action::ViewStaffArea, Facts::default()),
            Decision::Deny(Refusal::StaffOnly)
        );
    }
    assert_eq!(effective_role(Role::Resident, false), Role::Resident);
}

#[test]
fn ensure_maps_to_errors() {
    assert_eq!(
        ensure(Actor::Anonymous, Action::ViewStaffArea, Facts::default()),
        Err(AppError::Unauthenticated)
    );
    assert_eq!(
        ensure(user(Role::Resident), Action::ViewOutbox, Facts::default()),
        Err(AppError::Forbidden(Refusal::AdminOnly))
    );
}
