// The body create-order and calculate-amount share (OrderAmountInputSchema): decimals, integer ids.
import { toMajorUnits } from '@/lib/money';
import type { Selection } from '../selection';

export interface OrderAmountBody {
  tickets: { id: number; quantity: number; price?: number }[];
}

export function orderAmountBody(selection: Selection, currency: string): OrderAmountBody {
  return {
    tickets: selection
      .filter((entry) => entry.quantity > 0)
      .map((entry) => ({
        id: Number(entry.ticketId),
        quantity: entry.quantity,
        ...(entry.price === undefined ? {} : { price: toMajorUnits(entry.price, currency) }),
      })),
  };
}
