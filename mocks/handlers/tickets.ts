// Tickets (app/api/tickets.py, app/api/schema/tickets.py): creation with every server rule, in the
// server's order, and organizer-only updates. Reading a ticket and an event's ticket availability
// is public.
import { http, type RequestHandler } from 'msw';
import { apiUrl } from '../api-url';
import { db, emitDbChange, nextId, type TicketRecord, type UserRecord } from '../db';
import { buildTicket } from '../factories';
import { authenticate, withAuth, withErrors, withOptionalAuth } from '../json-api/auth';
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
import { readJsonApiData, readRelationshipId, requireRelationship } from '../json-api/input';
import { parseInclude } from '../json-api/query';
import { createdReply, deletedReply, jsonApiReply } from '../json-api/responses';
import { loadAttributes } from '../json-api/schema';
import { nowIso, timeOf } from '../lib/datetime';
import { eventOf, findTicket, parseId, requireEvent } from '../lookups';
import { isCoorganizer, isStaff } from '../permissions';
import { isPaymentEnabled } from '../schemas/events';
import { PAID_TICKET_TYPES, ticketSchema } from '../schemas/tickets';
import { serializeTicket, TICKET_RELATIONSHIPS } from '../serializers';
import { available, expireOverdueOrders, plainJson } from './order-support';

type TicketFields = Partial<TicketRecord>;

function fail(pointer: string, detail: string): never {
  return raise(unprocessable({ pointer }, detail));
}

/**
 * TicketSchema's @validates_schema hooks. marshmallow 2 runs them in name order (validate_date,
 * validate_price, validate_quantity); each raises an app error, so only the first problem shows.
 * Like the server, a rule only looks at the fields it is given.
 */
function validateTicketFields(data: TicketFields): void {
  const startsAt = timeOf(data.sales_starts_at);
  const endsAt = timeOf(data.sales_ends_at);
  if (startsAt !== null && endsAt !== null && startsAt > endsAt) {
    fail('/data/attributes/sales-ends-at', 'sales-ends-at should be after sales-starts-at');
  }

  if (
    data.type === 'paid' &&
    (data.price === undefined || data.price === null || data.price <= 0)
  ) {
    // Sic: this pointer has no leading slash on the server.
    fail('data/attributes/price', 'paid ticket price should be greater than 0');
  }
  if (
    data.type === 'donation' &&
    data.min_price !== undefined &&
    data.min_price !== null &&
    data.max_price !== undefined &&
    data.max_price !== null &&
    data.min_price > data.max_price
  ) {
    fail(
      '/data/attributes/min-price',
      'minimum price should be lesser than or equal to maximum price',
    );
  }

  const { quantity, min_order: minOrder, max_order: maxOrder } = data;
  if (maxOrder !== undefined && minOrder !== undefined && maxOrder < minOrder) {
    fail('/data/attributes/max-order', 'max-order should be greater than or equal to min-order');
  }
  if (quantity !== undefined && quantity !== null) {
    if (minOrder !== undefined && quantity < minOrder) {
      fail('/data/attributes/quantity', 'quantity should be greater than or equal to min-order');
    }
    if (maxOrder !== undefined && quantity < maxOrder) {
      fail('/data/attributes/quantity', 'quantity should be greater than or equal to max-order');
    }
    if (quantity <= 0) fail('/data/attributes/quantity', 'quantity should be greater than 0');
  }
}

function hasDuplicateName(eventId: number, name: string, exceptId?: number): boolean {
  return db.tickets.some(
    (ticket) =>
      ticket.event_id === eventId &&
      ticket.name === name &&
      ticket.deleted_at === null &&
      ticket.id !== exceptId,
  );
}

function requireVisibleTicket(idParam: string, viewer: UserRecord | null): TicketRecord {
  const ticket = findTicket(idParam);
  // Hidden tickets are hidden from the public here too, not just from the event's list.
  if (!ticket || (ticket.is_hidden && !isCoorganizer(viewer, eventOf(ticket)))) {
    return raise(objectNotFound('id', `Ticket: ${idParam} not found`));
  }
  return ticket;
}

function requireTicketOrganizer(idParam: string, user: UserRecord): TicketRecord {
  const ticket = findTicket(idParam);
  if (!ticket) return raise(objectNotFound('id', `Ticket: ${idParam} not found`));
  if (!isCoorganizer(user, eventOf(ticket))) {
    raise(forbidden({ source: '' }, 'Co-Organizer access is required.'));
  }
  return ticket;
}

function salesEndAfterEventEnd(ticket: TicketFields, eventEndsAt: string): boolean {
  const salesEnd = timeOf(ticket.sales_ends_at);
  const eventEnd = timeOf(eventEndsAt);
  return salesEnd !== null && eventEnd !== null && salesEnd > eventEnd;
}

function salesEndError(name: string | undefined): never {
  return raise(
    unprocessable(
      { sales_ends_at: '/data/attributes/sales-ends-at' },
      `End of ticket sales date of '${name ?? ''}' cannot be after end of event date`,
    ),
  );
}

/** For values the schema marks required: present once loadAttributes reported no errors. */
function present<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`Mock tickets: required field ${name} was not loaded.`);
  return value;
}

export const ticketHandlers: RequestHandler[] = [
  http.post(
    apiUrl('/v1/tickets'),
    withAuth(async ({ request, user }) => {
      requireJsonApiHeaders(request);
      const input = await readJsonApiData(request, 'ticket');
      const { values, errors } = loadAttributes(ticketSchema, input.attributes, { partial: false });
      const linkedEventId = readRelationshipId(input, 'event', 'event');
      if (errors.length > 0) raise(validationErrors(errors));
      validateTicketFields(values);

      // TicketListPost.before_post, then before_create_object.
      const eventParam = requireRelationship(linkedEventId, 'event');
      const eventId = parseId(eventParam);
      const event = db.events.find((candidate) => candidate.id === eventId);
      // A non-organizer is told the event does not exist rather than 403 (docs/server-contract.md,
      // "Tickets").
      if (event ? !isCoorganizer(user, event) : !isStaff(user)) {
        raise(objectNotFound('event_id', `Event: ${eventParam} not found`));
      }
      const name = present(values.name, 'name');
      if (eventId !== null && hasDuplicateName(eventId, name)) {
        raise(conflict({ pointer: '/data/attributes/name' }, 'Ticket already exists'));
      }
      if (!event) return raise(unprocessable({ event_id: eventParam }, 'Event does not exist'));
      const type = present(values.type, 'type');
      if (PAID_TICKET_TYPES.includes(type) && !isPaymentEnabled(event)) {
        raise(
          unprocessable(
            { event_id: eventParam },
            'Event having paid ticket must have a payment method',
          ),
        );
      }
      if (salesEndAfterEventEnd(values, event.ends_at)) salesEndError(name);

      const ticket = buildTicket({
        ...values,
        id: nextId('tickets'),
        event_id: event.id,
        name,
        type,
        sales_starts_at: present(values.sales_starts_at, 'sales_starts_at'),
        sales_ends_at: present(values.sales_ends_at, 'sales_ends_at'),
        created_at: nowIso(),
      });
      db.tickets.push(ticket);
      emitDbChange();
      const include = parseInclude(new URL(request.url), 'TicketSchema', TICKET_RELATIONSHIPS);
      return createdReply(resourceDocument(serializeTicket(ticket, user), include));
    }),
  ),

  http.get<{ id: string }>(
    apiUrl('/v1/tickets/:id'),
    withOptionalAuth(({ request, params, user }) => {
      requireJsonApiHeaders(request);
      const ticket = requireVisibleTicket(params.id, user);
      const include = parseInclude(new URL(request.url), 'TicketSchema', TICKET_RELATIONSHIPS);
      return jsonApiReply(resourceDocument(serializeTicket(ticket, user), include));
    }),
  ),

  http.patch<{ id: string }>(
    apiUrl('/v1/tickets/:id'),
    withAuth(async ({ request, params, user }) => {
      const ticket = requireTicketOrganizer(params.id, user);
      requireJsonApiHeaders(request);
      const input = await readJsonApiData(request, 'ticket', { idInUrl: [String(ticket.id)] });
      const { values, errors } = loadAttributes(ticketSchema, input.attributes, { partial: true });
      if (errors.length > 0) raise(validationErrors(errors));
      // The schema hooks see the stored ticket merged with the change (pass_original + id lookup).
      const next = { ...ticket, ...values };
      validateTicketFields(next);
      const event = eventOf(ticket);
      if (values.name !== undefined && hasDuplicateName(event.id, values.name, ticket.id)) {
        raise(conflict({ pointer: '/data/attributes/name' }, 'Ticket already exists'));
      }
      if (values.type !== undefined && PAID_TICKET_TYPES.includes(values.type)) {
        if (!isPaymentEnabled(event)) {
          raise(
            unprocessable(
              { event_id: String(event.id) },
              'Event having paid ticket must have a payment method',
            ),
          );
        }
      }
      if (values.sales_ends_at !== undefined && salesEndAfterEventEnd(next, event.ends_at)) {
        salesEndError(next.name);
      }
      Object.assign(ticket, values);
      emitDbChange();
      const include = parseInclude(new URL(request.url), 'TicketSchema', TICKET_RELATIONSHIPS);
      return jsonApiReply(resourceDocument(serializeTicket(ticket, user), include));
    }),
  ),

  http.delete<{ id: string }>(
    apiUrl('/v1/tickets/:id'),
    withAuth(({ request, params, user }) => {
      const ticket = requireTicketOrganizer(params.id, user);
      requireJsonApiHeaders(request);
      ticket.deleted_at = nowIso();
      emitDbChange();
      return deletedReply();
    }),
  ),

  /**
   * Plain JSON `[{"id","name","quantity","available"}]`, public: what the orders still holding
   * tickets (order-support.ts) leave of each (docs/server-contract.md, "Tickets").
   */
  http.get<{ id: string }>(
    apiUrl('/v1/events/:id/tickets/availability'),
    withErrors(({ request, params }) => {
      if (request.headers.has('Authorization')) authenticate(request);
      expireOverdueOrders();
      const event = requireEvent(params.id, 'event_');
      const tickets = db.tickets.filter(
        (ticket) => ticket.event_id === event.id && ticket.deleted_at === null,
      );
      return plainJson(
        tickets.map((ticket) => ({
          id: ticket.id,
          name: ticket.name,
          quantity: ticket.quantity,
          available: available(ticket),
        })),
      );
    }),
  ),
];
