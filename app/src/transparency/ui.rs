//! The transparency page: how to check the log, its public key, its signed checkpoints and its
//! entries. Plain HTML: the proofs are links and a GET form.
use super::api::transparency_page;
use super::dto::{CheckpointView, ProofAnswer, ProofAsk};
use crate::domain::PublicAct;
use crate::i18n::{t, tr_args, use_locale, Arg};
use crate::ui::Loaded;
use crate::ui::{page_param, query_param, EmptyState, PageTitle, Pagination};
use leptos::prelude::*;

/// The first digits of a hash: enough to tell two apart on a page.
fn short(hash: &str) -> String {
    hash.chars().take(12).collect()
}

/// An entry's detail as readers say it: an answer's state, a report's reason, a result's
/// status translated; the rest as written.
fn detail_text(act: PublicAct, detail: &str) -> String {
    if detail.is_empty() {
        return String::new();
    }
    let key = match act {
        PublicAct::ProposalAnswered => format!("answer-{detail}"),
        PublicAct::ResultStatus => format!("result-status-{detail}"),
        a if a.code().starts_with("moderation.") => format!("reason-{detail}"),
        _ => return detail.to_string(),
    };
    if crate::i18n::has(use_locale(), &key) {
        t(&key).to_string()
    } else {
        detail.to_string()
    }
}

/// A proof asked in the page's address: two sizes (the form) or an entry's number and a size
/// (the entries' links); `Err` when a number is not a whole number.
fn proof_asked() -> Option<Result<ProofAsk, ()>> {
    let number = |name: &str| query_param(name).map(|v| v.trim().parse::<u64>().map_err(|_| ()));
    let both = |a: Option<Result<u64, ()>>, b: Option<Result<u64, ()>>| match (a, b) {
        (None, None) => None,
        (Some(Ok(a)), Some(Ok(b))) => Some(Ok((a, b))),
        _ => Some(Err(())),
    };
    if let Some(sizes) = both(number("old"), number("new")) {
        return Some(sizes.map(|(old, new)| ProofAsk::Consistency { old, new }));
    }
    both(number("index"), number("size"))
        .map(|entry| entry.map(|(index, size)| ProofAsk::Inclusion { index, size }))
}

#[component]
pub fn TransparencyPage() -> impl IntoView {
    let page = page_param();
    let locale = use_locale();
    let asked = proof_asked();
    let data = Resource::new(|| (), move |_| transparency_page(page, asked));
    view! {
        <PageTitle key="transparency-title" />
        <Loaded data=data let(d)>
            <h1>{t("transparency-title")}</h1>
            <p class="lead">{t("transparency-lead")}</p>
            <p>{tr_args(locale, "transparency-size", &[("count", Arg::Num(d.size as i64))])}</p>

            {d.answer.clone().map(|a| view! { <Answer answer=a /> })}

            <Checkpoints checkpoints=d.checkpoints.clone() count=d.checkpoint_count />

            <section class="section" aria-labelledby="transparency-key">
                <h2 id="transparency-key">{t("transparency-key-title")}</h2>
                <p>{t("transparency-key-body")}</p>
                <pre class="signed-note" dir="ltr" lang="en">{d.verifier_key.clone()}</pre>
                <p><a href="/transparency/key">{t("transparency-key-link")}</a></p>
            </section>

            <section class="section" aria-labelledby="transparency-check">
                <h2 id="transparency-check">{t("transparency-check-title")}</h2>
                <p>{t("transparency-check-body")}</p>
                <form method="get" action="/transparency#proof" class="filter-form">
                    <label for="proof-old">{t("transparency-proof-old")}</label>
                    <input id="proof-old" type="number" name="old" min="0" required=true value=query_param("old").unwrap_or_default() />
                    <label for="proof-new">{t("transparency-proof-new")}</label>
                    <input id="proof-new" type="number" name="new" min="0" value=query_param("new").unwrap_or_else(|| d.size.to_string()) required=true />
                    <button type="submit" class="button button-small">{t("transparency-proof-submit")}</button>
                </form>
                <p>{t("transparency-inclusion-body")}</p>
            </section>

            <section class="section" aria-labelledby="transparency-entries">
                <h2 id="transparency-entries">{t("transparency-entries-title")}</h2>
                {if d.entries.items.is_empty() {
                    view! { <EmptyState title_key="transparency-empty" body_key="transparency-empty-body" /> }.into_any()
                } else {
                    view! {
                        <table class="table">
                            <thead><tr>
                                <th scope="col">{t("transparency-col-seq")}</th>
                                <th scope="col">{t("transparency-col-date")}</th>
                                <th scope="col">{t("transparency-col-act")}</th>
                                <th scope="col">{t("transparency-col-object")}</th>
                                <th scope="col">{t("transparency-col-pseudonym")}</th>
                                <th scope="col">{t("transparency-col-detail")}</th>
                            </tr></thead>
                            <tbody>
                                {d.entries.items.iter().map(|e| {
                                    let object = t(&format!("transparency-object-{}", e.object_type)).to_string();
                                    let proof = format!("/transparency?index={}&size={}#proof", e.seq, d.size);
                                    view! {
                                        <tr>
                                            <td><a href=proof title=t("transparency-inclusion-link")>{e.seq}</a></td>
                                            <td><time>{e.at.clone()}</time></td>
                                            <td>{t(&e.act.key())}</td>
                                            <td>{match e.link.clone() {
                                                Some(href) => view! { <a href=href>{object}</a> }.into_any(),
                                                None => view! { <span>{object}</span> }.into_any(),
                                            }}</td>
                                            <td><code dir="ltr">{short(&e.pseudonym)}</code></td>
                                            <td dir="auto">{detail_text(e.act, &e.detail)}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any()
                }}
                <Pagination page=d.entries.page total_pages=d.entries.total_pages base="/transparency".to_string() />
            </section>
        </Loaded>
    }
}

/// The latest signed checkpoints: the newest's note in full, then a table.
#[component]
fn Checkpoints(checkpoints: Vec<CheckpointView>, count: u64) -> impl IntoView {
    let locale = use_locale();
    let d_checkpoints = checkpoints;
    view! {
            <section class="section" aria-labelledby="transparency-checkpoints">
                <h2 id="transparency-checkpoints">{t("transparency-checkpoints-title")}</h2>
                <p>{t("transparency-checkpoints-body")}</p>
                {match d_checkpoints.first().cloned() {
                    None => view! { <EmptyState title_key="transparency-no-checkpoint" body_key="transparency-no-checkpoint-body" /> }.into_any(),
                    Some(latest) => view! {
                        <p>{tr_args(locale, "transparency-latest", &[("count", Arg::Num(latest.size as i64)), ("date", Arg::Str(latest.published.clone()))])}</p>
                        <pre class="signed-note" dir="ltr" lang="en">{latest.note.clone()}</pre>
                        <table class="table">
                            <caption>{tr_args(locale, "transparency-checkpoint-count", &[("count", Arg::Num(count as i64))])}</caption>
                            <thead><tr>
                                <th scope="col">{t("transparency-col-size")}</th>
                                <th scope="col">{t("transparency-col-root")}</th>
                                <th scope="col">{t("transparency-col-published")}</th>
                                <th scope="col">{t("transparency-col-note")}</th>
                            </tr></thead>
                            <tbody>
                                {d_checkpoints.iter().map(|c| {
                                    let href = format!("/transparency/checkpoints/{}", c.size);
                                    view! {
                                        <tr>
                                            <td>{c.size}</td>
                                            <td><code dir="ltr" title=c.root.clone()>{short(&c.root)}</code></td>
                                            <td><time>{c.published.clone()}</time></td>
                                            <td><a href=href>{t("transparency-note-link")}</a></td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any(),
                }}
            </section>

    }
}

/// The answer to a proof asked: its hashes, to check against signed roots, and the same proof
/// as JSON for tools; or, in the reader's language, why there is none.
#[component]
fn Answer(answer: ProofAnswer) -> impl IntoView {
    let locale = use_locale();
    let json = match answer.asked {
        Some(ProofAsk::Consistency { old, new }) => {
            format!("/transparency/proof?old={old}&new={new}")
        }
        Some(ProofAsk::Inclusion { index, size }) => {
            format!("/transparency/inclusion?index={index}&size={size}")
        }
        None => String::new(),
    };
    view! {
        <section class="section" id="proof" aria-labelledby="proof-title">
            <h2 id="proof-title">{t("transparency-proof-title")}</h2>
            {match answer.proof {
                Err(key) => view! {
                    <div class="alert alert-error" role="alert"><p>{t(&key)}</p></div>
                }.into_any(),
                Ok(p) => {
                    let count = ("count", Arg::Num(p.proof.len() as i64));
                    let said = match (p.old_size, p.index) {
                        (Some(old), _) => tr_args(locale, "transparency-proof-consistency", &[("old", Arg::Num(old as i64)), ("new", Arg::Num(p.tree_size as i64)), count]),
                        (None, Some(index)) => tr_args(locale, "transparency-proof-inclusion", &[("index", Arg::Num(index as i64)), ("size", Arg::Num(p.tree_size as i64)), count]),
                        (None, None) => String::new(),
                    };
                    view! {
                        <p>{said}</p>
                        {p.leaf_hash.clone().map(|leaf| view! {
                            <p>{t("transparency-proof-leaf")}" "<code dir="ltr">{leaf}</code></p>
                        })}
                        {(!p.proof.is_empty()).then(|| view! {
                            <ol class="proof-hashes" dir="ltr">
                                {p.proof.iter().map(|h| view! { <li><code>{h.clone()}</code></li> }).collect_view()}
                            </ol>
                        })}
                        <p><a href=json.clone()>{t("transparency-proof-json")}</a></p>
                    }.into_any()
                }
            }}
        </section>
    }
}
