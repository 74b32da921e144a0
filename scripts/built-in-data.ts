// The shipped data, checked when the app is built (and when Vitest or the dev server starts), so
// the page itself never runs the validator or zod for it: `virtual:built-in-dataset` is the
// validator's result for data/announcements.json with the article texts of data/sources/ (the
// same call as `npm run validate-data`), and the GDP and Dutch tables must pass their schemas or
// the build stops. A problem in the dataset does not stop the build: the page lists it, as
// before, and `npm run validate-data` (CI) fails on it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { validateDatasetText, type ValidationResult } from '../src/data/validate';
import { GdpTableSchema } from '../src/data/gdp-schema';
import { NotesTableSchema, TranslationTableSchema } from '../src/i18n/translations-schema';

const MODULE_ID = 'virtual:built-in-dataset';
const RESOLVED_ID = `\0${MODULE_ID}`;

/** The shipped dataset validated, with its article texts by source id. */
export function validateBuiltInData(dataDir: string): ValidationResult {
  const texts = new Map<string, string>();
  const sourcesDir = join(dataDir, 'sources');
  for (const file of readdirSync(sourcesDir))
    if (file.endsWith('.txt'))
      texts.set(file.replace(/\.txt$/, ''), readFileSync(join(sourcesDir, file), 'utf8'));
  return validateDatasetText(readFileSync(join(dataDir, 'announcements.json'), 'utf8'), texts);
}

/** Checks a shipped table against its schema; throws (stopping the build) with what is wrong. */
function checkTable(
  file: string,
  schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } },
) {
  const result = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.success) throw new Error(`${file} does not pass its schema: ${String(result.error)}`);
}

/** The Vite plugin: `import result from 'virtual:built-in-dataset'`. */
export function builtInData(root = process.cwd()): Plugin {
  const dataDir = resolve(root, 'data');
  return {
    name: 'built-in-data',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      checkTable(join(dataDir, 'gdp.json'), GdpTableSchema);
      checkTable(join(dataDir, 'translations-nl.json'), TranslationTableSchema);
      checkTable(join(dataDir, 'notes-nl.json'), NotesTableSchema);
      this.addWatchFile(join(dataDir, 'announcements.json'));
      // JSON.parse of a string literal: parsed faster than the same object as a JS literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(validateBuiltInData(dataDir)))});`;
    },
  };
}
