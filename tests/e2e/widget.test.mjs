// The built widget (dist/) end to end: it loads, a reader moves a slider, the chart follows.
import { test } from "node:test";
import assert from "node:assert/strict";
import { TIMEOUT } from "./support/browser.mjs";
import { useWidget } from "./support/fixture.mjs";

const widget = useWidget();

async function openWidget() {
  const page = await widget.context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(widget.server.url, { timeout: TIMEOUT });
  await page.waitForSelector("[data-chart=energy] svg rect", { timeout: TIMEOUT });
  return { page, errors };
}

test("the built widget renders its figure and chart without errors", async () => {
  const { page, errors } = await openWidget();
  const central = Number(await page.getAttribute("[data-metric=energy]", "data-central"));
  assert.ok(Number.isFinite(central) && central > 0, `energy central is ${central}`);
  assert.equal(await page.getAttribute("html", "lang"), "fr");
  assert.deepEqual(errors, []);
  await page.close();
});

test("moving the images slider with the keyboard changes the figure and the chart", async () => {
  const { page } = await openWidget();
  const slider = page.locator("input[type=range][name=images]");
  const before = {
    value: await slider.inputValue(),
    central: await page.getAttribute("[data-metric=energy]", "data-central"),
    chart: await page.innerHTML("[data-chart=energy] svg"),
  };
  await slider.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");

  assert.equal(Number(await slider.inputValue()), Number(before.value) + 5);
  await page.waitForFunction(
    (old) => document.querySelector("[data-metric=energy]").dataset.central !== old,
    before.central,
    { timeout: TIMEOUT },
  );
  const after = await page.innerHTML("[data-chart=energy] svg");
  assert.notEqual(after, before.chart, "the chart did not change");
  assert.equal(await page.inputValue("input[inputmode=numeric][name=images]"), String(Number(before.value) + 5));
  await page.close();
});
