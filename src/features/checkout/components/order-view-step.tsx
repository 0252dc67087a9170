// /orders/:identifier/view: status, tickets, attendees, amount and how the order was paid.
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { paths } from '@/config/paths';
import { formatMoney } from '@/lib/money';
import type { Order, OrderStatus } from '../api/get-order';
import { WithOrder } from './order-state';
import { OrderSummary } from './order-summary';
import '../checkout.css';

const STATUS_LABELS: Record<OrderStatus, string> = {
  initializing: 'Waiting for attendee details',
  pending: 'Waiting for payment',
  placed: 'Placed, waiting for payment',
  completed: 'Completed',
  cancelled: 'Cancelled',
  expired: 'Expired',
};

const MODE_LABELS: Record<string, string> = {
  free: 'Free order',
  stripe: 'Card',
  paypal: 'PayPal',
  bank: 'Bank transfer',
  cheque: 'Cheque',
  onsite: 'At the event',
};

/**
 * The token flow stores Stripe's card `brand` ("Visa"), today's flow the PaymentMethod's ("visa",
 * "amex"): one way to write each.
 */
function brandName(brand: string): string {
  if (/^(amex|american express)$/i.test(brand)) return 'American Express';
  return brand.charAt(0).toUpperCase() + brand.slice(1);
}

function paidWith(order: Order): string {
  if (order.brand && order.last4) {
    return `${brandName(order.brand)} card ending in ${order.last4}`;
  }
  if (order.paidVia === 'paypal') return 'PayPal';
  if (order.amount === 0) return 'Free order, nothing to pay';
  return MODE_LABELS[order.paymentMode ?? ''] ?? 'Not paid yet';
}

/** Only a pending card order on today's server needs it: kept out of the page's first load. */
const PaymentReturn = lazy(async () => ({
  default: (await import('../payment-intent/payment-return')).PaymentReturn,
}));

export function OrderViewStep({ identifier }: { identifier: string }) {
  useDocumentTitle('Your order');
  return <WithOrder identifier={identifier}>{(order) => <OrderView order={order} />}</WithOrder>;
}

function OrderView({ order }: { order: Order }) {
  return (
    <section className="page checkout-page" aria-labelledby="order-view-title">
      <h1 id="order-view-title">
        {order.status === 'completed' ? 'Your order is complete' : 'Your order'}
      </h1>
      {order.status === 'pending' && order.paymentMode === 'stripe' ? (
        <Suspense fallback={<Loading label="Checking your payment…" />}>
          <PaymentReturn order={order} />
        </Suspense>
      ) : null}
      <dl className="order-facts">
        <dt>Status</dt>
        <dd>{STATUS_LABELS[order.status]}</dd>
        <dt>Amount</dt>
        <dd>{formatMoney(order.amount, order.currency)}</dd>
        <dt>Paid with</dt>
        <dd>{paidWith(order)}</dd>
        <dt>Order reference</dt>
        <dd>{order.identifier}</dd>
      </dl>
      <OrderSummary order={order} />
      <section aria-labelledby="attendees-title">
        <h2 id="attendees-title">Attendees</h2>
        {order.attendees.length === 0 ? (
          <p className="muted">This order has no attendees.</p>
        ) : (
          <ul className="attendee-list">
            {order.attendees.map((attendee) => {
              const ticket = order.tickets.find((candidate) => candidate.id === attendee.ticketId);
              return (
                <li key={attendee.id}>
                  {`${attendee.firstname} ${attendee.lastname}`.trim() || 'Name not given yet'}
                  {attendee.email ? ` (${attendee.email})` : ''}
                  {ticket ? <span className="muted">, {ticket.name}</span> : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <p>
        <Link to={paths.publicEvent.href(order.event.identifier)}>Back to {order.event.name}</Link>
      </p>
    </section>
  );
}
