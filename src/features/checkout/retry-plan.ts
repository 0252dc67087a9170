// After a card payment fails and the same order can still be paid: where focus goes and what the
// buyer is told about the card details (docs/security.md, "Card details after a failure").
// Stripe's element is an iframe: the page can neither read nor refill what was typed, and
// `element.focus()` focuses the element as a whole (its first field, the card number). So the
// details are kept only by keeping the element mounted, and the text names the field to fix.
import { t } from '@lingui/core/macro';
import type { DeclineKind } from './charge-outcome';

/** `card`: Stripe's card element; `pay`: the Pay button, when the same details may well pass. */
export type RetryFocus = 'card' | 'pay';

export interface RetryPlan {
  focus: RetryFocus;
  /** What was kept, and what to change before paying again. */
  kept: string;
}

/** Why paying again is offered: a decline, or a payment that was not confirmed (nothing charged). */
export type RetryReason = DeclineKind | 'not-confirmed';

/**
 * `detailsKept` is false when the element could not stay mounted: the page was loaded anew, as
 * when the buyer comes back from the bank's page (3-D Secure).
 */
export function planRetry(reason: RetryReason, detailsKept: boolean): RetryPlan {
  if (!detailsKept) {
    return {
      focus: 'card',
      kept: t`Card details are not kept when the page is left or reloaded (as for your bank’s check), so enter them again.`,
    };
  }
  switch (reason) {
    case 'declined':
    case 'insufficient-funds':
      return {
        focus: 'card',
        kept: t`The card details you entered are still filled in. To pay with another card, replace them, starting with the card number.`,
      };
    case 'expired-card':
      return {
        focus: 'card',
        kept: t`The card details you entered are still filled in. Correct the expiry date, or replace them with another card.`,
      };
    case 'incorrect-cvc':
      return {
        focus: 'card',
        kept: t`The card details you entered are still filled in. Correct the security code (CVC), then pay again.`,
      };
    case 'processing-error':
    case 'authentication-failed':
    case 'other':
    case 'not-confirmed':
      return {
        focus: 'pay',
        kept: t`The card details you entered are still filled in. Press Pay to try again.`,
      };
  }
}
