// GET /v1/users/{id}/events: the events a user organizes, drafts included.
import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { getResourceList } from '@/lib/api-client';
import { eventKeys } from '@/lib/event-keys';
import { parseResponse } from '@/lib/parse-response';

export const eventSummarySchema = z.object({
  id: z.string(),
  identifier: z.string(),
  name: z.string(),
  startsAt: z.nullish(z.string()),
  endsAt: z.nullish(z.string()),
  timezone: z.nullish(z.string()),
  state: z.catch(z.enum(['draft', 'published']), 'draft'),
  paymentCurrency: z.nullish(z.string()),
  locationName: z.nullish(z.string()),
  online: z.nullish(z.boolean()),
});
export type EventSummary = z.infer<typeof eventSummarySchema>;

export async function getMyEvents(userId: string): Promise<EventSummary[]> {
  const events = await getResourceList(`/v1/users/${encodeURIComponent(userId)}/events`, {
    query: { sort: 'starts-at' },
  });
  return parseResponse(z.array(eventSummarySchema), events);
}

export const myEventsQueryOptions = (userId: string) =>
  queryOptions({ queryKey: eventKeys.ownedBy(userId), queryFn: () => getMyEvents(userId) });

export function useMyEvents(userId: string) {
  return useQuery(myEventsQueryOptions(userId));
}
