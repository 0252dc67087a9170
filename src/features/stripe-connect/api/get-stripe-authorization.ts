// The event's connected Stripe account, for the Connect panel: the shared query
// (src/lib/stripe-authorization.ts) and how its key is shown.
import { useQuery } from '@tanstack/react-query';
import { stripeAuthorizationQueryOptions } from '@/lib/stripe-authorization';

export type { StripeAuthorization } from '@/lib/stripe-authorization';

export function useStripeAuthorization(eventId: string | null) {
  return useQuery({
    ...stripeAuthorizationQueryOptions(eventId ?? ''),
    enabled: eventId !== null,
  });
}

/** `pk_test_…a1b2`: enough to recognise the account, not to copy the key. */
export function maskPublishableKey(key: string): string {
  const match = /^(pk_(?:test|live)_)/.exec(key);
  const prefix = match?.[1] ?? '';
  if (key.length <= prefix.length + 4) return key;
  return `${prefix}…${key.slice(-4)}`;
}

export function isTestKey(key: string): boolean {
  return key.startsWith('pk_test_');
}
