// GET /v1/events/{id}/tickets/availability: how many of each ticket are still for sale (plain JSON).
import { queryOptions, useQuery } from '@tanstack/react-query';
import * as v from 'valibot';
import { apiRequest } from '@/lib/api-client';
import { parseResponse } from '@/lib/parse-response';

const availabilitySchema = v.array(
  v.object({ id: v.union([v.number(), v.string()]), available: v.nullish(v.number()) }),
);

/** Ticket id → tickets left. */
export type TicketAvailability = Record<string, number>;

export const ticketAvailabilityKeys = {
  all: ['ticket-availability'] as const,
  detail: (eventId: string) => [...ticketAvailabilityKeys.all, eventId] as const,
};

export async function getTicketAvailability(
  eventId: string,
  signal?: AbortSignal,
): Promise<TicketAvailability> {
  const raw = parseResponse(
    availabilitySchema,
    await apiRequest(`/v1/events/${encodeURIComponent(eventId)}/tickets/availability`, {
      format: 'json',
      auth: false,
      signal,
    }),
  );
  return Object.fromEntries(raw.map((entry) => [String(entry.id), entry.available ?? 0]));
}

export const ticketAvailabilityQueryOptions = (eventId: string) =>
  queryOptions({
    queryKey: ticketAvailabilityKeys.detail(eventId),
    queryFn: ({ signal }) => getTicketAvailability(eventId, signal),
  });

export function useTicketAvailability(eventId: string) {
  return useQuery(ticketAvailabilityQueryOptions(eventId));
}
