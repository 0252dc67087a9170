// The events page's state as it lives in the URL (`/?q=summit&where=online&page=2`), and the
// server's JSON filter built from it as data (docs/events-page.md). Nothing typed is ever spliced
// into a string: the filter is an object that JSON.stringify encodes.

/** Longer search text is cut: no event name is this long, and the URL stays short. */
export const MAX_SEARCH_LENGTH = 100;
/** Events per page, as Open Event's own home page asks for. */
export const PAGE_SIZE = 12;

export type Where = 'all' | 'online' | 'venue';

export interface ListQuery {
  /** Trimmed search text, '' for none. */
  search: string;
  where: Where;
  /** 1-based. */
  page: number;
}

export function readListQuery(params: URLSearchParams): ListQuery {
  const search = (params.get('q') ?? '').trim().slice(0, MAX_SEARCH_LENGTH);
  const whereParam = params.get('where');
  const where: Where = whereParam === 'online' || whereParam === 'venue' ? whereParam : 'all';
  const pageParam = Number(params.get('page'));
  const page = Number.isSafeInteger(pageParam) && pageParam > 1 ? pageParam : 1;
  return { search, where, page };
}

/** The URL's query for a state: defaults are left out, so `/` is the plain first page. */
export function writeListQuery(query: ListQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.search) params.set('q', query.search);
  if (query.where !== 'all') params.set('where', query.where);
  if (query.page > 1) params.set('page', String(query.page));
  return params;
}

export type FilterItem =
  { name: string; op: string; val: unknown } | { or: FilterItem[] } | { and: FilterItem[] };

/**
 * `ilike` treats `%` and `_` as wildcards. The server's database is PostgreSQL, whose LIKE escapes
 * with a backslash when no ESCAPE clause is given: so a typed `%`, `_` or `\` is matched as itself.
 */
export function likeText(search: string): string {
  return search.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/**
 * Published, public and not over yet (starting later, or still running), plus the search and the
 * online filter (docs/events-page.md). `now` is an ISO timestamp.
 */
export function eventListFilter(query: ListQuery, now: string): FilterItem[] {
  const filter: FilterItem[] = [
    { name: 'state', op: 'eq', val: 'published' },
    { name: 'privacy', op: 'eq', val: 'public' },
    {
      or: [
        { name: 'starts-at', op: 'ge', val: now },
        { name: 'ends-at', op: 'ge', val: now },
      ],
    },
  ];
  if (query.search) {
    filter.push({ name: 'name', op: 'ilike', val: `%${likeText(query.search)}%` });
  }
  if (query.where !== 'all') {
    filter.push({ name: 'online', op: 'eq', val: query.where === 'online' });
  }
  return filter;
}

/** How many pages `count` events make (at least one, so an empty list is page 1 of 1). */
export function pageCount(count: number): number {
  return Math.max(1, Math.ceil(count / PAGE_SIZE));
}
