//! Component tests in headless Chromium (`make test-browser`): the widget mounted in a real
//! page, driven through its DOM.
#![cfg(target_arch = "wasm32")]

mod browser {
    mod controls;
    mod decimal;
    pub mod page;
    mod panic_panel;
    mod sliders;
    mod url;
}

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
