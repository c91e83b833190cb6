//! Verification pages: the resident's own (census match), the referent's counter (in person)
//! and the administrator's census list and methods.
use super::api::{
    census_overview, verification_status, ImportCensus, SetVerificationMethods, VerifyInPerson,
    VerifySelf,
};
use super::dto::CensusImportView;
use crate::i18n::{t, tr_args, use_locale, Arg};
use crate::ui::Loaded;
use crate::ui::{
    query_param, with_flash, Date, EmptyState, Field, FormErrors, FormErrorsFor, FormState,
    NoticeFromQuery, PageTitle, PostForm, SubmitButton,
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

const NOTICES: &[&str] = &["verified", "resident-verified", "settings-saved"];

#[component]
pub fn VerifyPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| with_flash(verification_status()));
    view! {
        <PageTitle key="verify-title" />
        <NoticeFromQuery allowed=NOTICES />
        <section class="card narrow" aria-labelledby="page-heading">
            <h1 id="page-heading">{t("verify-title")}</h1>
            <p class="lead">{t("verify-lead")}</p>
            <Loaded data=data let((s, flash))>
                {{ let form = FormState::new("verify", flash.as_ref()); match s.verified {
                    Some((method, on)) => view! {
                        <p class="alert alert-success" role="status">
                            {t("verify-done")} " " {t(&format!("method-{}", method.code()))} " · " <Date value=on />
                        </p>
                    }.into_any(),
                    None => view! {
                        {s.census_enabled.then(|| view! {
                            <h2>{t("verify-census-title")}</h2>
                            <p>{t("verify-census-lead")}</p>
                            <PostForm action=VerifySelf::url()>
                                <FormErrors error=form.error() />
                                <Field name="national_id" label_key="field-national-id" hint_key="field-national-id-hint" autocomplete="off" maxlength=12 required=true value=None errors=form.codes("national_id") />
                                <Field name="birth_year" label_key="field-birth-year" kind="number" required=true maxlength=4 value=form.value("birth_year") errors=form.codes("birth_year") />
                                <SubmitButton label_key="verify-submit" />
                            </PostForm>
                            <p class="field-hint">{t("verify-privacy")}</p>
                        })}
                        {s.in_person_enabled.then(|| view! {
                            <h2>{t("verify-in-person-title")}</h2>
                            <p>{t("verify-in-person-lead")}</p>
                        })}
                    }.into_any(),
                }}}
            </Loaded>
        </section>
    }
}

#[component]
pub fn InPersonPage() -> impl IntoView {
    let flash = Resource::new(
        || (),
        |_| async {
            let ctx = crate::server::ctx()?;
            // Referents only: the page answers 403 to anyone else.
            let actor = ctx.actor().await?;
            ctx.page(crate::authz::ensure(
                actor,
                crate::authz::Action::VerifyInPerson,
                crate::authz::Facts::default(),
            ))?;
            Ok::<_, crate::error::AppError>(ctx.take_flash().await)
        },
    );
    view! {
        <PageTitle key="in-person-title" />
        <NoticeFromQuery allowed=NOTICES />
        <section class="card narrow" aria-labelledby="page-heading">
            <h1 id="page-heading">{t("in-person-title")}</h1>
            <p class="lead">{t("in-person-lead")}</p>
            <Loaded data=flash let(flash)>
                {{
                    let form = FormState::new("in-person", flash.as_ref());
                    view! {
                        <PostForm action=VerifyInPerson::url()>
                            <FormErrors error=form.error() />
                            <Field name="email" label_key="field-resident-email" kind="email" autocomplete="off" required=true maxlength=254 value=form.value("email") errors=form.codes("email") />
                            <Field name="national_id" label_key="field-national-id" hint_key="in-person-id-hint" autocomplete="off" required=true maxlength=12 value=None errors=form.codes("national_id") />
                            <SubmitButton label_key="in-person-submit" />
                        </PostForm>
                    }.into_any()
                }}
            </Loaded>
        </section>
    }
}

#[component]
pub fn CensusPage() -> impl IntoView {
    let import = query_param("import");
    let data = Resource::new(|| (), move |_| with_flash(census_overview(import.clone())));
    view! {
        <PageTitle key="census-title" />
        <NoticeFromQuery allowed=NOTICES />
        <h1>{t("census-title")}</h1>
        <p class="lead">{t("census-lead")}</p>
        <Loaded data=data let((o, flash))>
            <dl class="stats">
                <div><dt>{t("census-entries")}</dt><dd>{o.entries}</dd></div>
                <div><dt>{t("census-verified")}</dt><dd>{o.verified_accounts}</dd></div>
            </dl>
            {o.report.map(|r| view! { <ImportReport r=r /> })}
            <ImportForm form=FormState::new("census", flash.as_ref()) />
            <MethodsForm
                form=FormState::new("methods", flash.as_ref())
                census=o.census_enabled
                in_person=o.in_person_enabled
                outside_census=o.outside_census_allowed
            />
            <ImportHistory imports=o.imports />
        </Loaded>
    }
}

/// The report of one census import: applied or refused, and its problems line by line.
#[component]
fn ImportReport(r: CensusImportView) -> impl IntoView {
    let locale = use_locale();
    view! {
        <section class="card" aria-labelledby="report-heading">
            <h2 id="report-heading">{t("census-report")}</h2>
            <p class=if r.applied { "alert alert-success" } else { "alert alert-error" } role="status">
                {if r.applied {
                    tr_args(locale, "census-report-applied", &[("imported", Arg::Num(r.imported.into())), ("known", Arg::Num(r.already_known.into())), ("problems", Arg::Num(r.problem_count.into()))])
                } else {
                    tr_args(locale, "census-report-refused", &[("problems", Arg::Num(r.problem_count.into()))])
                }}
            </p>
            {(!r.problems.is_empty()).then(|| view! {
                <div class="table-scroll">
                    <table>
                        <thead><tr><th scope="col">{t("col-line")}</th><th scope="col">{t("col-problem")}</th></tr></thead>
                        <tbody>
                            {r.problems.into_iter().map(|p| view! {
                                <tr><td>{p.line}</td><td>{crate::i18n::problem_message(locale, &p.code)}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            })}
        </section>
    }
}

/// The census file form.
#[component]
fn ImportForm(form: FormState) -> impl IntoView {
    let census_form = form;
    view! {
        <section class="card" aria-labelledby="import-heading">
            <h2 id="import-heading">{t("census-import")}</h2>
            <p>{t("census-import-lead")}</p>
            <PostForm action=ImportCensus::url() multipart=true>
                <FormErrors error=census_form.error() />
                <div class="field">
                    <label for="field-file">{t("field-census-file")}</label>
                    <input id="field-file" type="file" name="file" accept=".csv,text/csv" required=true />
                    <FormErrorsFor field="file" form=census_form.clone() />
                </div>
                <fieldset class="radio-row">
                    <legend>{t("census-mode")}</legend>
                    <input type="radio" id="mode-good" name="mode" value="good-rows" checked=census_form.chose("mode", "good-rows", true) />
                    " " <label for="mode-good">{t("census-mode-good-rows")}</label>
                    <br />
                    <input type="radio" id="mode-all" name="mode" value="all-or-nothing" checked=census_form.chose("mode", "all-or-nothing", false) />
                    " " <label for="mode-all">{t("census-mode-all-or-nothing")}</label>
                </fieldset>
                <button type="submit" class="button button-primary">{t("census-import-submit")}</button>
            </PostForm>
        </section>
    }
}

/// Which verification methods the municipality offers.
#[component]
fn MethodsForm(
    form: FormState,
    census: bool,
    in_person: bool,
    outside_census: bool,
) -> impl IntoView {
    let methods_form = form;
    view! {
        <section class="card" aria-labelledby="methods-heading">
            <h2 id="methods-heading">{t("census-methods")}</h2>
            <PostForm action=SetVerificationMethods::url()>
                <FormErrors error=methods_form.error() />
                <p>
                    <input type="checkbox" id="method-census" name="census" value="1" checked=methods_form.ticked("census", "1", census) />
                    " " <label for="method-census">{t("method-census")}</label>
                </p>
                <p>
                    <input type="checkbox" id="method-in-person" name="in_person" value="1" checked=methods_form.ticked("in_person", "1", in_person) />
                    " " <label for="method-in-person">{t("method-in-person")}</label>
                </p>
                <p>
                    <input type="checkbox" id="method-outside-census" name="outside_census" value="1" checked=methods_form.ticked("outside_census", "1", outside_census) aria-describedby="method-outside-census-help" />
                    " " <label for="method-outside-census">{t("method-outside-census")}</label>
                    <br /><small id="method-outside-census-help">{t("method-outside-census-help")}</small>
                </p>
                <SubmitButton label_key="save" />
            </PostForm>
        </section>
    }
}

/// The census imports so far.
#[component]
fn ImportHistory(imports: Vec<CensusImportView>) -> impl IntoView {
    view! {
        {(!imports.is_empty()).then(|| view! {
            <section aria-labelledby="imports-heading">
                <h2 id="imports-heading">{t("census-imports")}</h2>
                <div class="table-scroll">
                    <table>
                        <thead><tr>
                            <th scope="col">{t("col-when")}</th>
                            <th scope="col">{t("census-mode")}</th>
                            <th scope="col">{t("col-rows")}</th>
                            <th scope="col">{t("col-imported")}</th>
                            <th scope="col">{t("col-problems")}</th>
                        </tr></thead>
                        <tbody>
                            {imports.into_iter().map(|i| view! {
                                <tr>
                                    <td><a href=format!("/admin/census?import={}", i.id)><bdi>{i.on}</bdi></a></td>
                                    <td>{t(&format!("census-mode-{}", i.mode))}</td>
                                    <td>{i.total_rows}</td>
                                    <td>{i.imported}</td>
                                    <td>{i.problem_count}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </section>
        })}
    }
}

/// The administrator's view of what each staff member did at the counter, per day.
#[component]
pub fn CounterActivityPage() -> impl IntoView {
    let (staff, day, kind) = (
        query_param("staff"),
        query_param("day"),
        query_param("kind"),
    );
    let data = Resource::new(
        || (),
        move |_| super::api::counter_activity(staff.clone(), day.clone(), kind.clone()),
    );
    view! {
        <PageTitle key="counter-activity-title" />
        <Loaded data=data let(activity)>
            <h1>{t("counter-activity-title")}</h1>
            <p class="lead">{t("counter-activity-lead")}</p>
            {activity.detail.map(|d| { let heading = format!("counter-activity-detail-{}", d.kind); view! {
                <section class="card" aria-labelledby="detail-heading">
                    <h2 id="detail-heading">{t(&heading)} " · " <bdi>{d.staff_name}</bdi> " · " <bdi>{d.day}</bdi></h2>
                    <ol class="history">
                        {d.acts.into_iter().map(|a| view! {
                            <li>
                                <bdi>{a.at}</bdi> " · "
                                {match a.link {
                                    Some(href) => view! { <a href=href><bdi>{a.label}</bdi></a> }.into_any(),
                                    None => view! { <bdi>{a.label}</bdi> }.into_any(),
                                }}
                                {a.outside_census.then(|| view! { " " <span class="badge badge-warning">{t("counter-outside-census")}</span> })}
                            </li>
                        }).collect_view()}
                    </ol>
                </section>
            }})}
            {if activity.days.is_empty() {
                view! { <EmptyState title_key="counter-activity-empty" body_key="counter-activity-empty-body" /> }.into_any()
            } else {
                view! {
                    <div class="table-scroll">
                        <table>
                            <thead><tr>
                                <th scope="col">{t("col-day")}</th>
                                <th scope="col">{t("col-staff-member")}</th>
                                <th scope="col">{t("col-verified")}</th>
                                <th scope="col">{t("col-outside-census")}</th>
                                <th scope="col">{t("col-assisted")}</th>
                            </tr></thead>
                            <tbody>
                                {activity.days.into_iter().map(|d| {
                                    let link = |kind: &str| format!("/admin/counter-activity?staff={}&day={}&kind={kind}#detail-heading", d.staff, d.day);
                                    let verified_link = link("verified");
                                    let assisted_link = link("assisted");
                                    view! {
                                        <tr>
                                            <td><bdi>{d.day.clone()}</bdi></td>
                                            <td><bdi>{d.staff_name.clone()}</bdi></td>
                                            <td>{if d.verified > 0 { view! { <a href=verified_link>{d.verified}</a> }.into_any() } else { view! { "0" }.into_any() }}</td>
                                            <td>{d.outside_census}</td>
                                            <td>{if d.assisted > 0 { view! { <a href=assisted_link>{d.assisted}</a> }.into_any() } else { view! { "0" }.into_any() }}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </Loaded>
    }
}
