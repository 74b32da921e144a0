// The benchmark's settings from its command line, and the shape of what it measures.
// `npm run bench [-- --sizes 1000,10000 --quick --rounds 2 --seed 1 --timeout 60 --no-build --targets explorer]`
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const APP_PORT = Number(process.env.BENCH_PORT ?? 4194);
export const PEER_PORT = APP_PORT + 1;

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}
export const quick = process.argv.includes('--quick');
export const build = !process.argv.includes('--no-build');
export const sizes = (argument('sizes') ?? (quick ? '1000,10000' : '1000,10000,100000'))
  .split(',')
  .map(Number);
export const rounds = Number(argument('rounds') ?? 1);
export const seed = Number(argument('seed') ?? 1);
if (sizes.some((s) => !Number.isInteger(s) || s < 1) || !(rounds >= 1)) {
  console.error(
    'usage: npm run bench -- [--sizes 1000,10000] [--quick] [--rounds N] [--no-build] [--targets explorer]',
  );
  process.exit(1);
}
/** Time limits: a measurement that takes longer reports "timed out" instead of hanging. */
export const LIMITS = {
  firstRender: Number(argument('timeout') ?? (quick ? 60 : 120)) * 1000,
  interaction: quick ? 20_000 : 30_000,
  /** A gesture stops after this long; the frames it made so far are reported. */
  gesture: quick ? 10_000 : 20_000,
};
export const STEPS = quick ? { wheel: 6, drag: 6 } : { wheel: 12, drag: 12 };

export type TargetName = 'explorer' | 'vis-timeline' | 'echarts';
export const TARGETS: TargetName[] = ['explorer', 'vis-timeline', 'echarts'];
/** The targets this run measures (`--targets explorer` skips the peers, e.g. while profiling). */
export const RUN_TARGETS: TargetName[] = (argument('targets')?.split(',') ?? TARGETS).filter(
  (name): name is TargetName => (TARGETS as string[]).includes(name),
);

/** One measurement: milliseconds, or why there is none. */
export type Value = number | { failed: string };
export interface FrameStats {
  p50: number;
  p95: number;
  max: number;
  frames: number;
  steps: number;
  of: number;
}
export interface Run {
  target: TargetName;
  size: number;
  round: number;
  firstRender: Value;
  heapMB: Value;
  donorFilter: Value;
  zoomFrames: FrameStats | { failed: string };
  dragFrames: FrameStats | { failed: string };
  hover: Value;
  keyboard: Value;
}
