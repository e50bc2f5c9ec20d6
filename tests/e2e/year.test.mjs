// A habit: counts per day, week or month give the period's figures and the year's; the
// charts set the year beside yearly things; the link keeps it all.
import { test } from "node:test";
import assert from "node:assert/strict";
import { TIMEOUT } from "./support/browser.mjs";
import { useWidget } from "./support/fixture.mjs";

const widget = useWidget();

const figures = (page) =>
  page.$$eval("[data-metric]", (els) => els.map((e) => `${e.dataset.metric}=${e.dataset.central}`).join(" "));

test("a weekly habit's link gives its week and its year, and restores the same figures", async () => {
  const page = await widget.context.newPage();
  await page.goto(`${widget.server.url}?images=3&messages=12`, { timeout: TIMEOUT });
  await page.waitForSelector("[data-chart=energy] svg rect", { timeout: TIMEOUT });
  const once = await figures(page);
  assert.equal(await page.locator("[data-year]").count(), 0, "no year for counts made once");

  await page.click("details.empreinte-refine > summary");
  await page.selectOption("select[name=per]", "week");
  await page.waitForSelector("[data-year]", { timeout: TIMEOUT });
  assert.equal(await figures(page), once, "the week's own figures are the counts'");
  assert.match(await page.textContent(".empreinte-results-for"), /par semaine$/);
  assert.match(await page.textContent("[data-year]"), /^Sur un an\u00a0: .*Wh.*CO₂e.*L/);
  const scenarioRow = "table[data-table=energy] tr[data-id=scenario] th";
  await page.waitForFunction((s) => document.querySelector(s)?.textContent === "Votre usage sur un an", scenarioRow, {
    timeout: TIMEOUT,
  });
  assert.ok(await page.locator("table[data-table=energy] tr[data-id=french-home-electricity-year]").count());
  assert.equal(await page.locator("table[data-table=energy] tr[data-id=starter-pack-half-phone-charge]").count(), 0);
  await page.waitForFunction(() => location.search.includes("per=week"), null, { timeout: TIMEOUT });
  const year = await page.textContent("[data-year]");

  const again = await widget.context.newPage();
  await again.goto(widget.server.url + new URL(page.url()).search, { timeout: TIMEOUT });
  await again.waitForSelector("[data-year]", { timeout: TIMEOUT });
  assert.equal(await figures(again), once);
  assert.equal(await again.textContent("[data-year]"), year);
  assert.equal(await again.inputValue("select[name=per]"), "week");
  await again.close();
  await page.close();
});

test("the 'my AI year' preset is a daily habit; a bad per gets a notice", async () => {
  const page = await widget.context.newPage();
  await page.goto(`${widget.server.url}?preset=year&lang=en`, { timeout: TIMEOUT });
  await page.waitForSelector("[data-year]", { timeout: TIMEOUT });
  assert.match(await page.textContent(".empreinte-results-for"), /^For 2 images and 20 chat messages a day$/);
  await page.goto(`${widget.server.url}?per=fortnight`, { timeout: TIMEOUT });
  await page.waitForSelector("[data-chart=energy] svg rect", { timeout: TIMEOUT });
  assert.match(await page.textContent(".empreinte-notices"), /per/);
  assert.equal(await page.locator("[data-year]").count(), 0);
  await page.close();
});
