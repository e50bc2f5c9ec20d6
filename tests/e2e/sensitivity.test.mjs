// What moves the result: a closed section, computed only once opened; one row per setting,
// the widest swing first, following the reader's scenario; `hide=sensitivity` leaves it out.
import { test } from "node:test";
import assert from "node:assert/strict";
import { TIMEOUT } from "./support/browser.mjs";
import { useWidget } from "./support/fixture.mjs";

const widget = useWidget();
const SECTION = "[data-section=sensitivity]";
const ROWS = "table[data-table=sensitivity] tr[data-id]";
const SETTINGS = ["image_model", "quality", "video_model", "source", "chat_model", "tokens", "region", "pue", "wue", "water", "embodied", "training"];

const rows = (page) => page.$$eval(ROWS, (trs) => trs.map((tr) => [tr.dataset.id, Number(tr.dataset.value)]));

test("opened, it sweeps every setting, sorted by swing, and follows the scenario", async () => {
  const page = await widget.context.newPage();
  await page.goto(`${widget.server.url}?images=4&messages=10`, { timeout: TIMEOUT });
  await page.waitForSelector(SECTION, { timeout: TIMEOUT });
  assert.equal(await page.locator("[data-chart=sensitivity]").count(), 0, "nothing computed while closed");
  await page.click(`${SECTION} summary`);
  await page.waitForSelector("[data-chart=sensitivity] svg rect", { timeout: TIMEOUT });
  const before = await rows(page);
  assert.deepEqual(before.map(([id]) => id).sort(), [...SETTINGS].sort(), "one row per setting");
  for (let i = 1; i < before.length; i++) assert.ok(before[i - 1][1] >= before[i][1], `sorted: ${before}`);
  assert.ok(before[0][1] > 0);
  assert.equal(await page.locator("[data-chart=sensitivity] svg rect").count(), SETTINGS.length, "one bar per setting");
  assert.match(await page.textContent("[data-sensitivity=most]"), /«\u202f.+\u202f».*\d.*Wh.*\d.*Wh/);
  // Without images, the image settings move nothing.
  await page.fill("input[type=text][name=images]", "0");
  await page.press("input[type=text][name=images]", "Enter");
  await page.waitForFunction(
    (selector) => document.querySelector(`${selector}[data-id=quality]`)?.dataset.value === "0",
    "table[data-table=sensitivity] tr",
    { timeout: TIMEOUT },
  );
  const after = Object.fromEntries(await rows(page));
  assert.equal(after.image_model, 0);
  assert.equal(after.quality, 0);
  assert.equal(after.video_model, 0, "no clips, so the video generator moves nothing");
  await page.close();
});

test("hide=sensitivity leaves it out", async () => {
  const page = await widget.context.newPage();
  await page.goto(`${widget.server.url}?hide=sensitivity`, { timeout: TIMEOUT });
  await page.waitForSelector("footer", { timeout: TIMEOUT });
  assert.equal(await page.locator(SECTION).count(), 0);
  await page.close();
});
