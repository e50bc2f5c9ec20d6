// Trunk post_build hook (Trunk.toml): finishes the staged build in $TRUNK_STAGING_DIR.
//
// Trunk runs the hooks of one stage concurrently, so every step lives in this one hook, in the
// order they need: wasm-bindgen's JavaScript is minified and its integrity hash redone, then
// index.html gets its CSP hashes, then the precache hashes every file, index.html included.
//
// Also run by tests/e2e/offline.test.mjs on a copy of dist/ to make a second build.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { withInlineScriptHashes } from "./csp-hashes.mjs";
import { withMinifiedBindings } from "./minify.mjs";
import { writePrecache } from "./precache.mjs";

/** With EMPREINTE_PUBLIC_URL (where the widget is hosted, e.g. https://example.org/empreinte/),
 * the link preview's image gets the absolute address crawlers need, and og:url is added. */
function withPublicUrl(html) {
  const base = process.env.EMPREINTE_PUBLIC_URL;
  if (!base) return html;
  const url = new URL(base.endsWith("/") ? base : `${base}/`);
  const attr = (text) => text.replaceAll("&", "&amp;").replaceAll('"', "&quot;");
  const image = `<meta property="og:image" content="og.png" />`;
  if (!html.includes(image)) throw new Error("index.html: no og:image to make absolute");
  return html.replace(
    image,
    `<meta property="og:image" content="${attr(new URL("og.png", url).href)}" />\n    ` +
      `<meta property="og:url" content="${attr(url.href)}" />`,
  );
}

/** The default scenario's results (assets/prerender/first-paint.html, written by make data) in
 * place of the marker comment at the start of <body>. Idempotent: a page that already has them
 * (tests rerun this script on a build) is left as it is. */
function withFirstPaint(html, block) {
  const marker = /<!-- first paint:[\s\S]*?-->\n/;
  if (html.includes("data-boot=")) return html;
  if (!marker.test(html)) throw new Error("index.html: no first-paint marker");
  return html.replace(marker, () => block);
}

/** `crossorigin="anonymous"` on the stylesheet and scripts Trunk gives an integrity hash but
 * no crossorigin (Trunk's module preloads have it): in a sandboxed iframe every file is
 * cross-origin, and an integrity check needs a CORS response. Same-origin loads are unchanged. */
function withCrossOrigin(html) {
  return html.replace(/<(link|script)\b[^>]*\bintegrity=[^>]*>/g, (tag) =>
    /\bcrossorigin\b/.test(tag) ? tag : tag.replace(/^<(link|script)\b/, '<$1 crossorigin="anonymous"'),
  );
}

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("TRUNK_STAGING_DIR is not set (this script is a Trunk hook)");

const index = join(dir, "index.html");
const firstPaint = await readFile(new URL("../assets/prerender/first-paint.html", import.meta.url), "utf8");
const page = withCrossOrigin(withFirstPaint(await readFile(index, "utf8"), firstPaint));
await writeFile(index, withPublicUrl(withInlineScriptHashes(await withMinifiedBindings(dir, page))));
const { cache, files } = await writePrecache(dir);
console.log(`post-build: bindings minified, CSP hashes written; ${cache} precaches ${files.length} files`);
