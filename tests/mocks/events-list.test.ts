// GET /v1/events as docs/events-page.md describes it: who sees what, JSON filters (and/or/not, ilike),
// sort, include, paging with meta.count and paging links, and the 400s and 401 of the server.
import { db } from '@mocks/db';
import { createAccessToken } from '@mocks/jwt';
import { SEED } from '@mocks/seed';
import { call } from './support';

interface ListReply {
  data: { id: string; attributes: Record<string, unknown> }[];
  included?: { type: string; id: string; attributes: Record<string, unknown> }[];
  meta: { count: number };
  links: Record<string, string>;
}

function list(query: Record<string, string>, as?: 'organizer' | 'admin' | 'buyer') {
  return call('GET', `/v1/events?${new URLSearchParams(query).toString()}`, { as });
}

async function listOk(query: Record<string, string>, as?: 'organizer' | 'admin' | 'buyer') {
  const reply = await list(query, as);
  expect(reply.status).toBe(200);
  return reply.body as ListReply;
}

const names = (body: ListReply) => body.data.map((event) => event.attributes.name);

describe('GET /v1/events', () => {
  it('shows anonymous callers the published events only, private ones included (privacy is the caller’s filter)', async () => {
    const body = await listOk({ 'page[size]': '0' });
    const published = db.events.filter((event) => event.state === 'published');
    expect(body.meta.count).toBe(published.length);
    expect(names(body)).not.toContain('Community Hackathon (draft)');
    expect(names(body)).toContain('Invite-only Sponsors Dinner');
  });

  it('adds the caller’s own drafts for a logged-in organizer, and everything for an admin', async () => {
    expect(names(await listOk({ 'page[size]': '0' }, 'organizer'))).toContain(
      'Community Hackathon (draft)',
    );
    expect(names(await listOk({ 'page[size]': '0' }, 'buyer'))).not.toContain(
      'Community Hackathon (draft)',
    );
    expect((await listOk({ 'page[size]': '0' }, 'admin')).meta.count).toBe(db.events.length);
  });

  it('applies the home page’s filters: published, public, not over yet, soonest first', async () => {
    const now = new Date().toISOString();
    const body = await listOk({
      filter: JSON.stringify([
        { name: 'state', op: 'eq', val: 'published' },
        { name: 'privacy', op: 'eq', val: 'public' },
        {
          or: [
            { name: 'starts-at', op: 'ge', val: now },
            { name: 'ends-at', op: 'ge', val: now },
          ],
        },
      ]),
      sort: 'starts-at',
      'page[size]': '0',
    });
    expect(names(body)).not.toContain('Invite-only Sponsors Dinner');
    expect(names(body)).not.toContain('Spring Open Source Festival');
    const starts = body.data.map((event) => Date.parse(String(event.attributes['starts-at'])));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('searches names with ilike, case-insensitively, and understands not', async () => {
    const search = await listOk({
      filter: JSON.stringify([{ name: 'name', op: 'ilike', val: '%open source summit%' }]),
    });
    expect(names(search)).toEqual(['Open Source Summit Demo']);
    const online = await listOk({
      filter: JSON.stringify([{ not: { name: 'online', op: 'eq', val: false } }]),
      'page[size]': '0',
    });
    expect(online.data.every((event) => event.attributes.online === true)).toBe(true);
    expect(online.data.length).toBeGreaterThan(3);
  });

  it('pages with page[size] and page[number], counts every match, and links first, last, prev and next', async () => {
    const first = await listOk({ sort: 'starts-at', 'page[size]': '5' });
    const count = first.meta.count;
    expect(first.data).toHaveLength(5);
    expect(first.links.prev).toBeUndefined();
    expect(first.links.next).toContain('page%5Bnumber%5D=2');
    const lastPage = Math.ceil(count / 5);
    expect(first.links.last).toContain(`page%5Bnumber%5D=${lastPage}`);

    const last = await listOk({
      sort: 'starts-at',
      'page[size]': '5',
      'page[number]': String(lastPage),
    });
    expect(last.data.length).toBe(count - 5 * (lastPage - 1));
    expect(last.links.next).toBeUndefined();
    expect(last.links.prev).toContain(`page%5Bnumber%5D=${lastPage - 1}`);

    const past = await listOk({ 'page[size]': '5', 'page[number]': '999' });
    expect(past.data).toEqual([]);
    expect(past.meta.count).toBe(count);
  });

  it('defaults to 20 per page and has no paging links when everything fits', async () => {
    expect((await listOk({})).data).toHaveLength(20);
    const one = await listOk({
      filter: JSON.stringify([{ name: 'identifier', op: 'eq', val: SEED.usdEvent.identifier }]),
    });
    expect(one.links).toEqual({ self: expect.stringContaining('/v1/events') as unknown });
  });

  it('includes tickets', async () => {
    const body = await listOk({
      filter: JSON.stringify([{ name: 'identifier', op: 'eq', val: SEED.usdEvent.identifier }]),
      include: 'tickets',
    });
    expect(body.included?.filter((resource) => resource.type === 'ticket').length).toBe(3);
  });

  it('answers 400 for a filter on an unknown attribute, bad JSON, or a relationship filter', async () => {
    for (const filter of [
      JSON.stringify([{ name: 'foo', op: 'eq', val: 1 }]),
      '[{"name":',
      JSON.stringify([
        { name: 'tickets', op: 'any', val: { name: 'type', op: 'eq', val: 'free' } },
      ]),
      JSON.stringify([{ name: 'name', op: 'frobnicate', val: 'x' }]),
    ]) {
      const reply = await list({ filter });
      expect(reply.status).toBe(400);
      expect(reply.body).toMatchObject({ errors: [{ source: { parameter: 'filters' } }] });
    }
  });

  it('answers 401 to an expired token, even though the list is public', async () => {
    const reply = await call('GET', '/v1/events', {
      headers: {
        Authorization: `JWT ${createAccessToken(SEED.buyerId, { expiresInSeconds: -10 })}`,
      },
    });
    expect(reply.status).toBe(401);
  });
});
