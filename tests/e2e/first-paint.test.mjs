// The page before the app: the default scenario's results in the HTML (the same figures the
// app computes), a loading line, and a message with a reload button when the app cannot start
// or takes too long; a link asking for other figures never shows the default ones as its own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { TIMEOUT, launch } from "./support/browser.mjs";
import { DIST } from "./support/server.mjs";
import { useWidget } from "./support/fixture.mjs";

const widget = useWidget();
const STATUS = "[data-boot-status]";

/** A page whose wasm is answered by `respond` (a Playwright route handler). */
async function withWasm(context, respond, query = "") {
  const page = await context.newPage();
  await page.route("**/*.wasm", respond);
  await page.goto(widget.server.url + query, { timeout: TIMEOUT });
  return page;
}

test("the HTML alone shows the default figures, the same as the app's, and the app takes over", async () => {
  const html = await readFile(join(DIST, "index.html"), "utf8");
  const page = await widget.context.newPage();
  await page.setContent(html.replace(/<script[\s\S]*?<\/script>/g, ""));
  const painted = await page.$$eval("[data-boot-metric]", (ps) => ps.map((p) => [p.dataset.bootMetric, p.textContent]));
  assert.equal(painted.length, 3);
  const cells = (table) => [...table.tBodies[0].rows].map((r) => [...r.cells].map((c) => c.textContent));
  const paintedTable = await page.$eval("[data-boot] table", cells);
  const paintedTakeaway = await page.textContent("[data-boot] figcaption");
  assert.ok(paintedTable.length >= 10, "the energy table has its rows");
  await page.goto(widget.server.url, { timeout: TIMEOUT });
  await page.waitForSelector("[data-chart=energy] svg rect", { timeout: TIMEOUT });
  for (const [metric, text] of painted) {
    assert.equal(await page.textContent(`[data-metric=${metric}]`), text, `${metric}: first paint and app agree`);
  }
  assert.deepEqual(await page.$eval("table[data-table=energy]", cells), paintedTable, "the same energy table");
  assert.equal(await page.textContent("[data-chart=energy] figcaption"), paintedTakeaway);
  assert.equal(await page.locator("[data-boot]").count(), 0, "the first paint is gone");
  assert.equal(await page.locator("main.empreinte").count(), 1);
  // The app arrives in place of the first paint: nothing moves (the page's styles apply
  // from the first byte).
  const shift = await page.evaluate(
    () =>
      new Promise((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value;
        }).observe({ type: "layout-shift", buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );
  assert.ok(shift <= 0.001, `layout shift ${shift}`);
  await page.close();
});

/** Records, at every frame from the page's start, what a reader would see: the first paint,
 * the app (its frame not hidden), and the images fields' values. */
function recordFrames() {
  const frames = (window.__frames = []);
  const look = () => {
    const app = document.querySelector(".empreinte-frame");
    const field = (type) => document.querySelector(`input[type=${type}][name=images]`)?.value ?? null;
    frames.push({
      boot: document.querySelector("[data-boot]") !== null,
      app: app !== null && !app.hidden,
      slider: field("range"),
      text: field("text"),
      footer: document.querySelector("footer") !== null,
    });
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

test("built a part per task: every frame shows the first paint or the app, and its fields set", async () => {
  const page = await widget.context.newPage();
  await page.addInitScript(recordFrames);
  await page.goto(widget.server.url, { timeout: TIMEOUT });
  await page.waitForSelector("footer", { state: "attached", timeout: TIMEOUT });
  const frames = await page.evaluate(() => window.__frames);
  assert.ok(frames.some((f) => f.boot) && frames.some((f) => f.app), "both were seen");
  for (const [i, f] of frames.entries()) {
    assert.ok(f.boot !== f.app, `frame ${i}: the first paint or the app, not ${JSON.stringify(f)}`);
    if (f.app) assert.ok(f.slider && f.text, `frame ${i}: the fields have values ${JSON.stringify(f)}`);
  }
  const first = frames.findIndex((f) => f.app);
  assert.ok(!frames[first].footer, "the sections below come after the app is shown");
  // A language switch rebuilds the widget: no frame shows its fields empty or at rest.
  const before = {
    slider: await page.inputValue("input[type=range][name=images]"),
    text: await page.inputValue("input[type=text][name=images]"),
  };
  await page.evaluate(() => (window.__frames.length = 0));
  await page.selectOption("footer select", "en");
  await page.waitForFunction(() => document.documentElement.lang === "en" && window.__frames.length > 5);
  for (const f of await page.evaluate(() => window.__frames)) {
    assert.deepEqual({ slider: f.slider, text: f.text }, before, `after the switch: ${JSON.stringify(f)}`);
  }
  await page.close();
});

test("while the app loads, the page says so; a link's own scenario hides the default figures", async () => {
  // The wasm never arrives (and no worker has it): the page stays as the HTML made it.
  const context = await launch({ serviceWorkers: "block" });
  const page = await withWasm(context, () => {}, "?images=9&embed=1");
  await page.waitForSelector(`${STATUS}:not(:empty)`, { timeout: TIMEOUT });
  assert.match(await page.textContent(STATUS), /Chargement/);
  assert.equal(await page.isVisible("[data-boot-figures]"), false, "not this link's figures");
  assert.equal(await page.isVisible("h1"), true);
  assert.equal(await page.getAttribute("html", "data-theme"), "light", "embedded: light, as the app will be");
  await page.close();
  const dark = await withWasm(context, () => {}, "?theme=dark&hide=title");
  await dark.waitForSelector(`${STATUS}:not(:empty)`, { timeout: TIMEOUT });
  assert.equal(await dark.getAttribute("html", "data-theme"), "dark");
  assert.equal(await dark.isVisible("h1"), false, "hide=title");
  await dark.close();
  const plain = await withWasm(context, () => {}, "?embed=1");
  await plain.waitForSelector(`${STATUS}:not(:empty)`, { timeout: TIMEOUT });
  assert.equal(await plain.isVisible("[data-boot-figures]"), true, "the default link: its own figures");
  await context.close();
});

test("the HTML's energy chart fits the page at every width, its text readable", async () => {
  const context = await launch({ serviceWorkers: "block" });
  const page = await withWasm(context, () => {});
  for (const width of [320, 360, 390, 412, 600, 800, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const shown = await page.$$eval("[data-boot-chart]", (divs) =>
      divs
        .filter((d) => getComputedStyle(d).display !== "none")
        .map((d) => {
          const svg = d.querySelector("svg");
          const drawn = Number(svg.getAttribute("width"));
          const scale = svg.getBoundingClientRect().width / drawn;
          const smallest = Math.min(...[...svg.querySelectorAll("text")].map((t) => t.getBoundingClientRect().height));
          return { drawn, scale, column: d.parentElement.clientWidth, smallest };
        }),
    );
    assert.equal(shown.length, 1, `${width} px: one drawing shown`);
    const [chart] = shown;
    assert.ok(chart.scale <= 1 && chart.scale >= 0.85, `${width} px: drawn at ${chart.drawn}, scaled ${chart.scale}`);
    assert.ok(chart.smallest >= 12, `${width} px: chart text ${chart.smallest} px`);
  }
  await context.close();
});

for (const [name, respond] of [
  ["an aborted wasm", (route) => route.abort()],
  ["a truncated wasm", async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    await route.fulfill({ response, body: body.subarray(0, body.length >> 1) });
  }],
  ["a server error", (route) => route.fulfill({ status: 500, body: "" })],
]) {
  test(`${name}: a message in the reader's language and a reload button`, async () => {
    const context = await launch({ serviceWorkers: "block" });
    const page = await withWasm(context, respond, "?lang=en");
    await page.waitForSelector(`${STATUS}[role=alert] button`, { timeout: TIMEOUT });
    assert.match(await page.textContent(STATUS), /could not be loaded/);
    assert.equal(await page.textContent(`${STATUS} button`), "Reload");
    await page.unroute("**/*.wasm");
    await Promise.all([page.waitForEvent("load"), page.click(`${STATUS} button`)]);
    await page.waitForSelector("[data-chart=energy] svg rect", { timeout: TIMEOUT });
    await context.close();
  });
}

test("a start that takes too long says so, in French by default", async () => {
  const context = await launch({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.clock.install();
  await page.route("**/*.wasm", () => {});
  await page.goto(widget.server.url, { timeout: TIMEOUT });
  await page.clock.fastForward(16_000);
  await page.waitForSelector(`${STATUS}[role=alert] button`, { timeout: TIMEOUT });
  assert.match(await page.textContent(STATUS), /tarde à se charger/);
  await context.close();
});
