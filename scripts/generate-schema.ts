// Writes data/announcements.schema.json from the one schema in src/data/schema.ts.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toJsonSchema } from '../src/data/schema';

const target = fileURLToPath(new URL('../data/announcements.schema.json', import.meta.url));
writeFileSync(target, JSON.stringify(toJsonSchema(), null, 2) + '\n');
console.log(`wrote ${target}`);
