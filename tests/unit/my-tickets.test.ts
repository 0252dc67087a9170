// My tickets as plain data (src/features/my-tickets/order-groups.ts): upcoming and past, and what
// each status tells the buyer.
import type { MyOrder, OrderStatus } from '@/features/my-tickets/api/get-my-orders';
import { groupOrders, statusText } from '@/features/my-tickets/order-groups';

const NOW = Date.parse('2026-12-03T12:00:00Z');

function order(
  name: string,
  startsAt: string | null,
  endsAt: string | null,
  status: OrderStatus = 'completed',
): MyOrder {
  return {
    identifier: name,
    status,
    amount: 2500,
    currency: 'USD',
    paymentMode: 'stripe',
    event: { identifier: name, name, startsAt, endsAt, timezone: 'UTC', place: '' },
    ticketNames: ['General'],
    ticketCount: 1,
  };
}

describe('grouping orders', () => {
  it('puts events not over yet in upcoming, soonest first, and the rest in past, latest first', () => {
    const { upcoming, past } = groupOrders(
      [
        order('later', '2027-01-10T10:00:00Z', '2027-01-10T12:00:00Z'),
        order('running now', '2026-12-03T10:00:00Z', '2026-12-03T14:00:00Z'),
        order('long ago', '2025-01-01T10:00:00Z', '2025-01-01T12:00:00Z'),
        order('last week', '2026-11-26T10:00:00Z', '2026-11-26T12:00:00Z'),
        order('no end date', '2026-12-20T10:00:00Z', null),
        order('no dates', null, null),
      ],
      NOW,
    );
    expect(upcoming.map((entry) => entry.identifier)).toEqual([
      'running now',
      'no end date',
      'later',
      'no dates',
    ]);
    expect(past.map((entry) => entry.identifier)).toEqual(['last week', 'long ago']);
  });
});

describe('what a status tells the buyer', () => {
  it('offers to finish paying only a pending order of an upcoming event', () => {
    const pending = order('p', '2027-01-01T00:00:00Z', null, 'pending');
    expect(statusText(pending, false)).toMatchObject({
      label: 'Waiting for payment',
      payable: true,
    });
    expect(statusText(pending, true).payable).toBe(false);
    for (const status of ['completed', 'placed', 'expired', 'cancelled', 'initializing'] as const) {
      expect(statusText(order('x', null, null, status), false).payable).toBe(false);
    }
  });

  it('says how to pay a placed order, a free order is confirmed, and an expired one cost nothing', () => {
    expect(
      statusText({ ...order('b', null, null, 'placed'), paymentMode: 'bank' }, false).next,
    ).toBe('Pay by bank transfer; the organizer confirms the order once the payment arrives.');
    expect(statusText({ ...order('f', null, null), amount: 0 }, false).label).toBe('Confirmed');
    expect(statusText(order('e', null, null, 'expired'), true).next).toBe(
      'Nothing was charged, and the tickets were released.',
    );
  });
});
