// Finding records by what URLs and bodies carry, with the server's 404 replies when they are missing.
import {
  db,
  type AttendeeRecord,
  type EventRecord,
  type OrderRecord,
  type StripeAuthorizationRecord,
  type TicketRecord,
  type UserRecord,
} from './db';
import { appError, forbidden, objectNotFound, raise } from './json-api/errors';
import { isCoorganizer, isStaff } from './permissions';

const DIGITS = /^\d+$/;

/** URL ids are integers; anything else matches nothing (Flask's `<int:id>` would not route it). */
export function parseId(value: string): number | null {
  return DIGITS.test(value) ? Number(value) : null;
}

/** Events are addressed by integer id or by identifier; identifiers are never all digits. */
export function findEvent(idOrIdentifier: string): EventRecord | undefined {
  const id = parseId(idOrIdentifier);
  return db.events.find((event) =>
    id === null ? event.identifier === idOrIdentifier : event.id === id,
  );
}

/**
 * The event or the server's ObjectNotFound. `prefix` names the URL parameter the way the server's
 * routes do: `id`/`identifier` on /events/..., `event_id`/`event_identifier` on nested routes.
 */
export function requireEvent(idOrIdentifier: string, prefix: '' | 'event_' = ''): EventRecord {
  const event = findEvent(idOrIdentifier);
  if (event) return event;
  const parameter = `${prefix}${parseId(idOrIdentifier) === null ? 'identifier' : 'id'}`;
  return raise(objectNotFound(parameter, `Event: ${idOrIdentifier} not found`));
}

export function findUser(id: number): UserRecord | undefined {
  return db.users.find((user) => user.id === id && user.deleted_at === null);
}

export function requireUser(idParam: string): UserRecord {
  const id = parseId(idParam);
  const user = id === null ? undefined : findUser(id);
  return user ?? raise(objectNotFound('id', `User: ${idParam} not found`));
}

/**
 * The user a user's own list is for (`is_user_itself`): open to that user and to admins; anyone
 * else gets 403 "Access Forbidden", an unknown id 404.
 */
export function requireSelfOrStaff(idParam: string, viewer: UserRecord): UserRecord {
  const target = requireUser(idParam);
  if (target.id !== viewer.id && !isStaff(viewer)) {
    raise(forbidden({ source: '' }, 'Access Forbidden'));
  }
  return target;
}

/** Tickets that are not soft-deleted, in position order (then id). */
export function ticketsOfEvent(eventId: number): TicketRecord[] {
  return db.tickets
    .filter((ticket) => ticket.event_id === eventId && ticket.deleted_at === null)
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0) || a.id - b.id);
}

/** Hidden tickets are for the event's organizers only (TicketList.query). */
export function visibleTickets(event: EventRecord, viewer: UserRecord | null): TicketRecord[] {
  const all = ticketsOfEvent(event.id);
  return isCoorganizer(viewer, event) ? all : all.filter((ticket) => !ticket.is_hidden);
}

export function findTicket(idParam: string): TicketRecord | undefined {
  const id = parseId(idParam);
  return db.tickets.find((ticket) => ticket.id === id && ticket.deleted_at === null);
}

/** Orders are addressed by integer id or by their UUID identifier. */
export function findOrder(idOrIdentifier: string): OrderRecord | undefined {
  const id = parseId(idOrIdentifier);
  return db.orders.find((order) =>
    id === null ? order.identifier === idOrIdentifier : order.id === id,
  );
}

/** The permission manager's NotFoundError for order URLs. */
export function requireOrder(idOrIdentifier: string): OrderRecord {
  return (
    findOrder(idOrIdentifier) ??
    raise(appError(404, { parameter: 'order_identifier' }, 'Order not found'))
  );
}

/** The order's ticket holders; expiring or cancelling an order deletes them. */
export function attendeesOf(order: OrderRecord): AttendeeRecord[] {
  return db.attendees.filter((attendee) => attendee.order_id === order.id);
}

export function stripeAuthorizationOfEvent(eventId: number): StripeAuthorizationRecord | undefined {
  return db.stripeAuthorizations.find((authorization) => authorization.event_id === eventId);
}

export function eventOf(record: { event_id: number }): EventRecord {
  const event = db.events.find((candidate) => candidate.id === record.event_id);
  // The handlers delete an event's tickets and authorization with it, so this means a corrupt store.
  if (!event) throw new Error(`Mock db: event ${record.event_id} is missing.`);
  return event;
}

export function eventsOwnedBy(userId: number): EventRecord[] {
  return db.events.filter((event) => event.owner_id === userId && event.deleted_at === null);
}
