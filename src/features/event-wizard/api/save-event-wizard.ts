// Saving the wizard: the event first (POST once, PATCH after), then ticket deletions, then each
// ticket (POST once, PATCH after), then `state: published` when publishing. A ticket the server
// rejects does not stop the others; the record the save returns holds every id the server gave,
// so a retry PATCHes what exists instead of creating duplicates. A new event whose create may have
// reached the server without its answer reaching us is looked for before it is created again.
import { isApiError, type ApiError } from '@/lib/api-client';
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
export type TicketBaseline = ReadonlyMap<string, string>;

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

export interface SavedTicket {
  /** The form's own key for the ticket row. */
  key: string;
  serverId: string;
  /** The attributes sent, as JSON: the next save skips the ticket while they stay the same. */
  sentJson: string;
}

/**
 * Everything one save did, whatever happened: the caller applies it to the form, the stored
 * draft and the query cache (use-save-wizard.ts). Nothing is thrown for a server's answer.
 */
export interface SaveRecord {
  /** The event as the server last returned it; null when it was neither created nor found. */
  event: WizardEvent | null;
  /** True when this save made the event (or found the one a lost create had made). */
  created: boolean;
  /** A create whose answer never came: it may have made the event, so the next save looks for it. */
  unconfirmedCreate: UnconfirmedCreate | null;
  savedTickets: SavedTicket[];
  /** Removed tickets the server no longer has (deleted now, or already gone). */
  deletedTicketIds: string[];
  ticketFailures: TicketFailure[];
  deleteFailures: DeleteFailure[];
  /** The event itself was not saved (nothing after it was sent), or saved but not published. */
  eventFailure: { error: unknown; duringPublish: boolean } | null;
  /**
   * The server answered 401 part-way: the session is over. The save stopped there; what it did
   * before is in this record, and the caller sends the organizer to log in.
   */
  unauthorized: ApiError | null;
}

export interface SaveRequest {
  eventId: string | null;
  /** The organizer saving; null when unknown, and then a lost create cannot be looked for. */
  ownerId: string | null;
  /** Every earlier create of this event whose outcome is unknown (SaveRecord.unconfirmedCreate). */
  unconfirmedCreates: readonly UnconfirmedCreate[];
  values: WizardValues;
  publish: boolean;
  baseline: TicketBaseline;
}

const isStatus = (error: unknown, status: number) => isApiError(error) && error.status === status;

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

/** Stops the save: the session is over (see SaveRecord.unauthorized). */
class Unauthorized extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

function stopIfUnauthorized(error: unknown): void {
  if (isApiError(error) && isUnauthorized(error)) throw new Unauthorized(error);
}

/**
 * Creates the event, unless an earlier create whose answer was lost turns out to have made it: that
 * one then gets what the organizer has typed since. A create that fails without a clear answer is
 * recorded, so that the next try looks for it too.
 */
async function createOrAdopt(
  request: SaveRequest,
  attributes: Record<string, unknown>,
  record: SaveRecord,
): Promise<WizardEvent> {
  const existing = await findUnconfirmedEvent(request.unconfirmedCreates);
  if (existing !== null) return updateEvent(existing, attributes);
  const sentAt = new Date().toISOString();
  try {
    return await createEvent(attributes);
  } catch (error) {
    if (request.ownerId !== null && mayHaveReachedServer(error)) {
      record.unconfirmedCreate = unconfirmedCreateOf(request.ownerId, sentAt, attributes);
    }
    throw error;
  }
}

async function saveEvent(request: SaveRequest, record: SaveRecord): Promise<WizardEvent | null> {
  try {
    const attributes = eventAttributes(request.values);
    if (request.eventId !== null) return await updateEvent(request.eventId, attributes);
    const event = await createOrAdopt(request, attributes, record);
    record.created = true;
    return event;
  } catch (error) {
    stopIfUnauthorized(error);
    record.eventFailure = { error, duringPublish: false };
    return null;
  }
}

async function deleteRemovedTickets(request: SaveRequest, record: SaveRecord): Promise<void> {
  for (const serverId of request.values.deletedTicketIds) {
    try {
      await deleteTicket(serverId);
      record.deletedTicketIds.push(serverId);
    } catch (error) {
      stopIfUnauthorized(error);
      if (isStatus(error, 404)) record.deletedTicketIds.push(serverId);
      else record.deleteFailures.push({ serverId, error });
    }
  }
}

async function saveTickets(eventId: string, request: SaveRequest, record: SaveRecord) {
  const { values, baseline } = request;
  const knownIds = new Set(
    values.tickets.flatMap((ticket) => (ticket.serverId === null ? [] : [ticket.serverId])),
  );
  for (const [index, ticket] of values.tickets.entries()) {
    const attributes = ticketAttributes(ticket, index, values);
    const sentJson = JSON.stringify(attributes);
    if (ticket.serverId !== null && baseline.get(ticket.serverId) === sentJson) continue;
    try {
      const serverId = await saveTicket(eventId, ticket.serverId, attributes, knownIds);
      knownIds.add(serverId);
      record.savedTickets.push({ key: ticket.key, serverId, sentJson });
    } catch (error) {
      stopIfUnauthorized(error);
      record.ticketFailures.push({ key: ticket.key, index, name: ticket.name.trim(), error });
    }
  }
}

async function publish(eventId: string, record: SaveRecord): Promise<void> {
  if (record.ticketFailures.length > 0 || record.deleteFailures.length > 0) return;
  try {
    record.event = await updateEvent(eventId, { state: 'published' });
  } catch (error) {
    stopIfUnauthorized(error);
    record.eventFailure = { error, duringPublish: true };
  }
}

/** Runs the whole save and says what happened; only a bug in this code makes it reject. */
export async function saveEventWizard(request: SaveRequest): Promise<SaveRecord> {
  const record: SaveRecord = {
    event: null,
    created: false,
    unconfirmedCreate: null,
    savedTickets: [],
    deletedTicketIds: [],
    ticketFailures: [],
    deleteFailures: [],
    eventFailure: null,
    unauthorized: null,
  };
  try {
    const event = await saveEvent(request, record);
    if (event === null) return record;
    record.event = event;
    await deleteRemovedTickets(request, record);
    await saveTickets(event.id, request, record);
    if (request.publish) await publish(event.id, record);
  } catch (error) {
    if (!(error instanceof Unauthorized)) throw error;
    record.unauthorized = error.error;
  }
  return record;
}
