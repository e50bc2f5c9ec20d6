// Content-Security-Policy violations, as the page itself reports them.

/** Makes every page of `context` record its `securitypolicyviolation` events from the start. */
export function recordCspViolations(context) {
  // Init scripts are injected by the browser's debugging protocol, so the CSP does not block
  // them, and they run before any script of the page.
  return context.addInitScript(() => {
    window.__cspViolations = [];
    addEventListener("securitypolicyviolation", (e) =>
      window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI} ${e.sample}`),
    );
  });
}

/** The violations a page (or one of its frames) has seen since it loaded. */
export function cspViolations(pageOrFrame) {
  return pageOrFrame.evaluate(() => window.__cspViolations);
}
