// Debian's nginx serving a build with the shipped deploy/nginx.conf on a free loopback port:
// what readers really get the widget from (content-named files immutable, the page and worker
// revalidated, CORS, compression). Same interface as server.mjs's `serve`, but `hang`.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readFile, rename, rm, symlink, writeFile } from "node:fs/promises";
import { createServer, connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DIST } from "./server.mjs";

const SITE = fileURLToPath(new URL("../../../deploy/nginx.conf", import.meta.url));
const HEADERS = fileURLToPath(new URL("../../../deploy/empreinte-headers.conf", import.meta.url));
const BROTLI = "/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so";

/** A port nothing listens on, for nginx to take. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}

/** Resolves once something accepts connections on `port`. */
async function listening(port) {
  for (let i = 0; i < 100; i++) {
    const ok = await new Promise((resolve) => {
      const socket = connect(port, "127.0.0.1", () => {
        socket.end();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nginx did not start on port ${port}`);
}

/**
 * Serves `root` with nginx; resolves to { url, requests, setRoot, close }. `requests` lists the
 * paths of the requests so far (from nginx's access log, `/` read as `/index.html`); `setRoot`
 * switches to another build atomically (a symlink swapped), as a deploy would.
 */
export async function serveNginx(root = DIST) {
  const dir = await mkdtemp(join(tmpdir(), "empreinte-nginx-"));
  // Started as root, nginx's workers run as `nobody`: they must reach the build through here.
  await chmod(dir, 0o755);
  const link = join(dir, "root");
  await symlink(root, link);
  await mkdir(join(dir, "temp"));
  const port = await freePort();
  let site = (await readFile(SITE, "utf8"))
    .replace("listen 80;", `listen 127.0.0.1:${port};`)
    .replace("root /srv/empreinte;", `root ${link};`)
    .replaceAll("/etc/nginx/empreinte-headers.conf", HEADERS);
  const brotli = existsSync(BROTLI);
  if (!brotli) site = site.replace(/^\s*brotli.*$/gm, "");
  const log = join(dir, "access.log");
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
    .map((kind) => `${kind}_temp_path ${join(dir, "temp", kind)};`)
    .join("\n  ");
  const conf = join(dir, "nginx.conf");
  await writeFile(
    conf,
    `${brotli ? `load_module ${BROTLI};` : ""}
daemon off;
worker_processes 1;
pid ${join(dir, "nginx.pid")};
error_log ${join(dir, "error.log")};
events { worker_connections 128; }
http {
  log_format path '$uri';
  access_log ${log} path;
  ${temp}
  ${site}
}
`,
  );
  const nginx = spawn("nginx", ["-p", dir, "-c", conf, "-e", join(dir, "error.log")], { stdio: "ignore" });
  const exited = new Promise((resolve) => nginx.on("exit", resolve));
  await listening(port);
  return {
    url: `http://127.0.0.1:${port}/`,
    get requests() {
      return existsSync(log) ? readFileSync(log, "utf8").split("\n").filter(Boolean) : [];
    },
    setRoot: async (next) => {
      const swap = join(dir, "next");
      await symlink(next, swap);
      await rename(swap, link);
    },
    close: async () => {
      nginx.kill("SIGTERM");
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
