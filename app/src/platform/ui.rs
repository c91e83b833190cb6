//! The operators' page: the installation's municipalities with their activity, a form to create
//! one, and per municipality its address, suspension and the invitation of an administrator.
use super::api::{municipality_list, CreateMunicipality, InviteAdministrator, SuspendMunicipality};
use super::dto::MunicipalityRow;
use crate::i18n::{t, tr_args, use_locale, Arg};
use crate::ui::{
    page_param, with_flash, EmptyState, Field, FormErrors, FormKeyField, FormState, Loaded,
    NoticeFromQuery, PageTitle, Pagination, PostForm, SubmitButton,
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

const NOTICES: &[&str] = &[
    "municipality-created",
    "municipality-suspended",
    "municipality-resumed",
    "invitation-sent",
];

#[component]
pub fn PlatformPage() -> impl IntoView {
    let page = page_param();
    let data = Resource::new(|| (), move |_| with_flash(municipality_list(page)));
    view! {
        <PageTitle key="platform-title" />
        <NoticeFromQuery allowed=NOTICES />
        <h1>{t("platform-title")}</h1>
        <p class="lead">{t("platform-lead")}</p>
        <Loaded data=data let((list, flash))>
            {{
                let state = FormState::new("municipality-state", flash.as_ref());
                let forms = flash.clone();
                view! {
                    <FormErrors error=state.error() />
                    <p>{tr_args(use_locale(), "platform-count", &[("count", Arg::Num(list.total as i64))])}</p>
                    {if list.items.is_empty() {
                        view! { <EmptyState title_key="platform-empty" body_key="platform-empty-body" /> }.into_any()
                    } else {
                        view! {
                            <div class="table-scroll">
                                <table class="platform-table">
                                    <thead><tr>
                                        <th scope="col">{t("platform-col-municipality")}</th>
                                        <th scope="col">{t("platform-col-activity")}</th>
                                        <th scope="col">{t("platform-col-state")}</th>
                                        <th scope="col">{t("platform-col-actions")}</th>
                                    </tr></thead>
                                    <tbody>
                                        {list.items.into_iter().map(|m| {
                                            let invite = FormState::new(&format!("invite-{}", m.id), forms.as_ref());
                                            view! { <MunicipalityRowView m=m invite=invite /> }
                                        }).collect_view()}
                                    </tbody>
                                </table>
                            </div>
                            <Pagination page=list.page total_pages=list.total_pages base="/platform".to_string() />
                        }.into_any()
                    }}
                    <NewMunicipalityForm form=FormState::new("municipality-new", flash.as_ref()) />
                }
            }}
        </Loaded>
    }
}

#[component]
fn MunicipalityRowView(m: MunicipalityRow, invite: FormState) -> impl IntoView {
    let locale = use_locale();
    let a = m.activity;
    let counts = tr_args(
        locale,
        "platform-activity",
        &[
            ("accounts", Arg::Num(a.accounts)),
            ("consultations", Arg::Num(a.consultations)),
            ("proposals", Arg::Num(a.proposals)),
            ("supports", Arg::Num(a.supports)),
            ("comments", Arg::Num(a.comments)),
            ("meetings", Arg::Num(a.meetings)),
        ],
    );
    let id = m.id.to_string();
    let invite_id = id.clone();
    let prefix = id[..8].to_string();
    let open = invite.error().is_some();
    view! {
        <tr>
            <td>
                <strong lang="ar" dir="rtl"><bdi>{m.name_ar}</bdi></strong><br />
                <span lang="fr" dir="ltr"><bdi>{m.name_fr}</bdi></span><br />
                <a href=m.url.clone() dir="ltr"><bdi>{m.host}</bdi></a>
            </td>
            <td>
                {counts}<br />
                <small>
                    {match m.last_activity {
                        Some(day) => tr_args(locale, "platform-last-activity", &[("day", Arg::from(day))]),
                        None => t("platform-no-activity").to_string(),
                    }}
                    " · "
                    {match m.counted {
                        Some(at) => tr_args(locale, "platform-counted", &[("at", Arg::from(at))]),
                        None => t("platform-not-counted").to_string(),
                    }}
                </small>
            </td>
            <td>
                {if m.suspended {
                    view! { <span class="badge badge-threshold">{t("platform-suspended")}</span> }.into_any()
                } else {
                    view! { <span class="badge">{t("platform-active")}</span> }.into_any()
                }}
                <br /><small>{tr_args(locale, "platform-created", &[("day", Arg::from(m.created))])}</small>
            </td>
            <td>
                <PostForm action=SuspendMunicipality::url() class="inline-form">
                    <input type="hidden" name="municipality" value=id.clone() />
                    <input type="hidden" name="suspend" value=if m.suspended { "false" } else { "true" } />
                    <button type="submit" class="button button-small">
                        {t(if m.suspended { "platform-resume" } else { "platform-suspend" })}
                    </button>
                </PostForm>
                {(!m.suspended).then(|| view! {
                    <details open=open>
                        <summary>{t("platform-invite")}</summary>
                        <PostForm action=InviteAdministrator::url() class="stack">
                            <FormErrors error=invite.error() />
                            <input type="hidden" name="municipality" value=invite_id.clone() />
                            <Field name="display_name" id=format!("display_name-{prefix}") label_key="field-display-name" required=true maxlength=80 value=invite.value("display_name") errors=invite.codes("display_name") />
                            <Field name="email" kind="email" id=format!("email-{prefix}") label_key="field-email" required=true maxlength=254 value=invite.value("email") errors=invite.codes("email") />
                            <p class="hint">{t("platform-invite-hint")}</p>
                            <SubmitButton label_key="platform-invite-send" />
                        </PostForm>
                    </details>
                })}
            </td>
        </tr>
    }
}

#[component]
fn NewMunicipalityForm(form: FormState) -> impl IntoView {
    view! {
        <h2>{t("platform-new")}</h2>
        <PostForm action=CreateMunicipality::url() class="card stack">
            <FormErrors error=form.error() />
            <FormKeyField />
            <Field name="host" label_key="platform-field-host" hint_key="platform-field-host-hint" required=true maxlength=253 value=form.value("host") errors=form.codes("host") />
            <div class="field-row">
                <Field name="name_ar" id="municipality-name-ar".to_string() label_key="field-name-ar" required=true maxlength=200 value=form.value("name_ar") errors=form.codes("name_ar") />
                <Field name="name_fr" id="municipality-name-fr".to_string() label_key="field-name-fr" required=true maxlength=200 value=form.value("name_fr") errors=form.codes("name_fr") />
            </div>
            <SubmitButton label_key="platform-create" />
        </PostForm>
    }
}
