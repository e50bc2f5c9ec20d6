// The stylesheet reaches the browser whole: every rule written in assets/style.css is a rule
// of the page's CSSOM, with the same selector. An unclosed block (which once swallowed every
// rule after it) or a selector the browser drops fails here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { useWidget } from "./support/fixture.mjs";
import { TIMEOUT } from "./support/browser.mjs";

const SOURCE = fileURLToPath(new URL("../../assets/style.css", import.meta.url));
const fixture = useWidget();

/** Selectors and quotes written alike whatever the spacing. */
const normal = (selector) => selector.replace(/\s+/g, "").replace(/["']/g, "").replace(/\*::/g, "::");

/** The style rules of the source, in order, with `@media` blocks opened; fails on a brace
 * that does not balance or on a rule nested in a rule (the file uses no CSS nesting). */
function sourceRules(css) {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const rules = [];
  const stack = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "{") {
      const prelude = text.slice(start, i).trim();
      const inRule = stack.includes("rule");
      assert.ok(!inRule, `a block opens inside a rule: "${prelude}"`);
      if (prelude.startsWith("@")) {
        stack.push("at");
      } else {
        stack.push("rule");
        rules.push(normal(prelude));
      }
      start = i + 1;
    } else if (c === "}") {
      assert.ok(stack.length > 0, "a closing brace with no block open");
      stack.pop();
      start = i + 1;
    } else if (c === ";" && !stack.includes("rule")) {
      start = i + 1;
    }
  }
  assert.equal(stack.length, 0, "a block is never closed");
  return rules;
}

test("every rule of style.css is in the page's CSSOM", async () => {
  const expected = sourceRules(await readFile(SOURCE, "utf8"));
  assert.ok(expected.length > 50, `only ${expected.length} rules read`);
  const page = await fixture.context.newPage();
  await page.goto(fixture.server.url, { timeout: TIMEOUT });
  await page.locator("[data-chart=energy] svg").waitFor({ timeout: TIMEOUT });
  const actual = await page.evaluate(() => {
    const sheet = [...document.styleSheets].find((s) => s.href && /style-.*\.css$/.test(s.href));
    const out = [];
    const walk = (rules) => {
      for (const rule of rules) {
        if (rule instanceof CSSStyleRule) out.push(rule.selectorText);
        else if (rule.cssRules) walk(rule.cssRules);
      }
    };
    walk(sheet.cssRules);
    return out;
  });
  assert.deepEqual(actual.map(normal), expected);
  await page.close();
});
