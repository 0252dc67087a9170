// Orders, attendees and the charge (docs/server-contract.md, "Orders" and "Charging an order").
// "Era 1" below is the token charge of 2018–2021 (docs/glossary.md).
import { db } from '@mocks/db';
import { expireOverdueOrders } from '@mocks/handlers/order-support';
import { SEED } from '@mocks/seed';
import { call, doc, error, fixtureAttributeKeys, madeAttendees, readFixture } from './support';

type Ticket = { id: number; quantity: number; price?: number };

async function createOrder(tickets: Ticket[], as: 'buyer' | 'organizer' = 'buyer') {
  return call('POST', '/v1/orders/create-order', { as, body: { tickets } });
}

async function newOrder(tickets: Ticket[] = [{ id: SEED.tickets.paid, quantity: 1 }]) {
  const reply = await createOrder(tickets);
  expect(reply.status).toBe(200);
  const identifier = (reply.body as { data: { attributes: { identifier: string } } }).data
    .attributes.identifier;
  const order = db.orders.find((entry) => entry.identifier === identifier);
  if (!order) throw new Error('no order');
  return order;
}

function patchOrder(id: number | string, attributes: Record<string, unknown>, url = String(id)) {
  return call('PATCH', `/v1/orders/${url}`, {
    as: 'buyer',
    body: { data: { type: 'order', id: String(id), attributes } },
  });
}

function charge(identifier: string, attributes: Record<string, unknown>) {
  return call('POST', `/v1/orders/${identifier}/charge`, {
    as: 'buyer',
    body: { data: { type: 'charge', attributes } },
  });
}

async function pendingStripeOrder() {
  const order = await newOrder();
  expect(
    (await patchOrder(order.id, { 'payment-mode': 'stripe', status: 'pending' }, order.identifier))
      .status,
  ).toBe(200);
  return order;
}

describe('POST /v1/orders/calculate-amount', () => {
  it('totals price × quantity as plain JSON, without a login', async () => {
    const reply = await call('POST', '/v1/orders/calculate-amount', {
      body: {
        tickets: [
          { id: SEED.tickets.paid, quantity: 2 },
          { id: SEED.tickets.donation, quantity: 1, price: 7.5 },
        ],
      },
    });
    expect(reply.status).toBe(200);
    const example = readFixture('orders-calculate-amount-post-response.json') as Record<
      string,
      unknown
    >;
    expect(Object.keys(reply.body as object).sort()).toEqual(Object.keys(example).sort());
    expect(reply.body).toMatchObject({ total: 57.5, sub_total: 57.5, tax: null });
  });

  it('refuses a donation price outside min..max with pointer tickets/price', async () => {
    const reply = await call('POST', '/v1/orders/calculate-amount', {
      body: { tickets: [{ id: SEED.tickets.donation, quantity: 1, price: 1 }] },
    });
    expect(reply.status).toBe(422);
    expect(error(reply).source).toEqual({ pointer: 'tickets/price' });
  });

  it('answers 404 for unknown tickets and 422 for tickets of two events', async () => {
    expect(
      (await call('POST', '/v1/orders/calculate-amount', { body: { tickets: [{ id: 999 }] } }))
        .status,
    ).toBe(404);
    const mixed = await call('POST', '/v1/orders/calculate-amount', {
      body: { tickets: [{ id: SEED.tickets.paid }, { id: SEED.tickets.jpy }] },
    });
    expect(mixed.status).toBe(422);
    expect(error(mixed).detail).toMatch(/^All tickets must belong to same event/);
  });
});

describe('POST /v1/orders/create-order', () => {
  it('answers 200 plain JSON with an initializing order, a UUID and one attendee per ticket', async () => {
    const reply = await createOrder([{ id: SEED.tickets.paid, quantity: 2 }]);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(reply.body).not.toHaveProperty('jsonapi');
    const data = (reply.body as { data: { attributes: Record<string, unknown> } }).data;
    expect(Object.keys(data.attributes).sort()).toEqual(
      fixtureAttributeKeys('orders-create-order-post-response.json').sort(),
    );
    expect(data.attributes).toMatchObject({
      status: 'initializing',
      'payment-mode': null,
      amount: 50,
    });
    expect(data.attributes.identifier).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(madeAttendees()).toHaveLength(2);
  });

  it('needs a JWT', async () => {
    const reply = await call('POST', '/v1/orders/create-order', { body: { tickets: [] } });
    expect(reply.status).toBe(401);
  });

  it('answers 422 with source "tickets" when no tickets are sent', async () => {
    const reply = await createOrder([]);
    expect(reply.status).toBe(422);
    expect(error(reply)).toMatchObject({
      source: { source: 'tickets' },
      detail: 'Tickets missing in Order request',
    });
  });

  it('answers 409 with the ticket id when it is sold out', async () => {
    const ticket = db.tickets.find((entry) => entry.id === SEED.tickets.paid);
    if (ticket) ticket.quantity = 1;
    await newOrder();
    const reply = await createOrder([{ id: SEED.tickets.paid, quantity: 1 }]);
    expect(reply.status).toBe(409);
    expect(error(reply)).toMatchObject({
      source: { id: SEED.tickets.paid },
      detail: 'Ticket "General Admission" already sold out',
    });
  });

  it('refuses free orders of unverified buyers with code unverified-user', async () => {
    const buyer = db.users.find((entry) => entry.id === SEED.buyerId);
    if (buyer) buyer.is_verified = false;
    const reply = await createOrder([{ id: SEED.tickets.free, quantity: 1 }]);
    expect(reply.status).toBe(403);
    expect(error(reply).source).toEqual({
      pointer: '/data/relationships/user',
      code: 'unverified-user',
    });
  });
});

describe('GET and PATCH /v1/orders/{identifier}', () => {
  it('includes event, tickets and attendees in one document', async () => {
    const order = await newOrder();
    const reply = await call(
      'GET',
      `/v1/orders/${order.identifier}?include=event,tickets,attendees`,
      { as: 'buyer' },
    );
    const document = doc(reply);
    expect(document.data.links.self).toBe(`/v1/orders/${order.identifier}`);
    expect(document.included?.map((entry) => entry.type).sort()).toEqual([
      'attendee',
      'event',
      'ticket',
    ]);
    expect(Object.keys(document.data.attributes)).toEqual(
      expect.arrayContaining(fixtureAttributeKeys('orders-detail-get-response.json')),
    );
  });

  it('answers 404 for an unknown order and 403 for someone else’s', async () => {
    expect((await call('GET', '/v1/orders/nope', { as: 'buyer' })).status).toBe(404);
    const order = await newOrder();
    const other = await call('GET', `/v1/orders/${order.identifier}`, { as: 'admin' });
    expect(other.status).toBe(200);
    order.user_id = SEED.adminId;
    const reply = await call('GET', `/v1/orders/${order.identifier}`, { as: 'buyer' });
    expect(reply.status).toBe(403);
  });

  it('lets the buyer set the payment mode and status, as in the vendored example', async () => {
    const order = await newOrder();
    const example = readFixture('orders-detail-patch-request.json') as {
      data: { attributes: object };
    };
    const reply = await patchOrder(
      order.id,
      { ...example.data.attributes, status: 'pending' },
      order.identifier,
    );
    expect(reply.status).toBe(200);
    expect(doc(reply).data.attributes).toMatchObject({
      'payment-mode': 'paypal',
      status: 'pending',
    });
  });

  it('refuses fields a buyer may not change (403 pointer data/<field>)', async () => {
    const order = await newOrder();
    const reply = await patchOrder(order.id, { amount: 1 }, order.identifier);
    expect(reply.status).toBe(403);
    expect(error(reply)).toMatchObject({
      source: { pointer: 'data/amount' },
      detail: 'You cannot update amount of an order',
    });
  });

  it('refuses a free payment mode on a paid order and a self-completed stripe order', async () => {
    const order = await newOrder();
    const free = await patchOrder(order.id, { 'payment-mode': 'free' }, order.identifier);
    expect(free.status).toBe(422);
    expect(error(free).source).toEqual({ pointer: '/data/attributes/payment-mode' });
    const completed = await patchOrder(
      order.id,
      { 'payment-mode': 'stripe', status: 'completed' },
      order.identifier,
    );
    expect(completed.status).toBe(422);
    expect(error(completed).detail).toBe('insufficient data to verify stripe payment');
  });

  it('refuses updates once the order is not initializing or pending, but always allows cancelling', async () => {
    const order = await newOrder();
    order.status = 'placed';
    expect((await patchOrder(order.id, { city: 'Paris' }, order.identifier)).status).toBe(403);
    const cancelled = await patchOrder(
      order.id,
      { status: 'cancelled', city: 'Paris' },
      order.identifier,
    );
    expect(doc(cancelled).data.attributes).toMatchObject({ status: 'cancelled', city: null });
    expect(madeAttendees()).toHaveLength(0);
  });
});

describe('expiry (computed on each request)', () => {
  it('expires initializing orders after order-expiry-time and frees their tickets', async () => {
    const order = await newOrder();
    db.settings.order_expiry_time = 1;
    expireOverdueOrders(Date.parse(order.created_at) + 59_000);
    expect(order.status).toBe('initializing');
    expireOverdueOrders(Date.parse(order.created_at) + 60_000);
    expect(order.status).toBe('expired');
    expect(madeAttendees()).toHaveLength(0);
  });

  it('expires pending orders after 30 minutes', async () => {
    const order = await pendingStripeOrder();
    expireOverdueOrders(Date.parse(order.created_at) + 29 * 60_000);
    expect(order.status).toBe('pending');
    expireOverdueOrders(Date.parse(order.created_at) + 30 * 60_000);
    expect(order.status).toBe('expired');
  });
});

describe('PATCH /v1/attendees/{id}', () => {
  it('names a ticket holder and validates the email', async () => {
    const order = await newOrder();
    const attendee = db.attendees.find((entry) => entry.order_id === order.id);
    if (!attendee) throw new Error('no attendee');
    const body = (attributes: object) => ({
      data: { type: 'attendee', id: String(attendee.id), attributes },
    });
    const bad = await call('PATCH', `/v1/attendees/${attendee.id}`, {
      as: 'buyer',
      body: body({ email: 'nope' }),
    });
    expect(bad.status).toBe(422);
    expect(error(bad).source).toEqual({ pointer: '/data/attributes/email' });
    const good = await call('PATCH', `/v1/attendees/${attendee.id}`, {
      as: 'buyer',
      body: body({ firstname: 'Ann', lastname: 'Lee', email: 'ann@example.org' }),
    });
    expect(doc(good).data.attributes).toMatchObject({
      firstname: 'Ann',
      'ticket-id': String(SEED.tickets.paid),
    });
  });
});

describe('POST /v1/orders/{identifier}/charge (era 1)', () => {
  it('completes the order with tok_visa: 201, Location, status true and the card stored', async () => {
    const order = await pendingStripeOrder();
    const example = readFixture('orders-charge-post-request.json') as {
      data: { attributes: Record<string, unknown> };
    };
    const reply = await charge(order.identifier, {
      ...example.data.attributes,
      stripe: 'tok_visa',
    });
    expect(reply.status).toBe(201);
    expect(reply.headers.get('Location')).toBe(`/v1/orders/${order.id}/charge`);
    expect(reply.body).toMatchObject({
      data: {
        type: 'charge',
        id: String(order.id),
        attributes: { status: true, message: 'Charge successful' },
      },
      jsonapi: { version: '1.0' },
    });
    expect(order).toMatchObject({
      status: 'completed',
      paid_via: 'card',
      brand: 'Visa',
      last4: '4242',
    });
    expect(order.transaction_id).toMatch(/^ch_/);
  });

  it.each([
    ['tok_chargeDeclined', 'Your card was declined.'],
    ['tok_chargeDeclinedInsufficientFunds', 'Your card has insufficient funds.'],
    ['tok_chargeDeclinedExpiredCard', 'Your card has expired.'],
    ['tok_chargeDeclinedIncorrectCvc', "Your card's security code is incorrect."],
    [
      'tok_chargeDeclinedProcessingError',
      'An error occurred while processing your card. Try again in a little bit.',
    ],
  ])('answers %s with 409 and Stripe’s text, expiring the order', async (token, text) => {
    const order = await pendingStripeOrder();
    const reply = await charge(order.identifier, { stripe: token });
    expect(reply.status).toBe(409);
    expect(error(reply)).toMatchObject({ detail: text, source: { pointer: '' } });
    expect(order.status).toBe('expired');
    expect(db.attendees.filter((entry) => entry.order_id === order.id)).toHaveLength(0);
  });

  it('checks in the contract’s order: 404, 409 status, 409 free, 422 token', async () => {
    expect((await charge('nope', { stripe: 'tok_visa' })).status).toBe(404);
    const order = await pendingStripeOrder();
    expect(error(await charge(order.identifier, {})).detail).toBe('stripe token is missing');
    order.amount = 0;
    expect(error(await charge(order.identifier, { stripe: 'tok_visa' })).detail).toBe(
      'You cannot charge payments on a free order',
    );
    order.amount = 25;
    await charge(order.identifier, { stripe: 'tok_visa' });
    const twice = await charge(order.identifier, { stripe: 'tok_visa' });
    expect(twice.status).toBe(409);
    expect(error(twice)).toMatchObject({
      source: { parameter: 'id' },
      detail: 'You cannot charge payments on a cancelled, expired or completed order',
    });
  });

  it('answers 409 when the event does not accept Stripe', async () => {
    const order = await pendingStripeOrder();
    const event = db.events.find((entry) => entry.id === SEED.usdEvent.id);
    if (event) event.can_pay_by_stripe = false;
    const reply = await charge(order.identifier, { stripe: 'tok_visa' });
    expect(reply.status).toBe(409);
    expect(error(reply).source).toEqual({ '': '' });
  });

  it('pays by PayPal with the ids create-paypal-payment issued', async () => {
    const order = await newOrder();
    await patchOrder(order.id, { 'payment-mode': 'paypal', status: 'pending' }, order.identifier);
    const missing = await charge(order.identifier, { paypal_payer_id: 'PAYER1' });
    expect(missing.status).toBe(422);
    const created = await call('POST', `/v1/orders/${order.identifier}/create-paypal-payment`, {
      as: 'buyer',
      body: readFixture('orders-create-paypal-payment-post-request.json'),
    });
    const paymentId = (created.body as { payment_id: string }).payment_id;
    expect(created.body).toMatchObject({ status: true });
    const reply = await charge(order.identifier, {
      paypal_payer_id: 'PAYER1',
      paypal_payment_id: paymentId,
    });
    expect(reply.status).toBe(201);
    expect(order).toMatchObject({ status: 'completed', paid_via: 'paypal' });
  });

  it('charges nothing for other payment modes: 201 without status or message', async () => {
    const order = await newOrder();
    await patchOrder(order.id, { 'payment-mode': 'bank', status: 'pending' }, order.identifier);
    const reply = await charge(order.identifier, {});
    expect(reply.status).toBe(201);
    expect((reply.body as { data: { attributes: object } }).data.attributes).toEqual({});
  });
});

describe('GET /v1/events/{id}/tickets/availability', () => {
  it('counts the tickets held by open orders', async () => {
    await newOrder([{ id: SEED.tickets.paid, quantity: 3 }]);
    const reply = await call('GET', `/v1/events/${SEED.usdEvent.id}/tickets/availability`);
    expect(reply.body).toContainEqual({
      id: SEED.tickets.paid,
      name: 'General Admission',
      quantity: 100,
      available: 97,
    });
  });
});
