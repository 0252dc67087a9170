// Stripe Connect authorizations (docs/server-contract.md, "Stripe authorization").
import { db } from '@mocks/db';
import { MOCK_STRIPE, SEED } from '@mocks/seed';
import { createMockAuthorizationCode } from '@mocks/stripe-connect';
import { call, doc, error, fixtureAttributeKeys, readFixture, type Caller } from './support';

const SECRETS = /sk_(live|test)_|rt_|acct_|stripe-secret|refresh|stripe-user-id/;

/** The vendored request with a real-looking code and the event to connect. */
function connectBody(eventId: number, code: string | null = createMockAuthorizationCode()) {
  const example = readFixture('stripe-authorizations-post-request.json') as {
    data: { type: string; attributes: Record<string, unknown>; relationships: unknown };
  };
  const attributes: Record<string, unknown> = {
    ...example.data.attributes,
    // The frontend also sends the platform's key; the server ignores it (dump-only).
    'stripe-publishable-key': MOCK_STRIPE.testPublishableKey,
  };
  if (code === null) delete attributes['stripe-auth-code'];
  else attributes['stripe-auth-code'] = code;
  return {
    data: {
      ...example.data,
      attributes,
      relationships: { event: { data: { type: 'event', id: String(eventId) } } },
    },
  };
}

/** The JPY event, switched to accept Stripe so that it can be connected. */
function jpyEventAcceptingStripe() {
  const event = db.events.find((candidate) => candidate.id === SEED.jpyEvent.id);
  if (!event) throw new Error('The seed has no JPY event.');
  event.can_pay_by_stripe = true;
  return event;
}

async function connect(eventId: number, options: { as?: Caller; code?: string | null } = {}) {
  return call('POST', '/v1/stripe-authorizations', {
    as: options.as ?? 'organizer',
    body: connectBody(eventId, options.code),
  });
}

describe('POST /v1/stripe-authorizations', () => {
  it('connects Stripe: 201, Location, a pk_test_ key from the exchange, and the event linked', async () => {
    const event = jpyEventAcceptingStripe();
    const reply = await connect(event.id);
    expect(reply.status).toBe(201);
    const document = doc(reply);
    expect(reply.headers.get('Location')).toBe(document.data.links.self);
    expect(document.data.links.self).toBe(`/v1/stripe-authorizations/${document.data.id}`);
    expect(Object.keys(document.data.attributes)).toEqual(
      fixtureAttributeKeys('stripe-authorizations-post-response.json'),
    );
    const key = document.data.attributes['stripe-publishable-key'];
    expect(key).toMatch(/^pk_test_/);
    expect(key).not.toBe(MOCK_STRIPE.testPublishableKey);
    expect(document.data.relationships?.event?.links).toEqual({
      self: `/v1/stripe-authorizations/${document.data.id}/relationships/event`,
      related: `/v1/events/${event.id}`,
    });
    expect(event.is_stripe_linked).toBe(true);
    const eventReply = doc(await call('GET', `/v1/events/${event.id}`));
    expect(eventReply.data.attributes['is-stripe-linked']).toBe(true);
  });

  it('stores the connected account secrets but never sends them', async () => {
    jpyEventAcceptingStripe();
    const reply = await connect(SEED.jpyEvent.id);
    const stored = db.stripeAuthorizations.find((entry) => entry.event_id === SEED.jpyEvent.id);
    expect(stored?.stripe_secret_key).toMatch(/^sk_test_/);
    expect(JSON.stringify(reply.body)).not.toMatch(SECRETS);
    expect(JSON.stringify(reply.body)).not.toContain('stripe-auth-code');
    const read = await call('GET', `/v1/events/${SEED.jpyEvent.id}/stripe-authorization`, {
      as: 'buyer',
    });
    expect(JSON.stringify(read.body)).not.toMatch(SECRETS);
  });

  it('1: requires stripe-auth-code, as a validation error', async () => {
    const reply = await connect(SEED.usdEvent.id, { code: null });
    expect(reply.status).toBe(422);
    expect(error(reply)).toEqual({
      status: '422',
      source: { pointer: '/data/attributes/stripe-auth-code' },
      title: 'Validation error',
      detail: 'Missing data for required field.',
    });
  });

  it('2: requires the event relationship', async () => {
    const body = connectBody(SEED.usdEvent.id);
    const reply = await call('POST', '/v1/stripe-authorizations', {
      as: 'organizer',
      body: { data: { type: body.data.type, attributes: body.data.attributes } },
    });
    expect(reply.status).toBe(422);
    expect(error(reply)).toMatchObject({
      status: 422,
      source: { pointer: '/data/relationships/event' },
    });
  });

  it('3: refuses anyone but the organizer', async () => {
    jpyEventAcceptingStripe();
    const reply = await connect(SEED.jpyEvent.id, { as: 'buyer' });
    expect(reply.status).toBe(403);
    expect(error(reply)).toEqual({
      status: 403,
      source: { source: '' },
      title: 'Access Forbidden',
      detail: 'Minimum Organizer access required',
    });
  });

  it('4: refuses an event that does not accept Stripe', async () => {
    const reply = await connect(SEED.jpyEvent.id);
    expect(reply.status).toBe(403);
    expect(error(reply)).toEqual({
      status: 403,
      source: { pointer: '' },
      title: 'Access Forbidden',
      detail: 'Stripe payment is disabled for this Event',
    });
  });

  it('5: answers 409 when the event already has an authorization', async () => {
    const reply = await connect(SEED.usdEvent.id);
    expect(reply.status).toBe(409);
    expect(error(reply)).toEqual({
      status: 409,
      source: { pointer: '/data/relationships/event' },
      title: 'Conflict',
      detail: 'Stripe Authorization already exists for this event',
    });
  });

  it('6: refuses when the platform has no Stripe keys', async () => {
    jpyEventAcceptingStripe();
    db.settings.stripe_test_secret_key = null;
    const reply = await connect(SEED.jpyEvent.id);
    expect(reply.status).toBe(403);
    expect(error(reply)).toMatchObject({
      source: { pointer: '' },
      detail: "Stripe payment isn't configured properly for the Platform",
    });
  });

  it('6: answers 422 on /data/stripe_auth_code for a code Stripe would not accept', async () => {
    jpyEventAcceptingStripe();
    const reply = await connect(SEED.jpyEvent.id, { code: 'example' });
    expect(reply.status).toBe(422);
    expect(error(reply)).toEqual({
      status: 422,
      source: { pointer: '/data/stripe_auth_code' },
      title: 'Unprocessable Entity',
      detail: 'Authorization code provided does not belong to you',
    });
    expect(db.events.find((event) => event.id === SEED.jpyEvent.id)?.is_stripe_linked).toBe(false);
  });

  it('6: accepts each code once, so a reused code is a 422', async () => {
    jpyEventAcceptingStripe();
    const code = createMockAuthorizationCode();
    expect((await connect(SEED.jpyEvent.id, { code })).status).toBe(201);
    await call('DELETE', `/v1/events/${SEED.jpyEvent.id}/stripe-authorization`, {
      as: 'organizer',
    });

    const reused = await connect(SEED.jpyEvent.id, { code });
    expect(reused.status).toBe(422);
    expect(error(reused)).toMatchObject({
      source: { pointer: '/data/stripe_auth_code' },
      detail:
        'This authorization code has already been used. All tokens issued with this code have been revoked.',
    });
  });
});

describe('reading a Stripe authorization', () => {
  it('lets any logged-in user read it by event id or identifier, with the vendored attributes', async () => {
    for (const path of [SEED.usdEvent.id, SEED.usdEvent.identifier]) {
      const reply = await call('GET', `/v1/events/${path}/stripe-authorization`, { as: 'buyer' });
      expect(reply.status).toBe(200);
      const document = doc(reply);
      expect(document.data).toMatchObject({
        type: 'stripe-authorization',
        id: String(SEED.stripeAuthorizationId),
        attributes: { 'stripe-publishable-key': MOCK_STRIPE.organizerPublishableKey },
      });
      expect(Object.keys(document.data.attributes)).toEqual(
        fixtureAttributeKeys('events-stripe-authorization-get-response.json'),
      );
    }
  });

  it('reads it by its own id', async () => {
    const reply = await call('GET', `/v1/stripe-authorizations/${SEED.stripeAuthorizationId}`, {
      as: 'buyer',
    });
    expect(doc(reply).data.links.self).toBe(
      `/v1/stripe-authorizations/${SEED.stripeAuthorizationId}`,
    );
  });

  it('requires a JWT', async () => {
    const reply = await call('GET', `/v1/events/${SEED.usdEvent.id}/stripe-authorization`);
    expect(reply.status).toBe(401);
  });

  it('answers 404 on event_id for an event without one, and on event_identifier for an unknown event', async () => {
    const none = await call('GET', `/v1/events/${SEED.jpyEvent.id}/stripe-authorization`, {
      as: 'organizer',
    });
    expect(none.status).toBe(404);
    expect(error(none)).toEqual({
      status: '404',
      source: { parameter: 'event_id' },
      title: 'Object not found',
      detail: `StripeAuthorization: ${SEED.jpyEvent.id} not found`,
    });

    const unknown = await call('GET', '/v1/events/0badc0de/stripe-authorization', {
      as: 'organizer',
    });
    expect(error(unknown).source).toEqual({ parameter: 'event_identifier' });
  });

  it('answers 404 ObjectNotFound for an unknown id', async () => {
    const reply = await call('GET', '/v1/stripe-authorizations/5', { as: 'organizer' });
    expect(error(reply)).toMatchObject({
      source: { parameter: 'id' },
      detail: 'StripeAuthorization: 5 not found',
    });
  });
});

describe('disconnecting Stripe', () => {
  it('deletes by id with the meta message and unlinks the event', async () => {
    const reply = await call('DELETE', `/v1/stripe-authorizations/${SEED.stripeAuthorizationId}`, {
      as: 'organizer',
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual(readFixture('stripe-authorizations-detail-delete-response.json'));
    const event = doc(await call('GET', `/v1/events/${SEED.usdEvent.id}`));
    expect(event.data.attributes['is-stripe-linked']).toBe(false);
    const gone = await call('GET', `/v1/events/${SEED.usdEvent.id}/stripe-authorization`, {
      as: 'organizer',
    });
    expect(gone.status).toBe(404);
  });

  it('deletes by the event path too', async () => {
    const reply = await call(
      'DELETE',
      `/v1/events/${SEED.usdEvent.identifier}/stripe-authorization`,
      {
        as: 'organizer',
      },
    );
    expect(reply.status).toBe(200);
    expect(db.stripeAuthorizations).toHaveLength(0);
  });

  it('requires the organizer in the mock, although the server checks only the JWT', async () => {
    const reply = await call('DELETE', `/v1/stripe-authorizations/${SEED.stripeAuthorizationId}`, {
      as: 'buyer',
    });
    expect(reply.status).toBe(403);
    expect(db.stripeAuthorizations).toHaveLength(1);
  });

  it('lets the event be connected again after a disconnect, with a new code', async () => {
    await call('DELETE', `/v1/stripe-authorizations/${SEED.stripeAuthorizationId}`, {
      as: 'organizer',
    });
    const reply = await connect(SEED.usdEvent.id);
    expect(reply.status).toBe(201);
    expect(doc(reply).data.id).not.toBe(String(SEED.stripeAuthorizationId));
  });
});

describe('PATCH /v1/stripe-authorizations/{id}', () => {
  it('answers 200 with the same key, as the server has no exchange on update', async () => {
    const body = readFixture('stripe-authorizations-detail-patch-request.json');
    const reply = await call('PATCH', `/v1/stripe-authorizations/${SEED.stripeAuthorizationId}`, {
      as: 'organizer',
      body,
    });
    expect(reply.status).toBe(200);
    expect(doc(reply).data.attributes).toEqual({
      'stripe-publishable-key': MOCK_STRIPE.organizerPublishableKey,
    });
  });
});
