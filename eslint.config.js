// Lint: typescript-eslint (type-aware), React hooks, and import boundaries between layers.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = [
  'auth',
  'event-wizard',
  'my-events',
  'stripe-connect',
  'checkout',
  'discover',
  'my-tickets',
];

/** A feature may use lib/, config/ and components/ui, never another feature or the app layer. */
const featureBoundaries = FEATURES.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: FEATURES.filter((other) => other !== feature).flatMap((other) => [
              `@/features/${other}`,
              `@/features/${other}/*`,
              `**/features/${other}/*`,
            ]),
            message: 'Features do not import each other: compose them in src/app/routes.',
          },
          { group: ['@/app/*', '**/app/*'], message: 'Features do not import the app layer.' },
          { group: ['@mocks/*', '**/mocks/*'], message: 'App code never imports the mocks.' },
        ],
      },
    ],
  },
}));

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
  {
    files: ['src/components/**/*.{ts,tsx}', 'src/lib/**/*.{ts,tsx}', 'src/config/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/*', '**/features/*', '@/app/*', '**/app/*'],
              message: 'Shared code never imports features or the app layer.',
            },
            { group: ['@mocks/*', '**/mocks/*'], message: 'App code never imports the mocks.' },
          ],
        },
      ],
    },
  },
  ...featureBoundaries,
  {
    files: ['eslint.config.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
