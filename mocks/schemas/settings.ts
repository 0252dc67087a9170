// SettingSchemaAdmin / NonAdmin / Public (app/api/schema/settings.py): one row, three views by caller.
import type { SettingsRecord } from '../db';
import { text, type FieldSpec, type NumberField, type ResourceSchema } from '../json-api/schema';

const size = { kind: 'integer', allowNone: true } as const satisfies NumberField;

/**
 * Every column of the settings row but its id, secrets included: the admin schema, and the one list
 * of settings columns (db.ts builds the record from it, factories.ts the defaults).
 */
export const SETTINGS_FIELDS = {
  app_environment: text,
  app_name: text,
  tagline: text,
  order_expiry_time: {
    kind: 'integer',
    validate: (minutes: number) => (minutes >= 1 && minutes <= 60 ? null : 'Invalid value.'),
  },
  max_complex_custom_fields: {
    kind: 'integer',
    validate: (fields: number) => (fields >= 1 && fields <= 30 ? null : 'Invalid value.'),
  },
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
  smtp_port: size,
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
  logo_size: size,
  image_size: size,
  slide_size: size,
} as const satisfies Readonly<Record<string, FieldSpec>>;

/** Everything, secrets included: only an admin ever sees or writes this. */
export const settingsAdminSchema: ResourceSchema<SettingsRecord> = SETTINGS_FIELDS;

/**
 * SettingSchemaPublic: no secret of any kind. The payment fields joined it in August 2020 (server
 * commit f60945379; docs/server-contract.md, "Settings"); `is-*-activated` are computed and added
 * by the serializer.
 */
export const SETTINGS_PUBLIC_FIELDS: readonly (keyof SettingsRecord)[] = [
  'app_name',
  'tagline',
  'order_expiry_time',
  'max_complex_custom_fields',
  'analytics_key',
  'fb_client_id',
  'google_url',
  'github_url',
  'twitter_url',
  'support_url',
  'facebook_url',
  'instagram_url',
  'youtube_url',
  'frontend_url',
  'cookie_policy',
  'cookie_policy_link',
  'stripe_mode',
  'stripe_client_id',
  'stripe_publishable_key',
  'stripe_test_client_id',
  'stripe_test_publishable_key',
  'paypal_mode',
  'paypal_client',
  'paypal_sandbox_client',
  'omise_mode',
  'omise_test_public',
  'omise_live_public',
  'alipay_publishable_key',
  'paytm_mode',
  'paytm_live_merchant',
  'paytm_sandbox_merchant',
  'admin_billing_contact_name',
  'admin_billing_phone',
  'admin_billing_email',
  'admin_billing_state',
  'admin_billing_country',
  'admin_billing_tax_info',
  'admin_company',
  'admin_billing_address',
  'admin_billing_city',
  'admin_billing_zip',
  'admin_billing_additional_info',
  'start_pg_event_id',
  'start_pg_enabled',
  'logo_size',
  'image_size',
  'slide_size',
];

/** SettingSchemaNonAdmin: the public fields plus the app links. */
export const SETTINGS_NON_ADMIN_FIELDS: readonly (keyof SettingsRecord)[] = [
  ...SETTINGS_PUBLIC_FIELDS,
  'android_app_url',
  'web_app_url',
];

function isSet(value: string | null): boolean {
  return value !== null && value.trim() !== '';
}

/** The model's computed `is_*_activated` properties (app/models/setting.py), dump-only everywhere. */
export function activationFlags(settings: SettingsRecord): Record<string, boolean> {
  const paypalLive = settings.paypal_mode === 'live';
  return {
    // The model checks only that the client id is set.
    is_stripe_activated: settings.stripe_client_id !== null,
    is_paypal_activated: paypalLive
      ? isSet(settings.paypal_client) && isSet(settings.paypal_secret)
      : isSet(settings.paypal_sandbox_client) && isSet(settings.paypal_sandbox_secret),
    is_omise_activated:
      settings.omise_mode === 'live'
        ? isSet(settings.omise_live_public) && isSet(settings.omise_live_secret)
        : isSet(settings.omise_test_public) && isSet(settings.omise_test_secret),
    is_alipay_activated:
      isSet(settings.alipay_publishable_key) && isSet(settings.alipay_secret_key),
    is_paytm_activated:
      settings.paytm_mode === 'live'
        ? isSet(settings.paytm_live_merchant) && isSet(settings.paytm_live_secret)
        : isSet(settings.paytm_sandbox_merchant) && isSet(settings.paytm_sandbox_secret),
    is_billing_paypal_activated: isSet(settings.admin_billing_paypal_email),
  };
}
