// `make bench`: the widget's performance report. It measures the built dist/ served on loopback
// in headless Chromium and prints a table (also written as JSON to target/bench.json). It is a
// report, not a test: a budget that is over is marked "over", and the exit code stays 0 unless a
// measurement itself failed. Timings depend on the machine: compare numbers from a quiet one.
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import os from "node:os";
import zlib from "node:zlib";
import { serve, DIST } from "../tests/e2e/support/server.mjs";
import { launch, TIMEOUT } from "../tests/e2e/support/browser.mjs";
import { lighthouse } from "./lighthouse.mjs";
import { mainThreadTasks } from "./main-thread.mjs";

const LOADS = 9; // fresh loads for the start-up times (median of ≥ 7), after one discarded warm-up
const FRAME_MOVES = 200; // slider moves timed to the frame that shows them
const SENSITIVITY_MOVES = 300; // slider moves with the sensitivity section open
const MOVES = 1000; // slider moves: latency over all of them, memory after the first 100 and after all
const EARLY = 100;
const BUDGET = {
  firstLoadBrotli: 120_000, // bytes (1 KB = 1000 B, as browsers' network panels count)
  p95Ms: 4,
  memoryGrowth: { ratio: 0.05, bytes: 256_000 }, // "flat": under either limit
  lighthouse: { mobilePerformance: 95, lcpMs: 2000, cls: 0.02 }, // mobile preset
};
const CHART = "[data-chart=energy] svg rect";
const SLIDER = "input[type=range][name=images]";
const JSON_OUT = fileURLToPath(new URL("../target/bench.json", import.meta.url));

// Installed before any page script runs: records when the first chart appears (and then focuses
// the images slider, as a reader's Tab would) and when the energy figure first changes, i.e. the
// first key press answered. It also keeps the wasm module's exports, which Trunk's loader hands
// out in its `TrunkApplicationStarted` event: their `memory` is the wasm linear memory.
function pageProbe() {
  window.__bench = {};
  addEventListener("TrunkApplicationStarted", (e) => (window.__bench.wasm = e.detail?.wasm));
  new MutationObserver((_, observer) => {
    const b = window.__bench;
    const figure = document.querySelector("[data-metric=energy]");
    // On screen: the app is built hidden behind the first paint, then shown.
    const shown = document.querySelector(".empreinte-frame:not([hidden]) [data-chart=energy] svg rect");
    if (b.chart === undefined && figure && shown) {
      b.chart = performance.now();
      b.central = figure.dataset.central;
      document.querySelector("input[type=range][name=images]").focus();
    } else if (b.chart !== undefined && figure.dataset.central !== b.central) {
      b.interactive = performance.now();
      observer.disconnect();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

// performance.now() is coarsened to 0.1 ms in a page that is not cross-origin isolated.
const round = (x) => Math.round(x * 100) / 100;
const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]; // nearest rank
}

/** Every file the page requested that dist/ holds, raw and compressed as a server would send it. */
async function transferSizes(requested) {
  const files = [];
  for (const path of [...new Set(requested)]) {
    const name = path === "/" ? "index.html" : path.slice(1);
    let body;
    try {
      body = await readFile(join(DIST, name));
    } catch {
      continue; // a 404 (e.g. favicon.ico) is not part of the widget
    }
    files.push({
      file: name,
      raw: body.length,
      gzip: zlib.gzipSync(body, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(body, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }).length,
    });
  }
  const total = { file: "total", raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) for (const k of ["raw", "gzip", "brotli"]) total[k] += f[k];
  return { files, total };
}

/** One load in a new page with the HTTP cache (and so the wasm code cache) disabled. */
async function coldLoad(context, url) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // The Network domain must be on for setCacheDisabled to take effect (otherwise it is silently
  // ignored); every response is then checked to have really come over the network.
  const cached = [];
  cdp.on("Network.responseReceived", ({ response }) => {
    if (response.fromDiskCache || response.fromServiceWorker || response.fromPrefetchCache) cached.push(response.url);
  });
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  // Real ArrowRight presses (synthetic key events do not move a range input), one every few ms
  // from before navigation on: the first one the page answers marks it interactive, without
  // waiting for a driver round trip after the chart appears. Each press resolves once the page
  // has handled it, so a busy page slows the presses down instead of queueing them.
  let loaded = false;
  const key = { key: "ArrowRight", code: "ArrowRight", windowsVirtualKeyCode: 39 };
  const presses = (async () => {
    while (!loaded) {
      await cdp.send("Input.dispatchKeyEvent", { type: "keyDown", ...key });
      await cdp.send("Input.dispatchKeyEvent", { type: "keyUp", ...key });
      await new Promise((r) => setTimeout(r, 2));
    }
  })();
  try {
    await page.goto(url, { timeout: TIMEOUT });
    await page.waitForFunction(() => window.__bench.interactive !== undefined, null, { timeout: TIMEOUT });
  } finally {
    loaded = true;
    await presses;
  }
  if (cached.length) throw new Error(`not a cold load, served from a cache: ${cached.join(", ")}`);
  const times = await page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0];
    return {
      chart: window.__bench.chart,
      interactive: window.__bench.interactive,
      domContentLoaded: nav.domContentLoadedEventEnd,
    };
  });
  await page.close();
  return times;
}

// Runs inside the page: `count` slider moves, each timed from just before its `input` event to
// the moment every figure and every chart shows the new value. Leptos updates the DOM from
// scheduled effects, not inside the event: the wait yields one microtask at a time (cheap and
// precise), and falls back to macrotasks should the update ever be deferred further.
async function moveSlider({ count, values, start }) {
  const slider = document.querySelector("input[type=range][name=images]");
  const figures = () => [...document.querySelectorAll("[data-metric]")].map((e) => e.dataset.central);
  // A redraw replaces the changed elements of a chart (or all of it) in one synchronous call,
  // so the first change recorded under a chart's drawing means the whole chart is redrawn.
  // Only the chart on screen is redrawn on a move (the others wait for their tab).
  const drawings = [...document.querySelectorAll("[data-chart] svg")]
    .filter((svg) => svg.getClientRects().length > 0)
    .map((svg) => svg.parentElement);
  let redrawn = drawings.map(() => false);
  // Records reach the callback in a microtask, or `takeRecords` when asked first.
  const observers = drawings.map((drawing, k) => {
    const observer = new MutationObserver(() => (redrawn[k] = true));
    observer.observe(drawing, { subtree: true, childList: true, attributes: true, characterData: true });
    return observer;
  });
  const latencies = [];
  const how = { sync: 0, microtask: 0, task: 0 };
  for (let i = 0; i < count; i++) {
    const beforeFigures = figures();
    observers.forEach((o) => o.takeRecords());
    redrawn = drawings.map(() => false);
    // Every figure changed and every chart was redrawn.
    const done = () => {
      observers.forEach((o, k) => (redrawn[k] ||= o.takeRecords().length > 0));
      return figures().every((v, k) => v !== beforeFigures[k]) && redrawn.every(Boolean);
    };
    slider.value = String(values[(start + i) % values.length]);
    const t0 = performance.now();
    slider.dispatchEvent(new Event("input", { bubbles: true }));
    let mode = "sync";
    for (let hops = 0; !done(); hops++) {
      if (hops < 1000) {
        mode = "microtask";
        await null;
      } else {
        mode = "task";
        await new Promise((r) => setTimeout(r, 0));
        if (performance.now() - t0 > 5000) throw new Error(`move ${i}: the DOM did not update`);
      }
    }
    latencies.push(performance.now() - t0);
    how[mode]++;
  }
  observers.forEach((o) => o.disconnect());
  return { latencies, how };
}

// Runs inside the page: `count` slider moves, each timed from just before its `input` event to
// the end of the frame that shows it: the first animation frame after the update, then a
// message posted from it, which runs once that frame's style, layout and paint are done. Each
// move waits one more frame, so that no move starts inside another's frame. Also the frame's
// own work, from its animation frame callback to that message: the browser's style, layout
// and paint for the change, without the wait for the frame.
async function moveToFrame({ count, values }) {
  const slider = document.querySelector("input[type=range][name=images]");
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  // Resolves with the time the next frame began.
  const afterFrame = () =>
    new Promise((r) =>
      requestAnimationFrame(() => {
        const began = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => r(began);
        channel.port2.postMessage(0);
      }),
    );
  const toFrame = [];
  const work = [];
  for (let i = 0; i < count; i++) {
    await frame();
    slider.value = String(values[i % values.length]);
    const t0 = performance.now();
    slider.dispatchEvent(new Event("input", { bubbles: true }));
    const began = await afterFrame();
    const end = performance.now();
    toFrame.push(end - t0);
    work.push(end - began);
  }
  return { toFrame, work };
}

/** JS heap after a forced GC, wasm linear memory and DOM counters. */
async function memory(page, cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = await cdp.send("Runtime.getHeapUsage");
  const dom = await cdp.send("Memory.getDOMCounters");
  const wasm = await page.evaluate(() => window.__bench.wasm?.memory?.buffer.byteLength ?? null);
  return { jsHeapUsed: heap.usedSize, wasmMemory: wasm, nodes: dom.nodes, listeners: dom.jsEventListeners };
}

async function interaction(context, url) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url, { timeout: TIMEOUT });
  await page.waitForSelector(CHART, { timeout: TIMEOUT });
  // Two alternating counts: every move changes every result, whatever the move's direction.
  const values = [7, 8];
  const first = await page.evaluate(moveSlider, { count: EARLY, values, start: 0 });
  const early = await memory(page, cdp);
  const rest = await page.evaluate(moveSlider, { count: MOVES - EARLY, values, start: EARLY });
  const late = await memory(page, cdp);
  const frames = await page.evaluate(moveToFrame, { count: FRAME_MOVES, values });
  // The same moves with "what moves the result" open: its sweep and chart are then redrawn too.
  await page.click("[data-section=sensitivity] summary");
  await page.waitForSelector("[data-chart=sensitivity] svg rect", { timeout: TIMEOUT });
  const sensitivity = await page.evaluate(moveSlider, { count: SENSITIVITY_MOVES, values, start: 0 });
  const browser = (await cdp.send("Browser.getVersion")).product;
  await page.close();
  const latencies = [...first.latencies, ...rest.latencies];
  const how = Object.fromEntries(Object.keys(first.how).map((k) => [k, first.how[k] + rest.how[k]]));
  return { latencies, how, early, late, browser, frames, sensitivity: sensitivity.latencies };
}

function flat(before, after) {
  if (before === null || after === null) return null;
  const growth = after - before;
  return growth < BUDGET.memoryGrowth.bytes || growth < before * BUDGET.memoryGrowth.ratio;
}

const mark = (ok) => (ok === null ? "n/a" : ok ? "ok" : "over");
const kb = (bytes) => (bytes / 1000).toFixed(1).padStart(8);
const ms = (x) => x.toFixed(2).padStart(8);

function machine() {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    cores: cpus.length,
    cpu: cpus[0]?.model ?? "unknown",
    memoryGB: +(os.totalmem() / 2 ** 30).toFixed(1),
    loadAverage: os.loadavg().map((x) => +x.toFixed(2)),
    node: process.version,
    rustc: version("rustc"),
    wasmOpt: version(fileURLToPath(new URL("../node_modules/.bin/wasm-opt", import.meta.url))),
  };
}

/** The toolchain that made dist/ matters for its size; "unknown" if the tool is not found. */
function version(command) {
  try {
    return execFileSync(command, ["--version"]).toString().trim();
  } catch {
    return "unknown";
  }
}

async function main() {
  const info = machine();
  const server = await serve();
  // No service worker: every load must be a reader's first visit, fetching every file from
  // the server (a worker would answer from its cache after the warm-up load).
  const context = await launch({ serviceWorkers: "block" });
  await context.addInitScript(pageProbe);
  try {
    // A discarded load warms the browser process and the OS file cache, not the page's cache.
    await coldLoad(context, server.url);
    server.requests.length = 0;
    const loads = [];
    for (let i = 0; i < LOADS; i++) loads.push(await coldLoad(context, server.url));
    const size = await transferSizes(server.requests);
    const traced = [];
    for (let i = 0; i < LOADS; i++) traced.push(await mainThreadTasks(context, server.url, TIMEOUT));
    const run = await interaction(context, server.url);
    info.chromium = run.browser;
    info.loadAverageAfter = os.loadavg().map((x) => +x.toFixed(2));

    const pick = (k) => loads.map((l) => l[k]);
    const spread = (xs) => ({ median: round(median(xs)), min: round(Math.min(...xs)), max: round(Math.max(...xs)) });
    const startup = {
      domContentLoaded: spread(pick("domContentLoaded")),
      chart: spread(pick("chart")),
      interactive: spread(pick("interactive")),
      tasks: {
        count: round(median(traced.map((t) => t.tasks))),
        longestMs: spread(traced.map((t) => t.longestMs)),
        blockingMs: spread(traced.map((t) => t.blockingMs)),
        totalMs: spread(traced.map((t) => t.totalMs)),
      },
    };
    const latency = {
      moves: run.latencies.length,
      p50: round(quantile(run.latencies, 0.5)),
      p95: round(quantile(run.latencies, 0.95)),
      max: round(Math.max(...run.latencies)),
      updatedIn: run.how,
      sensitivityOpen: {
        moves: run.sensitivity.length,
        p50: round(quantile(run.sensitivity, 0.5)),
        p95: round(quantile(run.sensitivity, 0.95)),
      },
      frame: {
        moves: run.frames.toFrame.length,
        p50: round(quantile(run.frames.toFrame, 0.5)),
        p95: round(quantile(run.frames.toFrame, 0.95)),
        workP50: round(quantile(run.frames.work, 0.5)),
        workP95: round(quantile(run.frames.work, 0.95)),
      },
    };
    const report = {
      machine: info,
      firstLoad: {
        ...size,
        budgetBrotli: BUDGET.firstLoadBrotli,
        ok: size.total.brotli <= BUDGET.firstLoadBrotli,
      },
      startup: { loads: LOADS, ...startup },
      latency: {
        ...latency,
        budgetP95: BUDGET.p95Ms,
        ok: latency.p95 <= BUDGET.p95Ms && latency.sensitivityOpen.p95 <= BUDGET.p95Ms,
      },
      memory: {
        afterMoves: { [EARLY]: run.early, [MOVES]: run.late },
        jsHeapFlat: flat(run.early.jsHeapUsed, run.late.jsHeapUsed),
        wasmMemoryFlat: flat(run.early.wasmMemory, run.late.wasmMemory),
      },
    };
    // Served compressed, as a host would: Lighthouse judges the transfer, not the files.
    const compressed = await serve(DIST, { compress: true });
    try {
      const lh = await lighthouse(compressed.url);
      const b = BUDGET.lighthouse;
      report.lighthouse = {
        ...lh,
        budget: b,
        ok: lh.mobile.performance >= b.mobilePerformance && lh.mobile.lcpMs <= b.lcpMs && lh.mobile.cls <= b.cls,
      };
    } finally {
      await compressed.close();
    }
    print(report);
    await mkdir(join(JSON_OUT, ".."), { recursive: true });
    await writeFile(JSON_OUT, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\n(written to ${JSON_OUT})`);
  } finally {
    await context.close();
    await server.close();
  }
}

function print(r) {
  const m = r.machine;
  console.log("Empreinte performance report");
  console.log(`${m.date}  node ${m.node}  ${m.chromium}`);
  console.log(`${m.rustc}; ${m.wasmOpt}`);
  const load = `${m.loadAverage.join(" ")} → ${m.loadAverageAfter.join(" ")}`;
  console.log(`${m.cores} × ${m.cpu}, ${m.memoryGB} GB; load average ${load}`);
  if (m.loadAverage[0] > m.cores / 2) console.log("warning: the machine is busy; timings are noisy");

  console.log(`\nFirst load (files the page requested; KB = 1000 B)`);
  console.log(`${"file".padEnd(40)}${"raw".padStart(9)}${"gzip".padStart(9)}${"brotli".padStart(9)}`);
  for (const f of [...r.firstLoad.files, r.firstLoad.total]) {
    console.log(`${f.file.padEnd(40)} ${kb(f.raw)} ${kb(f.gzip)} ${kb(f.brotli)}`);
  }
  console.log(`budget: total brotli ≤ ${kb(r.firstLoad.budgetBrotli).trim()} KB → ${mark(r.firstLoad.ok)}`);

  const s = r.startup;
  console.log(`\nStart-up, ms from navigation (${s.loads} cold loads)  median      min      max`);
  for (const [k, label] of [
    ["domContentLoaded", "DOMContentLoaded"],
    ["chart", "first chart on screen"],
    ["interactive", "interactive (key press answered)"],
  ]) {
    console.log(`${label.padEnd(44)}${ms(s[k].median)} ${ms(s[k].min)} ${ms(s[k].max)}`);
  }
  const t = s.tasks;
  console.log(`Main-thread tasks from the wasm's start (${t.count}, traced), ms`);
  for (const [k, label] of [
    ["longestMs", "longest task"],
    ["totalMs", "all tasks"],
    ["blockingMs", "4× blocking estimate (Lighthouse's TBT)"],
  ]) {
    console.log(`${label.padEnd(44)}${ms(t[k].median)} ${ms(t[k].min)} ${ms(t[k].max)}`);
  }

  const l = r.latency;
  console.log(`\nSlider input → every figure and chart updated (${l.moves} moves), ms`);
  console.log(`p50 ${ms(l.p50)}   p95 ${ms(l.p95)}   max ${ms(l.max)}`);
  const u = l.updatedIn;
  console.log(
    `DOM updated: in the event ${u.sync}, in microtasks after it ${u.microtask}, in a later task ${u.task}`,
  );
  const o = l.sensitivityOpen;
  console.log(`the same with "what moves the result" open (${o.moves} moves): p50 ${ms(o.p50)}   p95 ${ms(o.p95)}`);
  console.log(`budget: p95 ≤ ${l.budgetP95} ms, closed and open → ${mark(l.ok)}`);
  console.log(`Slider input → the end of the frame that shows it (${l.frame.moves} moves), ms`);
  console.log(`p50 ${ms(l.frame.p50)}   p95 ${ms(l.frame.p95)}   (a report: includes waiting for the frame)`);
  console.log(`of which the frame's style, layout and paint: p50 ${ms(l.frame.workP50)}   p95 ${ms(l.frame.workP95)}`);

  const h = r.lighthouse;
  console.log(`\nLighthouse 12.2.3 (served with brotli)  perf  a11y  best   seo    LCP ms   CLS  TBT ms  FCP ms`);
  for (const preset of ["mobile", "desktop"]) {
    const x = h[preset];
    const cols = [x.performance, x.accessibility, x.bestPractices, x.seo].map((v) => String(v).padStart(5));
    console.log(
      `${preset.padEnd(38)}${cols.join(" ")} ${String(x.lcpMs).padStart(9)} ${x.cls.toFixed(3).padStart(5)} ${String(x.tbtMs).padStart(7)} ${String(x.fcpMs).padStart(7)}`,
    );
  }
  console.log(
    `budget: mobile performance ≥ ${h.budget.mobilePerformance}, LCP ≤ ${h.budget.lcpMs} ms, CLS ≤ ${h.budget.cls} → ${mark(h.ok)}`,
  );

  const mm = r.memory;
  const [[early, x], [late, y]] = Object.entries(mm.afterMoves);
  const size = (bytes) => (bytes === null ? "n/a".padStart(8) : kb(bytes));
  const row = (label, key, ok) => {
    const growth = x[key] === null || y[key] === null ? null : y[key] - x[key];
    console.log(`${label.padEnd(26)}${size(x[key])} ${size(y[key])}   ${size(growth)}  ${mark(ok)}`);
  };
  console.log(`\nMemory after GC, KB        after ${early}  after ${late}     growth`);
  row("JS heap used", "jsHeapUsed", mm.jsHeapFlat);
  row("wasm linear memory", "wasmMemory", mm.wasmMemoryFlat);
  console.log(`DOM nodes / listeners     ${x.nodes} / ${x.listeners}  →  ${y.nodes} / ${y.listeners}`);
  console.log(`budget: flat (growth < 5 % or < 256 KB)`);
}

await main();
