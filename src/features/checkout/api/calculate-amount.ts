// POST /v1/orders/calculate-amount: the server's total for a selection (plain JSON, no login needed).
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import * as v from 'valibot';
import { apiRequest } from '@/lib/api-client';
import { toMinorUnits } from '@/lib/money';
import { parseResponse, serverAmount } from '@/lib/parse-response';
import { encodeSelection, type Selection } from '../selection';
import { orderAmountBody } from './order-amount-body';

const amountSchema = v.object({ total: v.nonNullish(serverAmount), sub_total: serverAmount });

export interface OrderAmount {
  /** Minor units of the event currency. */
  total: number;
}

export const orderAmountKeys = {
  all: ['order-amount'] as const,
  // The currency turns the server's decimal total into minor units, so it is part of the answer.
  detail: (eventId: string, selection: Selection, currency: string) =>
    [...orderAmountKeys.all, eventId, currency, encodeSelection(selection)] as const,
};

export async function calculateAmount(
  selection: Selection,
  currency: string,
  signal?: AbortSignal,
): Promise<OrderAmount> {
  const raw = parseResponse(
    amountSchema,
    await apiRequest('/v1/orders/calculate-amount', {
      method: 'POST',
      format: 'json',
      auth: false,
      body: orderAmountBody(selection, currency),
      signal,
    }),
  );
  return { total: toMinorUnits(raw.total, currency) };
}

export const orderAmountQueryOptions = (eventId: string, selection: Selection, currency: string) =>
  queryOptions({
    queryKey: orderAmountKeys.detail(eventId, selection, currency),
    queryFn: ({ signal }) => calculateAmount(selection, currency, signal),
    enabled: selection.some((entry) => entry.quantity > 0),
    placeholderData: keepPreviousData,
  });

export function useOrderAmount(eventId: string, selection: Selection, currency: string) {
  return useQuery(orderAmountQueryOptions(eventId, selection, currency));
}
