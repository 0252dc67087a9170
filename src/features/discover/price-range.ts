// The price line of an event card: "Free", "$25.00", "From $5.00", or "Free, or from $5.00".
// There is no event-level price on the server (docs/events-page.md): it comes from the visible tickets.
import { t } from '@lingui/core/macro';
import { formatMoney } from '@/lib/money';

export interface TicketPrice {
  type: string;
  /** Minor units; for a donation ticket its minimum. */
  price: number;
}

/**
 * Null when the event shows no tickets: the card then says nothing about price. Called at render,
 * so the words and the money's format are those of the language active then.
 */
export function priceRange(tickets: readonly TicketPrice[], currency: string): string | null {
  if (tickets.length === 0) return null;
  const isFree = (ticket: TicketPrice) => ticket.type === 'free' || ticket.price <= 0;
  const paid = tickets.filter((ticket) => !isFree(ticket));
  const hasFree = paid.length < tickets.length;
  if (paid.length === 0) return t`Free`;
  const prices = paid.map((ticket) => ticket.price);
  const lowest = formatMoney(Math.min(...prices), currency);
  // A donation's minimum is not its price: "From" even when it is the only ticket.
  const single = new Set(prices).size === 1 && paid.every((ticket) => ticket.type !== 'donation');
  if (hasFree) return t`Free, or from ${lowest}`;
  return single ? lowest : t`From ${lowest}`;
}
