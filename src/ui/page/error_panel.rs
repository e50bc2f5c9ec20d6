//! What a reader sees if the widget panics: a short, translated message in place of the
//! widget, rather than a frozen or blank area in the host's article.
//!
//! A panic on wasm32 cannot unwind: the hook runs, then the instance traps (`unreachable`),
//! whether the profile says `panic = "abort"` or not. The reactive system may have been
//! mid-update, so the panel is built with plain DOM calls from inside the hook, never through
//! Leptos, and every DOM failure is ignored: a panic inside a panic hook would abort silently.

use std::panic::{self, PanicHookInfo};

use web_sys::Document;

use crate::i18n::Lang;

/// The widget's root (`ui::App`'s `<main>`), or an earlier panel after a second panic.
const ROOT: &str = ".empreinte";

/// Makes every later panic log to the console and show the error panel. Call once, before
/// mounting the widget.
///
/// A hook set earlier (a test harness's) still runs first. The hook cannot be taken back once
/// a panic has trapped: std then counts the thread as panicking for good.
pub fn install_panic_hook() {
    let earlier = panic::take_hook();
    panic::set_hook(Box::new(move |info| {
        earlier(info);
        on_panic(info);
    }));
}

fn on_panic(info: &PanicHookInfo) {
    // On wasm32-unknown-unknown std's own hook writes to a stderr nobody sees.
    web_sys::console::error_1(&info.to_string().into());
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        show(&document);
    }
}

/// Puts the panel in place of the widget, in the widget's language; into `<body>` if the
/// widget never mounted.
fn show(document: &Document) {
    let root = document.query_selector(ROOT).ok().flatten();
    let lang = root
        .as_ref()
        .and_then(|r| r.get_attribute("lang"))
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or_default();
    let Ok(panel) = document.create_element("div") else {
        return;
    };
    panel.set_class_name("empreinte empreinte-error");
    let _ = panel.set_attribute("role", "alert");
    let _ = panel.set_attribute("lang", lang.tag());
    panel.set_text_content(Some(lang.strings().get("error_panel")));
    let _ = match (root, document.body()) {
        (Some(root), _) => root.replace_with_with_node_1(&panel),
        (None, Some(body)) => body.append_child(&panel).map(drop),
        (None, None) => Ok(()),
    };
}
