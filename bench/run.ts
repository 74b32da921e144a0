// `npm run bench [-- --sizes 1000,10000 --quick --rounds 2 --no-build]`
//
// Builds the app and the peer pages, serves both with `vite preview` on 127.0.0.1, and drives
// headless Debian Chromium through the same script on the explorer and on two peers
// (vis-timeline, ECharts) with the same synthetic records, alternating them within one browser
// session. Prints one table with the ratios (explorer / peer), writes bench/results.json, and
// reports the gzipped JS and CSS of the app's build. See README "Performance".
//
// config.ts: the command line; serve.ts: build, serve, sizes, the browser; drivers.ts: where
// each target keeps what is measured; probe.ts: the frame clock in the page; measure.ts: one
// run of every measure; report.ts: the table.
import type { Browser } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { benchDataFile, BENCH_DATA_DIR, writeBenchData } from '../scripts/bench-data';
import {
  APP_PORT,
  build,
  LIMITS,
  PEER_PORT,
  quick,
  ROOT,
  rounds,
  seed,
  sizes,
  STEPS,
  RUN_TARGETS,
  type Run,
} from './config';
import { measure } from './measure';
import { buildSizeLines, show, table } from './report';
import { buildAll, buildSizes, launchChromium, serve } from './serve';

async function main() {
  const started = Date.now();
  const files = new Map<number, string>();
  for (const size of sizes) {
    const file = benchDataFile(size, seed);
    if (!existsSync(BENCH_DATA_DIR + file)) writeBenchData(size, seed);
    files.set(size, file);
  }
  if (build) buildAll(RUN_TARGETS.some((name) => name !== 'explorer'));
  for (const dir of ['dist/bench-data/', 'bench/dist-peers/bench-data/']) {
    mkdirSync(ROOT + dir, { recursive: true });
    for (const file of files.values()) copyFileSync(BENCH_DATA_DIR + file, ROOT + dir + file);
  }
  const sizesOfBuild = buildSizes();

  const servers: ChildProcess[] = [];
  let browser: Browser | null = null;
  const stop = () => {
    for (const server of servers) if (server.exitCode === null) server.kill();
  };
  process.on('SIGINT', () => {
    stop();
    process.exit(130);
  });
  const runs: Run[] = [];
  try {
    servers.push(await serve([], APP_PORT));
    if (RUN_TARGETS.some((name) => name !== 'explorer'))
      servers.push(await serve(['--config', 'bench/vite.config.ts'], PEER_PORT, 'echarts.html'));
    browser = await launchChromium();
    const version = browser.version();
    for (const size of sizes)
      for (let round = 1; round <= rounds; round++)
        for (const target of RUN_TARGETS) {
          const t0 = Date.now();
          process.stdout.write(`${size.toLocaleString('en')} records, ${target}, round ${round}: `);
          if (!browser.isConnected()) browser = await launchChromium();
          const result = await measure(browser, target, size, files.get(size)!, round);
          runs.push(result);
          console.log(
            `first render ${show(result.firstRender)} (${((Date.now() - t0) / 1000).toFixed(0)} s)`,
          );
        }
    const output = table(runs, sizes);
    console.log(`\n${output}\n`);
    for (const line of buildSizeLines(sizesOfBuild)) console.log(line);
    const results = {
      when: new Date().toISOString(),
      chromium: version,
      node: process.version,
      cpus: cpus().length,
      sizes,
      rounds,
      quick,
      limits: LIMITS,
      steps: STEPS,
      runs,
      build: sizesOfBuild,
      table: output,
      seconds: Math.round((Date.now() - started) / 1000),
    };
    writeFileSync(`${ROOT}bench/results.json`, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nbench/results.json written; ${results.seconds} s in all.`);
  } finally {
    await browser?.close().catch(() => {});
    stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
