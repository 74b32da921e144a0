// `npm run validate-data [file]` as a user runs it: a child process, its output and exit status.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

// A child process starts tsx and compiles the script: seconds on a busy two-core machine.
vi.setConfig({ testTimeout: 60_000 });

const run = (...args: string[]) =>
  spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'scripts/validate-data.ts', ...args],
    {
      encoding: 'utf8',
    },
  );

const dir = mkdtempSync(join(tmpdir(), 'validate-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run validate-data', () => {
  it('passes the shipped dataset with one summary line', () => {
    const result = run();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^data\/announcements\.json: OK: \d+ records, \d+ donors, 5 sources, /,
    );
  });

  it('rejects a note that names a record id the file does not hold, naming record and field', () => {
    const data = JSON.parse(readFileSync('data/announcements.json', 'utf8')) as {
      announcements: Array<{ id: string; note?: string }>;
    };
    const index = data.announcements.findIndex((r) => r.id === 'us-pledge-60bn-doubtful');
    const record = data.announcements[index]!;
    record.note = record.note!.replace('(us-cumulative-30bn)', '(us-cumulative-30bn-2023-02-20)');
    cpSync('data/sources', join(dir, 'sources'), { recursive: true });
    const file = join(dir, 'broken.json');
    writeFileSync(file, JSON.stringify(data, null, 2));

    const result = run(file);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(
      `broken.json: us-pledge-60bn-doubtful (announcements[${index}].note): names the record id "us-cumulative-30bn-2023-02-20", which is not a record in this file`,
    );
    expect(lines[1]).toBe('1 problem(s); 1 record(s) rejected');
  });
});
