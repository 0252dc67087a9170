// POST /v1/stripe-authorizations: hands Stripe's OAuth code to the server, which exchanges it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createResource } from '@/lib/api-client';
import {
  stripeAuthorizationKeys,
  toStripeAuthorization,
  type StripeAuthorization,
} from './get-stripe-authorization';

export async function createStripeAuthorization(input: {
  eventId: string;
  code: string;
}): Promise<StripeAuthorization> {
  return toStripeAuthorization(
    await createResource(
      '/v1/stripe-authorizations',
      'stripe-authorization',
      { stripeAuthCode: input.code },
      { event: { type: 'event', id: input.eventId } },
    ),
  );
}

export function useCreateStripeAuthorization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createStripeAuthorization,
    onSuccess: (authorization, { eventId }) => {
      queryClient.setQueryData(stripeAuthorizationKeys.byEvent(eventId), authorization);
    },
  });
}
