// The offline worker, seen from the tests: what a build precaches, and waiting for it to run.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { DIST } from "./server.mjs";
import { TIMEOUT } from "./browser.mjs";

/** `{ cache, precache, digests }` as scripts/precache.mjs wrote them into `<dir>/sw.js`. */
export async function builtWorker(dir = DIST) {
  const source = await readFile(join(dir, "sw.js"), "utf8");
  const cache = JSON.parse(source.match(/^const CACHE = (.*);$/m)[1]);
  const precache = JSON.parse(source.match(/^const PRECACHE = (.*);$/m)[1]);
  const digests = JSON.parse(source.match(/^const DIGESTS = (.*);$/m)[1]);
  return { cache, precache, digests };
}

/** The Cache Storage name sw.js gives build `cache` when its scope is `scope`. */
export function cacheName(cache, scope) {
  return `${cache} ${scope}`;
}

/** Waits until a worker is active (its precache complete) and controls `page`. */
export async function workerControls(page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: TIMEOUT });
}

/** The names of the page origin's caches. */
export function cacheNames(page) {
  return page.evaluate(() => caches.keys());
}

/** Polls `read()` until it returns `expected` (deep equality via JSON), or throws after TIMEOUT. */
export async function eventually(read, expected) {
  const deadline = Date.now() + TIMEOUT;
  let last;
  while (Date.now() < deadline) {
    last = await read();
    if (JSON.stringify(last) === JSON.stringify(expected)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`still ${JSON.stringify(last)}, expected ${JSON.stringify(expected)}`);
}
