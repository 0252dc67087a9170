// DELETE /v1/stripe-authorizations/{id}: "Disconnect"; the server sets the event's is-stripe-linked false.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteResource } from '@/lib/api-client';
import { stripeAuthorizationKeys } from '@/lib/stripe-authorization';

export async function deleteStripeAuthorization(input: {
  id: string;
  eventId: string;
}): Promise<void> {
  await deleteResource(`/v1/stripe-authorizations/${encodeURIComponent(input.id)}`);
}

export function useDeleteStripeAuthorization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteStripeAuthorization,
    onSuccess: (_result, { eventId }) => {
      queryClient.setQueryData(stripeAuthorizationKeys.byEvent(eventId), null);
    },
  });
}
