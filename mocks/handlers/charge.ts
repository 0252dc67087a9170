// POST /v1/orders/{identifier}/charge (docs/server-contract.md, "Charging an order"): the token
// charge of 2018-2021 or, when mocks/charge-era.ts says so, today's PaymentIntent charge (see also
// docs/payments.md); a paypal order goes to paypal.ts. verify.ts completes a PaymentIntent order.
import { http, type RequestHandler } from 'msw';
import { apiUrl } from '../api-url';
import { getChargeEra } from '../charge-era';
import { emitDbChange, type OrderRecord } from '../db';
import { withAuth } from '../json-api/auth';
import { conflict, objectNotFound, raise, unprocessable } from '../json-api/errors';
import { requireJsonApiHeaders } from '../json-api/headers';
import { readJsonApiData } from '../json-api/input';
import { nowIso } from '../lib/datetime';
import { randomAlphanumeric } from '../lib/random';
import { eventOf, findOrder, stripeAuthorizationOfEvent } from '../lookups';
import { createPaymentIntent, serializePaymentIntent } from '../stripe-payment-intents';
import {
  chargeReply,
  expireOrder,
  expireOverdueOrders,
  readChargeAttribute,
} from './order-support';
import { chargePaypal } from './paypal';

interface StripeTestToken {
  brand: string;
  last4: string;
  /** Stripe's error text when a charge with this token fails. */
  decline?: string;
}

/** Stripe's documented test tokens (https://docs.stripe.com/testing#cards, "Tokens"). */
const STRIPE_TEST_TOKENS: Readonly<Record<string, StripeTestToken>> = {
  tok_visa: { brand: 'Visa', last4: '4242' },
  tok_mastercard: { brand: 'MasterCard', last4: '4444' },
  tok_chargeDeclined: { brand: 'Visa', last4: '0002', decline: 'Your card was declined.' },
  tok_chargeDeclinedInsufficientFunds: {
    brand: 'Visa',
    last4: '9995',
    decline: 'Your card has insufficient funds.',
  },
  tok_chargeDeclinedExpiredCard: {
    brand: 'Visa',
    last4: '0069',
    decline: 'Your card has expired.',
  },
  tok_chargeDeclinedIncorrectCvc: {
    brand: 'Visa',
    last4: '0127',
    decline: "Your card's security code is incorrect.",
  },
  tok_chargeDeclinedProcessingError: {
    brand: 'Visa',
    last4: '0119',
    decline: 'An error occurred while processing your card. Try again in a little bit.',
  },
};

/**
 * The token charge, the server's code of 2018-2021 (`git show
 * 4b685a1e4^:app/api/data_layers/ChargesLayer.py`; docs/server-contract.md, "Token charge
 * (2018–2021)"): Stripe charges the token at once, and any failure expires the order.
 */
function chargeWithToken(order: OrderRecord, token: string | null): Response {
  if (token === null) raise(unprocessable({ source: '' }, 'stripe token is missing'));
  const event = eventOf(order);
  if (!event.can_pay_by_stripe) {
    raise(conflict({ '': '' }, "This event doesn't accept payments by Stripe"));
  }
  order.stripe_token = token;
  if (!stripeAuthorizationOfEvent(event.id)) {
    expireOrder(order);
    emitDbChange();
    raise(conflict({ pointer: '' }, 'Stripe credentials not found for the event.'));
  }
  const known = STRIPE_TEST_TOKENS[token];
  const failure = known ? known.decline : `No such token: '${token}'`;
  if (!known || failure !== undefined) {
    // stripe.Customer.create / Charge.create raised: the order expires and its tickets are freed.
    expireOrder(order);
    emitDbChange();
    raise(conflict({ pointer: '' }, failure ?? 'Your card was declined.'));
  }
  const now = new Date();
  Object.assign(order, {
    paid_via: 'card',
    brand: known.brand,
    last4: known.last4,
    exp_month: 12,
    exp_year: now.getUTCFullYear() + 2,
    transaction_id: `ch_${randomAlphanumeric(24)}`,
    status: 'completed',
    completed_at: nowIso(),
  } satisfies Partial<OrderRecord>);
  emitDbChange();
  return chargeReply(order, { status: true, message: 'Charge successful' });
}

/**
 * The PaymentIntent charge's failure `message` is not clean text: the server renders its
 * ConflictError with `str()`, which prints the Python repr of the exception's arguments (the source
 * dict and the text).
 */
const NO_CREDENTIALS_MESSAGE = "({'pointer': ''}, 'Stripe credentials not found for the event.')";

/**
 * The PaymentIntent charge, today's server
 * (`TicketingManager.create_payment_intent_for_order_stripe`; docs/server-contract.md,
 * "PaymentIntent charge (since 2021-12)"): any token is ignored, and every call makes a new
 * PaymentIntent on the organizer's connected account, whose JSON text is the reply's `message`.
 * The order is completed later, by verify (verify.ts).
 */
function chargeWithPaymentIntent(order: OrderRecord): Response {
  const event = eventOf(order);
  if (!event.can_pay_by_stripe) {
    raise(conflict({ '': '' }, "This event doesn't accept payments by Stripe"));
  }
  const authorization = stripeAuthorizationOfEvent(event.id);
  if (!authorization) {
    expireOrder(order);
    emitDbChange();
    return chargeReply(order, {
      status: false,
      message: NO_CREDENTIALS_MESSAGE,
    });
  }
  const intent = createPaymentIntent({
    // Python's int(amount * 100): truncated float maths in every currency, so 19.99 gives 1998
    // and a zero-decimal ¥1500 gives 150000 (docs/payments.md).
    amount: Math.trunc(order.amount * 100),
    currency: (event.payment_currency || 'USD').toLowerCase(),
    orderIdentifier: order.identifier,
    description: `Eventyay ${event.name}`,
    publishableKey: authorization.stripe_publishable_key,
  });
  order.stripe_payment_intent_id = intent.id;
  emitDbChange();
  return chargeReply(order, {
    status: true,
    message: JSON.stringify(serializePaymentIntent(intent)),
  });
}

export const chargeHandlers: RequestHandler[] = [
  /**
   * The checks in the server's order, then the branch of the stored payment-mode
   * (docs/server-contract.md, "Charging an order"): for stripe, the token charge or the
   * PaymentIntent charge as mocks/charge-era.ts says; for paypal, paypal.ts.
   */
  http.post<{ id: string }>(
    apiUrl('/v1/orders/:id/charge'),
    withAuth(async ({ request, params }) => {
      expireOverdueOrders();
      requireJsonApiHeaders(request);
      const input = await readJsonApiData(request, 'charge');
      const order =
        findOrder(params.id) ??
        raise(objectNotFound('order_identifier', `Order with identifier: ${params.id} not found`));
      if (['cancelled', 'expired', 'completed'].includes(order.status)) {
        raise(
          conflict(
            { parameter: 'id' },
            'You cannot charge payments on a cancelled, expired or completed order',
          ),
        );
      }
      if (!order.amount) {
        raise(conflict({ parameter: 'id' }, 'You cannot charge payments on a free order'));
      }
      if (order.payment_mode === 'stripe') {
        return getChargeEra() === 'payment-intent'
          ? chargeWithPaymentIntent(order)
          : chargeWithToken(order, readChargeAttribute(input.attributes, 'stripe'));
      }
      if (order.payment_mode === 'paypal') return chargePaypal(order, input.attributes);
      return chargeReply(order, {});
    }),
  ),
];
