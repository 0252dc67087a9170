// PATCH /v1/orders/{identifier}: the buyer's billing details, payment mode and status.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateResource } from '@/lib/api-client';
import { orderKeys } from './get-order';

export interface OrderUpdate {
  status?: 'pending' | 'placed' | 'completed' | 'cancelled';
  paymentMode?: string;
  isBillingEnabled?: boolean;
  company?: string;
  address?: string;
  city?: string;
  state?: string;
  zipcode?: string;
  country?: string;
  taxBusinessInfo?: string;
}

export async function updateOrder(
  identifier: string,
  orderId: string,
  changes: OrderUpdate,
): Promise<void> {
  await updateResource(`/v1/orders/${encodeURIComponent(identifier)}`, 'order', orderId, {
    ...changes,
  });
}

export function useUpdateOrder(identifier: string, orderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: OrderUpdate) => updateOrder(identifier, orderId, changes),
    onSettled: () => queryClient.invalidateQueries({ queryKey: orderKeys.detail(identifier) }),
  });
}
