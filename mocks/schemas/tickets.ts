// TicketSchema (app/api/schema/tickets.py): the attributes of type `ticket`, with their load rules.
import type { TicketRecord } from '../db';
import {
  INVALID_VALUE,
  type NotNull,
  type NumberField,
  type ResourceSchema,
  type StringField,
} from '../http/schema';

const text: StringField = { kind: 'string', allowNone: true };
const notNegative = (value: number) => (value >= 0 ? null : INVALID_VALUE);
const amount: NumberField = { kind: 'float', allowNone: true, validate: notNegative };
const count: NotNull<NumberField> = { kind: 'integer', validate: notNegative };

export const ticketSchema: ResourceSchema<TicketRecord> = {
  name: { kind: 'string', required: true },
  description: text,
  is_description_visible: { kind: 'boolean' },
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
  deleted_at: { kind: 'datetime', allowNone: true, dumpOnly: true },
};

export const PAID_TICKET_TYPES: readonly string[] = ['paid', 'donation'];
