// `make og`: draws the link preview (og:image, 1200 × 630) from the built widget (dist/):
// the title and the results card of the default scenario, in French, at twice the scale of a
// 600 px column. The figures it shows are written into the PNG as its "Description" (an iTXt
// chunk), so tests/e2e/widget.test.mjs can tell when the preview no longer matches the app:
// then run `make og` again and commit assets/og.png.
import { writeFile } from "node:fs/promises";
import { chunk } from "./png-chunk.mjs";
import { serve } from "../tests/e2e/support/server.mjs";
import { launch } from "../tests/e2e/support/browser.mjs";

const OUT = new URL("../assets/og.png", import.meta.url);

/** `png` with an uncompressed UTF-8 text chunk after its header (signature 8 + IHDR 25). */
function withDescription(png, text) {
  const data = Buffer.concat([Buffer.from("Description\0\0\0\0\0", "latin1"), Buffer.from(text, "utf8")]);
  return Buffer.concat([png.subarray(0, 33), chunk("iTXt", data), png.subarray(33)]);
}

const server = await serve();
const context = await launch();
try {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1200, height: 630 });
  await page.goto(`${server.url}?embed=1`);
  await page.waitForSelector("[data-chart=energy] svg rect");
  const figures = await page.evaluate(() => {
    // A 600 px column drawn at twice the scale; the intro and the card's notes make room.
    document.documentElement.style.zoom = 2;
    document.querySelector("h1 + p")?.remove();
    for (const note of document.querySelectorAll(".empreinte-results > p:last-child")) note.remove();
    for (const after of document.querySelectorAll(".empreinte-results ~ *")) after.remove();
    return ["energy", "co2", "water"]
      .map((m) => document.querySelector(`[data-metric=${m}]`).textContent.trim())
      .join(" · ");
  });
  await page.waitForTimeout(300);
  const png = await page.screenshot({ type: "png" });
  await writeFile(OUT, withDescription(png, figures));
  console.log(`og-image: ${OUT.pathname} (${figures})`);
} finally {
  await context.close();
  await server.close();
}
