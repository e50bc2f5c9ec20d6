// For `make bench`: the main thread's tasks during a cold start, from a Chromium trace. The app
// is built a part per task (src/ui/page/later.rs); this says how long those tasks are.
//
// Lighthouse's mobile total blocking time simulates a 4× slower CPU from an unthrottled trace:
// each task lasts four times as long, and what it lasts beyond 50 ms counts. The same sum over
// this trace's tasks, from the wasm's start on, is the "4× blocking estimate": one Lighthouse
// run moves by hundreds of ms on a busy machine, the median of several loads much less.

const CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "v8.wasm", "toplevel"];
const SLOWDOWN = 4;
const LONG_MS = 50;

/** One cold load of `url` in a new page, traced until the page has built its last part and
 * been idle a second: { longestMs, blockingMs, totalMs, tasks } over the tasks from the wasm's
 * start (the first task that compiles or instantiates it). */
export async function mainThreadTasks(context, url, timeout) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const events = [];
  cdp.on("Tracing.dataCollected", ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.start", { categories: CATEGORIES.join(","), transferMode: "ReportEvents" });
  await page.goto(url, { timeout });
  await page.waitForSelector("footer", { state: "attached", timeout });
  await page.waitForTimeout(1000);
  await cdp.send("Tracing.end");
  await complete;
  await page.close();

  // The page's renderer: the main thread that compiled the wasm (a navigation may change
  // process, leaving an idle one from the blank page).
  const wasm = (e) => e.ph === "X" && /^wasm\.|^v8\.wasm\./.test(e.name);
  const mains = events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  const onThread = (m) => (e) => e.pid === m.pid && e.tid === m.tid;
  const main = mains.find((m) => events.some((e) => onThread(m)(e) && wasm(e)));
  if (!main) throw new Error("no main thread compiled the wasm in the trace");
  const mine = events.filter(onThread(main));
  const start = Math.min(...mine.filter(wasm).map((e) => e.ts));
  const tasks = mine
    .filter((e) => e.ph === "X" && e.name === "RunTask" && e.ts + e.dur >= start)
    .map((e) => e.dur / 1000);
  return {
    tasks: tasks.length,
    longestMs: Math.max(...tasks),
    blockingMs: tasks.reduce((sum, d) => sum + Math.max(0, SLOWDOWN * d - LONG_MS), 0),
    totalMs: tasks.reduce((sum, d) => sum + d, 0),
  };
}
