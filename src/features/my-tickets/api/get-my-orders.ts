// GET /v1/users/{id}/orders: the orders the user holds a ticket in, with their events and tickets
// (docs/my-tickets.md). All of them in one request (`page[size]=0`): a person's orders are few.
import { queryOptions, useQuery } from '@tanstack/react-query';
import * as v from 'valibot';
import { getResourceList } from '@/lib/api-client';
import { toMinorUnits } from '@/lib/money';
import { parseResponse, serverAmount } from '@/lib/parse-response';
import { eventCurrency } from '@/lib/event-fields';

const orderSchema = v.object({
  identifier: v.string(),
  status: v.string(),
  amount: serverAmount,
  paymentMode: v.nullish(v.string()),
  createdAt: v.nullish(v.string()),
  event: v.nullish(
    v.object({
      identifier: v.string(),
      name: v.string(),
      startsAt: v.nullish(v.string()),
      endsAt: v.nullish(v.string()),
      timezone: v.nullish(v.string()),
      paymentCurrency: v.nullish(v.string()),
      online: v.nullish(v.boolean()),
      locationName: v.nullish(v.string()),
    }),
  ),
  tickets: v.optional(v.array(v.object({ name: v.string() }))),
  attendees: v.optional(v.array(v.object({ id: v.string() }))),
});

export type OrderStatus =
  'completed' | 'placed' | 'pending' | 'initializing' | 'expired' | 'cancelled' | 'other';

export interface MyOrder {
  identifier: string;
  status: OrderStatus;
  /** Minor units of the event currency. */
  amount: number;
  currency: string;
  paymentMode: string | null;
  event: {
    identifier: string;
    name: string;
    startsAt: string | null;
    endsAt: string | null;
    timezone: string;
    /**
     * The venue's name, '' when not known. The place shown is made at render from it and `online`
     * (eventPlace), in the language active then: the cached orders do not keep the language they
     * were fetched in.
     */
    place: string;
    online?: boolean;
  } | null;
  /** The ticket names on the order, and how many tickets (holders) it has. */
  ticketNames: string[];
  ticketCount: number;
}

const STATUSES: readonly OrderStatus[] = [
  'completed',
  'placed',
  'pending',
  'initializing',
  'expired',
  'cancelled',
];

export async function getMyOrders(userId: string, signal?: AbortSignal): Promise<MyOrder[]> {
  const items = await getResourceList(`/v1/users/${encodeURIComponent(userId)}/orders`, {
    signal,
    query: { include: 'event,tickets,attendees', 'page[size]': 0 },
  });
  return parseResponse(v.array(orderSchema), items).map((order): MyOrder => {
    const currency = eventCurrency(order.event?.paymentCurrency);
    const status = STATUSES.find((known) => known === order.status) ?? 'other';
    return {
      identifier: order.identifier,
      status,
      amount: toMinorUnits(order.amount ?? 0, currency),
      currency,
      paymentMode: order.paymentMode ?? null,
      event: order.event
        ? {
            identifier: order.event.identifier,
            name: order.event.name,
            startsAt: order.event.startsAt ?? null,
            endsAt: order.event.endsAt ?? null,
            timezone: order.event.timezone ?? 'UTC',
            place: (order.event.locationName ?? '').trim(),
            online: order.event.online ?? false,
          }
        : null,
      ticketNames: [...new Set((order.tickets ?? []).map((ticket) => ticket.name))],
      ticketCount: order.attendees?.length ?? 0,
    };
  });
}

export const myOrdersKeys = {
  all: ['my-orders'] as const,
  of: (userId: string) => [...myOrdersKeys.all, userId] as const,
};

export const myOrdersQueryOptions = (userId: string) =>
  queryOptions({
    queryKey: myOrdersKeys.of(userId),
    queryFn: ({ signal }) => getMyOrders(userId, signal),
  });

export function useMyOrders(userId: string) {
  return useQuery(myOrdersQueryOptions(userId));
}
