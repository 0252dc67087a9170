// GET /v1/orders/{identifier}?include=event,tickets,attendees: everything an order page shows, in one request.
import { queryOptions, useQuery } from '@tanstack/react-query';
import * as v from 'valibot';
import { getResource } from '@/lib/api-client';
import { toMinorUnits } from '@/lib/money';
import { parseResponse, serverAmount } from '@/lib/parse-response';
import { eventCurrency } from '@/lib/event-fields';

const text = v.nullish(v.string());
const flag = v.nullish(v.boolean());

const ticketSchema = v.object({
  id: v.string(),
  name: v.string(),
  type: v.string(),
  price: serverAmount,
});

const attendeeSchema = v.object({
  id: v.string(),
  ticketId: v.nullish(v.union([v.string(), v.number()])),
  firstname: text,
  lastname: text,
  email: text,
});

const eventSchema = v.object({
  id: v.string(),
  identifier: v.string(),
  name: v.string(),
  startsAt: text,
  endsAt: text,
  timezone: text,
  locationName: text,
  online: flag,
  paymentCurrency: text,
  isBillingInfoMandatory: flag,
  canPayByStripe: flag,
  isStripeLinked: flag,
  canPayByPaypal: flag,
  canPayByBank: flag,
  canPayByCheque: flag,
  canPayOnsite: flag,
  bankDetails: text,
  chequeDetails: text,
  onsiteDetails: text,
});

export const ORDER_STATUSES = [
  'initializing',
  'pending',
  'placed',
  'completed',
  'cancelled',
  'expired',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

const orderSchema = v.object({
  id: v.string(),
  identifier: v.string(),
  status: v.picklist(ORDER_STATUSES),
  amount: serverAmount,
  paymentMode: text,
  createdAt: v.string(),
  completedAt: text,
  paidVia: text,
  brand: text,
  last4: text,
  expMonth: v.nullish(v.number()),
  expYear: v.nullish(v.number()),
  isBillingEnabled: flag,
  company: text,
  address: text,
  city: text,
  state: text,
  zipcode: text,
  country: text,
  taxBusinessInfo: text,
  event: eventSchema,
  tickets: v.optional(v.array(ticketSchema)),
  attendees: v.optional(v.array(attendeeSchema)),
});

/** The ways to pay this app supports, in the order the buyer is offered them. */
export const PAYMENT_MODES = ['stripe', 'paypal', 'bank', 'cheque', 'onsite'] as const;
export type PaymentMode = (typeof PAYMENT_MODES)[number];

export interface OrderTicket {
  id: string;
  name: string;
  type: string;
  /** Minor units. */
  price: number;
}

export interface OrderAttendee {
  id: string;
  ticketId: string;
  firstname: string;
  lastname: string;
  email: string;
}

export interface OrderEvent {
  id: string;
  identifier: string;
  name: string;
  startsAt: string | null;
  endsAt: string | null;
  timezone: string;
  /** Where it is, for eventPlace (src/lib/event-fields.ts) at render: "Online", the venue or ''. */
  place: { online: boolean; locationName: string | null };
  currency: string;
  isBillingInfoMandatory: boolean;
  /** What the event accepts (PayPal still needs the platform's PayPal, see settings). */
  acceptsStripe: boolean;
  acceptsPaypal: boolean;
  acceptsBank: boolean;
  acceptsCheque: boolean;
  acceptsOnsite: boolean;
  bankDetails: string;
  chequeDetails: string;
  onsiteDetails: string;
}

export interface OrderLine {
  ticket: OrderTicket;
  quantity: number;
}

export interface Order {
  id: string;
  identifier: string;
  status: OrderStatus;
  /** Minor units of the event currency. */
  amount: number;
  currency: string;
  paymentMode: string | null;
  createdAt: string;
  completedAt: string | null;
  paidVia: string | null;
  brand: string | null;
  last4: string | null;
  billing: {
    enabled: boolean;
    company: string;
    address: string;
    city: string;
    state: string;
    zipcode: string;
    country: string;
    taxBusinessInfo: string;
  };
  event: OrderEvent;
  tickets: OrderTicket[];
  attendees: OrderAttendee[];
  /** Tickets with how many of each the order holds (from its attendees). */
  lines: OrderLine[];
}

export const orderKeys = {
  all: ['orders'] as const,
  detail: (identifier: string) => [...orderKeys.all, identifier] as const,
  /** The order's checks with the server's verify (docs/payments.md). */
  verify: (identifier: string) => [...orderKeys.detail(identifier), 'verify'] as const,
};

export async function getOrder(identifier: string, signal?: AbortSignal): Promise<Order> {
  const raw = parseResponse(
    orderSchema,
    await getResource(`/v1/orders/${encodeURIComponent(identifier)}`, {
      query: { include: 'event,tickets,attendees' },
      signal,
    }),
  );
  const currency = eventCurrency(raw.event.paymentCurrency);
  const tickets = (raw.tickets ?? []).map((ticket) => ({
    id: ticket.id,
    name: ticket.name,
    type: ticket.type,
    price: toMinorUnits(ticket.price ?? 0, currency),
  }));
  const attendees = (raw.attendees ?? [])
    .map((attendee) => ({
      id: attendee.id,
      ticketId: attendee.ticketId == null ? '' : String(attendee.ticketId),
      firstname: attendee.firstname ?? '',
      lastname: attendee.lastname ?? '',
      email: attendee.email ?? '',
    }))
    .sort((a, b) => Number(a.id) - Number(b.id));
  const lines = tickets
    .map((ticket) => ({
      ticket,
      quantity: attendees.filter((attendee) => attendee.ticketId === ticket.id).length,
    }))
    .filter((line) => line.quantity > 0);
  const event = raw.event;
  return {
    id: raw.id,
    identifier: raw.identifier,
    status: raw.status,
    amount: toMinorUnits(raw.amount ?? 0, currency),
    currency,
    paymentMode: raw.paymentMode ?? null,
    createdAt: raw.createdAt,
    completedAt: raw.completedAt ?? null,
    paidVia: raw.paidVia ?? null,
    brand: raw.brand ?? null,
    last4: raw.last4 ?? null,
    billing: {
      enabled: raw.isBillingEnabled ?? false,
      company: raw.company ?? '',
      address: raw.address ?? '',
      city: raw.city ?? '',
      state: raw.state ?? '',
      zipcode: raw.zipcode ?? '',
      country: raw.country ?? '',
      taxBusinessInfo: raw.taxBusinessInfo ?? '',
    },
    event: {
      id: event.id,
      identifier: event.identifier,
      name: event.name,
      startsAt: event.startsAt ?? null,
      endsAt: event.endsAt ?? null,
      timezone: event.timezone ?? 'UTC',
      place: { online: event.online ?? false, locationName: event.locationName ?? null },
      currency,
      isBillingInfoMandatory: event.isBillingInfoMandatory ?? false,
      acceptsStripe: (event.canPayByStripe ?? false) && (event.isStripeLinked ?? false),
      acceptsPaypal: event.canPayByPaypal ?? false,
      acceptsBank: event.canPayByBank ?? false,
      acceptsCheque: event.canPayByCheque ?? false,
      acceptsOnsite: event.canPayOnsite ?? false,
      bankDetails: event.bankDetails ?? '',
      chequeDetails: event.chequeDetails ?? '',
      onsiteDetails: event.onsiteDetails ?? '',
    },
    tickets,
    attendees,
    lines,
  };
}

export const orderQueryOptions = (identifier: string) =>
  queryOptions({
    queryKey: orderKeys.detail(identifier),
    queryFn: ({ signal }) => getOrder(identifier, signal),
    // An order changes under the buyer's feet (expiry, a charge): always read it fresh on a page.
    staleTime: 0,
  });

/**
 * How old a read may be for a page that mounts to take it as its own: the route's loader reads the
 * order as the page's code downloads, so the page need not read it a second time on mount.
 */
const JUST_READ_MS = 2_000;

export function useOrder(identifier: string) {
  return useQuery({
    ...orderQueryOptions(identifier),
    refetchOnMount: (query) =>
      query.state.isInvalidated || Date.now() - query.state.dataUpdatedAt > JUST_READ_MS,
  });
}
