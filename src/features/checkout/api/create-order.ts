// POST /v1/orders/create-order (how the server has made orders since 2020, "era B" in
// docs/glossary.md): plain JSON in, a JSON:API-shaped order document out.
import { useMutation } from '@tanstack/react-query';
import * as v from 'valibot';
import { apiRequest, deserializeReply } from '@/lib/api-client';
import { parseResponse } from '@/lib/parse-response';
import { rememberOrderSelection, type Selection } from '../selection';
import { orderAmountBody } from './order-amount-body';

const createdSchema = v.object({ identifier: v.string() });

export interface CreateOrderInput {
  selection: Selection;
  currency: string;
}

export async function createOrder({ selection, currency }: CreateOrderInput): Promise<string> {
  const document = await apiRequest('/v1/orders/create-order', {
    method: 'POST',
    format: 'json',
    body: orderAmountBody(selection, currency),
  });
  const { identifier } = parseResponse(createdSchema, deserializeReply(document));
  // Kept so that a declined or expired order can be started again with the same tickets.
  rememberOrderSelection(identifier, selection);
  return identifier;
}

export function useCreateOrder() {
  return useMutation({ mutationFn: createOrder });
}
