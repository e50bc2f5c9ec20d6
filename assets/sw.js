// The offline worker: keeps one build of the widget in Cache Storage so it opens without a
// network once it has been loaded.
//
// The two constants below are written at build time by scripts/precache.mjs (a Trunk
// post_build hook): the exact files of this build and a cache name derived from their bytes.
// Every build with different files therefore has a different worker script, which the browser
// installs as an update; `activate` then deletes the previous build's cache.
//
// Nothing is cached at run time: the cache is always one consistent build, never a mix of an
// old index.html with new hashed files.
const CACHE = "empreinte-unbuilt";
const PRECACHE = [];

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

self.addEventListener("install", (event) => {
  const request = (path) =>
    new Request(path, { cache: NAMED_BY_CONTENT.test(path) ? "force-cache" : "reload" });
  // skipWaiting is safe here: a running page already holds its whole build (the wasm embeds
  // its data and strings), so it never asks the new worker for a file of the old build.
  event.waitUntil(
    caches
      .open(CACHE_NAME)
      .then((cache) => cache.addAll(PRECACHE.map(request)))
      .then(() => self.skipWaiting()),
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

/** Fresh page when online (a host may have deployed), this build's page when not. */
async function networkFirst(request) {
  try {
    return await fetch(request);
  } catch (offline) {
    const cached = await caches.open(CACHE_NAME).then((cache) => cache.match(INDEX));
    if (cached) return cached;
    throw offline;
  }
}

/** Hashed files never change under one name: the cache answers, the network only on a miss. */
async function cacheFirst(request) {
  const cached = await caches.open(CACHE_NAME).then((cache) => cache.match(request));
  return cached ?? fetch(request);
}
