// A few event fields read the same way on every page that shows an event (the event page, the
// events list, an order, My tickets), so a buyer never sees two prices or places for one event.
import { t } from '@lingui/core/macro';
import { toMinorUnits } from './money';

/** The event's currency code, upper case; USD (the server's default) when it has none. */
export function eventCurrency(paymentCurrency: string | null | undefined): string {
  return (paymentCurrency || 'USD').toUpperCase();
}

/**
 * "Online" (in the active language: call it where the place is shown), else the venue's name,
 * else '' when neither is known.
 */
export function eventPlace(event: {
  online?: boolean | null;
  locationName?: string | null;
}): string {
  return event.online ? t`Online` : (event.locationName ?? '').trim();
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

/**
 * The event's cover: the first of the given image URLs an <img> may load (http(s) or a
 * `data:image/`), never a `javascript:` or other scheme from a stored value. The server resizes an
 * uploaded `original-image-url` into `thumbnail-`, `large-` and `icon-image-url` (dump-only), so
 * callers list the sizes they prefer, in order.
 */
export function coverImageUrl(...candidates: (string | null | undefined)[]): string | null {
  for (const candidate of candidates) {
    const url = candidate?.trim();
    if (url && /^(https?:|data:image\/)/i.test(url)) return url;
  }
  return null;
}
