// The fake Stripe HTTP API (mocks/handlers/fake-stripe.ts, docs/payments.md): retrieving and
// confirming PaymentIntents with Stripe's test PaymentMethods, and the 3-D Secure test page, in
// vitest and over real HTTP (mocks/http-server.ts).
import type { AddressInfo } from 'node:net';
import { bypass } from 'msw';
import { env } from '@/config/env';
import { setChargeEra } from '@mocks/charge-era';
import { db } from '@mocks/db';
import { createMockHttpServer } from '@mocks/http-server';
import { MOCK_STRIPE, SEED } from '@mocks/seed';
import {
  callFakeStripe,
  chargeForIntent,
  paymentIntentSchema,
  placePendingOrder,
  postJson,
  stripeError,
  type PaymentIntentJson,
} from './support';

const KEY = MOCK_STRIPE.organizerPublishableKey;
const RETURN_URL = 'http://localhost:3000/orders/some-order/view';
const AUTHENTICATION_FAILURE =
  'The provided PaymentMethod has failed authentication. You can provide payment_method_data or a new PaymentMethod to attempt to fulfill this PaymentIntent again.';

beforeEach(() => {
  setChargeEra('payment-intent');
});

/** A fresh PaymentIntent for a US$25 order, made by the PaymentIntent-era charge. */
async function newIntent(): Promise<PaymentIntentJson> {
  const order = await placePendingOrder([{ id: SEED.tickets.paid, quantity: 1 }]);
  return chargeForIntent(order.identifier);
}

function retrieve(intent: PaymentIntentJson, fields: Record<string, string> = {}) {
  return callFakeStripe('GET', `/v1/payment_intents/${intent.id}`, {
    key: KEY,
    client_secret: intent.client_secret,
    ...fields,
  });
}

function confirm(
  intent: PaymentIntentJson,
  paymentMethod: string,
  fields: Record<string, string> = {},
) {
  return callFakeStripe('POST', `/v1/payment_intents/${intent.id}/confirm`, {
    key: KEY,
    client_secret: intent.client_secret,
    payment_method: paymentMethod,
    ...fields,
  });
}

function intentOf(reply: { body: unknown }): PaymentIntentJson {
  return paymentIntentSchema.parse(reply.body);
}

/** An intent waiting for its 3-D Secure check. */
async function intentAwaitingAuthentication(returnUrl = RETURN_URL) {
  const intent = await newIntent();
  const reply = await confirm(intent, 'pm_card_authenticationRequired', { return_url: returnUrl });
  expect(reply.status).toBe(200);
  return intentOf(reply);
}

function authenticate(intent: PaymentIntentJson, outcome: string, accept?: string) {
  return callFakeStripe(
    'POST',
    `/3ds/${intent.id}`,
    { client_secret: intent.client_secret, outcome },
    accept ? { Accept: accept } : {},
  );
}

describe('GET <fake Stripe>/v1/payment_intents/{id}', () => {
  it('returns the PaymentIntent, client secret included, for the owning account’s publishable key', async () => {
    const intent = await newIntent();
    const reply = await retrieve(intent);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(intentOf(reply)).toEqual(intent);
  });

  it('answers 404 resource_missing for another account’s key and for an unknown id', async () => {
    const intent = await newIntent();
    const notFound = {
      type: 'invalid_request_error',
      code: 'resource_missing',
      param: 'intent',
      message: `No such payment_intent: '${intent.id}'`,
    };
    const otherKey = await retrieve(intent, { key: MOCK_STRIPE.testPublishableKey });
    expect(otherKey.status).toBe(404);
    expect(stripeError(otherKey)).toEqual(notFound);

    const unknown = await callFakeStripe('GET', '/v1/payment_intents/pi_unknown', {
      key: KEY,
      client_secret: 'pi_unknown_secret_x',
    });
    expect(unknown.status).toBe(404);
    expect(stripeError(unknown).message).toBe("No such payment_intent: 'pi_unknown'");
  });

  it('answers 400 for a wrong or missing client secret', async () => {
    const intent = await newIntent();
    const expected = {
      type: 'invalid_request_error',
      message:
        'The client_secret provided does not match any associated PaymentIntent on this account.',
    };
    const wrong = await retrieve(intent, { client_secret: `${intent.id}_secret_wrong` });
    expect(wrong.status).toBe(400);
    expect(stripeError(wrong)).toEqual(expected);
    const missing = await callFakeStripe('GET', `/v1/payment_intents/${intent.id}`, { key: KEY });
    expect(missing.status).toBe(400);
    expect(stripeError(missing)).toEqual(expected);
  });

  it('answers 401 without a publishable key', async () => {
    const intent = await newIntent();
    const reply = await callFakeStripe('GET', `/v1/payment_intents/${intent.id}`, {
      client_secret: intent.client_secret,
    });
    expect(reply.status).toBe(401);
    expect(stripeError(reply)).toEqual({
      type: 'invalid_request_error',
      message: 'You did not provide an API key.',
    });
  });
});

describe('POST <fake Stripe>/v1/payment_intents/{id}/confirm', () => {
  it.each([
    ['pm_card_visa', 'visa', '4242'],
    ['pm_card_mastercard', 'mastercard', '4444'],
  ])('succeeds with %s and keeps the %s card for verify', async (paymentMethod, brand, last4) => {
    const intent = await newIntent();
    const reply = await confirm(intent, paymentMethod);
    expect(reply.status).toBe(200);
    const confirmed = intentOf(reply);
    expect(confirmed).toMatchObject({
      id: intent.id,
      status: 'succeeded',
      payment_method: paymentMethod,
      last_payment_error: null,
      next_action: null,
    });
    expect(confirmed.latest_charge).toMatch(/^ch_/);
    expect(db.payment_intents.find((entry) => entry.id === intent.id)?.card).toEqual({
      brand,
      last4,
      exp_month: 12,
      exp_year: new Date().getUTCFullYear() + 2,
    });
  });

  it.each([
    ['pm_card_chargeDeclined', 'card_declined', 'generic_decline', 'Your card was declined.'],
    [
      'pm_card_chargeDeclinedInsufficientFunds',
      'card_declined',
      'insufficient_funds',
      'Your card has insufficient funds.',
    ],
    ['pm_card_chargeDeclinedExpiredCard', 'expired_card', 'expired_card', 'Your card has expired.'],
    [
      'pm_card_chargeDeclinedIncorrectCvc',
      'incorrect_cvc',
      'incorrect_cvc',
      "Your card's security code is incorrect.",
    ],
    [
      'pm_card_chargeDeclinedProcessingError',
      'processing_error',
      'processing_error',
      'An error occurred while processing your card. Try again in a little bit.',
    ],
  ])(
    'declines %s with 402, code %s, decline code %s and the intent open to pay again',
    async (paymentMethod, code, declineCode, message) => {
      const intent = await newIntent();
      const reply = await confirm(intent, paymentMethod);
      expect(reply.status).toBe(402);
      const body = stripeError(reply);
      expect(body).toMatchObject({ type: 'card_error', code, decline_code: declineCode, message });
      expect(body.payment_intent).toMatchObject({
        id: intent.id,
        status: 'requires_payment_method',
        last_payment_error: { type: 'card_error', code, decline_code: declineCode, message },
      });
      const retried = await confirm(intent, 'pm_card_visa');
      expect(intentOf(retried)).toMatchObject({ status: 'succeeded', last_payment_error: null });
    },
  );

  it('asks for 3-D Secure with pm_card_authenticationRequired: requires_action and a redirect to the test page', async () => {
    const intent = await newIntent();
    const reply = await confirm(intent, 'pm_card_authenticationRequired', {
      return_url: RETURN_URL,
    });
    expect(reply.status).toBe(200);
    expect(intentOf(reply)).toMatchObject({
      status: 'requires_action',
      payment_method: 'pm_card_authenticationRequired',
      next_action: {
        type: 'redirect_to_url',
        redirect_to_url: {
          url: `${env.fakeStripeApi}/3ds/${intent.id}?client_secret=${intent.client_secret}`,
          return_url: RETURN_URL,
        },
      },
    });
  });

  it('needs a return_url for the card that asks for 3-D Secure', async () => {
    const intent = await newIntent();
    const reply = await confirm(intent, 'pm_card_authenticationRequired');
    expect(reply.status).toBe(400);
    expect(stripeError(reply)).toMatchObject({
      type: 'invalid_request_error',
      param: 'return_url',
    });
    expect((await retrieve(intent)).body).toMatchObject({ status: 'requires_payment_method' });
  });

  it('answers 400 resource_missing for a PaymentMethod that is not a test one', async () => {
    const intent = await newIntent();
    const reply = await confirm(intent, 'pm_card_unknown');
    expect(reply.status).toBe(400);
    expect(stripeError(reply)).toEqual({
      type: 'invalid_request_error',
      code: 'resource_missing',
      param: 'payment_method',
      message: "No such PaymentMethod: 'pm_card_unknown'",
    });
  });

  it('checks the key and the client secret like the GET does', async () => {
    const intent = await newIntent();
    const wrongKey = await confirm(intent, 'pm_card_visa', { key: MOCK_STRIPE.testPublishableKey });
    expect(wrongKey.status).toBe(404);
    expect(stripeError(wrongKey).code).toBe('resource_missing');
    const wrongSecret = await confirm(intent, 'pm_card_visa', { client_secret: 'nope' });
    expect(wrongSecret.status).toBe(400);
    expect((await retrieve(intent)).body).toMatchObject({ status: 'requires_payment_method' });
  });

  it('refuses to confirm a PaymentIntent that has already succeeded: 400 payment_intent_unexpected_state', async () => {
    const intent = await newIntent();
    await confirm(intent, 'pm_card_visa');
    const reply = await confirm(intent, 'pm_card_visa');
    expect(reply.status).toBe(400);
    const body = stripeError(reply);
    expect(body).toMatchObject({
      type: 'invalid_request_error',
      code: 'payment_intent_unexpected_state',
    });
    expect(body.message).toMatch(/^This PaymentIntent's status is succeeded/);
    expect(body.payment_intent).toMatchObject({ id: intent.id, status: 'succeeded' });
  });
});

describe('the 3-D Secure test page, <fake Stripe>/3ds/{id}', () => {
  it('is an HTML page with its title, the amount and the two buttons in a form back to itself', async () => {
    const intent = await intentAwaitingAuthentication();
    const reply = await callFakeStripe('GET', `/3ds/${intent.id}`, {
      client_secret: intent.client_secret,
    });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('Content-Type')).toMatch(/^text\/html/);
    const page = new DOMParser().parseFromString(reply.text, 'text/html');
    expect(page.title).toBe('3D Secure test page');
    expect(page.querySelector('h1')?.textContent).toBeTruthy();
    expect(page.body.textContent).toContain('$25.00');
    const form = page.querySelector('form');
    expect(form?.getAttribute('method')).toBe('post');
    expect(form?.getAttribute('action')).toBe(`${env.fakeStripeApi}/3ds/${intent.id}`);
    expect(
      form?.querySelector<HTMLInputElement>('input[type="hidden"][name="client_secret"]')?.value,
    ).toBe(intent.client_secret);
    const buttons = [...(form?.querySelectorAll('button[type="submit"]') ?? [])].map((button) => [
      button.textContent,
      button.getAttribute('name'),
      button.getAttribute('value'),
    ]);
    expect(buttons).toEqual([
      ['Complete authentication', 'outcome', 'complete'],
      ['Fail authentication', 'outcome', 'fail'],
    ]);
  });

  it('answers Accept: application/json with the amount for the in-app page, and 404 for a wrong secret', async () => {
    const intent = await intentAwaitingAuthentication();
    const reply = await callFakeStripe(
      'GET',
      `/3ds/${intent.id}`,
      { client_secret: intent.client_secret },
      { Accept: 'application/json' },
    );
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      id: intent.id,
      amount: 2500,
      currency: 'usd',
      status: 'requires_action',
    });
    const wrong = await callFakeStripe(
      'GET',
      `/3ds/${intent.id}`,
      { client_secret: 'nope' },
      { Accept: 'application/json' },
    );
    expect(wrong.status).toBe(404);
    expect(stripeError(wrong)).toMatchObject({ code: 'resource_missing' });
  });

  it('completes the PaymentIntent and sends the browser back with a 303 and Stripe’s query', async () => {
    const order = await placePendingOrder([{ id: SEED.tickets.paid, quantity: 1 }]);
    const intent = await chargeForIntent(order.identifier);
    await confirm(intent, 'pm_card_authenticationRequired', { return_url: RETURN_URL });
    const reply = await authenticate(intent, 'complete');
    expect(reply.status).toBe(303);
    expect(reply.headers.get('Location')).toBe(
      `${RETURN_URL}?payment_intent=${intent.id}&payment_intent_client_secret=${intent.client_secret}&redirect_status=succeeded`,
    );
    expect((await retrieve(intent)).body).toMatchObject({
      status: 'succeeded',
      next_action: null,
    });
    expect((await postJson(`/v1/orders/${order.identifier}/verify`, {})).body).toEqual({
      payment_status: 'completed',
    });
    expect(order).toMatchObject({ brand: 'visa', last4: '3184' });
  });

  it('fails the check: requires_payment_method with Stripe’s authentication error, and redirect_status failed', async () => {
    const intent = await intentAwaitingAuthentication(`${RETURN_URL}?from=checkout`);
    const reply = await authenticate(intent, 'fail');
    expect(reply.status).toBe(303);
    expect(reply.headers.get('Location')).toBe(
      `${RETURN_URL}?from=checkout&payment_intent=${intent.id}&payment_intent_client_secret=${intent.client_secret}&redirect_status=failed`,
    );
    expect((await retrieve(intent)).body).toMatchObject({
      status: 'requires_payment_method',
      next_action: null,
      last_payment_error: {
        type: 'card_error',
        code: 'payment_intent_authentication_failure',
        message: AUTHENTICATION_FAILURE,
      },
    });
  });

  it('answers a fetch that accepts JSON with the redirect target instead of a 303', async () => {
    const intent = await intentAwaitingAuthentication();
    const reply = await authenticate(intent, 'complete', 'application/json');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      redirect_to: `${RETURN_URL}?payment_intent=${intent.id}&payment_intent_client_secret=${intent.client_secret}&redirect_status=succeeded`,
    });
  });

  it('refuses an outcome once the PaymentIntent no longer requires action', async () => {
    const intent = await intentAwaitingAuthentication();
    await authenticate(intent, 'complete');
    const reply = await authenticate(intent, 'fail');
    expect(reply.status).toBe(400);
    expect(stripeError(reply).code).toBe('payment_intent_unexpected_state');
    expect((await retrieve(intent)).body).toMatchObject({ status: 'succeeded' });
  });

  it('refuses an outcome other than complete or fail', async () => {
    const intent = await intentAwaitingAuthentication();
    const reply = await authenticate(intent, 'maybe');
    expect(reply.status).toBe(400);
    expect(stripeError(reply).param).toBe('outcome');
  });
});

describe('the fake Stripe over real HTTP (mocks/http-server.ts)', () => {
  const APP_ORIGIN = 'http://127.0.0.1:4174';
  let base = '';
  let close: () => Promise<void> = () => Promise.resolve();

  beforeEach(async () => {
    const server = createMockHttpServer(env.apiHost);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    base = `http://127.0.0.1:${port}${new URL(env.fakeStripeApi).pathname}`;
    close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  });

  afterEach(async () => {
    await close();
  });

  /** A request from the app's page on another origin, past MSW to the real server. */
  function fromApp(path: string, init: RequestInit = {}) {
    const headers = new Headers(init.headers);
    headers.set('Origin', APP_ORIGIN);
    return fetch(bypass(new Request(`${base}${path}`, { ...init, headers, redirect: 'manual' })));
  }

  const form = (fields: Record<string, string>): RequestInit => ({
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });

  it('confirms a form-encoded cross-origin POST with the CORS header the browser needs', async () => {
    const intent = await newIntent();
    const response = await fromApp(
      `/v1/payment_intents/${intent.id}/confirm`,
      form({ key: KEY, client_secret: intent.client_secret, payment_method: 'pm_card_visa' }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(paymentIntentSchema.parse(await response.json())).toMatchObject({
      status: 'succeeded',
    });
  });

  it('serves the HTML test page and answers its form with a 303 to the return URL', async () => {
    const intent = await intentAwaitingAuthentication();
    const page = await fromApp(`/3ds/${intent.id}?client_secret=${intent.client_secret}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('<title>3D Secure test page</title>');

    const submitted = await fromApp(
      `/3ds/${intent.id}`,
      form({ client_secret: intent.client_secret, outcome: 'complete' }),
    );
    expect(submitted.status).toBe(303);
    expect(submitted.headers.get('Location')).toBe(
      `${RETURN_URL}?payment_intent=${intent.id}&payment_intent_client_secret=${intent.client_secret}&redirect_status=succeeded`,
    );
    expect(submitted.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });
});
