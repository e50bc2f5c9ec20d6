// Privacy of the built widget (dist/): it talks only to its own origin, not at all once loaded,
// keeps nothing about the reader, and its Content-Security-Policy blocks nothing it needs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "./support/server.mjs";
import { launch, TIMEOUT } from "./support/browser.mjs";
import { recordCspViolations, cspViolations } from "./support/csp.mjs";
import { builtWorker, cacheName, workerControls } from "./support/worker.mjs";

const SLIDER = "input[type=range][name=images]";
const ENERGY = "[data-metric=energy]";
const MOVES = 100;

test("load and 100 slider moves: own origin only, no request after load, nothing stored", { timeout: 6 * TIMEOUT }, async () => {
  const server = await serve();
  const context = await launch();
  try {
    await recordCspViolations(context);
    // The context sees the page's requests and, in Chromium, its service worker's.
    const requests = [];
    context.on("request", (r) => requests.push({ url: r.url(), byWorker: r.serviceWorker() !== null }));
    const page = await context.newPage();
    const origin = new URL(server.url).origin;

    // Load is complete when the widget has drawn and the worker controls the page: by then the
    // page has fetched its files, registration has fetched sw.js and the worker has fetched its
    // precache. Those are all the requests there may ever be.
    await page.goto(server.url, { timeout: TIMEOUT });
    await page.waitForSelector("[data-chart=energy] svg rect", { timeout: TIMEOUT });
    await workerControls(page);
    const loaded = { browser: requests.length, server: server.requests.length };

    const first = await page.getAttribute(ENERGY, "data-central");
    await page.focus(SLIDER);
    const centrals = new Set([first]);
    for (let i = 0; i < MOVES; i++) {
      await page.keyboard.press(i < MOVES / 2 ? "ArrowRight" : "ArrowLeft");
      centrals.add(await page.getAttribute(ENERGY, "data-central"));
    }
    await page.waitForTimeout(500);
    // The moves really changed the widget, and ended where they began.
    assert.ok(centrals.size > MOVES / 4, `only ${centrals.size} distinct figures`);
    assert.equal(await page.getAttribute(ENERGY, "data-central"), first);

    const { cache, precache } = await builtWorker();
    const build = new Set(["/", "/sw.js", ...precache.map((path) => `/${path}`)]);
    assert.deepEqual(
      server.requests.filter((path) => !build.has(path)),
      [],
      "the server was asked for a file that is not part of the build",
    );
    const foreign = requests.filter((r) => new URL(r.url).origin !== origin);
    assert.deepEqual(foreign, [], "a request left the widget's origin");
    assert.deepEqual(requests.slice(loaded.browser), [], "the browser made requests after load");
    assert.deepEqual(server.requests.slice(loaded.server), [], "the server was asked for files after load");
    assert.ok(
      requests.some((r) => r.byWorker),
      "no request seen from the worker: the worker-request check above proves nothing",
    );

    const stored = await page.evaluate(async () => ({
      cookie: document.cookie,
      localStorage: localStorage.length,
      sessionStorage: sessionStorage.length,
      indexedDB: (await indexedDB.databases()).map((db) => db.name),
      caches: await caches.keys(),
    }));
    const name = cacheName(cache, server.url);
    assert.deepEqual(stored, { cookie: "", localStorage: 0, sessionStorage: 0, indexedDB: [], caches: [name] });
    const cached = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url), name);
    assert.deepEqual(cached.sort(), precache.map((path) => new URL(path, server.url).href).sort());

    assert.deepEqual(await cspViolations(page), []);
  } finally {
    await context.close();
    await server.close();
  }
});

test("embedded in a cross-site iframe: it renders and computes, asks only its origin, no CSP violation", { timeout: 4 * TIMEOUT }, async () => {
  const widget = await serve();
  const hostDir = await mkdtemp(join(tmpdir(), "empreinte-host-"));
  await writeFile(
    join(hostDir, "article.html"),
    `<!doctype html><title>Article</title><iframe src="${widget.url}" width="700" height="700"></iframe>`,
  );
  const host = await serve(hostDir);
  const context = await launch();
  try {
    await recordCspViolations(context);
    const requests = [];
    context.on("request", (r) => requests.push(r.url()));
    const page = await context.newPage();
    // `localhost` and `127.0.0.1` are different sites: the widget is a third party here.
    const article = new URL("article.html", host.url.replace("127.0.0.1", "localhost")).href;
    await page.goto(article, { timeout: TIMEOUT });
    const frame = page.frame({ url: widget.url });
    assert.ok(frame, "the iframe did not load the widget");
    await frame.waitForSelector("[data-chart=energy] svg rect", { timeout: TIMEOUT });

    const before = await frame.getAttribute(ENERGY, "data-central");
    await frame.focus(SLIDER);
    await page.keyboard.press("ArrowRight");
    await frame.waitForFunction(
      ([selector, old]) => document.querySelector(selector).dataset.central !== old,
      [ENERGY, before],
      { timeout: TIMEOUT },
    );

    const widgetOrigin = new URL(widget.url).origin;
    assert.deepEqual(
      requests.filter((url) => url !== article && new URL(url).origin !== widgetOrigin),
      [],
      "the widget asked another origin",
    );
    assert.deepEqual(await cspViolations(frame), []);
    assert.equal(await frame.evaluate(() => document.cookie), "");
  } finally {
    await context.close();
    await host.close();
    await widget.close();
    await rm(hostDir, { recursive: true, force: true });
  }
});

test("what you share: the section renders in both languages, each statement with its source", { timeout: 4 * TIMEOUT }, async () => {
  const server = await serve();
  const context = await launch();
  try {
    for (const lang of ["fr", "en"]) {
      const page = await context.newPage();
      await page.goto(`${server.url}?lang=${lang}&photos=3`, { timeout: TIMEOUT });
      // Built a few tasks after the chart (src/ui/page/later.rs).
      await page.waitForSelector("details.empreinte-privacy", { state: "attached", timeout: TIMEOUT });
      assert.equal(await page.evaluate(() => document.querySelector("details.empreinte-privacy").open), false);
      await page.click("details.empreinte-privacy > summary");
      await page.locator("[data-statement]").first().waitFor({ timeout: TIMEOUT });
      const statements = await page.locator("[data-statement]").count();
      assert.ok(statements >= 5, `${lang}: ${statements} statements`);
      assert.equal(await page.locator("[data-statement] a[href^='https://']").count(), statements, "each with its source");
      assert.equal(await page.locator("[data-privacy-action]").count(), 3);
      // Photos, image prompts and messages: what this scenario hands over.
      assert.equal(await page.locator("[data-privacy=scenario] li").count(), 3);
      assert.equal(await page.getAttribute(".empreinte-privacy-count", "data-requests"), "0");
      await page.close();
    }
    const hidden = await context.newPage();
    await hidden.goto(`${server.url}?hide=privacy`, { timeout: TIMEOUT });
    await hidden.waitForSelector("[data-chart=energy] svg rect", { timeout: TIMEOUT });
    assert.equal(await hidden.locator("details.empreinte-privacy").count(), 0, "hide=privacy");
  } finally {
    await context.close();
    await server.close();
  }
});

test("the widget's own count reads 0 after 100 moves and rises when the page makes a request", { timeout: 4 * TIMEOUT }, async () => {
  const server = await serve();
  const context = await launch();
  try {
    const page = await context.newPage();
    await page.goto(server.url, { timeout: TIMEOUT });
    await page.waitForSelector("[data-chart=energy] svg rect", { timeout: TIMEOUT });
    await page.click("details.empreinte-privacy > summary");
    await page.locator("[data-statement]").first().waitFor({ timeout: TIMEOUT });
    await page.focus(SLIDER);
    for (let i = 0; i < MOVES; i++) await page.keyboard.press(i < MOVES / 2 ? "ArrowRight" : "ArrowLeft");
    await page.waitForTimeout(1500);
    assert.equal(await page.getAttribute(".empreinte-privacy-count", "data-requests"), "0");
    assert.match(await page.textContent(".empreinte-privacy-count"), /aucune requête/);
    await page.evaluate(() => fetch("manifest.webmanifest?probe").then((r) => r.text()));
    await page.waitForFunction(
      () => document.querySelector(".empreinte-privacy-count").dataset.requests === "1",
      null,
      { timeout: TIMEOUT },
    );
  } finally {
    await context.close();
    await server.close();
  }
});
