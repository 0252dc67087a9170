// Starts the mock API in the browser (mock mode): a service worker answering the app's API calls,
// over a db that survives reloads through localStorage.
import { setupWorker } from 'msw/browser';
import { config as configureZod } from 'zod/mini';
import { env } from '@/config/env';
import { API_PATH } from './api-paths';
import { onDbChange, resetDb, restoreDb } from './db';
import { handlers } from './handlers';
import { loadDbFromStorage, MOCK_DB_STORAGE_KEY, saveDbToStorage } from './persistence';

// zod (the mock server's schemas) probes for eval with `new Function` on first use; under the
// app's CSP that probe is reported as a violation even though zod catches it. Its interpreter is
// fast enough for the mock's small schemas.
configureZod({ jitless: true });

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Only the Open Event API and the fake Stripe API are ours to answer; Vite modules, assets and fonts
 * pass through quietly.
 */
function isApiRequest(request: Request): boolean {
  if (request.url.startsWith(`${env.fakeStripeApi}/`)) return true;
  const url = new URL(request.url);
  if (url.origin !== new URL(env.apiHost).origin) return false;
  return API_PATH.test(url.pathname);
}

let starting: Promise<void> | null = null;

/** Starts the worker once; every caller (mocks/early-start.ts, src/main.tsx) gets the same start. */
export function startMockWorker(): Promise<void> {
  starting ??= start();
  return starting;
}

async function start(): Promise<void> {
  const store = storage();
  if (store) {
    if (!loadDbFromStorage(store)) {
      resetDb();
      saveDbToStorage(store);
    }
    onDbChange(() => saveDbToStorage(store));
    // Another tab (or the Stripe consent popup) saved a change: pick it up instead of overwriting it.
    window.addEventListener('storage', (event) => {
      if (event.key === MOCK_DB_STORAGE_KEY && event.newValue !== null) restoreDb(event.newValue);
    });
  }

  const worker = setupWorker(...handlers);
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    quiet: true,
    onUnhandledRequest(request, print) {
      if (isApiRequest(request)) print.warning();
    },
  });
}

/** Back to the demo seed, saved so that a reload keeps it. */
export function resetDemoData(): void {
  resetDb();
  const store = storage();
  if (store) saveDbToStorage(store);
}
