// The public event page's ticket choice: a quantity per ticket and a price per donation ticket,
// each brought within what the ticket allows now. A selection from the URL (a shared link, the way
// back from logging in) starts it, and the buyer is told what could not be kept; the selection
// goes back into the URL as it changes.
import { t } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { clampQuantity } from '@/components/ui/quantity-stepper';
import { formatMoney, parseMoneyInput, toMajorUnits } from '@/lib/money';
import type { PublicEvent } from '../api/get-public-event';
import { useTicketAvailability } from '../api/get-ticket-availability';
import { decodeSelection, encodeSelection, SELECTION_PARAM, type Selection } from '../selection';
import { saleState, type SaleState } from './ticket-card';

/** Donation prices as typed, so that "12." can be on its way to "12.50". */
type DonationTexts = Record<string, string>;

function initialState(event: PublicEvent, fromUrl: Selection) {
  const quantities: Record<string, number> = {};
  const donations: DonationTexts = {};
  for (const ticket of event.tickets) {
    const chosen = fromUrl.find((entry) => entry.ticketId === ticket.id);
    quantities[ticket.id] = chosen?.quantity ?? 0;
    if (ticket.type === 'donation') {
      const price = chosen?.price ?? ticket.price;
      donations[ticket.id] = String(toMajorUnits(price, event.currency));
    }
  }
  return { quantities, donations, touched: new Set<string>() };
}

/**
 * Why a quantity asked for in the link could not be kept, in a sentence (in the active language,
 * made at render); null when it was.
 */
function adjustment(name: string, asked: number, sale: SaleState, kept: number): string | null {
  if (kept === asked) return null;
  if (sale.kind === 'sold-out') return t`${name} is sold out.`;
  if (sale.kind === 'ended') return t`Sales of ${name} have ended.`;
  if (sale.kind === 'not-yet') return t`${name} is not on sale yet.`;
  const { min, max, left } = sale;
  if (asked < min) return t`${name} is sold at least ${min} per order, so you have ${kept}.`;
  if (left !== undefined && asked > left)
    return t`Only ${left} of ${name} are left, so you have ${kept}.`;
  return t`${name} is limited to ${max} per order, so you have ${kept}.`;
}

export function useTicketSelection(event: PublicEvent) {
  const { t } = useLingui();
  const [searchParams, setSearchParams] = useSearchParams();
  const [fromUrl] = useState(() => decodeSelection(searchParams.get(SELECTION_PARAM)));
  const [state, setState] = useState(() => initialState(event, fromUrl));
  const [now] = useState(Date.now);
  const availability = useTicketAvailability(event.id);

  // Each quantity within what its ticket allows now; a link asking for more is told why not.
  const sales: Record<string, SaleState> = {};
  const quantities: Record<string, number> = {};
  const adjustments: string[] = [];
  for (const ticket of event.tickets) {
    const sale = saleState(ticket, availability.data?.[ticket.id], now);
    sales[ticket.id] = sale;
    const wanted = state.quantities[ticket.id] ?? 0;
    const kept = sale.kind === 'on-sale' ? clampQuantity(wanted, sale.min, sale.max) : 0;
    quantities[ticket.id] = kept;
    const asked = fromUrl.find((entry) => entry.ticketId === ticket.id)?.quantity;
    if (asked !== undefined && !state.touched.has(ticket.id)) {
      const why = adjustment(ticket.name, asked, sale, kept);
      if (why) adjustments.push(why);
    }
  }
  if (fromUrl.some((entry) => !event.tickets.some((ticket) => ticket.id === entry.ticketId))) {
    adjustments.push(t`A ticket in the link you followed is no longer offered.`);
  }

  const donationErrors: Record<string, string> = {};
  const selection: Selection = [];
  for (const ticket of event.tickets) {
    const quantity = quantities[ticket.id] ?? 0;
    if (ticket.type !== 'donation') {
      if (quantity > 0) selection.push({ ticketId: ticket.id, quantity });
      continue;
    }
    const price = parseMoneyInput(state.donations[ticket.id] ?? '', event.currency);
    const max = ticket.maxPrice;
    if (price === null || price < ticket.price || (max !== null && price > max)) {
      const lowest = formatMoney(ticket.price, event.currency);
      const highest = max === null ? null : formatMoney(max, event.currency);
      donationErrors[ticket.id] =
        highest === null
          ? t`Enter an amount of at least ${lowest}.`
          : t`Enter an amount from ${lowest} to ${highest}.`;
      continue;
    }
    if (quantity > 0) selection.push({ ticketId: ticket.id, quantity, price });
  }
  const hasErrors = event.tickets.some(
    (ticket) => (quantities[ticket.id] ?? 0) > 0 && donationErrors[ticket.id] !== undefined,
  );

  // The selection lives in the URL too, so a login in the middle (an expired session) or a
  // reload brings the buyer back to the same tickets.
  const encoded = encodeSelection(selection);
  useEffect(() => {
    if ((searchParams.get(SELECTION_PARAM) ?? '') === encoded) return;
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (encoded === '') next.delete(SELECTION_PARAM);
        else next.set(SELECTION_PARAM, encoded);
        return next;
      },
      { replace: true },
    );
  }, [encoded, searchParams, setSearchParams]);

  const setQuantity = (ticketId: string, quantity: number) =>
    setState((current) => ({
      ...current,
      quantities: { ...current.quantities, [ticketId]: quantity },
      touched: new Set(current.touched).add(ticketId),
    }));
  const setDonation = (ticketId: string, text: string) =>
    setState((current) => ({
      ...current,
      donations: { ...current.donations, [ticketId]: text },
    }));

  return {
    /** Whether each ticket can be bought now, and how many. */
    sales,
    /** Each ticket's quantity, within what it allows. */
    quantities,
    /** Donation prices as typed. */
    donations: state.donations,
    /** Why a donation price cannot be used, per ticket. */
    donationErrors,
    /** What changed from the link's selection, in sentences. */
    adjustments,
    /** What would be ordered: the tickets with a quantity, donations at a valid price. */
    selection,
    /** A chosen donation ticket has a price that cannot be used. */
    hasErrors,
    setQuantity,
    setDonation,
  };
}
