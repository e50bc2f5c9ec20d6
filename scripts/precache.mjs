// Writes the offline worker's precache list, each file's sha256 and the cache name into a
// built sw.js.
//
// The list is every file of the build except the worker itself and the link preview, so it names this build's exact
// hashed wasm, js and css. The cache name is a hash of those files' names and bytes: any change
// to the build gives a new name, hence a new worker script, which the browser installs as an
// update and whose `activate` deletes the previous cache.
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";

const WORKER = "sw.js";
/** Files no reader's page uses: the link preview is fetched by other sites' crawlers. */
const NOT_FOR_READERS = new Set([WORKER, "og.png"]);

/** Fills in `CACHE` and `PRECACHE` of `<dir>/sw.js`; resolves to them. Idempotent. */
export async function writePrecache(dir) {
  const files = (await filesUnder(dir)).filter((file) => !NOT_FOR_READERS.has(file)).sort();
  const hash = createHash("sha256");
  const digests = {};
  for (const file of files) {
    const bytes = await readFile(join(dir, file));
    hash.update(`${file}\0`);
    hash.update(bytes);
    hash.update("\0");
    digests[file] = createHash("sha256").update(bytes).digest("base64");
  }
  const cache = `empreinte-${hash.digest("hex").slice(0, 16)}`;

  const worker = join(dir, WORKER);
  let source = await readFile(worker, "utf8");
  source = replaceOnce(source, /^const CACHE = .*;$/m, `const CACHE = ${JSON.stringify(cache)};`);
  source = replaceOnce(source, /^const PRECACHE = .*;$/m, `const PRECACHE = ${JSON.stringify(files)};`);
  source = replaceOnce(source, /^const DIGESTS = .*;$/m, `const DIGESTS = ${JSON.stringify(digests)};`);
  await writeFile(worker, source);
  return { cache, files };
}

/** Paths of the files under `dir`, relative and with `/`, as URLs relative to the worker. */
async function filesUnder(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)).split(sep).join("/"));
}

function replaceOnce(text, pattern, replacement) {
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags}g`)) ?? [];
  if (matches.length !== 1) throw new Error(`${WORKER}: expected one line matching ${pattern}, found ${matches.length}`);
  return text.replace(pattern, replacement);
}
