// GET /v1/users/{id}/events: the events a user organizes, drafts included.
import { queryOptions, useQuery } from '@tanstack/react-query';
import * as v from 'valibot';
import { getResourceList } from '@/lib/api-client';
import { eventKeys } from '@/lib/event-keys';
import { parseResponse } from '@/lib/parse-response';

export const eventSummarySchema = v.object({
  id: v.string(),
  identifier: v.string(),
  name: v.string(),
  startsAt: v.nullish(v.string()),
  endsAt: v.nullish(v.string()),
  timezone: v.nullish(v.string()),
  state: v.fallback(v.picklist(['draft', 'published']), 'draft'),
  paymentCurrency: v.nullish(v.string()),
  locationName: v.nullish(v.string()),
  online: v.nullish(v.boolean()),
});
export type EventSummary = v.InferOutput<typeof eventSummarySchema>;

export async function getMyEvents(userId: string): Promise<EventSummary[]> {
  const events = await getResourceList(`/v1/users/${encodeURIComponent(userId)}/events`, {
    query: { sort: 'starts-at' },
  });
  return parseResponse(v.array(eventSummarySchema), events);
}

export const myEventsQueryOptions = (userId: string) =>
  queryOptions({ queryKey: eventKeys.ownedBy(userId), queryFn: () => getMyEvents(userId) });

export function useMyEvents(userId: string) {
  return useQuery(myEventsQueryOptions(userId));
}
