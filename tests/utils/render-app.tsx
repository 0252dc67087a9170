// Mounts the real app (providers, routes, 401 handling) at a URL, optionally logged in as a seeded user.
import { render } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { onTestFinished } from 'vitest';
import { createApp } from '@/app/create-app';
import { AppProvider } from '@/app/provider';
import { startSession } from '@/features/auth/session';
import { personalKey } from '@/lib/personal-storage';
import { createAccessToken } from '@mocks/jwt';
import { SEED } from '@mocks/seed';

// The app's pages and the parts it loads on demand (React.lazy, import()), loaded once per test
// file, when it first imports this module and before any test runs. A test's findBy* then waits
// for what the page does, not for the test runner to compile a module, which on a busy machine
// can take longer than findBy*'s one second.
await Promise.all(
  Object.values(
    import.meta.glob([
      '/src/app/routes/*.tsx',
      '/src/features/*/components/*.tsx',
      '/src/features/checkout/{payment-intent,stripe}/*.{ts,tsx}',
      '/src/features/checkout/*.ts',
      '/src/lib/sanitize-html.ts',
    ]),
  ).map((load) => load()),
);

/**
 * findBy*'s options for the first thing a page shows when it needs several requests and renders
 * before it (the payment page: the order, the settings, the organizer's key, the card form). That
 * is work, not waiting; on a 2-core machine kept busy by `npm run test:under-load` it took over
 * findBy*'s default second.
 */
export const PAGE_READY = { timeout: 5_000 };

export type SeededRole = 'admin' | 'organizer' | 'buyer';

const seededUserId: Record<SeededRole, number> = {
  admin: SEED.adminId,
  organizer: SEED.organizerId,
  buyer: SEED.buyerId,
};

export function logInAs(role: SeededRole, options: { expiresInSeconds?: number } = {}): string {
  const token = createAccessToken(seededUserId[role], options);
  startSession(token, false);
  return token;
}

/**
 * How the user-event `user` of renderApp (and of the Stripe Connect panel's tests) acts: no pause
 * between keys (`delay: null`), so it waits on no clock, real or fake (tests/utils/fake-clock.ts);
 * and no pointer-events check. jsdom applies none of the app's styles (vitest loads no CSS, and
 * src/styles.css sets no pointer-events anyway), so that check could only ever read the browser's
 * defaults and sonner's rule for the toasts it hides, while it read the computed style of the
 * target and every ancestor at each click and keystroke: 13-25% of the CPU time of the wizard and
 * payment test files. Whether a person can click a thing is for the browser journeys to find out
 * (Playwright's actionability checks, on the real styles).
 */
export const USER_OPTIONS = { delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never };

/** The app at `url`, logged in `as` a seeded user if given, and a user-event `user` (USER_OPTIONS). */
export function renderApp(url: string, options: { as?: SeededRole } = {}) {
  if (options.as) logInAs(options.as);
  const { router, queryClient } = createApp({
    createRouter: (routes) => createMemoryRouter(routes, { initialEntries: [url] }),
    retry: false,
  });
  // Its cache, timers and anything still in flight end with the test (after the unmount).
  onTestFinished(() => queryClient.clear());
  const user = userEvent.setup(USER_OPTIONS);
  const view = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { user, router, queryClient, ...view };
}

/**
 * What the app keeps in this browser for a seeded user under `name` (src/lib/personal-storage.ts),
 * from either storage, whether or not they are logged in now.
 */
export function keptFor(role: SeededRole, name: string): string | null {
  const key = personalKey(name, { userId: String(seededUserId[role]), remembered: false });
  return window.sessionStorage.getItem(key) ?? window.localStorage.getItem(key);
}

/** Writes an item as the app would keep it for a seeded user in this tab. */
export function keepFor(role: SeededRole, name: string, value: string): void {
  const key = personalKey(name, { userId: String(seededUserId[role]), remembered: false });
  window.sessionStorage.setItem(key, value);
}
