// Helpers for the mock API conformance tests: requests as the app sends them, and the response
// shapes (CONTRACT §0) parsed with zod so each test reads typed data.
import { z } from 'zod';
import { apiUrl } from '@mocks/api-url';
import { db, nextId, type UserRecord } from '@mocks/db';
import { buildUser } from '@mocks/factories';
import { createAccessToken } from '@mocks/jwt';
import { SEED } from '@mocks/seed';

export const JSON_API = 'application/vnd.api+json';

export type Caller = 'anonymous' | 'admin' | 'organizer' | 'buyer' | UserRecord;

const SEEDED_IDS = { admin: SEED.adminId, organizer: SEED.organizerId, buyer: SEED.buyerId };

export function tokenFor(caller: Exclude<Caller, 'anonymous'>): string {
  return createAccessToken(typeof caller === 'string' ? SEEDED_IDS[caller] : caller.id);
}

export interface CallOptions {
  as?: Caller;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Reply {
  status: number;
  headers: Headers;
  body: unknown;
}

/** One request the way the app's api-client sends it (JSON:API headers, `JWT` auth). */
export async function call(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  options: CallOptions = {},
): Promise<Reply> {
  const headers = new Headers({ Accept: JSON_API });
  if (method === 'POST' || method === 'PATCH') headers.set('Content-Type', JSON_API);
  const caller = options.as ?? 'anonymous';
  if (caller !== 'anonymous') headers.set('Authorization', `JWT ${tokenFor(caller)}`);
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
  const response = await fetch(apiUrl(path), {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text === '' ? undefined : (JSON.parse(text) as unknown),
  };
}

/** A plain-JSON request, as for the Flask routes under /auth and /v1/auth. */
export async function postJson(path: string, body: unknown): Promise<Reply> {
  const response = await fetch(apiUrl(path), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

const jsonapi = z.object({ version: z.literal('1.0') });
const identifier = z.object({ type: z.string(), id: z.string() });

export const resourceSchema = z.object({
  type: z.string(),
  id: z.string(),
  attributes: z.record(z.string(), z.unknown()),
  relationships: z
    .record(
      z.string(),
      z.object({
        links: z.object({ self: z.string(), related: z.string() }),
        data: z.union([identifier, z.array(identifier), z.null()]).optional(),
      }),
    )
    .optional(),
  links: z.object({ self: z.string() }),
});
export type Resource = z.infer<typeof resourceSchema>;

export const documentSchema = z.object({
  data: resourceSchema,
  included: z.array(resourceSchema).optional(),
  links: z.object({ self: z.string() }),
  jsonapi,
});

export const listSchema = z.object({
  meta: z.object({ count: z.number() }),
  data: z.array(resourceSchema),
  included: z.array(resourceSchema).optional(),
  links: z.object({ self: z.string() }),
  jsonapi,
});

/** Exactly status, source, title and detail (CONTRACT §0.2). */
export const errorObjectSchema = z.strictObject({
  status: z.union([z.number(), z.string()]),
  source: z.union([z.record(z.string(), z.unknown()), z.literal('')]),
  title: z.string(),
  detail: z.string(),
});
export const errorsSchema = z.object({ errors: z.array(errorObjectSchema).min(1), jsonapi });

export function doc(reply: Reply) {
  return documentSchema.parse(reply.body);
}

export function list(reply: Reply) {
  return listSchema.parse(reply.body);
}

export function errors(reply: Reply) {
  return errorsSchema.parse(reply.body).errors;
}

/** The single error of an error reply. */
export function error(reply: Reply) {
  const all = errors(reply);
  expect(all).toHaveLength(1);
  const [first] = all;
  if (first === undefined) throw new Error('No error object in the reply.');
  return first;
}

const FIXTURES = import.meta.glob<unknown>('../fixtures/open-event-api/*.json', {
  eager: true,
  import: 'default',
});

/** A vendored request or response example, by file name. */
export function readFixture(name: string): unknown {
  const fixture = FIXTURES[`../fixtures/open-event-api/${name}`];
  if (fixture === undefined) throw new Error(`No vendored example named ${name}.`);
  return structuredClone(fixture);
}

/** The attribute names of a vendored example document. */
export function fixtureAttributeKeys(name: string): string[] {
  const parsed = z
    .object({ data: z.object({ attributes: z.record(z.string(), z.unknown()) }) })
    .parse(readFixture(name));
  return Object.keys(parsed.data.attributes);
}

/** A user added for one test (the db is reset after each). */
export function addUser(fields: Partial<UserRecord> = {}): UserRecord {
  const id = nextId('users');
  const user = buildUser({
    id,
    email: `user${id}@open-event.test`,
    password: 'secret-pass',
    ...fields,
  });
  db.users.push(user);
  return user;
}

const DAY = 24 * 60 * 60 * 1000;

/** An ISO date-time `days` from now. */
export function daysFromNow(days: number): string {
  return new Date(Date.now() + days * DAY).toISOString();
}
