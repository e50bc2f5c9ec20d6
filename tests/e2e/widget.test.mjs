// The built widget (dist/) end to end: it loads, a reader moves a slider, the chart follows.
import { test } from "node:test";
import assert from "node:assert/strict";
import { TIMEOUT } from "./support/browser.mjs";
import { useWidget } from "./support/fixture.mjs";

const widget = useWidget();

async function openWidget() {
  const page = await widget.context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(widget.server.url, { timeout: TIMEOUT });
  await page.waitForSelector("[data-chart=energy] svg rect", { timeout: TIMEOUT });
  return { page, errors };
}

test("the built widget renders its figure and chart without errors", async () => {
  const { page, errors } = await openWidget();
  const central = Number(await page.getAttribute("[data-metric=energy]", "data-central"));
  assert.ok(Number.isFinite(central) && central > 0, `energy central is ${central}`);
  assert.equal(await page.getAttribute("html", "lang"), "fr");
  assert.deepEqual(errors, []);
  await page.close();
});

test("moving the images slider with the keyboard changes the figure and the chart", async () => {
  const { page } = await openWidget();
  const slider = page.locator("input[type=range][name=images]");
  const before = {
    value: await slider.inputValue(),
    central: await page.getAttribute("[data-metric=energy]", "data-central"),
    chart: await page.innerHTML("[data-chart=energy] svg"),
  };
  await slider.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");

  assert.equal(Number(await slider.inputValue()), Number(before.value) + 5);
  await page.waitForFunction(
    (old) => document.querySelector("[data-metric=energy]").dataset.central !== old,
    before.central,
    { timeout: TIMEOUT },
  );
  const after = await page.innerHTML("[data-chart=energy] svg");
  assert.notEqual(after, before.chart, "the chart did not change");
  assert.equal(await page.inputValue("input[inputmode=numeric][name=images]"), String(Number(before.value) + 5));
  await page.close();
});

/** The UTF-8 text of a PNG's iTXt chunk `keyword`, uncompressed (scripts/og-image.mjs). */
function pngText(png, keyword) {
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString("latin1", at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === "iTXt" && data.toString("latin1", 0, keyword.length + 1) === `${keyword}\0`) {
      // keyword NUL, compression flag and method, language NUL, translated keyword NUL, text
      let rest = data.subarray(keyword.length + 3);
      for (let nul = 0; nul < 2; nul++) rest = rest.subarray(rest.indexOf(0) + 1);
      return rest.toString("utf8");
    }
    at += 12 + length;
  }
  return undefined;
}

test("a shared link previews the default scenario's figures, as the app shows them", async () => {
  const { page } = await openWidget();
  const meta = (property) =>
    page.getAttribute(`meta[property="${property}"], meta[name="${property}"]`, "content");
  assert.equal(await meta("og:image"), "og.png");
  assert.equal(await meta("twitter:card"), "summary_large_image");
  assert.ok((await meta("og:image:alt")).length > 40, "the image is described");
  const response = await page.request.get(new URL("og.png", widget.server.url).href);
  const png = Buffer.from(await response.body());
  assert.equal(png.toString("latin1", 1, 4), "PNG");
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630], "1.91:1 at 1200 px");
  const figures = await page.evaluate(() =>
    ["energy", "co2", "water"].map((m) => document.querySelector(`[data-metric=${m}]`).textContent.trim()).join(" · "),
  );
  assert.equal(pngText(png, "Description"), figures, "assets/og.png is out of date: run `make og`");
  await page.close();
});
