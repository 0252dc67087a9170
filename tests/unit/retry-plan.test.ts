// Where focus goes after a failed card payment, and what the buyer is told was kept
// (src/features/checkout/retry-plan.ts).
import { planRetry, type RetryReason } from '@/features/checkout/retry-plan';

describe('the plan after a failed card payment', () => {
  it.each<[RetryReason, 'card' | 'pay', string]>([
    ['declined', 'card', 'To pay with another card, replace them, starting with the card number.'],
    [
      'insufficient-funds',
      'card',
      'To pay with another card, replace them, starting with the card number.',
    ],
    ['expired-card', 'card', 'Correct the expiry date, or replace them with another card.'],
    ['incorrect-cvc', 'card', 'Correct the security code (CVC), then pay again.'],
    ['processing-error', 'pay', 'Press Pay to try again.'],
    ['authentication-failed', 'pay', 'Press Pay to try again.'],
    ['other', 'pay', 'Press Pay to try again.'],
    ['not-confirmed', 'pay', 'Press Pay to try again.'],
  ])(
    'after %s with the details kept, focuses the %s and says what to do',
    (reason, focus, todo) => {
      const plan = planRetry(reason, true);
      expect(plan.focus).toBe(focus);
      expect(plan.kept).toBe(`The card details you entered are still filled in. ${todo}`);
    },
  );

  it('when the page was loaded anew, says the details were not kept and focuses the card for every reason', () => {
    const reasons: RetryReason[] = ['declined', 'incorrect-cvc', 'authentication-failed'];
    for (const reason of reasons) {
      const plan = planRetry(reason, false);
      expect(plan.focus).toBe('card');
      expect(plan.kept).toMatch(/^Card details are not kept when the page is left or reloaded/);
    }
  });
});
