// The form's copy in this browser (draft-storage.ts), written as the organizer types and dropped
// once it equals what the server has.
import { useCallback, useRef, useState } from 'react';
import type { UseFormGetValues } from 'react-hook-form';
import { browserTimezone } from '@/lib/timezones';
import type { WizardEvent } from './api/get-event';
import type { WizardTicket } from './api/get-event-tickets';
import { readDraft, removeDraft, writeDraft } from './draft-storage';
import { emptyWizardValues, valuesFromServer } from './form-values';
import type { WizardValues } from './schemas';

/** What the form starts with: the server's values, or this browser's copy when it differs. */
export function startingValues(
  eventId: string | null,
  event: WizardEvent | null,
  serverTickets: readonly WizardTicket[],
) {
  const serverValues =
    event === null ? emptyWizardValues(browserTimezone()) : valuesFromServer(event, serverTickets);
  const draft = readDraft(eventId);
  if (draft !== null && JSON.stringify(draft.values) !== JSON.stringify(serverValues)) {
    return { serverValues, values: draft.values, restoredAt: draft.savedAt as string | null };
  }
  return { serverValues, values: serverValues, restoredAt: null };
}

export function useDraftCopy({
  getValues,
  serverValues,
  currentId,
}: {
  getValues: UseFormGetValues<WizardValues>;
  /** The values as the server had them when the form opened. */
  serverValues: WizardValues;
  /** The event's id once it exists; the copy of a new event is kept as "new". */
  currentId: () => string | null;
}) {
  /** The whole form as the server last had it: equal values need no copy in the browser. */
  const baselineRef = useRef(JSON.stringify(serverValues));
  const [storageFailed, setStorageFailed] = useState(false);

  const persist = useCallback(() => {
    const values = getValues();
    if (JSON.stringify(values) === baselineRef.current) {
      removeDraft(currentId());
      setStorageFailed(false);
      return;
    }
    setStorageFailed(!writeDraft(currentId(), values));
  }, [getValues, currentId]);

  /** Everything in the form is now on the server. */
  const markSaved = useCallback(() => {
    baselineRef.current = JSON.stringify(getValues());
    removeDraft(currentId());
    removeDraft(null);
    setStorageFailed(false);
  }, [getValues, currentId]);

  /** The organizer discarded the restored copy: back to what the server has. */
  const discard = useCallback(() => {
    baselineRef.current = JSON.stringify(serverValues);
    removeDraft(currentId());
  }, [serverValues, currentId]);

  return { persist, markSaved, discard, storageFailed };
}
