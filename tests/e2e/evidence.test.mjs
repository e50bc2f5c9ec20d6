// How solid each figure is: every row of every chart's table says it, the chart marks the
// estimates as its legend explains, and the card names the weakest part of the result.
import { test } from "node:test";
import assert from "node:assert/strict";
import { TIMEOUT } from "./support/browser.mjs";
import { useWidget } from "./support/fixture.mjs";

const widget = useWidget();
const LEVELS = ["measured", "disclosed", "estimated", "ours"];

test("each row carries its evidence, the chart marks the estimates, the card names the weakest part", async () => {
  const page = await widget.context.newPage();
  await page.goto(`${widget.server.url}?images=3&messages=8&photos=1`, { timeout: TIMEOUT });
  await page.waitForSelector("[data-chart=energy] svg rect", { timeout: TIMEOUT });
  for (const metric of ["energy", "co2", "water"]) {
    await page.click(`[data-tab=${metric}]`);
    await page.waitForSelector(`[data-chart=${metric}] svg rect`, { timeout: TIMEOUT });
    const rows = await page.$$eval(`table[data-table=${metric}] tr[data-id]`, (trs) =>
      trs.map((tr) => tr.dataset.evidence),
    );
    assert.ok(rows.length > 5);
    for (const level of rows) assert.ok(LEVELS.includes(level), `${metric}: ${level}`);
    // One "*" mark per third-party estimate, "**" per own estimate, in the drawing.
    const marks = await page.$$eval(`[data-chart=${metric}] svg text`, (texts) =>
      texts
        .map((t) => t.textContent)
        .filter((s) => /\d[^*]* \*/.test(s))
        .map((s) => (s.includes(" **") ? "ours" : "estimated")),
    );
    const expected = rows.filter((l) => l === "estimated" || l === "ours");
    assert.deepEqual(marks.sort(), expected.sort(), `${metric}: marks follow the table`);
    assert.match(await page.textContent(`[data-chart=${metric}] [data-legend=evidence]`), /\*\u00a0: estimation/);
  }
  const scenario = await page.getAttribute("table[data-table=energy] tr[data-id=scenario]", "data-evidence");
  const sentence = await page.textContent("[data-evidence-sentence]");
  const words = { ours: "notre propre estimation", estimated: "estimation d’un tiers", disclosed: "annoncé", measured: "mesures" };
  assert.ok(sentence.includes(words[scenario]), `${sentence} / ${scenario}`);
  await page.close();
});
