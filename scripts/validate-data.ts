// `npm run validate-data [file]`: checks a dataset against the data contract.
// Success prints one summary line; failure prints every problem, one per line, and exits 1.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../src/data/problem';
import { validateDatasetText } from '../src/data/validate';
import { summarise } from '../src/transforms/summary';

const defaultFile = fileURLToPath(new URL('../data/announcements.json', import.meta.url));
const file = resolve(process.argv[2] ?? defaultFile);
const shown = relative(process.cwd(), file) || file;

if (!existsSync(file)) {
  console.error(`${shown}: dataset (file): no such file`);
  process.exit(1);
}
const text = readFileSync(file, 'utf8');

// Source texts sit next to the dataset, at the path each source entry names.
const texts = new Map<string, string>();
try {
  const parsed = JSON.parse(text) as { sources?: Array<{ id?: unknown; file?: unknown }> };
  for (const source of Array.isArray(parsed.sources) ? parsed.sources : []) {
    if (typeof source?.id !== 'string' || typeof source.file !== 'string') continue;
    const path = resolve(dirname(file), source.file);
    if (existsSync(path)) texts.set(source.id, readFileSync(path, 'utf8'));
  }
} catch {
  // Malformed JSON: validateDatasetText reports it with line and column.
}

const result = validateDatasetText(text, texts);
if (result.problems.length > 0 || !result.dataset) {
  for (const problem of result.problems) console.error(formatProblem(shown, problem));
  console.error(`${result.problems.length} problem(s); ${result.rejected} record(s) rejected`);
  process.exit(1);
}
const s = summarise(result.dataset.announcements);
console.log(
  `${shown}: OK: ${s.records} records, ${s.donors} donors, ${result.dataset.sources.length} sources, ${s.firstDate} to ${s.lastDate}`,
);
