// GET /v1/events/{id}/tickets: every ticket of the event, hidden ones too for its organizer.
import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { getResourceList } from '@/lib/api-client';
import { parseResponse } from '@/lib/parse-response';
import { eventKeys } from '@/lib/event-keys';

const amount = z.nullish(z.union([z.number(), z.string()]));
const count = z.nullish(z.number());

export const wizardTicketSchema = z.object({
  id: z.string(),
  name: z.string(),
  // The server only checks that a type is present; unknown ones are edited as free tickets.
  type: z.catch(z.enum(['free', 'paid', 'donation']), 'free'),
  description: z.nullish(z.string()),
  price: amount,
  minPrice: amount,
  maxPrice: amount,
  quantity: count,
  minOrder: count,
  maxOrder: count,
  position: count,
  salesStartsAt: z.nullish(z.string()),
  salesEndsAt: z.nullish(z.string()),
  isHidden: z.nullish(z.boolean()),
});
export type WizardTicket = z.infer<typeof wizardTicketSchema>;

export async function getEventTickets(eventId: string): Promise<WizardTicket[]> {
  const tickets = await getResourceList(`/v1/events/${encodeURIComponent(eventId)}/tickets`, {
    // page[size]=0 turns paging off: an event with more tickets than a page (20) must not lose some.
    query: { sort: 'position', 'page[size]': 0 },
  });
  return parseResponse(z.array(wizardTicketSchema), tickets);
}

export const eventTicketsQueryOptions = (eventId: string) =>
  queryOptions({ queryKey: eventKeys.tickets(eventId), queryFn: () => getEventTickets(eventId) });

export function useEventTickets(eventId: string | null) {
  return useQuery({ ...eventTicketsQueryOptions(eventId ?? ''), enabled: eventId !== null });
}
