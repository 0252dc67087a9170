// The wizard's one save mutation: runs the save (save-event-wizard.ts) and applies its record to
// the three places that keep the event: the form (ticket ids), this browser (lost creates, the
// draft of a new event) and the query cache (the event, its tickets, the organizer's lists).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { eventKeys } from '@/lib/event-keys';
import {
  addUnconfirmedCreate,
  clearUnconfirmedCreates,
  readUnconfirmedCreates,
  removeDraft,
} from '../draft-storage';
import { ticketAttributes } from '../form-values';
import type { WizardValues } from '../schemas';
import { saveEventWizard, type SaveRecord } from './save-event-wizard';

export interface SaveVariables {
  values: WizardValues;
  publish: boolean;
}

/** What the server last accepted for each ticket of these values, by server id, as JSON. */
function ticketBaselineOf(values: WizardValues): Map<string, string> {
  const baseline = new Map<string, string>();
  values.tickets.forEach((ticket, index) => {
    if (ticket.serverId !== null) {
      baseline.set(ticket.serverId, JSON.stringify(ticketAttributes(ticket, index, values)));
    }
  });
  return baseline;
}

export function useSaveWizard({
  eventId,
  ownerId,
  serverValues,
  form,
}: {
  /** The event the form was opened on; null for a new one, until its first save creates it. */
  eventId: string | null;
  ownerId: string | null;
  /** The values as the server had them when the form opened. */
  serverValues: WizardValues;
  form: UseFormReturn<WizardValues>;
}) {
  const queryClient = useQueryClient();
  const idRef = useRef(eventId);
  const [baseline] = useState(() => ticketBaselineOf(serverValues));

  const applyToForm = (record: SaveRecord) => {
    const { getValues, setValue } = form;
    for (const { key, serverId, sentJson } of record.savedTickets) {
      baseline.set(serverId, sentJson);
      // Found by key: the organizer may have added or removed rows while the save ran.
      const index = getValues('tickets').findIndex((ticket) => ticket.key === key);
      if (index >= 0) setValue(`tickets.${index}.serverId`, serverId);
    }
    if (record.deletedTicketIds.length > 0) {
      for (const serverId of record.deletedTicketIds) baseline.delete(serverId);
      const gone = new Set(record.deletedTicketIds);
      setValue(
        'deletedTicketIds',
        getValues('deletedTicketIds').filter((entry) => !gone.has(entry)),
      );
    }
  };

  const applyToBrowser = (record: SaveRecord) => {
    // The event may come from any of the lost tries: the next save looks for each.
    if (record.unconfirmedCreate !== null) addUnconfirmedCreate(record.unconfirmedCreate);
    if (record.created) {
      if (ownerId !== null) clearUnconfirmedCreates(ownerId);
      // The draft now belongs to the event's id (the form writes it there from now on).
      removeDraft(null);
    }
  };

  const applyToCache = (record: SaveRecord) => {
    const id = record.event?.id;
    if (id === undefined) return;
    queryClient.setQueryData(eventKeys.detail(id), record.event);
    void queryClient.invalidateQueries({ queryKey: eventKeys.lists() });
    void queryClient.invalidateQueries({ queryKey: eventKeys.tickets(id) });
  };

  const mutation = useMutation({
    mutationFn: async ({ values, publish }: SaveVariables) => {
      const record = await saveEventWizard({
        eventId: idRef.current,
        ownerId,
        unconfirmedCreates:
          idRef.current === null && ownerId !== null ? readUnconfirmedCreates(ownerId) : [],
        values,
        publish,
        baseline,
      });
      if (record.event !== null) idRef.current = record.event.id;
      applyToForm(record);
      applyToBrowser(record);
      applyToCache(record);
      // Everything done before the 401 is applied; the error then reaches the app's one 401
      // handler (src/lib/query-client.ts), which sends the organizer to log in.
      if (record.unauthorized !== null) throw record.unauthorized;
      return record;
    },
  });

  const currentId = useCallback(() => idRef.current, []);
  const refreshEvent = useCallback(() => {
    if (idRef.current !== null) {
      void queryClient.invalidateQueries({ queryKey: eventKeys.detail(idRef.current) });
    }
  }, [queryClient]);

  return {
    save: mutation.mutateAsync,
    isSaving: mutation.isPending,
    /** The event's id once it exists (set by the save that creates it). */
    currentId,
    /** Refreshes the event (is-stripe-linked) after Stripe was connected or disconnected. */
    refreshEvent,
  };
}
