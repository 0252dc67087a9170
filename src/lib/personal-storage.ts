// What the app keeps in the browser for one person (wizard drafts, lost creates, OAuth states,
// PaymentIntents, ticket selections), under keys that name that person, so that on a shared
// computer nobody sees what the previous user left behind. docs/security.md lists every item.
//
// Two lifetimes:
// - 'tab': sessionStorage, whatever the login. For things that belong to this tab's own round trip
//   (a PaymentIntent, an OAuth state, the tickets of an order being paid).
// - 'session': where the login itself is kept. localStorage when the person ticked "Keep me
//   logged in", else sessionStorage, which the browser drops with the tab.
//
// The auth feature owns the session, so it tells this module who is logged in
// (configurePersonalStorage) and calls clearPersonalData at login and logout.

export type Keeping = 'tab' | 'session';

export interface StorageOwner {
  userId: string;
  /** The login is kept in localStorage ("Keep me logged in"). */
  remembered: boolean;
}

const PREFIX = 'open-event-web:person:';
/** Keys of no one: what an anonymous visitor keeps (nothing today, but never shared with a user). */
const ANONYMOUS = '-';

/**
 * Keys written before everything was kept per person. They may hold someone else's draft (with
 * bank details), so they are removed, never read.
 */
const LEGACY_PREFIXES = [
  'open-event-web:event-wizard-draft:',
  'open-event-web:event-wizard-unconfirmed-creates',
  'open-event-web:stripe-oauth-states',
  'open-event-web:stripe-oauth-result',
  'open-event-web:payment-intent:',
  'open-event-web:order-selection:',
  'open-event-web:order-holders:',
  'open-event-web:jwt',
];

let readOwner: () => StorageOwner | null = () => null;

export function configurePersonalStorage(owner: () => StorageOwner | null): void {
  readOwner = owner;
}

function ownerSegment(userId: string | null): string {
  return userId === null ? ANONYMOUS : encodeURIComponent(userId);
}

/** The full storage key of `name` for the person logged in now. */
export function personalKey(name: string, owner: StorageOwner | null = readOwner()): string {
  return `${PREFIX}${ownerSegment(owner?.userId ?? null)}:${name}`;
}

function browserStorage(kind: 'local' | 'session'): Storage | null {
  try {
    return kind === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    // Storage switched off (privacy settings): callers work without it.
    return null;
  }
}

/** Storage-like access to the current person's items; null when the browser refuses storage. */
export interface PersonalStorage {
  getItem(name: string): string | null;
  /** Throws like Storage.setItem when the quota is exceeded: callers decide what that costs. */
  setItem(name: string, value: string): void;
  removeItem(name: string): void;
  /** The names (without the person's prefix) that start with `prefix`. */
  names(prefix?: string): string[];
}

export function personalStorage(keeping: Keeping): PersonalStorage | null {
  const owner = readOwner();
  const kind = keeping === 'session' && owner?.remembered ? 'local' : 'session';
  const storage = browserStorage(kind);
  if (storage === null) return null;
  const keyPrefix = personalKey('', owner);
  return {
    getItem: (name) => storage.getItem(keyPrefix + name),
    setItem: (name, value) => storage.setItem(keyPrefix + name, value),
    removeItem: (name) => storage.removeItem(keyPrefix + name),
    names: (prefix = '') =>
      storageKeys(storage)
        .filter((key) => key.startsWith(keyPrefix + prefix))
        .map((key) => key.slice(keyPrefix.length)),
  };
}

function storageKeys(storage: Storage): string[] {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (key !== null) keys.push(key);
  }
  return keys;
}

/** Whose item a key is: a user id, null for anonymous, undefined for a key that is no one's. */
function keyOwner(key: string): string | null | undefined {
  if (!key.startsWith(PREFIX)) return undefined;
  const segment = key.slice(PREFIX.length).split(':', 1)[0] ?? '';
  if (segment === ANONYMOUS) return null;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Removes personal items from both storages, and every key from before they were kept per person.
 * `only`: remove just that person's (and anonymous) items, as at their logout. `keep`: remove
 * everyone's but that person's, as when they log in.
 */
export function clearPersonalData(options: { only?: string; keep?: string } = {}): void {
  for (const storage of [browserStorage('local'), browserStorage('session')]) {
    if (storage === null) continue;
    for (const key of storageKeys(storage)) {
      const owner = keyOwner(key);
      const legacy = LEGACY_PREFIXES.some((prefix) => key.startsWith(prefix));
      const remove =
        legacy ||
        (owner !== undefined &&
          (owner === null ||
            (options.only !== undefined ? owner === options.only : owner !== options.keep)));
      if (remove) storage.removeItem(key);
    }
  }
}
