// Builds the absolute URLs the mock handlers listen on, so handlers and tests agree on one API origin.
import { env } from '@/config/env';

/**
 * `path` is the server path, e.g. `/v1/events/:id` or `/auth/session`. The origin is the app's
 * configured API host (in tests and mock mode, the app's own origin, where MSW answers).
 */
export function apiUrl(path: string): string {
  const normalized = path.startsWith('/') ? path : `/${path}`;
  return `${env.apiHost}${normalized}`;
}
