// The mock store: seed, reset, snapshots, browser persistence and change notifications.
import { db, onDbChange, resetDb, restoreDb, snapshotDb } from '@mocks/db';
import { timeOf } from '@mocks/lib/datetime';
import { loadDbFromStorage, MOCK_DB_STORAGE_KEY, saveDbToStorage } from '@mocks/persistence';
import { createSeedState, DEMO_ACCOUNTS, SEED } from '@mocks/seed';
import { CATALOGUE_ORGANIZER_ID } from '@mocks/seed-catalogue';
import { call, daysFromNow, doc } from './support';

describe('the seed', () => {
  it('has the three demo accounts, verified, with the documented credentials', () => {
    expect(DEMO_ACCOUNTS.map(({ role, email, password }) => [role, email, password])).toEqual([
      ['admin', 'admin@open-event.test', 'admin-demo-pass'],
      ['organizer', 'organizer@open-event.test', 'organizer-demo-pass'],
      ['buyer', 'buyer@open-event.test', 'buyer-demo-pass'],
    ]);
    const byId = (id: number) => db.users.find((user) => user.id === id);
    expect(byId(SEED.adminId)).toMatchObject({ email: 'admin@open-event.test', is_admin: true });
    expect(byId(SEED.organizerId)).toMatchObject({ is_verified: true, is_admin: false });
    expect(byId(SEED.buyerId)).toMatchObject({ is_verified: true, is_admin: false });
  });

  it('gives the organizer a Stripe-linked USD event, an on-site JPY event and a draft', () => {
    const event = (id: number) => db.events.find((candidate) => candidate.id === id);
    expect(event(SEED.usdEvent.id)).toMatchObject({
      identifier: SEED.usdEvent.identifier,
      owner_id: SEED.organizerId,
      state: 'published',
      payment_currency: 'USD',
      can_pay_by_stripe: true,
      is_stripe_linked: true,
    });
    expect(event(SEED.jpyEvent.id)).toMatchObject({
      state: 'published',
      payment_currency: 'JPY',
      can_pay_by_stripe: false,
      can_pay_onsite: true,
      onsite_details: expect.any(String) as unknown,
    });
    expect(event(SEED.draftEvent.id)).toMatchObject({ state: 'draft', owner_id: SEED.organizerId });
  });

  it('prices the tickets as documented', () => {
    const ticket = (id: number) => db.tickets.find((candidate) => candidate.id === id);
    expect(ticket(SEED.tickets.free)).toMatchObject({ type: 'free', price: 0 });
    expect(ticket(SEED.tickets.paid)).toMatchObject({ type: 'paid', price: 25 });
    expect(ticket(SEED.tickets.donation)).toMatchObject({
      type: 'donation',
      min_price: 5,
      max_price: 500,
    });
    expect(ticket(SEED.tickets.jpy)).toMatchObject({
      type: 'paid',
      price: 3000,
      event_id: SEED.jpyEvent.id,
    });
  });

  it('uses 8-hex identifiers that are never all digits', () => {
    for (const event of db.events) expect(event.identifier).toMatch(/^(?=.*[a-f])[0-9a-f]{8}$/);
  });

  it('dates the demo accounts’ events in the future relative to when it is made, and every event in a real time zone', () => {
    const now = Date.now();
    for (const event of db.events) {
      if (event.owner_id !== CATALOGUE_ORGANIZER_ID) {
        expect(timeOf(event.starts_at)).toBeGreaterThan(now + 7 * 24 * 3600 * 1000);
      }
      expect(
        Intl.DateTimeFormat('en', { timeZone: event.timezone }).resolvedOptions().timeZone,
      ).toBeTruthy();
    }
    const later = createSeedState(now + 365 * 24 * 3600 * 1000);
    expect(timeOf(later.events[0]?.starts_at)).toBeGreaterThan(now + 365 * 24 * 3600 * 1000);
  });

  it('has a public catalogue for the events page: past and upcoming, online and at a venue, with and without covers, one private and one draft', () => {
    const catalogue = db.events.filter((event) => event.owner_id === CATALOGUE_ORGANIZER_ID);
    const now = Date.now();
    expect(catalogue.length).toBeGreaterThanOrEqual(25);
    expect(catalogue.some((event) => (timeOf(event.ends_at) ?? 0) < now)).toBe(true);
    expect(catalogue.some((event) => event.online)).toBe(true);
    expect(catalogue.some((event) => event.original_image_url === null)).toBe(true);
    expect(
      catalogue.some((event) => event.original_image_url?.startsWith('data:image/svg+xml')),
    ).toBe(true);
    expect(catalogue.filter((event) => event.privacy === 'private')).toHaveLength(1);
    expect(catalogue.filter((event) => event.state === 'draft')).toHaveLength(1);
    expect(new Set(catalogue.map((event) => event.payment_currency)).size).toBeGreaterThan(8);
  });

  it('keeps every ticket sale open now and closed before its event ends', () => {
    const now = Date.now();
    for (const ticket of db.tickets) {
      const event = db.events.find((candidate) => candidate.id === ticket.event_id);
      expect(timeOf(ticket.sales_starts_at)).toBeLessThan(now);
      expect(timeOf(ticket.sales_ends_at)).toBeLessThan(timeOf(event?.ends_at) ?? 0);
    }
  });

  it('connects the USD event to a Stripe account with a pk_test_ key', () => {
    expect(db.stripeAuthorizations).toEqual([
      expect.objectContaining({
        id: SEED.stripeAuthorizationId,
        event_id: SEED.usdEvent.id,
        stripe_publishable_key: expect.stringMatching(/^pk_test_\w{20,}$/) as unknown,
      }),
    ]);
    // The only orders are the buyer's history on the catalogue (My tickets).
    expect(db.orders.map((order) => order.user_id)).toEqual(db.orders.map(() => SEED.buyerId));
    expect(
      db.orders.every((order) => order.status === 'completed' || order.status === 'placed'),
    ).toBe(true);
  });
});

describe('resetting and snapshots', () => {
  it('goes back to the seed after changes', async () => {
    const seeded = createSeedState();
    await call('DELETE', `/v1/events/${SEED.jpyEvent.id}`, { as: 'organizer' });
    expect(db.events).toHaveLength(seeded.events.length - 1);
    resetDb();
    expect(db.events).toHaveLength(seeded.events.length);
    expect(db.tickets).toHaveLength(seeded.tickets.length);
  });

  it('restores a snapshot and rejects unusable ones without touching the store', async () => {
    const saved = snapshotDb();
    await call('DELETE', `/v1/events/${SEED.jpyEvent.id}`, { as: 'organizer' });
    expect(restoreDb(saved)).toBe(true);
    expect(db.events).toHaveLength(createSeedState().events.length);

    for (const bad of ['not json', '{}', JSON.stringify({ version: 1, data: { users: 'x' } })]) {
      expect(restoreDb(bad)).toBe(false);
    }
    expect(db.events).toHaveLength(createSeedState().events.length);
  });

  it('never reuses an id after a delete', async () => {
    const body = (name: string) => ({
      data: {
        type: 'event',
        attributes: {
          name,
          'starts-at': daysFromNow(3),
          'ends-at': daysFromNow(4),
          timezone: 'UTC',
        },
      },
    });
    const first = doc(await call('POST', '/v1/events', { as: 'organizer', body: body('One') }));
    await call('DELETE', `/v1/events/${first.data.id}`, { as: 'organizer' });
    const second = doc(await call('POST', '/v1/events', { as: 'organizer', body: body('Two') }));
    expect(Number(second.data.id)).toBeGreaterThan(Number(first.data.id));
  });
});

describe('browser persistence', () => {
  it('saves the store to localStorage and loads it back', async () => {
    expect(loadDbFromStorage(window.localStorage)).toBe(false);
    await call('DELETE', `/v1/events/${SEED.jpyEvent.id}`, { as: 'organizer' });
    expect(saveDbToStorage(window.localStorage)).toBe(true);
    expect(window.localStorage.getItem(MOCK_DB_STORAGE_KEY)).toContain('"version":2');

    resetDb();
    expect(loadDbFromStorage(window.localStorage)).toBe(true);
    expect(db.events.map((event) => event.id)).not.toContain(SEED.jpyEvent.id);
  });

  it('ignores a corrupt saved store', () => {
    window.localStorage.setItem(MOCK_DB_STORAGE_KEY, '{"version":1,"data":null}');
    expect(loadDbFromStorage(window.localStorage)).toBe(false);
    expect(db.events).toHaveLength(createSeedState().events.length);
  });

  it('notifies change listeners after each mutating request, and not after reads', async () => {
    const listener = vi.fn();
    const unsubscribe = onDbChange(listener);
    try {
      await call('GET', `/v1/events/${SEED.usdEvent.id}`);
      expect(listener).not.toHaveBeenCalled();
      await call('DELETE', `/v1/tickets/${SEED.tickets.free}`, { as: 'organizer' });
      expect(listener).toHaveBeenCalledTimes(1);
    } finally {
      unsubscribe();
    }
  });
});
