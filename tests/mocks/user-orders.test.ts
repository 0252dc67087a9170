// GET /v1/users/{id}/orders as docs/my-tickets.md describes it: the orders with a ticket holder
// whose email is the user's, for the user themself or an admin only.
import { db } from '@mocks/db';
import { buildAttendee } from '@mocks/factories';
import { SEED } from '@mocks/seed';
import { call } from './support';

interface OrderList {
  data: { id: string; attributes: Record<string, unknown> }[];
  included?: { type: string; attributes: Record<string, unknown> }[];
  meta: { count: number };
}

describe('GET /v1/users/{id}/orders', () => {
  it('gives the buyer the orders they hold a ticket in, with their events', async () => {
    const reply = await call('GET', `/v1/users/${SEED.buyerId}/orders?include=event&page[size]=0`, {
      as: 'buyer',
    });
    expect(reply.status).toBe(200);
    const body = reply.body as OrderList;
    expect(body.meta.count).toBe(4);
    const events = (body.included ?? [])
      .filter((resource) => resource.type === 'event')
      .map((event) => event.attributes.name);
    expect(events).toEqual(
      expect.arrayContaining(['Rust in Production Day', 'Spring Open Source Festival']),
    );
  });

  it('counts an order someone else paid for when the buyer is one of its holders, and not the payer’s own', async () => {
    const order = db.orders[0];
    if (!order) throw new Error('The seed has no orders.');
    // The organizer pays for an order in which the buyer holds the ticket.
    order.user_id = SEED.organizerId;
    const buyers = await call('GET', `/v1/users/${SEED.buyerId}/orders`, { as: 'buyer' });
    expect((buyers.body as OrderList).data.map((entry) => entry.id)).toContain(String(order.id));
    const organizers = await call('GET', `/v1/users/${SEED.organizerId}/orders`, {
      as: 'organizer',
    });
    expect((organizers.body as OrderList).data).toEqual([]);

    db.attendees.push(
      buildAttendee({
        id: 999,
        order_id: order.id,
        ticket_id: db.attendees[0]?.ticket_id ?? 1,
        event_id: order.event_id,
        email: 'organizer@open-event.test',
      }),
    );
    const again = await call('GET', `/v1/users/${SEED.organizerId}/orders`, { as: 'organizer' });
    expect((again.body as OrderList).meta.count).toBe(1);
  });

  it('refuses another user with 403, lets an admin read it, and answers 404 for an unknown user', async () => {
    const other = await call('GET', `/v1/users/${SEED.buyerId}/orders`, { as: 'organizer' });
    expect(other.status).toBe(403);
    expect(other.body).toMatchObject({ errors: [{ detail: 'Access Forbidden' }] });
    const admin = await call('GET', `/v1/users/${SEED.buyerId}/orders`, { as: 'admin' });
    expect(admin.status).toBe(200);
    const unknown = await call('GET', '/v1/users/9999/orders', { as: 'admin' });
    expect(unknown.status).toBe(404);
    const anonymous = await call('GET', `/v1/users/${SEED.buyerId}/orders`);
    expect(anonymous.status).toBe(401);
  });
});
