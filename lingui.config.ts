// Lingui: where messages are extracted from and where the catalogs live (docs/i18n.md).
//
// One catalog per part of the app, so a page downloads only the messages it can show: the shell
// (layout, login, shared components) on every page, then the part of the page's own feature.
// src/lib/i18n/catalogs.ts loads them; src/app/router.tsx says which page needs which part.
import { defineConfig } from '@lingui/cli';
import { formatter } from '@lingui/format-po';

const route = (name: string) => `<rootDir>/src/app/routes/${name}.tsx`;

/** Each part: its files. Everything in src/ that no part lists belongs to the shell. */
export const PARTS = {
  discover: ['<rootDir>/src/features/discover', route('home')],
  checkout: [
    '<rootDir>/src/features/checkout',
    route('public-event'),
    route('order'),
    route('fake-stripe-challenge'),
  ],
  'my-tickets': ['<rootDir>/src/features/my-tickets', route('my-tickets')],
  organizer: [
    '<rootDir>/src/features/event-wizard',
    '<rootDir>/src/features/my-events',
    '<rootDir>/src/features/stripe-connect',
    route('event-wizard'),
    route('my-events'),
    route('admin-payment-gateway'),
    route('mock-stripe-consent'),
  ],
} as const;

export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'de', 'ar', 'ja'],
  fallbackLocales: { default: 'en' },
  // Origins without line numbers: a catalog changes only when a message does.
  format: formatter({ lineNumbers: false }),
  catalogs: [
    {
      path: '<rootDir>/src/locales/shell/{locale}',
      include: ['<rootDir>/src'],
      // Globs: a folder excludes what is inside it.
      exclude: [
        '<rootDir>/src/locales/**',
        ...Object.values(PARTS)
          .flat()
          .map((path) => (path.endsWith('.tsx') ? path : `${path}/**`)),
      ],
    },
    ...Object.entries(PARTS).map(([part, include]) => ({
      path: `<rootDir>/src/locales/${part}/{locale}`,
      include: [...include],
    })),
  ],
});
