// POST /v1/stripe-authorizations: hands Stripe's OAuth code to the server, which exchanges it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createResource, isApiError } from '@/lib/api-client';
import {
  stripeAuthorizationKeys,
  toStripeAuthorization,
  type StripeAuthorization,
} from '@/lib/stripe-authorization';

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
    onError: (error, { eventId }) => {
      // A 409 means the event is connected already (another tab, or an earlier request whose
      // answer was lost), and with no answer, a 5xx or an unreadable one it may be: read the
      // connection again so the panel shows what the server has. A 401 is the login page's business.
      if (isApiError(error) && error.kind === 'http' && error.status < 500 && error.status !== 409)
        return;
      void queryClient.invalidateQueries({ queryKey: stripeAuthorizationKeys.byEvent(eventId) });
    },
  });
}
