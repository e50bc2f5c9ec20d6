// The offline worker: keeps one build of the widget in Cache Storage so it opens without a
// network once it has been loaded.
//
// The constants below are written at build time by scripts/precache.mjs (a Trunk post_build
// hook): the exact files of this build, the sha256 of each, and a cache name derived from
// their bytes.
// Every build with different files therefore has a different worker script, which the browser
// installs as an update; `activate` then deletes the previous build's cache.
//
// Nothing is cached at run time, and every file is checked against its sha256 before it is
// cached: the cache is always one consistent build. A deploy caught half-way (a new sw.js with
// an old index.html still served) fails the install, and the previous build stays in place.
const CACHE = "empreinte-unbuilt";
const PRECACHE = [];
const DIGESTS = {};
/** After this long without an answer to a navigation, the cached page is served. */
const NAVIGATION_TIMEOUT_MS = 4000;

const SCOPE = self.registration.scope;
/**
 * This build's cache. Its name also holds the scope, so a worker only ever deletes the caches
 * of its own copy of the widget: never a host's caches, nor another copy's on the same origin.
 */
const CACHE_NAME = `${CACHE} ${SCOPE}`;
const isOlderBuild = (name) => name !== CACHE_NAME && name.startsWith("empreinte-") && name.endsWith(` ${SCOPE}`);
/** The cached page served to navigations when the network fails. */
const INDEX = new URL("index.html", SCOPE).href;
const PRECACHED = new Set(PRECACHE.map((path) => new URL(path, SCOPE).href));

/**
 * Trunk names most files after their bytes (`name-<16 hex>.ext`): any copy of such a file is
 * this build's, so the worker takes it from the HTTP cache, where the page that registered the
 * worker has just put it; a first visit then downloads the wasm once, not twice. Other files
 * (index.html, manifest, icons) are asked of the network, so the cache holds this build's.
 */
// Trunk writes its 64-bit hash in hex without leading zeros: 16 digits, or fewer.
const NAMED_BY_CONTENT = /-[0-9a-f]{12,16}(_bg)?\.[a-z]+$/;

/** The sha256 of a response's body, base64, as scripts/precache.mjs writes it. */
async function digest(response) {
  const bytes = await crypto.subtle.digest("SHA-256", await response.clone().arrayBuffer());
  return btoa(String.fromCharCode(...new Uint8Array(bytes)));
}

/**
 * This build's `path`, its bytes checked. A content-named file is first taken from the HTTP
 * cache (the page has just downloaded it), then from the network if those bytes are not this
 * build's (Trunk names the wasm before wasm-opt runs, so a name can outlive its bytes);
 * other files come from the network. Throws if no copy has the build's bytes.
 */
async function checked(path) {
  const tries = NAMED_BY_CONTENT.test(path) ? ["force-cache", "reload"] : ["reload"];
  for (const cache of tries) {
    const response = await fetch(new Request(path, { cache }));
    if (response.ok && (await digest(response)) === DIGESTS[path]) return response;
  }
  throw new Error(`${path}: the server does not have this build's bytes (a deploy in progress?)`);
}

self.addEventListener("install", (event) => {
  // skipWaiting is safe here: a running page holds its build in its wasm; only the sources
  // panel, fetched when first opened, may then come from the newer build (it stands alone).
  event.waitUntil(
    (async () => {
      // Every file is checked before the cache exists: half a build is worse than the
      // previous one, so a mixed deploy fails here and leaves no trace (not even an empty
      // cache while the check runs).
      const responses = await Promise.all(PRECACHE.map(checked));
      const cache = await caches.open(CACHE_NAME);
      try {
        await Promise.all(responses.map((response, i) => cache.put(PRECACHE[i], response)));
      } catch (full) {
        // A storage quota refusing part of it: this worker is not installed either.
        await caches.delete(CACHE_NAME);
        throw full;
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter(isOlderBuild).map((name) => caches.delete(name))))
      // Controls the page that installed the worker, so it works offline without a reload.
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  if (request.mode === "navigate") {
    event.respondWith(networkFirst(request));
  } else if (PRECACHED.has(request.url)) {
    event.respondWith(cacheFirst(request));
  }
  // Anything else is left to the browser.
});

/**
 * Fresh page when online (a host may have deployed), this build's page when the network fails
 * or does not answer within NAVIGATION_TIMEOUT_MS (a server that accepts and never replies).
 */
async function networkFirst(request) {
  const cached = await caches.open(CACHE_NAME).then((cache) => cache.match(INDEX));
  const network = fetch(request);
  if (!cached) return network;
  network.catch(() => {}); // a failure after the timeout has nothing left to answer
  let timer;
  const late = new Promise((resolve) => {
    timer = setTimeout(resolve, NAVIGATION_TIMEOUT_MS);
  });
  try {
    return (await Promise.race([network, late])) ?? cached;
  } catch {
    return cached;
  } finally {
    clearTimeout(timer);
  }
}

/** Hashed files never change under one name: the cache answers, the network only on a miss. */
async function cacheFirst(request) {
  const cached = await caches.open(CACHE_NAME).then((cache) => cache.match(request));
  return cached ?? fetch(request);
}
