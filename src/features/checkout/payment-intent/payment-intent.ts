// Today's card flow (docs/payments.md): the PaymentIntent the charge endpoint answers with, read
// defensively, and the check that it asks for exactly the amount the buyer was shown.
import * as v from 'valibot';
import { formatMoney } from '@/lib/money';

export const PAYMENT_INTENT_STATUSES = [
  'requires_payment_method',
  'requires_confirmation',
  'requires_action',
  'processing',
  'requires_capture',
  'succeeded',
  'canceled',
] as const;
export type PaymentIntentStatus = (typeof PAYMENT_INTENT_STATUSES)[number];

const paymentErrorSchema = v.object({
  type: v.optional(v.string()),
  code: v.nullish(v.string()),
  decline_code: v.nullish(v.string()),
  message: v.nullish(v.string()),
});

const paymentIntentSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^pi_[A-Za-z0-9]+$/)),
  client_secret: v.string(),
  amount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  currency: v.pipe(v.string(), v.regex(/^[A-Za-z]{3}$/)),
  status: v.picklist(PAYMENT_INTENT_STATUSES),
  last_payment_error: v.nullish(paymentErrorSchema),
});

export interface PaymentIntent {
  id: string;
  clientSecret: string;
  /** Stripe's amount: in the currency's smallest unit, as Stripe counts it. */
  amount: number;
  /** Upper case, as the app writes currencies. */
  currency: string;
  status: PaymentIntentStatus;
  lastError: { code: string; declineCode: string; message: string } | null;
}

/** Reads a PaymentIntent object (Stripe's JSON or Stripe.js's result); null when it is not one. */
export function readPaymentIntent(value: unknown): PaymentIntent | null {
  const parsed = v.safeParse(paymentIntentSchema, value);
  if (!parsed.success) return null;
  const raw = parsed.output;
  // A client secret always starts with its PaymentIntent's id; anything else was not made for it.
  if (!raw.client_secret.startsWith(`${raw.id}_secret_`)) return null;
  const error = raw.last_payment_error;
  return {
    id: raw.id,
    clientSecret: raw.client_secret,
    amount: raw.amount,
    currency: raw.currency.toUpperCase(),
    status: raw.status,
    lastError: error
      ? {
          code: error.code ?? '',
          declineCode: error.decline_code ?? '',
          message: error.message ?? '',
        }
      : null,
  };
}

/** The charge's `message` in this flow: a PaymentIntent as JSON text, or null when it is not one. */
export function parseChargeMessage(message: string): PaymentIntent | null {
  let value: unknown;
  try {
    value = JSON.parse(message);
  } catch {
    return null;
  }
  return readPaymentIntent(value);
}

/** A PaymentIntent in one of these states can still be confirmed by the buyer. */
export function isConfirmable(intent: PaymentIntent): boolean {
  return (
    intent.status === 'requires_payment_method' ||
    intent.status === 'requires_confirmation' ||
    intent.status === 'requires_action'
  );
}

export type AmountCheck =
  { ok: true; shortBy: 0 | 1 } | { ok: false; expected: string; asked: string };

/**
 * The server asks Stripe for `int(amount * 100)` whatever the currency: a yen order becomes a
 * hundred times itself, and the float maths can lose one cent ($19.99 becomes 1998). The buyer's
 * total (minor units, the unit Stripe counts in) is what may be confirmed; one unit less is in the
 * buyer's favour and accepted, anything else refused.
 */
export function checkIntentAmount(
  intent: PaymentIntent,
  order: { amount: number; currency: string },
): AmountCheck {
  const currency = order.currency.toUpperCase();
  if (intent.currency === currency) {
    if (intent.amount === order.amount) return { ok: true, shortBy: 0 };
    if (intent.amount === order.amount - 1 && order.amount > 0) return { ok: true, shortBy: 1 };
  }
  return {
    ok: false,
    expected: formatMoney(order.amount, currency),
    asked: formatMoney(intent.amount, intent.currency),
  };
}
