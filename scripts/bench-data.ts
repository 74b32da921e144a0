// `npm run bench:data [-- --sizes 1000,10000,100000 --seed 1]`: writes synthetic datasets in
// the data contract's format to bench/data/synthetic-<size>.json (gitignored), for `npm run bench`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateSyntheticDataset } from '../src/data/synthetic';

export const BENCH_DATA_DIR = fileURLToPath(new URL('../bench/data/', import.meta.url));

/** The file a size's dataset is written to. */
export const benchDataFile = (size: number, seed: number) =>
  `synthetic-${size}${seed === 1 ? '' : `-seed${seed}`}.json`;

/** Writes one dataset (compact JSON, as a large download would be) and returns its file name. */
export function writeBenchData(size: number, seed = 1): { file: string; bytes: number } {
  mkdirSync(BENCH_DATA_DIR, { recursive: true });
  const file = benchDataFile(size, seed);
  const text = JSON.stringify(generateSyntheticDataset({ size, seed }));
  writeFileSync(`${BENCH_DATA_DIR}${file}`, text);
  return { file, bytes: Buffer.byteLength(text) };
}

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = (argument('sizes') ?? '1000,10000,100000').split(',').map(Number);
  const seed = Number(argument('seed') ?? 1);
  if (sizes.some((s) => !Number.isInteger(s) || s < 1) || !Number.isInteger(seed)) {
    console.error('usage: npm run bench:data -- --sizes 1000,10000 --seed 1 (whole numbers)');
    process.exit(1);
  }
  for (const size of sizes) {
    const { file, bytes } = writeBenchData(size, seed);
    console.log(`bench/data/${file}: ${size} records, ${(bytes / 1024 / 1024).toFixed(1)} MB`);
  }
}
