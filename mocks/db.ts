// The mock server's in-memory database: one table per Open Event model, reset to the seed between tests
// and, in the browser, persisted by browser.ts through the change listeners below.
import * as z from 'zod/mini';
import type { FieldSpec, FieldValue } from './json-api/schema';
import { EVENT_FIELDS, EVENT_STATES } from './schemas/events';
import { SETTINGS_FIELDS } from './schemas/settings';
import { TICKET_FIELDS } from './schemas/tickets';
import { USER_FIELDS } from './schemas/users';
import { createSeedState } from './seed';

/*
 * Records use the server's snake_case column names so that serializing is just dasherizing, as in
 * marshmallow-jsonapi. The zod schemas double as the check for a snapshot read back from storage.
 *
 * Users, settings, events and tickets store little besides their attributes, so their columns are
 * written once, as the fields of their resource schema (schemas/*.ts), and columnsOf builds the
 * record from those. Stripe authorizations, orders and attendees are listed in full here: much of
 * what they store is in no schema (the Stripe secrets, the tickets an order holds), and a column
 * may hold a null that a client may not send (an attendee's names, before the buyer gives them).
 */

const text = z.nullable(z.string());
/** ISO 8601 with an offset, as the server prints it (see lib/datetime.ts). */
const timestamp = z.string();

type Columns<S extends Readonly<Record<string, FieldSpec>>> = {
  -readonly [K in keyof S]: z.ZodMiniType<FieldValue<S[K]>>;
};

/** One column per field, in the schema's order: its kind (a datetime as text), maybe null. */
function columnsOf<S extends Readonly<Record<string, FieldSpec>>>(fields: S): Columns<S> {
  const column = (spec: FieldSpec): z.ZodMiniType => {
    const stored =
      spec.kind === 'boolean'
        ? z.boolean()
        : spec.kind === 'integer'
          ? z.int()
          : spec.kind === 'float'
            ? z.number()
            : z.string();
    return spec.allowNone ? z.nullable(stored) : stored;
  };
  // Sound because FieldValue gives each column the type `column` builds for its field.
  return Object.fromEntries(
    Object.entries(fields).map(([name, spec]) => [name, column(spec)]),
  ) as Columns<S>;
}

/** A user is UserSchema's fields (schemas/users.ts) and an id. */
export const userRecordSchema = z.object({ id: z.int(), ...columnsOf(USER_FIELDS) });
export type UserRecord = z.infer<typeof userRecordSchema>;

/** The settings row is SettingSchemaAdmin's fields (schemas/settings.ts) and its id. */
export const settingsRecordSchema = z.object({ id: z.int(), ...columnsOf(SETTINGS_FIELDS) });
export type SettingsRecord = z.infer<typeof settingsRecordSchema>;

/** An event is EventSchema's fields (schemas/events.ts), its id and its owner. */
export const eventRecordSchema = z.object({
  id: z.int(),
  owner_id: z.int(),
  ...columnsOf(EVENT_FIELDS),
  // Narrower than the schema's string (which validates on load): no other state is ever stored.
  state: z.enum(EVENT_STATES),
});
export type EventRecord = z.infer<typeof eventRecordSchema>;

/** A ticket is TicketSchema's fields (schemas/tickets.ts), its id, event and creation time. */
export const ticketRecordSchema = z.object({
  id: z.int(),
  event_id: z.int(),
  ...columnsOf(TICKET_FIELDS),
  created_at: timestamp,
});
export type TicketRecord = z.infer<typeof ticketRecordSchema>;

export const stripeAuthorizationRecordSchema = z.object({
  id: z.int(),
  event_id: z.int(),
  stripe_auth_code: text,
  stripe_publishable_key: z.string(),
  /** The connected account's OAuth access token. Stored like the server does; never serialized. */
  stripe_secret_key: z.string(),
  stripe_refresh_token: z.string(),
  stripe_user_id: z.string(),
});
export type StripeAuthorizationRecord = z.infer<typeof stripeAuthorizationRecordSchema>;

export const ORDER_STATUSES = [
  'initializing',
  'pending',
  'cancelled',
  'completed',
  'placed',
  'expired',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const PAYMENT_MODES = [
  'free',
  'stripe',
  'paypal',
  'bank',
  'cheque',
  'onsite',
  'omise',
  'alipay',
  'paytm',
  'invoice',
] as const;

/** The server's OrderTicket rows: which tickets an order holds, how many, at what unit price. */
export const orderTicketRecordSchema = z.object({
  ticket_id: z.int(),
  quantity: z.int(),
  /** Unit price in the event currency (a donation's chosen price). */
  price: z.number(),
});
export type OrderTicketRecord = z.infer<typeof orderTicketRecordSchema>;

export const orderRecordSchema = z.object({
  id: z.int(),
  /** UUID4, the id in order URLs (the integer id works too). */
  identifier: z.string(),
  user_id: z.int(),
  event_id: z.int(),
  amount: z.number(),
  address: text,
  city: text,
  state: text,
  country: text,
  zipcode: text,
  company: text,
  tax_business_info: text,
  is_billing_enabled: z.boolean(),
  payment_mode: z.nullable(z.string()),
  status: z.enum(ORDER_STATUSES),
  discount_code_id: text,
  cancel_note: text,
  order_notes: text,
  created_at: timestamp,
  completed_at: z.nullable(timestamp),
  transaction_id: text,
  paid_via: text,
  brand: text,
  exp_month: z.nullable(z.int()),
  exp_year: z.nullable(z.int()),
  last4: text,
  payment_url: text,
  tickets_pdf_url: text,
  order_tickets: z.array(orderTicketRecordSchema),
  /** Saved by the token charge before Stripe is called (`order.stripe_token`); never serialized. */
  stripe_token: text,
  /** PayPal payments the mock issued for this order (create-paypal-payment); never serialized. */
  paypal_payment_ids: z.array(z.string()),
  /** The PaymentIntent of the latest PaymentIntent charge (each one replaces it); never serialized. */
  stripe_payment_intent_id: text,
});
export type OrderRecord = z.infer<typeof orderRecordSchema>;

/** Ticket holders: create-order makes one empty attendee per ticket unit; expiry deletes them. */
export const attendeeRecordSchema = z.object({
  id: z.int(),
  order_id: z.int(),
  ticket_id: z.int(),
  event_id: z.int(),
  user_id: z.nullable(z.int()),
  firstname: text,
  lastname: text,
  email: text,
  address: text,
  city: text,
  state: text,
  country: text,
  is_checked_in: z.boolean(),
  pdf_url: text,
  created_at: timestamp,
});
export type AttendeeRecord = z.infer<typeof attendeeRecordSchema>;

/** Which of the server's card flows the mock speaks (docs/payments.md); mocks/charge-era.ts switches it. */
export const CHARGE_ERAS = ['token', 'payment-intent'] as const;
export type ChargeEra = (typeof CHARGE_ERAS)[number];

/** Settings of the mock itself, not of the Open Event Server: kept with the demo data. */
export const mockSettingsSchema = z.object({
  charge_era: z.enum(CHARGE_ERAS),
});
export type MockSettings = z.infer<typeof mockSettingsSchema>;

export const PAYMENT_INTENT_STATUSES = [
  'requires_payment_method',
  'requires_confirmation',
  'requires_action',
  'processing',
  'succeeded',
  'canceled',
] as const;
export type PaymentIntentStatus = (typeof PAYMENT_INTENT_STATUSES)[number];

/** The card a PaymentIntent was confirmed with, as verify copies it onto the order. */
export const paymentCardSchema = z.object({
  brand: z.string(),
  last4: z.string(),
  exp_month: z.int(),
  exp_year: z.int(),
});
export type PaymentCard = z.infer<typeof paymentCardSchema>;

/** Stripe's `last_payment_error` (and the `error` of a 4xx answer, less its `payment_intent`). */
export const paymentErrorSchema = z.object({
  type: z.string(),
  code: z.string(),
  decline_code: z.optional(z.string()),
  message: z.string(),
});
export type PaymentError = z.infer<typeof paymentErrorSchema>;

export const nextActionSchema = z.object({
  type: z.literal('redirect_to_url'),
  redirect_to_url: z.object({ url: z.string(), return_url: z.string() }),
});
export type NextAction = z.infer<typeof nextActionSchema>;

/**
 * A PaymentIntent on a connected Stripe account, as the fake Stripe API (handlers/fake-stripe.ts)
 * keeps it. Field names are Stripe's; `publishable_key` names the owning account, `card`, `return_url`
 * and `balance_transaction` are what the fake remembers from the confirmation.
 */
export const paymentIntentRecordSchema = z.object({
  id: z.string(),
  client_secret: z.string(),
  /** In the currency's smallest unit, as the server computed it (see handlers/charge.ts). */
  amount: z.int(),
  /** Lowercase ISO code. */
  currency: z.string(),
  status: z.enum(PAYMENT_INTENT_STATUSES),
  publishable_key: z.string(),
  description: z.string(),
  metadata: z.object({ order_id: z.string() }),
  /** Unix seconds. */
  created: z.int(),
  payment_method: text,
  card: z.nullable(paymentCardSchema),
  latest_charge: text,
  balance_transaction: text,
  last_payment_error: z.nullable(paymentErrorSchema),
  next_action: z.nullable(nextActionSchema),
  return_url: text,
});
export type PaymentIntentRecord = z.infer<typeof paymentIntentRecordSchema>;

export const dbStateSchema = z.object({
  mock: mockSettingsSchema,
  users: z.array(userRecordSchema),
  settings: settingsRecordSchema,
  events: z.array(eventRecordSchema),
  tickets: z.array(ticketRecordSchema),
  stripeAuthorizations: z.array(stripeAuthorizationRecordSchema),
  /** Stripe OAuth codes already exchanged: Stripe accepts each code once. */
  usedOAuthCodes: z.array(z.string()),
  orders: z.array(orderRecordSchema),
  attendees: z.array(attendeeRecordSchema),
  /** The fake Stripe's PaymentIntents, kept with the rest so that a reload can still pay them. */
  payment_intents: z.array(paymentIntentRecordSchema),
  /** Like database sequences: ids are never reused, even after a delete. */
  nextIds: z.object({
    users: z.int(),
    events: z.int(),
    tickets: z.int(),
    stripeAuthorizations: z.int(),
    orders: z.int(),
    attendees: z.int(),
  }),
});
export type DbState = z.infer<typeof dbStateSchema>;
export type TableWithIds = keyof DbState['nextIds'];

/** Bump when a record shape changes incompatibly; older snapshots are then ignored, not misread. */
const SNAPSHOT_VERSION = 2;

const snapshotSchema = z.object({ version: z.literal(SNAPSHOT_VERSION), data: dbStateSchema });

/**
 * The live store. Handlers read `db.<table>` on every request (never keep a table reference),
 * because reset and restore replace the tables.
 */
export const db: DbState = createSeedState();

export function nextId(table: TableWithIds): number {
  const id = db.nextIds[table];
  db.nextIds[table] = id + 1;
  return id;
}

/** Back to the seed. Does not notify listeners: callers that persist save explicitly. */
export function resetDb(): void {
  Object.assign(db, createSeedState());
}

export function snapshotDb(): string {
  return JSON.stringify({ version: SNAPSHOT_VERSION, data: db });
}

/** Replaces the store with a snapshot. Returns false, leaving the store untouched, if it is unusable. */
export function restoreDb(json: string): boolean {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return false;
  }
  const result = snapshotSchema.safeParse(parsed);
  if (!result.success) return false;
  Object.assign(db, result.data.data);
  return true;
}

type DbListener = () => void;
const listeners = new Set<DbListener>();

/** Called after every successful mutating request; returns the unsubscribe function. */
export function onDbChange(listener: DbListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Handlers call this once a request has changed the store. */
export function emitDbChange(): void {
  for (const listener of listeners) listener();
}
