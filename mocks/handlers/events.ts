// Events (app/api/events.py): the public list and detail, creation with its checks, and organizer
// updates.
import { http, type RequestHandler } from 'msw';
import { apiUrl } from '../api-url';
import { db, emitDbChange, nextId, type EventRecord, type UserRecord } from '../db';
import { buildEvent } from '../factories';
import { withAuth, withOptionalAuth } from '../json-api/auth';
import { resourceDocument } from '../json-api/documents';
import {
  conflict,
  forbidden,
  objectNotFound,
  raise,
  unprocessable,
  validationErrors,
} from '../json-api/errors';
import { requireJsonApiHeaders } from '../json-api/headers';
import { readJsonApiData } from '../json-api/input';
import { listDocument, parseInclude } from '../json-api/query';
import { createdReply, deletedReply, jsonApiReply } from '../json-api/responses';
import { loadAttributes } from '../json-api/schema';
import { nowIso, timeOf } from '../lib/datetime';
import { randomHex } from '../lib/random';
import { requireEvent, visibleTickets } from '../lookups';
import { canCreateEvent, canPublishEvent, isCoorganizer } from '../permissions';
import { eventSchema } from '../schemas/events';
import { ticketSchema } from '../schemas/tickets';
import {
  EVENT_RELATIONSHIPS,
  serializeEvent,
  serializeTicket,
  TICKET_RELATIONSHIPS,
} from '../serializers';

const MAX_EVENT_DAYS = 20;
const DAY_MS = 24 * 60 * 60 * 1000;

/** `get_new_identifier`: 8 hex characters, never all digits (that would read as an id), unique. */
function newIdentifier(): string {
  for (;;) {
    const identifier = randomHex(8);
    if (/\D/.test(identifier) && !db.events.some((event) => event.identifier === identifier)) {
      return identifier;
    }
  }
}

/** `validate_date` in app/api/events.py; only run for events that are not drafts. */
function validateEventDates(
  startsAt: string | null | undefined,
  endsAt: string | null | undefined,
) {
  const start = timeOf(startsAt);
  const end = timeOf(endsAt);
  if (start === null || end === null) {
    raise(
      unprocessable(
        { pointer: '/data/attributes/date' },
        'enter required fields starts-at/ends-at',
      ),
    );
  }
  if (start >= end) {
    raise(
      unprocessable({ pointer: '/data/attributes/ends-at' }, 'ends-at should be after starts-at'),
    );
  }
  if (end - start > MAX_EVENT_DAYS * DAY_MS) {
    raise(
      unprocessable(
        { pointer: '/data/attributes/ends-at' },
        'Event duration can not be more than 20 days',
      ),
    );
  }
}

/** Publishing needs a verified account and a name (`validate_event`). */
function validatePublishing(user: UserRecord, state: string, name: string | null | undefined) {
  if (state === 'published' && !canPublishEvent(user)) {
    raise(forbidden({ source: '' }, 'Only verified accounts can publish events'));
  }
  if (state === 'published' && !name) {
    raise(
      conflict({ pointer: '/data/attributes/name' }, 'Event Name is required to publish the event'),
    );
  }
}

function requireCoorganizer(user: UserRecord, event: EventRecord): void {
  if (!isCoorganizer(user, event)) {
    raise(forbidden({ source: '' }, 'Co-Organizer access is required.'));
  }
}

/** For values the schema marks required: present once loadAttributes reported no errors. */
function present<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`Mock events: required field ${name} was not loaded.`);
  return value;
}

/**
 * Who sees what on GET /v1/events (`get_event_query`): anonymous callers the published events;
 * a logged-in user also their own drafts; admins everything. `privacy` is not filtered here.
 * Soft-deleted events only with `get_trashed=true`, which anyone may send.
 */
function listableEvents(user: UserRecord | null, url: URL): EventRecord[] {
  const trashed = url.searchParams.get('get_trashed') === 'true';
  return db.events.filter(
    (event) =>
      (trashed || event.deleted_at === null) &&
      (event.state === 'published' || isCoorganizer(user, event)),
  );
}

export const eventHandlers: RequestHandler[] = [
  /**
   * The public list (docs/events-page.md): filters, sort, include, paging with `meta.count` and paging
   * links. A sent Authorization header is always checked, so an expired token is a 401 here too.
   */
  http.get(
    apiUrl('/v1/events'),
    withOptionalAuth(({ request, user }) => {
      requireJsonApiHeaders(request);
      const url = new URL(request.url);
      return jsonApiReply(
        listDocument(listableEvents(user, url), url, {
          schemaName: 'EventSchemaPublic',
          schema: eventSchema,
          relationships: EVENT_RELATIONSHIPS,
          serialize: (event) => serializeEvent(event, user),
          pageLinks: true,
        }),
      );
    }),
  ),

  /** A draft is a 404 for anyone but its organizers, so its existence does not leak. */
  http.get<{ id: string }>(
    apiUrl('/v1/events/:id'),
    withOptionalAuth(({ request, params, user }) => {
      requireJsonApiHeaders(request);
      const event = requireEvent(params.id);
      if (event.state === 'draft' && !isCoorganizer(user, event)) {
        raise(objectNotFound('{id}', 'Event: not found'));
      }
      const include = parseInclude(new URL(request.url), 'EventSchema', EVENT_RELATIONSHIPS);
      return jsonApiReply(resourceDocument(serializeEvent(event, user), include));
    }),
  ),

  http.post(
    apiUrl('/v1/events'),
    withAuth(async ({ request, user }) => {
      // The create_event permission runs before the resource sees the body.
      if (!canCreateEvent(user)) raise(forbidden({ source: '' }, 'Please verify your Email'));
      requireJsonApiHeaders(request);
      const input = await readJsonApiData(request, 'event');
      const { values, errors } = loadAttributes(eventSchema, input.attributes, { partial: false });
      if (errors.length > 0) raise(validationErrors(errors));
      const state = values.state ?? 'draft';
      validatePublishing(user, state, values.name);
      if (state !== 'draft') validateEventDates(values.starts_at, values.ends_at);

      const event = buildEvent({
        ...values,
        id: nextId('events'),
        identifier: newIdentifier(),
        owner_id: user.id,
        name: present(values.name, 'name'),
        starts_at: present(values.starts_at, 'starts_at'),
        ends_at: present(values.ends_at, 'ends_at'),
        timezone: present(values.timezone, 'timezone'),
        state,
        created_at: nowIso(),
      });
      db.events.push(event);
      emitDbChange();
      const include = parseInclude(new URL(request.url), 'EventSchema', EVENT_RELATIONSHIPS);
      return createdReply(resourceDocument(serializeEvent(event, user), include));
    }),
  ),

  http.patch<{ id: string }>(
    apiUrl('/v1/events/:id'),
    withAuth(async ({ request, params, user }) => {
      const event = requireEvent(params.id);
      requireCoorganizer(user, event);
      requireJsonApiHeaders(request);
      const input = await readJsonApiData(request, 'event', {
        idInUrl: [String(event.id), event.identifier],
      });
      const { values, errors } = loadAttributes(eventSchema, input.attributes, { partial: true });
      if (errors.length > 0) raise(validationErrors(errors));
      const next = { ...event, ...values };
      if (next.state === 'published' && (event.state !== 'published' || 'name' in values)) {
        validatePublishing(user, next.state, next.name);
      }
      // Dates are checked when they change, or when a draft is published (docs/server-contract.md,
      // "Events").
      const datesChanged = 'starts_at' in values || 'ends_at' in values;
      if (next.state !== 'draft' && (datesChanged || event.state === 'draft')) {
        validateEventDates(next.starts_at, next.ends_at);
      }
      Object.assign(event, values);
      emitDbChange();
      const include = parseInclude(new URL(request.url), 'EventSchema', EVENT_RELATIONSHIPS);
      return jsonApiReply(resourceDocument(serializeEvent(event, user), include));
    }),
  ),

  http.delete<{ id: string }>(
    apiUrl('/v1/events/:id'),
    withAuth(({ request, params, user }) => {
      const event = requireEvent(params.id);
      requireCoorganizer(user, event);
      requireJsonApiHeaders(request);
      db.events = db.events.filter((candidate) => candidate.id !== event.id);
      db.tickets = db.tickets.filter((ticket) => ticket.event_id !== event.id);
      db.stripeAuthorizations = db.stripeAuthorizations.filter(
        (authorization) => authorization.event_id !== event.id,
      );
      emitDbChange();
      return deletedReply();
    }),
  ),

  /** Public; hidden tickets only for the event's organizers. */
  http.get<{ id: string }>(
    apiUrl('/v1/events/:id/tickets'),
    withOptionalAuth(({ request, params, user }) => {
      requireJsonApiHeaders(request);
      const event = requireEvent(params.id, 'event_');
      return jsonApiReply(
        listDocument(visibleTickets(event, user), new URL(request.url), {
          schemaName: 'TicketSchema',
          schema: ticketSchema,
          relationships: TICKET_RELATIONSHIPS,
          serialize: (ticket) => serializeTicket(ticket, user),
        }),
      );
    }),
  ),
];
