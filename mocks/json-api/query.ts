// Query strings of flask-rest-jsonapi lists and details: include, sort, filter and page.
import { collectionDocument, type JsonApiDocument, type Serialized } from './documents';
import { invalidQueryParameter, raise } from './errors';
import type { FieldSpec, ResourceSchema } from './schema';
import { timeOf } from '../lib/datetime';

/** Relationship names in `?include=`, each checked against what the resource has. */
export function parseInclude(
  url: URL,
  schemaName: string,
  relationships: readonly string[],
): string[] {
  const value = url.searchParams.get('include');
  if (value === null || value.trim() === '') return [];
  const names = [...new Set(value.split(',').map((name) => name.trim()))].filter(Boolean);
  for (const name of names) {
    if (!relationships.includes(name)) {
      raise(
        invalidQueryParameter(
          'Invalid include querystring parameter.',
          'include',
          `${schemaName} has no attribute ${name.replace(/-/g, '_')}`,
        ),
      );
    }
  }
  return names;
}

function fieldOf<R>(
  schema: ResourceSchema<R>,
  wireName: string,
): [keyof R & string, FieldSpec] | null {
  const name = wireName.replace(/-/g, '_');
  const spec: FieldSpec | undefined = (schema as Readonly<Record<string, FieldSpec | undefined>>)[
    name
  ];
  return spec && !spec.loadOnly ? [name as keyof R & string, spec] : null;
}

type Comparable = string | number | boolean | null;

function comparable(spec: FieldSpec, value: unknown): Comparable {
  if (value === null || value === undefined) return null;
  if (spec.kind === 'datetime' && typeof value === 'string') return timeOf(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  return null;
}

/** Postgres order: NULLs sort last ascending, first descending. */
function compare(a: Comparable, b: Comparable): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** `?sort=starts-at,-name`; ties keep the id order, like the server's primary-key order. */
export function applySort<R>(
  records: readonly R[],
  url: URL,
  schemaName: string,
  schema: ResourceSchema<R>,
): R[] {
  const value = url.searchParams.get('sort');
  const sorted = [...records];
  if (value === null || value.trim() === '') return sorted;
  const keys = value.split(',').map((entry) => {
    const trimmed = entry.trim();
    const descending = trimmed.startsWith('-');
    const wireName = descending ? trimmed.slice(1) : trimmed;
    const field = fieldOf(schema, wireName);
    if (field === null) {
      return raise(
        invalidQueryParameter(
          'Invalid sort querystring parameter.',
          'sort',
          `${schemaName} has no attribute ${wireName}`,
        ),
      );
    }
    return { field, descending };
  });
  return sorted.sort((left, right) => {
    for (const { field, descending } of keys) {
      const [name, spec] = field;
      const order = compare(comparable(spec, left[name]), comparable(spec, right[name]));
      if (order !== 0) return descending ? -order : order;
    }
    return 0;
  });
}

interface FilterClause {
  name: string;
  op: string;
  val: unknown;
}

function isClause(value: unknown): value is FilterClause {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { name?: unknown }).name === 'string' &&
    typeof (value as { op?: unknown }).op === 'string'
  );
}

function filterError(detail: string): never {
  return raise(invalidQueryParameter('Invalid filters querystring parameter.', 'filters', detail));
}

/**
 * A LIKE pattern as PostgreSQL reads it: `%` any run, `_` any one character, and a backslash (its
 * default escape character) makes the next character literal.
 */
function likePattern(pattern: string, flags: string): RegExp {
  // By code point, as PostgreSQL counts characters: `_` matches one emoji, not half of one.
  const characters = Array.from(pattern);
  let source = '';
  for (let i = 0; i < characters.length; i += 1) {
    const character = characters[i] ?? '';
    if (character === '\\' && i + 1 < characters.length) {
      i += 1;
      source += escapeRegExp(characters[i] ?? '');
    } else if (character === '%') source += '.*';
    else if (character === '_') source += '.';
    else source += escapeRegExp(character);
  }
  return new RegExp(`^${source}$`, `${flags}su`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function matches(spec: FieldSpec, stored: unknown, op: string, val: unknown): boolean {
  const left = comparable(spec, stored);
  const right = comparable(spec, val);
  switch (op) {
    case 'eq':
    case '==':
      return left === right;
    case 'ne':
    case '!=':
      return left !== right;
    case 'lt':
      return left !== null && right !== null && left < right;
    case 'le':
      return left !== null && right !== null && left <= right;
    case 'gt':
      return left !== null && right !== null && left > right;
    case 'ge':
      return left !== null && right !== null && left >= right;
    case 'in_':
    case 'notin_': {
      if (!Array.isArray(val)) return filterError(`${op} needs a list value`);
      const found = val.some((item) => comparable(spec, item) === left);
      return op === 'in_' ? found : !found;
    }
    case 'like':
    case 'ilike':
      return (
        typeof left === 'string' &&
        typeof val === 'string' &&
        likePattern(val, op === 'ilike' ? 'i' : '').test(left)
      );
    default:
      return filterError(`${op} is not a supported filter operator`);
  }
}

/**
 * `?filter=[{"name":"state","op":"eq","val":"draft"}]` (flask-rest-jsonapi's JSON filters): the
 * top-level items are ANDed, and an item may be `{"and":[..]}`, `{"or":[..]}` or `{"not":{..}}`.
 * Relationship filters (`has`, `any`) are not modelled: they get the server's 400.
 */
export function applyFilter<R>(
  records: readonly R[],
  url: URL,
  schemaName: string,
  schema: ResourceSchema<R>,
): R[] {
  const value = url.searchParams.get('filter');
  if (value === null || value.trim() === '') return [...records];
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return filterError('Parse error');
  }
  const items = Array.isArray(parsed) ? (parsed as unknown[]) : [parsed];
  const predicates = items.map((item) => compileFilter(item, schemaName, schema));
  return records.filter((record) => predicates.every((test) => test(record)));
}

type Predicate<R> = (record: R) => boolean;

function compileFilter<R>(
  item: unknown,
  schemaName: string,
  schema: ResourceSchema<R>,
): Predicate<R> {
  if (typeof item !== 'object' || item === null) return filterError('Parse error');
  const group = item as { and?: unknown; or?: unknown; not?: unknown };
  if (Array.isArray(group.and) || Array.isArray(group.or)) {
    const list = (Array.isArray(group.and) ? group.and : group.or) as unknown[];
    const parts = list.map((part) => compileFilter(part, schemaName, schema));
    return Array.isArray(group.and)
      ? (record) => parts.every((test) => test(record))
      : (record) => parts.some((test) => test(record));
  }
  if ('not' in group) {
    const inner = compileFilter(group.not, schemaName, schema);
    return (record) => !inner(record);
  }
  if (!isClause(item)) return filterError('Parse error');
  const field = fieldOf(schema, item.name);
  if (field === null) return filterError(`${schemaName} has no attribute ${item.name}`);
  if (item.op === 'has' || item.op === 'any') {
    return filterError(`${item.op} filters on relationships are not supported by the mock`);
  }
  const [name, spec] = field;
  // Tried once now, so a bad operator or value is a 400 even when no record is there to test.
  matches(spec, null, item.op, item.val);
  return (record) => matches(spec, record[name], item.op, item.val);
}

/** The server's default page size (docs/events-page.md); `page[size]=0` turns paging off. */
export const DEFAULT_PAGE_SIZE = 20;

function pageParameter(url: URL, name: 'size' | 'number', fallback: number): number {
  const raw = url.searchParams.get(`page[${name}]`);
  if (raw === null) return fallback;
  if (!/^\d+$/.test(raw.trim())) {
    return raise(invalidQueryParameter('Bad request', `page[${name}]`, 'Parse error'));
  }
  return Number(raw);
}

export function paginate<R>(records: readonly R[], url: URL): R[] {
  const size = pageParameter(url, 'size', DEFAULT_PAGE_SIZE);
  if (size === 0) return [...records];
  const number = Math.max(1, pageParameter(url, 'number', 1));
  return records.slice((number - 1) * size, number * size);
}

/** The list's own URL with its query string, for the top-level `links.self`. */
export function selfLink(url: URL): string {
  return `${url.pathname}${url.search}`;
}

/**
 * `first`, `last`, `prev` and `next` beside `self`, only when the list has several pages: the same
 * query with another `page[number]`.
 */
export function pageLinks(url: URL, count: number): Record<string, string> {
  const size = pageParameter(url, 'size', DEFAULT_PAGE_SIZE);
  const pages = size === 0 ? 1 : Math.max(1, Math.ceil(count / size));
  if (pages <= 1) return {};
  const number = Math.max(1, pageParameter(url, 'number', 1));
  const linkTo = (page: number) => {
    const target = new URL(url);
    target.searchParams.set('page[number]', String(page));
    return selfLink(target);
  };
  const links: Record<string, string> = { first: linkTo(1), last: linkTo(pages) };
  if (number > 1) links.prev = linkTo(Math.min(number - 1, pages));
  if (number < pages) links.next = linkTo(number + 1);
  return links;
}

/**
 * A list reply's document once a handler has chosen the rows the caller may see: `?include=` is
 * checked first, then the rows are filtered, sorted and paged as the query says, and `meta.count`
 * counts every row that matches.
 */
export function listDocument<R>(
  rows: readonly R[],
  url: URL,
  list: {
    schemaName: string;
    schema: ResourceSchema<R>;
    relationships: readonly string[];
    serialize: (row: R) => Serialized;
    /** Add `first`/`last`/`prev`/`next` (pageLinks) beside `self`. */
    pageLinks?: boolean;
  },
): JsonApiDocument {
  const include = parseInclude(url, list.schemaName, list.relationships);
  const filtered = applyFilter(rows, url, list.schemaName, list.schema);
  const sorted = applySort(filtered, url, list.schemaName, list.schema);
  return collectionDocument(paginate(sorted, url).map(list.serialize), {
    self: selfLink(url),
    include,
    count: sorted.length,
    ...(list.pageLinks ? { links: pageLinks(url, sorted.length) } : {}),
  });
}
