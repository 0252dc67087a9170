// Mounts the real app (providers, routes, 401 handling) at a URL, optionally logged in as a seeded user.
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { onTestFinished } from 'vitest';
import { createApp } from '@/app/create-app';
import { AppProvider } from '@/app/provider';
import { startSession } from '@/features/auth/session';
import { personalKey } from '@/lib/personal-storage';
import { createAccessToken } from '@mocks/jwt';
import { SEED } from '@mocks/seed';
import { advanceFakeTimers } from './fake-clock';

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
 * The app at `url`, logged in `as` a seeded user if given, and a user-event `user` that works on
 * the real clock and on the fake one (tests/utils/fake-clock.ts) alike.
 */
export function renderApp(url: string, options: { as?: SeededRole } = {}) {
  if (options.as) logInAs(options.as);
  const { router, queryClient } = createApp({
    createRouter: (routes) => createMemoryRouter(routes, { initialEntries: [url] }),
    retry: false,
  });
  // Its cache, timers and anything still in flight end with the test (after the unmount).
  onTestFinished(() => queryClient.clear());
  const user = userEvent.setup({ advanceTimers: advanceFakeTimers });
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
