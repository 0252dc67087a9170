// POST /v1/orders/{identifier}/charge (CONTRACT §8, era 1): a Stripe token or PayPal ids in, a verdict out.
import * as z from 'zod/mini';
import { apiRequest, deserializeReply } from '@/lib/api-client';
import { parseResponse } from '@/lib/parse-response';

const chargeSchema = z.object({ status: z.nullish(z.boolean()), message: z.nullish(z.string()) });

export interface ChargeResult {
  /** null when the server charged nothing (a payment mode without a gateway). */
  status: boolean | null;
  message: string;
}

export type ChargeInput = { stripe: string } | { paypalPayerId: string; paypalPaymentId: string };

/** Payments can take a while at the card network; a shorter wait would report false failures. */
export const CHARGE_TIMEOUT_MS = 60_000;

export async function chargeOrder(identifier: string, input: ChargeInput): Promise<ChargeResult> {
  const attributes =
    'stripe' in input
      ? { stripe: input.stripe }
      : { 'paypal-payer-id': input.paypalPayerId, 'paypal-payment-id': input.paypalPaymentId };
  const document = await apiRequest(`/v1/orders/${encodeURIComponent(identifier)}/charge`, {
    method: 'POST',
    body: { data: { type: 'charge', attributes } },
    timeoutMs: CHARGE_TIMEOUT_MS,
  });
  const raw = parseResponse(chargeSchema, deserializeReply(document, 201));
  return { status: raw.status ?? null, message: raw.message ?? '' };
}
