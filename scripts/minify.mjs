// Minifies wasm-bindgen's JavaScript (Trunk 0.21's own minifier trips on it) with terser, and
// writes the file's new integrity hash into the page's tags that carry one. Part of the
// post-build hook; running it again on a minified build changes nothing that matters.
import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { minify } from "terser";

/** The page `html` after minifying, in `dir`, the module it preloads with an integrity hash. */
export async function withMinifiedBindings(dir, html) {
  const preload = html.match(/<link\b[^>]*rel="modulepreload"[^>]*>/);
  const href = preload?.[0].match(/\bhref="\.?\/?([^"]+\.js)"/)?.[1];
  if (!href) throw new Error("index.html: no module preload to minify");
  const file = join(dir, href);
  const source = await readFile(file, "utf8");
  const result = await minify(source, { module: true, ecma: 2020, compress: { passes: 2 } });
  if (!result.code) throw new Error(`terser produced nothing for ${href}`);
  await writeFile(file, result.code);
  const integrity = `sha384-${createHash("sha384").update(result.code).digest("base64")}`;
  const escaped = href.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const tag = new RegExp(`(<(?:link|script)\\b[^>]*\\b(?:href|src)="\\.?/?${escaped}"[^>]*\\bintegrity=")[^"]*"`, "g");
  const out = html.replace(tag, `$1${integrity}"`);
  if (out === html && !html.includes(integrity)) throw new Error(`index.html: no integrity for ${href}`);
  return out;
}
