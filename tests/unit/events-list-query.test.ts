// The events page's URL state, its JSON filter (src/features/discover/list-query.ts) and the
// price line of a card (src/features/discover/price-range.ts).
import {
  eventListFilter,
  likeText,
  pageCount,
  readListQuery,
  writeListQuery,
} from '@/features/discover/list-query';
import { priceRange } from '@/features/discover/price-range';

const NOW = '2026-12-03T10:00:00.000Z';

describe('the events page URL', () => {
  it('reads search, place and page, and falls back to the defaults for anything else', () => {
    expect(readListQuery(new URLSearchParams('q=+rust+&where=online&page=3'))).toEqual({
      search: 'rust',
      where: 'online',
      page: 3,
    });
    for (const query of ['where=moon', 'page=0', 'page=-2', 'page=1.5', 'page=abc', 'page=1e99']) {
      const read = readListQuery(new URLSearchParams(query));
      expect(read.where).toBe('all');
      expect(read.page).toBe(1);
    }
    expect(readListQuery(new URLSearchParams(`q=${'y'.repeat(300)}`)).search).toHaveLength(100);
  });

  it('writes only what differs from the defaults, and reads back what it wrote', () => {
    expect(writeListQuery({ search: '', where: 'all', page: 1 }).toString()).toBe('');
    const query = { search: 'café & "co" 🎉', where: 'venue' as const, page: 2 };
    expect(readListQuery(writeListQuery(query))).toEqual(query);
  });
});

describe('the filter sent to GET /v1/events', () => {
  it('always asks for published, public events that have not ended', () => {
    expect(eventListFilter({ search: '', where: 'all', page: 1 }, NOW)).toEqual([
      { name: 'state', op: 'eq', val: 'published' },
      { name: 'privacy', op: 'eq', val: 'public' },
      {
        or: [
          { name: 'starts-at', op: 'ge', val: NOW },
          { name: 'ends-at', op: 'ge', val: NOW },
        ],
      },
    ]);
  });

  it('adds the search as data and the online choice as a boolean', () => {
    const filter = eventListFilter({ search: 'a"b\'c', where: 'venue', page: 1 }, NOW);
    expect(filter.slice(3)).toEqual([
      { name: 'name', op: 'ilike', val: '%a"b\'c%' },
      { name: 'online', op: 'eq', val: false },
    ]);
    // JSON encodes the quotes: the text can never close the filter's string early.
    expect(JSON.parse(JSON.stringify(filter))).toEqual(filter);
  });

  it('escapes LIKE wildcards and the escape character with a backslash', () => {
    expect(likeText('100%_off \\ ok')).toBe('100\\%\\_off \\\\ ok');
  });
});

describe('pages', () => {
  it('counts twelve events to a page, and an empty list as one page', () => {
    expect([0, 1, 12, 13, 24, 25].map(pageCount)).toEqual([1, 1, 1, 2, 2, 3]);
  });
});

describe('the price line', () => {
  it.each([
    [[], 'USD', null],
    [[{ type: 'free', price: 0 }], 'USD', 'Free'],
    [[{ type: 'paid', price: 2500 }], 'USD', '$25.00'],
    [[{ type: 'paid', price: 3000 }], 'JPY', '¥3,000'],
    [
      [
        { type: 'paid', price: 2500 },
        { type: 'paid', price: 1500 },
      ],
      'USD',
      'From $15.00',
    ],
    [[{ type: 'donation', price: 500 }], 'USD', 'From $5.00'],
    [
      [
        { type: 'free', price: 0 },
        { type: 'paid', price: 2500 },
      ],
      'EUR',
      'Free, or from €25.00',
    ],
  ])('for %j in %s says %s', (tickets, currency, expected) => {
    expect(priceRange(tickets, currency)).toBe(expected);
  });
});
