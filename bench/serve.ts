// Building the app and the peer pages, serving them with `vite preview`, the app's build sizes,
// and the browser.
import { chromium } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/chromium';
import { ROOT } from './config';

const VITE = `${ROOT}node_modules/vite/bin/vite.js`;

/** Builds the app (into dist/) and the peer pages (into bench/dist-peers/). */
export function buildAll(peers = true) {
  run(process.execPath, [VITE, 'build', '--logLevel', 'warn']);
  if (peers) run(process.execPath, [VITE, 'build', '--config', 'bench/vite.config.ts']);
}

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

/** Starts `vite preview` (with `args`) on 127.0.0.1:`port`; resolves once `page` answers. */
export async function serve(args: string[], port: number, page = ''): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [VITE, 'preview', ...args, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    if (child.exitCode !== null)
      throw new Error(`vite preview on port ${port} exited (is the port taken?)`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/${page}`)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`vite preview on port ${port} did not start within 30 s`);
}

export interface Sizes {
  chunks: Array<{ file: string; bytes: number; gzip: number }>;
  jsGzip: number;
  cssGzip: number;
  firstViewJsGzip: number;
}

/** The gzipped size of each JS and CSS file of the app's build, and of what the first view loads. */
export function buildSizes(): Sizes {
  const dir = `${ROOT}dist/assets/`;
  const chunks = readdirSync(dir)
    .filter((f) => /\.(js|css)$/.test(f))
    .map((file) => {
      const bytes = readFileSync(dir + file);
      return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
  const html = readFileSync(`${ROOT}dist/index.html`, 'utf8');
  const firstView = new Set(
    [...html.matchAll(/(?:src|href)="\.?\/?assets\/([^"]+\.js)"/g)].map((m) => m[1]!),
  );
  const sum = (list: typeof chunks) => list.reduce((s, c) => s + c.gzip, 0);
  return {
    chunks,
    jsGzip: sum(chunks.filter((c) => c.file.endsWith('.js'))),
    cssGzip: sum(chunks.filter((c) => c.file.endsWith('.css'))),
    firstViewJsGzip: sum(chunks.filter((c) => firstView.has(c.file))),
  };
}

/** Headless Debian Chromium, with precise memory figures for the heap measure. */
export const launchChromium = () =>
  chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
  });
