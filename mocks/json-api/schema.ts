// A small marshmallow 2: field specs per resource, loading client attributes with marshmallow's
// coercions and messages, and dumping records with dasherized names.
import type { FieldError } from './errors';
import { formatDateTime, parseDateTime } from '../lib/datetime';

interface FieldOptions {
  /** Missing on create gives "Missing data for required field." (not checked on PATCH). */
  required?: boolean;
  /** marshmallow's default is false: null gives "Field may not be null.". */
  allowNone?: boolean;
  /** Sent by the server, silently ignored on input (marshmallow 2 does not reject it). */
  dumpOnly?: boolean;
  /** Accepted on input, never sent back (passwords, OAuth codes). */
  loadOnly?: boolean;
}

/** `validate` returns the error message for a bad value, or null; it sees the coerced value. */
export interface StringField extends FieldOptions {
  kind: 'string' | 'datetime';
  validate?: (value: string) => string | null;
}
export interface NumberField extends FieldOptions {
  kind: 'integer' | 'float';
  validate?: (value: number) => string | null;
}
export interface BooleanField extends FieldOptions {
  kind: 'boolean';
}
export type FieldSpec = StringField | NumberField | BooleanField;

// The field specs most attributes use, written once for every schema in mocks/schemas/.
/** A string the client may also send as null. */
export const text = { kind: 'string', allowNone: true } as const satisfies StringField;
/** A string only the server writes (a client's value is ignored). */
export const readOnlyText = {
  kind: 'string',
  allowNone: true,
  dumpOnly: true,
} as const satisfies StringField;
export const flag = { kind: 'boolean' } as const satisfies BooleanField;

/** Ties each spec to its record column: a boolean column gets a boolean field, and so on. */
type FieldFor<V> = ([NonNullable<V>] extends [boolean]
  ? BooleanField
  : [NonNullable<V>] extends [number]
    ? NumberField
    : [NonNullable<V>] extends [string]
      ? StringField
      : never) &
  (null extends V ? unknown : { allowNone?: false });

export type ResourceSchema<R> = { readonly [K in keyof R]?: FieldFor<R[K]> };

/**
 * The other way round, for the tables db.ts builds from their schema: what a record stores for a
 * field, its kind's type, and null as well where the field allows none. The field needs its
 * literal type (`as const satisfies StringField`): behind a `: StringField` annotation,
 * `allowNone` is only maybe true.
 */
export type FieldValue<F extends FieldSpec> =
  | (F['kind'] extends 'boolean'
      ? boolean
      : F['kind'] extends 'integer' | 'float'
        ? number
        : string)
  | (F extends { allowNone: true } ? null : never);

/** A narrower view of a schema (UserSchemaPublic of UserSchema): these fields, in this order. */
export function pickFields<R>(
  schema: ResourceSchema<R>,
  names: readonly (keyof R & string)[],
): ResourceSchema<R> {
  return Object.fromEntries(names.map((name) => [name, schema[name]])) as ResourceSchema<R>;
}

export function dasherize(name: string): string {
  return name.replace(/_/g, '-');
}

/** Same message marshmallow 2 uses for a failed `validate=lambda ...`. */
export const INVALID_VALUE = 'Invalid value.';

const TRUTHY = new Set<unknown>(['t', 'T', 'true', 'True', 'TRUE', '1', 1, true]);
const FALSY = new Set<unknown>(['f', 'F', 'false', 'False', 'FALSE', '0', 0, false]);
const INTEGER_TEXT = /^\s*[+-]?\d+\s*$/;
const FLOAT_TEXT = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;

type Coerced = { ok: true; value: string | number | boolean } | { ok: false; detail: string };

/** marshmallow 2 is lenient: "100" is an integer, "true" a boolean, 1.9 an integer (truncated). */
function coerce(spec: FieldSpec, raw: unknown): Coerced {
  switch (spec.kind) {
    case 'string':
      return typeof raw === 'string'
        ? { ok: true, value: raw }
        : { ok: false, detail: 'Not a valid string.' };
    case 'datetime': {
      const date = typeof raw === 'string' ? parseDateTime(raw) : null;
      return date
        ? { ok: true, value: formatDateTime(date) }
        : { ok: false, detail: 'Not a valid datetime.' };
    }
    case 'integer':
      if (typeof raw === 'number' && Number.isFinite(raw))
        return { ok: true, value: Math.trunc(raw) };
      if (typeof raw === 'string' && INTEGER_TEXT.test(raw)) {
        return { ok: true, value: Number.parseInt(raw.trim(), 10) };
      }
      return { ok: false, detail: 'Not a valid integer.' };
    case 'float':
      if (typeof raw === 'number' && Number.isFinite(raw)) return { ok: true, value: raw };
      if (typeof raw === 'string' && FLOAT_TEXT.test(raw)) return { ok: true, value: Number(raw) };
      return { ok: false, detail: 'Not a valid number.' };
    case 'boolean':
      if (TRUTHY.has(raw)) return { ok: true, value: true };
      if (FALSY.has(raw)) return { ok: true, value: false };
      return { ok: false, detail: 'Not a valid boolean.' };
  }
}

function validate(spec: FieldSpec, value: string | number | boolean): string | null {
  switch (spec.kind) {
    case 'boolean':
      return null;
    case 'integer':
    case 'float':
      return typeof value === 'number' && spec.validate ? spec.validate(value) : null;
    case 'string':
    case 'datetime':
      return typeof value === 'string' && spec.validate ? spec.validate(value) : null;
  }
}

function entries<R>(schema: ResourceSchema<R>): [keyof R & string, FieldSpec][] {
  return Object.entries(schema).filter(
    (entry): entry is [keyof R & string, FieldSpec] => entry[1] !== undefined,
  );
}

export interface LoadResult<R> {
  values: Partial<R>;
  errors: FieldError[];
}

/**
 * Reads `attributes` the way marshmallow 2 + marshmallow-jsonapi do: each field under its
 * snake_case name first, then the dasherized one; unknown and dump-only keys are ignored; every
 * failing field gets its own error. `partial` (PATCH) skips the required check.
 */
export function loadAttributes<R>(
  schema: ResourceSchema<R>,
  attributes: Readonly<Record<string, unknown>>,
  options: { partial: boolean },
): LoadResult<R> {
  const values: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  for (const [name, spec] of entries(schema)) {
    if (spec.dumpOnly) continue;
    const wireName = dasherize(name);
    const pointer = `/data/attributes/${wireName}`;
    const key = Object.hasOwn(attributes, name) ? name : wireName;
    if (!Object.hasOwn(attributes, key)) {
      if (spec.required && !options.partial) {
        errors.push({ pointer, detail: 'Missing data for required field.' });
      }
      continue;
    }
    const raw = attributes[key];
    if (raw === null || raw === undefined) {
      if (spec.allowNone) values[name] = null;
      else errors.push({ pointer, detail: 'Field may not be null.' });
      continue;
    }
    const coerced = coerce(spec, raw);
    if (!coerced.ok) {
      errors.push({ pointer, detail: coerced.detail });
      continue;
    }
    const problem = validate(spec, coerced.value);
    if (problem !== null) {
      errors.push({ pointer, detail: problem });
      continue;
    }
    values[name] = coerced.value;
  }
  // Sound because FieldFor ties each spec's kind and nullability to the column's type.
  return { values: values as Partial<R>, errors };
}

/** The record's attributes as the server sends them: dasherized, load-only fields left out. */
export function dumpAttributes<R>(
  schema: ResourceSchema<R>,
  record: R,
  options: { omit?: ReadonlySet<string> } = {},
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of entries(schema)) {
    if (spec.loadOnly || options.omit?.has(name)) continue;
    out[dasherize(name)] = record[name] ?? null;
  }
  return out;
}
