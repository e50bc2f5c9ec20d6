// Embedding on an article page of another origin (the widget served by nginx with
// deploy/nginx.conf): the widget renders in its iframe, the host
// snippet fits the iframe to the widget's height, and the article keeps its own look.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { serve } from "./support/server.mjs";
import { serveNginx } from "./support/nginx.mjs";
import { launch, TIMEOUT } from "./support/browser.mjs";

const HOST = fileURLToPath(new URL("./host/", import.meta.url));

let widget;
let host;
let context;

before(async () => {
  widget = await serveNginx(); // deploy/nginx.conf, as a host serves it
  host = await serve(HOST);
  context = await launch();
});

after(async () => {
  await context?.close();
  await widget?.close();
  await host?.close();
});

/** The computed look of the host's own elements. */
function hostLook(page) {
  return page.evaluate(() => {
    const pick = (el) => {
      const s = getComputedStyle(el);
      return [s.fontFamily, s.fontSize, s.color, s.backgroundColor, s.lineHeight, s.margin].join("|");
    };
    return { body: pick(document.body), h1: pick(document.querySelector("h1")), p: pick(document.querySelector("p")) };
  });
}

test("the widget renders in an article of another origin, fits its height, and leaves the article alone", async () => {
  assert.notEqual(new URL(widget.url).port, new URL(host.url).port);
  const bare = await context.newPage();
  await bare.goto(`${host.url}article.html`, { timeout: TIMEOUT });
  const expected = await hostLook(bare);
  await bare.close();

  const page = await context.newPage();
  await page.goto(`${host.url}article.html?widget=${encodeURIComponent(widget.url)}`, { timeout: TIMEOUT });
  const frame = page.frameLocator("iframe");
  await frame.locator("[data-chart=energy] svg rect").first().waitFor({ timeout: TIMEOUT });
  assert.equal(await frame.locator("input[inputmode=numeric][name=images]").inputValue(), "8");
  assert.ok(await frame.locator("main.empreinte-embed").count(), "embed layout");

  // The snippet sets the iframe's height to the widget's own content height.
  const content = async () =>
    page.frames()[1].evaluate(() => Math.ceil(document.querySelector(".empreinte-frame").getBoundingClientRect().height));
  await page.waitForFunction(
    (h) => Math.abs(document.querySelector("iframe").getBoundingClientRect().height - h) <= 1,
    await content(),
    { timeout: TIMEOUT },
  );

  // Opening the refine section makes the widget taller: the iframe follows.
  const before = await page.evaluate(() => document.querySelector("iframe").getBoundingClientRect().height);
  await frame.locator("details.empreinte-refine > summary").click();
  await page.waitForFunction((b) => document.querySelector("iframe").getBoundingClientRect().height > b + 20, before, {
    timeout: TIMEOUT,
  });
  // …and then stays put: no resize loop.
  const settled = await page.evaluate(() => document.querySelector("iframe").getBoundingClientRect().height);
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => document.querySelector("iframe").getBoundingClientRect().height), settled);

  assert.deepEqual(await hostLook(page), expected, "the article's styles are untouched");
  assert.equal(await page.locator(".empreinte, link[rel=stylesheet]").count(), 0, "nothing injected into the host");
  await page.close();
});

test("messages from other origins or frames do not resize the iframe", async () => {
  const page = await context.newPage();
  await page.goto(`${host.url}article.html?widget=${encodeURIComponent(widget.url)}`, { timeout: TIMEOUT });
  await page.frameLocator("iframe").locator("[data-chart=energy] svg rect").first().waitFor({ timeout: TIMEOUT });
  await page.waitForTimeout(300);
  const height = await page.evaluate(() => document.querySelector("iframe").style.height);
  await page.evaluate(() => window.postMessage({ type: "empreinte:resize", height: 5 }, "*"));
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => document.querySelector("iframe").style.height), height);
  await page.close();
});

/** Waits until the iframe of `page` is as tall as the widget's document. */
async function fits(page, frame) {
  for (let i = 0; i < 50; i++) {
    const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const iframe = await page.evaluate(() => document.querySelector("iframe").getBoundingClientRect().height);
    if (Math.abs(iframe - content) <= 1) return;
    await page.waitForTimeout(100);
  }
  assert.fail("the iframe was not fitted to the widget");
}

for (const [name, extra] of [
  ["a sandboxed embed (allow-scripts allow-popups)", `&sandbox=${encodeURIComponent("allow-scripts allow-popups")}`],
  ["a host snippet pasted inline", "&inline=1"],
]) {
  test(`${name}: the widget renders, styled, and the iframe fits it (nginx with deploy/nginx.conf)`, async () => {
    // The widget's host sends Access-Control-Allow-Origin: * (README, Hosting).
    const cors = await serveNginx();
    try {
      const page = await context.newPage();
      const errors = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${host.url}article.html?widget=${encodeURIComponent(cors.url)}${extra}`, { timeout: TIMEOUT });
      const frame = page.frames()[1] ?? (await page.waitForEvent("frameattached"));
      await frame.locator("[data-chart=energy] svg rect").first().waitFor({ timeout: TIMEOUT });
      const radius = await frame.evaluate(() => getComputedStyle(document.querySelector(".empreinte-results")).borderTopLeftRadius);
      assert.notEqual(radius, "0px", "the stylesheet applies");
      await fits(page, frame);
      assert.deepEqual(errors, [], "the host page throws nothing");
      await page.close();
    } finally {
      await cors.close();
    }
  });
}
