// AI video: a clip among the chart's rows, clips set in the refine section, a link with clips
// and a habit restoring the same figures, the one-clip preset, a bad value's notice.
import { test } from "node:test";
import assert from "node:assert/strict";
import { TIMEOUT } from "./support/browser.mjs";
import { useWidget } from "./support/fixture.mjs";

const widget = useWidget();
const CLIP_ROW = "table[data-table=energy] tr[data-id=video-clip]";

const figures = (page) =>
  page.$$eval("[data-metric]", (els) => els.map((e) => `${e.dataset.metric}=${e.dataset.central}`).join(" "));
const energy = (page) => page.getAttribute("[data-metric=energy]", "data-central");

test("one clip is a chart row; made, it is the reader's figure; the link restores clips and a habit", async () => {
  const page = await widget.context.newPage();
  await page.goto(`${widget.server.url}?images=0&messages=0`, { timeout: TIMEOUT });
  await page.waitForSelector("[data-chart=energy] svg rect", { timeout: TIMEOUT });
  assert.match(await page.textContent(`${CLIP_ROW} th`), /^Une vidéo IA de 8\u00a0s \(Veo 3\.1\)$/);
  const clip = await page.getAttribute(CLIP_ROW, "data-value");
  assert.ok(Number(clip) > 0);

  await page.click("details.empreinte-refine > summary");
  await page.fill("input[type=text][name=videos]", "1");
  await page.press("input[type=text][name=videos]", "Enter");
  await page.waitForFunction((c) => document.querySelector("[data-metric=energy]")?.dataset.central === c, clip, {
    timeout: TIMEOUT,
  });
  assert.match(await page.textContent(".empreinte-results-for"), /1 vidéo IA de 8\u00a0s/);
  assert.equal(await page.locator(CLIP_ROW).count(), 0, "the reader's own row is that clip");
  const once = await figures(page);

  // Another generator changes the figure and the row's name follows it.
  await page.selectOption("select[name=video_model]", "wan-2.1-1.3b");
  await page.waitForFunction((c) => document.querySelector("[data-metric=energy]")?.dataset.central !== c, clip, {
    timeout: TIMEOUT,
  });
  await page.selectOption("select[name=video_model]", "veo-3.1");
  await page.selectOption("select[name=per]", "week");
  await page.waitForSelector("[data-year]", { timeout: TIMEOUT });
  assert.equal(await figures(page), once, "a week of one clip is one clip");
  await page.waitForFunction(
    () => ["videos=1", "video_seconds=8", "video_model=veo-3.1", "per=week"].every((p) => location.search.includes(p)),
    null,
    { timeout: TIMEOUT },
  );
  const year = await page.textContent("[data-year]");

  const again = await widget.context.newPage();
  await again.goto(`${widget.server.url}?images=0&messages=0&videos=1&video_seconds=8&per=week`, { timeout: TIMEOUT });
  await again.waitForSelector("[data-year]", { timeout: TIMEOUT });
  assert.equal(await figures(again), once);
  assert.equal(await again.textContent("[data-year]"), year);
  assert.equal(await again.inputValue("input[type=text][name=videos]"), "1");
  assert.equal(await again.inputValue("input[type=text][name=video_seconds]"), "8");
  await again.close();
  await page.close();
});

test("a longer clip costs more; the preset is one clip; a bad generator gets a notice", async () => {
  const page = await widget.context.newPage();
  await page.goto(`${widget.server.url}?preset=video-clip&lang=en`, { timeout: TIMEOUT });
  await page.waitForSelector("[data-chart=energy] svg rect", { timeout: TIMEOUT });
  assert.match(await page.textContent(".empreinte-results-for"), /^For 0 images, 1 AI video of 8\u00a0s and 0 chat messages$/);
  const eight = Number(await energy(page));
  await page.goto(`${widget.server.url}?preset=video-clip&lang=en&video_seconds=16`, { timeout: TIMEOUT });
  await page.waitForSelector("[data-chart=energy] svg rect", { timeout: TIMEOUT });
  assert.ok(Number(await energy(page)) > eight, "16 s costs more than 8 s");
  await page.goto(`${widget.server.url}?video_model=sora-9`, { timeout: TIMEOUT });
  await page.waitForSelector("[data-chart=energy] svg rect", { timeout: TIMEOUT });
  assert.match(await page.textContent(".empreinte-notices"), /video_model/);
  await page.close();
});
