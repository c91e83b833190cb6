//! The statistics page: key figures, then charts written on the server as SVG (each with a
//! title, a description and the same figures as a table), mirrored right to left in Arabic
//! (SVG ignores `dir`: positions and anchors are set per direction).
use super::api::statistics_page;
use super::dto::{Bar, Statistics};
use crate::i18n::{t, tr_args, use_locale, Arg};
use crate::ui::{query_param, Loaded, PageTitle};
use leptos::prelude::*;

const WIDTH: i64 = 640;
const ROW: i64 = 26;
const LABEL: i64 = 170;
const VALUE: i64 = 60;

/// A horizontal bar chart: labels on the reading side, then bars, then values.
#[component]
fn BarChart(
    id: &'static str,
    title_key: &'static str,
    desc_key: &'static str,
    bars: Vec<Bar>,
) -> impl IntoView {
    let locale = use_locale();
    let rtl = locale.dir() == "rtl";
    let max = bars
        .iter()
        .filter_map(|b| b.value)
        .max()
        .unwrap_or(0)
        .max(1);
    let room = WIDTH - LABEL - VALUE - 10;
    let height = (bars.len() as i64).max(1) * ROW + 10;
    let title = t(title_key).to_string();
    let desc = tr_args(locale, desc_key, &[("count", Arg::Num(bars.len() as i64))]);
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let labelled = format!("{title_id} {desc_id}");
    let rows = bars.clone();
    view! {
        <figure class="chart">
            <figcaption><h3>{title.clone()}</h3></figcaption>
            {if bars.is_empty() {
                view! { <p>{t("statistics-nothing-yet")}</p> }.into_any()
            } else {
                view! {
                    <svg role="img" aria-labelledby=labelled viewBox=format!("0 0 {WIDTH} {height}") width="100%" class="chart-svg">
                        <title id=title_id>{title.clone()}</title>
                        <desc id=desc_id>{desc}</desc>
                        {bars.into_iter().enumerate().map(|(i, b)| {
                            let y = i as i64 * ROW + 5;
                            let len = b.value.map_or(0, |v| (v * room / max).max(1));
                            let text_y = y + ROW / 2 + 5;
                            // A label's start is its right edge in Arabic (direction rtl): anchored
                            // at the chart's right edge, it runs leftwards to the bar.
                            let (label_x, label_anchor, direction, bar_x, value_x, value_anchor) = if rtl {
                                (WIDTH - 5, "start", "rtl", WIDTH - LABEL - len, WIDTH - LABEL - len - 5, "end")
                            } else {
                                (LABEL - 5, "end", "ltr", LABEL, LABEL + len + 5, "start")
                            };
                            let shown = b.value.map_or_else(|| t("statistics-withheld").to_string(), |v| v.to_string());
                            view! {
                                <g>
                                    <text x=label_x y=text_y text-anchor=label_anchor direction=direction class="chart-label">{b.label.clone()}</text>
                                    {(len > 0 && b.value.is_some()).then(|| view! {
                                        <rect x=bar_x y=y + 3 width=len height=ROW - 8 class="chart-bar" />
                                    })}
                                    <text x=value_x y=text_y text-anchor=value_anchor class="chart-value">{shown}</text>
                                </g>
                            }
                        }).collect_view()}
                    </svg>
                    <table class="table chart-table">
                        <caption>{title}</caption>
                        <thead><tr>
                            <th scope="col">{t("statistics-col-label")}</th>
                            <th scope="col">{t("statistics-col-value")}</th>
                        </tr></thead>
                        <tbody>
                            {rows.into_iter().map(|b| view! {
                                <tr>
                                    <th scope="row">{b.label}</th>
                                    <td>{b.value.map_or_else(|| t("statistics-withheld").to_string(), |v| v.to_string())}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
        </figure>
    }
}

fn figure(key: &'static str, value: i64) -> impl IntoView {
    view! {
        <div class="figure">
            <dt>{t(key)}</dt>
            <dd>{value}</dd>
        </div>
    }
}

#[component]
fn Figures(s: Statistics) -> impl IntoView {
    view! {
        <dl class="figures">
            {figure("statistics-participants", s.participants)}
            {figure("statistics-proposals", s.proposals)}
            {figure("statistics-supports", s.supports)}
            {figure("statistics-comments", s.comments)}
            {figure("statistics-meetings", s.meetings)}
            {figure("statistics-attendance", s.attendance)}
        </dl>
        <h2>{t("statistics-accountability")}</h2>
        <dl class="figures">
            {figure("statistics-answers-on-time", s.answers_on_time)}
            {figure("statistics-answers-late", s.answers_late)}
            {figure("statistics-answers-owed", s.answers_owed)}
            {figure("statistics-outcomes-on-time", s.outcomes_on_time)}
            {figure("statistics-outcomes-late", s.outcomes_late)}
            {figure("statistics-outcomes-owed", s.outcomes_owed)}
        </dl>
    }
}

#[component]
pub fn StatisticsPage() -> impl IntoView {
    let consultation = query_param("consultation");
    let data = Resource::new(|| (), move |_| statistics_page(consultation.clone()));
    let locale = use_locale();
    view! {
        <PageTitle key="statistics-title" />
        <Loaded data=data let(s)>
            <h1>{t("statistics-title")}</h1>
            {match s.consultation.clone() {
                Some((id, title)) => view! {
                    <p class="lead">{tr_args(locale, "statistics-of-consultation", &[("title", Arg::Str(title))])}</p>
                    <p><a href=format!("/consultations/{id}")>{t("statistics-to-consultation")}</a> " · " <a href="/statistics">{t("statistics-whole")}</a></p>
                }.into_any(),
                None => view! { <p class="lead">{t("statistics-lead")}</p> }.into_any(),
            }}
            <form method="get" action="/statistics" class="filter-form">
                <label for="statistics-consultation">{t("statistics-choose")}</label>
                <select id="statistics-consultation" name="consultation">
                    <option value="">{t("statistics-whole")}</option>
                    {s.consultations.iter().map(|(id, title)| {
                        let selected = s.consultation.as_ref().is_some_and(|(c, _)| c == id);
                        view! { <option value=id.clone() selected=selected>{title.clone()}</option> }
                    }).collect_view()}
                </select>
                <button type="submit" class="button button-small">{t("filter-apply")}</button>
            </form>
            <Figures s=s.clone() />
            <h2>{t("statistics-by-district")}</h2>
            <p>{t("statistics-withheld-note")}</p>
            <BarChart id="supports-district" title_key="statistics-chart-supports-district" desc_key="statistics-chart-desc-district" bars=s.supports_by_district.clone() />
            <BarChart id="proposals-district" title_key="statistics-chart-proposals-district" desc_key="statistics-chart-desc-district" bars=s.proposals_by_district.clone() />
            <h2>{t("statistics-over-time")}</h2>
            <BarChart id="supports-month" title_key="statistics-chart-supports-month" desc_key="statistics-chart-desc-month" bars=s.supports_by_month.clone() />
            <BarChart id="proposals-month" title_key="statistics-chart-proposals-month" desc_key="statistics-chart-desc-month" bars=s.proposals_by_month.clone() />
            <h2>{t("statistics-log-title")}</h2>
            {match s.checkpoint {
                Some((size, date)) => view! {
                    <p>{tr_args(locale, "transparency-latest", &[("count", Arg::Num(size as i64)), ("date", Arg::Str(date))])}</p>
                }.into_any(),
                None => view! { <p>{t("transparency-no-checkpoint")}</p> }.into_any(),
            }}
            <p><a href="/transparency">{t("statistics-log-link")}</a> " · " <a href="/open-data">{t("statistics-open-data-link")}</a></p>
        </Loaded>
    }
}
