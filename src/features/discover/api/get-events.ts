// GET /v1/events with the events page's filter, one page at a time, tickets included for the
// price line (docs/events-page.md). Sent without the session's token, as Open Event's home page does:
// the list is public, and an expired token would make the server answer 401 even here.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import * as v from 'valibot';
import { getResourcePage } from '@/lib/api-client';
import { parseResponse, serverAmount } from '@/lib/parse-response';
import { eventListFilter, PAGE_SIZE, type ListQuery } from '../list-query';
import type { TicketPrice } from '../price-range';
import { coverImageUrl, eventCurrency, ticketShownPrice } from '@/lib/event-fields';

const ticketSchema = v.object({
  type: v.string(),
  price: serverAmount,
  minPrice: serverAmount,
  isHidden: v.nullish(v.boolean()),
});

const eventSchema = v.object({
  identifier: v.string(),
  name: v.string(),
  startsAt: v.nullish(v.string()),
  endsAt: v.nullish(v.string()),
  timezone: v.nullish(v.string()),
  locationName: v.nullish(v.string()),
  online: v.nullish(v.boolean()),
  paymentCurrency: v.nullish(v.string()),
  thumbnailImageUrl: v.nullish(v.string()),
  largeImageUrl: v.nullish(v.string()),
  originalImageUrl: v.nullish(v.string()),
  tickets: v.optional(v.array(ticketSchema)),
});

export interface EventCard {
  identifier: string;
  name: string;
  startsAt: string | null;
  endsAt: string | null;
  timezone: string;
  /** Whether the event is online; else `venue` is its venue's name, or '' when not known. */
  online: boolean;
  venue: string;
  /**
   * The tickets on show and their currency, for the price line. The words people read (the place,
   * the price line) are made at render (eventPlace, priceRange), in the language active then: the
   * cached list does not keep the language it was fetched in.
   */
  tickets: TicketPrice[];
  currency: string;
  /** An http(s) or data: image URL, or null. */
  cover: string | null;
}

export interface EventsPage {
  events: EventCard[];
  /** Every match, on all pages (`meta.count`). */
  count: number;
  /**
   * The search, filter and page these events answer. While the next page loads, the page before
   * stays on show (`keepPreviousData`), so what is said about the list is said from this, not
   * from the URL.
   */
  query: ListQuery;
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
  const raw = parseResponse(v.array(eventSchema), page.items);
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
      online: event.online ?? false,
      venue: (event.locationName ?? '').trim(),
      tickets,
      currency,
      cover: coverImageUrl(event.thumbnailImageUrl, event.largeImageUrl, event.originalImageUrl),
    };
  });
  return { events, count: page.count, query };
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
