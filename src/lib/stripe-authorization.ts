// GET /v1/events/{id}/stripe-authorization: the organizer's connected Stripe account, of which the
// server shows only the publishable key (docs/server-contract.md, "Stripe authorization"). One
// query and one key for the wizard's Connect panel and the buyer's card payment, so connecting or
// disconnecting is seen by both.
import { queryOptions } from '@tanstack/react-query';
import * as v from 'valibot';
import { getResource, isApiError } from './api-client';
import { parseResponse } from './parse-response';

const authorizationSchema = v.object({
  id: v.string(),
  stripePublishableKey: v.nullish(v.string()),
});

export interface StripeAuthorization {
  id: string;
  /** `pk_test_…` or `pk_live_…`; empty when the server has none to show. */
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
export async function getStripeAuthorization(
  eventId: string,
  signal?: AbortSignal,
): Promise<StripeAuthorization | null> {
  try {
    return toStripeAuthorization(
      await getResource(`/v1/events/${encodeURIComponent(eventId)}/stripe-authorization`, {
        signal,
      }),
    );
  } catch (error) {
    if (isApiError(error) && error.kind === 'http' && error.status === 404) return null;
    throw error;
  }
}

export const stripeAuthorizationQueryOptions = (eventId: string) =>
  queryOptions({
    queryKey: stripeAuthorizationKeys.byEvent(eventId),
    queryFn: ({ signal }) => getStripeAuthorization(eventId, signal),
  });

/** A key Stripe.js can start with. */
export function isPublishableKey(key: string): boolean {
  return /^pk_(test|live)_/.test(key);
}
