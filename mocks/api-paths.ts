// Which paths the mock answers: the Open Event API (`/v1`, `/auth`) and the fake Stripe API beside it
// (`/fake-stripe`, FAKE_STRIPE_API_PATH in src/config/env.ts), for the page's MSW start
// (mocks/browser.ts) and the worker script's scope (mocks/service-worker-source.ts) alike. Written
// out rather than imported: vite.config.ts loads this file before the app's aliases exist.
export const API_PATH = /^\/(v1|auth|fake-stripe)(\/|$)/;
