// Starts Stripe with the organizer's publishable key: the real Stripe.js (live) or the offline fake,
// chosen by env.stripeMode. Both are dynamic imports, so neither is on any page until payment.
import type { Stripe } from '@stripe/stripe-js';
import { env } from '@/config/env';

const started = new Map<string, Promise<Stripe | null>>();

/**
 * Where the fake Stripe sends the page when Stripe.js would (the 3-D Secure page, a return URL).
 * An object so that a test can replace `assign` (jsdom cannot navigate) and see where it went.
 */
export const fakeStripeNavigation = {
  assign: (url: string): void => window.location.assign(url),
};

/**
 * How Stripe is started for a key. An object so that a test can make the start fail, as an
 * extension blocking Stripe.js does (tests/integration/stripe-unavailable.test.tsx).
 */
export const stripeStarter = {
  start: (publishableKey: string): Promise<Stripe | null> =>
    env.stripeMode === 'fake'
      ? import('./fake-stripe').then((module) =>
          module.createFakeStripe(publishableKey, {
            navigate: (url) => fakeStripeNavigation.assign(url),
          }),
        )
      : // `pure` does not inject the script on import, only when loadStripe is called here.
        import('@stripe/stripe-js/pure').then((module) => module.loadStripe(publishableKey)),
};

export function loadStripeFor(publishableKey: string): Promise<Stripe | null> {
  let stripe = started.get(publishableKey);
  if (!stripe) {
    stripe = stripeStarter.start(publishableKey);
    // A failed load (offline) must not stick: the next attempt tries again.
    stripe.catch(() => started.delete(publishableKey));
    started.set(publishableKey, stripe);
  }
  return stripe;
}

/** Forgets the Stripe instances started so far (tests: each starts with none). */
export function resetStripeLoader(): void {
  started.clear();
}
