// OrderSchema, AttendeeSchema and the create-order / calculate-amount body (app/api/schema/orders.py,
// app/api/schema/attendees.py, app/api/custom/schema/order_amount.py), with their load rules.
import * as z from 'zod/mini';
import { ORDER_STATUSES, PAYMENT_MODES, type AttendeeRecord, type OrderRecord } from '../db';
import { INVALID_VALUE, readOnlyText, text, type ResourceSchema } from '../json-api/schema';

const oneOf = (allowed: readonly string[]) => (value: string) =>
  allowed.includes(value) ? null : `Must be one of: ${allowed.join(', ')}.`;

export const orderSchema: ResourceSchema<OrderRecord> = {
  amount: {
    kind: 'float',
    validate: (value) => (value >= 0 ? null : INVALID_VALUE),
  },
  address: text,
  city: text,
  state: text,
  country: text,
  zipcode: text,
  company: text,
  tax_business_info: text,
  is_billing_enabled: { kind: 'boolean' },
  payment_mode: { kind: 'string', allowNone: true, validate: oneOf(PAYMENT_MODES) },
  status: { kind: 'string', validate: oneOf(ORDER_STATUSES) },
  discount_code_id: text,
  cancel_note: text,
  order_notes: text,
  identifier: { kind: 'string', dumpOnly: true },
  created_at: { kind: 'datetime', dumpOnly: true },
  completed_at: { kind: 'datetime', allowNone: true, dumpOnly: true },
  transaction_id: readOnlyText,
  paid_via: readOnlyText,
  brand: readOnlyText,
  exp_month: { kind: 'integer', allowNone: true, dumpOnly: true },
  exp_year: { kind: 'integer', allowNone: true, dumpOnly: true },
  last4: readOnlyText,
  tickets_pdf_url: readOnlyText,
};

/**
 * `Order.get_updatable_fields()`: all a buyer may send. paid_via and tickets_pdf_url are listed
 * there but dump-only in the schema, so they never reach the check.
 */
export const BUYER_UPDATABLE_ORDER_FIELDS: ReadonlySet<string> = new Set([
  'country',
  'address',
  'city',
  'state',
  'zipcode',
  'company',
  'tax_business_info',
  'status',
  'paid_via',
  'order_notes',
  'payment_mode',
  'tickets_pdf_url',
  'is_billing_enabled',
]);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const attendeeSchema: ResourceSchema<AttendeeRecord> = {
  firstname: { kind: 'string', required: true },
  lastname: { kind: 'string', required: true },
  email: {
    kind: 'string',
    allowNone: true,
    validate: (value) => (EMAIL.test(value.trim()) ? null : 'Not a valid email address.'),
  },
  address: text,
  city: text,
  state: text,
  country: text,
  is_checked_in: { kind: 'boolean', dumpOnly: true },
  pdf_url: readOnlyText,
  created_at: { kind: 'datetime', dumpOnly: true },
};

/** marshmallow 2 coerces "2" to 2; zod's coerce does the same for these plain-JSON bodies. */
const integer = z.pipe(
  z.union([z.number(), z.string().check(z.regex(/^\s*\d+\s*$/))]),
  z.transform(Number),
);
const decimal = z.pipe(
  z.union([z.number(), z.string().check(z.regex(/^\s*\d+(\.\d+)?\s*$/))]),
  z.transform(Number),
);

export const orderTicketInputSchema = z.object({
  id: integer,
  quantity: z._default(integer, 1),
  price: z.nullish(decimal),
  quantity_discount: z.nullish(integer),
});

/** OrderAmountInputSchema: `discount-code` and `discount_code` (and so on) are both read. */
export const orderAmountInputSchema = z.object({
  tickets: z._default(z.array(orderTicketInputSchema), []),
  'discount-code': z.nullish(integer),
  discount_code: z.nullish(integer),
  'access-code': z.nullish(integer),
  access_code: z.nullish(integer),
  amount: z.nullish(decimal),
  'discount-verify': z.nullish(z.boolean()),
});
export type OrderAmountInput = z.infer<typeof orderAmountInputSchema>;

/** marshmallow's error dict for a failed load: `{"tickets": {"0": {"id": ["Not a valid integer."]}}}`. */
export function marshmallowErrors(error: z.core.$ZodError): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const issue of error.issues) {
    let node = out;
    const path = issue.path.map(String);
    path.forEach((key, index) => {
      if (index === path.length - 1) {
        node[key] = [issue.code === 'invalid_type' ? 'Not a valid value.' : 'Invalid value.'];
      } else {
        const next = (node[key] ?? {}) as Record<string, unknown>;
        node[key] = next;
        node = next;
      }
    });
    if (path.length === 0) out._schema = ['Invalid input type.'];
  }
  return out;
}
