use leptos::prelude::*;

use super::texts::use_texts;
use crate::compare::per_unit;
use crate::data::{ClaimPer, Dataset};
use crate::format::{quantity, range};
use crate::model::Scenario;

/// Figures published by others, each beside our estimate for the same thing (one image or
/// one reply with the reader's choices), so a reader sees where each claim stands.
#[component]
pub fn ClaimsList(scenario: Signal<Scenario>) -> impl IntoView {
    let t = use_texts();
    let data = Dataset::embedded();
    // One image and one reply, computed once per change and shared by every claim.
    let per_image = Memo::new(move |_| scenario.with(|s| per_unit(ClaimPer::Image, s, data)));
    let per_reply = Memo::new(move |_| scenario.with(|s| per_unit(ClaimPer::Reply, s, data)));
    let items = data
        .claims()
        .iter()
        .map(|claim| {
            let ours = move || {
                let impact = match claim.per {
                    ClaimPer::Image => per_image.get(),
                    ClaimPer::Reply => per_reply.get(),
                };
                let e = impact.get(claim.metric);
                let key = match claim.per {
                    ClaimPer::Image => "claim-ours-image",
                    ClaimPer::Reply => "claim-ours-reply",
                };
                let value = range(claim.metric, e.low, e.central, e.high, t.lang());
                t.fill(key, &[("value", &value)])
            };
            let claimed = if claim.amount.low == claim.amount.high {
                quantity(claim.metric, claim.amount.central, t.lang(), 2)
            } else {
                format!(
                    "{}–{}",
                    quantity(claim.metric, claim.amount.low, t.lang(), 2),
                    quantity(claim.metric, claim.amount.high, t.lang(), 2)
                )
            };
            view! {
                <li data-claim=claim.id.clone()>
                    <q>{claim.quote.clone()}</q>" — "{claim.outlet.clone()}", "
                    <time datetime=claim.date.clone()>{claim.date.clone()}</time>
                    {t.get("colon")}<strong>{claimed}</strong>". "
                    <span class="empreinte-claim-ours">{ours}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="empreinte-claims">
            <h2>{t.get("claims-title")}</h2>
            <ul>{items}</ul>
        </section>
    }
}
