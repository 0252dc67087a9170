// POST /v1/orders/{identifier}/create-paypal-payment: a PayPal payment id to approve
// (docs/server-contract.md, "PayPal").
import { t } from '@lingui/core/macro';
import * as v from 'valibot';
import { apiRequest, ApiError } from '@/lib/api-client';
import { parseResponse } from '@/lib/parse-response';

const replySchema = v.object({
  // The docs' example sends "true" as a string; the code sends a boolean.
  status: v.union([v.boolean(), v.string()]),
  payment_id: v.nullish(v.string()),
  error: v.nullish(v.string()),
});

export async function createPaypalPayment(
  identifier: string,
  urls: { returnUrl: string; cancelUrl: string },
): Promise<string> {
  const raw = parseResponse(
    replySchema,
    await apiRequest(`/v1/orders/${encodeURIComponent(identifier)}/create-paypal-payment`, {
      method: 'POST',
      format: 'json',
      body: {
        data: {
          type: 'paypal-payment',
          attributes: { 'return-url': urls.returnUrl, 'cancel-url': urls.cancelUrl },
        },
      },
    }),
  );
  if ((raw.status === true || raw.status === 'true') && raw.payment_id) return raw.payment_id;
  throw new ApiError({
    kind: 'http',
    status: 200,
    message: raw.error || t`PayPal could not start the payment.`,
  });
}
