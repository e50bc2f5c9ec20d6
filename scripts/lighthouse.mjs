// Lighthouse 12.2.3 (pinned: 13 needs Node 22), for `make bench`: the mobile and desktop presets
// against the served release build, with Debian's Chromium. Installed by the Makefile into
// target/lighthouse (not a dependency of the tests).
import { execFile } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { FLAGS } from "../tests/e2e/support/browser.mjs";

const CLI = fileURLToPath(new URL("../target/lighthouse/node_modules/.bin/lighthouse", import.meta.url));
const CHROME_FLAGS = ["--headless", ...FLAGS].join(" ");

/** One run: the four category scores (0–100) and LCP, CLS, TBT, FCP (ms, CLS unitless). */
async function run(url, preset) {
  const out = join(tmpdir(), `empreinte-lighthouse-${preset}-${process.pid}.json`);
  const args = [
    url,
    `--chrome-flags=${CHROME_FLAGS}`,
    "--output=json",
    `--output-path=${out}`,
    "--only-categories=performance,accessibility,best-practices,seo",
    "--quiet",
  ];
  if (preset === "desktop") args.push("--preset=desktop");
  await promisify(execFile)(CLI, args, { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? "/usr/bin/chromium" } });
  const report = JSON.parse(await readFile(out, "utf8"));
  await rm(out, { force: true });
  const score = (id) => Math.round(report.categories[id].score * 100);
  const audit = (id) => report.audits[id].numericValue;
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: Math.round(audit("largest-contentful-paint")),
    cls: +audit("cumulative-layout-shift").toFixed(3),
    tbtMs: Math.round(audit("total-blocking-time")),
    fcpMs: Math.round(audit("first-contentful-paint")),
  };
}

/** Mobile (simulated slow 4G, 4× CPU slowdown) then desktop. */
export async function lighthouse(url) {
  return { mobile: await run(url, "mobile"), desktop: await run(url, "desktop") };
}
