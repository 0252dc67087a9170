// GET /v1/events/{identifier}?include=tickets: the public event page in one request.
import { queryOptions, useQuery } from '@tanstack/react-query';
import * as v from 'valibot';
import { getResource } from '@/lib/api-client';
import { parseResponse, serverAmount } from '@/lib/parse-response';
import { toMinorUnits } from '@/lib/money';
import { coverImageUrl, eventCurrency, ticketShownPrice } from '@/lib/event-fields';

const ticketSchema = v.object({
  id: v.string(),
  name: v.string(),
  type: v.string(),
  price: serverAmount,
  minPrice: serverAmount,
  maxPrice: serverAmount,
  description: v.nullish(v.string()),
  isHidden: v.nullish(v.boolean()),
  position: v.nullish(v.number()),
  quantity: v.nullish(v.number()),
  minOrder: v.nullish(v.number()),
  maxOrder: v.nullish(v.number()),
  salesStartsAt: v.nullish(v.string()),
  salesEndsAt: v.nullish(v.string()),
});

const eventSchema = v.object({
  id: v.string(),
  identifier: v.string(),
  name: v.string(),
  description: v.nullish(v.string()),
  startsAt: v.nullish(v.string()),
  endsAt: v.nullish(v.string()),
  timezone: v.nullish(v.string()),
  locationName: v.nullish(v.string()),
  // Floats from the server; a string or anything odd only costs the map pin (venueMapUrl).
  latitude: v.nullish(v.union([v.number(), v.string()])),
  longitude: v.nullish(v.union([v.number(), v.string()])),
  online: v.nullish(v.boolean()),
  paymentCurrency: v.nullish(v.string()),
  largeImageUrl: v.nullish(v.string()),
  originalImageUrl: v.nullish(v.string()),
  // The public event schema names the organizer fields after the owner (docs/event-page.md).
  ownerName: v.nullish(v.string()),
  ownerDescription: v.nullish(v.string()),
  hasOwnerInfo: v.nullish(v.boolean()),
  tickets: v.optional(v.array(ticketSchema)),
});

export interface PublicTicket {
  id: string;
  name: string;
  type: string;
  description: string;
  /** Minor units of the event currency; for donations, the minimum. */
  price: number;
  maxPrice: number | null;
  /** Per-order bounds the server sets (defaults 1 and 10). */
  minOrder: number;
  maxOrder: number;
  /** Tickets the organizer put on sale in total. */
  quantity: number;
  /** When sales open and close (ISO 8601), null when the server gave none. */
  salesStartsAt: string | null;
  salesEndsAt: string | null;
}

export interface PublicEvent {
  id: string;
  identifier: string;
  name: string;
  description: string;
  startsAt: string | null;
  endsAt: string | null;
  timezone: string;
  /** Where it is, for eventPlace (src/lib/event-fields.ts) at render, in the language shown then. */
  place: { online: boolean; locationName: string | null };
  /** An OpenStreetMap link to the venue, null for an online event or one with no venue. */
  mapUrl: string | null;
  /** The large cover image (http(s) or data:image only), null when the event has none. */
  cover: string | null;
  /** Who organizes it, when the organizer chose to show it. */
  organizer: { name: string; description: string } | null;
  currency: string;
  tickets: PublicTicket[];
}

/** A plain link to the venue on OpenStreetMap: its pin when the event has coordinates. */
export function venueMapUrl(event: {
  online?: boolean | null;
  locationName?: string | null;
  latitude?: number | string | null;
  longitude?: number | string | null;
}): string | null {
  if (event.online) return null;
  const lat = event.latitude == null ? Number.NaN : Number(event.latitude);
  const lon = event.longitude == null ? Number.NaN : Number(event.longitude);
  if (Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
    const query = new URLSearchParams({ mlat: String(lat), mlon: String(lon) });
    return `https://www.openstreetmap.org/?${query.toString()}#map=17/${lat}/${lon}`;
  }
  const place = event.locationName?.trim();
  if (!place) return null;
  return `https://www.openstreetmap.org/search?${new URLSearchParams({ query: place }).toString()}`;
}

export const publicEventKeys = {
  all: ['public-events'] as const,
  detail: (identifier: string) => [...publicEventKeys.all, identifier] as const,
};

export async function getPublicEvent(identifier: string): Promise<PublicEvent> {
  const raw = parseResponse(
    eventSchema,
    await getResource(`/v1/events/${encodeURIComponent(identifier)}`, {
      query: { include: 'tickets' },
    }),
  );
  const currency = eventCurrency(raw.paymentCurrency);
  const tickets = (raw.tickets ?? [])
    .filter((ticket) => !ticket.isHidden)
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
    .map((ticket) => ({
      id: ticket.id,
      name: ticket.name,
      type: ticket.type,
      description: ticket.description ?? '',
      price: ticketShownPrice(ticket, currency),
      maxPrice:
        ticket.type === 'donation' && ticket.maxPrice != null
          ? toMinorUnits(ticket.maxPrice, currency)
          : null,
      minOrder: Math.max(1, ticket.minOrder ?? 1),
      maxOrder: Math.max(1, ticket.maxOrder ?? 10),
      quantity: ticket.quantity ?? 0,
      salesStartsAt: ticket.salesStartsAt ?? null,
      salesEndsAt: ticket.salesEndsAt ?? null,
    }));
  const ownerName = raw.ownerName?.trim() ?? '';
  return {
    id: raw.id,
    identifier: raw.identifier,
    name: raw.name,
    description: raw.description ?? '',
    startsAt: raw.startsAt ?? null,
    endsAt: raw.endsAt ?? null,
    timezone: raw.timezone ?? 'UTC',
    place: { online: raw.online ?? false, locationName: raw.locationName ?? null },
    mapUrl: venueMapUrl(raw),
    cover: coverImageUrl(raw.largeImageUrl, raw.originalImageUrl),
    organizer:
      raw.hasOwnerInfo !== false && ownerName
        ? { name: ownerName, description: raw.ownerDescription?.trim() ?? '' }
        : null,
    currency,
    tickets,
  };
}

export const publicEventQueryOptions = (identifier: string) =>
  queryOptions({
    queryKey: publicEventKeys.detail(identifier),
    queryFn: () => getPublicEvent(identifier),
  });

export function usePublicEvent(identifier: string) {
  return useQuery(publicEventQueryOptions(identifier));
}
