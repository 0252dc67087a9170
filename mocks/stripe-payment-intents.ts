// The fake Stripe's PaymentIntents: how the mock server creates one for a charge, how Stripe's API
// prints one, and Stripe's documented test PaymentMethods that decide what a confirmation does.
// The HTTP side (retrieve, confirm, the 3-D Secure page) is handlers/fake-stripe.ts.
import {
  db,
  type NextAction,
  type PaymentError,
  type PaymentIntentRecord,
  type PaymentIntentStatus,
} from './db';
import { randomAlphanumeric } from './lib/random';

/* ---------------------------------------------------------------- test PaymentMethods */

export type TestPaymentMethodOutcome =
  | { kind: 'succeeds' }
  | { kind: 'declined'; code: string; decline_code: string; message: string }
  /** 3-D Secure: the test page (`<base>/3ds/:id`) decides. */
  | { kind: 'requires_authentication' };

export interface TestPaymentMethod {
  /** Stripe's brand key, as `payment_method_details.card.brand` reports it. */
  brand: string;
  last4: string;
  outcome: TestPaymentMethodOutcome;
}

const declined = (code: string, declineCode: string, message: string) =>
  ({ kind: 'declined', code, decline_code: declineCode, message }) as const;

/**
 * Stripe's documented test PaymentMethods (docs.stripe.com/testing), the ones the fake card form
 * (src/features/checkout/stripe/card-rules.ts) maps the test card numbers to. The only place the
 * mock knows them.
 */
export const STRIPE_TEST_PAYMENT_METHODS: ReadonlyMap<string, TestPaymentMethod> = new Map([
  ['pm_card_visa', { brand: 'visa', last4: '4242', outcome: { kind: 'succeeds' } }],
  ['pm_card_mastercard', { brand: 'mastercard', last4: '4444', outcome: { kind: 'succeeds' } }],
  [
    'pm_card_chargeDeclined',
    {
      brand: 'visa',
      last4: '0002',
      outcome: declined('card_declined', 'generic_decline', 'Your card was declined.'),
    },
  ],
  [
    'pm_card_chargeDeclinedInsufficientFunds',
    {
      brand: 'visa',
      last4: '9995',
      outcome: declined('card_declined', 'insufficient_funds', 'Your card has insufficient funds.'),
    },
  ],
  [
    'pm_card_chargeDeclinedExpiredCard',
    {
      brand: 'visa',
      last4: '0069',
      outcome: declined('expired_card', 'expired_card', 'Your card has expired.'),
    },
  ],
  [
    'pm_card_chargeDeclinedIncorrectCvc',
    {
      brand: 'visa',
      last4: '0127',
      outcome: declined(
        'incorrect_cvc',
        'incorrect_cvc',
        "Your card's security code is incorrect.",
      ),
    },
  ],
  [
    'pm_card_chargeDeclinedProcessingError',
    {
      brand: 'visa',
      last4: '0119',
      outcome: declined(
        'processing_error',
        'processing_error',
        'An error occurred while processing your card. Try again in a little bit.',
      ),
    },
  ],
  [
    'pm_card_authenticationRequired',
    { brand: 'visa', last4: '3184', outcome: { kind: 'requires_authentication' } },
  ],
] satisfies [string, TestPaymentMethod][]);

/** Test cards expire in December, two years from now. */
export function testCardExpiry(now: Date = new Date()): { exp_month: number; exp_year: number } {
  return { exp_month: 12, exp_year: now.getUTCFullYear() + 2 };
}

/* ---------------------------------------------------------------- PaymentIntents */

/** A PaymentIntent as Stripe's API prints it (only the fields the app and the server read). */
export interface StripePaymentIntent {
  id: string;
  object: 'payment_intent';
  amount: number;
  currency: string;
  status: PaymentIntentStatus;
  client_secret: string;
  created: number;
  livemode: boolean;
  description: string;
  metadata: { order_id: string };
  automatic_payment_methods: { enabled: true };
  payment_method: string | null;
  payment_method_types: string[];
  last_payment_error: PaymentError | null;
  next_action: NextAction | null;
  latest_charge: string | null;
}

export interface NewPaymentIntent {
  amount: number;
  currency: string;
  orderIdentifier: string;
  description: string;
  /** The publishable key of the connected account the intent is created on. */
  publishableKey: string;
}

/** `stripe.PaymentIntent.create` on a connected account: a new intent, stored in the mock db. */
export function createPaymentIntent(input: NewPaymentIntent): PaymentIntentRecord {
  const id = `pi_${randomAlphanumeric(24)}`;
  const intent: PaymentIntentRecord = {
    id,
    client_secret: `${id}_secret_${randomAlphanumeric(24)}`,
    amount: input.amount,
    currency: input.currency,
    status: 'requires_payment_method',
    publishable_key: input.publishableKey,
    description: input.description,
    metadata: { order_id: input.orderIdentifier },
    created: Math.floor(Date.now() / 1000),
    payment_method: null,
    card: null,
    latest_charge: null,
    balance_transaction: null,
    last_payment_error: null,
    next_action: null,
    return_url: null,
  };
  db.payment_intents.push(intent);
  return intent;
}

export function findPaymentIntent(id: string): PaymentIntentRecord | undefined {
  return db.payment_intents.find((intent) => intent.id === id);
}

export function serializePaymentIntent(intent: PaymentIntentRecord): StripePaymentIntent {
  return {
    id: intent.id,
    object: 'payment_intent',
    amount: intent.amount,
    currency: intent.currency,
    status: intent.status,
    client_secret: intent.client_secret,
    created: intent.created,
    livemode: false,
    description: intent.description,
    metadata: { ...intent.metadata },
    automatic_payment_methods: { enabled: true },
    payment_method: intent.payment_method,
    payment_method_types: ['card'],
    last_payment_error: intent.last_payment_error ? { ...intent.last_payment_error } : null,
    next_action: intent.next_action ? structuredClone(intent.next_action) : null,
    latest_charge: intent.latest_charge,
  };
}
