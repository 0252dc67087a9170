// Tickets: every rule of POST /v1/tickets, and organizer-only updates (docs/server-contract.md,
// "Tickets").
import { db } from '@mocks/db';
import { SEED } from '@mocks/seed';
import {
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

function ticketBody(attributes: Attributes, eventId: number | null = SEED.usdEvent.id) {
  return {
    data: {
      type: 'ticket',
      attributes: {
        name: 'Workshop Pass',
        type: 'paid',
        price: 50,
        'sales-starts-at': daysFromNow(1),
        'sales-ends-at': daysFromNow(5),
        ...attributes,
      },
      ...(eventId === null
        ? {}
        : { relationships: { event: { data: { type: 'event', id: String(eventId) } } } }),
    },
  };
}

async function postTicket(attributes: Attributes, eventId?: number | null) {
  return call('POST', '/v1/tickets', { as: 'organizer', body: ticketBody(attributes, eventId) });
}

describe('POST /v1/tickets', () => {
  it('creates a ticket from the vendored example with every attribute of the vendored response', async () => {
    const reply = await call('POST', '/v1/tickets', {
      as: 'organizer',
      body: readFixture('tickets-post-request.json'),
    });
    expect(reply.status).toBe(201);
    const document = doc(reply);
    expect(reply.headers.get('Location')).toBe(document.data.links.self);
    expect(Object.keys(document.data.attributes)).toEqual(
      expect.arrayContaining(fixtureAttributeKeys('tickets-post-response.json')),
    );
    // Strings in the request, real JSON types in the reply.
    expect(document.data.attributes).toMatchObject({
      price: 100,
      quantity: 100,
      'max-order': 100,
      'is-hidden': false,
      'is-checkin-restricted': true,
    });
    expect(document.data.relationships?.event?.links.related).toBe(
      `/v1/tickets/${document.data.id}/event`,
    );
  });

  it('requires name, type and both sales dates, one validation error each', async () => {
    const reply = await call('POST', '/v1/tickets', {
      as: 'organizer',
      body: {
        data: {
          type: 'ticket',
          attributes: {},
          relationships: { event: { data: { type: 'event', id: '1' } } },
        },
      },
    });
    expect(reply.status).toBe(422);
    expect(errors(reply).map((entry) => entry.source)).toEqual(
      ['name', 'type', 'sales-starts-at', 'sales-ends-at'].map((field) => ({
        pointer: `/data/attributes/${field}`,
      })),
    );
  });

  it('requires the event relationship', async () => {
    const reply = await postTicket({}, null);
    expect(reply.status).toBe(422);
    expect(error(reply)).toEqual({
      status: 422,
      source: { pointer: '/data/relationships/event' },
      title: 'Unprocessable Entity',
      detail: 'A valid relationship with event resource is required',
    });
  });

  it('hides the event from a non-organizer with a 404 on event_id instead of a 403', async () => {
    const reply = await call('POST', '/v1/tickets', { as: 'buyer', body: ticketBody({}) });
    expect(reply.status).toBe(404);
    expect(error(reply)).toEqual({
      status: '404',
      source: { parameter: 'event_id' },
      title: 'Object not found',
      detail: `Event: ${SEED.usdEvent.id} not found`,
    });
  });

  it('answers 409 for a ticket name the event already has', async () => {
    const reply = await postTicket({ name: 'General Admission' });
    expect(reply.status).toBe(409);
    expect(error(reply)).toEqual({
      status: 409,
      source: { pointer: '/data/attributes/name' },
      title: 'Conflict',
      detail: 'Ticket already exists',
    });
  });

  it('refuses paid and donation tickets on an event with no payment method', async () => {
    for (const attributes of [
      { type: 'paid', price: 10 },
      { type: 'donation', 'min-price': 1, 'max-price': 10 },
    ]) {
      const reply = await postTicket(attributes, SEED.draftEvent.id);
      expect(reply.status).toBe(422);
      expect(error(reply)).toEqual({
        status: 422,
        source: { event_id: String(SEED.draftEvent.id) },
        title: 'Unprocessable Entity',
        detail: 'Event having paid ticket must have a payment method',
      });
    }
  });

  it('allows a free ticket on an event with no payment method', async () => {
    const reply = await postTicket({ type: 'free', price: 0 }, SEED.draftEvent.id);
    expect(reply.status).toBe(201);
  });

  it('answers 422 Event does not exist when an admin names a missing event', async () => {
    const reply = await call('POST', '/v1/tickets', { as: 'admin', body: ticketBody({}, 999) });
    expect(reply.status).toBe(422);
    expect(error(reply)).toMatchObject({
      source: { event_id: '999' },
      detail: 'Event does not exist',
    });
  });

  it('refuses ticket sales that end after the event', async () => {
    const reply = await postTicket({ name: 'Late Pass', 'sales-ends-at': daysFromNow(400) });
    expect(reply.status).toBe(422);
    expect(error(reply)).toEqual({
      status: 422,
      source: { sales_ends_at: '/data/attributes/sales-ends-at' },
      title: 'Unprocessable Entity',
      detail: "End of ticket sales date of 'Late Pass' cannot be after end of event date",
    });
  });

  it('refuses ticket sales that end before they start', async () => {
    const reply = await postTicket({
      'sales-starts-at': daysFromNow(5),
      'sales-ends-at': daysFromNow(2),
    });
    expect(error(reply)).toMatchObject({
      status: 422,
      source: { pointer: '/data/attributes/sales-ends-at' },
      detail: 'sales-ends-at should be after sales-starts-at',
    });
  });

  it('refuses a max-order below the min-order', async () => {
    const reply = await postTicket({ 'min-order': 5, 'max-order': 2 });
    expect(error(reply)).toMatchObject({
      status: 422,
      source: { pointer: '/data/attributes/max-order' },
      detail: 'max-order should be greater than or equal to min-order',
    });
  });

  it('refuses a quantity below the min-order', async () => {
    const reply = await postTicket({ quantity: 2, 'min-order': 3 });
    expect(error(reply)).toMatchObject({
      source: { pointer: '/data/attributes/quantity' },
      detail: 'quantity should be greater than or equal to min-order',
    });
  });

  it('refuses a quantity below the max-order', async () => {
    const reply = await postTicket({ quantity: 5, 'max-order': 10 });
    expect(error(reply)).toMatchObject({
      source: { pointer: '/data/attributes/quantity' },
      detail: 'quantity should be greater than or equal to max-order',
    });
  });

  it('refuses a quantity of zero', async () => {
    const reply = await postTicket({ quantity: 0 });
    expect(error(reply)).toMatchObject({
      source: { pointer: '/data/attributes/quantity' },
      detail: 'quantity should be greater than 0',
    });
  });

  it('refuses a paid ticket without a positive price, with the pointer the server sends', async () => {
    for (const price of [0, null]) {
      const reply = await postTicket({ price });
      expect(error(reply)).toEqual({
        status: 422,
        source: { pointer: 'data/attributes/price' },
        title: 'Unprocessable Entity',
        detail: 'paid ticket price should be greater than 0',
      });
    }
  });

  it('refuses a donation ticket whose minimum is above its maximum', async () => {
    const reply = await postTicket({
      type: 'donation',
      price: null,
      'min-price': 50,
      'max-price': 5,
    });
    expect(error(reply)).toMatchObject({
      source: { pointer: '/data/attributes/min-price' },
      detail: 'minimum price should be lesser than or equal to maximum price',
    });
  });

  it('rejects a negative price as a field validation error', async () => {
    const reply = await postTicket({ price: -1 });
    expect(error(reply)).toEqual({
      status: '422',
      source: { pointer: '/data/attributes/price' },
      title: 'Validation error',
      detail: 'Invalid value.',
    });
  });

  it('accepts snake_case attributes', async () => {
    const reply = await call('POST', '/v1/tickets', {
      as: 'organizer',
      body: {
        data: {
          type: 'ticket',
          attributes: {
            name: 'Snake Pass',
            type: 'donation',
            min_price: '2.5',
            max_price: '20',
            sales_starts_at: daysFromNow(1),
            sales_ends_at: daysFromNow(3),
          },
          relationships: { event: { data: { type: 'event', id: String(SEED.usdEvent.id) } } },
        },
      },
    });
    expect(reply.status).toBe(201);
    expect(doc(reply).data.attributes).toMatchObject({ 'min-price': 2.5, 'max-price': 20 });
  });
});

describe('GET, PATCH and DELETE /v1/tickets/{id}', () => {
  const patchBody = (id: number, attributes: Attributes) => ({
    data: { type: 'ticket', id: String(id), attributes },
  });

  it('shows a ticket to anyone, including its event on request', async () => {
    const reply = await call('GET', `/v1/tickets/${SEED.tickets.paid}?include=event`);
    const document = doc(reply);
    expect(document.data.attributes).toMatchObject({ name: 'General Admission', price: 25 });
    expect(document.included?.[0]).toMatchObject({ type: 'event', id: String(SEED.usdEvent.id) });
  });

  it('hides a hidden ticket from strangers but not from its organizer', async () => {
    const ticket = db.tickets.find((candidate) => candidate.id === SEED.tickets.donation);
    if (ticket) ticket.is_hidden = true;
    expect((await call('GET', `/v1/tickets/${SEED.tickets.donation}`)).status).toBe(404);
    const mine = await call('GET', `/v1/tickets/${SEED.tickets.donation}`, { as: 'organizer' });
    expect(mine.status).toBe(200);
  });

  it('lets the organizer update a ticket', async () => {
    const reply = await call('PATCH', `/v1/tickets/${SEED.tickets.paid}`, {
      as: 'organizer',
      body: patchBody(SEED.tickets.paid, { price: '30.50', 'is-hidden': 'true' }),
    });
    expect(reply.status).toBe(200);
    expect(doc(reply).data.attributes).toMatchObject({ price: 30.5, 'is-hidden': true });
  });

  it('checks an update against the stored ticket', async () => {
    const reply = await call('PATCH', `/v1/tickets/${SEED.tickets.paid}`, {
      as: 'organizer',
      body: patchBody(SEED.tickets.paid, { 'sales-starts-at': daysFromNow(300) }),
    });
    expect(error(reply).detail).toBe('sales-ends-at should be after sales-starts-at');
  });

  it('forbids anyone but the organizer to update or delete a ticket', async () => {
    const patch = await call('PATCH', `/v1/tickets/${SEED.tickets.paid}`, {
      as: 'buyer',
      body: patchBody(SEED.tickets.paid, { price: 1 }),
    });
    const remove = await call('DELETE', `/v1/tickets/${SEED.tickets.paid}`, { as: 'buyer' });
    for (const reply of [patch, remove]) {
      expect(reply.status).toBe(403);
      expect(error(reply)).toMatchObject({ status: 403, title: 'Access Forbidden' });
    }
  });

  it('answers 409 when an update renames a ticket to a name the event already has', async () => {
    const reply = await call('PATCH', `/v1/tickets/${SEED.tickets.paid}`, {
      as: 'organizer',
      body: patchBody(SEED.tickets.paid, { name: 'Community Pass' }),
    });
    expect(reply.status).toBe(409);
    expect(error(reply)).toMatchObject({
      source: { pointer: '/data/attributes/name' },
      detail: 'Ticket already exists',
    });
  });

  it('lets an update keep the ticket its own name', async () => {
    const reply = await call('PATCH', `/v1/tickets/${SEED.tickets.paid}`, {
      as: 'organizer',
      body: patchBody(SEED.tickets.paid, { name: 'General Admission', position: 5 }),
    });
    expect(reply.status).toBe(200);
  });

  it('refuses an update whose sales end after the event', async () => {
    const reply = await call('PATCH', `/v1/tickets/${SEED.tickets.paid}`, {
      as: 'organizer',
      body: patchBody(SEED.tickets.paid, { 'sales-ends-at': daysFromNow(400) }),
    });
    expect(reply.status).toBe(422);
    expect(error(reply).detail).toBe(
      "End of ticket sales date of 'General Admission' cannot be after end of event date",
    );
  });

  it('refuses to turn a ticket paid on an event with no payment method', async () => {
    const draftFree = await call('POST', '/v1/tickets', {
      as: 'organizer',
      body: {
        data: {
          type: 'ticket',
          attributes: {
            name: 'Free Seat',
            type: 'free',
            'sales-starts-at': daysFromNow(1),
            'sales-ends-at': daysFromNow(5),
          },
          relationships: { event: { data: { type: 'event', id: String(SEED.draftEvent.id) } } },
        },
      },
    });
    const id = Number(doc(draftFree).data.id);
    const reply = await call('PATCH', `/v1/tickets/${id}`, {
      as: 'organizer',
      body: patchBody(id, { type: 'paid', price: 10 }),
    });
    expect(reply.status).toBe(422);
    expect(error(reply)).toMatchObject({
      source: { event_id: String(SEED.draftEvent.id) },
      detail: 'Event having paid ticket must have a payment method',
    });
  });

  it('deletes a ticket, which frees its name', async () => {
    const reply = await call('DELETE', `/v1/tickets/${SEED.tickets.paid}`, { as: 'organizer' });
    expect(reply.body).toEqual({
      meta: { message: 'Object successfully deleted' },
      jsonapi: { version: '1.0' },
    });
    const remaining = list(await call('GET', `/v1/events/${SEED.usdEvent.id}/tickets`));
    expect(remaining.data.map((ticket) => ticket.id)).not.toContain(String(SEED.tickets.paid));
    expect((await postTicket({ name: 'General Admission' })).status).toBe(201);
  });
});
