// Reads a JSON:API request body the way flask-rest-jsonapi's fork and marshmallow-jsonapi do,
// answering their errors (400 missing data, 409 wrong type, 400 id mismatch on PATCH).
import {
  errorResponse,
  incorrectType,
  libraryBadRequest,
  raise,
  unprocessable,
  validationErrors,
} from './errors';

export interface JsonApiInput {
  id: string | undefined;
  attributes: Record<string, unknown>;
  relationships: Record<string, unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Flask answers an unparsable body with a plain 400 before the resource runs.
    return raise(libraryBadRequest({ pointer: '' }, 'Failed to decode JSON object'));
  }
}

/**
 * `expectedType` is the resource type (`event`). For PATCH pass `idInUrl`: the body must carry
 * `data.id` and it must match, as flask-rest-jsonapi's ResourceDetail.patch checks.
 */
export async function readJsonApiData(
  request: Request,
  expectedType: string,
  options: { idInUrl?: readonly string[] } = {},
): Promise<JsonApiInput> {
  const body = await readJson(request);
  if (!isRecord(body) || !isRecord(body.data)) {
    if (options.idInUrl) raise(libraryBadRequest({ pointer: '/data' }, 'Missing data node'));
    return raise(
      errorResponse(422, [
        {
          status: '422',
          source: { pointer: '/data' },
          title: 'Validation error',
          detail: 'Object must include `data` key.',
        },
      ]),
    );
  }
  const data = body.data;
  let id: string | undefined;
  if (options.idInUrl) {
    if (!('id' in data)) {
      raise(libraryBadRequest({ pointer: '/data/id' }, 'Missing id in "data" node'));
    }
    id = typeof data.id === 'string' || typeof data.id === 'number' ? String(data.id) : '';
    if (!options.idInUrl.includes(id)) {
      raise(
        libraryBadRequest(
          { pointer: '/data/id' },
          'Value of id does not match the resource identifier in url',
        ),
      );
    }
  }
  if (!('type' in data)) {
    raise(
      validationErrors([{ pointer: '/data', detail: '`data` object must include `type` key.' }]),
    );
  }
  if (data.type !== expectedType) raise(incorrectType(expectedType));
  return {
    id,
    attributes: isRecord(data.attributes) ? data.attributes : {},
    relationships: isRecord(data.relationships) ? data.relationships : {},
  };
}

/**
 * The id of a to-one relationship (`relationships.event.data.id`), or null when the client left it
 * out. A malformed linkage is a validation error, as in marshmallow-jsonapi.
 */
export function readRelationshipId(
  input: JsonApiInput,
  name: string,
  expectedType: string,
): string | null {
  const relationship = input.relationships[name];
  if (relationship === undefined || relationship === null) return null;
  const pointer = `/data/relationships/${name}`;
  if (!isRecord(relationship) || !('data' in relationship)) {
    return raise(validationErrors([{ pointer, detail: 'Must include a `data` key' }]));
  }
  const linkage = relationship.data;
  if (linkage === null) return null;
  const id = isRecord(linkage) ? linkage.id : undefined;
  if (!isRecord(linkage) || (typeof id !== 'string' && typeof id !== 'number')) {
    return raise(validationErrors([{ pointer, detail: 'Must have an `id` field' }]));
  }
  if (linkage.type !== expectedType) {
    return raise(validationErrors([{ pointer, detail: 'Invalid `type` specified' }]));
  }
  return String(id);
}

/** The server's `require_relationship` helper (app/api/helpers/utilities.py). */
export function requireRelationship(id: string | null, name: string): string {
  if (id !== null) return id;
  return raise(
    unprocessable(
      { pointer: `/data/relationships/${name}` },
      `A valid relationship with ${name} resource is required`,
    ),
  );
}
