// The offline worker on the built widget (dist/), served by nginx with deploy/nginx.conf: it
// opens without a network after one visit, checks every file it caches, survives a deploy
// caught half-way and a server that never answers,
// a new deploy replaces the old cache, and where no worker may run the widget still works.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { chmod, cp, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import { DIST, serve } from "./support/server.mjs";
import { serveNginx } from "./support/nginx.mjs";
import { launch, TIMEOUT } from "./support/browser.mjs";
import { builtWorker, cacheName, cacheNames, eventually, workerControls } from "./support/worker.mjs";

const HOOK = fileURLToPath(new URL("../../scripts/post-build.mjs", import.meta.url));
const CHART = "[data-chart=energy] svg rect";
const ENERGY = "[data-metric=energy]";
/** A whole test: a few page loads, a worker install, each wait bounded by TIMEOUT. */
const TEST_TIMEOUT = { timeout: 6 * TIMEOUT };

/** Runs `body(server, context)` against a fresh nginx (deploy/nginx.conf: what readers get the
 * widget from) or, for what nginx cannot do (hang), the test server, and a fresh browser; always
 * cleans up. */
async function withBrowser(root, body) {
  return withBrowserOn(serveNginx, root, body);
}

async function withBrowserOn(start, root, body) {
  const server = await start(root);
  const context = await launch();
  try {
    await body(server, context);
  } finally {
    await context.close();
    await server.close();
  }
}

/** One keyboard step on the images slider must change the energy figure. */
async function assertComputes(page) {
  const before = await page.getAttribute(ENERGY, "data-central");
  await page.focus("input[type=range][name=images]");
  await page.keyboard.press("ArrowRight");
  await page.waitForFunction(
    ([selector, old]) => document.querySelector(selector).dataset.central !== old,
    [ENERGY, before],
    { timeout: TIMEOUT },
  );
}

/** A copy of dist/ in a new temporary directory. */
async function copyOfDist(prefix) {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await chmod(dir, 0o755); // nginx's workers run as another user
  await cp(DIST, dir, { recursive: true });
  return dir;
}

/** Runs the post_build hook on a build directory (first paint, CSP hashes, precache). */
async function finish(dir) {
  await promisify(execFile)("node", [HOOK], { env: { ...process.env, TRUNK_STAGING_DIR: dir } });
}

/** A copy of dist/ whose wasm has other bytes under the same name (one character of a panic
 * message), as when only wasm-opt's output changed, finished by the hook. */
async function sameNameOtherBytes() {
  const dir = await copyOfDist("empreinte-build-wasm-");
  const { precache } = await builtWorker(dir);
  const wasm = join(dir, precache.find((p) => p.endsWith(".wasm")));
  const bytes = await readFile(wasm);
  const at = bytes.indexOf("src/cell/lazy.rs");
  assert.ok(at > 0, "a string to change in the wasm");
  bytes[at + 12] = "L".charCodeAt(0);
  await writeFile(wasm, bytes);
  await finish(dir);
  return { dir, wasm: precache.find((p) => p.endsWith(".wasm")) };
}

/** A copy of dist/ as another build: its content-named JS and wasm renamed (and referred to by
 * the new names), its title changed, finished by the hook. */
async function otherBuild() {
  const dir = await copyOfDist("empreinte-build-c-");
  const { precache } = await builtWorker(dir);
  const js = precache.find((p) => /^empreinte-[0-9a-f]+\.js$/.test(p));
  const hash = js.match(/^empreinte-([0-9a-f]+)\.js$/)[1];
  const other = [...hash].reverse().join("");
  for (const name of [js, js.replace(".js", "_bg.wasm")]) {
    await rename(join(dir, name), join(dir, name.replace(hash, other)));
  }
  const index = join(dir, "index.html");
  const html = (await readFile(index, "utf8")).replaceAll(hash, other).replace("<title>Empreinte</title>", "<title>Empreinte C</title>");
  await writeFile(index, html);
  await finish(dir);
  return dir;
}

/** A copy of dist/ with a different index.html (its title), finished by the same post_build hook. */
async function secondBuild() {
  const dir = await copyOfDist("empreinte-build-b-");
  const index = join(dir, "index.html");
  const html = await readFile(index, "utf8");
  await writeFile(index, html.replace("<title>Empreinte</title>", "<title>Empreinte B</title>"));
  await finish(dir);
  return dir;
}

test("after one visit the widget renders and computes with no network and no server", TEST_TIMEOUT, async () => {
  await withBrowser(DIST, async (server, context) => {
    const page = await context.newPage();
    await page.goto(server.url, { timeout: TIMEOUT });
    await page.waitForSelector(CHART, { timeout: TIMEOUT });
    await workerControls(page);
    const { precache } = await builtWorker();
    // Trunk's hash drops its leading zeros, so it may be shorter than 16 digits.
    const named = precache.filter((path) => /-[0-9a-f]{12,16}(_bg)?\.[a-z]+$/.test(path));
    assert.ok(named.some((path) => path.endsWith(".wasm")), `${named}`);
    for (const path of named) {
      const downloads = server.requests.filter((r) => r === `/${path}`).length;
      assert.equal(downloads, 1, `${path}: the worker took the page's copy, no second download`);
    }

    await server.close();
    await context.setOffline(true);
    const responses = [];
    page.on("response", (r) => responses.push(r));
    await page.reload({ timeout: TIMEOUT });
    await page.waitForSelector(CHART, { timeout: TIMEOUT });
    await assertComputes(page);
    // The sources panel's body, fetched on demand, was precached with the rest.
    await page.click("details.empreinte-sources > summary");
    await page.locator("[data-source]").first().waitFor({ timeout: TIMEOUT });

    const urls = responses.map((r) => r.url());
    assert.ok(urls.some((u) => u.endsWith(".wasm")), `the wasm was not loaded: ${urls}`);
    const notFromWorker = responses.filter((r) => !r.fromServiceWorker()).map((r) => r.url());
    assert.deepEqual(notFromWorker, [], "offline, every response must come from the worker");
  });
});

test("a new build's worker replaces the previous build's cache", TEST_TIMEOUT, async () => {
  const buildB = await secondBuild();
  try {
    const a = await builtWorker(DIST);
    const b = await builtWorker(buildB);
    assert.notEqual(a.cache, b.cache, "build B must have its own cache name");
    // The hook ran twice on B's index.html: its CSP must still name each inline script (the
    // loader and the first paint's) once, and the first paint be there once.
    const html = await readFile(join(buildB, "index.html"), "utf8");
    const hashes = html.match(/'sha256-[^']+'/g);
    const inline = html.match(/<script\b(?![^>]*\bsrc=)[^>]*>/g);
    assert.equal(inline.length, 2, "Trunk's loader and the first paint's script");
    assert.equal(new Set(hashes).size, inline.length, `CSP hashes in build B: ${hashes}`);
    assert.equal(hashes.length, inline.length, `CSP hashes in build B: ${hashes}`);
    assert.equal(html.match(/data-boot=/g).length, 1, "one first paint");

    await withBrowser(DIST, async (server, context) => {
      const page = await context.newPage();
      await page.goto(server.url, { timeout: TIMEOUT });
      await workerControls(page);
      assert.deepEqual(await cacheNames(page), [cacheName(a.cache, server.url)]);
      // A cache of the host site on the same origin, which no build of the widget may delete.
      await page.evaluate(() => caches.open("host-site"));

      await server.setRoot(buildB);
      await page.reload({ timeout: TIMEOUT });
      await page.waitForSelector(CHART, { timeout: TIMEOUT });
      await eventually(async () => (await cacheNames(page)).sort(), [cacheName(b.cache, server.url), "host-site"]);

      // What is left works offline, and is build B.
      await server.close();
      await context.setOffline(true);
      await page.reload({ timeout: TIMEOUT });
      await page.waitForSelector(CHART, { timeout: TIMEOUT });
      assert.equal(await page.title(), "Empreinte B");
      await assertComputes(page);
    });
  } finally {
    await rm(buildB, { recursive: true, force: true });
  }
});

/**
 * Loads and drives the widget from `root`, `prepare(context)` having set up the browser; fails
 * on any uncaught error (an unhandled registration rejection would be one) and on any console
 * error other than `browserOwn`: messages Chromium itself logs, which no page code can silence.
 * `workerFetched` says whether registration should have got as far as asking for sw.js.
 */
async function assertWorksQuietly(root, prepare, { workerFetched, browserOwn = [] }) {
  await withBrowser(root, async (server, context) => {
    await prepare(context);
    const page = await context.newPage();
    const reported = [];
    page.on("pageerror", (e) => reported.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error" && !browserOwn.includes(m.text())) reported.push(`console: ${m.text()}`);
    });
    await page.goto(server.url, { timeout: TIMEOUT, waitUntil: "load" });
    await page.waitForSelector(CHART, { timeout: TIMEOUT });
    await assertComputes(page);
    // Registration starts on `load`; give a failing one time to be reported.
    await page.waitForTimeout(1000);
    assert.equal(server.requests.includes("/sw.js"), workerFetched);
    assert.deepEqual(reported, []);
  });
}

test("where reading navigator.serviceWorker throws (opaque origin), the widget works and logs nothing", TEST_TIMEOUT, async () => {
  await assertWorksQuietly(DIST, (context) =>
    context.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, "serviceWorker", {
        get() {
          throw new DOMException("Access to service workers is denied in this document origin.", "SecurityError");
        },
      }),
    ),
    { workerFetched: false },
  );
});

test("where the browser has no service workers, the widget works and logs nothing", TEST_TIMEOUT, async () => {
  await assertWorksQuietly(DIST, (context) =>
    context.addInitScript(() => delete Navigator.prototype.serviceWorker),
    { workerFetched: false },
  );
});

test("where the worker cannot be registered, the widget works and logs nothing", TEST_TIMEOUT, async () => {
  const root = await copyOfDist("empreinte-no-worker-");
  try {
    await rm(join(root, "sw.js"));
    await assertWorksQuietly(root, async () => {}, {
      workerFetched: true,
      // Chromium's own report of the failed fetch; the page's rejection handler cannot stop it.
      browserOwn: ["A bad HTTP response code (404) was received when fetching the script."],
    });
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test("a wasm changed under the same name reaches returning readers, its bytes checked", TEST_TIMEOUT, async () => {
  const { dir, wasm } = await sameNameOtherBytes();
  try {
    const b = await builtWorker(dir);
    await withBrowser(DIST, async (server, context) => {
      const page = await context.newPage();
      await page.goto(server.url, { timeout: TIMEOUT });
      await workerControls(page);
      // The browser's HTTP cache holds the first build's wasm under that name.
      await server.setRoot(dir);
      await page.reload({ timeout: TIMEOUT });
      // Once the new worker is active (the old build's cache deleted), its cache holds the new
      // build's wasm, not the copy the HTTP cache had under the same name.
      const cached = () =>
        page.evaluate(
          async ([name, path]) => {
            if ((await caches.keys()).length !== 1) return "still installing";
            const response = await (await caches.open(name)).match(path);
            if (!response) return "not cached";
            const bytes = await crypto.subtle.digest("SHA-256", await response.arrayBuffer());
            return btoa(String.fromCharCode(...new Uint8Array(bytes)));
          },
          [cacheName(b.cache, server.url), new URL(wasm, server.url).href],
        );
      await eventually(cached, b.digests[wasm]);
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("a deploy caught half-way (new worker, old page) never breaks offline", TEST_TIMEOUT, async () => {
  const c = await otherBuild();
  const mixed = await copyOfDist("empreinte-build-mixed-");
  try {
    // The new build's files and worker, the old build's page still served (an upload in
    // progress, a CDN's cached page).
    await cp(c, mixed, { recursive: true });
    await cp(join(DIST, "index.html"), join(mixed, "index.html"));
    const a = await builtWorker(DIST);
    await withBrowser(DIST, async (server, context) => {
      const page = await context.newPage();
      await page.goto(server.url, { timeout: TIMEOUT });
      await workerControls(page);
      await server.setRoot(mixed);
      await page.reload({ timeout: TIMEOUT });
      await page.waitForSelector(CHART, { timeout: TIMEOUT });
      // The new worker found the old page and was not installed: the old build is whole.
      await page.waitForTimeout(2000);
      assert.deepEqual(await cacheNames(page), [cacheName(a.cache, server.url)]);
      // The deploy completes; the reader goes offline.
      await server.setRoot(c);
      await server.close();
      await context.setOffline(true);
      await page.reload({ timeout: TIMEOUT });
      await page.waitForSelector(CHART, { timeout: TIMEOUT });
      await assertComputes(page);
    });
  } finally {
    await rm(c, { recursive: true, force: true });
    await rm(mixed, { recursive: true, force: true });
  }
});

test("a server that accepts and never answers: the cached widget opens after a few seconds", TEST_TIMEOUT, async () => {
  await withBrowserOn(serve, DIST, async (server, context) => {
    const page = await context.newPage();
    await page.goto(server.url, { timeout: TIMEOUT });
    await workerControls(page);
    server.hang();
    const start = Date.now();
    await page.reload({ timeout: TIMEOUT });
    await page.waitForSelector(CHART, { timeout: TIMEOUT });
    assert.ok(Date.now() - start < 10_000, `opened after ${Date.now() - start} ms`);
    await assertComputes(page);
  });
});
