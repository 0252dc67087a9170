// Events: create, read, update, delete (docs/server-contract.md, "Events"; identifiers in
// "Conventions").
import { db } from '@mocks/db';
import { buildEvent } from '@mocks/factories';
import { SEED } from '@mocks/seed';
import {
  addUser,
  call,
  daysFromNow,
  doc,
  error,
  errors,
  fixtureAttributeKeys,
  list,
  readFixture,
} from './support';

type Attributes = Record<string, unknown>;

/** The vendored request, with its dates moved to the future. */
function exampleRequest(overrides: Attributes = {}) {
  const example = readFixture('events-post-request.json') as {
    data: { type: string; attributes: Attributes };
  };
  return {
    data: {
      ...example.data,
      attributes: {
        ...example.data.attributes,
        'starts-at': daysFromNow(40),
        'ends-at': daysFromNow(41),
        ...overrides,
      },
    },
  };
}

function eventBody(attributes: Attributes) {
  return { data: { type: 'event', attributes } };
}

const minimal = (overrides: Attributes = {}) =>
  eventBody({
    name: 'Minimal Meetup',
    'starts-at': daysFromNow(10),
    'ends-at': daysFromNow(11),
    timezone: 'Europe/Berlin',
    ...overrides,
  });

describe('POST /v1/events', () => {
  it('creates an event from the vendored example and answers every attribute of the vendored response', async () => {
    const reply = await call('POST', '/v1/events', { as: 'organizer', body: exampleRequest() });
    expect(reply.status).toBe(201);
    const document = doc(reply);
    expect(Object.keys(document.data.attributes)).toEqual(
      expect.arrayContaining(fixtureAttributeKeys('events-post-response.json')),
    );
    // The example sends booleans and numbers as strings; the reply has real JSON types.
    expect(document.data.attributes).toMatchObject({
      name: 'example',
      state: 'draft',
      'is-map-shown': true,
      'can-pay-onsite': true,
      'can-pay-by-paypal': false,
      latitude: 1.23456789,
      'is-stripe-linked': false,
      'payment-currency': 'USD',
    });
  });

  it('answers 201 with a Location header equal to data.links.self', async () => {
    const reply = await call('POST', '/v1/events', { as: 'organizer', body: minimal() });
    const document = doc(reply);
    expect(reply.headers.get('Location')).toBe(document.data.links.self);
    expect(document.data.links.self).toBe(`/v1/events/${document.data.id}`);
    expect(document.data.id).toMatch(/^\d+$/);
  });

  it('ignores is-stripe-linked and identifier sent by the client and generates an 8-hex identifier', async () => {
    const reply = await call('POST', '/v1/events', {
      as: 'organizer',
      body: minimal({
        'is-stripe-linked': true,
        identifier: 'deadbeef',
        'created-at': '2000-01-01T00:00:00Z',
      }),
    });
    expect(reply.status).toBe(201);
    const { attributes } = doc(reply).data;
    expect(attributes['is-stripe-linked']).toBe(false);
    expect(attributes.identifier).not.toBe('deadbeef');
    expect(attributes.identifier).toMatch(/^[0-9a-f]{8}$/);
    expect(attributes.identifier).toMatch(/\D/);
    expect(attributes['created-at']).not.toMatch(/^2000/);
  });

  it('defaults every can-pay flag to false and the state to draft', async () => {
    const { attributes } = doc(
      await call('POST', '/v1/events', { as: 'organizer', body: minimal() }),
    ).data;
    const flags = Object.entries(attributes).filter(([key]) => key.startsWith('can-pay'));
    expect(flags.length).toBeGreaterThanOrEqual(9);
    expect(flags.every(([, value]) => value === false)).toBe(true);
    expect(attributes.state).toBe('draft');
  });

  it('accepts snake_case attribute keys as marshmallow 2 does, and answers dasherized ones', async () => {
    const reply = await call('POST', '/v1/events', {
      as: 'organizer',
      body: eventBody({
        name: 'Snake Case Summit',
        starts_at: daysFromNow(5),
        ends_at: daysFromNow(6),
        timezone: 'UTC',
        can_pay_by_stripe: 'true',
        payment_currency: 'EUR',
      }),
    });
    expect(reply.status).toBe(201);
    const { attributes } = doc(reply).data;
    expect(attributes).toMatchObject({ 'can-pay-by-stripe': true, 'payment-currency': 'EUR' });
    expect(attributes).not.toHaveProperty('can_pay_by_stripe');
  });

  it('requires name, starts-at, ends-at and timezone, one validation error each', async () => {
    const reply = await call('POST', '/v1/events', { as: 'organizer', body: eventBody({}) });
    expect(reply.status).toBe(422);
    expect(errors(reply).map((entry) => [entry.status, entry.source, entry.detail])).toEqual(
      ['name', 'starts-at', 'ends-at', 'timezone'].map((field) => [
        '422',
        { pointer: `/data/attributes/${field}` },
        'Missing data for required field.',
      ]),
    );
  });

  it('rejects an unknown timezone with the pytz message', async () => {
    const reply = await call('POST', '/v1/events', {
      as: 'organizer',
      body: minimal({ timezone: 'Mars/Olympus_Mons' }),
    });
    expect(reply.status).toBe(422);
    expect(error(reply)).toEqual({
      status: '422',
      source: { pointer: '/data/attributes/timezone' },
      title: 'Validation error',
      detail: "Unknown timezone: 'Mars/Olympus_Mons'",
    });
  });

  it('accepts UTC and IANA timezone names', async () => {
    for (const timezone of ['UTC', 'Asia/Kolkata', 'America/Argentina/Buenos_Aires']) {
      const reply = await call('POST', '/v1/events', {
        as: 'organizer',
        body: minimal({ timezone }),
      });
      expect(reply.status).toBe(201);
    }
  });

  it('rejects a state other than draft or published', async () => {
    const reply = await call('POST', '/v1/events', {
      as: 'organizer',
      body: minimal({ state: 'cancelled' }),
    });
    expect(reply.status).toBe(422);
    expect(error(reply)).toMatchObject({ source: { pointer: '/data/attributes/state' } });
  });

  it('refuses an unverified user with 403 Please verify your Email', async () => {
    const unverified = addUser({ is_verified: false });
    const reply = await call('POST', '/v1/events', { as: unverified, body: minimal() });
    expect(reply.status).toBe(403);
    expect(error(reply)).toEqual({
      status: 403,
      source: { source: '' },
      title: 'Access Forbidden',
      detail: 'Please verify your Email',
    });
  });

  it('answers 409 when publishing an event without a name', async () => {
    const reply = await call('POST', '/v1/events', {
      as: 'organizer',
      body: minimal({ name: '', state: 'published' }),
    });
    expect(reply.status).toBe(409);
    expect(error(reply)).toEqual({
      status: 409,
      source: { pointer: '/data/attributes/name' },
      title: 'Conflict',
      detail: 'Event Name is required to publish the event',
    });
  });

  it('rejects a published event that ends before it starts', async () => {
    const reply = await call('POST', '/v1/events', {
      as: 'organizer',
      body: minimal({
        state: 'published',
        'starts-at': daysFromNow(10),
        'ends-at': daysFromNow(9),
      }),
    });
    expect(reply.status).toBe(422);
    expect(error(reply)).toEqual({
      status: 422,
      source: { pointer: '/data/attributes/ends-at' },
      title: 'Unprocessable Entity',
      detail: 'ends-at should be after starts-at',
    });
  });

  it('rejects a published event longer than 20 days', async () => {
    const reply = await call('POST', '/v1/events', {
      as: 'organizer',
      body: minimal({
        state: 'published',
        'starts-at': daysFromNow(10),
        'ends-at': daysFromNow(31),
      }),
    });
    expect(reply.status).toBe(422);
    expect(error(reply)).toMatchObject({
      status: 422,
      source: { pointer: '/data/attributes/ends-at' },
      detail: 'Event duration can not be more than 20 days',
    });
  });

  it('checks the dates of drafts only once they are published', async () => {
    const reply = await call('POST', '/v1/events', {
      as: 'organizer',
      body: minimal({ 'starts-at': daysFromNow(10), 'ends-at': daysFromNow(9) }),
    });
    expect(reply.status).toBe(201);
    const id = doc(reply).data.id;

    const publish = await call('PATCH', `/v1/events/${id}`, {
      as: 'organizer',
      body: { data: { type: 'event', id, attributes: { state: 'published' } } },
    });
    expect(publish.status).toBe(422);
    expect(error(publish).detail).toBe('ends-at should be after starts-at');
  });

  it('requires a JWT', async () => {
    const reply = await call('POST', '/v1/events', { body: minimal() });
    expect(reply.status).toBe(401);
  });
});

describe('GET /v1/events/{id|identifier}', () => {
  it('finds an event by identifier and by id', async () => {
    const byIdentifier = doc(await call('GET', `/v1/events/${SEED.usdEvent.identifier}`));
    const byId = doc(await call('GET', `/v1/events/${SEED.usdEvent.id}`));
    expect(byIdentifier.data).toEqual(byId.data);
    expect(byId.data.attributes).toMatchObject({
      name: 'Open Source Summit Demo',
      identifier: SEED.usdEvent.identifier,
      timezone: 'America/Los_Angeles',
    });
  });

  it('shows anonymous callers the payment fields', async () => {
    const { attributes } = doc(await call('GET', `/v1/events/${SEED.usdEvent.identifier}`)).data;
    expect(attributes).toMatchObject({
      'can-pay-by-stripe': true,
      'is-stripe-linked': true,
      'payment-currency': 'USD',
    });
    expect(attributes).not.toHaveProperty('completed-order-sales');
  });

  it('hides a draft from anonymous callers and other users with a 404', async () => {
    for (const caller of ['anonymous', 'buyer'] as const) {
      const reply = await call('GET', `/v1/events/${SEED.draftEvent.identifier}`, { as: caller });
      expect(reply.status).toBe(404);
      expect(error(reply)).toEqual({
        status: '404',
        source: { parameter: '{id}' },
        title: 'Object not found',
        detail: 'Event: not found',
      });
    }
  });

  it('shows a draft to its organizer and to an admin', async () => {
    for (const caller of ['organizer', 'admin'] as const) {
      const reply = await call('GET', `/v1/events/${SEED.draftEvent.id}`, { as: caller });
      expect(reply.status).toBe(200);
      expect(doc(reply).data.attributes.state).toBe('draft');
    }
  });

  it('answers 404 naming the identifier parameter for an unknown identifier', async () => {
    const reply = await call('GET', '/v1/events/abcdef12');
    expect(error(reply)).toMatchObject({
      source: { parameter: 'identifier' },
      detail: 'Event: abcdef12 not found',
    });
  });

  it('includes the tickets and the Stripe authorization when asked', async () => {
    const reply = await call(
      'GET',
      `/v1/events/${SEED.usdEvent.identifier}?include=tickets,stripe-authorization`,
    );
    const document = doc(reply);
    expect(document.data.relationships?.['stripe-authorization']?.data).toEqual({
      type: 'stripe-authorization',
      id: String(SEED.stripeAuthorizationId),
    });
    const included = document.included ?? [];
    const prices = included
      .filter((resource) => resource.type === 'ticket')
      .map((ticket) => [ticket.attributes.type, ticket.attributes.price]);
    expect(prices).toEqual([
      ['free', 0],
      ['paid', 25],
      ['donation', null],
    ]);
    const authorization = included.find((resource) => resource.type === 'stripe-authorization');
    expect(authorization?.attributes).toEqual({
      'stripe-publishable-key': expect.stringMatching(/^pk_test_/) as unknown,
    });
  });

  it('includes a null Stripe authorization for an event without one', async () => {
    const document = doc(
      await call('GET', `/v1/events/${SEED.jpyEvent.id}?include=stripe-authorization`),
    );
    expect(document.data.relationships?.['stripe-authorization']?.data).toBeNull();
    expect(document.included).toEqual([]);
  });
});

describe('PATCH and DELETE /v1/events/{id}', () => {
  const patchBody = (id: number, attributes: Attributes) => ({
    data: { type: 'event', id: String(id), attributes },
  });

  it('lets the owner update the event', async () => {
    const reply = await call('PATCH', `/v1/events/${SEED.jpyEvent.id}`, {
      as: 'organizer',
      body: patchBody(SEED.jpyEvent.id, { 'can-pay-by-stripe': true, name: 'Renamed Meetup' }),
    });
    expect(reply.status).toBe(200);
    expect(doc(reply).data.attributes).toMatchObject({
      'can-pay-by-stripe': true,
      name: 'Renamed Meetup',
      'is-stripe-linked': false,
    });
  });

  it('ignores is-stripe-linked sent on PATCH', async () => {
    const reply = await call('PATCH', `/v1/events/${SEED.jpyEvent.id}`, {
      as: 'organizer',
      body: patchBody(SEED.jpyEvent.id, { 'is-stripe-linked': true }),
    });
    expect(doc(reply).data.attributes['is-stripe-linked']).toBe(false);
  });

  it('lets an admin update any event', async () => {
    const reply = await call('PATCH', `/v1/events/${SEED.usdEvent.id}`, {
      as: 'admin',
      body: patchBody(SEED.usdEvent.id, { description: 'Edited by an admin' }),
    });
    expect(reply.status).toBe(200);
  });

  it('forbids other users with a 403 app error', async () => {
    const reply = await call('PATCH', `/v1/events/${SEED.usdEvent.id}`, {
      as: 'buyer',
      body: patchBody(SEED.usdEvent.id, { name: 'Hijacked' }),
    });
    expect(reply.status).toBe(403);
    expect(error(reply)).toMatchObject({ status: 403, title: 'Access Forbidden' });
    expect(db.events.find((event) => event.id === SEED.usdEvent.id)?.name).toBe(
      'Open Source Summit Demo',
    );
  });

  it('refuses to let an unverified owner publish', async () => {
    const unverified = addUser({ is_verified: false });
    db.events.push(
      buildEvent({
        id: 900,
        identifier: 'a0b0c0d0',
        owner_id: unverified.id,
        name: 'Unverified Draft',
        starts_at: daysFromNow(10),
        ends_at: daysFromNow(11),
        timezone: 'UTC',
      }),
    );
    const reply = await call('PATCH', '/v1/events/900', {
      as: unverified,
      body: patchBody(900, { state: 'published' }),
    });
    expect(reply.status).toBe(403);
    expect(error(reply).detail).toBe('Only verified accounts can publish events');
  });

  it('checks the dates when a published event changes them, with the 20-day rule', async () => {
    const reply = await call('PATCH', `/v1/events/${SEED.usdEvent.id}`, {
      as: 'organizer',
      body: patchBody(SEED.usdEvent.id, {
        'starts-at': daysFromNow(10),
        'ends-at': daysFromNow(31),
      }),
    });
    expect(reply.status).toBe(422);
    expect(error(reply)).toMatchObject({
      source: { pointer: '/data/attributes/ends-at' },
      detail: 'Event duration can not be more than 20 days',
    });
  });

  it('lets a draft keep dates that break the rules until it is published', async () => {
    const body = patchBody(SEED.draftEvent.id, {
      'starts-at': daysFromNow(10),
      'ends-at': daysFromNow(9),
    });
    const saved = await call('PATCH', `/v1/events/${SEED.draftEvent.id}`, {
      as: 'organizer',
      body,
    });
    expect(saved.status).toBe(200);
    const publish = await call('PATCH', `/v1/events/${SEED.draftEvent.id}`, {
      as: 'organizer',
      body: patchBody(SEED.draftEvent.id, { state: 'published' }),
    });
    expect(publish.status).toBe(422);
    expect(error(publish).detail).toBe('ends-at should be after starts-at');
  });

  it('keeps an event tz-aware: an offset sent is stored as the same instant', async () => {
    const reply = await call('PATCH', `/v1/events/${SEED.draftEvent.id}`, {
      as: 'organizer',
      body: patchBody(SEED.draftEvent.id, {
        'starts-at': '2099-01-03T08:00:00-08:00',
        'ends-at': '2099-01-03T17:00:00-08:00',
        timezone: 'America/Los_Angeles',
      }),
    });
    expect(doc(reply).data.attributes).toMatchObject({
      'starts-at': '2099-01-03T16:00:00+00:00',
      'ends-at': '2099-01-04T01:00:00+00:00',
    });
  });

  it('deletes an event for its organizer with the meta message, and 404s afterwards', async () => {
    const refused = await call('DELETE', `/v1/events/${SEED.jpyEvent.id}`, { as: 'buyer' });
    expect(refused.status).toBe(403);

    const reply = await call('DELETE', `/v1/events/${SEED.jpyEvent.id}`, { as: 'organizer' });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      meta: { message: 'Object successfully deleted' },
      jsonapi: { version: '1.0' },
    });
    expect((await call('GET', `/v1/events/${SEED.jpyEvent.id}`)).status).toBe(404);
  });
});

describe('GET /v1/events/{id}/tickets', () => {
  it('lists only the public tickets to strangers and every ticket to the organizer', async () => {
    const paid = db.tickets.find((ticket) => ticket.id === SEED.tickets.paid);
    if (paid) paid.is_hidden = true;

    const publicList = list(await call('GET', `/v1/events/${SEED.usdEvent.identifier}/tickets`));
    expect(publicList.data.map((ticket) => ticket.id)).toEqual([
      String(SEED.tickets.free),
      String(SEED.tickets.donation),
    ]);
    const organizerList = list(
      await call('GET', `/v1/events/${SEED.usdEvent.id}/tickets`, { as: 'organizer' }),
    );
    expect(organizerList.meta.count).toBe(3);
  });

  it('shows the JPY ticket with its price in yen', async () => {
    const { data } = list(await call('GET', `/v1/events/${SEED.jpyEvent.id}/tickets`));
    expect(data).toHaveLength(1);
    expect(data[0]?.attributes).toMatchObject({ price: 3000, type: 'paid' });
  });

  it('answers 404 naming event_identifier for an unknown event', async () => {
    const reply = await call('GET', '/v1/events/ffffffff/tickets');
    expect(error(reply).source).toEqual({ parameter: 'event_identifier' });
  });
});
