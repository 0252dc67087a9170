// POST /v1/orders/{identifier}/verify (docs/server-contract.md, "PaymentIntent charge (since
// 2021-12)"): after the browser has confirmed the PaymentIntent that the charge (charge.ts) made,
// verify completes the order. Plain JSON, no JWT.
import { http, type RequestHandler } from 'msw';
import { apiUrl } from '../api-url';
import { db, emitDbChange, type OrderRecord } from '../db';
import { withErrors } from '../json-api/auth';
import { internalServerError } from '../json-api/errors';
import { nowIso } from '../lib/datetime';
import { randomAlphanumeric } from '../lib/random';
import { stripeAuthorizationOfEvent } from '../lookups';
import { findPaymentIntent } from '../stripe-payment-intents';
import { expireOverdueOrders, plainJson } from './order-support';

/**
 * `verify_order_payment`: asks Stripe for the order's latest PaymentIntent and, once it has
 * succeeded, completes the order with the card it was paid with. It never looks at the order's
 * status, so every call on a paid intent completes the order again.
 */
function verifyOrderPayment(order: OrderRecord): Response {
  if (order.payment_mode !== 'stripe') return plainJson({ payment_status: order.status });
  const authorization = stripeAuthorizationOfEvent(order.event_id);
  const intent =
    order.stripe_payment_intent_id === null
      ? undefined
      : findPaymentIntent(order.stripe_payment_intent_id);
  // Retrieving the intent fails (no intent, no credentials, another account's intent): the
  // server re-raises Stripe's error, which Flask turns into a 500.
  if (
    !intent ||
    !authorization ||
    intent.publishable_key !== authorization.stripe_publishable_key
  ) {
    return internalServerError();
  }
  if (intent.status === 'succeeded') {
    Object.assign(order, {
      status: 'completed',
      completed_at: nowIso(),
      paid_via: 'card',
      transaction_id: intent.balance_transaction ?? `txn_${randomAlphanumeric(24)}`,
      brand: intent.card?.brand ?? null,
      exp_month: intent.card?.exp_month ?? null,
      exp_year: intent.card?.exp_year ?? null,
      last4: intent.card?.last4 ?? null,
    } satisfies Partial<OrderRecord>);
    emitDbChange();
  }
  return plainJson({ payment_status: order.status });
}

export const verifyHandlers: RequestHandler[] = [
  /**
   * Plain JSON, no JWT, any body. The order is found by its UUID only (an integer id matches
   * nothing), and an unknown one is an unhandled error on the server: a 500 HTML page.
   */
  http.post<{ identifier: string }>(
    apiUrl('/v1/orders/:identifier/verify'),
    withErrors(({ params }) => {
      expireOverdueOrders();
      const order = db.orders.find((candidate) => candidate.identifier === params.identifier);
      return order ? verifyOrderPayment(order) : internalServerError();
    }),
  ),
];
