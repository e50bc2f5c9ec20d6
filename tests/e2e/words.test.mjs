// Every word in the reader's language, as rendered: a sweep of scenarios in French and
// English with every panel open, read text node by text node. No string of the other
// language's table outside an element whose `lang` says so, no ISO date, no NaN, and French
// text set as French is (curly apostrophes, no breakable space beside « » : ; ! ? or inside
// a number).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { TIMEOUT } from "./support/browser.mjs";
import { useWidget } from "./support/fixture.mjs";

const widget = useWidget();

/** `key = "value"` lines of a translation file (the files use nothing else). */
function table(lang) {
  const text = readFileSync(new URL(`../../assets/i18n/${lang}.toml`, import.meta.url), "utf8");
  const values = [];
  for (const line of text.split("\n")) {
    const m = line.match(/^"?[\w.-]+"?\s*=\s*"(.*)"\s*$/);
    if (m) values.push(JSON.parse(`"${m[1]}"`));
  }
  return values;
}

/** The literal parts of the other language's strings that the reader's never uses: long
 * enough to be words of one language only. */
function foreign(lang) {
  const other = table(lang === "fr" ? "en" : "fr");
  const own = table(lang).join("\n");
  const parts = other.flatMap((v) => v.split(/\{[\w-]+\}/)).map((p) => p.trim());
  return [...new Set(parts.filter((p) => p.length >= 10 && !own.includes(p)))];
}

const SCENARIOS = [
  "",
  "?images=1&messages=0",
  "?images=0&messages=1",
  "?images=100&messages=1000&people=68000000",
  "?preset=starter-pack&image_model=flux-1&quality=high&region=us&source=google",
  "?images=7&messages=35&chat_model=gpt-5.5&source=ecologits&region=se&photos=3",
  "?images=2&videos=3&video_model=wan-2.1-14b&video_seconds=12&per=week",
];

for (const lang of ["fr", "en"]) {
  test(`${lang}: the rendered text speaks one language and follows its typography`, async () => {
    const fragments = foreign(lang);
    assert.ok(fragments.length > 50, `${fragments.length} strings to look for`);
    const page = await widget.context.newPage();
    const faults = [];
    for (const query of SCENARIOS) {
      const url = `${widget.server.url}${query}${query ? "&" : "?"}lang=${lang}`;
      await page.goto(url, { timeout: TIMEOUT });
      await page.waitForSelector("[data-chart=energy] svg rect", { timeout: TIMEOUT });
      // A move, so the spoken summary has its sentence too.
      const slider = page.locator("input[type=range][name=images]");
      const start = await slider.inputValue();
      await slider.focus();
      await page.keyboard.press(start === "0" ? "End" : "Home");
      await page.waitForFunction(() => document.querySelector("[data-summary]").textContent !== "", null, {
        timeout: TIMEOUT,
      });
      await page.evaluate(() => {
        for (const d of document.querySelectorAll("details")) d.open = true;
        for (const b of document.querySelectorAll('button[data-action="table"][aria-expanded="false"]')) b.click();
      });
      await page.locator("[data-source]").first().waitFor({ timeout: TIMEOUT });
      await page.locator("[data-statement]").first().waitFor({ timeout: TIMEOUT });
      const found = await page.evaluate(
        ({ lang, fragments }) => {
          const out = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent;
            if (!text.trim() || node.parentElement.closest("script, style, noscript")) continue;
            const spoken = node.parentElement.closest("[lang]")?.lang || document.documentElement.lang;
            const at = `${node.parentElement.tagName.toLowerCase()} "${text.trim().slice(0, 80)}"`;
            if (/\d{4}-\d{2}-\d{2}/.test(text)) out.push(`ISO date: ${at}`);
            if (/\bNaN\b|undefined/.test(text)) out.push(`NaN: ${at}`);
            if (spoken !== lang) continue;
            for (const f of fragments) if (text.includes(f)) out.push(`other language (${f}): ${at}`);
            if (lang !== "fr") continue;
            if (text.includes("'")) out.push(`straight apostrophe: ${at}`);
            if (/« | »| [:;!?]/.test(text)) out.push(`breakable space beside « » : ; ! ?: ${at}`);
            if (/\d (\d{3})(?!\d)/.test(text)) out.push(`breakable space inside a number: ${at}`);
          }
          return out;
        },
        { lang, fragments },
      );
      faults.push(...found.map((f) => `${query || "(default)"}: ${f}`));
    }
    // Quote marks are the page's: « » with narrow no-break spaces around an English quote.
    const quotes = await page.evaluate(() => getComputedStyle(document.querySelector("q[lang]")).quotes);
    assert.equal(quotes, lang === "fr" ? '"« " " »" "“" "”"' : '"“" "”" "‘" "’"');
    await page.close();
    assert.deepEqual([...new Set(faults)], []);
  });
}
