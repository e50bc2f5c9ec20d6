// The widget as most readers meet it: inside an article's iframe, on a phone first, then
// wider. At 320, 390, 768 and 1280 px, in the README's snippet (system light, then system
// dark: the widget must stay light and opaque), and with `theme=dark`, every panel closed
// and then open:
// - axe-core finds no WCAG 2.0/2.1/2.2 A or AA violation;
// - the iframe is exactly the widget's height (no inner scrollbar), nothing overflows sideways;
// - the answer comes first (390 px: the energy figure within 400 px of the iframe's top, the
//   first chart within 1,270 px, the whole widget, closed, within 3¼ screens: 3 until the
//   sensitivity section, the card's weakest-point sentence and the evidence legend came);
// - chart text renders at 12 CSS px or more.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { serve } from "./support/server.mjs";
import { launch, TIMEOUT } from "./support/browser.mjs";

const HOST = fileURLToPath(new URL("./host/", import.meta.url));
const AXE = fileURLToPath(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url));
const SNIPPET = "images=4&messages=10&embed=1";
const WIDTHS = [320, 390, 768, 1280];
const MODES = [
  { name: "snippet, system light", query: SNIPPET, scheme: "light", background: "rgb(255, 255, 255)" },
  { name: "snippet, system dark", query: SNIPPET, scheme: "dark", background: "rgb(255, 255, 255)" },
  { name: "theme=dark", query: `${SNIPPET}&theme=dark`, scheme: "light", background: "rgb(20, 24, 31)" },
];

let widget;
let host;
let context;
let axe;

before(async () => {
  widget = await serve();
  host = await serve(HOST);
  // axe is injected into the widget's page, whose CSP allows no script but its own.
  context = await launch({ bypassCSP: true });
  axe = await readFile(AXE, "utf8");
});

after(async () => {
  await context?.close();
  await widget?.close();
  await host?.close();
});

/** The article at `width` × 844 with the widget's iframe loaded and fitted. */
async function open(width, mode) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 844 });
  await page.emulateMedia({ colorScheme: mode.scheme });
  const address = `${host.url}article.html?widget=${encodeURIComponent(widget.url)}&query=${encodeURIComponent(mode.query)}`;
  await page.goto(address, { timeout: TIMEOUT });
  const frame = page.frames()[1] ?? (await page.waitForEvent("frameattached"));
  await frame.locator("[data-chart=energy] svg rect").first().waitFor({ timeout: TIMEOUT });
  await fitted(page, frame);
  return { page, frame };
}

/** Waits until the iframe's height equals the widget document's height, and stays so. */
async function fitted(page, frame) {
  let last = -1;
  for (let i = 0; i < 50; i++) {
    const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const iframe = await page.evaluate(() => document.querySelector("iframe").getBoundingClientRect().height);
    if (Math.abs(iframe - content) <= 1 && content === last) return content;
    last = content;
    await page.waitForTimeout(100);
  }
  assert.fail("the iframe never settled at the widget's height");
}

/** Opens every closed part: details, the figures tables, the claims list. */
async function openEverything(frame) {
  await frame.evaluate(() => {
    for (const d of document.querySelectorAll("details")) d.open = true;
    for (const b of document.querySelectorAll('button[data-action="table"][aria-expanded="false"]')) b.click();
  });
  // The sources panel's body arrives on demand.
  if (await frame.locator("details.empreinte-sources").count()) {
    await frame.locator("[data-source]").first().waitFor({ timeout: TIMEOUT });
  }
  if (await frame.locator("details.empreinte-privacy").count()) {
    await frame.locator("[data-statement]").first().waitFor({ timeout: TIMEOUT });
  }
}

async function audit(frame, label) {
  await frame.evaluate(axe);
  const violations = await frame.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0].target.join(" ")} ${v.nodes[0].failureSummary}`);
  });
  assert.deepEqual(violations, [], label);
}

/** Sizes that must hold whatever is open. */
async function fits(page, frame, label) {
  const height = await fitted(page, frame);
  const inner = await frame.evaluate(() => ({
    scroll: document.documentElement.scrollHeight,
    view: window.innerHeight,
    wide: document.documentElement.scrollWidth,
    width: document.documentElement.clientWidth,
  }));
  assert.ok(inner.scroll <= inner.view + 1, `${label}: the iframe scrolls (${inner.scroll} > ${inner.view})`);
  assert.ok(inner.wide <= inner.width, `${label}: the widget overflows sideways (${inner.wide} > ${inner.width})`);
  const outer = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  assert.ok(outer[0] <= outer[1], `${label}: the article overflows sideways`);
  return height;
}

/** The smallest rendered font size of the visible chart's text, in CSS px. */
function smallestChartText(frame) {
  return frame.evaluate(() => {
    let smallest = Infinity;
    for (const svg of document.querySelectorAll("[data-chart] svg")) {
      const box = svg.getBoundingClientRect();
      if (box.width === 0) continue;
      const scale = box.width / svg.width.baseVal.value;
      for (const text of svg.querySelectorAll("text")) {
        smallest = Math.min(smallest, parseFloat(getComputedStyle(text).fontSize) * scale);
      }
    }
    return smallest;
  });
}

for (const mode of MODES) {
  for (const width of WIDTHS) {
    test(`${width} px, ${mode.name}: readable, fitted, accessible, closed and open`, async () => {
      const { page, frame } = await open(width, mode);
      const label = `${width} px, ${mode.name}`;
      const background = await frame.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      assert.equal(background, mode.background, `${label}: the widget paints its own background`);
      const closed = await fits(page, frame, label);
      assert.ok((await smallestChartText(frame)) >= 12, `${label}: chart text under 12 px`);
      if (width === 390) {
        const top = (selector) => frame.evaluate((s) => document.querySelector(s).getBoundingClientRect().top, selector);
        assert.ok((await top('[data-metric="energy"]')) <= 400, "the energy figure within 400 px");
        assert.ok((await top("[data-chart=energy] svg")) <= 1270, "the first chart within 1,270 px");
        assert.ok(closed <= 3.25 * 844, `at most 3¼ screens: ${closed} px`);
      }
      await audit(frame, `${label}, closed`);

      await openEverything(frame);
      const tabs = width === 320 || width === 1280 ? ["energy", "co2", "water"] : ["energy"];
      for (const tab of tabs) {
        await frame.click(`[data-tab=${tab}]`);
        await frame.locator(`[data-chart=${tab}] svg`).waitFor({ timeout: TIMEOUT });
        const opened = await fits(page, frame, `${label}, open, ${tab}`);
        assert.ok(opened > closed, "opening the panels makes the iframe taller");
        assert.ok((await smallestChartText(frame)) >= 12, `${label}, ${tab}: chart text under 12 px`);
        await audit(frame, `${label}, open, ${tab}`);
      }
      await page.close();
    });
  }
}

test("the tabs follow the keyboard, the sources are one click away, and a link setting a model opens the refine section", async () => {
  const page = await context.newPage();
  await page.goto(`${widget.url}?image_model=sdxl`, { timeout: TIMEOUT });
  await page.locator("[data-chart=energy] svg rect").first().waitFor({ timeout: TIMEOUT });
  assert.equal(await page.evaluate(() => document.querySelector("details.empreinte-refine").open), true);
  assert.equal(await page.evaluate(() => document.querySelector("details.empreinte-advanced").open), false);
  await page.focus("[data-tab=energy]");
  await page.keyboard.press("ArrowRight");
  assert.equal(await page.getAttribute("[data-tab=co2]", "aria-selected"), "true");
  assert.equal(await page.evaluate(() => document.activeElement.dataset.tab), "co2");
  assert.equal(await page.isVisible("[data-chart=co2] svg"), true);
  assert.equal(await page.isVisible("[data-chart=energy] svg"), false);
  await page.keyboard.press("End");
  assert.equal(await page.getAttribute("[data-tab=water]", "aria-selected"), "true");
  await page.keyboard.press("ArrowRight");
  assert.equal(await page.getAttribute("[data-tab=energy]", "aria-selected"), "true");

  // Each figure's sources are one click away.
  await page.click("button[data-action=sources]");
  assert.equal(await page.evaluate(() => document.querySelector("details.empreinte-sources").open), true);
  assert.equal(await page.evaluate(() => document.activeElement.closest("details")?.className), "empreinte-sources");

  const plain = await context.newPage();
  await plain.goto(`${widget.url}?images=2`, { timeout: TIMEOUT });
  await plain.locator("[data-chart=energy] svg rect").first().waitFor({ timeout: TIMEOUT });
  assert.equal(await plain.evaluate(() => document.querySelector("details.empreinte-refine").open), false);
  await page.close();
  await plain.close();
});

test("hide, accent and transparent do what an editor asks, and say so when they cannot", async () => {
  const page = await context.newPage();
  await page.goto(`${widget.url}?embed=1&transparent=1&hide=title,share,sources,nope&accent=%23123456`, {
    timeout: TIMEOUT,
  });
  await page.locator("[data-chart=energy] svg rect").first().waitFor({ timeout: TIMEOUT });
  assert.equal(await page.locator(".empreinte-title").count(), 0);
  assert.equal(await page.locator("details.empreinte-share").count(), 0);
  assert.equal(await page.locator("details.empreinte-sources").count(), 0);
  assert.equal(await page.locator(".empreinte-claims").count(), 1, "not hidden");
  assert.match(await page.textContent("[data-notice=hide]"), /nope/);
  const look = await page.evaluate(() => ({
    page: getComputedStyle(document.documentElement).backgroundColor,
    widget: getComputedStyle(document.querySelector(".empreinte")).backgroundColor,
    accent: getComputedStyle(document.querySelector(".empreinte-headline-value")).color,
  }));
  assert.deepEqual(look, { page: "rgba(0, 0, 0, 0)", widget: "rgba(0, 0, 0, 0)", accent: "rgb(18, 52, 86)" });

  // A pale yellow cannot colour text on white: refused, with its contrast.
  await page.goto(`${widget.url}?embed=1&accent=ffff99`, { timeout: TIMEOUT });
  await page.locator("[data-chart=energy] svg rect").first().waitFor({ timeout: TIMEOUT });
  assert.match(await page.textContent("[data-notice=accent]"), /\((1|1,0)\s:\s1,/);
  const accent = await page.evaluate(() => getComputedStyle(document.querySelector(".empreinte-headline-value")).color);
  assert.equal(accent, "rgb(11, 110, 79)", "the default accent stays");
  await page.close();
});

test("at 320 px every choice's name fits its closed select, in both languages", async () => {
  for (const lang of ["fr", "en"]) {
    const { page, frame } = await open(320, { ...MODES[0], query: `${SNIPPET}&lang=${lang}` });
    await openEverything(frame);
    const cut = await frame.evaluate(() => {
      const canvas = document.createElement("canvas").getContext("2d");
      const out = [];
      for (const select of document.querySelectorAll("select")) {
        const style = getComputedStyle(select);
        canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        // The text's room: the box less its padding and the arrow (about 20 px in Chromium).
        const room =
          select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
        for (const option of select.options) {
          const width = canvas.measureText(option.text).width;
          if (width > room) out.push(`${select.name}: "${option.text}" ${Math.round(width)} > ${Math.round(room)} px`);
        }
      }
      return out;
    });
    assert.deepEqual(cut, [], `${lang}: names cut off`);
    await page.close();
  }
});
