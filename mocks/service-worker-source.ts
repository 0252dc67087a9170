// The MSW worker script as mock mode serves it: MSW's own mockServiceWorker.js, with one line added
// so that only the Open Event API goes through the page. Unpatched, the worker hands every request
// of a mocked page (each script chunk, the stylesheet, the favicon) to the page's main thread to
// ask whether to mock it, which competes with the page's own start-up work.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { API_PATH } from './api-paths';

const require = createRequire(import.meta.url);

/** Where the bypass goes: right after MSW's own bypass of navigation requests. */
const ANCHOR = `  if (event.request.mode === 'navigate') {
    return
  }
`;

/**
 * Adds, to MSW's worker `source`, a bypass of every request that is not to the Open Event API:
 * `/v1/...` or `/auth/...` on `apiOrigin` (empty: the worker's own origin, mock mode's default).
 * Throws when MSW's worker no longer has the spot it patches, so an upgrade cannot drop it quietly.
 */
export function scopeWorkerToApi(source: string, apiOrigin: string): string {
  if (!source.includes(ANCHOR)) {
    throw new Error(
      'mockServiceWorker.js changed: the navigation bypass that the API scope follows is gone',
    );
  }
  const origin = apiOrigin.trim().replace(/\/+$/, '');
  const bypass = `
  // open-event-web: only the Open Event API is mocked. Anything else goes straight to the network,
  // without a round trip through the page's main thread.
  const openEventUrl = new URL(event.request.url)
  if (
    openEventUrl.origin !== (${JSON.stringify(origin)} || self.location.origin) ||
    !/${API_PATH.source}/.test(openEventUrl.pathname)
  ) {
    return
  }
`;
  return source.replace(ANCHOR, ANCHOR + bypass);
}

/** MSW's installed worker script, scoped to the API (see scopeWorkerToApi). */
export function mockServiceWorkerSource(apiOrigin: string): string {
  const source = readFileSync(require.resolve('msw/mockServiceWorker.js'), 'utf8');
  return scopeWorkerToApi(source, apiOrigin);
}
