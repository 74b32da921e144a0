import { describe, expect, it } from 'vitest';
import { loadUserDataset } from './load-user-dataset';
import { formatProblem } from './problem';
import { balanceBidi, isolate } from './bidi';

const RLO = '\u202E';
const [FSI, PDI] = ['\u2068', '\u2069'];

describe('isolate', () => {
  it('leaves text that cannot reorder anything alone', () => {
    expect(isolate('plain text, 350 miljoen (€)')).toBe('plain text, 350 miljoen (€)');
  });

  it('puts right-to-left text and direction controls between FSI and PDI', () => {
    expect(isolate(`evil${RLO}txt.json`)).toBe(`${FSI}evil${RLO}txt.json${PDI}`);
    expect(isolate('كييف')).toBe(`${FSI}كييف${PDI}`);
  });

  it('balances isolates, so a stray PDI cannot close the isolate it is put in', () => {
    expect(balanceBidi(`${PDI}${RLO}x`)).toBe(`${FSI}${PDI}${RLO}x`);
    expect(balanceBidi(`${FSI}x`)).toBe(`${FSI}x${PDI}`);
    expect(isolate(`a${PDI}${RLO}b`)).toBe(`${FSI}${FSI}a${PDI}${RLO}b${PDI}`);
  });
});

describe('messages about a file keep the user’s strings isolated', () => {
  it('a problem line isolates the file name and the record id', () => {
    const line = formatProblem(`evil${RLO}.json`, {
      recordId: `id${RLO}x`,
      path: 'announcements[0]',
      message: 'm',
    });
    expect(line).toBe(`${FSI}evil${RLO}.json${PDI}: ${FSI}id${RLO}x${PDI} (announcements[0]): m`);
  });

  it('a load message isolates the file name, and a rejected id in the message', () => {
    const empty = loadUserDataset([{ name: `a${RLO}.json`, bytes: new Uint8Array() }], []);
    expect(empty).toEqual({ ok: false, message: `${FSI}a${RLO}.json${PDI} is empty` });
    const text = JSON.stringify({
      schemaVersion: 1,
      sources: [],
      exchangeRates: [],
      announcements: [{ id: `x${RLO}y`, kind: `gift${RLO}` }],
    });
    const outcome = loadUserDataset(
      [{ name: 'f.json', bytes: new TextEncoder().encode(text) }],
      [],
    );
    if (outcome.ok) throw new Error('loaded');
    const lines = outcome.problems!.join('\n');
    expect(lines).toContain(
      `${FSI}x${RLO}y${PDI} (announcements[0].kind): unknown kind ${FSI}"gift${RLO}"${PDI}`,
    );
  });
});
