//! Protects the slider → model → figures → chart path.

use wasm_bindgen_test::wasm_bindgen_test;

use super::page::Page;

const IMAGES_RANGE: &str = "input[type=range][name=images]";
const IMAGES_NUMBER: &str = "input[type=number][name=images]";
const ENERGY: &str = "[data-metric=energy]";

#[wasm_bindgen_test]
async fn moving_the_images_slider_updates_figure_chart_and_number_field() {
    let page = Page::mount();
    let central = page.attr(ENERGY, "data-central");
    let chart = page.find("[data-chart=energy] svg").outer_html();

    page.set_value(IMAGES_RANGE, "50", "input").await;

    let after = page
        .wait_for_change(&central, |p| p.attr(ENERGY, "data-central"))
        .await;
    assert!(after.parse::<f64>().unwrap() > central.parse::<f64>().unwrap());
    page.wait_for_change(&chart, |p| p.find("[data-chart=energy] svg").outer_html())
        .await;
    assert_eq!(page.input(IMAGES_NUMBER).value(), "50");
}

#[wasm_bindgen_test]
async fn a_typed_count_beyond_the_maximum_is_clamped() {
    let page = Page::mount();
    page.set_value(IMAGES_NUMBER, "99999", "change").await;
    let max = page.input(IMAGES_RANGE).max();
    page.wait_for_change("99999", |p| p.input(IMAGES_NUMBER).value())
        .await;
    assert_eq!(page.input(IMAGES_NUMBER).value(), max);
    assert_eq!(page.input(IMAGES_RANGE).value(), max);
}

#[wasm_bindgen_test]
async fn text_that_is_not_a_number_leaves_the_count_unchanged() {
    let page = Page::mount();
    let before = page.attr(ENERGY, "data-central");
    page.set_value(IMAGES_NUMBER, "abc", "change").await;
    assert_eq!(page.attr(ENERGY, "data-central"), before);
    assert!(
        !page
            .find(ENERGY)
            .text_content()
            .unwrap_or_default()
            .contains("NaN")
    );
}
