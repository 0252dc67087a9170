// vitest setup: the mock Open Event API for every test, a fresh start after each (the mock's data,
// the browser's storage, the clock, and every setting the app's modules keep between renders), and
// no noise allowed: a console.error fails the test unless the test allowed it
// (tests/utils/console.ts).
import '@testing-library/jest-dom/vitest';
import { resetToasts } from '@/components/ui/toast';
import { resetDemoMode } from '@/config/demo';
import { resetSessionRenewal } from '@/features/auth/api/refresh-session';
import { resetStripeLoader } from '@/features/checkout/stripe/load-stripe';
import { resetUnconfirmedInMemory } from '@/features/event-wizard/draft-storage';
import { resetApiClient } from '@/lib/api-client';
import { resetI18n } from '@/lib/i18n/catalogs';
import { resetDb } from '@mocks/db';
import { setServerClockOffset } from '@mocks/jwt';
import { server } from '@mocks/node';
// eslint-disable-next-line testing-library/no-manual-cleanup -- see the afterEach below
import { cleanup } from '@testing-library/react';
import { onTestFinished } from 'vitest';
import { endConsoleErrorWatch, watchConsoleErrors } from './utils/console';
import { printPageOnlyWhenRead } from './utils/element-errors';
import { findLabelsByIndex } from './utils/fast-label-control';
import { letTestingLibraryFollowTheFakeClock } from './utils/fake-clock';

letTestingLibraryFollowTheFakeClock();
// English, as the app starts for a browser that asks for it (src/main.tsx).
resetI18n();
findLabelsByIndex();
printPageOnlyWhenRead();

const worker = globalThis as { mockServerListening?: boolean };
beforeAll(() => {
  if (worker.mockServerListening) return;
  worker.mockServerListening = true;
  server.listen({ onUnhandledRequest: 'error' });
});

// Testing Library unmounts after each test by itself, but registers that once, when it is first
// imported: with test files sharing a worker's modules (no isolation), only the first file had it.
afterEach(() => {
  cleanup();
});

beforeEach(() => {
  watchConsoleErrors();
  // Once the test is over, after its own afterEach hooks and Testing Library's unmount, so that
  // what the unmount does still runs on the test's clock and is checked for console errors.
  onTestFinished(startAfresh);
});

function startAfresh(): void {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();

  // The mock server: its handlers, the listeners tests add, its data (the charge era of
  // mocks/charge-era.ts is part of it) and its clock.
  server.resetHandlers();
  server.events.removeAllListeners();
  resetDb();
  setServerClockOffset(0);

  // What the app's modules keep between renders. Each app's query client is cleared by
  // tests/utils/render-app.tsx.
  resetApiClient();
  resetDemoMode();
  resetI18n();
  resetSessionRenewal();
  resetStripeLoader();
  resetToasts();
  resetUnconfirmedInMemory();
  window.sessionStorage.clear();
  window.localStorage.clear();

  // Last, so that a failure here leaves nothing else behind.
  const errors = endConsoleErrorWatch();
  if (errors.length > 0) {
    throw new Error(`console.error was called:\n${errors.join('\n')}`);
  }
}

afterAll(() => {
  // server.close();
});
