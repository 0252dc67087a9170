// Orders: create-order, calculate-amount, order read/update, attendees, the charge
// (the era-1 Stripe token or, when mocks/charge-era.ts says so, today's PaymentIntent; see
// docs/payments.md), verify, PayPal, and ticket availability. Expiry is computed lazily on each request
// from created-at + order-expiry-time, because the mock has no Celery to run the server's jobs.
import { http, HttpResponse, type JsonBodyType, type RequestHandler } from 'msw';
import { apiUrl } from '../api-url';
import { getChargeEra } from '../charge-era';
import {
  db,
  emitDbChange,
  nextId,
  type AttendeeRecord,
  type EventRecord,
  type OrderRecord,
  type TicketRecord,
  type UserRecord,
} from '../db';
import { buildAttendee, buildOrder } from '../factories';
import { authenticate, withAuth, withErrors } from '../http/auth';
import {
  appError,
  conflict,
  forbidden,
  internalServerError,
  objectNotFound,
  raise,
  unprocessable,
  validationErrors,
} from '../http/errors';
import { requireJsonApiHeaders } from '../http/headers';
import { readJsonApiData } from '../http/input';
import { resourceDocument, type Relationship, type Serialized } from '../http/json-api';
import { listDocument, parseInclude } from '../http/query';
import { jsonApiReply } from '../http/responses';
import { dumpAttributes, loadAttributes } from '../http/schema';
import { nowIso, timeOf } from '../lib/datetime';
import { randomAlphanumeric, uuid4 } from '../lib/random';
import {
  eventOf,
  findUser,
  parseId,
  requireEvent,
  requireSelfOrStaff,
  stripeAuthorizationOfEvent,
} from '../lookups';
import { isCoorganizer } from '../permissions';
import {
  attendeeSchema,
  BUYER_UPDATABLE_ORDER_FIELDS,
  marshmallowErrors,
  orderAmountInputSchema,
  orderSchema,
  type OrderAmountInput,
} from '../schemas/orders';
import { serializeEvent, serializePublicUser, serializeTicket } from '../serializers';
import {
  createPaymentIntent,
  findPaymentIntent,
  serializePaymentIntent,
} from '../stripe-payment-intents';

/* ---------------------------------------------------------------- expiry */

const MINUTE = 60_000;
/** `expire_pending_tickets`: pending orders expire 30 minutes after they were created. */
const PENDING_EXPIRY_MINUTES = 30;

/** Expiring frees the tickets: the server deletes the order's attendees (ticket holders). */
function expireOrder(order: OrderRecord): void {
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

/* ---------------------------------------------------------------- lookups */

function findOrder(idOrIdentifier: string): OrderRecord | undefined {
  const id = parseId(idOrIdentifier);
  return db.orders.find((order) =>
    id === null ? order.identifier === idOrIdentifier : order.id === id,
  );
}

/** The permission manager's NotFoundError for order URLs. */
function requireOrder(idOrIdentifier: string): OrderRecord {
  return (
    findOrder(idOrIdentifier) ??
    raise(appError(404, { parameter: 'order_identifier' }, 'Order not found'))
  );
}

function orderEvent(order: OrderRecord): EventRecord {
  return eventOf(order);
}

/** A co-organizer of the event, the buyer, or an attendee of the order (by email). */
function mayAccessOrder(user: UserRecord, order: OrderRecord): boolean {
  if (order.user_id === user.id || isCoorganizer(user, orderEvent(order))) return true;
  return attendeesOf(order).some((attendee) => attendee.email === user.email);
}

function requireOrderAccess(user: UserRecord, order: OrderRecord): void {
  if (!mayAccessOrder(user, order)) {
    raise(forbidden({ source: '' }, "You can only access your orders or your event's orders"));
  }
}

function attendeesOf(order: OrderRecord): AttendeeRecord[] {
  return db.attendees.filter((attendee) => attendee.order_id === order.id);
}

/** Tickets held by orders that have not expired or been cancelled (their attendees still exist). */
function soldCount(ticketId: number): number {
  return db.attendees.filter((attendee) => attendee.ticket_id === ticketId).length;
}

function available(ticket: TicketRecord): number {
  return Math.max(0, (ticket.quantity ?? 0) - soldCount(ticket.id));
}

/* ---------------------------------------------------------------- serializers */

function serializeAttendee(attendee: AttendeeRecord, viewer: UserRecord | null): Serialized {
  const base = `/v1/attendees/${attendee.id}`;
  const ticket = db.tickets.find((candidate) => candidate.id === attendee.ticket_id);
  const order = db.orders.find((candidate) => candidate.id === attendee.order_id);
  return {
    type: 'attendee',
    id: String(attendee.id),
    attributes: {
      ...dumpAttributes(attendeeSchema, attendee),
      'ticket-id': String(attendee.ticket_id),
    },
    relationships: {
      ticket: {
        many: false,
        self: `${base}/relationships/ticket`,
        related: `${base}/ticket`,
        load: () => (ticket ? serializeTicket(ticket, viewer) : null),
      },
      event: {
        many: false,
        self: `${base}/relationships/event`,
        related: `${base}/event`,
        load: () => serializeEvent(eventOf(attendee), viewer),
      },
      order: {
        many: false,
        self: `${base}/relationships/order`,
        related: `${base}/order`,
        load: () => (order ? serializeOrder(order, viewer) : null),
      },
    },
    self: base,
  };
}

export const ORDER_RELATIONSHIPS = [
  'attendees',
  'tickets',
  'user',
  'event',
  'event-invoice',
  'marketer',
  'discount-code',
];
export const ATTENDEE_RELATIONSHIPS = ['ticket', 'event', 'order'];

/** OrderSchema. `payment-url` is only set on a POST (or `?regenerate`) of a stripe order. */
function serializeOrder(
  order: OrderRecord,
  viewer: UserRecord | null,
  options: { withPaymentUrl?: boolean } = {},
): Serialized {
  const base = `/v1/orders/${order.identifier}`;
  const event = orderEvent(order);
  const attributes = dumpAttributes(orderSchema, order);
  if (options.withPaymentUrl && order.payment_mode === 'stripe') {
    attributes['payment-url'] = 'stripe://payment';
  }
  const link = (name: string, related: string, load?: Relationship['load']): Relationship => {
    const relationship: Relationship = {
      many: name === 'tickets' || name === 'attendees',
      self: `${base}/relationships/${name === 'tickets' ? 'ticket' : name === 'attendees' ? 'attendee' : name}`,
      related,
    };
    if (load) relationship.load = load;
    return relationship;
  };
  return {
    type: 'order',
    id: String(order.id),
    attributes,
    relationships: {
      tickets: link('tickets', `${base}/tickets`, () =>
        order.order_tickets.flatMap((entry) => {
          const ticket = db.tickets.find((candidate) => candidate.id === entry.ticket_id);
          return ticket ? [serializeTicket(ticket, viewer)] : [];
        }),
      ),
      attendees: link('attendees', `${base}/attendees`, () =>
        attendeesOf(order).map((attendee) => serializeAttendee(attendee, viewer)),
      ),
      user: link('user', `/v1/users/${order.user_id}`, () => {
        const buyer = findUser(order.user_id);
        return buyer ? serializePublicUser(buyer) : null;
      }),
      event: link('event', `/v1/events/${event.id}`, () => serializeEvent(event, viewer)),
      'event-invoice': link('event-invoice', `${base}/event-invoice`),
      marketer: link('marketer', `${base}/marketer`),
      'discount-code': link('discount-code', `${base}/discount-code`),
    },
    self: base,
  };
}

/* ---------------------------------------------------------------- amounts */

function plainJson(body: JsonBodyType, status = 200): Response {
  return HttpResponse.json(body, { status });
}

async function readPlainJson(request: Request): Promise<unknown> {
  try {
    return (await request.json()) as unknown;
  } catch {
    return raise(plainJson({ _schema: ['Invalid input type.'] }, 422));
  }
}

interface PricedTicket {
  ticket: TicketRecord;
  quantity: number;
  price: number;
}

/** Rounds like the server's `round(x, 2)` on the event currency's decimals. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The shared part of create-order and calculate-amount (`calculate_order_amount`). */
async function readOrderAmountInput(request: Request): Promise<{
  input: OrderAmountInput;
  priced: PricedTicket[];
  event: EventRecord | null;
}> {
  const parsed = orderAmountInputSchema.safeParse(await readPlainJson(request));
  if (!parsed.success) return raise(plainJson(marshmallowErrors(parsed.error), 422));
  const input = parsed.data;
  if (input.tickets.length === 0) return { input, priced: [], event: null };

  const ids = [...new Set(input.tickets.map((entry) => entry.id))];
  const tickets = ids.flatMap((id) => {
    const ticket = db.tickets.find((candidate) => candidate.id === id && !candidate.deleted_at);
    return ticket ? [ticket] : [];
  });
  if (tickets.length === 0) {
    raise(objectNotFound('tickets', `Tickets not found for IDs: {${ids.join(', ')}}`));
  }
  if (tickets.length !== ids.length) {
    const missing = ids.filter((id) => !tickets.some((ticket) => ticket.id === id));
    raise(
      unprocessable({ pointer: 'tickets' }, `Tickets not found for IDs: {${missing.join(', ')}}`),
    );
  }
  const [first] = tickets;
  const event = first ? eventOf(first) : null;
  if (tickets.some((ticket) => ticket.event_id !== first?.event_id)) {
    raise(
      unprocessable(
        { pointer: 'tickets' },
        'All tickets must belong to same event. Found: ' +
          [...new Set(tickets.map((ticket) => ticket.event_id))].join(', '),
      ),
    );
  }

  const priced = input.tickets.map((entry) => {
    const ticket = tickets.find((candidate) => candidate.id === entry.id) as TicketRecord;
    let price = ticket.price ?? 0;
    if (ticket.type === 'donation') {
      const min = ticket.min_price ?? 0;
      const max = ticket.max_price ?? Number.POSITIVE_INFINITY;
      const chosen = entry.price;
      if (chosen === null || chosen === undefined || chosen < min || chosen > max) {
        raise(
          unprocessable(
            { pointer: 'tickets/price' },
            `Price for donation ticket should be present and within range ${min} to ${max === Number.POSITIVE_INFINITY ? 'infinity' : max}`,
          ),
        );
      }
      price = chosen;
    } else if (ticket.type === 'free') {
      price = 0;
    }
    return { ticket, quantity: entry.quantity, price };
  });
  return { input, priced, event };
}

function amountReply(priced: readonly PricedTicket[]) {
  const tickets = priced.map(({ ticket, quantity, price }) => ({
    id: ticket.id,
    name: ticket.name,
    price,
    quantity,
    discount: null,
    ticket_fee: 0,
    sub_total: round(price * quantity),
    ticket_tax: 0,
    discounted_tax: 0,
  }));
  const total = round(tickets.reduce((sum, entry) => sum + entry.sub_total, 0));
  return { sub_total: total, total, discount: 0, tax: null, tickets };
}

/* ---------------------------------------------------------------- charge */

interface StripeTestToken {
  brand: string;
  last4: string;
  /** Stripe's error text when a charge with this token fails. */
  decline?: string;
}

/** Stripe's documented test tokens (https://docs.stripe.com/testing#cards, "Tokens"). */
const STRIPE_TEST_TOKENS: Readonly<Record<string, StripeTestToken>> = {
  tok_visa: { brand: 'Visa', last4: '4242' },
  tok_mastercard: { brand: 'MasterCard', last4: '4444' },
  tok_chargeDeclined: { brand: 'Visa', last4: '0002', decline: 'Your card was declined.' },
  tok_chargeDeclinedInsufficientFunds: {
    brand: 'Visa',
    last4: '9995',
    decline: 'Your card has insufficient funds.',
  },
  tok_chargeDeclinedExpiredCard: {
    brand: 'Visa',
    last4: '0069',
    decline: 'Your card has expired.',
  },
  tok_chargeDeclinedIncorrectCvc: {
    brand: 'Visa',
    last4: '0127',
    decline: "Your card's security code is incorrect.",
  },
  tok_chargeDeclinedProcessingError: {
    brand: 'Visa',
    last4: '0119',
    decline: 'An error occurred while processing your card. Try again in a little bit.',
  },
};

function chargeReply(order: OrderRecord, attributes: Record<string, unknown>): Response {
  const self = `/v1/orders/${order.id}/charge`;
  return jsonApiReply(
    {
      data: { type: 'charge', id: String(order.id), attributes, links: { self } },
      links: { self },
    },
    { status: 201, headers: { Location: self } },
  );
}

function readChargeAttribute(attributes: Record<string, unknown>, name: string): string | null {
  const value = attributes[name] ?? attributes[name.replace(/_/g, '-')];
  return typeof value === 'string' && value !== '' ? value : null;
}

/** Era 1 (`git show 4b685a1e4^:app/api/data_layers/ChargesLayer.py`). */
function chargeStripe(order: OrderRecord, token: string | null): Response {
  if (token === null) raise(unprocessable({ source: '' }, 'stripe token is missing'));
  const event = orderEvent(order);
  if (!event.can_pay_by_stripe) {
    raise(conflict({ '': '' }, "This event doesn't accept payments by Stripe"));
  }
  order.stripe_token = token;
  if (!stripeAuthorizationOfEvent(event.id)) {
    expireOrder(order);
    emitDbChange();
    raise(conflict({ pointer: '' }, 'Stripe credentials not found for the event.'));
  }
  const known = STRIPE_TEST_TOKENS[token];
  const failure = known ? known.decline : `No such token: '${token}'`;
  if (!known || failure !== undefined) {
    // stripe.Customer.create / Charge.create raised: the order expires and its tickets are freed.
    expireOrder(order);
    emitDbChange();
    raise(conflict({ pointer: '' }, failure ?? 'Your card was declined.'));
  }
  const now = new Date();
  Object.assign(order, {
    paid_via: 'card',
    brand: known.brand,
    last4: known.last4,
    exp_month: 12,
    exp_year: now.getUTCFullYear() + 2,
    transaction_id: `ch_${randomAlphanumeric(24)}`,
    status: 'completed',
    completed_at: nowIso(),
  } satisfies Partial<OrderRecord>);
  emitDbChange();
  return chargeReply(order, { status: true, message: 'Charge successful' });
}

/**
 * The era-3 failure `message` is not clean text: the server renders its ConflictError with `str()`,
 * which prints the Python repr of the exception's arguments (the source dict and the text).
 */
const NO_CREDENTIALS_MESSAGE = "({'pointer': ''}, 'Stripe credentials not found for the event.')";

/**
 * Era 3, today's server (`TicketingManager.create_payment_intent_for_order_stripe`): any token is
 * ignored, and every call makes a new PaymentIntent on the organizer's connected account, whose
 * JSON text is the reply's `message`. The order is completed later, by verify.
 */
function chargeStripePaymentIntent(order: OrderRecord): Response {
  const event = orderEvent(order);
  if (!event.can_pay_by_stripe) {
    raise(conflict({ '': '' }, "This event doesn't accept payments by Stripe"));
  }
  const authorization = stripeAuthorizationOfEvent(event.id);
  if (!authorization) {
    expireOrder(order);
    emitDbChange();
    return chargeReply(order, {
      status: false,
      message: NO_CREDENTIALS_MESSAGE,
    });
  }
  const intent = createPaymentIntent({
    // Python's int(amount * 100): truncated float maths in every currency, so 19.99 gives 1998
    // and a zero-decimal ¥1500 gives 150000 (docs/payments.md).
    amount: Math.trunc(order.amount * 100),
    currency: (event.payment_currency || 'USD').toLowerCase(),
    orderIdentifier: order.identifier,
    description: `Eventyay ${event.name}`,
    publishableKey: authorization.stripe_publishable_key,
  });
  order.stripe_payment_intent_id = intent.id;
  emitDbChange();
  return chargeReply(order, {
    status: true,
    message: JSON.stringify(serializePaymentIntent(intent)),
  });
}

/**
 * `verify_order_payment`: asks Stripe for the order's latest PaymentIntent and, once it has
 * succeeded, completes the order with the card it was paid with. It never looks at the order's
 * status, so every call on a paid intent completes the order again.
 */
function verifyOrderPayment(order: OrderRecord): Response {
  if (order.payment_mode !== 'stripe') return plainJson({ payment_status: order.status });
  const authorization = stripeAuthorizationOfEvent(order.event_id);
  const intent =
    order.stripe_payment_intent_id === null
      ? undefined
      : findPaymentIntent(order.stripe_payment_intent_id);
  // Retrieving the intent fails (no intent, no credentials, another account's intent): the
  // server re-raises Stripe's error, which Flask turns into a 500.
  if (
    !intent ||
    !authorization ||
    intent.publishable_key !== authorization.stripe_publishable_key
  ) {
    return internalServerError();
  }
  if (intent.status === 'succeeded') {
    Object.assign(order, {
      status: 'completed',
      completed_at: nowIso(),
      paid_via: 'card',
      transaction_id: intent.balance_transaction ?? `txn_${randomAlphanumeric(24)}`,
      brand: intent.card?.brand ?? null,
      exp_month: intent.card?.exp_month ?? null,
      exp_year: intent.card?.exp_year ?? null,
      last4: intent.card?.last4 ?? null,
    } satisfies Partial<OrderRecord>);
    emitDbChange();
  }
  return plainJson({ payment_status: order.status });
}

function chargePaypal(order: OrderRecord, attributes: Record<string, unknown>): Response {
  const payerId = readChargeAttribute(attributes, 'paypal_payer_id');
  const paymentId = readChargeAttribute(attributes, 'paypal_payment_id');
  if (payerId === null || paymentId === null) {
    raise(unprocessable({ source: '' }, 'paypal_payer_id or paypal_payment_id or both missing'));
  }
  if (!orderEvent(order).can_pay_by_paypal) {
    raise(conflict({ '': '' }, "This event doesn't accept payments by Paypal"));
  }
  if (!order.paypal_payment_ids.includes(paymentId)) {
    expireOrder(order);
    emitDbChange();
    return chargeReply(order, {
      status: false,
      message: 'The requested resource ID was not found',
    });
  }
  Object.assign(order, {
    paid_via: 'paypal',
    transaction_id: paymentId,
    status: 'completed',
    completed_at: nowIso(),
  } satisfies Partial<OrderRecord>);
  emitDbChange();
  return chargeReply(order, { status: true, message: 'Charge successful' });
}

/* ---------------------------------------------------------------- handlers */

function orderReply(order: OrderRecord, request: Request, user: UserRecord): Response {
  const include = parseInclude(new URL(request.url), 'OrderSchema', ORDER_RELATIONSHIPS);
  return jsonApiReply(resourceDocument(serializeOrder(order, user), include));
}

export const orderHandlers: RequestHandler[] = [
  /** Plain JSON, no auth: the price of a selection before any order exists. */
  http.post(
    apiUrl('/v1/orders/calculate-amount'),
    withErrors(async ({ request }) => {
      const { priced } = await readOrderAmountInput(request);
      return plainJson(amountReply(priced));
    }),
  ),

  /** Era B: plain JSON in and out (no `jsonapi` member), JWT required, 200. */
  http.post(
    apiUrl('/v1/orders/create-order'),
    withAuth(async ({ request, user }) => {
      expireOverdueOrders();
      const { priced, event } = await readOrderAmountInput(request);
      if (priced.length === 0 || event === null) {
        raise(unprocessable({ source: 'tickets' }, 'Tickets missing in Order request'));
      }
      const wanted = priced.filter((entry) => entry.quantity > 0);
      for (const { ticket, quantity } of wanted) {
        if (quantity > available(ticket)) {
          raise(conflict({ id: ticket.id }, `Ticket "${ticket.name}" already sold out`));
        }
      }
      const amount = amountReply(wanted).total;
      if (amount === 0 && !user.is_verified) {
        raise(
          forbidden(
            { pointer: '/data/relationships/user', code: 'unverified-user' },
            'Unverified user cannot place free orders',
          ),
        );
      }
      const created = nowIso();
      const order = buildOrder({
        id: nextId('orders'),
        identifier: uuid4(),
        user_id: user.id,
        event_id: event.id,
        amount,
        status: 'initializing',
        created_at: created,
        order_tickets: wanted.map(({ ticket, quantity, price }) => ({
          ticket_id: ticket.id,
          quantity,
          price,
        })),
      });
      db.orders.push(order);
      for (const { ticket, quantity } of wanted) {
        for (let unit = 0; unit < quantity; unit += 1) {
          db.attendees.push(
            buildAttendee({
              id: nextId('attendees'),
              order_id: order.id,
              ticket_id: ticket.id,
              event_id: event.id,
              created_at: created,
            }),
          );
        }
      }
      emitDbChange();
      const document = resourceDocument(serializeOrder(order, user));
      return plainJson(document);
    }),
  ),

  /**
   * A user's orders, for My tickets (docs/my-tickets.md): the orders with a ticket holder whose
   * email is the user's, not the orders they paid for. Only for the user themself or an admin.
   */
  http.get<{ id: string }>(
    apiUrl('/v1/users/:id/orders'),
    withAuth(({ request, params, user }) => {
      requireJsonApiHeaders(request);
      expireOverdueOrders();
      const target = requireSelfOrStaff(params.id, user);
      // An equality join in the database: the email as stored, case and all.
      const held = db.orders.filter((order) =>
        attendeesOf(order).some((attendee) => attendee.email === target.email),
      );
      return jsonApiReply(
        listDocument(held, new URL(request.url), {
          schemaName: 'OrderSchema',
          schema: orderSchema,
          relationships: ORDER_RELATIONSHIPS,
          serialize: (order) => serializeOrder(order, user),
          pageLinks: true,
        }),
      );
    }),
  ),

  /**
   * A user's tickets (docs/my-tickets.md): the ticket holders whose email is the user's, whoever
   * bought them. Only for the user themself or an admin.
   */
  http.get<{ id: string }>(
    apiUrl('/v1/users/:id/attendees'),
    withAuth(({ request, params, user }) => {
      requireJsonApiHeaders(request);
      expireOverdueOrders();
      const target = requireSelfOrStaff(params.id, user);
      // The same equality join as the orders above: the email as stored, case and all.
      const held = db.attendees.filter((attendee) => attendee.email === target.email);
      return jsonApiReply(
        listDocument(held, new URL(request.url), {
          schemaName: 'AttendeeSchema',
          schema: attendeeSchema,
          relationships: ATTENDEE_RELATIONSHIPS,
          serialize: (attendee) => serializeAttendee(attendee, user),
          pageLinks: true,
        }),
      );
    }),
  ),

  http.get<{ id: string }>(
    apiUrl('/v1/orders/:id'),
    withAuth(({ request, params, user }) => {
      expireOverdueOrders();
      const order = requireOrder(params.id);
      requireOrderAccess(user, order);
      requireJsonApiHeaders(request);
      return orderReply(order, request, user);
    }),
  ),

  /** `OrderDetail.before_update_object` (CONTRACT §7, PATCH). */
  http.patch<{ id: string }>(
    apiUrl('/v1/orders/:id'),
    withAuth(async ({ request, params, user }) => {
      expireOverdueOrders();
      const order = requireOrder(params.id);
      requireOrderAccess(user, order);
      requireJsonApiHeaders(request);
      const input = await readJsonApiData(request, 'order', {
        idInUrl: [String(order.id), order.identifier],
      });
      const { values, errors } = loadAttributes(orderSchema, input.attributes, { partial: true });
      if (errors.length > 0) raise(validationErrors(errors));
      const organizer = isCoorganizer(user, orderEvent(order));

      if (!organizer) {
        for (const field of Object.keys(values)) {
          if (!BUYER_UPDATABLE_ORDER_FIELDS.has(field)) {
            raise(
              forbidden({ pointer: `data/${field}` }, `You cannot update ${field} of an order`),
            );
          }
        }
      }
      if (values.status === 'cancelled') {
        // Cancelling is always allowed and discards every other change.
        order.status = 'cancelled';
        db.attendees = db.attendees.filter((attendee) => attendee.order_id !== order.id);
        emitDbChange();
        return orderReply(order, request, user);
      }
      if (!organizer && order.status !== 'initializing' && order.status !== 'pending') {
        raise(
          forbidden(
            { pointer: 'data/status' },
            'You cannot update a non-initialized or non-pending order',
          ),
        );
      }
      if (
        organizer &&
        (order.status === 'cancelled' || (order.status === 'completed' && order.amount > 0)) &&
        values.status !== undefined &&
        values.status !== order.status
      ) {
        raise(forbidden({ pointer: 'data/status' }, 'You cannot change the status of this order'));
      }
      const next = { ...order, ...values };
      if (next.payment_mode === 'free' && next.amount > 0) {
        raise(
          unprocessable(
            { pointer: '/data/attributes/payment-mode' },
            'payment-mode cannot be free for order with amount > 0',
          ),
        );
      }
      if (
        'amount' in values &&
        (next.is_billing_enabled || orderEvent(order).is_billing_info_mandatory)
      ) {
        if (next.amount > 0 && !next.is_billing_enabled) {
          raise(
            unprocessable(
              { pointer: '/data/attributes/is_billing_enabled' },
              'Billing information is mandatory for this order',
            ),
          );
        }
        if (!next.company || !next.address || !next.city || !next.zipcode || !next.country) {
          raise(
            unprocessable(
              { pointer: '/data/attributes/is_billing_enabled' },
              'Billing information incomplete',
            ),
          );
        }
      }
      if (
        values.status === 'completed' &&
        next.payment_mode === 'stripe' &&
        !(next.brand && next.last4 && next.exp_month && next.exp_year)
      ) {
        raise(
          unprocessable(
            { pointer: '/data/attributes/status' },
            'insufficient data to verify stripe payment',
          ),
        );
      }
      if (values.status === 'completed' && order.status !== 'completed') {
        values.completed_at = nowIso();
      }
      Object.assign(order, values);
      emitDbChange();
      return orderReply(order, request, user);
    }),
  ),

  /** The buyer names each ticket holder. Expired orders have no attendees left: 404. */
  http.patch<{ id: string }>(
    apiUrl('/v1/attendees/:id'),
    withAuth(async ({ request, params, user }) => {
      expireOverdueOrders();
      const id = parseId(params.id);
      const attendee =
        db.attendees.find((candidate) => candidate.id === id) ??
        raise(objectNotFound('id', `Attendee: ${params.id} not found`));
      const order = db.orders.find((candidate) => candidate.id === attendee.order_id);
      if (!order || !mayAccessOrder(user, order)) {
        raise(forbidden({ source: '' }, 'You are not authorized to access this.'));
      }
      requireJsonApiHeaders(request);
      const input = await readJsonApiData(request, 'attendee', { idInUrl: [String(attendee.id)] });
      const { values, errors } = loadAttributes(attendeeSchema, input.attributes, {
        partial: true,
      });
      if (errors.length > 0) raise(validationErrors(errors));
      Object.assign(attendee, values);
      emitDbChange();
      const include = parseInclude(new URL(request.url), 'AttendeeSchema', ATTENDEE_RELATIONSHIPS);
      return jsonApiReply(resourceDocument(serializeAttendee(attendee, user), include));
    }),
  ),

  /** CONTRACT §8: the checks in the server's order, then the branch of the stored payment-mode. */
  http.post<{ id: string }>(
    apiUrl('/v1/orders/:id/charge'),
    withAuth(async ({ request, params }) => {
      expireOverdueOrders();
      requireJsonApiHeaders(request);
      const input = await readJsonApiData(request, 'charge');
      const order =
        findOrder(params.id) ??
        raise(objectNotFound('order_identifier', `Order with identifier: ${params.id} not found`));
      if (['cancelled', 'expired', 'completed'].includes(order.status)) {
        raise(
          conflict(
            { parameter: 'id' },
            'You cannot charge payments on a cancelled, expired or completed order',
          ),
        );
      }
      if (!order.amount) {
        raise(conflict({ parameter: 'id' }, 'You cannot charge payments on a free order'));
      }
      if (order.payment_mode === 'stripe') {
        return getChargeEra() === 'payment-intent'
          ? chargeStripePaymentIntent(order)
          : chargeStripe(order, readChargeAttribute(input.attributes, 'stripe'));
      }
      if (order.payment_mode === 'paypal') return chargePaypal(order, input.attributes);
      return chargeReply(order, {});
    }),
  ),

  /**
   * Plain JSON, no JWT, any body. The order is found by its UUID only (an integer id matches
   * nothing), and an unknown one is an unhandled error on the server: a 500 HTML page.
   */
  http.post<{ identifier: string }>(
    apiUrl('/v1/orders/:identifier/verify'),
    withErrors(({ params }) => {
      expireOverdueOrders();
      const order = db.orders.find((candidate) => candidate.identifier === params.identifier);
      return order ? verifyOrderPayment(order) : internalServerError();
    }),
  ),

  /** CONTRACT §9: plain JSON. The payment id is what PayPal's checkout approves. */
  http.post<{ id: string }>(
    apiUrl('/v1/orders/:id/create-paypal-payment'),
    withAuth(async ({ request, params }) => {
      expireOverdueOrders();
      const order =
        findOrder(params.id) ??
        raise(objectNotFound('identifier', `Order: ${params.id} not found`));
      const body = (await request.json().catch(() => null)) as {
        data?: { attributes?: Record<string, unknown> };
      } | null;
      const attributes = body?.data?.attributes ?? {};
      const returnUrl = attributes['return-url'] ?? attributes.return_url;
      const cancelUrl = attributes['cancel-url'] ?? attributes.cancel_url;
      if (typeof returnUrl !== 'string' || typeof cancelUrl !== 'string') {
        return plainJson({ status: false, error: 'return_url or cancel_url missing' });
      }
      const event = orderEvent(order);
      if (!event.can_pay_by_paypal || !event.paypal_email) {
        return plainJson({ status: false, error: 'Payee email is missing for this event.' });
      }
      const paymentId = `PAYID-${randomAlphanumeric(24).toUpperCase()}`;
      order.paypal_payment_ids.push(paymentId);
      emitDbChange();
      return plainJson({ status: true, payment_id: paymentId });
    }),
  ),

  /** Plain JSON `[{"id","name","quantity","available"}]`, public. */
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
