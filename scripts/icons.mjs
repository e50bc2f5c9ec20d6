// Draws the widget's icon (a small bar chart on the accent green) and writes it as
// assets/icons/icon.svg, icon-192.png and icon-512.png. Run by hand after changing the shapes:
// `node scripts/icons.mjs`. The PNGs are rasterised here, with node:zlib, so making them needs
// no image tool and no download.
import { deflateSync } from "node:zlib";
import { chunk } from "./png-chunk.mjs";
import { mkdir, writeFile } from "node:fs/promises";

const OUT = new URL("../assets/icons/", import.meta.url);
/** Drawn on a 512 × 512 grid; the PNGs scale it. */
const GRID = 512;
const ACCENT = [0x0b, 0x6e, 0x4f];
const WHITE = [0xff, 0xff, 0xff];
/** Rounded rectangles, back to front: the tile, then three rising bars. */
const SHAPES = [
  { x: 0, y: 0, w: 512, h: 512, r: 96, rgb: ACCENT },
  { x: 104, y: 280, w: 80, h: 128, r: 16, rgb: WHITE },
  { x: 216, y: 200, w: 80, h: 208, r: 16, rgb: WHITE },
  { x: 328, y: 104, w: 80, h: 304, r: 16, rgb: WHITE },
];

const hex = (rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, "0")).join("")}`;

function svg() {
  const rects = SHAPES.map(
    (s) => `  <rect x="${s.x}" y="${s.y}" width="${s.w}" height="${s.h}" rx="${s.r}" fill="${hex(s.rgb)}"/>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${GRID} ${GRID}">\n${rects.join("\n")}\n</svg>\n`;
}

function inside(s, x, y) {
  const dx = Math.max(s.x + s.r - x, 0, x - (s.x + s.w - s.r));
  const dy = Math.max(s.y + s.r - y, 0, y - (s.y + s.h - s.r));
  return x >= s.x && x <= s.x + s.w && y >= s.y && y <= s.y + s.h && dx * dx + dy * dy <= s.r * s.r;
}

/** RGBA pixels, 4 × 4 samples per pixel for smooth edges. */
function raster(size) {
  const SAMPLES = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = ((px + (sx + 0.5) / SAMPLES) * GRID) / size;
          const y = ((py + (sy + 0.5) / SAMPLES) * GRID) / size;
          const top = SHAPES.findLast((s) => inside(s, x, y));
          if (top) {
            top.rgb.forEach((c, i) => (sum[i] += c));
            sum[3] += 255;
          }
        }
      }
      const covered = sum[3] / 255;
      const at = (py * size + px) * 4;
      for (let i = 0; i < 3; i++) pixels[at + i] = covered ? Math.round(sum[i] / covered) : 0;
      pixels[at + 3] = Math.round(sum[3] / SAMPLES ** 2);
    }
  }
  return pixels;
}


function png(size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, no interlace
  const pixels = raster(size);
  const rows = [];
  for (let y = 0; y < size; y++) rows.push(Buffer.from([0]), pixels.subarray(y * size * 4, (y + 1) * size * 4));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

await mkdir(OUT, { recursive: true });
await writeFile(new URL("icon.svg", OUT), svg());
for (const size of [192, 512]) await writeFile(new URL(`icon-${size}.png`, OUT), png(size));
