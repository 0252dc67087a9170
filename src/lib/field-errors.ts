// Server validation errors → form fields. A JSON:API error names its field with `source.pointer`
// (`/data/attributes/starts-at`, `/data/relationships/ticket`); each form says which of those it
// shows and under which of its own paths, and gets back the messages no field of it can show.
import { isApiError, type ApiErrorObject } from '@/lib/api-client';
import { camelize } from '@/lib/json-api';

/**
 * The camelCase field a pointer names: `/data/attributes/starts-at` → `startsAt`. Only attribute
 * and relationship pointers name one.
 */
export function pointerField(pointer: string | undefined): string | undefined {
  const segment = /^\/data\/(?:attributes|relationships)\/([^/]+)/.exec(pointer ?? '')?.[1];
  // JSON Pointer escapes: ~1 is "/" and ~0 is "~".
  return segment === undefined
    ? undefined
    : camelize(segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Where a form shows each server error: a table from the server's camelCase field to a form path,
 * or a function for what a table cannot say (a path with an index in it, a rule that names its
 * field with some other `source` than a pointer). `field` is undefined when the pointer names none.
 */
export type FieldMap<Path extends string> =
  | Readonly<Record<string, Path>>
  | ((field: string | undefined, entry: ApiErrorObject) => Path | undefined);

export interface ServerFieldErrors<Path extends string> {
  /** Form path → the server's first message for it (the server lists the most basic one first). */
  fields: Partial<Record<Path, string>>;
  /** The same, in the server's order: give the first one focus. */
  entries: [path: Path, message: string][];
  /** Messages that belong to no field of this form, in the server's order, each once. */
  unplaced: string[];
}

/**
 * Sorts a failed request's errors into the form's fields and the rest. Anything but an ApiError
 * has no errors to sort (the form says what went wrong in its own words).
 */
export function serverFieldErrors<Path extends string>(
  error: unknown,
  map: FieldMap<Path>,
): ServerFieldErrors<Path> {
  const result: ServerFieldErrors<Path> = { fields: {}, entries: [], unplaced: [] };
  if (!isApiError(error)) return result;
  for (const entry of error.errors) {
    const message = entry.detail ?? entry.title;
    if (message === undefined) continue;
    const field = pointerField(entry.pointer);
    const path =
      typeof map === 'function'
        ? map(field, entry)
        : field !== undefined && Object.hasOwn(map, field)
          ? map[field]
          : undefined;
    if (path === undefined) {
      if (!result.unplaced.includes(message)) result.unplaced.push(message);
    } else if (result.fields[path] === undefined) {
      result.fields[path] = message;
      result.entries.push([path, message]);
    }
  }
  return result;
}
