// The logged-in session: the JWT, how long it lives and where it is kept. Nothing else in the app
// touches storage for it. docs/security.md says what is stored where and for how long.
import { t } from '@lingui/core/macro';
import { JWT_EXPIRY_MARGIN_MS, readJwtClaims, tokenLifetimeMs } from '@/lib/jwt';
import { clearPersonalData, configurePersonalStorage } from '@/lib/personal-storage';

const SESSION_KEY = 'open-event-web:session';

export interface Session {
  token: string;
  userId: string;
  /** Kept in localStorage ("Keep me logged in"), renewed with a refresh token. */
  remembered: boolean;
}

/**
 * What is stored. The times are by the browser's clock but measured from when each token
 * arrived, with the lifetime the server gave it (`exp - iat`): the browser's clock may be days
 * off the server's, and comparing it with `exp` would end (or refuse) sessions at random.
 */
export interface StoredSession {
  token: string;
  /** When the access token stops working, in browser milliseconds; null: never. */
  expiresAt: number | null;
  refreshToken?: string;
  refreshExpiresAt?: number | null;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let cached: { raw: string | null; session: Session | null; aliveUntil: number | null } = {
  raw: null,
  session: null,
  aliveUntil: null,
};

function storages(): Storage[] {
  // sessionStorage ends with the tab; localStorage is used only when the person asked to be remembered.
  return [window.sessionStorage, window.localStorage];
}

function readRaw(): { raw: string; remembered: boolean } | null {
  for (const storage of storages()) {
    const raw = storage.getItem(SESSION_KEY);
    if (raw) return { raw, remembered: storage === window.localStorage };
  }
  return null;
}

function parseStored(raw: string): StoredSession | null {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const record = value as Partial<StoredSession>;
    if (typeof record.token !== 'string') return null;
    const expiresAt = typeof record.expiresAt === 'number' ? record.expiresAt : null;
    const stored: StoredSession = { token: record.token, expiresAt };
    if (typeof record.refreshToken === 'string') {
      stored.refreshToken = record.refreshToken;
      stored.refreshExpiresAt =
        typeof record.refreshExpiresAt === 'number' ? record.refreshExpiresAt : null;
    }
    return stored;
  } catch {
    return null;
  }
}

/** The stored session record, whatever its state (the refresh code needs the expired ones too). */
export function readStoredSession(): (StoredSession & { remembered: boolean }) | null {
  const found = readRaw();
  const stored = found ? parseStored(found.raw) : null;
  return stored && found ? { ...stored, remembered: found.remembered } : null;
}

/**
 * Until when the session is usable: the access token's expiry, or the refresh token's when there
 * is one to renew it with. null: no end.
 */
function aliveUntil(stored: StoredSession): number | null {
  if (stored.refreshToken === undefined) return stored.expiresAt;
  if (stored.expiresAt === null || stored.refreshExpiresAt === null) return null;
  return Math.max(stored.expiresAt, stored.refreshExpiresAt ?? 0);
}

function toSession(
  found: { raw: string; remembered: boolean } | null,
  nowMs: number,
): typeof cached {
  const stored = found ? parseStored(found.raw) : null;
  const claims = stored ? readJwtClaims(stored.token) : null;
  const until = stored ? aliveUntil(stored) : null;
  const raw = found?.raw ?? null;
  if (!found || !stored || !claims || (until !== null && until <= nowMs)) {
    return { raw, session: null, aliveUntil: null };
  }
  const session = {
    token: stored.token,
    userId: String(claims.identity),
    remembered: found.remembered,
  };
  return { raw, session, aliveUntil: until };
}

/** The current session, or null when logged out or the session has run out. */
export function getSession(): Session | null {
  const found = readRaw();
  const now = Date.now();
  const stale = cached.aliveUntil !== null && cached.aliveUntil <= now;
  if ((found?.raw ?? null) !== cached.raw || stale) cached = toSession(found, now);
  return cached.session;
}

export function getToken(): string | null {
  return getSession()?.token ?? null;
}

// Personal items are keyed by whoever is logged in now (src/lib/personal-storage.ts).
configurePersonalStorage(() => {
  const session = getSession();
  return session ? { userId: session.userId, remembered: session.remembered } : null;
});

/** When a token that arrived now stops working, by this browser's clock; null: never. */
export function expiryOf(token: string, receivedAtMs = Date.now()): number | null | undefined {
  const claims = readJwtClaims(token);
  if (!claims) return undefined;
  const lifetime = tokenLifetimeMs(claims, receivedAtMs);
  if (lifetime === null) return null;
  return receivedAtMs + lifetime - JWT_EXPIRY_MARGIN_MS;
}

/** Shown in the login form (the error's message), so made in the language active then. */
const unreadable = () => t`The server sent a login token we could not read.`;

export function startSession(
  token: string,
  remember: boolean,
  options: { refreshToken?: string } = {},
): Session {
  const now = Date.now();
  const claims = readJwtClaims(token);
  const expiresAt = expiryOf(token, now);
  if (!claims || expiresAt === undefined || (expiresAt !== null && expiresAt <= now)) {
    throw new Error(unreadable());
  }
  const stored: StoredSession = { token, expiresAt };
  // A refresh token is only worth keeping for a remembered session: it outlives the tab.
  const refreshExpiresAt =
    remember && options.refreshToken !== undefined
      ? expiryOf(options.refreshToken, now)
      : undefined;
  if (options.refreshToken !== undefined && refreshExpiresAt !== undefined) {
    stored.refreshToken = options.refreshToken;
    stored.refreshExpiresAt = refreshExpiresAt;
  }
  const userId = String(claims.identity);
  clearStoredTokens();
  // Whatever another person left in this browser goes before this one's session starts.
  clearPersonalData({ keep: userId });
  (remember ? window.localStorage : window.sessionStorage).setItem(
    SESSION_KEY,
    JSON.stringify(stored),
  );
  notify();
  const session = getSession();
  if (!session) throw new Error(unreadable());
  return session;
}

/**
 * Replaces the access token of the session in place (after a refresh). False when the session
 * changed meanwhile (logged out, or someone else logged in): the new token is then dropped.
 */
export function renewStoredSession(previousToken: string, token: string): boolean {
  const current = readStoredSession();
  const expiresAt = expiryOf(token);
  if (!current || current.token !== previousToken || expiresAt === undefined) return false;
  const claims = readJwtClaims(token);
  if (String(claims?.identity) !== String(readJwtClaims(previousToken)?.identity)) return false;
  const { remembered, ...stored } = current;
  (remembered ? window.localStorage : window.sessionStorage).setItem(
    SESSION_KEY,
    JSON.stringify({ ...stored, token, expiresAt } satisfies StoredSession),
  );
  notify();
  return true;
}

/**
 * `logout`: the person chose to leave, and everything kept for them goes too. `expired`: the
 * server no longer takes the token; what they kept stays for them to log in again and find it
 * (anyone else who logs in next removes it first, see startSession).
 */
export function endSession(reason: 'logout' | 'expired' = 'logout'): void {
  const userId = getSession()?.userId ?? userIdOfStored();
  clearStoredTokens();
  if (reason === 'logout' && userId !== null) clearPersonalData({ only: userId });
  notify();
}

function userIdOfStored(): string | null {
  const stored = readStoredSession();
  const claims = stored ? readJwtClaims(stored.token) : null;
  return claims ? String(claims.identity) : null;
}

function clearStoredTokens(): void {
  for (const storage of storages()) storage.removeItem(SESSION_KEY);
}

export function subscribeToSession(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function notify(): void {
  for (const listener of listeners) listener();
}

/**
 * Another tab logging out (or in) changes localStorage; follow it. When the remembered session
 * this tab was using is gone, what this tab kept for that person goes with it.
 */
function onStorage(event: StorageEvent): void {
  if (event.key !== null && event.key !== SESSION_KEY) return;
  const before = cached.session;
  const after = getSession();
  if (before && before.remembered && before.userId !== after?.userId && event.newValue === null) {
    clearPersonalData({ only: before.userId });
  }
  notify();
}

if (typeof window !== 'undefined') window.addEventListener('storage', onStorage);
