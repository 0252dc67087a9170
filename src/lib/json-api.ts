// JSON:API documents <-> plain objects: the Open Event Server speaks dasherized JSON:API, the app camelCase.

export interface ResourceIdentifier {
  type: string;
  id: string;
}

export interface JsonApiRelationship {
  data?: ResourceIdentifier | ResourceIdentifier[] | null;
  links?: Record<string, unknown>;
  meta?: Record<string, unknown>;
}

export interface JsonApiResource {
  type: string;
  id: string;
  attributes?: Record<string, unknown>;
  relationships?: Record<string, JsonApiRelationship>;
  links?: Record<string, unknown>;
  meta?: Record<string, unknown>;
}

export interface JsonApiDocument {
  data?: JsonApiResource | JsonApiResource[] | null;
  included?: JsonApiResource[];
  links?: Record<string, unknown>;
  meta?: Record<string, unknown>;
  jsonapi?: { version?: string };
}

/**
 * A resource flattened for the app: `id`, `resourceType`, camelCase attributes and relationships.
 * The JSON:API type is `resourceType`, not `type`, because Open Event resources have attributes
 * called `type` (a ticket's free/paid/donation) that the app needs under that name.
 */
export type DeserializedResource = Record<string, unknown> & { id: string; resourceType: string };

/** A linkage: a plain identifier, or a deserialized resource (only its id and type are sent). */
export type LinkageInput = ResourceIdentifier | Pick<DeserializedResource, 'id' | 'resourceType'>;
export type RelationshipInput = LinkageInput | LinkageInput[] | null;
type RelationshipLinkage = ResourceIdentifier | ResourceIdentifier[] | null;

export interface SerializeOptions {
  id?: string;
  relationships?: Record<string, RelationshipInput>;
}

/** The body the server expects on POST and PATCH. */
export interface JsonApiWriteDocument {
  data: {
    type: string;
    id?: string;
    attributes: Record<string, unknown>;
    relationships?: Record<string, { data: RelationshipLinkage }>;
  };
}

/** Thrown when a reply that should be a JSON:API document is not one. */
export class JsonApiShapeError extends Error {
  override readonly name = 'JsonApiShapeError';
}

/** 'canPayByStripe' and 'stripe_auth_code' → 'can-pay-by-stripe' and 'stripe-auth-code'. */
export function dasherize(key: string): string {
  return key
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .replace(/([a-z\d])([A-Z])/g, '$1-$2')
    .replace(/_/g, '-')
    .toLowerCase();
}

/** 'can-pay-by-stripe' and 'can_pay_by_stripe' → 'canPayByStripe'. */
export function camelize(key: string): string {
  return key.replace(/[-_]+([a-zA-Z\d])/g, (_match, next: string) => next.toUpperCase());
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The server always sends string ids, but a hand-written mock or an older server may not. */
function readId(value: unknown): string | null {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

function readIdentifier(value: unknown, where: string): ResourceIdentifier {
  if (!isRecord(value) || typeof value.type !== 'string' || value.type === '') {
    throw new JsonApiShapeError(`${where} has no resource type.`);
  }
  const id = readId(value.id);
  if (id === null) throw new JsonApiShapeError(`${where} (${value.type}) has no id.`);
  return { type: value.type, id };
}

function keyOf(identifier: ResourceIdentifier): string {
  return `${identifier.type}\u0000${identifier.id}`;
}

function readDocument(doc: unknown): Record<string, unknown> {
  if (!isRecord(doc)) throw new JsonApiShapeError('The reply is not a JSON:API document.');
  if (!('data' in doc)) {
    // An error document reaching here means a caller skipped the API client's error handling.
    const hint = 'errors' in doc ? ' It is an error document.' : '';
    throw new JsonApiShapeError(`The reply has no "data" member.${hint}`);
  }
  return doc;
}

function indexIncluded(doc: Record<string, unknown>): Map<string, Record<string, unknown>> {
  const index = new Map<string, Record<string, unknown>>();
  const included = doc.included;
  if (included === undefined || included === null) return index;
  if (!Array.isArray(included)) throw new JsonApiShapeError('"included" is not an array.');
  included.forEach((entry: unknown, position) => {
    const identifier = readIdentifier(entry, `included[${position}]`);
    index.set(keyOf(identifier), entry as Record<string, unknown>);
  });
  return index;
}

/**
 * Flattens one resource. `ancestors` holds the resources being expanded above this one: a
 * relationship pointing back at one of them stays a bare `{id, type}`, so the result is a tree.
 * A tree (not a cyclic graph) is what JSON.stringify and React Query's structural sharing need.
 */
function flatten(
  resource: Record<string, unknown>,
  where: string,
  included: Map<string, Record<string, unknown>>,
  ancestors: ReadonlySet<string>,
): DeserializedResource {
  const identifier = readIdentifier(resource, where);
  const path = new Set(ancestors).add(keyOf(identifier));
  const output: Record<string, unknown> = {};

  const attributes = resource.attributes;
  if (isRecord(attributes)) {
    for (const [name, value] of Object.entries(attributes)) output[camelize(name)] = value;
  }

  const relationships = resource.relationships;
  if (isRecord(relationships)) {
    for (const [name, relationship] of Object.entries(relationships)) {
      // Without ?include= the server sends links only; there is nothing to resolve then.
      if (!isRecord(relationship) || !('data' in relationship)) continue;
      const data = relationship.data;
      const at = `${where}.relationships.${name}`;
      const resolve = (value: unknown, place: string): DeserializedResource => {
        const target = readIdentifier(value, place);
        const key = keyOf(target);
        const full = included.get(key);
        if (full === undefined || path.has(key))
          return { id: target.id, resourceType: target.type };
        return flatten(full, place, included, path);
      };
      if (data === null || data === undefined) output[camelize(name)] = null;
      else if (Array.isArray(data)) {
        output[camelize(name)] = data.map((entry: unknown, i) => resolve(entry, `${at}[${i}]`));
      } else output[camelize(name)] = resolve(data, at);
    }
  }

  // Set last so a stray attribute called "id" cannot shadow the resource's identity.
  return { ...output, id: identifier.id, resourceType: identifier.type };
}

/** Flattens a single-resource document (`data` is one resource object). */
export function deserialize(doc: unknown): DeserializedResource {
  const document = readDocument(doc);
  const data = document.data;
  if (!isRecord(data)) {
    const found = Array.isArray(data) ? 'a list' : 'empty';
    throw new JsonApiShapeError(`Expected a single resource but "data" is ${found}.`);
  }
  return flatten(data, 'data', indexIncluded(document), new Set());
}

/** Flattens a collection document (`data` is an array of resource objects). */
export function deserializeList(doc: unknown): DeserializedResource[] {
  const document = readDocument(doc);
  const data = document.data;
  if (!Array.isArray(data)) throw new JsonApiShapeError('Expected a list but "data" is not one.');
  const included = indexIncluded(document);
  return data.map((entry: unknown, i) => {
    if (!isRecord(entry)) throw new JsonApiShapeError(`data[${i}] is not a resource object.`);
    return flatten(entry, `data[${i}]`, included, new Set());
  });
}

/** Keeps only `type` and `id`: a linkage carries nothing else. */
function toIdentifier(value: LinkageInput): ResourceIdentifier {
  return 'resourceType' in value
    ? { type: value.resourceType, id: value.id }
    : { type: value.type, id: value.id };
}

/** Builds a POST/PATCH body. `undefined` attributes are left out; `null` clears a value. */
export function serialize(
  type: string,
  attributes: Record<string, unknown>,
  options: SerializeOptions = {},
): JsonApiWriteDocument {
  const wireAttributes: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) wireAttributes[dasherize(name)] = value;
  }

  const data: JsonApiWriteDocument['data'] = { type, attributes: wireAttributes };
  if (options.id !== undefined) data.id = options.id;

  if (options.relationships !== undefined) {
    const relationships: Record<string, { data: RelationshipLinkage }> = {};
    for (const [name, value] of Object.entries(options.relationships)) {
      const linkage =
        value === null
          ? null
          : Array.isArray(value)
            ? value.map(toIdentifier)
            : toIdentifier(value);
      relationships[dasherize(name)] = { data: linkage };
    }
    data.relationships = relationships;
  }

  return { data };
}
