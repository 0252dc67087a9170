// Record builders with the server models' defaults, shared by the seed, the handlers and tests.
// Pure functions: the caller picks the id (see nextId in db.ts), so the seed can run before the db exists.
import type {
  AttendeeRecord,
  EventRecord,
  OrderRecord,
  SettingsRecord,
  StripeAuthorizationRecord,
  TicketRecord,
  UserRecord,
} from './db';
import { nowIso } from './lib/datetime';
import { SETTINGS_FIELDS } from './schemas/settings';

/** A record where the listed fields must be given and the rest fall back to the model defaults. */
type WithRequired<R, K extends keyof R> = Pick<R, K> & Partial<R>;

export function buildUser(
  fields: WithRequired<UserRecord, 'id' | 'email' | 'password'>,
): UserRecord {
  return {
    first_name: null,
    last_name: null,
    public_name: null,
    avatar_url: null,
    original_image_url: null,
    thumbnail_image_url: null,
    small_image_url: null,
    icon_image_url: null,
    is_verified: false,
    is_admin: false,
    is_super_admin: false,
    is_sales_admin: false,
    is_marketer: false,
    is_blocked: false,
    is_profile_public: false,
    was_registered_with_order: false,
    created_at: nowIso(),
    last_accessed_at: null,
    deleted_at: null,
    contact: null,
    details: null,
    company: null,
    facebook_url: null,
    twitter_url: null,
    instagram_url: null,
    google_plus_url: null,
    facebook_id: null,
    billing_contact_name: null,
    billing_phone: null,
    billing_state: null,
    billing_country: null,
    billing_tax_info: null,
    billing_address: null,
    billing_city: null,
    billing_zip_code: null,
    billing_additional_info: null,
    ...fields,
  };
}

/** The refund policy the server's Event model sets when none is given. */
export const DEFAULT_REFUND_POLICY = 'All sales are final. No refunds shall be issued in any case.';

export function buildEvent(
  fields: WithRequired<
    EventRecord,
    'id' | 'identifier' | 'owner_id' | 'name' | 'starts_at' | 'ends_at' | 'timezone'
  >,
): EventRecord {
  return {
    description: null,
    external_event_url: null,
    state: 'draft',
    privacy: 'public',
    online: false,
    latitude: null,
    longitude: null,
    location_name: null,
    searchable_location_name: null,
    logo_url: null,
    original_image_url: null,
    thumbnail_image_url: null,
    large_image_url: null,
    icon_image_url: null,
    owner_name: null,
    owner_description: null,
    has_owner_info: false,
    is_map_shown: false,
    is_sessions_speakers_enabled: false,
    is_sponsors_enabled: false,
    is_ticketing_enabled: true,
    is_donation_enabled: false,
    show_remaining_tickets: false,
    ticket_url: null,
    code_of_conduct: null,
    after_order_message: null,
    schedule_published_on: null,
    payment_country: null,
    payment_currency: null,
    paypal_email: null,
    is_tax_enabled: false,
    is_billing_info_mandatory: false,
    can_pay_by_paypal: false,
    can_pay_by_stripe: false,
    can_pay_by_cheque: false,
    can_pay_by_bank: false,
    can_pay_by_invoice: false,
    can_pay_onsite: false,
    can_pay_by_omise: false,
    can_pay_by_alipay: false,
    can_pay_by_paytm: false,
    cheque_details: null,
    bank_details: null,
    onsite_details: null,
    invoice_details: null,
    refund_policy: DEFAULT_REFUND_POLICY,
    is_stripe_linked: false,
    pentabarf_url: null,
    ical_url: null,
    xcal_url: null,
    created_at: nowIso(),
    deleted_at: null,
    ...fields,
  };
}

export function buildTicket(
  fields: WithRequired<
    TicketRecord,
    'id' | 'event_id' | 'name' | 'type' | 'sales_starts_at' | 'sales_ends_at'
  >,
): TicketRecord {
  return {
    description: null,
    is_description_visible: false,
    price: 0,
    min_price: 0,
    max_price: null,
    quantity: 100,
    position: 1,
    is_hidden: false,
    is_fee_absorbed: false,
    is_checkin_restricted: true,
    auto_checkin_enabled: false,
    min_order: 1,
    max_order: 10,
    form_id: null,
    badge_id: null,
    created_at: nowIso(),
    deleted_at: null,
    ...fields,
  };
}

export function buildOrder(
  fields: WithRequired<
    OrderRecord,
    'id' | 'identifier' | 'user_id' | 'event_id' | 'amount' | 'status' | 'order_tickets'
  >,
): OrderRecord {
  return {
    address: null,
    city: null,
    state: null,
    country: null,
    zipcode: null,
    company: null,
    tax_business_info: null,
    is_billing_enabled: false,
    payment_mode: null,
    discount_code_id: null,
    cancel_note: null,
    order_notes: null,
    created_at: nowIso(),
    completed_at: null,
    transaction_id: null,
    paid_via: null,
    brand: null,
    exp_month: null,
    exp_year: null,
    last4: null,
    payment_url: null,
    tickets_pdf_url: null,
    stripe_token: null,
    paypal_payment_ids: [],
    stripe_payment_intent_id: null,
    ...fields,
  };
}

export function buildAttendee(
  fields: WithRequired<AttendeeRecord, 'id' | 'order_id' | 'ticket_id' | 'event_id'>,
): AttendeeRecord {
  return {
    user_id: null,
    firstname: null,
    lastname: null,
    email: null,
    address: null,
    city: null,
    state: null,
    country: null,
    is_checked_in: false,
    pdf_url: null,
    created_at: nowIso(),
    ...fields,
  };
}

export function buildStripeAuthorization(
  fields: WithRequired<
    StripeAuthorizationRecord,
    | 'id'
    | 'event_id'
    | 'stripe_publishable_key'
    | 'stripe_secret_key'
    | 'stripe_refresh_token'
    | 'stripe_user_id'
  >,
): StripeAuthorizationRecord {
  return { stripe_auth_code: null, ...fields };
}

/** The columns of R that cannot be null, so the model must give them a default. */
type NotNullColumns<R> = { [K in keyof R]-?: null extends R[K] ? never : K }[keyof R];

/** The settings model's defaults that are not null; every other column defaults to null. */
const SETTINGS_DEFAULTS = {
  app_environment: 'development',
  app_name: 'Open Event',
  order_expiry_time: 15,
  max_complex_custom_fields: 30,
  logo_size: 1000,
  image_size: 10000,
  slide_size: 20000,
} satisfies Partial<SettingsRecord> &
  Pick<SettingsRecord, Exclude<NotNullColumns<SettingsRecord>, 'id'>>;

/** The one settings row, its columns in the schema's order (schemas/settings.ts). */
export function buildSettings(fields: Partial<SettingsRecord> = {}): SettingsRecord {
  const nulls = Object.fromEntries(Object.keys(SETTINGS_FIELDS).map((name) => [name, null]));
  // Complete: every column is in SETTINGS_FIELDS, and every one that cannot be null has a default.
  return { id: 1, ...nulls, ...SETTINGS_DEFAULTS, ...fields } as SettingsRecord;
}
