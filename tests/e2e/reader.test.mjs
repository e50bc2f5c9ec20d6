// The reader's experience in the built widget: language, presets and reset, the spoken
// summary, small screens.
import { test } from "node:test";
import assert from "node:assert/strict";
import { TIMEOUT, launch } from "./support/browser.mjs";
import { useWidget } from "./support/fixture.mjs";

const widget = useWidget();

async function open(query = "", viewport) {
  const page = await widget.context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  await page.goto(widget.server.url + query, { timeout: TIMEOUT });
  await page.waitForSelector("[data-chart=energy] svg rect", { timeout: TIMEOUT });
  return page;
}

test("switching to English translates the page and writes numbers the English way", async () => {
  const page = await open("?images=12");
  const energy = await page.getAttribute("[data-metric=energy]", "data-central");
  assert.match(await page.textContent("h1"), /starter pack/);
  await page.selectOption("select[name=lang]", "en");
  await page.waitForFunction(() => document.documentElement.lang === "en", null, { timeout: TIMEOUT });
  assert.match(await page.textContent("h1"), /footprint/);
  assert.equal(await page.getAttribute("[data-metric=energy]", "data-central"), energy);
  const co2 = await page.textContent("[data-metric=co2]");
  assert.match(co2, /\d\.\d/, `English decimal point in ${co2}`);
  await page.close();
});

test("a preset sets the controls and reset brings the starter pack back", async () => {
  const page = await open();
  await page.click("details.empreinte-refine > summary");
  await page.selectOption("select[name=preset]", "month");
  await page.waitForFunction(
    () => document.querySelector("input[inputmode=numeric][name=images]").value === "60",
    null,
    { timeout: TIMEOUT },
  );
  assert.equal(await page.inputValue("input[inputmode=numeric][name=messages]"), "600");
  await page.click("button.empreinte-reset");
  await page.waitForFunction(
    () => document.querySelector("input[inputmode=numeric][name=images]").value === "4",
    null,
    { timeout: TIMEOUT },
  );
  assert.equal(await page.inputValue("select[name=preset]"), "starter-pack");
  await page.close();
});

test("the live summary sentence follows the reader", async () => {
  const page = await open();
  assert.equal(await page.getAttribute("[data-summary]", "aria-live"), "polite");
  await page.waitForTimeout(1000);
  // Empty at first: the card above already shows the figures to a reader browsing the page.
  assert.equal(await page.textContent("[data-summary]"), "");
  const before = "";
  await page.locator("input[type=range][name=messages]").focus();
  await page.keyboard.press("End");
  await page.waitForFunction((old) => document.querySelector("[data-summary]").textContent !== old, before, {
    timeout: TIMEOUT,
  });
  assert.equal(await page.inputValue("input[inputmode=numeric][name=messages]"), "1\u202F000");

  // A 40-step drag is spoken once the reader pauses, not step by step.
  await page.evaluate(() => {
    window.spoken = 0;
    new MutationObserver(() => window.spoken++).observe(document.querySelector("[data-summary]"), {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  const said = await page.textContent("[data-summary]");
  await page.locator("input[type=range][name=images]").focus();
  for (let i = 0; i < 40; i++) await page.keyboard.press("ArrowRight");
  await page.waitForTimeout(1500);
  const spoken = await page.evaluate(() => window.spoken);
  assert.ok(spoken >= 1 && spoken <= 2, `${spoken} live-region updates for one drag`);
  assert.notEqual(await page.textContent("[data-summary]"), said, "the new figures are spoken");
  await page.close();
});

test("at 320 px wide nothing scrolls sideways", async () => {
  const page = await open("?images=200&messages=1000", { width: 320, height: 640 });
  const overflow = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  assert.ok(overflow.scroll <= overflow.client, `scrollWidth ${overflow.scroll} > ${overflow.client}`);
  await page.close();
});

test("the crowd's count moves by orders of magnitude and is written with grouped digits", async () => {
  const page = await open("?people=68000000");
  const field = page.locator("input[inputmode=numeric][name=people]");
  const slider = page.locator("input[type=range][name=people]");
  assert.equal(await field.inputValue(), "68\u202F000\u202F000");
  assert.equal(await slider.getAttribute("aria-valuetext"), "68\u202F000\u202F000");
  // 1, 2, 5, 10… : from 1 to 100 million in 25 steps, so 1,000 is 9 presses away.
  await slider.focus();
  await page.keyboard.press("Home");
  for (let i = 0; i < 9; i++) await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => new URL(location).searchParams.get("people") === "1000", null, { timeout: TIMEOUT });
  assert.equal(await field.inputValue(), "1\u202F000");
  // Typed with an ordinary space, as readers type it.
  await field.fill("2 500 000");
  await field.press("Enter");
  await page.waitForFunction(() => new URL(location).searchParams.get("people") === "2500000", null, { timeout: TIMEOUT });
  assert.equal(await field.inputValue(), "2\u202F500\u202F000");
  assert.equal(await slider.inputValue(), String(6 * 3 + 1), "the slider sits at the stop below, 2 million");
  await page.selectOption("select[name=lang]", "en");
  await page.waitForFunction(() => document.documentElement.lang === "en", null, { timeout: TIMEOUT });
  const en = page.locator("input[inputmode=numeric][name=people]");
  assert.equal(await en.inputValue(), "2,500,000");
  await en.fill("3,000");
  await en.press("Enter");
  await page.waitForFunction(() => new URL(location).searchParams.get("people") === "3000", null, { timeout: TIMEOUT });
  await page.close();
});

test("the sources and method come when a reader opens them, once, from the widget's own origin", async () => {
  const page = await open("?lang=en");
  const asked = [];
  page.on("request", (request) => asked.push(new URL(request.url()).pathname));
  assert.equal(await page.locator("[data-source]").count(), 0, "not in the first load");
  await page.click("details.empreinte-sources > summary");
  await page.locator("[data-source=epoch-2025]").waitFor({ timeout: TIMEOUT });
  assert.deepEqual(asked, ["/generated/sources-en.html"]);
  assert.ok((await page.locator("[data-estimate]").count()) > 20, "our own estimates");
  assert.match(await page.textContent("[data-source=epoch-2025]"), /Epoch AI/);
  // Closed and opened again: nothing more to fetch.
  await page.click("details.empreinte-sources > summary");
  await page.click("details.empreinte-sources > summary");
  assert.deepEqual(asked, ["/generated/sources-en.html"]);
  await page.close();
});

test("sources that cannot be fetched say so and offer to try again", async () => {
  // No offline worker here (it would answer from its cache): the network itself fails.
  const context = await launch({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto(widget.server.url, { timeout: TIMEOUT });
  await page.waitForSelector("[data-chart=energy] svg rect", { timeout: TIMEOUT });
  await page.route("**/generated/**", (route) => route.abort());
  await page.click("details.empreinte-sources > summary");
  await page.locator(".empreinte-sources [role=alert]").waitFor({ timeout: TIMEOUT });
  await page.unroute("**/generated/**");
  await page.click(".empreinte-sources [role=alert] button");
  await page.locator("[data-source]").first().waitFor({ timeout: TIMEOUT });
  assert.equal(await page.locator(".empreinte-sources [role=alert]").count(), 0);
  await context.close();
});

test("a typed value beyond the range shows the clamped value, even when it was already in use", async () => {
  const page = await open("?lang=en&tokens=8000&pue=3");
  await page.evaluate(() => {
    for (const d of document.querySelectorAll("details.empreinte-refine, details.empreinte-refine details")) d.open = true;
  });
  const tokens = page.locator("input[inputmode=numeric][name=tokens]");
  const max = await page.getAttribute("input[type=range][name=tokens]", "max");
  for (let i = 0; i < 2; i++) {
    await tokens.fill("99999");
    await tokens.press("Enter");
    await page.waitForFunction((v) => document.querySelector("input[inputmode=numeric][name=tokens]").value === v,
      Number(max).toLocaleString("en"), { timeout: TIMEOUT });
  }
  const pue = page.locator("input[name=pue]");
  assert.equal(await pue.inputValue(), "3");
  await pue.fill("99999");
  await pue.press("Enter");
  await page.waitForFunction(() => document.querySelector("input[name=pue]").value === "3", null, { timeout: TIMEOUT });
  assert.match(await page.textContent("#empreinte-pue-note"), /3/);
  await page.close();
});

test("rewriting the address keeps its fragment", async () => {
  const page = await open("?images=3#chiffres");
  await page.locator("input[type=range][name=images]").focus();
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction(() => new URL(location).searchParams.get("images") === "4", null, { timeout: TIMEOUT });
  assert.equal(await page.evaluate(() => location.hash), "#chiffres");
  await page.close();
});
