//! Protects the link: the widget starts from the page's query, says what it corrected, and
//! keeps the address in step with the reader's changes.

use wasm_bindgen_test::wasm_bindgen_test;

use super::page::{Page, query};

#[wasm_bindgen_test]
async fn a_link_sets_the_scenario_and_bad_values_get_a_visible_notice() {
    let page =
        Page::mount_at("?images=500&messages=3&lang=en&chat_model=<script>alert(1)</script>").await;
    let images = |p: &Page| p.input("input[inputmode=numeric][name=images]").value();
    assert_eq!(images(&page), "200");
    assert_eq!(page.input("input[type=range][name=messages]").value(), "3");
    assert_eq!(page.attr("main", "lang"), "en");
    let notices = page.find("[data-notices]");
    let text = notices.text_content().unwrap();
    assert!(text.contains("images") && text.contains("200"), "{text}");
    assert!(text.contains("chat_model"), "{text}");
    assert!(
        notices.query_selector("script").unwrap().is_none(),
        "markup is never injected"
    );
}

#[wasm_bindgen_test]
async fn moving_a_slider_rewrites_the_address() {
    let page = Page::mount().await;
    page.set_value("input[type=range][name=images]", "17", "input")
        .await;
    page.wait_for_change("", |_| {
        if query().contains("images=17") {
            query()
        } else {
            String::new()
        }
    })
    .await;
    assert!(
        query().contains("messages="),
        "every scenario value is written: {}",
        query()
    );
}
