// The PaymentIntent era of the mock Open Event Server (docs/payments.md): the charge that answers
// with a new PaymentIntent, verify, and the mock-only switch between the two card flows.
import { apiUrl } from '@mocks/api-url';
import { getChargeEra, setChargeEra } from '@mocks/charge-era';
import { db, onDbChange, resetDb, restoreDb, snapshotDb } from '@mocks/db';
import { buildStripeAuthorization } from '@mocks/factories';
import { MOCK_STRIPE, SEED } from '@mocks/seed';
import {
  call,
  callFakeStripe,
  chargeForIntent,
  chargeOrder,
  chargeResult,
  error,
  placePendingOrder,
  postJson,
} from './support';

const NO_CREDENTIALS = "({'pointer': ''}, 'Stripe credentials not found for the event.')";

const usdOrder = () => placePendingOrder([{ id: SEED.tickets.paid, quantity: 1 }]);

function event(id: number) {
  const found = db.events.find((entry) => entry.id === id);
  if (!found) throw new Error(`no event ${id}`);
  return found;
}

function attendeesOf(orderId: number) {
  return db.attendees.filter((entry) => entry.order_id === orderId);
}

/** Plain JSON, no JWT: how the frontend calls verify. */
function verify(identifier: string) {
  return postJson(`/v1/orders/${identifier}/verify`, {});
}

async function verifyStatus(identifier: string): Promise<number> {
  const response = await fetch(apiUrl(`/v1/orders/${identifier}/verify`), {
    method: 'POST',
  });
  return response.status;
}

function confirmWith(
  intent: { id: string; client_secret: string },
  paymentMethod: string,
  extra: Record<string, string> = {},
) {
  return callFakeStripe('POST', `/v1/payment_intents/${intent.id}/confirm`, {
    key: MOCK_STRIPE.organizerPublishableKey,
    client_secret: intent.client_secret,
    payment_method: paymentMethod,
    ...extra,
  });
}

beforeEach(() => {
  setChargeEra('payment-intent');
});

describe('POST /v1/orders/{identifier}/charge (PaymentIntent era)', () => {
  it('creates a new PaymentIntent on every call, in cents, and keeps only the latest on the order', async () => {
    const order = await usdOrder();
    const first = await chargeForIntent(order.identifier);
    expect(first).toMatchObject({
      amount: 2500,
      currency: 'usd',
      status: 'requires_payment_method',
      description: 'Eventyay Open Source Summit Demo',
      metadata: { order_id: order.identifier },
      payment_method: null,
      last_payment_error: null,
      next_action: null,
      latest_charge: null,
    });
    expect(first.client_secret.startsWith(`${first.id}_secret_`)).toBe(true);
    expect(order.stripe_payment_intent_id).toBe(first.id);

    const second = await chargeForIntent(order.identifier);
    expect(second.id).not.toBe(first.id);
    expect(order.stripe_payment_intent_id).toBe(second.id);
    expect(db.payment_intents.map((intent) => intent.id)).toEqual([first.id, second.id]);
    expect(order.status).toBe('pending');
  });

  it('answers 201 with Location, status true and the PaymentIntent as JSON text', async () => {
    const order = await usdOrder();
    const reply = await chargeOrder(order.identifier);
    expect(reply.status).toBe(201);
    expect(reply.headers.get('Location')).toBe(`/v1/orders/${order.id}/charge`);
    expect(reply.body).toMatchObject({
      data: { type: 'charge', id: String(order.id) },
      jsonapi: { version: '1.0' },
    });
    expect(typeof chargeResult(reply).message).toBe('string');
  });

  it('ignores a Stripe token and leaves the order pending until verify', async () => {
    const order = await usdOrder();
    const reply = await chargeOrder(order.identifier, { stripe: 'tok_visa' });
    expect(reply.status).toBe(201);
    expect(JSON.parse(chargeResult(reply).message)).toMatchObject({ object: 'payment_intent' });
    expect(order).toMatchObject({ status: 'pending', paid_via: null, stripe_token: null });
  });

  it('asks Stripe for a hundred times the yen amount of a JPY order, like the server does', async () => {
    const jpy = event(SEED.jpyEvent.id);
    jpy.can_pay_by_stripe = true;
    db.stripeAuthorizations.push(
      buildStripeAuthorization({
        id: 2,
        event_id: jpy.id,
        stripe_publishable_key: MOCK_STRIPE.organizerPublishableKey,
        stripe_secret_key: MOCK_STRIPE.organizerSecretKey,
        stripe_refresh_token: MOCK_STRIPE.organizerRefreshToken,
        stripe_user_id: MOCK_STRIPE.organizerAccountId,
      }),
    );
    const order = await placePendingOrder([{ id: SEED.tickets.jpy, quantity: 1 }]);
    expect(order.amount).toBe(3000);
    const intent = await chargeForIntent(order.identifier);
    expect(intent).toMatchObject({
      amount: 300000,
      currency: 'jpy',
      description: 'Eventyay Tokyo Developer Meetup Demo',
    });
  });

  it('truncates a 19.99 donation to 1998 cents, as Python’s int(amount * 100) does', async () => {
    const order = await placePendingOrder([
      { id: SEED.tickets.donation, quantity: 1, price: 19.99 },
    ]);
    expect(order.amount).toBe(19.99);
    expect((await chargeForIntent(order.identifier)).amount).toBe(1998);
  });

  it('uses usd when the event has no payment currency', async () => {
    event(SEED.usdEvent.id).payment_currency = null;
    const order = await usdOrder();
    expect((await chargeForIntent(order.identifier)).currency).toBe('usd');
  });

  it('expires the order and answers status false with the Python repr when the event has no Stripe credentials', async () => {
    const order = await usdOrder();
    db.stripeAuthorizations = [];
    const reply = await chargeOrder(order.identifier);
    expect(reply.status).toBe(201);
    expect(chargeResult(reply)).toEqual({ status: false, message: NO_CREDENTIALS });
    expect(order.status).toBe('expired');
    expect(attendeesOf(order.id)).toHaveLength(0);
    expect(db.payment_intents).toHaveLength(0);
    expect(order.stripe_payment_intent_id).toBeNull();
  });

  it('still answers 409 when the event does not accept Stripe, changing nothing', async () => {
    const order = await usdOrder();
    event(SEED.usdEvent.id).can_pay_by_stripe = false;
    const reply = await chargeOrder(order.identifier);
    expect(reply.status).toBe(409);
    expect(error(reply)).toMatchObject({
      source: { '': '' },
      detail: "This event doesn't accept payments by Stripe",
    });
    expect(order.status).toBe('pending');
    expect(db.payment_intents).toHaveLength(0);
  });

  it('keeps the checks that come before the branch: unknown, completed and free orders', async () => {
    expect((await chargeOrder('nope')).status).toBe(404);
    const order = await usdOrder();
    order.amount = 0;
    expect(error(await chargeOrder(order.identifier)).detail).toBe(
      'You cannot charge payments on a free order',
    );
    order.amount = 25;
    order.status = 'completed';
    expect(error(await chargeOrder(order.identifier)).detail).toBe(
      'You cannot charge payments on a cancelled, expired or completed order',
    );
  });
});

describe('POST /v1/orders/{identifier}/verify', () => {
  it('answers the pending status before the PaymentIntent is paid, and completes the order with its card after', async () => {
    const order = await usdOrder();
    const intent = await chargeForIntent(order.identifier);
    const before = await verify(order.identifier);
    expect(before.status).toBe(200);
    expect(before.body).toEqual({ payment_status: 'pending' });
    expect(order.status).toBe('pending');

    expect((await confirmWith(intent, 'pm_card_visa')).status).toBe(200);
    const after = await verify(order.identifier);
    expect(after.status).toBe(200);
    expect(after.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(after.body).toEqual({ payment_status: 'completed' });
    expect(order).toMatchObject({
      status: 'completed',
      paid_via: 'card',
      brand: 'visa',
      last4: '4242',
      exp_month: 12,
      exp_year: new Date().getUTCFullYear() + 2,
    });
    expect(order.transaction_id).toMatch(/^txn_/);
    expect(order.completed_at).not.toBeNull();
  });

  it('needs no JWT and takes any body, or none', async () => {
    const order = await usdOrder();
    await chargeForIntent(order.identifier);
    expect(await verifyStatus(order.identifier)).toBe(200);
    const reply = await call('POST', `/v1/orders/${order.identifier}/verify`, {
      body: { anything: ['at', 'all'] },
    });
    expect(reply.body).toEqual({ payment_status: 'pending' });
  });

  it('completes a completed order again on every call, without checking its status', async () => {
    const order = await usdOrder();
    const intent = await chargeForIntent(order.identifier);
    await confirmWith(intent, 'pm_card_mastercard');
    await verify(order.identifier);
    order.completed_at = '2000-01-01T00:00:00+00:00';
    const again = await verify(order.identifier);
    expect(again.body).toEqual({ payment_status: 'completed' });
    expect(order.completed_at).not.toBe('2000-01-01T00:00:00+00:00');
    expect(order).toMatchObject({ brand: 'mastercard', last4: '4444' });
  });

  it('looks only at the latest PaymentIntent of the order', async () => {
    const order = await usdOrder();
    const paid = await chargeForIntent(order.identifier);
    await confirmWith(paid, 'pm_card_visa');
    await chargeForIntent(order.identifier);
    expect((await verify(order.identifier)).body).toEqual({ payment_status: 'pending' });
  });

  it('leaves the order pending after a declined card', async () => {
    const order = await usdOrder();
    const intent = await chargeForIntent(order.identifier);
    expect((await confirmWith(intent, 'pm_card_chargeDeclined')).status).toBe(402);
    expect((await verify(order.identifier)).body).toEqual({ payment_status: 'pending' });
  });

  it('answers 500 with an HTML page for an unknown identifier and for an integer id', async () => {
    const response = await fetch(apiUrl('/v1/orders/nope/verify'), {
      method: 'POST',
    });
    expect(response.status).toBe(500);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('<title>500 Internal Server Error</title>');
    const order = await usdOrder();
    await chargeForIntent(order.identifier);
    expect(await verifyStatus(String(order.id))).toBe(500);
  });

  it('answers 500 for a stripe order that has no PaymentIntent yet', async () => {
    const order = await usdOrder();
    expect(await verifyStatus(order.identifier)).toBe(500);
  });

  it('answers 500 once the event’s Stripe account is gone', async () => {
    const order = await usdOrder();
    await chargeForIntent(order.identifier);
    db.stripeAuthorizations = [];
    expect(await verifyStatus(order.identifier)).toBe(500);
  });

  it('only echoes the status of an order paid another way', async () => {
    const order = await placePendingOrder([{ id: SEED.tickets.paid, quantity: 1 }], 'bank');
    expect((await verify(order.identifier)).body).toEqual({ payment_status: 'pending' });
    order.status = 'placed';
    expect((await verify(order.identifier)).body).toEqual({ payment_status: 'placed' });
  });
});

describe('the charge era switch (mocks/charge-era.ts)', () => {
  it('starts in the token era, where a charge without a token is refused', async () => {
    resetDb();
    expect(getChargeEra()).toBe('token');
    const order = await usdOrder();
    const reply = await chargeOrder(order.identifier);
    expect(reply.status).toBe(422);
    expect(error(reply).detail).toBe('stripe token is missing');
  });

  it('notifies the db listeners, so the browser saves the choice', () => {
    const listener = vi.fn();
    const unsubscribe = onDbChange(listener);
    try {
      setChargeEra('token');
      expect(listener).toHaveBeenCalledTimes(1);
    } finally {
      unsubscribe();
    }
  });

  it('persists with the PaymentIntents through snapshotDb and restoreDb', async () => {
    const order = await usdOrder();
    const intent = await chargeForIntent(order.identifier);
    const saved = snapshotDb();
    resetDb();
    expect(getChargeEra()).toBe('token');
    expect(db.payment_intents).toEqual([]);
    expect(restoreDb(saved)).toBe(true);
    expect(getChargeEra()).toBe('payment-intent');
    expect(db.payment_intents.map((entry) => entry.id)).toEqual([intent.id]);
    const restored = db.orders.find((entry) => entry.identifier === order.identifier);
    expect(restored?.stripe_payment_intent_id).toBe(intent.id);
  });

  it('ignores a snapshot of the previous version, which has neither', () => {
    const current = JSON.parse(snapshotDb()) as { data: Record<string, unknown> };
    const { mock: _mock, payment_intents: _intents, ...older } = current.data;
    expect(restoreDb(JSON.stringify({ version: 1, data: older }))).toBe(false);
    expect(restoreDb(JSON.stringify({ version: 1, data: current.data }))).toBe(false);
    expect(getChargeEra()).toBe('payment-intent');
  });
});
