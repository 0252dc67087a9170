// POST /v1/orders/calculate-amount: what a selection of tickets costs before any order exists,
// plain JSON and public (docs/server-contract.md, "Orders"). create-order (orders.ts) prices its
// tickets with the same code, so an order's amount is the total this endpoint quoted.
import { http, type RequestHandler } from 'msw';
import { apiUrl } from '../api-url';
import { db, type EventRecord, type TicketRecord } from '../db';
import { withErrors } from '../json-api/auth';
import { objectNotFound, raise, unprocessable } from '../json-api/errors';
import { eventOf } from '../lookups';
import {
  marshmallowErrors,
  orderAmountInputSchema,
  type OrderAmountInput,
} from '../schemas/orders';
import { plainJson, readPlainJson } from './order-support';

export interface PricedTicket {
  ticket: TicketRecord;
  quantity: number;
  price: number;
}

/** Rounds like the server's `round(x, 2)` on the event currency's decimals. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The shared part of create-order and calculate-amount (`calculate_order_amount`). */
export async function readOrderAmountInput(request: Request): Promise<{
  input: OrderAmountInput;
  priced: PricedTicket[];
  event: EventRecord | null;
}> {
  const parsed = orderAmountInputSchema.safeParse(await readPlainJson(request));
  if (!parsed.success) return raise(plainJson(marshmallowErrors(parsed.error), 422));
  const input = parsed.data;
  if (input.tickets.length === 0) return { input, priced: [], event: null };

  const ids = [...new Set(input.tickets.map((entry) => entry.id))];
  const tickets = ids.flatMap((id) => {
    const ticket = db.tickets.find((candidate) => candidate.id === id && !candidate.deleted_at);
    return ticket ? [ticket] : [];
  });
  if (tickets.length === 0) {
    raise(objectNotFound('tickets', `Tickets not found for IDs: {${ids.join(', ')}}`));
  }
  if (tickets.length !== ids.length) {
    const missing = ids.filter((id) => !tickets.some((ticket) => ticket.id === id));
    raise(
      unprocessable({ pointer: 'tickets' }, `Tickets not found for IDs: {${missing.join(', ')}}`),
    );
  }
  const [first] = tickets;
  const event = first ? eventOf(first) : null;
  if (tickets.some((ticket) => ticket.event_id !== first?.event_id)) {
    raise(
      unprocessable(
        { pointer: 'tickets' },
        'All tickets must belong to same event. Found: ' +
          [...new Set(tickets.map((ticket) => ticket.event_id))].join(', '),
      ),
    );
  }

  const priced = input.tickets.map((entry) => {
    const ticket = tickets.find((candidate) => candidate.id === entry.id) as TicketRecord;
    let price = ticket.price ?? 0;
    if (ticket.type === 'donation') {
      const min = ticket.min_price ?? 0;
      const max = ticket.max_price ?? Number.POSITIVE_INFINITY;
      const chosen = entry.price;
      if (chosen === null || chosen === undefined || chosen < min || chosen > max) {
        raise(
          unprocessable(
            { pointer: 'tickets/price' },
            `Price for donation ticket should be present and within range ${min} to ${max === Number.POSITIVE_INFINITY ? 'infinity' : max}`,
          ),
        );
      }
      price = chosen;
    } else if (ticket.type === 'free') {
      price = 0;
    }
    return { ticket, quantity: entry.quantity, price };
  });
  return { input, priced, event };
}

export function amountReply(priced: readonly PricedTicket[]) {
  const tickets = priced.map(({ ticket, quantity, price }) => ({
    id: ticket.id,
    name: ticket.name,
    price,
    quantity,
    discount: null,
    ticket_fee: 0,
    sub_total: round(price * quantity),
    ticket_tax: 0,
    discounted_tax: 0,
  }));
  const total = round(tickets.reduce((sum, entry) => sum + entry.sub_total, 0));
  return { sub_total: total, total, discount: 0, tax: null, tickets };
}

export const orderAmountHandlers: RequestHandler[] = [
  /** Plain JSON, no auth: the price of a selection before any order exists. */
  http.post(
    apiUrl('/v1/orders/calculate-amount'),
    withErrors(async ({ request }) => {
      const { priced } = await readOrderAmountInput(request);
      return plainJson(amountReply(priced));
    }),
  ),
];
