// Lint: typescript-eslint (type-aware), React hooks, React Query, Testing Library, and the import
// boundaries between layers (eslint-rules/layer-boundaries.js). tests/unit/lint-rules.test.ts
// checks that each of these fires on code that breaks it.
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import local from './eslint-rules/layer-boundaries.js';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-mock',
      'dist-http',
      'coverage',
      'node_modules',
      'playwright-report',
      'test-results',
      'scripts/**/*.mjs',
      '.tmp',
      'reports',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { local },
    rules: { 'local/layer-boundaries': 'error' },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    ignores: ['tests/e2e/**'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    files: ['eslint.config.js', 'eslint-rules/**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
