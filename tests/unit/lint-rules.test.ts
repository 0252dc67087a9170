// The linter's guard rails fire: each snippet breaks one rule of eslint.config.js, linted as if it
// were a file at the given path (nothing is written to disk).
import path from 'node:path';
import { ESLint } from 'eslint';

const root = path.resolve(import.meta.dirname, '../..');
const PROBES = [
  'src/features/discover/lint-probe.ts',
  'src/features/checkout/lint-probe.ts',
  'src/lib/lint-probe.ts',
  'tests/unit/lint-probe.test.tsx',
];
// The probes exist only in memory: the type-aware parser reads them with the repo's tsconfig.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: PROBES, defaultProject: 'tsconfig.json' },
      },
    },
  },
});

async function rulesFiredFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('The lint rules', () => {
  // Starting the type-aware parser (a TypeScript program of the whole repo) takes seconds, once.
  beforeAll(async () => {
    await rulesFiredFor('src/lib/lint-probe.ts', 'export const probe = 1;\n');
  }, 120_000);

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
    const fired = await rulesFiredFor(
      'src/lib/lint-probe.ts',
      'export function probe() {\n  Promise.resolve(1);\n}\n',
    );
    expect(fired).toContain('@typescript-eslint/no-floating-promises');
  });
});
