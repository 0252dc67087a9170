// A few event fields read the same way on every page that shows an event (the event page, the
// events list, an order, My tickets), so a buyer never sees two prices or places for one event.
import { toMinorUnits } from './money';

/** The event's currency code, upper case; USD (the server's default) when it has none. */
export function eventCurrency(paymentCurrency: string | null | undefined): string {
  return (paymentCurrency || 'USD').toUpperCase();
}

/** "Online", else the venue's name, else '' when neither is known. */
export function eventPlace(event: {
  online?: boolean | null;
  locationName?: string | null;
}): string {
  return event.online ? 'Online' : (event.locationName ?? '').trim();
}

/** What a ticket is shown at, in minor units: a donation's minimum, any other ticket's price. */
export function ticketShownPrice(
  ticket: { type: string; price?: number | string | null; minPrice?: number | string | null },
  currency: string,
): number {
  return toMinorUnits(
    ticket.type === 'donation' ? (ticket.minPrice ?? 0) : (ticket.price ?? 0),
    currency,
  );
}

/** Only URLs an <img> may load: no `javascript:` or other schemes from a stored value. */
function safeImageUrl(candidate: string | null | undefined): string | null {
  const url = candidate?.trim();
  return url && /^(https?:|data:image\/)/i.test(url) ? url : null;
}

/**
 * The event's cover: the first usable of the sizes asked for, in order. The server resizes an
 * uploaded `original-image-url` into `thumbnail-`, `large-` and `icon-image-url` (dump-only).
 */
export function eventCover(
  event: Partial<Record<'thumbnailImageUrl' | 'largeImageUrl' | 'originalImageUrl', unknown>>,
  order: readonly ('thumbnailImageUrl' | 'largeImageUrl' | 'originalImageUrl')[],
): string | null {
  for (const size of order) {
    const value = event[size];
    const url = typeof value === 'string' ? safeImageUrl(value) : null;
    if (url) return url;
  }
  return null;
}
