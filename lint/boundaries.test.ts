/**
 * Proves the layer rules bite: ESLint's Node API lints one-line fixtures at real paths in src/
 * (virtual files: nothing is written, so the normal lint and type runs never see them) with the
 * same boundaries config the project uses, and the project config is checked to include it.
 */
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { boundariesConfig } from './boundaries.js';

const root = new URL('..', import.meta.url).pathname;

const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [
    { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } },
    ...boundariesConfig,
  ],
});

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('layer boundaries', () => {
  it("refuses a feature importing another feature's insides, and allows its index", async () => {
    const [insides] = await problems(
      'src/features/thread/fixture.ts',
      "import { OutputPane } from '../output/output-pane';",
    );
    expect(insides).toMatch(
      /^boundaries\/dependencies: feature may not import src\/features\/output\/output-pane\.tsx/,
    );
    expect(
      await problems('src/features/thread/fixture.ts', "import { OutputPane } from '../output';"),
    ).toEqual([]);
    // Inside one feature anything goes.
    expect(
      await problems('src/features/output/fixture.ts', "import { OutputPane } from './output-pane';"),
    ).toEqual([]);
  });

  it.each([
    ['src/components/ui/fixture.ts', "import { OutputPane } from '../../features/output';"],
    ['src/components/ui/fixture.ts', "import { useRunStore } from '../../state/run';"],
    ['src/core/api/fixture.ts', "import { useRunStore } from '../../state/run';"],
    ['src/core/api/fixture.test.ts', "import { useRunStore } from '../../state/run';"],
    ['src/core/api/fixture.ts', "import { t } from '../../i18n';"],
    ['src/state/run/fixture.ts', "import { OutputPane } from '../../features/output';"],
    ['src/features/thread/fixture.ts', "import { App } from '../../app/app';"],
    ['src/app/fixture.ts', "import { OutputPane } from '../features/output/output-pane';"],
    ['src/features/thread/fixture.ts', "export { OutputPane } from '../output/output-pane';"],
    ['src/features/thread/fixture.ts', "const m = () => import('../output/output-pane');"],
    ['src/service-worker/fixture.ts', "import { useRunStore } from '../state/run';"],
    // The catalogues may spread the core's English templates, and nothing else of the core.
    ['src/i18n/en/fixture.ts', "import { reduceRun } from '../../core/response/reduce';"],
    // The catalogues take the core's message tables, nothing else of the core.
    ['src/i18n/en/fixture.ts', "import { parseCurlCommand } from '../../core/codegen/curl-parse';"],
  ])('refuses %s: %s', async (file, code) => {
    const found = await problems(file, code);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^boundaries\/dependencies: /);
  });

  it.each([
    ['src/state/run/fixture.ts', "import { reduceRun } from '../../core/response/reduce';"],
    ['src/features/thread/fixture.ts', "import { useRunStore } from '../../state/run';"],
    ['src/features/thread/fixture.ts', "import { Dialog } from '../../components/ui/dialog';"],
    ['src/app/fixture.ts', "import { OutputPane } from '../features/output';"],
    ['src/service-worker/fixture.ts', "import { appDirectory } from '../core/hosting';"],
    ['src/i18n/en/fixture.ts', "import { NOTICE_MESSAGES } from '../../core/response/notice-messages';"],
    ['src/i18n/en/fixture.ts', "import { CURL_MESSAGES } from '../../core/codegen/curl-messages';"],
    ['src/i18n/fixture.ts', "import type { Said } from '../core/said';"],
  ])('allows %s: %s', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });

  it('keeps packages that need a framework out of the core', async () => {
    for (const pkg of [
      'react',
      'zustand',
      '@tanstack/react-query',
      'monaco-editor',
      '@monaco-editor/react',
    ]) {
      const [found] = await problems('src/core/api/fixture.ts', `import x from '${pkg}';`);
      expect(found).toMatch(/^no-restricted-imports: /);
    }
  });

  it('is part of the project lint config', async () => {
    const project = new ESLint({ cwd: root });
    const config = (await project.calculateConfigForFile('src/features/thread/thread-panel.tsx')) as {
      rules: Record<string, unknown[]>;
    };
    expect(config.rules['boundaries/dependencies']?.[0]).toBe(2);
  });
});
