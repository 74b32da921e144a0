// Debian's Chromium, never a downloaded browser, for the browser tests (playwright.config.ts)
// and the benchmark (bench/serve.ts); these flags keep its start-up off the network.

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
