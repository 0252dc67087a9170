// GET /v1/events/{id}/stripe-authorization: the organizer's publishable key, which Stripe.js starts with.
import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { getResource } from '@/lib/api-client';
import { parseResponse } from '@/lib/parse-response';

const authorizationSchema = z.object({
  stripePublishableKey: z.string().check(z.regex(/^pk_(test|live)_/)),
});

export const stripeAuthorizationKeys = {
  all: ['event-stripe-authorization'] as const,
  detail: (eventId: string) => [...stripeAuthorizationKeys.all, eventId] as const,
};

export async function getStripePublishableKey(
  eventId: string,
  signal?: AbortSignal,
): Promise<string> {
  const raw = parseResponse(
    authorizationSchema,
    await getResource(`/v1/events/${encodeURIComponent(eventId)}/stripe-authorization`, {
      signal,
    }),
  );
  return raw.stripePublishableKey;
}

export const stripePublishableKeyQueryOptions = (eventId: string) =>
  queryOptions({
    queryKey: stripeAuthorizationKeys.detail(eventId),
    queryFn: ({ signal }) => getStripePublishableKey(eventId, signal),
    staleTime: 10 * 60_000,
  });

export function useStripePublishableKey(eventId: string, enabled: boolean) {
  return useQuery({ ...stripePublishableKeyQueryOptions(eventId), enabled });
}
