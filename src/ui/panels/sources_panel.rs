use leptos::prelude::*;

use super::on_demand::OnDemand;
use crate::ui::texts::use_texts;

/// Sources and method: what is counted, why estimates differ, what a range means, our own
/// estimates with their reasoning, every source (`export::sources_html`), fetched when a
/// reader first opens it.
#[component]
pub fn SourcesPanel() -> impl IntoView {
    let t = use_texts();
    view! {
        <OnDemand class="empreinte-sources" name="sources" summary=t.get("sources-title").to_owned()>
            ""
        </OnDemand>
    }
}
