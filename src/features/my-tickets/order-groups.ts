// My tickets, as plain data: orders split into upcoming and past by their event's dates, and what
// each order's status means for the buyer (docs/my-tickets.md).
import { t } from '@lingui/core/macro';
import type { MyOrder } from './api/get-my-orders';

/** When the event is over: its end, else its start; unknown dates count as upcoming. */
function endOf(order: MyOrder): number {
  const end = Date.parse(order.event?.endsAt ?? order.event?.startsAt ?? '');
  return Number.isNaN(end) ? Number.POSITIVE_INFINITY : end;
}

function startOf(order: MyOrder): number {
  const start = Date.parse(order.event?.startsAt ?? '');
  return Number.isNaN(start) ? Number.POSITIVE_INFINITY : start;
}

/** Upcoming soonest first; past most recent first. */
export function groupOrders(
  orders: readonly MyOrder[],
  now: number,
): { upcoming: MyOrder[]; past: MyOrder[] } {
  const upcoming = orders.filter((order) => endOf(order) >= now);
  const past = orders.filter((order) => endOf(order) < now);
  upcoming.sort((a, b) => startOf(a) - startOf(b));
  past.sort((a, b) => startOf(b) - startOf(a));
  return { upcoming, past };
}

export interface StatusText {
  /** One or two words: "Paid", "Waiting for payment"... */
  label: string;
  /** What happens next, or null when nothing does. */
  next: string | null;
  /** The order can still be paid: offer "Finish paying". */
  payable: boolean;
}

/** What to do for a placed order, by how it is paid: one whole sentence each, for translators. */
function placedNext(paymentMode: string | null): string {
  switch (paymentMode) {
    case 'bank':
      return t`Pay by bank transfer; the organizer confirms the order once the payment arrives.`;
    case 'cheque':
      return t`Pay by cheque; the organizer confirms the order once the payment arrives.`;
    case 'onsite':
      return t`Pay at the event; the organizer confirms the order once the payment arrives.`;
    default:
      return t`Pay as the organizer asked; the organizer confirms the order once the payment arrives.`;
  }
}

/** Called at render: the words are in the language active then. */
export function statusText(order: MyOrder, past: boolean): StatusText {
  switch (order.status) {
    case 'completed':
      return {
        label: order.amount > 0 ? t`Paid` : t`Confirmed`,
        next: past
          ? null
          : t`Your tickets are confirmed; the server emails each ticket holder their ticket.`,
        payable: false,
      };
    case 'placed':
      return {
        label: t`Placed`,
        next: placedNext(order.paymentMode),
        payable: false,
      };
    case 'pending':
      return {
        label: t`Waiting for payment`,
        next: t`Nothing has been charged yet. The tickets are held for a short time only.`,
        payable: !past,
      };
    case 'initializing':
      return {
        label: t`Not finished`,
        next: t`The order was started but not completed.`,
        payable: false,
      };
    case 'expired':
      return {
        label: t`Expired`,
        next: t`Nothing was charged, and the tickets were released.`,
        payable: false,
      };
    case 'cancelled':
      return { label: t`Cancelled`, next: null, payable: false };
    case 'other':
      return { label: t`Unknown status`, next: null, payable: false };
  }
}
