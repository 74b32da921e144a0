import { test as base, expect } from '@playwright/test';

/**
 * Every page under test records console errors and any request that leaves 127.0.0.1;
 * each test ends by asserting there were none.
 */
export const test = base.extend<{
  problems: { consoleErrors: string[]; offsiteRequests: string[] };
}>({
  problems: async ({ page }, use) => {
    const problems = { consoleErrors: [] as string[], offsiteRequests: [] as string[] };
    page.on('console', (message) => {
      if (message.type() === 'error') problems.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => problems.consoleErrors.push(String(error)));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.hostname !== '127.0.0.1')
        problems.offsiteRequests.push(request.url());
    });
    await use(problems);
    expect(problems.consoleErrors, 'console errors').toEqual([]);
    expect(problems.offsiteRequests, 'requests beyond 127.0.0.1').toEqual([]);
  },
});

export { expect };
