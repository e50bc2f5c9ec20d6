// Debian's Chromium driven by playwright-core (which never downloads a browser).
import { chromium } from "playwright-core";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The flags that work on these machines (README); Lighthouse uses them too. */
export const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

/** A fresh browser context with its own profile; close it with `context.close()`. */
export async function launch(options = {}) {
  const profile = await mkdtemp(join(tmpdir(), "empreinte-e2e-"));
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: FLAGS,
    ...options,
  });
}

/** How long any wait in the end-to-end tests may take. */
export const TIMEOUT = 15_000;
