// What the order handlers share (orders.ts, order-amounts.ts, attendees.ts, charge.ts, verify.ts,
// paypal.ts and the ticket availability in tickets.ts): expiry, who may see an order, how many
// tickets are left, plain-JSON replies and the charge reply. Expiry is computed lazily on each
// request from created-at + order-expiry-time, because the mock has no Celery to run the server's
// jobs (docs/server-contract.md, "Orders").
import { HttpResponse, type JsonBodyType } from 'msw';
import { db, emitDbChange, type OrderRecord, type TicketRecord, type UserRecord } from '../db';
import { forbidden, raise } from '../json-api/errors';
import { jsonApiReply } from '../json-api/responses';
import { timeOf } from '../lib/datetime';
import { attendeesOf, eventOf } from '../lookups';
import { isCoorganizer } from '../permissions';

/* ---------------------------------------------------------------- expiry */

const MINUTE = 60_000;
/** `expire_pending_tickets`: pending orders expire 30 minutes after they were created. */
const PENDING_EXPIRY_MINUTES = 30;

/** Expiring frees the tickets: the server deletes the order's attendees (ticket holders). */
export function expireOrder(order: OrderRecord): void {
  order.status = 'expired';
  db.attendees = db.attendees.filter((attendee) => attendee.order_id !== order.id);
}

/**
 * What `expire_initializing_tickets` and `expire_pending_tickets` would have done by `now`.
 * Exported for tests; every order handler runs it first.
 */
export function expireOverdueOrders(now: number = Date.now()): void {
  let changed = false;
  for (const order of db.orders) {
    const created = timeOf(order.created_at);
    if (created === null) continue;
    const overdue =
      (order.status === 'initializing' &&
        order.paid_via === null &&
        created + db.settings.order_expiry_time * MINUTE <= now) ||
      (order.status === 'pending' && created + PENDING_EXPIRY_MINUTES * MINUTE <= now);
    if (overdue) {
      expireOrder(order);
      changed = true;
    }
  }
  if (changed) emitDbChange();
}

/* ---------------------------------------------------------------- access */

/** A co-organizer of the event, the buyer, or an attendee of the order (by email). */
export function mayAccessOrder(user: UserRecord, order: OrderRecord): boolean {
  if (order.user_id === user.id || isCoorganizer(user, eventOf(order))) return true;
  return attendeesOf(order).some((attendee) => attendee.email === user.email);
}

export function requireOrderAccess(user: UserRecord, order: OrderRecord): void {
  if (!mayAccessOrder(user, order)) {
    raise(forbidden({ source: '' }, "You can only access your orders or your event's orders"));
  }
}

/* ---------------------------------------------------------------- availability */

/** Tickets held by orders that have not expired or been cancelled (their attendees still exist). */
function soldCount(ticketId: number): number {
  return db.attendees.filter((attendee) => attendee.ticket_id === ticketId).length;
}

export function available(ticket: TicketRecord): number {
  return Math.max(0, (ticket.quantity ?? 0) - soldCount(ticket.id));
}

/* ---------------------------------------------------------------- replies */

/** The plain Flask routes (create-order, calculate-amount, verify, PayPal): no `jsonapi` member. */
export function plainJson(body: JsonBodyType, status = 200): Response {
  return HttpResponse.json(body, { status });
}

export async function readPlainJson(request: Request): Promise<unknown> {
  try {
    return (await request.json()) as unknown;
  } catch {
    return raise(plainJson({ _schema: ['Invalid input type.'] }, 422));
  }
}

/** The charge's 201 (docs/server-contract.md, "Charging an order"), for card and PayPal alike. */
export function chargeReply(order: OrderRecord, attributes: Record<string, unknown>): Response {
  const self = `/v1/orders/${order.id}/charge`;
  return jsonApiReply(
    {
      data: { type: 'charge', id: String(order.id), attributes, links: { self } },
      links: { self },
    },
    { status: 201, headers: { Location: self } },
  );
}

/** A charge attribute under its snake_case or dasherized name; empty counts as missing. */
export function readChargeAttribute(
  attributes: Record<string, unknown>,
  name: string,
): string | null {
  const value = attributes[name] ?? attributes[name.replace(/_/g, '-')];
  return typeof value === 'string' && value !== '' ? value : null;
}
