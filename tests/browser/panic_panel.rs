//! Protects what a reader sees after a panic: the hook runs before the wasm traps and puts the
//! translated error panel where the widget was.

use std::cell::RefCell;
use std::rc::Rc;

use empreinte::i18n::Lang;
use empreinte::ui::error_panel::install_panic_hook;
use leptos::prelude::document;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::js_sys::{Promise, WebAssembly};

use super::page::Page;

fn panel_text(_: &Page) -> String {
    document()
        .query_selector(".empreinte-error[role=alert]")
        .unwrap()
        .and_then(|panel| panel.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn a_panic_replaces_the_widget_with_the_translated_error_panel() {
    let page = Page::mount().await;
    assert_eq!(page.attr("main.empreinte", "lang"), "fr");

    // A panic in a callback from JavaScript, as in an event handler: the hook runs, then the
    // trap rejects the promise. The hook stays for the rest of this test binary (see
    // `install_panic_hook`); it keeps the harness's own hook running first.
    install_panic_hook();
    let trap = Rc::new(RefCell::new(JsValue::UNDEFINED));
    let panics = Closure::once(|_: JsValue| panic!("a panic for the test"));
    let record = Closure::once({
        let trap = trap.clone();
        move |error: JsValue| *trap.borrow_mut() = error
    });
    let _ = Promise::resolve(&JsValue::NULL)
        .then(&panics)
        .catch(&record);
    let shown = page.wait_for_change("", panel_text).await;

    assert_eq!(shown, Lang::Fr.strings().get("error_panel"));
    assert!(
        document()
            .query_selector("main.empreinte")
            .unwrap()
            .is_none(),
        "the broken widget is still on the page"
    );
    page.wait_for_change("true", |_| trap.borrow().is_undefined().to_string())
        .await;
    assert!(
        trap.borrow().is_instance_of::<WebAssembly::RuntimeError>(),
        "the panic did not end in a wasm trap: {:?}",
        trap.borrow()
    );
}
