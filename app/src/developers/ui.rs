//! The public API's readable page.
use super::ENDPOINTS;
use crate::i18n::t;
use crate::ui::PageTitle;
use leptos::prelude::*;

#[component]
pub fn DevelopersPage() -> impl IntoView {
    view! {
        <PageTitle key="developers-title" />
        <h1>{t("developers-title")}</h1>
        <p class="lead">{t("developers-lead")}</p>
        <ul>
            <li><a href="/api/v1/openapi.json">{t("developers-openapi")}</a></li>
            <li><a href="/open-data">{t("developers-open-data")}</a></li>
        </ul>
        <h2>{t("developers-rules-title")}</h2>
        <ul>
            <li>{t("developers-rule-paging")}</li>
            <li>{t("developers-rule-etag")}</li>
            <li>{t("developers-rule-errors")}</li>
            <li>{t("developers-rule-limit")}</li>
            <li>{t("developers-rule-privacy")}</li>
        </ul>
        <h2>{t("developers-endpoints-title")}</h2>
        <table class="table">
            <thead><tr>
                <th scope="col">{t("developers-col-endpoint")}</th>
                <th scope="col">{t("developers-col-gives")}</th>
                <th scope="col">{t("developers-col-parameters")}</th>
            </tr></thead>
            <tbody>
                {ENDPOINTS.iter().map(|(path, key, params)| view! {
                    <tr>
                        <td><code dir="ltr">"GET " {*path}</code></td>
                        <td>{t(key)}</td>
                        <td><code dir="ltr">{*params}</code></td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
