// The linter's guard rails fire: each snippet breaks one rule of eslint.config.js, linted as if it
// were a file at the given path (nothing is written to disk).
import path from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import tseslint from 'typescript-eslint';

const root = path.resolve(import.meta.dirname, '../..');
// The probes about paths and syntax are linted without types: the type-aware parser would build a
// TypeScript program of every file tsconfig.json includes, seconds of CPU for nothing they check.
const eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked });

async function rulesFiredFor(filePath: string, code: string): Promise<string[]> {
  return messagesOf(eslint, filePath, code);
}

/**
 * The type-aware rules of eslint.config.js on a probe that exists only in memory, with a
 * TypeScript program of that one file and the standard library, in the repo's strict mode.
 */
async function typedRulesFiredFor(filePath: string, code: string): Promise<string[]> {
  const file = path.join(root, filePath);
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    lib: ['lib.es2023.d.ts'],
    types: [],
    strict: true,
    noEmit: true,
  };
  const host = ts.createCompilerHost(options, true);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (name) => name === file || fileExists(name);
  host.getSourceFile = (name, language, ...rest) =>
    name === file
      ? ts.createSourceFile(name, code, language, true)
      : getSourceFile(name, language, ...rest);
  const program = ts.createProgram([file], options, host);
  const typed = new ESLint({
    cwd: root,
    overrideConfig: {
      languageOptions: {
        parserOptions: { projectService: false, project: false, programs: [program] },
      },
    },
  });
  return messagesOf(typed, filePath, code);
}

async function messagesOf(linter: ESLint, filePath: string, code: string): Promise<string[]> {
  const [result] = await linter.lintText(code, { filePath: path.join(root, filePath) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('The lint rules', () => {
  it('refuses a feature importing another feature through a relative path', async () => {
    const fired = await rulesFiredFor(
      'src/features/discover/lint-probe.ts',
      "import { orderKeys } from '../checkout/api/get-order';\nexport const probe = orderKeys;\n",
    );
    expect(fired).toContain('local/layer-boundaries');
  });

  it('refuses a feature importing another feature through the @ alias', async () => {
    const fired = await rulesFiredFor(
      'src/features/discover/lint-probe.ts',
      "export { orderKeys } from '@/features/checkout/api/get-order';\n",
    );
    expect(fired).toContain('local/layer-boundaries');
  });

  it('refuses shared code importing a feature, and app code importing the mocks', async () => {
    const shared = await rulesFiredFor(
      'src/lib/lint-probe.ts',
      "import { orderKeys } from '../features/checkout/api/get-order';\nexport const probe = orderKeys;\n",
    );
    expect(shared).toContain('local/layer-boundaries');
    const mocks = await rulesFiredFor(
      'src/features/checkout/lint-probe.ts',
      "import { db } from '../../../mocks/db';\nexport const probe = db;\n",
    );
    expect(mocks).toContain('local/layer-boundaries');
  });

  it('lets a feature import its own files, the shared layers and packages', async () => {
    const fired = await rulesFiredFor(
      'src/features/checkout/lint-probe.ts',
      [
        "import { useQuery } from '@tanstack/react-query';",
        "import { paths } from '@/config/paths';",
        "import { orderKeys } from './api/get-order';",
        'export const probe = [useQuery, paths, orderKeys];',
        '',
      ].join('\n'),
    );
    expect(fired).toEqual([]);
  });

  it('refuses a query key that leaves out what the query reads', async () => {
    const fired = await rulesFiredFor(
      'src/features/checkout/lint-probe.ts',
      [
        "import { useQuery } from '@tanstack/react-query';",
        'export function useProbe(id: string) {',
        "  return useQuery({ queryKey: ['probe'], queryFn: () => Promise.resolve(id) });",
        '}',
        '',
      ].join('\n'),
    );
    expect(fired).toContain('@tanstack/query/exhaustive-deps');
  });

  it('refuses a test that reaches into the DOM instead of asking like a user', async () => {
    const fired = await rulesFiredFor(
      'tests/unit/lint-probe.test.tsx',
      [
        "import { render } from '@testing-library/react';",
        "it('probes', () => {",
        '  const { container } = render(<p>Hello</p>);',
        "  expect(container.querySelector('p')).not.toBeNull();",
        '});',
        '',
      ].join('\n'),
    );
    expect(fired).toEqual(
      expect.arrayContaining(['testing-library/no-container', 'testing-library/no-node-access']),
    );
  });

  it('refuses a floating promise, a type-aware rule', async () => {
    const fired = await typedRulesFiredFor(
      'src/lib/lint-probe.ts',
      'export function probe() {\n  Promise.resolve(1);\n}\n',
    );
    expect(fired).toContain('@typescript-eslint/no-floating-promises');
  });
});
