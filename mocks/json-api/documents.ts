// JSON:API documents as marshmallow-jsonapi builds them: string ids, `links.self`, relationships as
// links only unless `?include=` names them, then with `data` linkage and the resources in `included`.

export interface ResourceIdentifier {
  type: string;
  id: string;
}

export interface Relationship {
  many: boolean;
  self: string;
  related: string;
  /**
   * Loads what `?include=` asks for. Absent for relationships the mock stores nothing for (sessions,
   * sponsors...): including those gives an empty list or null.
   */
  load?: () => Serialized | readonly Serialized[] | null;
}

/** A record ready to be written out, as mocks/serializers.ts produces it. */
export interface Serialized {
  type: string;
  id: string;
  attributes: Record<string, unknown>;
  relationships: Record<string, Relationship>;
  self: string;
}

export interface ResourceObject extends ResourceIdentifier {
  attributes: Record<string, unknown>;
  relationships?: Record<
    string,
    {
      links: { self: string; related: string };
      data?: ResourceIdentifier | ResourceIdentifier[] | null;
    }
  >;
  links: { self: string };
}

/** Array.isArray does not narrow readonly arrays out of a union; this does. */
function isList(value: Serialized | readonly Serialized[]): value is readonly Serialized[] {
  return Array.isArray(value);
}

function identify(resource: Serialized): ResourceIdentifier {
  return { type: resource.type, id: resource.id };
}

/** Resource linkage: identifiers only; an empty to-many is `[]`, an empty to-one `null`. */
function linkageData(
  relationship: Relationship,
  related: Serialized | readonly Serialized[] | null,
): ResourceIdentifier | ResourceIdentifier[] | null {
  if (related === null) return relationship.many ? [] : null;
  return isList(related) ? related.map(identify) : identify(related);
}

function toResourceObject(
  resource: Serialized,
  linkage: ReadonlyMap<string, Serialized | readonly Serialized[] | null>,
): ResourceObject {
  const relationships: NonNullable<ResourceObject['relationships']> = {};
  for (const [name, relationship] of Object.entries(resource.relationships)) {
    const links = { self: relationship.self, related: relationship.related };
    if (!linkage.has(name)) {
      relationships[name] = { links };
      continue;
    }
    relationships[name] = { links, data: linkageData(relationship, linkage.get(name) ?? null) };
  }
  const object: ResourceObject = {
    type: resource.type,
    id: resource.id,
    attributes: resource.attributes,
    links: { self: resource.self },
  };
  if (Object.keys(relationships).length > 0) object.relationships = relationships;
  return object;
}

function loadIncluded(
  resource: Serialized,
  include: readonly string[],
): Map<string, Serialized | readonly Serialized[] | null> {
  const loaded = new Map<string, Serialized | readonly Serialized[] | null>();
  for (const name of include) {
    const relationship = resource.relationships[name];
    if (relationship) loaded.set(name, relationship.load?.() ?? null);
  }
  return loaded;
}

export interface JsonApiDocument {
  data: ResourceObject | ResourceObject[];
  included?: ResourceObject[];
  links: { self: string } & Record<string, string>;
  meta?: Record<string, unknown>;
}

/**
 * `include` must already be checked against the resource's relationships (see parseInclude).
 * Only one level is supported, like the paths the app asks for (`include=tickets`).
 */
function build(primary: readonly Serialized[], include: readonly string[]) {
  const data: ResourceObject[] = [];
  const included: ResourceObject[] = [];
  const seen = new Set(primary.map((resource) => `${resource.type}:${resource.id}`));
  for (const resource of primary) {
    const linkage = loadIncluded(resource, include);
    data.push(toResourceObject(resource, linkage));
    for (const related of linkage.values()) {
      const list: readonly Serialized[] =
        related === null ? [] : isList(related) ? related : [related];
      for (const item of list) {
        const key = `${item.type}:${item.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        included.push(toResourceObject(item, new Map()));
      }
    }
  }
  return { data, included };
}

/** A single-resource document; its top-level `links.self` is the resource's own, as on the server. */
export function resourceDocument(
  resource: Serialized,
  include: readonly string[] = [],
): JsonApiDocument & { data: ResourceObject } {
  const { data, included } = build([resource], include);
  const [object] = data as [ResourceObject];
  const document: JsonApiDocument & { data: ResourceObject } = {
    data: object,
    links: { self: resource.self },
  };
  if (include.length > 0) document.included = included;
  return document;
}

export function collectionDocument(
  resources: readonly Serialized[],
  options: {
    self: string;
    include?: readonly string[];
    count: number;
    /** Paging links (`pageLinks` in ./query.ts). */
    links?: Record<string, string>;
  },
): JsonApiDocument {
  const include = options.include ?? [];
  const { data, included } = build(resources, include);
  const document: JsonApiDocument = {
    meta: { count: options.count },
    data,
    links: { self: options.self, ...options.links },
  };
  if (include.length > 0) document.included = included;
  return document;
}
