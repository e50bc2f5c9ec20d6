use leptos::prelude::*;

use crate::compare::{Verdict, per_unit, verdict};
use crate::data::{Claim, ClaimPer, Dataset, Said};
use crate::format::{day_month_year, decimal, quantity, range};
use crate::model::{Impact, Scenario};
use crate::ui::texts::use_texts;

/// How many claims show before "see all": those drawn on the charts come first.
const FIRST: usize = 3;

/// Figures published by others, each with a one-line verdict against our estimate for the
/// same thing (one image or one reply with the reader's choices). The claims drawn on the
/// charts come first; the rest wait behind "see all".
#[component]
pub fn ClaimsList(scenario: Signal<Scenario>) -> impl IntoView {
    let t = use_texts();
    let data = Dataset::embedded();
    // One image and one reply, computed once per change and shared by every claim.
    let per_image = Memo::new(move |_| scenario.with(|s| per_unit(ClaimPer::Image, s, data)));
    let per_reply = Memo::new(move |_| scenario.with(|s| per_unit(ClaimPer::Reply, s, data)));
    let mut claims: Vec<&'static Claim> = data.claims().iter().collect();
    // Stable: featured claims first, each group in the data's order.
    claims.sort_by_key(|c| !c.featured);
    let item = move |claim: &'static Claim| {
        let ours = move || match claim.per {
            ClaimPer::Image => per_image.get(),
            ClaimPer::Reply => per_reply.get(),
        };
        // A quote is read in its own language; a paraphrase is ours, in the reader's.
        let said = match &claim.said {
            Said::Quote { text, lang } => {
                view! { <q lang=lang.as_ref()>{text.as_ref()}</q> }.into_any()
            }
            Said::Paraphrase(words) => t.words(words).into_any(),
        };
        view! {
            <li data-claim=claim.id.clone()>
                {said}" — "{t.words(&claim.outlet)}", "
                <time datetime=claim.date.clone()>{day_month_year(&claim.date, t.lang())}</time>
                <span class="empreinte-verdict">{move || verdict_line(t, claim, ours())}</span>
            </li>
        }
    };
    let rest: Vec<_> = claims.split_off(FIRST.min(claims.len()));
    let more = (!rest.is_empty()).then(|| {
        let label = t.fill("claims-all", &[("count", &data.claims().len().to_string())]);
        view! {
            <details class="empreinte-claims-more">
                <summary>{label}</summary>
                <ul>{rest.into_iter().map(item).collect_view()}</ul>
            </details>
        }
    });
    view! {
        <section class="empreinte-claims" aria-labelledby="empreinte-claims-title">
            <h2 id="empreinte-claims-title">{t.get("claims-title")}</h2>
            <ul>{claims.into_iter().map(item).collect_view()}</ul>
            {more}
        </section>
    }
}

/// "Announced: 6–12 Wh; our estimate for one image: 2.5 Wh (…), 3 times less."
fn verdict_line(t: &'static crate::i18n::Strings, claim: &Claim, ours: Impact) -> String {
    let metric = claim.metric;
    let e = ours.get(metric);
    let amount = claim.amount;
    let claimed = if amount.low == amount.high {
        quantity(metric, amount.central, t.lang(), 2)
    } else {
        format!(
            "{}–{}",
            quantity(metric, amount.low, t.lang(), 2),
            quantity(metric, amount.high, t.lang(), 2)
        )
    };
    let times = |times: f64| decimal(times, t.lang(), 2);
    let judged = match verdict(amount, e) {
        Some(Verdict::Higher { times: x }) => t.fill("verdict-less", &[("times", &times(x))]),
        Some(Verdict::Lower { times: x }) => t.fill("verdict-more", &[("times", &times(x))]),
        Some(Verdict::Within) | None => t.get("verdict-within").to_owned(),
    };
    let key = match claim.per {
        ClaimPer::Image => "verdict-image",
        ClaimPer::Reply => "verdict-reply",
    };
    t.fill(
        key,
        &[
            ("claimed", &claimed),
            ("ours", &range(metric, e.low, e.central, e.high, t.lang())),
            ("verdict", &judged),
        ],
    )
}
