// What a charge reply means for the buyer (docs/payments.md), as plain data the page renders: the
// token flow's replies, and the advice for a decline in either flow.
import { t } from '@lingui/core/macro';
import { isApiError } from '@/lib/api-client';
import type { ChargeResult } from './api/charge-order';

export type DeclineKind =
  | 'declined'
  | 'insufficient-funds'
  | 'expired-card'
  | 'incorrect-cvc'
  | 'processing-error'
  | 'authentication-failed'
  | 'other';

export interface DeclineAdvice {
  kind: DeclineKind;
  title: string;
  advice: string;
}

/** Stripe's own texts (its error `message`s), matched loosely because they get reworded. */
const PATTERNS: readonly [RegExp, DeclineKind][] = [
  [/insufficient funds/i, 'insufficient-funds'],
  [/card has expired|expired card|expiration/i, 'expired-card'],
  [/security code|cvc/i, 'incorrect-cvc'],
  [/error occurred while processing|processing error/i, 'processing-error'],
  [/declined/i, 'declined'],
];

/** The advice for a kind of decline, in the active language (made when it is shown). */
function adviceFor(kind: DeclineKind): DeclineAdvice {
  switch (kind) {
    case 'declined':
      return {
        kind,
        title: t`Your card was declined`,
        advice: t`Your bank did not approve the payment. Try another card, or ask your bank why it was declined.`,
      };
    case 'insufficient-funds':
      return {
        kind,
        title: t`Not enough funds on this card`,
        advice: t`The card does not have enough funds for this order. Use another card.`,
      };
    case 'expired-card':
      return {
        kind,
        title: t`This card has expired`,
        advice: t`Check the expiry date printed on the card, or use another card.`,
      };
    case 'incorrect-cvc':
      return {
        kind,
        title: t`The security code did not match`,
        advice: t`Check the 3-digit code on the back of the card (4 digits on the front for American Express) and try again.`,
      };
    case 'processing-error':
      return {
        kind,
        title: t`The card could not be processed`,
        advice: t`Something went wrong at the card network and nothing was charged. Try again in a moment.`,
      };
    case 'authentication-failed':
      return {
        kind,
        title: t`Your bank could not confirm the payment`,
        advice: t`The check with your bank (3-D Secure) failed or was cancelled, and nothing was charged. Try again, or use another card.`,
      };
    case 'other':
      return {
        kind,
        title: t`The payment did not go through`,
        advice: t`Nothing was charged. Try again, or use another card.`,
      };
  }
}

export function declineAdvice(stripeMessage: string): DeclineAdvice {
  const kind = PATTERNS.find(([pattern]) => pattern.test(stripeMessage))?.[1] ?? 'other';
  return adviceFor(kind);
}

/**
 * Stripe's own codes, which the PaymentIntent flow gets back from Stripe.js
 * (https://docs.stripe.com/declines/codes): `decline_code` says why a card_declined happened.
 */
export function declineAdviceForStripeError(error: {
  code?: string | null;
  decline_code?: string | null;
  message?: string | null;
}): DeclineAdvice {
  const code = error.code ?? '';
  const declineCode = error.decline_code ?? '';
  let kind: DeclineKind;
  if (code === 'payment_intent_authentication_failure' || declineCode === 'authentication_required')
    kind = 'authentication-failed';
  else if (declineCode === 'insufficient_funds') kind = 'insufficient-funds';
  else if (code === 'expired_card' || declineCode === 'expired_card') kind = 'expired-card';
  else if (code === 'incorrect_cvc' || declineCode === 'incorrect_cvc') kind = 'incorrect-cvc';
  else if (code === 'processing_error' || declineCode === 'processing_error')
    kind = 'processing-error';
  else if (code === 'card_declined') kind = 'declined';
  else return declineAdvice(error.message ?? '');
  return adviceFor(kind);
}

export type ChargeOutcome =
  /** 201 status true. */
  | { kind: 'paid'; message: string }
  /** 201 status false, or a 409 with the gateway's text: the server has expired the order. */
  | { kind: 'declined'; message: string; advice: DeclineAdvice }
  /** 409 "cannot charge ... cancelled, expired or completed" / "free order": read the order again. */
  | { kind: 'order-state'; message: string }
  | { kind: 'not-found'; message: string }
  /** No answer, a timeout or a gateway error: the charge may or may not have happened. */
  | { kind: 'unknown'; message: string }
  /** Anything else the server refused (422, 403, a 409 about the event's setup...). */
  | { kind: 'refused'; message: string };

/** The event-setup 409s are not declines: the order is still open. */
const NOT_A_DECLINE = /doesn't accept payments/i;

/**
 * The server's failure text in this flow is the Python repr of an error's arguments, such as
 * `({'pointer': ''}, 'Stripe credentials not found for the event.')`: keep the sentence only.
 */
export function cleanServerMessage(message: string): string {
  const repr = /^\(\{.*\},\s*(['"])(.*)\1\)$/s.exec(message.trim());
  return (repr?.[2] ?? message).trim();
}

export function chargeOutcome(result: { ok: ChargeResult } | { error: unknown }): ChargeOutcome {
  if ('ok' in result) {
    const { status } = result.ok;
    const message = cleanServerMessage(result.ok.message);
    if (status === false) return { kind: 'declined', message, advice: declineAdvice(message) };
    if (message.startsWith('{')) {
      // What a token-era server never sends: a JSON text where its "Charge successful" goes.
      return {
        kind: 'refused',
        message: t`The server's payment answer could not be used; nothing was charged.`,
      };
    }
    return { kind: 'paid', message: message || t`Your payment went through.` };
  }
  const error = result.error;
  // Anything but an ApiError is a bug on our side: never show its raw text.
  if (!isApiError(error)) {
    return {
      kind: 'unknown',
      message: t`Something went wrong before we heard back from the server.`,
    };
  }
  if (error.kind === 'network' || error.kind === 'timeout' || error.kind === 'parse') {
    return { kind: 'unknown', message: error.message };
  }
  const detail = error.detail ?? error.message;
  // A 5xx detail is the server's internals; the client's message says what happened.
  if (error.status >= 500) return { kind: 'unknown', message: error.message };
  if (error.status === 404) return { kind: 'not-found', message: detail };
  if (error.status === 409) {
    if (error.parameter === 'id') return { kind: 'order-state', message: detail };
    if (NOT_A_DECLINE.test(detail)) return { kind: 'refused', message: detail };
    return { kind: 'declined', message: detail, advice: declineAdvice(detail) };
  }
  return { kind: 'refused', message: detail };
}
