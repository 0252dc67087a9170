// The form's copy in this browser (draft-storage.ts), written as the organizer types and dropped
// once it equals what the server has.
import { useCallback, useRef, useState } from 'react';
import type { UseFormGetValues } from 'react-hook-form';
import { removeDraft, writeDraft } from './draft-storage';
import type { WizardValues } from './schemas';

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
