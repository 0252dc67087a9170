// GET /v1/users/{id}/orders: the orders the user holds a ticket in, with their events and tickets
// (docs/my-tickets.md). All of them in one request (`page[size]=0`): a person's orders are few.
import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { getResourceList } from '@/lib/api-client';
import { toMinorUnits } from '@/lib/money';
import { parseResponse } from '@/lib/parse-response';
import { eventCurrency, eventPlace } from '@/lib/event-fields';

const decimal = z.nullish(z.union([z.number(), z.string()]));

const orderSchema = z.object({
  identifier: z.string(),
  status: z.string(),
  amount: decimal,
  paymentMode: z.nullish(z.string()),
  createdAt: z.nullish(z.string()),
  event: z.nullish(
    z.object({
      identifier: z.string(),
      name: z.string(),
      startsAt: z.nullish(z.string()),
      endsAt: z.nullish(z.string()),
      timezone: z.nullish(z.string()),
      paymentCurrency: z.nullish(z.string()),
      online: z.nullish(z.boolean()),
      locationName: z.nullish(z.string()),
    }),
  ),
  tickets: z.optional(z.array(z.object({ name: z.string() }))),
  attendees: z.optional(z.array(z.object({ id: z.string() }))),
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
    place: string;
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
  return parseResponse(z.array(orderSchema), items).map((order): MyOrder => {
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
            place: eventPlace(order.event),
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
