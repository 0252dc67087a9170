// TicketSchema (app/api/schema/tickets.py): the attributes of type `ticket`, with their load rules.
import type { TicketRecord } from '../db';
import {
  INVALID_VALUE,
  text,
  type FieldSpec,
  type NumberField,
  type ResourceSchema,
} from '../json-api/schema';

const notNegative = (value: number) => (value >= 0 ? null : INVALID_VALUE);
const amount = {
  kind: 'float',
  allowNone: true,
  validate: notNegative,
} as const satisfies NumberField;
const count = { kind: 'integer', validate: notNegative } as const satisfies NumberField;

/**
 * Every column of the tickets table but its id, event_id and created_at (db.ts builds the record
 * from these).
 */
export const TICKET_FIELDS = {
  name: { kind: 'string', required: true },
  description: text,
  is_description_visible: { kind: 'boolean' },
  /** The server only checks that it is present; the frontend uses free, paid and donation. */
  type: { kind: 'string', required: true },
  price: amount,
  min_price: amount,
  max_price: amount,
  quantity: { kind: 'integer', allowNone: true, validate: notNegative },
  position: { kind: 'integer', allowNone: true },
  is_hidden: { kind: 'boolean' },
  is_fee_absorbed: { kind: 'boolean' },
  is_checkin_restricted: { kind: 'boolean' },
  auto_checkin_enabled: { kind: 'boolean' },
  sales_starts_at: { kind: 'datetime', required: true },
  sales_ends_at: { kind: 'datetime', required: true },
  min_order: count,
  max_order: count,
  form_id: text,
  badge_id: text,
  /** Tickets are soft-deleted, as on the server: orders may still point at them. */
  deleted_at: { kind: 'datetime', allowNone: true, dumpOnly: true },
} as const satisfies Readonly<Record<string, FieldSpec>>;

export const ticketSchema: ResourceSchema<TicketRecord> = TICKET_FIELDS;

export const PAID_TICKET_TYPES: readonly string[] = ['paid', 'donation'];
