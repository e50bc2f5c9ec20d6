// Registers the offline worker (sw.js) where the browser allows one.
//
// An external file, not an inline script, so the Content-Security-Policy needs no hash for it;
// plain JavaScript rather than Rust so it works even if the wasm fails to load, and costs the
// wasm no web-sys bindings. Where no worker can run (a sandboxed third-party iframe, a file:
// URL, a browser setting), the widget simply stays online-only: every failure is swallowed on
// purpose, without a console message, because the host page's readers can do nothing about it.
//
// After `load`, so installing the worker (which fetches the build once more) never competes
// with the widget's first paint.
addEventListener("load", () => {
  try {
    // Reading navigator.serviceWorker throws a SecurityError in opaque origins.
    navigator.serviceWorker?.register("./sw.js").catch(() => {});
  } catch {
    // No worker here: the widget works online as before.
  }
});
