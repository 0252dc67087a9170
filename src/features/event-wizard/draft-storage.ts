// The wizard's form kept in this browser as the organizer types, so a reload, a crash or the Stripe
// Connect round trip (popup or full-page redirect) loses nothing. One entry per event, "new" for an
// event not saved yet; an entry that does not read back as form values is dropped, not trusted.
import * as z from 'zod/mini';
import { wizardValuesSchema, type WizardValues } from './schemas';

const PREFIX = 'open-event-web:event-wizard-draft:';
const VERSION = 1;

const storedDraftSchema = z.object({
  version: z.literal(VERSION),
  savedAt: z.string(),
  values: wizardValuesSchema,
});

export interface StoredDraft {
  savedAt: string;
  values: WizardValues;
}

/** The storage key for an event's draft; `null` is an event not created yet ("new"). */
export function wizardDraftKey(eventId: string | null): string {
  return `${PREFIX}${eventId ?? 'new'}`;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be switched off (privacy settings); the wizard still works without it.
    return null;
  }
}

export function readDraft(eventId: string | null): StoredDraft | null {
  const store = storage();
  const text = store?.getItem(wizardDraftKey(eventId));
  if (!text) return null;
  try {
    const result = storedDraftSchema.safeParse(JSON.parse(text));
    if (result.success) return { savedAt: result.data.savedAt, values: result.data.values };
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
