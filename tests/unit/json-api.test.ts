import ordersList from '../fixtures/open-event-api/events-orders-get-response.json';
import stripeAuthorizationReply from '../fixtures/open-event-api/stripe-authorizations-post-response.json';
import stripeAuthorizationRequest from '../fixtures/open-event-api/stripe-authorizations-post-request.json';
import {
  camelize,
  dasherize,
  deserialize,
  deserializeList,
  JsonApiShapeError,
  serialize,
} from '@/lib/json-api';

describe('dasherize', () => {
  it('turns camelCase names into the dasherized names the server sends', () => {
    expect(dasherize('canPayByStripe')).toBe('can-pay-by-stripe');
    expect(dasherize('minOrder')).toBe('min-order');
    expect(dasherize('name')).toBe('name');
  });

  it('turns snake_case names into dasherized names as well', () => {
    expect(dasherize('stripe_auth_code')).toBe('stripe-auth-code');
  });

  it('keeps a run of capitals together as one word', () => {
    expect(dasherize('ticketsPDFUrl')).toBe('tickets-pdf-url');
  });
});

describe('camelize', () => {
  it('turns dasherized and snake_case names into camelCase', () => {
    expect(camelize('can-pay-by-stripe')).toBe('canPayByStripe');
    expect(camelize('can_pay_by_stripe')).toBe('canPayByStripe');
  });

  it('leaves names that are already camelCase or single words alone', () => {
    expect(camelize('canPayByStripe')).toBe('canPayByStripe');
    expect(camelize('last4')).toBe('last4');
  });

  it('undoes dasherize for ordinary attribute names', () => {
    for (const name of ['salesStartsAt', 'isStripeLinked', 'orderExpiryTime', 'expYear']) {
      expect(camelize(dasherize(name))).toBe(name);
    }
  });
});

describe('deserialize', () => {
  it('flattens a resource into id, resourceType and camelCase attributes', () => {
    const resource = deserialize(stripeAuthorizationReply);

    expect(resource).toEqual({
      id: '1',
      resourceType: 'stripe-authorization',
      stripePublishableKey: 'example',
    });
  });

  it('leaves out relationships that come with links only', () => {
    const resource = deserialize(stripeAuthorizationReply);

    expect(resource).not.toHaveProperty('event');
  });

  it('keeps nested attribute values exactly as the server sent them', () => {
    const resource = deserialize({
      data: {
        type: 'user',
        id: '3',
        attributes: { details: { 'favourite-colour': 'teal' }, 'is-verified': false },
      },
    });

    expect(resource).toEqual({
      id: '3',
      resourceType: 'user',
      details: { 'favourite-colour': 'teal' },
      isVerified: false,
    });
  });

  it('replaces a relationship with the included resource it points to', () => {
    const resource = deserialize({
      data: {
        type: 'ticket',
        id: '7',
        attributes: { name: 'Early bird', price: 25.5 },
        relationships: { event: { data: { type: 'event', id: '1' } } },
      },
      included: [
        {
          type: 'event',
          id: '1',
          attributes: { name: 'PyCon', 'payment-currency': 'USD' },
        },
      ],
    });

    expect(resource).toEqual({
      id: '7',
      resourceType: 'ticket',
      name: 'Early bird',
      price: 25.5,
      event: { id: '1', resourceType: 'event', name: 'PyCon', paymentCurrency: 'USD' },
    });
  });

  it('keeps a bare identifier when the related resource was not included', () => {
    const resource = deserialize({
      data: {
        type: 'ticket',
        id: '7',
        relationships: { event: { data: { type: 'event', id: '1' } } },
      },
    });

    expect(resource.event).toEqual({ id: '1', resourceType: 'event' });
  });

  it('turns a to-many relationship into an array, resolving what was included', () => {
    const resource = deserialize({
      data: {
        type: 'order',
        id: '4',
        relationships: {
          tickets: {
            data: [
              { type: 'ticket', id: '1' },
              { type: 'ticket', id: '2' },
            ],
          },
        },
      },
      included: [{ type: 'ticket', id: '2', attributes: { name: 'VIP' } }],
    });

    expect(resource.tickets).toEqual([
      { id: '1', resourceType: 'ticket' },
      { id: '2', resourceType: 'ticket', name: 'VIP' },
    ]);
  });

  it('turns an empty to-one relationship into null and an empty to-many into an empty array', () => {
    const resource = deserialize({
      data: {
        type: 'order',
        id: '4',
        relationships: { 'discount-code': { data: null }, attendees: { data: [] } },
      },
    });

    expect(resource.discountCode).toBeNull();
    expect(resource.attendees).toEqual([]);
  });

  it('resolves relationships of included resources too', () => {
    const resource = deserialize({
      data: {
        type: 'order',
        id: '4',
        relationships: { tickets: { data: [{ type: 'ticket', id: '1' }] } },
      },
      included: [
        {
          type: 'ticket',
          id: '1',
          relationships: { event: { data: { type: 'event', id: '9' } } },
        },
        { type: 'event', id: '9', attributes: { name: 'FOSSASIA Summit' } },
      ],
    });

    expect(resource.tickets).toEqual([
      {
        id: '1',
        resourceType: 'ticket',
        event: { id: '9', resourceType: 'event', name: 'FOSSASIA Summit' },
      },
    ]);
  });

  it('stops at a resource that points back to one being expanded, so the result has no cycles', () => {
    const resource = deserialize({
      data: {
        type: 'event',
        id: '1',
        relationships: { tickets: { data: [{ type: 'ticket', id: '2' }] } },
      },
      included: [
        {
          type: 'ticket',
          id: '2',
          attributes: { name: 'VIP' },
          relationships: { event: { data: { type: 'event', id: '1' } } },
        },
        {
          type: 'event',
          id: '1',
          relationships: { tickets: { data: [{ type: 'ticket', id: '2' }] } },
        },
      ],
    });

    expect(resource.tickets).toEqual([
      { id: '2', resourceType: 'ticket', name: 'VIP', event: { id: '1', resourceType: 'event' } },
    ]);
    expect(() => JSON.stringify(resource)).not.toThrow();
  });

  it('turns numeric ids into strings, in the resource and in its relationships', () => {
    const resource = deserialize({
      data: {
        type: 'ticket',
        id: 7,
        relationships: { event: { data: { type: 'event', id: 1 } } },
      },
      included: [{ type: 'event', id: 1, attributes: { name: 'PyCon' } }],
    });

    expect(resource.id).toBe('7');
    expect(resource.event).toEqual({ id: '1', resourceType: 'event', name: 'PyCon' });
  });

  it("keeps an attribute called type (a ticket's free/paid/donation) apart from the resource type", () => {
    const resource = deserialize({
      data: { type: 'ticket', id: '7', attributes: { type: 'paid', id: 'x' } },
    });

    expect(resource.type).toBe('paid');
    expect(resource.resourceType).toBe('ticket');
    expect(resource.id).toBe('7');
  });

  it('throws a JsonApiShapeError for something that is not a JSON:API document', () => {
    expect(() => deserialize('<html></html>')).toThrow(JsonApiShapeError);
    expect(() => deserialize(null)).toThrow(JsonApiShapeError);
    expect(() => deserialize({ user_id: 1 })).toThrow(JsonApiShapeError);
  });

  it('throws a JsonApiShapeError for an error document', () => {
    const errorDocument = { errors: [{ status: 404, detail: 'Not found' }], jsonapi: {} };

    expect(() => deserialize(errorDocument)).toThrow(/error document/);
  });

  it('throws a JsonApiShapeError when data is a list or null', () => {
    expect(() => deserialize({ data: [] })).toThrow(JsonApiShapeError);
    expect(() => deserialize({ data: null })).toThrow(JsonApiShapeError);
  });

  it('throws a JsonApiShapeError when a resource has no type or no id', () => {
    expect(() => deserialize({ data: { id: '1' } })).toThrow(JsonApiShapeError);
    expect(() => deserialize({ data: { type: 'event' } })).toThrow(JsonApiShapeError);
  });
});

describe('deserializeList', () => {
  it('flattens every resource of a collection document', () => {
    const orders = deserializeList(ordersList);

    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({
      id: '4',
      resourceType: 'order',
      status: 'pending',
      paymentMode: 'stripe',
      amount: 10,
      isBillingEnabled: false,
      ticketsPdfUrl: 'https://example.com/media/attendees/tickets/pdf/order_identifier.pdf',
    });
  });

  it('returns an empty array for an empty collection', () => {
    expect(deserializeList({ data: [], meta: { count: 0 } })).toEqual([]);
  });

  it('resolves included resources for every item', () => {
    const tickets = deserializeList({
      data: [
        { type: 'ticket', id: '1', relationships: { event: { data: { type: 'event', id: '3' } } } },
        { type: 'ticket', id: '2', relationships: { event: { data: { type: 'event', id: '3' } } } },
      ],
      included: [{ type: 'event', id: '3', attributes: { name: 'PyCon' } }],
    });

    expect(tickets.map((ticket) => ticket.event)).toEqual([
      { id: '3', resourceType: 'event', name: 'PyCon' },
      { id: '3', resourceType: 'event', name: 'PyCon' },
    ]);
  });

  it('throws a JsonApiShapeError when data is a single resource', () => {
    expect(() => deserializeList(stripeAuthorizationReply)).toThrow(JsonApiShapeError);
  });
});

describe('serialize', () => {
  it('builds the body the server expects, matching the documented request', () => {
    const body = serialize(
      'stripe-authorization',
      { stripeAuthCode: 'example' },
      { relationships: { event: { type: 'event', id: '1' } } },
    );

    expect(body).toEqual(stripeAuthorizationRequest);
  });

  it('dasherizes attribute and relationship names', () => {
    const body = serialize(
      'order',
      { paymentMode: 'stripe', is_billing_enabled: false },
      { relationships: { discountCode: null } },
    );

    expect(body.data.attributes).toEqual({ 'payment-mode': 'stripe', 'is-billing-enabled': false });
    expect(body.data.relationships).toEqual({ 'discount-code': { data: null } });
  });

  it('drops undefined attributes but keeps null, which clears a value on the server', () => {
    const body = serialize('order', { city: undefined, address: null });

    expect(body.data.attributes).toEqual({ address: null });
  });

  it('includes the id for an update and leaves it out for a create', () => {
    expect(serialize('order', {}, { id: '4' }).data.id).toBe('4');
    expect(serialize('order', {}).data).not.toHaveProperty('id');
  });

  it('leaves out relationships entirely when none are given', () => {
    expect(serialize('event', { name: 'PyCon' }).data).not.toHaveProperty('relationships');
  });

  it('sends only type and id for a relationship, even when given a whole resource', () => {
    const event = deserialize({
      data: { type: 'event', id: '1', attributes: { name: 'PyCon' } },
    });

    const body = serialize('ticket', { name: 'VIP' }, { relationships: { event } });

    expect(body.data.relationships).toEqual({ event: { data: { type: 'event', id: '1' } } });
  });

  it('serializes a to-many relationship as an array of identifiers', () => {
    const body = serialize(
      'order',
      {},
      {
        relationships: {
          attendees: [
            { type: 'attendee', id: '1' },
            { type: 'attendee', id: '2' },
          ],
        },
      },
    );

    expect(body.data.relationships).toEqual({
      attendees: {
        data: [
          { type: 'attendee', id: '1' },
          { type: 'attendee', id: '2' },
        ],
      },
    });
  });
});
