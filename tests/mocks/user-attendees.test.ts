// GET /v1/users/{id}/attendees as docs/my-tickets.md describes it: the ticket holders whose email is
// the user's, for the user themself or an admin only.
import { db } from '@mocks/db';
import { buildAttendee } from '@mocks/factories';
import { SEED } from '@mocks/seed';
import { addUser, call, error, list } from './support';

const BUYER_EMAIL = 'buyer@open-event.test';

describe('GET /v1/users/{id}/attendees', () => {
  it('gives the buyer exactly the ticket holders with their email, and not the friend on the same order', async () => {
    const reply = await call('GET', `/v1/users/${SEED.buyerId}/attendees`, { as: 'buyer' });
    expect(reply.status).toBe(200);
    const body = list(reply);
    // The seeded history: holders 1, 2, 4 and 5 are the buyer; holder 3 is Kim on order 2.
    expect(body.data.map((attendee) => attendee.id)).toEqual(['1', '2', '4', '5']);
    expect(body.meta.count).toBe(4);
    expect(body.data.every((attendee) => attendee.type === 'attendee')).toBe(true);
    expect(body.data.map((attendee) => attendee.attributes.email)).not.toContain('kim@example.org');
    expect(body.data[0]?.attributes).toMatchObject({
      firstname: 'Bea',
      lastname: 'Buyer',
      email: BUYER_EMAIL,
      'is-checked-in': false,
      'ticket-id': String(db.attendees[0]?.ticket_id),
    });
    expect(body.data[0]?.attributes).not.toHaveProperty('is_checked_in');
    expect(body.data[0]?.links.self).toBe('/v1/attendees/1');
  });

  it('matches the email exactly as stored, so a holder whose email differs only in case is left out', async () => {
    const holder = db.attendees.find((attendee) => attendee.id === 1);
    if (!holder) throw new Error('The seed has no ticket holder 1.');
    db.attendees.push(
      buildAttendee({
        id: 999,
        order_id: holder.order_id,
        ticket_id: holder.ticket_id,
        event_id: holder.event_id,
        email: 'Buyer@Open-Event.test',
      }),
    );
    const reply = await call('GET', `/v1/users/${SEED.buyerId}/attendees`, { as: 'buyer' });
    expect(list(reply).data.map((attendee) => attendee.id)).toEqual(['1', '2', '4', '5']);
  });

  it('includes the event and order of each holder when asked, and refuses an unknown include with 400', async () => {
    const reply = await call('GET', `/v1/users/${SEED.buyerId}/attendees?include=event,order`, {
      as: 'buyer',
    });
    expect(reply.status).toBe(200);
    const body = list(reply);
    expect(body.data[0]?.relationships?.order?.data).toEqual({ type: 'order', id: '1' });
    const included = body.included ?? [];
    const orders = included.filter((resource) => resource.type === 'order');
    expect(orders.map((order) => order.id).sort()).toEqual(['1', '2', '3', '4']);
    const events = included
      .filter((resource) => resource.type === 'event')
      .map((event) => String(event.attributes.name));
    expect(events.sort()).toEqual([
      'Osaka Game Jam',
      'Rust in Production Day',
      'Spring Open Source Festival',
      'Winter Hack Night',
    ]);

    const wrong = await call('GET', `/v1/users/${SEED.buyerId}/attendees?include=user`, {
      as: 'buyer',
    });
    expect(wrong.status).toBe(400);
    expect(error(wrong).detail).toBe('AttendeeSchema has no attribute user');
  });

  it('gives a user with no ticket holders an empty list', async () => {
    const user = addUser();
    const reply = await call('GET', `/v1/users/${user.id}/attendees`, { as: user });
    expect(reply.status).toBe(200);
    const body = list(reply);
    expect(body.data).toEqual([]);
    expect(body.meta.count).toBe(0);
  });

  it('refuses another user with 403 Access Forbidden, and lets an admin read them', async () => {
    const other = await call('GET', `/v1/users/${SEED.buyerId}/attendees`, { as: 'organizer' });
    expect(other.status).toBe(403);
    // The server's ForbiddenError({'source': ''}, ...): that dict is the error's source.
    expect(error(other)).toMatchObject({ detail: 'Access Forbidden', source: { source: '' } });

    const admin = await call('GET', `/v1/users/${SEED.buyerId}/attendees`, { as: 'admin' });
    expect(admin.status).toBe(200);
    expect(list(admin).data.map((attendee) => attendee.id)).toEqual(['1', '2', '4', '5']);
  });

  it('answers 404 for an unknown user and 401 without a token', async () => {
    const unknown = await call('GET', '/v1/users/9999/attendees', { as: 'admin' });
    expect(unknown.status).toBe(404);
    expect(error(unknown)).toMatchObject({ detail: 'User: 9999 not found' });
    const anonymous = await call('GET', `/v1/users/${SEED.buyerId}/attendees`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toEqual({
      error:
        'Missing JWT in cookies or headers (Missing cookie "access_token_cookie"; Missing Authorization Header)',
    });
  });

  it('answers 406 when the Accept header refuses JSON:API', async () => {
    const reply = await call('GET', `/v1/users/${SEED.buyerId}/attendees`, {
      as: 'buyer',
      headers: { Accept: 'text/html' },
    });
    expect(reply.status).toBe(406);
    expect(error(reply).detail).toBe('Accept header must be application/vnd.api+json');
  });

  it('pages with page[size]=1, counting every holder and linking to the other pages', async () => {
    const path = `/v1/users/${SEED.buyerId}/attendees`;
    const firstReply = await call('GET', `${path}?page[size]=1`, { as: 'buyer' });
    expect(firstReply.status).toBe(200);
    const first = list(firstReply);
    expect(first.data.map((attendee) => attendee.id)).toEqual(['1']);
    expect(first.meta.count).toBe(4);
    expect(first.links).toEqual({
      self: `${path}?page[size]=1`,
      first: `${path}?page%5Bsize%5D=1&page%5Bnumber%5D=1`,
      last: `${path}?page%5Bsize%5D=1&page%5Bnumber%5D=4`,
      next: `${path}?page%5Bsize%5D=1&page%5Bnumber%5D=2`,
    });

    const lastReply = await call('GET', `${path}?page[size]=1&page[number]=4`, { as: 'buyer' });
    const last = list(lastReply);
    expect(last.data.map((attendee) => attendee.id)).toEqual(['5']);
    expect(last.meta.count).toBe(4);
    expect(last.links).toEqual({
      self: `${path}?page[size]=1&page[number]=4`,
      first: `${path}?page%5Bsize%5D=1&page%5Bnumber%5D=1`,
      last: `${path}?page%5Bsize%5D=1&page%5Bnumber%5D=4`,
      prev: `${path}?page%5Bsize%5D=1&page%5Bnumber%5D=3`,
    });
  });

  it('sorts and filters on attendee attributes', async () => {
    const sorted = list(
      await call('GET', `/v1/users/${SEED.buyerId}/attendees?sort=created-at`, { as: 'buyer' }),
    );
    // The seed dates each order ten days before its event, or before now if the event is still
    // ahead: holders 1 and 4 (events ahead) are the newest, 1 before 4.
    expect(sorted.data.map((attendee) => attendee.id)).toEqual(['2', '5', '1', '4']);

    const holder = db.attendees.find((attendee) => attendee.id === 4);
    if (!holder) throw new Error('The seed has no ticket holder 4.');
    holder.is_checked_in = true;
    const filter = JSON.stringify([{ name: 'is-checked-in', op: 'eq', val: true }]);
    const checkedIn = list(
      await call(
        'GET',
        `/v1/users/${SEED.buyerId}/attendees?filter=${encodeURIComponent(filter)}`,
        { as: 'buyer' },
      ),
    );
    expect(checkedIn.data.map((attendee) => attendee.id)).toEqual(['4']);
    expect(checkedIn.meta.count).toBe(1);
  });
});
