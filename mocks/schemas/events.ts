// EventSchema (app/api/schema/events.py): the attributes of type `event`, with their load rules.
import type { EventRecord } from '../db';
import { flag, readOnlyText, text, type FieldSpec, type ResourceSchema } from '../json-api/schema';

/**
 * The server validates with pytz; the mock uses the IANA names the JavaScript runtime knows.
 * Intl lists canonical zones only and leaves out "UTC", which pytz (and the frontend) use.
 */
const TIMEZONES: ReadonlySet<string> = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);

/** An Area/Location name: keeps out the UTC offsets ("+05:30") that Intl accepts and pytz does not. */
const IANA_NAME = /^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+$/;

export function isKnownTimezone(name: string): boolean {
  if (TIMEZONES.has(name)) return true;
  // ICU's list has the old canonical names (Asia/Calcutta); pytz also knows the current ones
  // (Asia/Kolkata), which Intl accepts as aliases.
  if (!IANA_NAME.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export const EVENT_STATES = ['draft', 'published'] as const;

/**
 * Every column of the events table but its id and owner_id (db.ts builds the record from these,
 * with `state` narrowed to EVENT_STATES).
 */
export const EVENT_FIELDS = {
  /** 8 lowercase hex characters, never all digits, so it is never mistaken for an id in a URL. */
  identifier: { kind: 'string', dumpOnly: true },
  name: { kind: 'string', required: true },
  description: text,
  external_event_url: text,
  starts_at: { kind: 'datetime', required: true },
  ends_at: { kind: 'datetime', required: true },
  timezone: {
    kind: 'string',
    required: true,
    validate: (value: string) => (isKnownTimezone(value) ? null : `Unknown timezone: '${value}'`),
  },
  state: {
    kind: 'string',
    validate: (value: string) =>
      (EVENT_STATES as readonly string[]).includes(value) ? null : 'Not a valid choice.',
  },
  privacy: { kind: 'string' },
  online: flag,
  latitude: { kind: 'float', allowNone: true },
  longitude: { kind: 'float', allowNone: true },
  location_name: text,
  searchable_location_name: text,
  logo_url: text,
  original_image_url: text,
  thumbnail_image_url: readOnlyText,
  large_image_url: readOnlyText,
  icon_image_url: readOnlyText,
  owner_name: text,
  owner_description: text,
  has_owner_info: flag,
  is_map_shown: flag,
  is_sessions_speakers_enabled: flag,
  is_sponsors_enabled: flag,
  is_ticketing_enabled: flag,
  is_donation_enabled: flag,
  show_remaining_tickets: flag,
  ticket_url: text,
  code_of_conduct: text,
  after_order_message: text,
  schedule_published_on: { kind: 'datetime', allowNone: true },
  payment_country: text,
  payment_currency: text,
  paypal_email: text,
  is_tax_enabled: flag,
  is_billing_info_mandatory: flag,
  can_pay_by_paypal: flag,
  can_pay_by_stripe: flag,
  can_pay_by_cheque: flag,
  can_pay_by_bank: flag,
  can_pay_by_invoice: flag,
  can_pay_onsite: flag,
  can_pay_by_omise: flag,
  can_pay_by_alipay: flag,
  can_pay_by_paytm: flag,
  cheque_details: text,
  bank_details: text,
  onsite_details: text,
  invoice_details: text,
  refund_policy: text,
  // Set by the server when a stripe-authorization is created or deleted (docs/server-contract.md,
  // "Stripe authorization").
  is_stripe_linked: { kind: 'boolean', dumpOnly: true },
  pentabarf_url: readOnlyText,
  ical_url: readOnlyText,
  xcal_url: readOnlyText,
  created_at: { kind: 'datetime', dumpOnly: true },
  deleted_at: { kind: 'datetime', allowNone: true, dumpOnly: true },
} as const satisfies Readonly<Record<string, FieldSpec>>;

export const eventSchema: ResourceSchema<EventRecord> = EVENT_FIELDS;

/** `Event.is_payment_enabled()`: any payment method switched on. */
export function isPaymentEnabled(event: EventRecord): boolean {
  return (
    event.can_pay_by_paypal ||
    event.can_pay_by_stripe ||
    event.can_pay_by_omise ||
    event.can_pay_by_alipay ||
    event.can_pay_by_cheque ||
    event.can_pay_by_bank ||
    event.can_pay_onsite ||
    event.can_pay_by_paytm ||
    event.can_pay_by_invoice
  );
}
