// Lingui: where messages are extracted from and where the catalogs live (docs/i18n.md).
//
// One catalog per part of the app, so a page downloads only the messages it can show: the shell
// (layout, shared components, src/lib) on every page, then the parts of the page's own code.
// src/lib/i18n/catalogs.ts loads them; src/app/router.tsx says which page needs which part.
import { defineConfig } from '@lingui/cli';
import { formatter } from '@lingui/format-po';

const route = (name: string) => `<rootDir>/src/app/routes/${name}.tsx`;

const checkout = (...files: string[]) =>
  files.map((file) => `<rootDir>/src/features/checkout/${file}`);

/**
 * Each part: its files. Everything in src/ that no part lists belongs to the shell. The parts
 * follow the code's own chunks, so that a first visit downloads the messages of the code it runs
 * and no more: the event page's code, the order page's, then the rest of the checkout, which
 * loads with the lazy steps and payment forms that use it (src/lib/i18n/catalogs.ts, withPart).
 * The demo's texts (its bar, the test cards, the simulated Stripe pages) load in mock mode only:
 * a real build does not carry their catalogs at all (src/lib/i18n/demo-catalogs.ts).
 */
export const PARTS = {
  login: ['<rootDir>/src/features/auth/components/login-form.tsx', route('login')],
  // The Stripe Connect redirect page's own few texts (torii/redirect.html).
  redirect: ['<rootDir>/src/oauth-redirect-text.ts'],
  discover: ['<rootDir>/src/features/discover', route('home')],
  event: [
    ...checkout(
      'components/event-details.tsx',
      'components/ticket-card.tsx',
      'components/ticket-form.tsx',
      'components/use-ticket-selection.ts',
      'components/public-event-view.tsx',
      'api/get-public-event.ts',
      'api/calculate-amount.ts',
      'api/get-ticket-availability.ts',
      'api/create-order.ts',
      'api/order-amount-body.ts',
      'selection.ts',
    ),
    route('public-event'),
  ],
  order: [
    ...checkout(
      'token-charge.ts',
      'use-countdown.ts',
      'charge-flow.ts',
      'components/order-countdown.tsx',
      'components/order-state.tsx',
      'components/order-summary.tsx',
      'components/checkout-steps.tsx',
      'components/payment-step.tsx',
      'api/get-order.ts',
      'api/charge-order.ts',
    ),
    route('order'),
  ],
  demo: [
    '<rootDir>/src/app/demo-bar.tsx',
    '<rootDir>/src/app/demo-server-era.tsx',
    ...checkout('stripe/test-cards.tsx', 'stripe/demo-test-cards.tsx'),
    '<rootDir>/src/features/stripe-connect/components/mock-stripe-consent.tsx',
    route('fake-stripe-challenge'),
    route('mock-stripe-consent'),
  ],
  'my-tickets': ['<rootDir>/src/features/my-tickets', route('my-tickets')],
  organizer: [
    '<rootDir>/src/features/event-wizard',
    '<rootDir>/src/features/my-events',
    '<rootDir>/src/features/stripe-connect',
    route('event-wizard'),
    route('my-events'),
    route('admin-payment-gateway'),
    '<rootDir>/src/features/auth/components/require-admin.tsx',
  ],
} as const;

/** The rest of the checkout: the feature's files that no part above takes. */
const CHECKOUT = '<rootDir>/src/features/checkout';

/** An exclude pattern: a file as it is, a folder with all it holds. */
const glob = (path: string) => (/\.tsx?$/.test(path) ? path : `${path}/**`);

export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'de', 'ar', 'ja'],
  fallbackLocales: { default: 'en' },
  // The macro's <Trans> comes from a module of its own (src/lib/i18n/trans.tsx says why).
  runtimeConfigModule: { Trans: ['@/lib/i18n/trans', 'Trans'] },
  // Origins without line numbers: a catalog changes only when a message does.
  format: formatter({ lineNumbers: false }),
  catalogs: [
    {
      path: '<rootDir>/src/locales/shell/{locale}',
      include: ['<rootDir>/src'],
      // Globs: a folder excludes what is inside it.
      exclude: [
        '<rootDir>/src/locales/**',
        ...[...Object.values(PARTS).flat(), CHECKOUT].map(glob),
      ],
    },
    ...Object.entries(PARTS).map(([part, include]) => ({
      path: `<rootDir>/src/locales/${part}/{locale}`,
      include: [...include],
      // A file another part lists, inside one of this part's folders, is the other part's.
      exclude: Object.entries(PARTS)
        .filter(([other]) => other !== part)
        .flatMap(([, paths]) => paths)
        .filter((path) => include.some((folder) => path.startsWith(`${folder}/`))),
    })),
    // The rest of the checkout: every file of the feature that the parts above do not take.
    {
      path: '<rootDir>/src/locales/checkout/{locale}',
      include: [CHECKOUT],
      exclude: Object.values(PARTS)
        .flat()
        .filter((path) => path.startsWith(`${CHECKOUT}/`)),
    },
  ],
});
