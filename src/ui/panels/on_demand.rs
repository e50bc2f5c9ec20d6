use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::ui::texts::use_texts;

/// A panel's body fetched the first time the panel opens.
#[derive(Clone, Debug, PartialEq)]
enum Body {
    Closed,
    Loading,
    Ready(String),
    Failed,
}

/// A closed `<details>` whose body is HTML written by `make data` beside the page
/// (`generated/<name>-<lang>.html`, built natively from the data files): fetched from the
/// widget's own origin when a reader first opens it (the offline worker keeps it), so texts
/// few readers open do not weigh on the first load. Says so, with a retry, if it cannot load.
/// `children` come before the fetched body.
#[component]
pub fn OnDemand(
    /// The `<details>` class, also the panel's name.
    class: &'static str,
    /// The generated file's stem, e.g. `sources`.
    name: &'static str,
    summary: String,
    children: Children,
) -> impl IntoView {
    let t = use_texts();
    let body = RwSignal::new(Body::Closed);
    let url = format!("generated/{name}-{}.html", t.lang().tag());
    let load = move || {
        body.set(Body::Loading);
        let url = url.clone();
        leptos::task::spawn_local(async move {
            let loaded = fetch_text(&url).await;
            body.try_set(loaded.map_or(Body::Failed, Body::Ready));
        });
    };
    let load = StoredValue::new(load);
    let toggled = move |ev: leptos::ev::Event| {
        let open = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
        if open && matches!(body.get_untracked(), Body::Closed | Body::Failed) {
            load.with_value(|load| load());
        }
    };
    let shown = move || match body.get() {
        Body::Closed => ().into_any(),
        Body::Loading => view! { <p role="status">{t.get("panel-loading")}</p> }.into_any(),
        Body::Ready(html) => {
            view! { <div class="empreinte-panel-body" inner_html=html></div> }.into_any()
        }
        Body::Failed => view! {
            <p role="alert">
                {t.get("panel-failed")}" "
                <button type="button" class="empreinte-link-button"
                    on:click=move |_| load.with_value(|load| load())>
                    {t.get("retry")}
                </button>
            </p>
        }
        .into_any(),
    };
    view! {
        <details class=class on:toggle=toggled>
            <summary>{summary}</summary>
            {children()}
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
