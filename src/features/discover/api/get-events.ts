// GET /v1/events with the events page's filter, one page at a time, tickets included for the
// price line (docs/events-page.md). Sent without the session's token, as Open Event's home page does:
// the list is public, and an expired token would make the server answer 401 even here.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { getResourcePage } from '@/lib/api-client';
import { parseResponse } from '@/lib/parse-response';
import { eventListFilter, PAGE_SIZE, type ListQuery } from '../list-query';
import { priceRange } from '../price-range';
import { coverImageUrl, eventCurrency, eventPlace, ticketShownPrice } from '@/lib/event-fields';

const decimal = z.nullish(z.union([z.number(), z.string()]));

const ticketSchema = z.object({
  type: z.string(),
  price: decimal,
  minPrice: decimal,
  isHidden: z.nullish(z.boolean()),
});

const eventSchema = z.object({
  identifier: z.string(),
  name: z.string(),
  startsAt: z.nullish(z.string()),
  endsAt: z.nullish(z.string()),
  timezone: z.nullish(z.string()),
  locationName: z.nullish(z.string()),
  online: z.nullish(z.boolean()),
  paymentCurrency: z.nullish(z.string()),
  thumbnailImageUrl: z.nullish(z.string()),
  largeImageUrl: z.nullish(z.string()),
  originalImageUrl: z.nullish(z.string()),
  tickets: z.optional(z.array(ticketSchema)),
});

export interface EventCard {
  identifier: string;
  name: string;
  startsAt: string | null;
  endsAt: string | null;
  timezone: string;
  /** "Online", the venue, or '' when neither is known. */
  place: string;
  /** The price line, or null when no ticket is on show. */
  price: string | null;
  /** An http(s) or data: image URL, or null. */
  cover: string | null;
}

export interface EventsPage {
  events: EventCard[];
  /** Every match, on all pages (`meta.count`). */
  count: number;
}

export async function getEvents(query: ListQuery, signal?: AbortSignal): Promise<EventsPage> {
  const page = await getResourcePage('/v1/events', {
    auth: false,
    signal,
    query: {
      filter: JSON.stringify(eventListFilter(query, new Date().toISOString())),
      sort: 'starts-at',
      include: 'tickets',
      'page[size]': PAGE_SIZE,
      'page[number]': query.page,
    },
  });
  const raw = parseResponse(z.array(eventSchema), page.items);
  const events = raw.map((event): EventCard => {
    const currency = eventCurrency(event.paymentCurrency);
    const tickets = (event.tickets ?? [])
      .filter((ticket) => !ticket.isHidden)
      .map((ticket) => ({
        type: ticket.type,
        price: ticketShownPrice(ticket, currency),
      }));
    return {
      identifier: event.identifier,
      name: event.name,
      startsAt: event.startsAt ?? null,
      endsAt: event.endsAt ?? null,
      timezone: event.timezone ?? 'UTC',
      place: eventPlace(event),
      price: priceRange(tickets, currency),
      cover: coverImageUrl(event.thumbnailImageUrl, event.largeImageUrl, event.originalImageUrl),
    };
  });
  return { events, count: page.count };
}

export const discoverKeys = {
  all: ['discover'] as const,
  list: (query: ListQuery) => [...discoverKeys.all, 'list', query] as const,
};

export const eventsQueryOptions = (query: ListQuery) =>
  queryOptions({
    queryKey: discoverKeys.list(query),
    queryFn: ({ signal }) => getEvents(query, signal),
    // The page before stays on show (marked as updating) while the next one loads.
    placeholderData: keepPreviousData,
  });

export function useEvents(query: ListQuery) {
  return useQuery(eventsQueryOptions(query));
}
