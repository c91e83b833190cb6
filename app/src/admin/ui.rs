//! The staff area: the dashboard with the activity log, accounts and roles, the outbox.
use super::api::{outbox_list, staff_dashboard, user_list, SetRole};
use super::dto::UserRow;
use crate::domain::{AnswerState, AuditAction, Role, VerificationMethod, WithdrawReason};
use crate::i18n::{t, tr_args, use_locale, Arg};
use crate::ui::Loaded;
use crate::ui::{
    page_param, with_flash, EmptyState, FormErrors, FormState, NoticeFromQuery, PageTitle,
    Pagination, PostForm,
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

#[component]
pub fn StaffPage() -> impl IntoView {
    let dashboard = Resource::new(|| (), |_| staff_dashboard());
    view! {
        <PageTitle key="staff-title" />
        <Loaded data=dashboard let(d)>
            <h1>{t("staff-title")}</h1>
            <p class="lead">
                {t("staff-your-role")} " " <strong>{t(&format!("role-{}", d.role.code()))}</strong>
            </p>
            <p>{t(&format!("role-{}-duties", d.role.code()))}</p>
            <WorkTools role=d.role />
            <OwedWork outcomes=d.outcomes_owed minutes=d.minutes_owed />
            {(d.role == Role::Admin).then(|| view! {
                <AdminTools pending_emails=d.pending_emails smtp_configured=d.smtp_configured operator=d.operator />
            })}
            <StaffActivity activity=d.activity />
        </Loaded>
    }
}

/// The tools of the staff member's role.
#[component]
fn WorkTools(role: Role) -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="work-tools">
            <h2 id="work-tools">{t("staff-work-tools")}</h2>
            <ul class="tool-list">
                <li><a href="/consultations">{t("consultations-title")}</a></li>
                <li><a href="/meetings">{t("meetings-title")}</a></li>
                {matches!(role, Role::Planner | Role::Referent | Role::Admin).then(|| view! { <li><a href="/meetings/new">{t("meeting-new")}</a></li> })}
                {matches!(role, Role::Planner | Role::Admin).then(|| view! { <li><a href="/consultations/new">{t("consultation-new")}</a></li> })}
                {matches!(role, Role::Official | Role::Admin).then(|| view! { <li><a href="/staff/answers">{t("answers-title")}</a></li> })}
                {matches!(role, Role::Referent | Role::Admin).then(|| view! { <li><a href="/staff/verify">{t("in-person-title")}</a></li> })}
                {matches!(role, Role::Referent | Role::Admin).then(|| view! { <li><a href="/moderation">{t("moderation-title")}</a></li> })}
                {matches!(role, Role::Referent | Role::Admin).then(|| view! { <li><a href="/requests/queue">{t("queue-title")}</a></li> })}
                <li><a href="/moderation/log">{t("modlog-title")}</a></li>
            </ul>
        </section>
    }
}

/// Outcomes and minutes the staff member owes.
#[component]
fn OwedWork(
    outcomes: Vec<crate::outcomes::dto::AccountabilityRow>,
    minutes: Vec<(crate::domain::MeetingId, String, i64)>,
) -> impl IntoView {
    view! {
        {(!outcomes.is_empty()).then(|| view! {
            <section class="card" aria-labelledby="outcomes-owed">
                <h2 id="outcomes-owed">{t("staff-outcomes-owed")}</h2>
                <ul>
                    {outcomes.iter().cloned().map(|r| view! {
                        <li>
                            <a href=format!("/consultations/{}/outcome/edit", r.id)><bdi>{r.title}</bdi></a>
                            " " <crate::outcomes::ui::StageBadge standing=r.standing.clone() />
                            {r.standing.due_on.map(|d| view! { " · " {t("outcome-due-on")} " " <crate::ui::Date value=d /> })}
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        {(!minutes.is_empty()).then(|| view! {
            <section class="card" aria-labelledby="minutes-owed">
                <h2 id="minutes-owed">{t("staff-minutes-owed")}</h2>
                <ul>
                    {minutes.iter().map(|(id, title, days)| view! {
                        <li>
                            <a href=format!("/meetings/{id}/minutes")><bdi>{title.clone()}</bdi></a>
                            " " <span class="badge badge-against">{tr_args(use_locale(), "minutes-overdue", &[("days", Arg::Num(*days))])}</span>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        })}
    }
}

/// The administrator's tools, with the emails waiting.
#[component]
fn AdminTools(pending_emails: u64, smtp_configured: bool, operator: bool) -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="admin-tools">
            <h2 id="admin-tools">{t("staff-admin-tools")}</h2>
            <ul class="tool-list">
                <li><a href="/admin/users">{t("users-title")}</a></li>
                <li><a href="/admin/districts">{t("districts-title")}</a></li>
                <li><a href="/admin/census">{t("census-title")}</a></li>
                <li><a href="/admin/counter-activity">{t("counter-activity-title")}</a></li>
                <li>
                    <a href="/admin/outbox">{t("outbox-title")}</a>
                    " "
                    <span class="badge">{tr_args(use_locale(), "outbox-pending", &[("count", Arg::Num(pending_emails as i64))])}</span>
                </li>
                {operator.then(|| view! { <li><a href="/platform">{t("platform-title")}</a></li> })}
            </ul>
            {(!smtp_configured).then(|| view! {
                <p class="alert alert-info">{t("outbox-no-smtp")}</p>
            })}
        </section>
    }
}

/// The staff's latest acts.
#[component]
fn StaffActivity(activity: Vec<super::dto::ActivityRow>) -> impl IntoView {
    view! {
        <section aria-labelledby="activity-heading">
            <h2 id="activity-heading">{t("staff-activity")}</h2>
            {if activity.is_empty() {
                view! { <EmptyState title_key="staff-activity-empty" body_key="staff-activity-empty-body" /> }.into_any()
            } else {
                view! {
                    <div class="table-scroll">
                        <table>
                            <thead><tr>
                                <th scope="col">{t("col-when")}</th>
                                <th scope="col">{t("col-who")}</th>
                                <th scope="col">{t("col-what")}</th>
                            </tr></thead>
                            <tbody>
                                {activity.into_iter().map(|a| view! {
                                    <tr>
                                        <td><bdi>{a.at}</bdi></td>
                                        <td><bdi>{a.actor.unwrap_or_else(|| t("actor-system").to_string())}</bdi></td>
                                        <td>{a.action.map(|action| t(&format!("activity-{}", action.key())))}
                                            {(!a.detail.is_empty()).then(|| view! { " " <bdi>{activity_detail(a.action, &a.detail)}</bdi> })}
                                        </td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </section>
    }
}

#[component]
pub fn UsersPage() -> impl IntoView {
    let page = page_param();
    let users = Resource::new(|| (), move |_| with_flash(user_list(page)));
    view! {
        <PageTitle key="users-title" />
        <Loaded data=users let((list, flash))>
            {{ let form = FormState::new("set-role", flash.as_ref()); view! {
                <h1>{t("users-title")}</h1>
                <NoticeFromQuery allowed=&["second-factor-reset"] />
                <p>{tr_args(use_locale(), "users-count", &[("count", Arg::Num(list.total as i64))])}</p>
                <FormErrors error=form.error() />
                <div class="table-scroll">
                    <table>
                        <thead><tr>
                            <th scope="col">{t("field-display-name")}</th>
                            <th scope="col">{t("field-email")}</th>
                            <th scope="col">{t("users-confirmed")}</th>
                            <th scope="col">{t("account-member-since")}</th>
                            <th scope="col">{t("account-role")}</th>
                        </tr></thead>
                        <tbody>
                            {list.items.into_iter().map(|u| view! { <UserRowView user=u form=form.clone() /> }).collect_view()}
                        </tbody>
                    </table>
                </div>
                <Pagination page=list.page total_pages=list.total_pages base="/admin/users".to_string() />
            }
                .into_any() }}
        </Loaded>
    }
}

#[component]
fn UserRowView(user: UserRow, form: FormState) -> impl IntoView {
    let select_id = format!("role-{}", user.id);
    let current = user.role;
    // The role chosen in this row's refused change, else the account's.
    let this_row = form
        .value("user_id")
        .is_some_and(|u| u.trim() == user.id.to_string());
    let chosen = move |r: Role| {
        if this_row {
            form.chose("role", r.code(), r == current)
        } else {
            r == current
        }
    };
    view! {
        <tr>
            <td><bdi>{if user.display_name.is_empty() { t("deleted-account").to_string() } else { user.display_name.clone() }}</bdi></td>
            <td><bdi>{user.email}</bdi></td>
            <td>{if user.confirmed { t("yes") } else { t("no") }}</td>
            <td><bdi>{user.created_on}</bdi></td>
            <td>
                {if user.can_change_role {
                    view! {
                        <PostForm action=SetRole::url() class="inline-form">
                            <input type="hidden" name="user_id" value=user.id.to_string() />
                            <label class="visually-hidden" for=select_id.clone()>
                                {t("users-role-for")} " " {user.display_name}
                            </label>
                            <select id=select_id name="role">
                                {Role::ALL.into_iter().map(|r| view! {
                                    <option value=r.code() selected=chosen(r)>{t(&format!("role-{}", r.code()))}</option>
                                }).collect_view()}
                            </select>
                            <button type="submit" class="button button-small">{t("users-change-role")}</button>
                        </PostForm>
                    }.into_any()
                } else {
                    view! { <span>{t(&format!("role-{}", current.code()))}</span> }.into_any()
                }}
                {user.can_reset_second_factor.then(|| view! {
                    <PostForm action=crate::two_factor::api::ResetSecondFactor::url() class="inline-form">
                        <input type="hidden" name="user_id" value=user.id.to_string() />
                        <button type="submit" class="button button-small">{t("users-reset-second-factor")}</button>
                    </PostForm>
                })}
            </td>
        </tr>
    }
}

#[component]
pub fn OutboxPage() -> impl IntoView {
    let page = page_param();
    let emails = Resource::new(|| (), move |_| outbox_list(page));
    view! {
        <PageTitle key="outbox-title" />
        <Loaded data=emails let(list)>
            {view! {
                <h1>{t("outbox-title")}</h1>
                <p>{t("outbox-lead")}</p>
                {if list.items.is_empty() {
                    view! { <EmptyState title_key="outbox-empty" body_key="outbox-empty-body" /> }.into_any()
                } else {
                    view! {
                        <ul class="outbox-list">
                            {list.items.into_iter().map(|m| view! {
                                <li class="card">
                                    <p class="outbox-meta">
                                        <span class=format!("status status-{}", m.status)>{t(&format!("outbox-status-{}", m.status))}</span>
                                        " · " <bdi>{m.created_at}</bdi>
                                        " · " <bdi>{m.recipient}</bdi>
                                    </p>
                                    <details>
                                        <summary><bdi>{m.subject}</bdi></summary>
                                        <pre dir="auto">{m.body}</pre>
                                    </details>
                                    {m.last_error.map(|e| view! { <p class="field-hint"><bdi>{e}</bdi></p> })}
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
                <Pagination page=list.page total_pages=list.total_pages base="/admin/outbox".to_string() />
            }
                .into_any()}
        </Loaded>
    }
}

/// An activity's detail in the reader's language. The log keeps codes, never personal data:
/// role changes ("resident→planner") show role names; answer states, withdrawal reasons,
/// verification methods and census import counts show their labels; anything else is shown as
/// recorded.
fn activity_detail(action: Option<AuditAction>, detail: &str) -> String {
    let role = |code: &str| {
        Role::from_code(code)
            .map(|r| t(&format!("role-{}", r.code())).to_string())
            .unwrap_or_else(|| code.to_string())
    };
    let label = |prefix: &str, code: &str| t(&format!("{prefix}-{code}")).to_string();
    let method = |code: &str| match code {
        "outside-census" => Some(t("verified-outside-census").to_string()),
        _ => VerificationMethod::from_code(code).map(|m| label("method", m.code())),
    };
    let pairs = || detail.split_whitespace().filter_map(|p| p.split_once('='));
    let number = |name: &str| {
        pairs()
            .find(|(k, _)| *k == name)
            .and_then(|(_, v)| v.parse::<i64>().ok())
    };
    let labelled = match action {
        Some(AuditAction::ProposalAnswered) => {
            AnswerState::from_code(detail).map(|a| label("answer", a.code()))
        }
        Some(AuditAction::ProposalWithdrawn) => {
            WithdrawReason::from_code(detail).map(|r| label("withdraw", r.code()))
        }
        Some(AuditAction::UserVerified) => detail
            .split_whitespace()
            .map(method)
            .collect::<Option<Vec<_>>>()
            .map(|list| list.join(", ")),
        Some(AuditAction::VerificationMethods) => pairs()
            .filter(|(_, on)| *on == "true")
            .map(|(code, _)| method(code))
            .collect::<Option<Vec<_>>>()
            .map(|list| {
                if list.is_empty() {
                    t("methods-none").to_string()
                } else {
                    list.join(", ")
                }
            }),
        Some(AuditAction::CensusImported) => {
            number("imported")
                .zip(number("problems"))
                .map(|(imported, problems)| {
                    tr_args(
                        use_locale(),
                        "census-import-counts",
                        &[
                            ("imported", Arg::Num(imported)),
                            ("problems", Arg::Num(problems)),
                        ],
                    )
                })
        }
        _ => None,
    };
    if let Some(text) = labelled {
        return text;
    }
    match detail.split_once('→') {
        Some((from, to)) => format!("{} → {}", role(from), role(to)),
        None => detail
            .strip_prefix("role=")
            .map(role)
            .unwrap_or_else(|| detail.to_string()),
    }
}
