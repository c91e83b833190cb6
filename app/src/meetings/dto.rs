use crate::districts::dto::DistrictView;
use crate::domain::{
    AgendaItem, Channel, ConsultationId, MeetingId, MeetingKind, MeetingWhen, ProposalId,
    RegistrationId, Seat,
};
use crate::paging::Page;
use serde::{Deserialize, Serialize};

/// A meeting in a list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MeetingCard {
    pub id: MeetingId,
    pub title: String,
    pub kind: MeetingKind,
    /// Municipal time, `YYYY-MM-DD HH:MM`.
    pub starts: String,
    pub ends: String,
    pub district: Option<String>,
    pub consultation_title: Option<String>,
    pub capacity: i32,
    pub seats_left: i32,
    pub waiting: i32,
    pub cancelled: bool,
    pub past: bool,
    pub has_minutes: bool,
    /// Days the minutes are late (0: not late, or published).
    pub minutes_overdue: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MeetingList {
    pub when: MeetingWhen,
    pub consultation: Option<(ConsultationId, String)>,
    pub district: Option<String>,
    pub districts: Vec<DistrictView>,
    pub can_create: bool,
    pub page: Page<MeetingCard>,
}

/// The viewer's own seat.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MySeat {
    pub registration: RegistrationId,
    pub seat: Seat,
    pub code: String,
    /// On the waitlist: how many are ahead.
    pub ahead: i64,
    /// The code as a QR code (SVG), for the scanner at the door.
    pub qr_svg: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Minutes {
    pub summary_html: String,
    pub decisions_html: Option<String>,
    pub attendance: i32,
    /// Set when the organiser changed the count taken at the door.
    pub attendance_reason: Option<String>,
    pub proposals: Vec<(ProposalId, String)>,
    pub published_on: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MeetingDetail {
    pub id: MeetingId,
    pub title: String,
    pub body_html: String,
    pub kind: MeetingKind,
    pub starts: String,
    pub ends: String,
    pub time_zone: String,
    pub address: Option<String>,
    pub district: Option<String>,
    pub link: Option<String>,
    pub agenda: Vec<AgendaItem>,
    pub accessibility: Option<String>,
    pub capacity: i32,
    pub reserved: i32,
    pub registered: i32,
    pub seats_left: i32,
    pub waiting: i32,
    pub present: i32,
    pub opens: Option<String>,
    pub closes: Option<String>,
    /// Why a resident cannot register now (an `error-conflict-` code), if so.
    pub registration_closed: Option<String>,
    pub cancelled: Option<String>,
    pub past: bool,
    pub consultation: Option<(ConsultationId, String)>,
    pub organizer: Option<String>,
    pub logged_in: bool,
    pub mine: Option<MySeat>,
    pub can_register: bool,
    /// The viewer could register once their account is verified (the page links there).
    pub verification_needed: bool,
    /// Any account may register online, not only verified residents.
    pub open_to_all: bool,
    pub can_manage: bool,
    pub can_check_in: bool,
    pub can_assist: bool,
    pub minutes: Option<Minutes>,
    pub minutes_overdue: i64,
    pub thread: crate::comments::dto::ThreadView,
}

/// The meeting form's page: the meeting's current values when it is changed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MeetingFormData {
    pub id: Option<MeetingId>,
    pub consultations: Vec<(ConsultationId, String)>,
    pub districts: Vec<DistrictView>,
    pub values: Vec<(String, String)>,
}

/// One person on the organisers' door page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DoorRow {
    pub id: RegistrationId,
    pub name: String,
    pub code: String,
    pub seat: Seat,
    pub channel: Channel,
    pub present: bool,
    /// The phone number a referent took for someone without internet: only for the
    /// organiser, referents and administrators, to call them.
    pub phone: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DoorPage {
    pub id: MeetingId,
    pub title: String,
    pub starts: String,
    pub capacity: i32,
    pub registered: i32,
    pub waiting: i32,
    pub present: i32,
    pub can_assist: bool,
    pub can_manage: bool,
    pub people: Page<DoorRow>,
}

/// The minutes form's page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MinutesFormData {
    pub id: MeetingId,
    pub title: String,
    pub present: i32,
    pub proposals: Vec<(ProposalId, String)>,
    pub values: Vec<(String, String)>,
    pub chosen: Vec<ProposalId>,
}
