// The organizer's publishable key, which Stripe.js starts with: read through the one
// stripe-authorization query (src/lib/stripe-authorization.ts), which the Connect panel shares.
import { useQuery } from '@tanstack/react-query';
import { isPublishableKey, stripeAuthorizationQueryOptions } from '@/lib/stripe-authorization';

export type PublishableKey =
  | { kind: 'ready'; key: string }
  /** No Stripe account is connected to the event (any more), or the server shows no usable key. */
  | { kind: 'missing' };

export function useStripePublishableKey(eventId: string) {
  return useQuery({
    ...stripeAuthorizationQueryOptions(eventId),
    // The key changes only when the organizer reconnects: no need to ask again during a checkout.
    staleTime: 10 * 60_000,
    select: (authorization): PublishableKey =>
      authorization !== null && isPublishableKey(authorization.publishableKey)
        ? { kind: 'ready', key: authorization.publishableKey }
        : { kind: 'missing' },
  });
}
