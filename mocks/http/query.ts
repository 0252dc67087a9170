// Query strings of flask-rest-jsonapi lists and details: include, sort, filter and page.
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

function likePattern(pattern: string, flags: string): RegExp {
  const escaped = pattern
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/%/g, '.*')
    .replace(/_/g, '.');
  return new RegExp(`^${escaped}$`, flags);
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

/** `?filter=[{"name":"state","op":"eq","val":"draft"}]` (flask-rest-jsonapi's JSON filters). */
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
  const clauses = Array.isArray(parsed) ? (parsed as unknown[]) : [parsed];
  const checks = clauses.map((clause) => {
    if (!isClause(clause)) return filterError('Parse error');
    const field = fieldOf(schema, clause.name);
    if (field === null) return filterError(`${schemaName} has no attribute ${clause.name}`);
    return { field, clause };
  });
  return records.filter((record) =>
    checks.every(({ field: [name, spec], clause }) =>
      matches(spec, record[name], clause.op, clause.val),
    ),
  );
}

/** flask-rest-jsonapi's default page size; `page[size]=0` turns paging off. */
export const DEFAULT_PAGE_SIZE = 30;

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
