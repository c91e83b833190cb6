//! Notification pages: the list with email preferences, what was sent, the unsubscribe page;
//! and the follow button other pages show.
use super::api::{
    notifications_page, sent_page, unsubscribe_page, MarkRead, SetEmailMode, SetFollow, Unsubscribe,
};
use super::dto::{Delivery, EmailState};
use crate::domain::{EmailMode, FollowTarget};
use crate::i18n::{t, tr_args, use_locale, Arg};
use crate::ui::Loaded;
use crate::ui::{
    page_param, query_param, with_flash, EmptyState, FormErrors, FormState, Loading,
    NoticeFromQuery, PageTitle, Pagination, PostForm, SelectField, SubmitButton,
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

pub const NOTICES: &[&str] = &[
    "followed",
    "unfollowed",
    "preferences-saved",
    "unsubscribed",
];

/// Follow or unfollow a consultation or proposal; after the post, back to `back`.
#[component]
pub fn FollowButton(
    target: FollowTarget,
    id: uuid::Uuid,
    following: bool,
    back: String,
) -> impl IntoView {
    view! {
        <PostForm action=SetFollow::url() class="follow-form">
            <input type="hidden" name="target" value=target.code() />
            <input type="hidden" name="id" value=id.to_string() />
            <input type="hidden" name="following" value=if following { "0" } else { "1" } />
            <input type="hidden" name="back" value=back />
            {following.then(|| view! { <span class="badge badge-for">{t("following")}</span> " " })}
            <button type="submit" class="button button-small">{t(if following { "unfollow" } else { "follow" })}</button>
        </PostForm>
    }
}

fn email_state_label(state: EmailState) -> &'static str {
    match state {
        EmailState::Pending => "delivery-pending",
        EmailState::Sent => "delivery-sent",
        EmailState::Failed => "delivery-failed",
    }
}

fn delivery_label(d: Delivery) -> &'static str {
    match d {
        Delivery::NotEmailed => "delivery-not-emailed",
        Delivery::InDigest => "delivery-in-digest",
        Delivery::Email(s) => email_state_label(s),
    }
}

#[component]
pub fn NotificationsPage() -> impl IntoView {
    let page = page_param();
    let data = Resource::new(|| (), move |_| with_flash(notifications_page(page)));
    view! {
        <PageTitle key="notifications-title" />
        <NoticeFromQuery allowed=NOTICES />
        <Loaded data=data let((p, flash))>
            {{
                let locale = use_locale();
                let form = FormState::new("mode", flash.as_ref());
                let options: Vec<(String, String)> = EmailMode::ALL.iter().map(|m| (m.code().to_string(), t(&format!("email-mode-{}", m.code())).to_string())).collect();
                let selected = form.value("email").or(Some(p.mode.code().to_string()));
                view! {
                    <h1>{t("notifications-title")}</h1>
                    <p class="lead">{tr_args(locale, "notifications-unread", &[("count", Arg::Num(p.unread as i64))])}</p>
                    <p><a href="/notifications/sent">{t("sent-title")}</a></p>
                    <section class="card" aria-labelledby="email-preferences">
                        <h2 id="email-preferences">{t("email-preferences")}</h2>
                        <PostForm action=SetEmailMode::url()>
                            <FormErrors error=form.error() />
                            <SelectField name="email" label_key="field-email-mode" hint_key="field-email-mode-hint" options=options selected=selected errors=form.codes("email") />
                            <SubmitButton label_key="save" />
                        </PostForm>
                    </section>
                    {if p.page.items.is_empty() {
                        view! { <EmptyState title_key="notifications-empty" body_key="notifications-empty-body" /> }.into_any()
                    } else {
                        view! {
                            {(p.unread > 0).then(|| view! {
                                <PostForm action=MarkRead::url()>
                                    <button type="submit" class="button button-small">{t("notifications-mark-read")}</button>
                                </PostForm>
                            })}
                            <ul class="card-list notification-list">
                                {p.page.items.into_iter().map(|n| {
                                    let title = if n.title.is_empty() { t("content-hidden").to_string() } else { n.title.clone() };
                                    let args = super::texts::notice_args(locale, n.kind, &title, n.detail.as_deref());
                                    let args: Vec<(&str, Arg)> = args.iter().map(|(k, v)| (*k, Arg::from(v.as_str()))).collect();
                                    let text = tr_args(locale, &format!("notification-{}", n.kind.code()), &args);
                                    view! {
                                        <li class=if n.unread { "card notification unread" } else { "card notification" }>
                                            {n.unread.then(|| view! { <span class="badge badge-neutral">{t("notification-new")}</span> " " })}
                                            <a href=n.link><bdi>{text}</bdi></a>
                                            <p class="meta"><time>{n.at}</time> " · " {t(delivery_label(n.delivery))}</p>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                            <Pagination page=p.page.page total_pages=p.page.total_pages base="/notifications".to_string() />
                        }.into_any()
                    }}
                }.into_any()
            }}
        </Loaded>
    }
}

#[component]
pub fn SentPage() -> impl IntoView {
    let page = page_param();
    let data = Resource::new(|| (), move |_| sent_page(page));
    view! {
        <PageTitle key="sent-title" />
        <p class="breadcrumb"><a href="/notifications">{t("notifications-title")}</a></p>
        <h1>{t("sent-title")}</h1>
        <p class="lead">{t("sent-lead")}</p>
        <Loaded data=data let:loaded>
            {match loaded {
                list if list.items.is_empty() => view! { <EmptyState title_key="sent-empty" body_key="sent-empty-body" /> }.into_any(),
                list => {
                    let locale = use_locale();
                    view! {
                        <div class="table-scroll">
                            <table>
                                <thead><tr>
                                    <th scope="col">{t("sent-subject")}</th>
                                    <th scope="col">{t("sent-written")}</th>
                                    <th scope="col">{t("sent-state")}</th>
                                </tr></thead>
                                <tbody>
                                    {list.items.into_iter().map(|m| view! {
                                        <tr>
                                            <td><bdi>{m.subject}</bdi></td>
                                            <td><time>{m.at}</time></td>
                                            <td>
                                                <span class=format!("status status-{}", m.state.code())>{t(email_state_label(m.state))}</span>
                                                {m.sent_at.map(|s| view! { " · " <time>{s}</time> })}
                                                {(m.state == EmailState::Pending && m.attempts > 0).then(|| view! { " · " {tr_args(locale, "sent-attempts", &[("count", Arg::Num(m.attempts.into()))])} })}
                                            </td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                        <Pagination page=list.page total_pages=list.total_pages base="/notifications/sent".to_string() />
                    }.into_any()
                }
            }}
        </Loaded>
    }
}

#[component]
pub fn UnsubscribePage() -> impl IntoView {
    let token = query_param("token").unwrap_or_default();
    let done = query_param("notice").as_deref() == Some("unsubscribed");
    let data = Resource::new(|| (), {
        let token = token.clone();
        move |_| {
            let token = token.clone();
            async move {
                if done && token.is_empty() {
                    Ok((None, None))
                } else {
                    with_flash(unsubscribe_page(token))
                        .await
                        .map(|(v, f)| (Some(v), f))
                }
            }
        }
    });
    view! {
        <PageTitle key="unsubscribe-title" />
        <h1>{t("unsubscribe-title")}</h1>
        <Suspense fallback=Loading>
            {move || {
                let token = token.clone();
                Suspend::new(async move {
                    match data.await {
                        // A link used, expired or forged: said under the page's heading, not as a second one.
                        Err(e) => view! {
                            <div class="alert alert-error" role="alert"><p>{t(&e.message_key())}</p></div>
                            <p><a href="/">{t("back-home")}</a></p>
                        }.into_any(),
                        Ok((None, _)) => view! { <p class="alert alert-success" role="status">{t("notice-unsubscribed")}</p> }.into_any(),
                        Ok((Some(v), flash)) => {
                            let locale = use_locale();
                            let form = FormState::new("unsubscribe", flash.as_ref());
                            let what = match v.target {
                                Some((FollowTarget::Consultation, title)) => tr_args(locale, "unsubscribe-consultation", &[("title", Arg::from(title.as_str()))]),
                                Some((FollowTarget::Proposal, title)) => {
                                    let title = if title.is_empty() { t("content-hidden").to_string() } else { title };
                                    tr_args(locale, "unsubscribe-proposal", &[("title", Arg::from(title.as_str()))])
                                }
                                None => t("unsubscribe-all").to_string(),
                            };
                            view! {
                                <p class="lead"><bdi>{what}</bdi></p>
                                <PostForm action=Unsubscribe::url()>
                                    <FormErrors error=form.error() />
                                    <input type="hidden" name="token" value=token />
                                    <SubmitButton label_key="unsubscribe-submit" />
                                </PostForm>
                                <p class="field-hint">{t("unsubscribe-hint")}</p>
                            }.into_any()
                        }
                    }
                })
            }}
        </Suspense>
    }
}
