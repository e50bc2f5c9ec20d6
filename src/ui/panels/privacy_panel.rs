use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::on_demand::OnDemand;
use crate::model::Scenario;
use crate::ui::texts::use_texts;

/// How often the widget's own request count is read again.
const COUNT_EVERY: Duration = Duration::from_secs(1);

/// What a starter pack shares: what the reader's scenario hands over, what each provider's
/// published policy says and what a reader can do (`export::privacy_html`, fetched when first
/// opened), and the widget's own promise, shown live: the requests it made since it started.
#[component]
pub fn PrivacyPanel(scenario: Signal<Scenario>) -> impl IntoView {
    let t = use_texts();
    let handed = move || {
        scenario.with(|s| {
            let mut lines = Vec::new();
            if s.photos > 0 {
                let count = f64::from(s.photos);
                lines.push(t.fill(
                    "privacy-photos",
                    &[
                        ("count", &s.photos.to_string()),
                        ("photos", t.plural("count-photos", count)),
                    ],
                ));
            }
            if s.images > 0 {
                lines.push(t.get("privacy-images").to_owned());
            }
            if s.videos > 0 {
                lines.push(t.get("privacy-videos").to_owned());
            }
            if s.messages > 0 {
                lines.push(t.get("privacy-messages").to_owned());
            }
            lines
                .into_iter()
                .map(|line| view! { <li>{line}</li> })
                .collect_view()
        })
    };
    view! {
        <OnDemand class="empreinte-privacy" name="privacy" summary=t.get("privacy-title").to_owned()>
            <p>{t.get("privacy-intro")}</p>
            <ul data-privacy="scenario">{handed}</ul>
            <RequestCount />
        </OnDemand>
    }
}

/// "Since it started, this widget has sent no request": the page's resource entries since the
/// app mounted, leaving out the widget's own texts fetched when a reader opens a section
/// (`generated/…`, on its own site) and what the browser fetches by itself (initiator
/// `other`: the tab's icon). Read from the browser's resource timing every second.
#[component]
fn RequestCount() -> impl IntoView {
    let t = use_texts();
    let performance = window().performance();
    let start = performance.as_ref().map_or(0.0, |p| p.now());
    let own_texts = window()
        .location()
        .href()
        .ok()
        .and_then(|href| web_sys::Url::new_with_base("generated/", &href).ok())
        .map(|url| url.href())
        .unwrap_or_default();
    let count = move || {
        let Some(performance) = window().performance() else {
            return 0;
        };
        performance
            .get_entries_by_type("resource")
            .iter()
            .filter_map(|entry| entry.dyn_into::<web_sys::PerformanceResourceTiming>().ok())
            .filter(|entry| {
                entry.start_time() >= start
                    && entry.initiator_type() != "other"
                    && !entry.name().starts_with(&own_texts)
            })
            .count()
    };
    let sent = RwSignal::new(count());
    if let Ok(handle) = set_interval_with_handle(move || sent.set(count()), COUNT_EVERY) {
        on_cleanup(move || handle.clear());
    }
    let text = move || match sent.get() {
        0 => t.get("privacy-sent-none").to_owned(),
        n => t.fill("privacy-sent", &[("count", &n.to_string())]),
    };
    view! { <p class="empreinte-privacy-count" data-requests=move || sent.get().to_string()>{text}</p> }
}
