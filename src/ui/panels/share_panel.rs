use leptos::prelude::*;

use crate::export::{embed_code, figures_csv, figures_json, snippet_url};
use crate::format::day_month_year;
use crate::model::Footprint;
use crate::ui::page::download::{copy, download};
use crate::ui::texts::use_texts;
use crate::url::{UrlState, to_query};

/// Sharing, embedding and export: a link to this scenario, the iframe code for an article
/// (with a live preview on demand), the figures as CSV or JSON, and a citation line.
#[component]
pub fn SharePanel(state: Memo<UrlState>, footprint: Signal<Footprint>) -> impl IntoView {
    let t = use_texts();
    let location = window().location();
    let base = format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    );
    // The address of this scenario, for reading (`embed` off) or for an article (`embed` on).
    let address = {
        let base = base.clone();
        move |embed: bool| {
            let query = state.with(|s| to_query(&UrlState { embed, ..s.clone() }));
            format!("{base}?{query}")
        }
    };
    let link = {
        let address = address.clone();
        move || address(false)
    };
    let embed_url = move || address(true);
    let snippet_url = snippet_url(&base);
    let code = {
        let embed_url = embed_url.clone();
        move || embed_code(&embed_url(), &snippet_url, t.get("title"))
    };
    // What the last copy did: nothing yet, copied, or refused by the browser.
    let copied = RwSignal::new(None::<bool>);
    let preview = RwSignal::new(false);
    let today = js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default();
    let cite = {
        let link = link.clone();
        move || {
            t.fill(
                "cite-line",
                &[
                    ("title", t.get("title-in-quotes")),
                    ("version", env!("CARGO_PKG_VERSION")),
                    (
                        "date",
                        &day_month_year(today.get(..10).unwrap_or(""), t.lang()),
                    ),
                    ("url", &link()),
                ],
            )
        }
    };

    // Cleared first, so that a second copy is announced again.
    let copy_text = move |text: String| {
        copied.set(None);
        copy(&text, move |ok| {
            copied.try_set(Some(ok));
        });
    };
    let copy_link = {
        let link = link.clone();
        move |_| copy_text(link())
    };
    let copy_code = {
        let code = code.clone();
        move |_| copy_text(code())
    };
    let per = move || state.with(|s| s.scenario.per);
    let csv = move |_| {
        let text = footprint.with(|f| figures_csv(f, per()));
        download("empreinte.csv", "text/csv", &text);
    };
    let json = move |_| {
        let query = state.with(to_query);
        download(
            "empreinte.json",
            "application/json",
            &footprint.with(|f| figures_json(f, per(), &query)),
        );
    };

    view! {
        <details class="empreinte-share">
            <summary>{t.get("share-title")}</summary>
            <div class="empreinte-buttons">
                <button type="button" data-action="copy-link" on:click=copy_link>{t.get("copy-link")}</button>
                <button type="button" data-action="csv" on:click=csv>{t.get("download-csv")}</button>
                <button type="button" data-action="json" on:click=json>{t.get("download-json")}</button>
            </div>
            <label for="empreinte-embed-code">{t.get("embed-code")}</label>
            <textarea id="empreinte-embed-code" readonly rows="4" prop:value=code.clone()></textarea>
            <div class="empreinte-buttons">
                <button type="button" data-action="copy-embed" on:click=copy_code>{t.get("copy-embed")}</button>
                <button type="button" data-action="preview" aria-pressed=move || preview.get().to_string()
                    on:click=move |_| preview.update(|p| *p = !*p)>{t.get("preview")}</button>
            </div>
            // The scenario as it was when the preview opened: following every slider move
            // reloaded the whole widget in it each time. Closing and opening it again updates it.
            <Show when=move || preview.get()>
                <iframe referrerpolicy="no-referrer" class="empreinte-preview"
                    src=untrack(embed_url.clone()) title=t.get("preview")></iframe>
            </Show>
            <p class="empreinte-citation"><span>{t.get("cite")}</span>" "<span data-citation="">{cite}</span></p>
            <p class="empreinte-copy-status" aria-live="polite" data-copy-status="">
                {move || copied.get().map(|ok| t.get(if ok { "copied" } else { "copy-failed" }))}
            </p>
        </details>
    }
}
