// The mock server's in-memory database: one table per Open Event model, reset to the seed between tests
// and, in the browser, persisted by browser.ts through the change listeners below.
import * as z from 'zod/mini';
import { createSeedState } from './seed';

/*
 * Records use the server's snake_case column names so that serializing is just dasherizing, as in
 * marshmallow-jsonapi. The zod schemas double as the check for a snapshot read back from storage.
 */

const text = z.nullable(z.string());
/** ISO 8601 with an offset, as the server prints it (see lib/datetime.ts). */
const timestamp = z.string();

export const userRecordSchema = z.object({
  id: z.int(),
  email: z.string(),
  /** Kept in clear text: this is demo data, and it is never serialized (load-only on the server). */
  password: z.string(),
  first_name: text,
  last_name: text,
  public_name: text,
  avatar_url: text,
  original_image_url: text,
  thumbnail_image_url: text,
  small_image_url: text,
  icon_image_url: text,
  is_verified: z.boolean(),
  is_admin: z.boolean(),
  is_super_admin: z.boolean(),
  is_sales_admin: z.boolean(),
  is_marketer: z.boolean(),
  is_blocked: z.boolean(),
  is_profile_public: z.boolean(),
  was_registered_with_order: z.boolean(),
  created_at: timestamp,
  last_accessed_at: z.nullable(timestamp),
  deleted_at: z.nullable(timestamp),
  contact: text,
  details: text,
  company: text,
  facebook_url: text,
  twitter_url: text,
  instagram_url: text,
  google_plus_url: text,
  facebook_id: text,
  billing_contact_name: text,
  billing_phone: text,
  billing_state: text,
  billing_country: text,
  billing_tax_info: text,
  billing_address: text,
  billing_city: text,
  billing_zip_code: text,
  billing_additional_info: text,
});
export type UserRecord = z.infer<typeof userRecordSchema>;

export const settingsRecordSchema = z.object({
  id: z.int(),
  app_environment: text,
  app_name: text,
  tagline: text,
  order_expiry_time: z.int(),
  max_complex_custom_fields: z.int(),
  storage_place: text,
  aws_key: text,
  aws_secret: text,
  aws_bucket_name: text,
  aws_region: text,
  gs_key: text,
  gs_secret: text,
  gs_bucket_name: text,
  google_client_id: text,
  google_client_secret: text,
  fb_client_id: text,
  fb_client_secret: text,
  tw_consumer_key: text,
  tw_consumer_secret: text,
  in_client_id: text,
  in_client_secret: text,
  stripe_mode: text,
  stripe_client_id: text,
  stripe_secret_key: text,
  stripe_publishable_key: text,
  stripe_test_client_id: text,
  stripe_test_secret_key: text,
  stripe_test_publishable_key: text,
  paypal_mode: text,
  paypal_client: text,
  paypal_secret: text,
  paypal_sandbox_client: text,
  paypal_sandbox_secret: text,
  omise_mode: text,
  omise_test_public: text,
  omise_test_secret: text,
  omise_live_public: text,
  omise_live_secret: text,
  alipay_publishable_key: text,
  alipay_secret_key: text,
  paytm_mode: text,
  paytm_live_merchant: text,
  paytm_live_secret: text,
  paytm_sandbox_merchant: text,
  paytm_sandbox_secret: text,
  email_service: text,
  email_from: text,
  email_from_name: text,
  sendgrid_key: text,
  smtp_host: text,
  smtp_username: text,
  smtp_password: text,
  smtp_port: z.nullable(z.int()),
  smtp_encryption: text,
  analytics_key: text,
  google_url: text,
  github_url: text,
  twitter_url: text,
  support_url: text,
  facebook_url: text,
  instagram_url: text,
  youtube_url: text,
  android_app_url: text,
  web_app_url: text,
  static_domain: text,
  frontend_url: text,
  cookie_policy: text,
  cookie_policy_link: text,
  admin_billing_contact_name: text,
  admin_billing_phone: text,
  admin_billing_email: text,
  admin_billing_state: text,
  admin_billing_country: text,
  admin_billing_tax_info: text,
  admin_company: text,
  admin_billing_address: text,
  admin_billing_city: text,
  admin_billing_zip: text,
  admin_billing_additional_info: text,
  admin_billing_paypal_email: text,
  start_pg_event_id: text,
  start_pg_enabled: text,
  logo_size: z.nullable(z.int()),
  image_size: z.nullable(z.int()),
  slide_size: z.nullable(z.int()),
});
export type SettingsRecord = z.infer<typeof settingsRecordSchema>;

export const eventRecordSchema = z.object({
  id: z.int(),
  /** 8 lowercase hex characters, never all digits, so it can never be mistaken for an id in a URL. */
  identifier: z.string(),
  owner_id: z.int(),
  name: z.string(),
  description: text,
  external_event_url: text,
  starts_at: timestamp,
  ends_at: timestamp,
  timezone: z.string(),
  state: z.enum(['draft', 'published']),
  privacy: z.string(),
  online: z.boolean(),
  latitude: z.nullable(z.number()),
  longitude: z.nullable(z.number()),
  location_name: text,
  searchable_location_name: text,
  logo_url: text,
  original_image_url: text,
  thumbnail_image_url: text,
  large_image_url: text,
  icon_image_url: text,
  owner_name: text,
  owner_description: text,
  has_owner_info: z.boolean(),
  is_map_shown: z.boolean(),
  is_sessions_speakers_enabled: z.boolean(),
  is_sponsors_enabled: z.boolean(),
  is_ticketing_enabled: z.boolean(),
  is_donation_enabled: z.boolean(),
  show_remaining_tickets: z.boolean(),
  ticket_url: text,
  code_of_conduct: text,
  after_order_message: text,
  schedule_published_on: z.nullable(timestamp),
  payment_country: text,
  payment_currency: text,
  paypal_email: text,
  is_tax_enabled: z.boolean(),
  is_billing_info_mandatory: z.boolean(),
  can_pay_by_paypal: z.boolean(),
  can_pay_by_stripe: z.boolean(),
  can_pay_by_cheque: z.boolean(),
  can_pay_by_bank: z.boolean(),
  can_pay_by_invoice: z.boolean(),
  can_pay_onsite: z.boolean(),
  can_pay_by_omise: z.boolean(),
  can_pay_by_alipay: z.boolean(),
  can_pay_by_paytm: z.boolean(),
  cheque_details: text,
  bank_details: text,
  onsite_details: text,
  invoice_details: text,
  refund_policy: text,
  is_stripe_linked: z.boolean(),
  pentabarf_url: text,
  ical_url: text,
  xcal_url: text,
  created_at: timestamp,
  deleted_at: z.nullable(timestamp),
});
export type EventRecord = z.infer<typeof eventRecordSchema>;

export const ticketRecordSchema = z.object({
  id: z.int(),
  event_id: z.int(),
  name: z.string(),
  description: text,
  is_description_visible: z.boolean(),
  /** The server only checks that it is present; the frontend uses free, paid and donation. */
  type: z.string(),
  price: z.nullable(z.number()),
  min_price: z.nullable(z.number()),
  max_price: z.nullable(z.number()),
  quantity: z.nullable(z.int()),
  position: z.nullable(z.int()),
  is_hidden: z.boolean(),
  is_fee_absorbed: z.boolean(),
  is_checkin_restricted: z.boolean(),
  auto_checkin_enabled: z.boolean(),
  sales_starts_at: timestamp,
  sales_ends_at: timestamp,
  min_order: z.int(),
  max_order: z.int(),
  form_id: text,
  badge_id: text,
  created_at: timestamp,
  /** Tickets are soft-deleted, as on the server: orders may still point at them. */
  deleted_at: z.nullable(timestamp),
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
  /** Saved by the era-1 charge before Stripe is called (`order.stripe_token`); never serialized. */
  stripe_token: text,
  /** PayPal payments the mock issued for this order (create-paypal-payment); never serialized. */
  paypal_payment_ids: z.array(z.string()),
  /** The PaymentIntent of the latest PaymentIntent-era charge (each charge replaces it); never serialized. */
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
  /** In the currency's smallest unit, as the server computed it (see handlers/orders.ts). */
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
