// The mock-mode worker answers only the Open Event API: run MSW's patched worker script against a
// fake service-worker global and see which requests it takes over.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';
import { FAKE_STRIPE_API_PATH } from '@/config/env';
import { mockServiceWorkerSource, scopeWorkerToApi } from '@mocks/service-worker-source';

const APP_ORIGIN = 'http://localhost:5173';

type Listener = (event: unknown) => unknown;

/** Starts the worker script with one mocked page (MOCK_ACTIVATE), as a page's MSW start does. */
async function startWorker(source: string) {
  const listeners = new Map<string, Listener>();
  const page = { id: 'page-1', frameType: 'top-level', postMessage: () => undefined };
  const self = {
    location: { origin: APP_ORIGIN },
    clients: {
      get: () => Promise.resolve(page),
      matchAll: () => Promise.resolve([page]),
      claim: () => Promise.resolve(),
    },
    skipWaiting: () => undefined,
  };
  const addEventListener = (type: string, listener: Listener) => listeners.set(type, listener);
  // The worker script is a classic script over the service-worker global: run it in a context of
  // its own with the globals it reads.
  runInNewContext(source, {
    self,
    addEventListener,
    URL,
    Request,
    Response,
    Headers,
    MessageChannel,
    crypto,
    console,
  });
  await listeners.get('message')?.({ source: page, data: 'MOCK_ACTIVATE' });

  /** True when the worker takes the request over (asks the page), false when it lets it pass. */
  return (url: string) => {
    let taken = false;
    listeners.get('fetch')?.({
      request: new Request(url),
      respondWith: (answer: Promise<unknown>) => {
        taken = true;
        // The fake page never answers; the pending answer is not this test's concern.
        answer.catch(() => undefined);
      },
    });
    return taken;
  };
}

describe('the mock service worker', () => {
  it('takes over the API and fake Stripe requests of a mocked page and lets its scripts, styles and icons pass', async () => {
    const takes = await startWorker(mockServiceWorkerSource(''));
    expect(takes(`${APP_ORIGIN}/v1/events/e7c41f0a?include=tickets`)).toBe(true);
    expect(takes(`${APP_ORIGIN}/auth/session`)).toBe(true);
    expect(takes(`${APP_ORIGIN}/assets/main-abc123.js`)).toBe(false);
    expect(takes(`${APP_ORIGIN}/assets/main-abc123.css`)).toBe(false);
    expect(takes(`${APP_ORIGIN}/favicon.svg`)).toBe(false);
    expect(takes(`${APP_ORIGIN}/v1x/other`)).toBe(false);
    expect(
      takes(`${APP_ORIGIN}${FAKE_STRIPE_API_PATH}/v1/payment_intents/pi_1?key=pk_test_x`),
    ).toBe(true);
    expect(takes(`${APP_ORIGIN}${FAKE_STRIPE_API_PATH}/3ds/pi_1`)).toBe(true);
    expect(takes(`${APP_ORIGIN}/fake-stripe-page`)).toBe(false);
    expect(takes('https://js.stripe.com/v3/')).toBe(false);
  });

  it('follows a configured API host instead of its own origin', async () => {
    const takes = await startWorker(mockServiceWorkerSource('https://api.example.org/'));
    expect(takes('https://api.example.org/v1/events/1')).toBe(true);
    expect(takes(`${APP_ORIGIN}/v1/events/1`)).toBe(false);
  });

  it('without the scope, MSW’s own worker would take every request (the patch is what differs)', async () => {
    const require = createRequire(import.meta.url);
    const original = readFileSync(require.resolve('msw/mockServiceWorker.js'), 'utf8');
    const takes = await startWorker(original);
    expect(takes(`${APP_ORIGIN}/assets/main-abc123.js`)).toBe(true);
  });

  it('refuses to build from a worker script that lacks the spot it patches', () => {
    expect(() => scopeWorkerToApi('addEventListener("fetch", () => {})', '')).toThrow(
      /mockServiceWorker\.js changed/,
    );
  });
});
