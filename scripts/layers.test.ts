// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** Lints a line as if it were a file at `path`, with the project's own config. */
async function restrictedImports(path: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath: path });
  return result!.messages
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('the layers of src/ are enforced by lint', () => {
  it.each([
    ['src/data/fixture.ts', "import { useViewStore } from '../state/store';"],
    ['src/data/fixture.ts', "import { toUsd } from '../transforms/to-usd';"],
    ['src/i18n/fixture.ts', "import { useViewStore } from '../state/store';"],
    ['src/transforms/fixture.ts', "import { useI18n } from '../ui/use-i18n';"],
    ['src/state/fixture.ts', "import { Timeline } from '../charts/timeline/timeline';"],
    ['src/charts/timeline/fixture.ts', "import { Filters } from '../../components/filters';"],
    ['src/components/fixture.ts', "import { layoutBars } from '../charts/bar-chart/bar-layout';"],
    ['src/ui/fixture.ts', "import { App } from '../app/app';"],
  ])('%s may not run %s', async (path, code) => {
    const messages = await restrictedImports(path, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/sits below .* ARCHITECTURE\.md/);
  });

  it.each([
    ['src/transforms/fixture.ts', "import type { Announcement } from '../data/schema';"],
    ['src/state/fixture.ts', "import type { Language } from '../i18n/language';"],
    ['src/charts/bar-chart/fixture.ts', "import { Flag } from '../../ui/flag';"],
    ['src/charts/timeline/fixture.ts', "import { layoutBars } from '../bar-chart/bar-layout';"],
    ['src/components/fixture.ts', "import { KIND_STYLES } from '../encoding/kind-style';"],
    ['src/app/fixture.ts', "import { Timeline } from '../charts/timeline/timeline';"],
  ])('%s may run %s', async (path, code) => {
    expect(await restrictedImports(path, code)).toEqual([]);
  });
});
