// Sharing: the address always describes what the reader sees, and opening it restores exactly
// the same scenario.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { TIMEOUT } from "./support/browser.mjs";
import { useWidget } from "./support/fixture.mjs";
import { serve } from "./support/server.mjs";

const HOST = fileURLToPath(new URL("./host/", import.meta.url));

const widget = useWidget();

const METRICS = ["energy", "co2", "water"];

async function figures(page) {
  const out = {};
  for (const m of METRICS) {
    out[m] = await page.getAttribute(`[data-metric=${m}]`, "data-central");
  }
  return out;
}

test("a link restores the reader's scenario exactly, and edits keep the address in step", async () => {
  const page = await widget.context.newPage();
  await page.goto(`${widget.server.url}?images=9&image_model=flux-1&region=fr&lang=en`, { timeout: TIMEOUT });
  await page.waitForSelector("[data-chart=energy] svg rect", { timeout: TIMEOUT });
  assert.equal(await page.inputValue("input[inputmode=numeric][name=images]"), "9");
  assert.equal(await page.inputValue("select[name=image_model]"), "flux-1");
  assert.equal(await page.getAttribute("html", "lang"), "en");

  await page.selectOption("select[name=chat_model]", "mistral-large");
  await page.selectOption("select[name=source]", "ecologits");
  const slider = page.locator("input[type=range][name=messages]");
  await slider.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
  // The address follows the last change within a short delay (src/ui/url_sync.rs).
  await page.waitForFunction(
    () => {
      const query = new URLSearchParams(location.search);
      const messages = document.querySelector("input[type=range][name=messages]").value;
      return query.get("chat_model") === "mistral-large" && query.get("source") === "ecologits" && query.get("messages") === messages;
    },
    null,
    { timeout: TIMEOUT },
  );
  const shared = page.url();
  const seen = await figures(page);

  const other = await widget.context.newPage();
  await other.goto(shared, { timeout: TIMEOUT });
  await other.waitForSelector("[data-chart=energy] svg rect", { timeout: TIMEOUT });
  assert.deepEqual(await figures(other), seen);
  assert.equal(await other.inputValue("select[name=source]"), "ecologits");
  assert.equal(other.url(), shared, "opening a link does not rewrite it");
  await page.close();
  await other.close();
});

test("a hostile link is corrected with a visible notice and runs no script", async () => {
  const page = await widget.context.newPage();
  const dialogs = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  await page.goto(`${widget.server.url}?images=999999999&pue=abc&region=<img src=x onerror=alert(1)>`, { timeout: TIMEOUT });
  await page.waitForSelector("[data-notices]", { timeout: TIMEOUT });
  const text = await page.textContent("[data-notices]");
  assert.match(text, /images/);
  assert.match(text, /pue/);
  assert.equal(await page.locator("[data-notices] img").count(), 0);
  assert.equal(await page.inputValue("input[inputmode=numeric][name=images]"), "200");
  assert.deepEqual(dialogs, []);
  await page.close();
});

test("the figures and charts can be downloaded, computed in the browser", async () => {
  const page = await widget.context.newPage();
  await page.goto(`${widget.server.url}?images=6`, { timeout: TIMEOUT });
  await page.waitForSelector("[data-chart=energy] svg rect", { timeout: TIMEOUT });
  // The page's own requests: the offline worker may still be filling its cache meanwhile.
  const asked = [];
  page.on("request", (request) => asked.push(request.url()));
  await page.click("details.empreinte-share > summary");
  const read = async (selector) => {
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: TIMEOUT }),
      page.click(selector),
    ]);
    const stream = await download.createReadStream();
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    return { name: download.suggestedFilename(), body: Buffer.concat(chunks) };
  };
  const csv = await read("button[data-action=csv]");
  assert.equal(csv.name, "empreinte.csv");
  const central = await page.getAttribute("[data-metric=energy]", "data-central");
  assert.match(csv.body.toString(), new RegExp(`^total,energy,Wh,[^,]+,${central.replace(".", "\\.")},`, "m"));
  const json = JSON.parse((await read("button[data-action=json]")).body.toString());
  assert.equal(String(json.total.energy.central), central);
  assert.match(json.query, /images=6/);
  await page.click("[data-tab=water]");
  const svg = await read("[data-chart=water] button[data-action=svg]");
  assert.equal(svg.name, "empreinte-water.svg");
  assert.match(svg.body.toString(), /^<svg/);
  await page.click("[data-tab=co2]");
  const png = await read("[data-chart=co2] button[data-action=png]");
  assert.equal(png.name, "empreinte-co2.png");
  assert.deepEqual([...png.body.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], "a PNG file");
  assert.deepEqual(asked.filter((url) => !url.startsWith("blob:")), [], "exports ask the server for nothing");
  assert.match(await page.textContent("[data-citation]"), /Empreinte \d+\.\d+\.\d+, «\s[^«»]+“starter pack”\s», \d{1,2}(er)?\s\p{L}+\s\d{4}, http/u);
  await page.close();
});

test("copy buttons say whether the copy worked, and the embed code finds embed.js from any page name", async () => {
  const page = await widget.context.newPage();
  await page.goto(`${widget.server.url}index.html?images=3`, { timeout: TIMEOUT });
  await page.waitForSelector("[data-chart=energy] svg rect", { timeout: TIMEOUT });
  await page.click("details.empreinte-share > summary");
  const code = await page.inputValue("#empreinte-embed-code");
  assert.ok(code.includes(`src="${widget.server.url}embed.js"`), code);

  // Allowed: the link is in the clipboard and the widget says so.
  await widget.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: widget.server.url });
  await page.click("button[data-action=copy-link]");
  await page.waitForFunction(() => document.querySelector("[data-copy-status]").textContent !== "", null, {
    timeout: TIMEOUT,
  });
  assert.match(await page.textContent("[data-copy-status]"), /Copié/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /\?lang=fr&images=3&/);
  await page.close();

  // Refused: in an article's iframe without allow="clipboard-write", the widget says it failed.
  const host = await serve(HOST);
  const article = await widget.context.newPage();
  await article.goto(`${host.url}article.html?widget=${encodeURIComponent(widget.server.url)}`, { timeout: TIMEOUT });
  const frame = article.frameLocator("iframe");
  await frame.locator("[data-chart=energy] svg rect").first().waitFor({ timeout: TIMEOUT });
  await frame.locator("details.empreinte-share > summary").click();
  await frame.locator("button[data-action=copy-link]").click();
  await frame.locator("[data-copy-status]:not(:empty)").waitFor({ timeout: TIMEOUT });
  assert.match(await frame.locator("[data-copy-status]").textContent(), /n’a pas pu/);
  await article.close();
  await host.close();
});

test("the embed preview shows the scenario without reloading on every move", async () => {
  const page = await widget.context.newPage();
  await page.goto(`${widget.server.url}?images=5`, { timeout: TIMEOUT });
  await page.waitForSelector("[data-chart=energy] svg rect", { timeout: TIMEOUT });
  await page.click("details.empreinte-share > summary");
  await page.click("button[data-action=preview]");
  const preview = page.frameLocator("iframe.empreinte-preview");
  await preview.locator("[data-chart=energy] svg rect").first().waitFor({ timeout: TIMEOUT });
  assert.equal(await preview.locator("input[inputmode=numeric][name=images]").inputValue(), "5");
  const pages = () => widget.server.requests.filter((r) => r === "/").length;
  const loaded = pages();
  await page.locator("input[type=range][name=images]").focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press("ArrowRight");
  await page.waitForTimeout(500);
  assert.equal(pages(), loaded, "no page load in the preview while the reader moves the slider");
  await page.close();
});
