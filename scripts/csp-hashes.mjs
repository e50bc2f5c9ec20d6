// Allows Trunk's inline wasm loader under the Content-Security-Policy, by hash.
//
// Trunk writes the loader (`import init from './empreinte-<hash>.js'; await init(...)`) as an
// inline module script, and `trunk serve` also an inline auto-reload script. A nonce would
// need a server to vary it per response; the widget is static files, so the hook puts the
// sha256 of each inline script into the `script-src` of the page's CSP <meta> instead.
import { createHash } from "node:crypto";

/** An inline <script> (no `src`) and its exact text, which is what the browser hashes. */
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const CSP_META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/i;

/**
 * `trunk serve` fills two placeholders of its auto-reload script into each response, after this
 * hook: the hash would never match. Filled here with what the page can work out itself (Trunk's
 * own fallback for the address; the page's directory, which is Trunk's WebSocket base for
 * `public_url = "./"`), the script is final and its hash holds. Release builds have no such
 * script.
 */
function withFinalAutoReload(html) {
  return html
    .replace("'{{__TRUNK_ADDRESS__}}'", "window.location.host")
    .replace("'{{__TRUNK_WS_BASE__}}'", "new URL('./', window.location.href).pathname");
}

/**
 * Returns `html` whose CSP `script-src` lists exactly the sha256 of its inline scripts.
 * Earlier hashes are dropped first, so running it twice on one page changes nothing.
 */
export function withInlineScriptHashes(source) {
  const html = withFinalAutoReload(source);
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map(
    ([, text]) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`,
  );
  if (!CSP_META.test(html)) throw new Error("index.html has no Content-Security-Policy <meta>");
  let found = false;
  const patched = html.replace(CSP_META, (_, open, policy, close) => {
    const directives = policy
      .split(";")
      .map((directive) => directive.trim())
      .filter(Boolean)
      .map((directive) => {
        const [name, ...sources] = directive.split(/\s+/);
        if (name !== "script-src") return directive;
        found = true;
        return [name, ...sources.filter((s) => !s.startsWith("'sha256-")), ...hashes].join(" ");
      });
    return `${open}${directives.join("; ")}${close}`;
  });
  if (!found) throw new Error("the Content-Security-Policy <meta> has no script-src");
  return patched;
}
