// The wizard's form kept in this browser as the organizer types, so a reload, a crash or the Stripe
// Connect round trip (popup or full-page redirect) loses nothing. One entry per event, "new" for an
// event not saved yet; an entry that does not read back as form values is dropped, not trusted.
// Kept for the organizer logged in, where their session is kept (src/lib/personal-storage.ts):
// a draft can hold bank details, and the next person on this browser must never see it.
import * as v from 'valibot';
import { personalKey, personalStorage, type PersonalStorage } from '@/lib/personal-storage';
import type { UnconfirmedCreate } from './api/find-unconfirmed-event';
import { wizardValuesSchema, type WizardValues } from './schemas';

const PREFIX = 'event-wizard-draft:';
const VERSION = 1;

const storedDraftSchema = v.object({
  version: v.literal(VERSION),
  savedAt: v.string(),
  values: wizardValuesSchema,
});

export interface StoredDraft {
  savedAt: string;
  values: WizardValues;
}

/** The personal storage name of an event's draft; `null` is an event not created yet ("new"). */
export function wizardDraftKey(eventId: string | null): string {
  return `${PREFIX}${eventId ?? 'new'}`;
}

/** Null when storage is switched off (privacy settings); the wizard still works without it. */
function storage(): PersonalStorage | null {
  return personalStorage('session');
}

export function readDraft(eventId: string | null): StoredDraft | null {
  const store = storage();
  const text = store?.getItem(wizardDraftKey(eventId));
  if (!text) return null;
  try {
    const result = v.safeParse(storedDraftSchema, JSON.parse(text));
    if (result.success) return { savedAt: result.output.savedAt, values: result.output.values };
  } catch {
    // Not JSON: fall through and drop it.
  }
  store?.removeItem(wizardDraftKey(eventId));
  return null;
}

/** Returns false when the browser refused (storage full or off): the caller tells the organizer. */
export function writeDraft(eventId: string | null, values: WizardValues): boolean {
  const store = storage();
  if (store === null) return false;
  try {
    store.setItem(
      wizardDraftKey(eventId),
      JSON.stringify({ version: VERSION, savedAt: new Date().toISOString(), values }),
    );
    return true;
  } catch {
    // QuotaExceededError (a huge description): the stale copy must not be restored later.
    store.removeItem(wizardDraftKey(eventId));
    return false;
  }
}

export function removeDraft(eventId: string | null): void {
  storage()?.removeItem(wizardDraftKey(eventId));
}

// Creates of a new event whose answer was lost (see api/find-unconfirmed-event.ts), kept beside the
// draft so that a reload or a new login between the lost try and the next save still finds the
// event that try may have made, instead of making a second one.
const UNCONFIRMED_KEY = 'event-wizard-unconfirmed-creates';
/** Older lost tries are forgotten: the organizer has long seen that event in My events by then. */
const UNCONFIRMED_MAX_AGE_MS = 24 * 60 * 60 * 1000;

const unconfirmedCreatesSchema = v.array(
  v.object({
    ownerId: v.string(),
    sentAt: v.string(),
    name: v.string(),
    startsAt: v.string(),
    endsAt: v.string(),
  }),
);

/**
 * Where storage is off or full, the lost tries are kept for this page's life only, tagged with
 * the key of the person they belong to so that nobody else reads them.
 */
let unconfirmedInMemory: { owner: string; entries: UnconfirmedCreate[] } | null = null;

/** Forgets the in-memory lost tries, as a new page would (tests, between tests). */
export function resetUnconfirmedInMemory(): void {
  unconfirmedInMemory = null;
}

/** The lost tries of the person logged in, or only those of one organizer (`ownerId`). */
export function readUnconfirmedCreates(ownerId?: string, now = Date.now()): UnconfirmedCreate[] {
  const store = storage();
  const owner = personalKey(UNCONFIRMED_KEY);
  let stored: UnconfirmedCreate[] =
    unconfirmedInMemory?.owner === owner ? unconfirmedInMemory.entries : [];
  const text = store?.getItem(UNCONFIRMED_KEY);
  if (text) {
    try {
      const result = v.safeParse(unconfirmedCreatesSchema, JSON.parse(text));
      stored = result.success ? result.output : [];
    } catch {
      stored = [];
    }
  }
  return stored.filter(
    (entry) =>
      now - Date.parse(entry.sentAt) < UNCONFIRMED_MAX_AGE_MS &&
      (ownerId === undefined || entry.ownerId === ownerId),
  );
}

/** Keeps the lost tries in storage, or in memory where it cannot (none left: the key goes). */
function saveUnconfirmedCreates(entries: UnconfirmedCreate[]): void {
  const store = storage();
  try {
    if (store === null) throw new Error('No storage');
    if (entries.length === 0) store.removeItem(UNCONFIRMED_KEY);
    else store.setItem(UNCONFIRMED_KEY, JSON.stringify(entries));
    unconfirmedInMemory = null;
  } catch {
    // Storage off or full: the in-memory copy serves this page.
    unconfirmedInMemory = { owner: personalKey(UNCONFIRMED_KEY), entries };
  }
}

export function addUnconfirmedCreate(entry: UnconfirmedCreate): void {
  saveUnconfirmedCreates([...readUnconfirmedCreates(), entry]);
}

/** Forgets one organizer's lost tries: the event they were for now exists. */
export function clearUnconfirmedCreates(ownerId: string): void {
  saveUnconfirmedCreates(readUnconfirmedCreates().filter((entry) => entry.ownerId !== ownerId));
}
