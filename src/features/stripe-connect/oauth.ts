// Stripe Connect OAuth: the authorize URL and the CSRF `state` (random, single use, 10 minutes).
// State lives in this tab's storage so that the full-page fallback (no popup) survives the round
// trip, kept for the organizer logged in (src/lib/personal-storage.ts) and dropped at logout.
import { personalStorage } from '@/lib/personal-storage';
import { isOAuthResultMessage, type OAuthResultMessage } from './oauth-message';

export const STATE_TTL_MS = 10 * 60_000;
/** How long a spent or expired state is remembered, to say "expired" or "reused" rather than "unknown". */
const RETAIN_MS = 60 * 60_000;
const STORE_KEY = 'stripe-oauth-states';
const REDIRECT_RESULT_KEY = 'stripe-oauth-result';

export interface AuthorizeUrlInput {
  authorizeUrl: string;
  clientId: string;
  redirectUri: string;
  state: string;
  email?: string | null;
}

export function buildAuthorizeUrl({
  authorizeUrl,
  clientId,
  redirectUri,
  state,
  email,
}: AuthorizeUrlInput): string {
  const url = new URL(authorizeUrl);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', clientId);
  url.searchParams.set('scope', 'read_write');
  url.searchParams.set('redirect_uri', redirectUri);
  url.searchParams.set('state', state);
  if (email) url.searchParams.set('stripe_user[email]', email);
  return url.toString();
}

/** The path Open Event used, so redirect URIs registered in Stripe dashboards keep working. */
export function redirectUri(origin: string = window.location.origin): string {
  return `${origin}/torii/redirect.html`;
}

export interface StateEntry {
  /** Where a full-page redirect returns to (the wizard step), with the form restored from its draft. */
  returnTo: string;
  expiresAt: number;
  mode: 'popup' | 'redirect';
}

interface StateStore {
  pending: Record<string, StateEntry>;
  /** Consumed states, kept until they would have expired, to tell a replay from a forgery. */
  used: Record<string, number>;
}

function readStore(): StateStore {
  try {
    const parsed: unknown = JSON.parse(personalStorage('tab')?.getItem(STORE_KEY) ?? 'null');
    if (parsed && typeof parsed === 'object' && 'pending' in parsed && 'used' in parsed) {
      return parsed as StateStore;
    }
  } catch {
    // A damaged store is the same as an empty one: every state in it is then rejected.
  }
  return { pending: {}, used: {} };
}

function writeStore(store: StateStore, now: number): void {
  const pruned: StateStore = {
    pending: Object.fromEntries(
      Object.entries(store.pending).filter(([, entry]) => entry.expiresAt + RETAIN_MS > now),
    ),
    used: Object.fromEntries(
      Object.entries(store.used).filter(([, expiresAt]) => expiresAt + RETAIN_MS > now),
    ),
  };
  personalStorage('tab')?.setItem(STORE_KEY, JSON.stringify(pruned));
}

/** Moves a state from pending to used: it can never be accepted again. */
function spend(store: StateStore, state: string, expiresAt: number): StateStore {
  const { [state]: _spent, ...pending } = store.pending;
  return { pending, used: { ...store.used, [state]: expiresAt } };
}

/** 256 random bits, hex: well over the 128 bits a CSRF token needs. */
export function randomState(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function issueState(entry: Omit<StateEntry, 'expiresAt'>, now: number = Date.now()): string {
  const state = randomState();
  const store = readStore();
  store.pending[state] = { ...entry, expiresAt: now + STATE_TTL_MS };
  writeStore(store, now);
  return state;
}

export type StateCheck =
  | { ok: true; entry: StateEntry }
  | { ok: false; reason: 'missing' | 'unknown' | 'reused' | 'expired' };

/** Accepts a state once, if this browser issued it less than 10 minutes ago. */
export function consumeState(
  state: string | null | undefined,
  now: number = Date.now(),
): StateCheck {
  if (!state) return { ok: false, reason: 'missing' };
  const store = readStore();
  const entry = store.pending[state];
  if (!entry) {
    return { ok: false, reason: state in store.used ? 'reused' : 'unknown' };
  }
  writeStore(spend(store, state, entry.expiresAt), now);
  return entry.expiresAt <= now ? { ok: false, reason: 'expired' } : { ok: true, entry };
}

/** Looks a state up without using it (the redirect page needs to know where to return). */
export function peekState(state: string | null | undefined): StateEntry | null {
  if (!state) return null;
  return readStore().pending[state] ?? null;
}

/** Forgets a pending state (the popup was closed or blocked): it can never be used afterwards. */
export function discardState(state: string, now: number = Date.now()): void {
  const store = readStore();
  const entry = store.pending[state];
  if (!entry) return;
  writeStore(spend(store, state, entry.expiresAt), now);
}

/** Full-page fallback: the redirect page leaves Stripe's answer here for the wizard to pick up. */
export function stashRedirectResult(result: OAuthResultMessage): void {
  personalStorage('tab')?.setItem(REDIRECT_RESULT_KEY, JSON.stringify(result));
}

export function takeRedirectResult(): OAuthResultMessage | null {
  const storage = personalStorage('tab');
  const raw = storage?.getItem(REDIRECT_RESULT_KEY) ?? null;
  if (raw === null) return null;
  storage?.removeItem(REDIRECT_RESULT_KEY);
  try {
    const parsed: unknown = JSON.parse(raw);
    return isOAuthResultMessage(parsed) ? parsed : null;
  } catch {
    return null;
  }
}
