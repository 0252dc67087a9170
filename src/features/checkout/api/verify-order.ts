// POST /v1/orders/{identifier}/verify (docs/payments.md): today's server completes a card order only
// here, once Stripe says its PaymentIntent succeeded. Plain JSON in and out; it answers the order's
// status after the check.
import * as v from 'valibot';
import { apiRequest } from '@/lib/api-client';
import { parseResponse } from '@/lib/parse-response';
import { ORDER_STATUSES, type OrderStatus } from './get-order';

const verifySchema = v.object({ payment_status: v.picklist(ORDER_STATUSES) });

export const VERIFY_TIMEOUT_MS = 30_000;

export async function verifyOrder(identifier: string): Promise<OrderStatus> {
  const reply = await apiRequest(`/v1/orders/${encodeURIComponent(identifier)}/verify`, {
    method: 'POST',
    format: 'json',
    body: {},
    timeoutMs: VERIFY_TIMEOUT_MS,
  });
  return parseResponse(verifySchema, reply).payment_status;
}
