// Builds the absolute URLs the mock handlers listen on, so handlers and tests agree on one API origin.
import { env } from '@/config/env';

function normalize(path: string): string {
  return path.startsWith('/') ? path : `/${path}`;
}

/**
 * `path` is the server path, e.g. `/v1/events/:id` or `/auth/session`. The origin is the app's
 * configured API host (in tests and mock mode, the app's own origin, where MSW answers).
 */
export function apiUrl(path: string): string {
  return `${env.apiHost}${normalize(path)}`;
}

/**
 * `path` is a path of the fake Stripe API, e.g. `/v1/payment_intents/:id` or `/3ds/:id`, under its
 * configured base (by default `<API host>/fake-stripe`).
 */
export function fakeStripeUrl(path: string): string {
  return `${env.fakeStripeApi}${normalize(path)}`;
}
