// GET /v1/events/{id}/stripe-authorization: the organizer's connected account (publishable key only).
import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { getResource, isApiError } from '@/lib/api-client';
import { parseResponse } from '@/lib/parse-response';

const authorizationSchema = z.object({
  id: z.string(),
  stripePublishableKey: z.nullish(z.string()),
});

export interface StripeAuthorization {
  id: string;
  publishableKey: string;
}

export const stripeAuthorizationKeys = {
  all: ['stripe-authorizations'] as const,
  byEvent: (eventId: string) => [...stripeAuthorizationKeys.all, 'event', eventId] as const,
};

export function toStripeAuthorization(value: unknown): StripeAuthorization {
  const raw = parseResponse(authorizationSchema, value);
  return { id: raw.id, publishableKey: raw.stripePublishableKey ?? '' };
}

/** The event's Stripe account, or null when none is connected (the server answers 404). */
export async function getStripeAuthorization(eventId: string): Promise<StripeAuthorization | null> {
  try {
    return toStripeAuthorization(
      await getResource(`/v1/events/${encodeURIComponent(eventId)}/stripe-authorization`),
    );
  } catch (error) {
    if (isApiError(error) && error.kind === 'http' && error.status === 404) return null;
    throw error;
  }
}

export const stripeAuthorizationQueryOptions = (eventId: string) =>
  queryOptions({
    queryKey: stripeAuthorizationKeys.byEvent(eventId),
    queryFn: () => getStripeAuthorization(eventId),
  });

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
