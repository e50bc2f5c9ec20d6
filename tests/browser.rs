//! Component tests in headless Chromium (`make test-browser`): the widget mounted in a real
//! page, driven through its DOM.
#![cfg(target_arch = "wasm32")]

mod browser {
    pub mod page;
    mod panic_panel;
    mod sliders;
}

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
