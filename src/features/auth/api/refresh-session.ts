// POST /v1/auth/token/refresh with `Authorization: JWT <refresh token>`: a new access token for a
// remembered session (docs/security.md, "Sessions"). Plain JSON like the login route.
import * as v from 'valibot';
import { apiRequest } from '@/lib/api-client';
import { parseResponse } from '@/lib/parse-response';
import { readStoredSession, renewStoredSession, subscribeToSession } from '../session';

const refreshResponse = v.object({ access_token: v.pipe(v.string(), v.nonEmpty()) });

/** Renew this long before the access token runs out (the server's remember-me token lives 90 minutes). */
export const REFRESH_AHEAD_MS = 5 * 60_000;
/** After a failed renewal (offline, a server error), try again this much later while time is left. */
export const REFRESH_RETRY_MS = 60_000;
const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;

let inFlight: Promise<boolean> | null = null;

/**
 * Gets a new access token with the session's refresh token. True when the session now holds it;
 * false when there is no refresh token, it has run out, the server refused it or did not answer.
 * Concurrent callers share one request.
 */
export function renewSession(): Promise<boolean> {
  inFlight ??= refresh().finally(() => {
    inFlight = null;
  });
  return inFlight;
}

/** Forgets a renewal still in flight, so the next caller starts its own (tests, between tests). */
export function resetSessionRenewal(): void {
  inFlight = null;
}

async function refresh(): Promise<boolean> {
  const stored = readStoredSession();
  const { refreshToken, refreshExpiresAt } = stored ?? {};
  if (!stored || refreshToken === undefined) return false;
  if (refreshExpiresAt != null && refreshExpiresAt <= Date.now()) return false;
  try {
    const body = await apiRequest('/v1/auth/token/refresh', {
      method: 'POST',
      format: 'json',
      token: refreshToken,
    });
    return renewStoredSession(stored.token, parseResponse(refreshResponse, body).access_token);
  } catch {
    // Refused or unreachable: the session keeps its token; a 401 for it then ends the session.
    return false;
  }
}

/**
 * Keeps a remembered session's access token fresh: renews it shortly before it runs out, and
 * again a minute later if that failed. An ordinary session has no refresh token and no timer.
 * Returns the function that stops it.
 */
export function keepSessionFresh(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const at = (delayMs: number, run: () => void) => {
    clearTimeout(timer);
    timer = setTimeout(run, Math.min(Math.max(0, delayMs), MAX_TIMER_DELAY_MS));
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = undefined;
    const stored = readStoredSession();
    if (!stored || stored.refreshToken === undefined || stored.expiresAt === null) return;
    // Run out already: the next request's 401 renews it, or ends the session if it cannot.
    if (stored.expiresAt <= Date.now()) return;
    at(stored.expiresAt - REFRESH_AHEAD_MS - Date.now(), () => {
      void renewSession().then((renewed) => {
        // Success changes the session, which schedules the next renewal through the subscription.
        if (!renewed && readStoredSession()?.token === stored.token) at(REFRESH_RETRY_MS, schedule);
      });
    });
  };
  schedule();
  const unsubscribe = subscribeToSession(schedule);
  return () => {
    unsubscribe();
    clearTimeout(timer);
  };
}
