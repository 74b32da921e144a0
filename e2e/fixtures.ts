import { test as base, expect } from '@playwright/test';

/** What the page did that it never should: checked at the end of every test. */
export interface PageProblems {
  consoleErrors: string[];
  /** Requests to anywhere but the app's own origin (data: and blob: URLs are local). */
  offsiteRequests: string[];
  /** Content-Security-Policy violations the page reported, as `directive: blocked URI`. */
  cspViolations: string[];
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Every page under test records console errors, CSP violations and any request that leaves
 * the app's origin; each test ends by asserting there were none.
 */
export const test = base.extend<{ problems: PageProblems }>({
  problems: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const problems: PageProblems = { consoleErrors: [], offsiteRequests: [], cspViolations: [] };
      page.on('console', (message) => {
        if (message.type() === 'error') problems.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => problems.consoleErrors.push(String(error)));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
          problems.offsiteRequests.push(request.url());
      });
      // Init scripts run through the DevTools protocol, so the page's own CSP does not block this.
      await page.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          window.__cspViolations!.push(`${event.effectiveDirective}: ${event.blockedURI}`);
        });
      });
      await use(problems);
      if (!page.isClosed())
        problems.cspViolations.push(
          ...(await page.evaluate(() => window.__cspViolations ?? []).catch(() => [])),
        );
      expect(problems.consoleErrors, 'console errors').toEqual([]);
      expect(problems.offsiteRequests, 'requests beyond the app origin').toEqual([]);
      expect(problems.cspViolations, 'Content-Security-Policy violations').toEqual([]);
    },
    // Automatic: every test is checked, whether or not it names the fixture.
    { auto: true },
  ],
});

export { expect };
