//! Protects the slider → model → figures → chart path.

use wasm_bindgen_test::wasm_bindgen_test;

use super::page::Page;

const IMAGES_RANGE: &str = "input[type=range][name=images]";
const IMAGES_NUMBER: &str = "input[inputmode=numeric][name=images]";
const ENERGY: &str = "[data-metric=energy]";

#[wasm_bindgen_test]
async fn moving_the_images_slider_updates_figure_chart_and_number_field() {
    let page = Page::mount().await;
    let central = page.attr(ENERGY, "data-central");
    let chart = page.find("[data-chart=energy] svg").outer_html();

    page.set_value(IMAGES_RANGE, "50", "input").await;

    let after = page
        .wait_for_change(&central, |p| p.attr(ENERGY, "data-central"))
        .await;
    assert!(after.parse::<f64>().unwrap() > central.parse::<f64>().unwrap());
    page.wait_for_change(&chart, |p| p.find("[data-chart=energy] svg").outer_html())
        .await;
    // The number field follows in its own update, which may come after the chart's.
    let field = page
        .wait_for_change("4", |p| p.input(IMAGES_NUMBER).value())
        .await;
    assert_eq!(field, "50");
}

#[wasm_bindgen_test]
async fn a_typed_count_beyond_the_maximum_is_clamped() {
    let page = Page::mount().await;
    page.set_value(IMAGES_NUMBER, "99999", "change").await;
    let max = page.input(IMAGES_RANGE).max();
    let before = page.input(IMAGES_RANGE).value();
    page.wait_for_change(&before, |p| p.input(IMAGES_RANGE).value())
        .await;
    assert_eq!(page.input(IMAGES_RANGE).value(), max);
    assert_eq!(
        page.input(IMAGES_NUMBER).value(),
        max,
        "the field shows the clamped count, not what was typed"
    );
    let note = page.find("#empreinte-images-note").text_content().unwrap();
    assert!(note.contains(&max), "the note names the bound: {note}");
}

#[wasm_bindgen_test]
async fn text_that_is_not_a_number_leaves_the_count_unchanged() {
    let page = Page::mount().await;
    let before = page.attr(ENERGY, "data-central");
    let count = page.input(IMAGES_NUMBER).value();
    page.set_value(IMAGES_NUMBER, "abc", "change").await;
    assert_eq!(page.attr(ENERGY, "data-central"), before);
    assert_eq!(
        page.input(IMAGES_NUMBER).value(),
        count,
        "the field shows the count again"
    );
    let note = page
        .wait_for_change("", |p| {
            p.find("#empreinte-images-note").text_content().unwrap()
        })
        .await;
    assert!(
        note.contains("conservée"),
        "a visible, translated note: {note}"
    );
    assert!(
        !page
            .find(ENERGY)
            .text_content()
            .unwrap_or_default()
            .contains("NaN")
    );
}

#[wasm_bindgen_test]
async fn moving_a_slider_updates_every_table_mirror_and_the_claim_rows() {
    let page = Page::mount().await;
    let scenario_row = |metric: &str| format!("table[data-table={metric}] tr[data-id=scenario]");
    let claim_row = "table[data-table=energy] tr[data-id=starter-pack-half-phone-charge]";
    let read = |p: &Page, selector: &str| p.attr(selector, "data-value");

    // The default scenario has other than 10 images, so the claim row must change.
    let claim_at_default = read(&page, claim_row);
    page.set_value(IMAGES_RANGE, "10", "input").await;
    let claim_at_10: f64 = page
        .wait_for_change(&claim_at_default, |p| read(p, claim_row))
        .await
        .parse()
        .unwrap();
    let before: Vec<String> = ["energy", "co2", "water"]
        .iter()
        .map(|m| read(&page, &scenario_row(m)))
        .collect();

    page.set_value(IMAGES_RANGE, "40", "input").await;

    for (metric, old) in ["energy", "co2", "water"].iter().zip(&before) {
        let new = page
            .wait_for_change(old, |p| read(p, &scenario_row(metric)))
            .await;
        assert!(
            new.parse::<f64>().unwrap() > old.parse::<f64>().unwrap(),
            "{metric}"
        );
    }
    let claim_at_40: f64 = read(&page, claim_row).parse().unwrap();
    assert!(
        (claim_at_40 / claim_at_10 - 4.0).abs() < 1e-9,
        "{claim_at_40} vs {claim_at_10}"
    );
    let bars = page
        .find("[data-chart=energy] svg")
        .query_selector_all("rect")
        .unwrap()
        .length();
    let rows = page
        .find("table[data-table=energy] tbody")
        .child_element_count();
    assert_eq!(bars, rows, "one bar per table row");
}

/// Every chart, each read with its tab chosen (only the shown chart is kept up to date).
async fn every_chart(page: &Page) -> String {
    let mut charts = Vec::new();
    for metric in ["energy", "co2", "water"] {
        page.dispatch(&page.find(&format!("[data-tab={metric}]")), "click")
            .await;
        let chart = page
            .find(&format!("[data-chart={metric}] svg"))
            .outer_html();
        charts.push(chart);
    }
    page.dispatch(&page.find("[data-tab=energy]"), "click")
        .await;
    charts.join("\n")
}

#[wasm_bindgen_test]
async fn charts_redrawn_move_by_move_match_charts_drawn_afresh() {
    let shown = |p: &Page| p.find("[data-chart=energy] svg").outer_html();
    let page = Page::mount().await;
    // Small steps redraw only the changed bars; 0 drops the claim rows and 150 brings them
    // back, which redraws whole charts. The hidden charts follow when their tab is chosen.
    for images in ["7", "8", "0", "150", "12"] {
        let before = shown(&page);
        page.set_value(IMAGES_RANGE, images, "input").await;
        page.wait_for_change(&before, shown).await;
    }
    let moved = every_chart(&page).await;
    drop(page);
    let fresh = Page::mount_at("?images=12").await;
    assert_eq!(moved, every_chart(&fresh).await);
}
