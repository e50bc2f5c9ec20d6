// A static file server for the built widget (dist/) on a free loopback port.
import { createServer } from "node:http";
import { brotliCompressSync, constants } from "node:zlib";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

export const DIST = fileURLToPath(new URL("../../../dist/", import.meta.url));

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".wasm": "application/wasm",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
};

/** Text types a web server compresses (the wasm too: it is most of the download). */
const COMPRESSIBLE = new Set([".html", ".js", ".wasm", ".css", ".svg", ".json", ".webmanifest"]);

/**
 * Serves `root` on 127.0.0.1 at a free port; resolves to { url, requests, setRoot, hang, close }.
 * With `compress`, answers brotli (quality 11, as a host would precompress) to clients that
 * accept it, as real hosts do; the tests do not need it, Lighthouse does (bench).
 * `setRoot(dir)` serves another build on the same origin (a new deploy); `close()` also drops
 * open keep-alive connections, so the browser really finds no server (offline tests).
 */
export async function serve(root = DIST, { compress = false } = {}) {
  const requests = [];
  let hanging = false;
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    requests.push(path);
    if (hanging) return; // accepted, never answered
    const file = normalize(join(root, path.endsWith("/") ? `${path}index.html` : path));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const headers = { "content-type": TYPES[extname(file)] ?? "application/octet-stream" };
      const brotli = compress && COMPRESSIBLE.has(extname(file)) && /\bbr\b/.test(req.headers["accept-encoding"] ?? "");
      if (!brotli) {
        res.writeHead(200, headers).end(body);
        return;
      }
      const params = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length };
      res.writeHead(200, { ...headers, "content-encoding": "br", vary: "accept-encoding" });
      res.end(brotliCompressSync(body, { params }));
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    setRoot: (dir) => {
      root = dir;
    },
    /** From now on, accept connections and never answer (a stuck server). */
    hang: () => {
      hanging = true;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}
