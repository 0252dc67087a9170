// UserSchema and UserSchemaPublic (app/api/schema/users.py): what GET /v1/users/{id} sends.
import type { UserRecord } from '../db';
import {
  pickFields,
  readOnlyText,
  text,
  type FieldSpec,
  type ResourceSchema,
} from '../json-api/schema';

/** Every column of the users table but its id (db.ts builds the record from these). */
export const USER_FIELDS = {
  email: { kind: 'string', required: true },
  /** Stored in clear text: this is demo data, and it is never serialized (load-only). */
  password: { kind: 'string', required: true, loadOnly: true },
  avatar_url: text,
  first_name: text,
  last_name: text,
  public_name: text,
  original_image_url: readOnlyText,
  thumbnail_image_url: readOnlyText,
  small_image_url: readOnlyText,
  icon_image_url: readOnlyText,
  is_profile_public: { kind: 'boolean' },
  was_registered_with_order: { kind: 'boolean' },
  is_verified: { kind: 'boolean' },
  is_admin: { kind: 'boolean' },
  is_super_admin: { kind: 'boolean', dumpOnly: true },
  is_sales_admin: { kind: 'boolean' },
  is_marketer: { kind: 'boolean' },
  is_blocked: { kind: 'boolean' },
  created_at: { kind: 'datetime', dumpOnly: true },
  last_accessed_at: { kind: 'datetime', allowNone: true, dumpOnly: true },
  deleted_at: { kind: 'datetime', allowNone: true },
  contact: text,
  details: text,
  company: text,
  facebook_url: text,
  twitter_url: text,
  instagram_url: text,
  google_plus_url: text,
  facebook_id: readOnlyText,
  billing_contact_name: text,
  billing_phone: text,
  billing_state: text,
  billing_country: text,
  billing_tax_info: text,
  billing_address: text,
  billing_city: text,
  billing_zip_code: text,
  billing_additional_info: text,
} as const satisfies Readonly<Record<string, FieldSpec>>;

/** UserSchema, the full profile. */
export const userSchema: ResourceSchema<UserRecord> = USER_FIELDS;

/** What other resources show of a user (an event's owner, say): no billing or role details. */
export const userPublicSchema: ResourceSchema<UserRecord> = pickFields(userSchema, [
  'email',
  'avatar_url',
  'first_name',
  'last_name',
  'public_name',
  'is_profile_public',
  'original_image_url',
  'thumbnail_image_url',
  'small_image_url',
  'icon_image_url',
  'was_registered_with_order',
]);
