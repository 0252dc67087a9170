// GET /v1/events/{identifier}?include=tickets: the public event page in one request.
import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { getResource } from '@/lib/api-client';
import { parseResponse } from '@/lib/parse-response';
import { toMinorUnits } from '@/lib/money';
import { eventCurrency, eventPlace, ticketShownPrice } from '@/lib/event-fields';

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
  online: z.nullish(z.boolean()),
  paymentCurrency: z.nullish(z.string()),
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
  currency: string;
  tickets: PublicTicket[];
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
    }));
  return {
    id: raw.id,
    identifier: raw.identifier,
    name: raw.name,
    description: raw.description ?? '',
    startsAt: raw.startsAt ?? null,
    endsAt: raw.endsAt ?? null,
    timezone: raw.timezone ?? 'UTC',
    location: eventPlace(raw),
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
