// Trunk post_build hook (Trunk.toml): finishes the staged build in $TRUNK_STAGING_DIR.
//
// Trunk runs the hooks of one stage concurrently, so both steps live in this one hook, in the
// order they need: index.html gets its CSP hashes first, then the precache hashes every file,
// index.html included.
//
// Also run by tests/e2e/offline.test.mjs on a copy of dist/ to make a second build.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { withInlineScriptHashes } from "./csp-hashes.mjs";
import { writePrecache } from "./precache.mjs";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("TRUNK_STAGING_DIR is not set (this script is a Trunk hook)");

const index = join(dir, "index.html");
await writeFile(index, withInlineScriptHashes(await readFile(index, "utf8")));
const { cache, files } = await writePrecache(dir);
console.log(`post-build: CSP hashes written; ${cache} precaches ${files.length} files`);
