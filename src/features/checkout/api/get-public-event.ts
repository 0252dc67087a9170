// GET /v1/events/{identifier}?include=tickets: the public event page in one request.
import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { getResource } from '@/lib/api-client';
import { parseResponse } from '@/lib/parse-response';
import { toMinorUnits } from '@/lib/money';
import { coverImageUrl, eventCurrency, eventPlace, ticketShownPrice } from '@/lib/event-fields';

const decimal = z.nullish(z.union([z.number(), z.string()]));

const ticketSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  price: decimal,
  minPrice: decimal,
  maxPrice: decimal,
  description: z.nullish(z.string()),
  isHidden: z.nullish(z.boolean()),
  position: z.nullish(z.number()),
  quantity: z.nullish(z.number()),
  minOrder: z.nullish(z.number()),
  maxOrder: z.nullish(z.number()),
  salesStartsAt: z.nullish(z.string()),
  salesEndsAt: z.nullish(z.string()),
});

const eventSchema = z.object({
  id: z.string(),
  identifier: z.string(),
  name: z.string(),
  description: z.nullish(z.string()),
  startsAt: z.nullish(z.string()),
  endsAt: z.nullish(z.string()),
  timezone: z.nullish(z.string()),
  locationName: z.nullish(z.string()),
  // Floats from the server; a string or anything odd only costs the map pin (venueMapUrl).
  latitude: z.nullish(z.union([z.number(), z.string()])),
  longitude: z.nullish(z.union([z.number(), z.string()])),
  online: z.nullish(z.boolean()),
  paymentCurrency: z.nullish(z.string()),
  largeImageUrl: z.nullish(z.string()),
  originalImageUrl: z.nullish(z.string()),
  // The public event schema names the organizer fields after the owner (docs/event-page.md).
  ownerName: z.nullish(z.string()),
  ownerDescription: z.nullish(z.string()),
  hasOwnerInfo: z.nullish(z.boolean()),
  tickets: z.optional(z.array(ticketSchema)),
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
  location: string;
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
    location: eventPlace(raw),
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
