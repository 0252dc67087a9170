// Saving the wizard: the event first (POST once, PATCH after), then ticket deletions, then each
// ticket (POST once, PATCH after), then `state: published` when publishing. A ticket the server
// rejects does not stop the others; the caller learns of each id as soon as the server gives it,
// so a retry PATCHes what exists instead of creating duplicates. A new event whose create may have
// reached the server without its answer reaching us is looked for before it is created again.
import { isApiError } from '@/lib/api-client';
import { isUnauthorized } from '@/lib/query-client';
import { eventAttributes, ticketAttributes } from '../form-values';
import type { WizardValues } from '../schemas';
import { createEvent } from './create-event';
import { createTicket } from './create-ticket';
import { deleteTicket } from './delete-ticket';
import {
  findUnconfirmedEvent,
  mayHaveReachedServer,
  unconfirmedCreateOf,
  type UnconfirmedCreate,
} from './find-unconfirmed-event';
import type { WizardEvent } from './get-event';
import { getEventTickets } from './get-event-tickets';
import { updateEvent } from './update-event';
import { updateTicket } from './update-ticket';

/** What the server last accepted for each ticket, by server id, as JSON: unchanged ones are skipped. */
export type TicketBaseline = Map<string, string>;

export interface SaveCallbacks {
  onEventSaved: (event: WizardEvent) => void;
  /** A create failed in a way that leaves open whether the event exists: pass it to the retries. */
  onCreateUnconfirmed: (unconfirmed: UnconfirmedCreate) => void;
  onTicketSaved: (key: string, serverId: string, sentJson: string) => void;
  onTicketDeleted: (serverId: string) => void;
}

export interface TicketFailure {
  key: string;
  index: number;
  name: string;
  error: unknown;
}

export interface DeleteFailure {
  serverId: string;
  error: unknown;
}

export interface SaveResult {
  event: WizardEvent;
  failures: TicketFailure[];
  deleteFailures: DeleteFailure[];
}

export interface SaveRequest {
  eventId: string | null;
  /** The organizer saving; null when unknown, and then a lost create cannot be looked for. */
  ownerId: string | null;
  /** Every earlier create of this event whose outcome is unknown (onCreateUnconfirmed). */
  unconfirmedCreates: readonly UnconfirmedCreate[];
  values: WizardValues;
  publish: boolean;
  baseline: TicketBaseline;
  callbacks: SaveCallbacks;
}

/** Thrown when the event itself was not saved; nothing after it was sent. */
export class EventSaveError extends Error {
  override readonly name = 'EventSaveError';
  constructor(
    readonly error: unknown,
    /** True when the event and tickets were saved and only the publishing step failed. */
    readonly duringPublish: boolean,
  ) {
    super(error instanceof Error ? error.message : 'The event was not saved.');
  }
}

const isStatus = (error: unknown, status: number) => isApiError(error) && error.status === status;

/**
 * A 401 means the session is over, not that this part of the form is wrong: stop the whole save and
 * let the error through unwrapped, so the app's 401 handling sends the organizer to log in. What
 * they typed is kept in this browser (draft-storage) and comes back afterwards.
 */
function stopIfUnauthorized(error: unknown): void {
  if (isUnauthorized(error)) throw error;
}

/**
 * A 409 on create means the server already has a ticket of that name: usually our own earlier
 * request, which reached the server while its answer was lost. Adopt it rather than fail twice.
 */
async function adoptExisting(
  eventId: string,
  name: string,
  knownIds: ReadonlySet<string>,
  attributes: Record<string, unknown>,
): Promise<string | null> {
  const existing = (await getEventTickets(eventId)).find(
    (ticket) => ticket.name === name && !knownIds.has(ticket.id),
  );
  if (existing === undefined) return null;
  return (await updateTicket(existing.id, attributes)).id;
}

async function saveTicket(
  eventId: string,
  serverId: string | null,
  attributes: Record<string, unknown>,
  knownIds: ReadonlySet<string>,
): Promise<string> {
  if (serverId !== null) {
    try {
      return (await updateTicket(serverId, attributes)).id;
    } catch (error) {
      // Deleted elsewhere (another tab): create it again rather than lose what was typed.
      if (!isStatus(error, 404)) throw error;
    }
  }
  try {
    return (await createTicket(eventId, attributes)).id;
  } catch (error) {
    if (isStatus(error, 409) && typeof attributes.name === 'string') {
      const adopted = await adoptExisting(eventId, attributes.name, knownIds, attributes);
      if (adopted !== null) return adopted;
    }
    throw error;
  }
}

/**
 * Creates the event, unless an earlier create whose answer was lost turns out to have made it: that
 * one then gets what the organizer has typed since. A create that fails without a clear answer is
 * reported, so that the next try looks for it too.
 */
async function createOrAdopt(
  request: SaveRequest,
  attributes: Record<string, unknown>,
): Promise<WizardEvent> {
  const existing = await findUnconfirmedEvent(request.unconfirmedCreates);
  if (existing !== null) return updateEvent(existing, attributes);
  const sentAt = new Date().toISOString();
  try {
    return await createEvent(attributes);
  } catch (error) {
    const unconfirmed =
      request.ownerId !== null && mayHaveReachedServer(error)
        ? unconfirmedCreateOf(request.ownerId, sentAt, attributes)
        : null;
    if (unconfirmed !== null) request.callbacks.onCreateUnconfirmed(unconfirmed);
    throw error;
  }
}

export async function saveEventWizard(request: SaveRequest): Promise<SaveResult> {
  const { values, callbacks, baseline } = request;
  let event: WizardEvent;
  try {
    const attributes = eventAttributes(values);
    event =
      request.eventId === null
        ? await createOrAdopt(request, attributes)
        : await updateEvent(request.eventId, attributes);
  } catch (error) {
    stopIfUnauthorized(error);
    throw new EventSaveError(error, false);
  }
  callbacks.onEventSaved(event);

  const deleteFailures: DeleteFailure[] = [];
  for (const serverId of values.deletedTicketIds) {
    try {
      await deleteTicket(serverId);
      callbacks.onTicketDeleted(serverId);
    } catch (error) {
      stopIfUnauthorized(error);
      if (isStatus(error, 404)) callbacks.onTicketDeleted(serverId);
      else deleteFailures.push({ serverId, error });
    }
  }

  const knownIds = new Set(
    values.tickets.flatMap((ticket) => (ticket.serverId === null ? [] : [ticket.serverId])),
  );
  const failures: TicketFailure[] = [];
  for (const [index, ticket] of values.tickets.entries()) {
    const attributes = ticketAttributes(ticket, index, values);
    const json = JSON.stringify(attributes);
    if (ticket.serverId !== null && baseline.get(ticket.serverId) === json) continue;
    try {
      const serverId = await saveTicket(event.id, ticket.serverId, attributes, knownIds);
      knownIds.add(serverId);
      callbacks.onTicketSaved(ticket.key, serverId, json);
    } catch (error) {
      stopIfUnauthorized(error);
      failures.push({ key: ticket.key, index, name: ticket.name.trim(), error });
    }
  }

  if (request.publish && failures.length === 0 && deleteFailures.length === 0) {
    try {
      event = await updateEvent(event.id, { state: 'published' });
    } catch (error) {
      stopIfUnauthorized(error);
      throw new EventSaveError(error, true);
    }
    callbacks.onEventSaved(event);
  }
  return { event, failures, deleteFailures };
}
