// The table of results (explorer against each peer) and the build sizes, as printed.
import { TARGETS, type FrameStats, type Run, type TargetName, type Value } from './config';
import type { Sizes } from './serve';

/** A measurement as the table shows it: ms or s, the failure, or the steps a gesture made. */
export const show = (v: Value | FrameStats | undefined, pick?: keyof FrameStats): string => {
  if (v === undefined) return '–';
  if (typeof v === 'number') return duration(v);
  if ('failed' in v) return v.failed;
  const text = duration(v[pick ?? 'p95']);
  return v.steps < v.of ? `${text} (${v.steps}/${v.of} steps)` : text;
};
const duration = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms} ms`);
const numberOf = (v: Value | FrameStats | undefined, pick?: keyof FrameStats) =>
  v === undefined ? null : typeof v === 'number' ? v : 'failed' in v ? null : v[pick ?? 'p95'];

/** The Markdown table: per size and measure, each target's median round and the ratios. */
export function table(runs: Run[], sizes: readonly number[]): string {
  const rows: string[][] = [];
  const measures: Array<[string, (r: Run) => Value | FrameStats, (keyof FrameStats)?]> = [
    ['first complete render', (r) => r.firstRender],
    ['donor filter → paint', (r) => r.donorFilter],
    ['zoom (wheel) frames p50', (r) => r.zoomFrames, 'p50'],
    ['zoom (wheel) frames p95', (r) => r.zoomFrames, 'p95'],
    ['zoom (wheel) frames max', (r) => r.zoomFrames, 'max'],
    ['drag frames p50', (r) => r.dragFrames, 'p50'],
    ['drag frames p95', (r) => r.dragFrames, 'p95'],
    ['drag frames max', (r) => r.dragFrames, 'max'],
    ['hover → tooltip', (r) => r.hover],
    ['keyboard step → next mark', (r) => r.keyboard],
    ['JS heap after load (MB)', (r) => r.heapMB],
  ];
  for (const size of sizes)
    for (const [label, get, pick] of measures) {
      // With several rounds, the median round of each target.
      const of = (target: TargetName) => {
        const values = runs.filter((r) => r.size === size && r.target === target).map(get);
        const numbers = values.filter((v) => numberOf(v, pick) !== null);
        if (numbers.length === 0) return values[0] ?? { failed: 'not run' };
        numbers.sort((a, b) => numberOf(a, pick)! - numberOf(b, pick)!);
        return numbers[Math.floor((numbers.length - 1) / 2)];
      };
      const [e, v, c] = TARGETS.map(of);
      const heap = label.startsWith('JS heap');
      const cell = (x: typeof e) => (heap && typeof x === 'number' ? String(x) : show(x, pick));
      const ratio = (peer: typeof e) => {
        const [a, b] = [numberOf(e, pick), numberOf(peer, pick)];
        return a !== null && b !== null && b > 0 ? `${(a / b).toFixed(2)}×` : '–';
      };
      rows.push([size.toLocaleString('en'), label, cell(e), cell(v), cell(c), ratio(v), ratio(c)]);
    }
  const head = [
    'records',
    'measure',
    'explorer',
    'vis-timeline 8.5',
    'ECharts 6.1',
    'explorer / vis',
    'explorer / ECharts',
  ];
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The gzipped size of each chunk of the app's build, and the totals, as lines to print. */
export function buildSizeLines(build: Sizes): string[] {
  const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  return [
    'App build, gzipped (level 9):',
    ...build.chunks.map((chunk) => `  ${chunk.file.padEnd(40)} ${kB(chunk.gzip).padStart(10)}`),
    `  JS total ${kB(build.jsGzip)}, CSS total ${kB(build.cssGzip)}, first view's JS ${kB(build.firstViewJsGzip)}`,
  ];
}
