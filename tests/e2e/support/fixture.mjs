// The usual set-up of an end-to-end file: the built widget served on loopback and a fresh
// browser, both closed after the file's tests.
import { before, after } from "node:test";
import { serve } from "./server.mjs";
import { launch } from "./browser.mjs";

/** Registers before/after hooks; the returned object's `server` and `context` are set once
 * the file's tests start. */
export function useWidget() {
  const fixture = { server: undefined, context: undefined };
  before(async () => {
    fixture.server = await serve();
    fixture.context = await launch();
  });
  after(async () => {
    await fixture.context?.close();
    await fixture.server?.close();
  });
  return fixture;
}
