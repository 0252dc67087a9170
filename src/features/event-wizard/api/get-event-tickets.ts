// GET /v1/events/{id}/tickets: every ticket of the event, hidden ones too for its organizer.
import { queryOptions, useQuery } from '@tanstack/react-query';
import * as v from 'valibot';
import { getResourceList } from '@/lib/api-client';
import { parseResponse, serverAmount } from '@/lib/parse-response';
import { eventKeys } from '@/lib/event-keys';

const count = v.nullish(v.number());

export const wizardTicketSchema = v.object({
  id: v.string(),
  name: v.string(),
  // The server only checks that a type is present; unknown ones are edited as free tickets.
  type: v.fallback(v.picklist(['free', 'paid', 'donation']), 'free'),
  description: v.nullish(v.string()),
  price: serverAmount,
  minPrice: serverAmount,
  maxPrice: serverAmount,
  quantity: count,
  minOrder: count,
  maxOrder: count,
  position: count,
  salesStartsAt: v.nullish(v.string()),
  salesEndsAt: v.nullish(v.string()),
  isHidden: v.nullish(v.boolean()),
});
export type WizardTicket = v.InferOutput<typeof wizardTicketSchema>;

export async function getEventTickets(eventId: string): Promise<WizardTicket[]> {
  const tickets = await getResourceList(`/v1/events/${encodeURIComponent(eventId)}/tickets`, {
    // page[size]=0 turns paging off: an event with more tickets than a page (20) must not lose some.
    query: { sort: 'position', 'page[size]': 0 },
  });
  return parseResponse(v.array(wizardTicketSchema), tickets);
}

export const eventTicketsQueryOptions = (eventId: string) =>
  queryOptions({ queryKey: eventKeys.tickets(eventId), queryFn: () => getEventTickets(eventId) });

export function useEventTickets(eventId: string | null) {
  return useQuery({ ...eventTicketsQueryOptions(eventId ?? ''), enabled: eventId !== null });
}
