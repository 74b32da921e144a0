// Fails fast, in one line, when no Chromium is available for the browser tests.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(
    `No Chromium at ${path}: install Debian's with "sudo apt-get update && sudo apt-get install -y chromium" (or set CHROMIUM_PATH to a Chromium binary).`,
  );
  process.exit(1);
}
