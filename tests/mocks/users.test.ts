// The current user's document and events (docs/server-contract.md, "Login and the current user").
import { SEED } from '@mocks/seed';
import { call, doc, error, fixtureAttributeKeys, list } from './support';

describe('GET /v1/users/{id}', () => {
  it('returns every attribute of the vendored user example, and never the password', async () => {
    const reply = await call('GET', `/v1/users/${SEED.organizerId}`, { as: 'organizer' });
    expect(reply.status).toBe(200);
    const document = doc(reply);
    expect(document.data).toMatchObject({ type: 'user', id: String(SEED.organizerId) });
    expect(Object.keys(document.data.attributes)).toEqual(
      expect.arrayContaining(fixtureAttributeKeys('users-detail-get-response.json')),
    );
    expect(document.data.attributes).toMatchObject({
      email: 'organizer@open-event.test',
      'is-verified': true,
      'is-admin': false,
      'is-user-owner': true,
    });
    expect(JSON.stringify(reply.body)).not.toMatch(/password|demo-pass/);
  });

  it('marks the admin as admin and super admin', async () => {
    const document = doc(await call('GET', `/v1/users/${SEED.adminId}`, { as: 'admin' }));
    expect(document.data.attributes).toMatchObject({ 'is-admin': true, 'is-super-admin': true });
  });

  it('requires a JWT', async () => {
    const reply = await call('GET', `/v1/users/${SEED.organizerId}`);
    expect(reply.status).toBe(401);
  });

  it('answers 404 ObjectNotFound for an unknown user', async () => {
    const reply = await call('GET', '/v1/users/404', { as: 'buyer' });
    expect(reply.status).toBe(404);
    expect(error(reply)).toEqual({
      status: '404',
      source: { parameter: 'id' },
      title: 'Object not found',
      detail: 'User: 404 not found',
    });
  });
});

describe('GET /v1/users/{id}/events', () => {
  it('lists the events the organizer owns, drafts included, sorted by starts-at', async () => {
    const reply = await call('GET', `/v1/users/${SEED.organizerId}/events?sort=starts-at`, {
      as: 'organizer',
    });
    const events = list(reply).data;
    expect(events.map((event) => event.id)).toEqual([
      String(SEED.usdEvent.id),
      String(SEED.jpyEvent.id),
      String(SEED.draftEvent.id),
    ]);
    expect(events.map((event) => event.attributes.state)).toEqual([
      'published',
      'published',
      'draft',
    ]);
  });

  it('sorts descending with a minus sign', async () => {
    const reply = await call('GET', `/v1/users/${SEED.organizerId}/events?sort=-starts-at`, {
      as: 'organizer',
    });
    expect(list(reply).data.map((event) => event.id)).toEqual([
      String(SEED.draftEvent.id),
      String(SEED.jpyEvent.id),
      String(SEED.usdEvent.id),
    ]);
  });

  it('filters by state with a JSON filter', async () => {
    const filter = encodeURIComponent(JSON.stringify([{ name: 'state', op: 'eq', val: 'draft' }]));
    const reply = await call('GET', `/v1/users/${SEED.organizerId}/events?filter=${filter}`, {
      as: 'organizer',
    });
    const { data, meta } = list(reply);
    expect(data.map((event) => event.attributes.identifier)).toEqual([SEED.draftEvent.identifier]);
    expect(meta.count).toBe(1);
  });

  it('lists nothing for a user who owns no events', async () => {
    const reply = await call('GET', `/v1/users/${SEED.buyerId}/events`, { as: 'buyer' });
    expect(list(reply)).toMatchObject({ data: [], meta: { count: 0 } });
  });

  it("forbids listing another user's events with a 403 app error", async () => {
    const reply = await call('GET', `/v1/users/${SEED.organizerId}/events`, { as: 'buyer' });
    expect(reply.status).toBe(403);
    expect(error(reply)).toEqual({
      status: 403,
      source: { source: '' },
      title: 'Access Forbidden',
      detail: 'Access Forbidden',
    });
  });

  it("lets an admin list any user's events", async () => {
    const reply = await call('GET', `/v1/users/${SEED.organizerId}/events`, { as: 'admin' });
    expect(list(reply).meta.count).toBe(3);
  });

  it('rejects a sort on an attribute events do not have', async () => {
    const reply = await call('GET', `/v1/users/${SEED.organizerId}/events?sort=shoe-size`, {
      as: 'organizer',
    });
    expect(reply.status).toBe(400);
    expect(error(reply)).toMatchObject({ source: { parameter: 'sort' } });
  });
});
