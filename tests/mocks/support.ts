// Helpers for the mock API conformance tests: requests as the app sends them, and the response
// shapes (docs/server-contract.md, "Conventions") parsed with zod so each test reads typed data.
import { z } from 'zod';
import { apiUrl, fakeStripeUrl } from '@mocks/api-url';
import { db, nextId, type OrderRecord, type UserRecord } from '@mocks/db';
import { buildUser } from '@mocks/factories';
import { createAccessToken } from '@mocks/jwt';
import { createSeedState, SEED } from '@mocks/seed';

export const JSON_API = 'application/vnd.api+json';

/** How many orders and ticket holders the seed has (the buyer's history for My tickets). */
const SEEDED = (() => {
  const seed = createSeedState();
  return { orders: seed.orders.length, attendees: seed.attendees.length };
})();

/** The orders made since the seed, oldest first: the ones a test made. */
export function madeOrders(): OrderRecord[] {
  return db.orders.filter((order) => order.id > SEEDED.orders);
}

/** The ticket holders made since the seed. */
export function madeAttendees() {
  return db.attendees.filter((attendee) => attendee.id > SEEDED.attendees);
}

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
  /** `self`, and the paging links (first, last, prev, next) when there are several pages. */
  links: z.object({ self: z.string() }).catchall(z.string()),
  jsonapi,
});

/** Exactly status, source, title and detail (docs/server-contract.md, "Errors"). */
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

/* ---------------------------------------------------------------- orders and the fake Stripe */

/**
 * An order as the buyer makes one: create-order, then the payment mode and `pending` (with any
 * other attributes the buyer sends then, such as billing details).
 */
export async function placePendingOrder(
  tickets: { id: number; quantity: number; price?: number }[],
  mode = 'stripe',
  attributes: Record<string, unknown> = {},
): Promise<OrderRecord> {
  const created = await call('POST', '/v1/orders/create-order', { as: 'buyer', body: { tickets } });
  expect(created.status).toBe(200);
  const identifier = z
    .object({ data: z.object({ attributes: z.object({ identifier: z.string() }) }) })
    .parse(created.body).data.attributes.identifier;
  const order = db.orders.find((entry) => entry.identifier === identifier);
  if (!order) throw new Error('create-order made no order');
  const patched = await call('PATCH', `/v1/orders/${identifier}`, {
    as: 'buyer',
    body: {
      data: {
        type: 'order',
        id: String(order.id),
        attributes: { 'payment-mode': mode, status: 'pending', ...attributes },
      },
    },
  });
  expect(patched.status).toBe(200);
  return order;
}

/** The charge as today's frontend sends it: no attributes at all. */
export function chargeOrder(identifier: string, attributes?: Record<string, unknown>) {
  return call('POST', `/v1/orders/${identifier}/charge`, {
    as: 'buyer',
    body: { data: attributes ? { type: 'charge', attributes } : { type: 'charge' } },
  });
}

const paymentErrorSchema = z.strictObject({
  type: z.string(),
  code: z.string(),
  decline_code: z.string().optional(),
  message: z.string(),
});

/** Every field the spec of the fake Stripe names, and no other. */
export const paymentIntentSchema = z.strictObject({
  id: z.string().regex(/^pi_[A-Za-z0-9]{24}$/),
  object: z.literal('payment_intent'),
  amount: z.number().int(),
  currency: z.string(),
  status: z.enum([
    'requires_payment_method',
    'requires_confirmation',
    'requires_action',
    'processing',
    'succeeded',
    'canceled',
  ]),
  client_secret: z.string().regex(/^pi_[A-Za-z0-9]{24}_secret_[A-Za-z0-9]{24}$/),
  created: z.number().int(),
  livemode: z.literal(false),
  description: z.string(),
  metadata: z.strictObject({ order_id: z.string() }),
  automatic_payment_methods: z.strictObject({ enabled: z.literal(true) }),
  payment_method: z.string().nullable(),
  payment_method_types: z.array(z.string()),
  last_payment_error: paymentErrorSchema.nullable(),
  next_action: z
    .strictObject({
      type: z.literal('redirect_to_url'),
      redirect_to_url: z.strictObject({ url: z.string(), return_url: z.string() }),
    })
    .nullable(),
  latest_charge: z.string().nullable(),
});
export type PaymentIntentJson = z.infer<typeof paymentIntentSchema>;

const chargeReplySchema = z.object({
  data: z.object({ attributes: z.object({ status: z.boolean(), message: z.string() }) }),
});

/** The `status` and `message` of a charge reply. */
export function chargeResult(reply: Reply): { status: boolean; message: string } {
  return chargeReplySchema.parse(reply.body).data.attributes;
}

/** A PaymentIntent-era charge of the order: the PaymentIntent its `message` carries. */
export async function chargeForIntent(identifier: string): Promise<PaymentIntentJson> {
  const reply = await chargeOrder(identifier);
  expect(reply.status).toBe(201);
  const result = chargeResult(reply);
  expect(result.status).toBe(true);
  return paymentIntentSchema.parse(JSON.parse(result.message));
}

/** Stripe's error body. */
export const stripeErrorSchema = z.object({
  error: z.object({
    type: z.enum(['card_error', 'invalid_request_error']),
    code: z.string().optional(),
    decline_code: z.string().optional(),
    message: z.string(),
    param: z.string().optional(),
    payment_intent: paymentIntentSchema.optional(),
  }),
});

export function stripeError(reply: Reply) {
  return stripeErrorSchema.parse(reply.body).error;
}

export interface StripeReply extends Reply {
  text: string;
}

/**
 * A request to the fake Stripe API the way Stripe.js sends one: `fields` form-encoded in the body of
 * a POST, in the query of a GET. Redirects are not followed, so a 303 can be read.
 */
export async function callFakeStripe(
  method: 'GET' | 'POST',
  path: string,
  fields: Record<string, string> = {},
  headers: Record<string, string> = {},
): Promise<StripeReply> {
  const encoded = new URLSearchParams(fields).toString();
  const url = fakeStripeUrl(method === 'GET' && encoded !== '' ? `${path}?${encoded}` : path);
  const response = await fetch(url, {
    method,
    headers:
      method === 'POST'
        ? { 'Content-Type': 'application/x-www-form-urlencoded', ...headers }
        : headers,
    body: method === 'POST' ? encoded : undefined,
    redirect: 'manual',
  });
  const text = await response.text();
  const json = (response.headers.get('Content-Type') ?? '').includes('application/json');
  return {
    status: response.status,
    headers: response.headers,
    text,
    body: json && text !== '' ? (JSON.parse(text) as unknown) : undefined,
  };
}
