use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::ui::texts::use_texts;

/// Where the panel's body is, beside the page (written by `make data`, see
/// `export::sources_html`).
fn body_url(lang: crate::i18n::Lang) -> String {
    format!("generated/sources-{}.html", lang.tag())
}

/// The panel's body: fetched the first time the panel opens.
#[derive(Clone, Debug, PartialEq)]
enum Body {
    Closed,
    Loading,
    Ready(String),
    Failed,
}

/// Sources and method: what is counted, why estimates differ, what a range means, our own
/// estimates with their reasoning, every source. The body is built natively from the data
/// files and fetched from the widget's own origin when a reader first opens the panel (the
/// offline worker keeps it), so the bibliography does not weigh on the first load.
#[component]
pub fn SourcesPanel() -> impl IntoView {
    let t = use_texts();
    let body = RwSignal::new(Body::Closed);
    let load = move || {
        body.set(Body::Loading);
        leptos::task::spawn_local(async move {
            let loaded = fetch_text(&body_url(t.lang())).await;
            body.try_set(loaded.map_or(Body::Failed, Body::Ready));
        });
    };
    let toggled = move |ev: leptos::ev::Event| {
        let open = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
        if open && matches!(body.get_untracked(), Body::Closed | Body::Failed) {
            load();
        }
    };
    let shown = move || match body.get() {
        Body::Closed => ().into_any(),
        Body::Loading => view! { <p role="status">{t.get("sources-loading")}</p> }.into_any(),
        Body::Ready(html) => {
            view! { <div class="empreinte-sources-body" inner_html=html></div> }.into_any()
        }
        Body::Failed => view! {
            <p role="alert">
                {t.get("sources-failed")}" "
                <button type="button" class="empreinte-link-button" on:click=move |_| load()>
                    {t.get("retry")}
                </button>
            </p>
        }
        .into_any(),
    };
    view! {
        <details class="empreinte-sources" on:toggle=toggled>
            <summary>{t.get("sources-title")}</summary>
            {shown}
        </details>
    }
}

/// The text at `url` (same origin), or `None` on a network error or an error status.
async fn fetch_text(url: &str) -> Option<String> {
    let response = JsFuture::from(window().fetch_with_str(url)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    let text = JsFuture::from(response.text().ok()?).await.ok()?;
    text.as_string()
}
