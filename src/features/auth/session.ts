// The logged-in session: the JWT and where it is kept. Nothing else in the app touches storage for it.
import { isJwtExpired, readJwtClaims } from '@/lib/jwt';

const TOKEN_KEY = 'open-event-web:jwt';

export interface Session {
  token: string;
  userId: string;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let cached: { token: string | null; session: Session | null } = { token: null, session: null };

function storages(): Storage[] {
  // sessionStorage ends with the tab; localStorage is used only when the person asked to be remembered.
  return [window.sessionStorage, window.localStorage];
}

function readStoredToken(): string | null {
  for (const storage of storages()) {
    const token = storage.getItem(TOKEN_KEY);
    if (token) return token;
  }
  return null;
}

function toSession(token: string | null): Session | null {
  if (!token) return null;
  const claims = readJwtClaims(token);
  if (!claims || isJwtExpired(claims)) return null;
  return { token, userId: String(claims.identity) };
}

/** The current session, or null when logged out or the stored token has expired. */
export function getSession(): Session | null {
  const token = readStoredToken();
  if (token !== cached.token) cached = { token, session: toSession(token) };
  return cached.session;
}

export function getToken(): string | null {
  return getSession()?.token ?? null;
}

export function startSession(token: string, remember: boolean): Session {
  const session = toSession(token);
  if (!session) throw new Error('The server sent a login token we could not read.');
  clearStoredTokens();
  (remember ? window.localStorage : window.sessionStorage).setItem(TOKEN_KEY, token);
  notify();
  return session;
}

export function endSession(): void {
  clearStoredTokens();
  notify();
}

function clearStoredTokens(): void {
  for (const storage of storages()) storage.removeItem(TOKEN_KEY);
}

export function subscribeToSession(listener: Listener): () => void {
  listeners.add(listener);
  // Another tab logging out (or in) changes localStorage; follow it.
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === TOKEN_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

function notify(): void {
  for (const listener of listeners) listener();
}
