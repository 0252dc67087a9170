// The JSON:API conventions every resource endpoint of the mock shares (docs/server-contract.md,
// "Conventions" and "Errors").
import { env } from '@/config/env';
import { apiUrl } from '@mocks/api-url';
import { SEED } from '@mocks/seed';
import { call, daysFromNow, doc, error, errors, JSON_API, list } from './support';

const validEvent = () => ({
  data: {
    type: 'event',
    attributes: {
      name: 'Conventions Conf',
      'starts-at': daysFromNow(30),
      'ends-at': daysFromNow(31),
      timezone: 'UTC',
    },
  },
});

describe('mock API URLs', () => {
  it('builds every handler URL from the configured API host', () => {
    expect(env.apiHost).toBe('http://localhost:3000');
    expect(apiUrl('/v1/events')).toBe('http://localhost:3000/v1/events');
    expect(apiUrl('auth/session')).toBe('http://localhost:3000/auth/session');
  });
});

describe('JSON:API headers', () => {
  const contract415 = {
    errors: [
      {
        source: '',
        detail: 'Content-Type header must be application/vnd.api+json',
        title: 'InvalidRequestHeader',
        status: 415,
      },
    ],
    jsonapi: { version: '1.0' },
  };

  it('rejects a POST whose Content-Type carries a charset with 415 and the exact contract body', async () => {
    const reply = await call('POST', '/v1/events', {
      as: 'organizer',
      body: validEvent(),
      headers: { 'Content-Type': 'application/vnd.api+json; charset=utf-8' },
    });
    expect(reply.status).toBe(415);
    expect(reply.headers.get('Content-Type')).toBe(JSON_API);
    expect(reply.body).toEqual(contract415);
  });

  it('rejects a POST sent as application/json with 415', async () => {
    const reply = await call('POST', '/v1/tickets', {
      as: 'organizer',
      body: {},
      headers: { 'Content-Type': 'application/json' },
    });
    expect(reply.status).toBe(415);
    expect(reply.body).toEqual(contract415);
  });

  it('rejects a PATCH without the JSON:API Content-Type with 415', async () => {
    const reply = await call('PATCH', `/v1/events/${SEED.usdEvent.id}`, {
      as: 'organizer',
      body: { data: { type: 'event', id: String(SEED.usdEvent.id), attributes: {} } },
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(reply.status).toBe(415);
  });

  it('answers 406 when the Accept header refuses JSON:API', async () => {
    const reply = await call('GET', `/v1/events/${SEED.usdEvent.identifier}`, {
      headers: { Accept: 'text/html' },
    });
    expect(reply.status).toBe(406);
    expect(error(reply)).toEqual({
      source: '',
      detail: 'Accept header must be application/vnd.api+json',
      title: 'InvalidRequestHeader',
      status: 406,
    });
  });

  it('accepts a wildcard Accept header, and no Accept header at all', async () => {
    const wildcard = await call('GET', '/v1/settings', { headers: { Accept: '*/*' } });
    expect(wildcard.status).toBe(200);
    const response = await fetch(apiUrl('/v1/settings'));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(JSON_API);
  });
});

describe('JSON:API documents', () => {
  it('adds jsonapi version 1.0 to every JSON:API body, errors included', async () => {
    const replies = await Promise.all([
      call('GET', '/v1/settings'),
      call('GET', `/v1/events/${SEED.usdEvent.identifier}`),
      call('GET', `/v1/events/${SEED.usdEvent.id}/tickets`),
      call('GET', `/v1/users/${SEED.organizerId}`, { as: 'organizer' }),
      call('GET', `/v1/users/${SEED.organizerId}/events`, { as: 'organizer' }),
      call('GET', `/v1/stripe-authorizations/${SEED.stripeAuthorizationId}`, { as: 'buyer' }),
      call('GET', '/v1/events/999'),
      call('POST', '/v1/events', { as: 'organizer', body: { data: { type: 'event' } } }),
      call('DELETE', `/v1/tickets/${SEED.tickets.free}`, { as: 'organizer' }),
    ]);
    for (const reply of replies) {
      expect(reply.body).toMatchObject({ jsonapi: { version: '1.0' } });
      expect(reply.headers.get('Content-Type')).toBe(JSON_API);
    }
  });

  it('sends ids as strings and links each resource to itself', async () => {
    const reply = await call('GET', `/v1/events/${SEED.usdEvent.id}?include=tickets`);
    const document = doc(reply);
    expect(document.data.id).toBe(String(SEED.usdEvent.id));
    expect(document.data.links.self).toBe(`/v1/events/${SEED.usdEvent.id}`);
    expect(document.links.self).toBe(`/v1/events/${SEED.usdEvent.id}`);
    for (const ticket of document.included ?? []) {
      expect(typeof ticket.id).toBe('string');
      expect(ticket.links.self).toBe(`/v1/tickets/${ticket.id}`);
    }
  });

  it('returns relationships as links only unless include asks for them', async () => {
    const plain = doc(await call('GET', `/v1/events/${SEED.usdEvent.id}`));
    expect(plain.included).toBeUndefined();
    expect(plain.data.relationships?.tickets).toEqual({
      links: {
        self: `/v1/events/${SEED.usdEvent.id}/relationships/tickets`,
        related: `/v1/events/${SEED.usdEvent.id}/tickets`,
      },
    });

    const withTickets = doc(await call('GET', `/v1/events/${SEED.usdEvent.id}?include=tickets`));
    expect(withTickets.data.relationships?.tickets?.data).toEqual([
      { type: 'ticket', id: String(SEED.tickets.free) },
      { type: 'ticket', id: String(SEED.tickets.paid) },
      { type: 'ticket', id: String(SEED.tickets.donation) },
    ]);
    expect(withTickets.data.relationships?.owner).not.toHaveProperty('data');
    expect(withTickets.included?.map((resource) => resource.type)).toEqual([
      'ticket',
      'ticket',
      'ticket',
    ]);
  });

  it('rejects an include that names no relationship with a 400 naming the parameter', async () => {
    const reply = await call('GET', `/v1/events/${SEED.usdEvent.id}?include=speakers-of-honour`);
    expect(reply.status).toBe(400);
    expect(error(reply)).toMatchObject({
      status: '400',
      title: 'Invalid include querystring parameter.',
      source: { parameter: 'include' },
    });
  });

  it('lists with a count and a self link', async () => {
    const reply = list(await call('GET', `/v1/events/${SEED.usdEvent.id}/tickets`));
    expect(reply.meta.count).toBe(3);
    expect(reply.links.self).toBe(`/v1/events/${SEED.usdEvent.id}/tickets`);
  });
});

describe('JSON:API errors', () => {
  it('answers a wrong data.type with 409 Incorrect type and a string status', async () => {
    const reply = await call('POST', '/v1/events', {
      as: 'organizer',
      body: { data: { ...validEvent().data, type: 'events' } },
    });
    expect(reply.status).toBe(409);
    expect(error(reply)).toEqual({
      status: '409',
      source: { pointer: '/data/type' },
      title: 'Incorrect type',
      detail: 'Invalid type. Expected "event".',
    });
  });

  it('reports each invalid field as its own 422 validation error with a string status', async () => {
    const reply = await call('POST', '/v1/events', {
      as: 'organizer',
      body: {
        data: {
          type: 'event',
          attributes: {
            name: 'x',
            'starts-at': 'soon',
            'ends-at': daysFromNow(3),
            online: 'maybe',
          },
        },
      },
    });
    expect(reply.status).toBe(422);
    expect(errors(reply)).toEqual([
      {
        status: '422',
        source: { pointer: '/data/attributes/starts-at' },
        title: 'Validation error',
        detail: 'Not a valid datetime.',
      },
      {
        status: '422',
        source: { pointer: '/data/attributes/timezone' },
        title: 'Validation error',
        detail: 'Missing data for required field.',
      },
      {
        status: '422',
        source: { pointer: '/data/attributes/online' },
        title: 'Validation error',
        detail: 'Not a valid boolean.',
      },
    ]);
  });

  it('uses integer statuses and the class titles for app errors', async () => {
    const reply = await call('PATCH', `/v1/events/${SEED.usdEvent.id}`, {
      as: 'buyer',
      body: { data: { type: 'event', id: String(SEED.usdEvent.id), attributes: {} } },
    });
    expect(reply.status).toBe(403);
    expect(error(reply)).toEqual({
      status: 403,
      source: { source: '' },
      title: 'Access Forbidden',
      detail: 'Co-Organizer access is required.',
    });
  });

  it('answers an unknown id with ObjectNotFound naming the URL parameter', async () => {
    const reply = await call('GET', '/v1/tickets/4242');
    expect(reply.status).toBe(404);
    expect(error(reply)).toEqual({
      status: '404',
      source: { parameter: 'id' },
      title: 'Object not found',
      detail: 'Ticket: 4242 not found',
    });
  });

  it('requires a data.id that matches the URL on PATCH', async () => {
    const missing = await call('PATCH', `/v1/events/${SEED.usdEvent.id}`, {
      as: 'organizer',
      body: { data: { type: 'event', attributes: { name: 'Renamed' } } },
    });
    expect(missing.status).toBe(400);
    expect(error(missing)).toMatchObject({ source: { pointer: '/data/id' } });

    const mismatch = await call('PATCH', `/v1/events/${SEED.usdEvent.id}`, {
      as: 'organizer',
      body: { data: { type: 'event', id: String(SEED.jpyEvent.id), attributes: {} } },
    });
    expect(mismatch.status).toBe(400);
    expect(error(mismatch).detail).toBe(
      'Value of id does not match the resource identifier in url',
    );
  });

  it('answers a body without a data object with a validation error, not a crash', async () => {
    const reply = await call('POST', '/v1/events', { as: 'organizer', body: { name: 'x' } });
    expect(reply.status).toBe(422);
    expect(error(reply)).toMatchObject({ status: '422', source: { pointer: '/data' } });
  });
});

describe('DELETE replies', () => {
  it('answers DELETE with 200 and the contract meta message', async () => {
    const reply = await call('DELETE', `/v1/tickets/${SEED.tickets.free}`, { as: 'organizer' });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      meta: { message: 'Object successfully deleted' },
      jsonapi: { version: '1.0' },
    });
  });
});
