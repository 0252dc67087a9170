// PayPal (docs/server-contract.md, "PayPal"): create-paypal-payment issues a payment id for the
// order, and the charge of a paypal order (sent by charge.ts) executes it. The mock stands in for
// PayPal itself: the payment ids it issued are kept on the order.
import { http, type RequestHandler } from 'msw';
import { apiUrl } from '../api-url';
import { emitDbChange, type OrderRecord } from '../db';
import { withAuth } from '../json-api/auth';
import { conflict, objectNotFound, raise, unprocessable } from '../json-api/errors';
import { nowIso } from '../lib/datetime';
import { randomAlphanumeric } from '../lib/random';
import { eventOf, findOrder } from '../lookups';
import {
  chargeReply,
  expireOrder,
  expireOverdueOrders,
  plainJson,
  readChargeAttribute,
} from './order-support';

/** The charge of a paypal order (charge.ts): executes the payment create-paypal-payment issued. */
export function chargePaypal(order: OrderRecord, attributes: Record<string, unknown>): Response {
  const payerId = readChargeAttribute(attributes, 'paypal_payer_id');
  const paymentId = readChargeAttribute(attributes, 'paypal_payment_id');
  if (payerId === null || paymentId === null) {
    raise(unprocessable({ source: '' }, 'paypal_payer_id or paypal_payment_id or both missing'));
  }
  if (!eventOf(order).can_pay_by_paypal) {
    raise(conflict({ '': '' }, "This event doesn't accept payments by Paypal"));
  }
  if (!order.paypal_payment_ids.includes(paymentId)) {
    expireOrder(order);
    emitDbChange();
    return chargeReply(order, {
      status: false,
      message: 'The requested resource ID was not found',
    });
  }
  Object.assign(order, {
    paid_via: 'paypal',
    transaction_id: paymentId,
    status: 'completed',
    completed_at: nowIso(),
  } satisfies Partial<OrderRecord>);
  emitDbChange();
  return chargeReply(order, { status: true, message: 'Charge successful' });
}

export const paypalHandlers: RequestHandler[] = [
  /**
   * Plain JSON. The payment id is what PayPal's checkout approves (docs/server-contract.md,
   * "PayPal").
   */
  http.post<{ id: string }>(
    apiUrl('/v1/orders/:id/create-paypal-payment'),
    withAuth(async ({ request, params }) => {
      expireOverdueOrders();
      const order =
        findOrder(params.id) ??
        raise(objectNotFound('identifier', `Order: ${params.id} not found`));
      const body = (await request.json().catch(() => null)) as {
        data?: { attributes?: Record<string, unknown> };
      } | null;
      const attributes = body?.data?.attributes ?? {};
      const returnUrl = attributes['return-url'] ?? attributes.return_url;
      const cancelUrl = attributes['cancel-url'] ?? attributes.cancel_url;
      if (typeof returnUrl !== 'string' || typeof cancelUrl !== 'string') {
        return plainJson({ status: false, error: 'return_url or cancel_url missing' });
      }
      const event = eventOf(order);
      if (!event.can_pay_by_paypal || !event.paypal_email) {
        return plainJson({ status: false, error: 'Payee email is missing for this event.' });
      }
      const paymentId = `PAYID-${randomAlphanumeric(24).toUpperCase()}`;
      order.paypal_payment_ids.push(paymentId);
      emitDbChange();
      return plainJson({ status: true, payment_id: paymentId });
    }),
  ),
];
