// /orders/:identifier/view: the page a buyer keeps. Status, a short reference, what happens next,
// tickets, attendees, amount and how the order was paid, and the event as a calendar file
// (docs/my-tickets.md).
import type { MessageDescriptor } from '@lingui/core';
import { msg, t } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { paths } from '@/config/paths';
import { buildIcs } from '@/lib/ics';
import { eventPlace } from '@/lib/event-fields';
import { formatMoney } from '@/lib/money';
import type { Order, OrderStatus } from '../api/get-order';
import { offlineInstructions } from '../payment-modes';
import { WithOrder } from './order-state';
import { OrderSummary } from './order-summary';
import '../checkout.css';
import { CheckoutSteps } from './checkout-steps';

const STATUS_LABELS: Record<OrderStatus, MessageDescriptor> = {
  initializing: msg`Waiting for attendee details`,
  pending: msg`Waiting for payment`,
  placed: msg`Placed, waiting for payment`,
  completed: msg`Completed`,
  cancelled: msg`Cancelled`,
  expired: msg`Expired`,
};

/** The way an order is paid, in the active language (made when it is shown); null if unknown. */
function modeLabel(mode: string | null | undefined): string | null {
  switch (mode) {
    case 'free':
      return t`Free order`;
    case 'stripe':
      return t`Card`;
    case 'paypal':
      return 'PayPal';
    case 'bank':
      return t`Bank transfer`;
    case 'cheque':
      return t`Cheque`;
    case 'onsite':
      return t`At the event`;
    default:
      return null;
  }
}

/**
 * The token flow stores Stripe's card `brand` ("Visa"), today's flow the PaymentMethod's ("visa",
 * "amex"): one way to write each.
 */
function brandName(brand: string): string {
  if (/^(amex|american express)$/i.test(brand)) return 'American Express';
  return brand.charAt(0).toUpperCase() + brand.slice(1);
}

/**
 * "Paid with", or "To pay by" for an order not paid yet, or null when it never will be. Made at
 * render, in the active language.
 */
function payment(order: Order): { term: string; value: string } | null {
  if (order.status === 'expired' || order.status === 'cancelled') return null;
  if (order.amount === 0) return { term: t`Paid with`, value: t`Free order, nothing to pay` };
  if (order.status !== 'completed') {
    const mode = modeLabel(order.paymentMode);
    return { term: t`To pay by`, value: mode ?? t`Not chosen yet` };
  }
  if (order.brand && order.last4) {
    const brand = brandName(order.brand);
    const last4 = order.last4;
    return { term: t`Paid with`, value: t`${brand} card ending in ${last4}` };
  }
  if (order.paidVia === 'paypal') return { term: t`Paid with`, value: 'PayPal' };
  return { term: t`Paid with`, value: modeLabel(order.paymentMode) ?? t`Paid` };
}

/** The first block of the UUID, for reading out on the phone or at the door. */
export function shortReference(identifier: string): string {
  return identifier.split('-')[0]?.toUpperCase() ?? identifier.toUpperCase();
}

/** Made at render, in the active language. */
function whatNext(order: Order): string {
  switch (order.status) {
    case 'completed':
      return t`Your tickets are confirmed. The server emails each ticket holder their ticket; this page stays here for you to come back to.`;
    case 'placed': {
      // The organizer's own instructions, shown as typed.
      const details = offlineInstructions(order)?.text.trim();
      return details
        ? t`Your tickets are reserved. ${details} The organizer confirms the order once your payment arrives.`
        : t`Your tickets are reserved. The organizer will tell you how to pay. The organizer confirms the order once your payment arrives.`;
    }
    case 'pending':
      return t`This order is waiting for its payment; nothing has been charged yet.`;
    case 'initializing':
      return t`This order was started but its attendee details were not finished.`;
    case 'expired':
      return t`This order ran out before it was paid. Nothing was charged, and its tickets were released.`;
    case 'cancelled':
      return t`This order was cancelled. Nothing more will be charged for it.`;
  }
}

/**
 * A data: URL of the event's calendar file, or null when the event has no readable start. Made at
 * render: its description is in the active language.
 */
function calendarHref(order: Order): string | null {
  if (!order.event.startsAt || order.status === 'expired' || order.status === 'cancelled') {
    return null;
  }
  const reference = shortReference(order.identifier);
  const ics = buildIcs({
    uid: `order-${order.identifier}@open-event-web`,
    title: order.event.name,
    startsAt: order.event.startsAt,
    endsAt: order.event.endsAt,
    timezone: order.event.timezone,
    location: eventPlace(order.event.place),
    description: t`Order ${reference}`,
    url: window.location.origin + paths.publicEvent.href(order.event.identifier),
  });
  return ics ? `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}` : null;
}

/** Only a pending card order on today's server needs it: kept out of the page's first load. */
const PaymentReturn = lazy(async () => ({
  default: (await import('../payment-intent/payment-return')).PaymentReturn,
}));

export function OrderViewStep({ identifier }: { identifier: string }) {
  const { t } = useLingui();
  useDocumentTitle(t`Your order`);
  return <WithOrder identifier={identifier}>{(order) => <OrderView order={order} />}</WithOrder>;
}

function OrderView({ order }: { order: Order }) {
  const { t, i18n } = useLingui();
  const paid = payment(order);
  const calendar = calendarHref(order);
  const eventName = order.event.name;
  return (
    <section className="page checkout-page" aria-labelledby="order-view-title">
      {order.status === 'completed' ? <CheckoutSteps current="Done" /> : null}
      <h1 id="order-view-title">
        {order.status === 'completed' ? t`Your order is complete` : t`Your order`}
      </h1>
      {order.status === 'pending' && order.paymentMode === 'stripe' ? (
        <Suspense fallback={<Loading label={t`Checking your payment…`} />}>
          <PaymentReturn order={order} />
        </Suspense>
      ) : null}
      <dl className="order-facts">
        <dt>{t`Status`}</dt>
        <dd>{i18n._(STATUS_LABELS[order.status])}</dd>
        <dt>{t`Amount`}</dt>
        <dd>{formatMoney(order.amount, order.currency)}</dd>
        {paid ? (
          <>
            <dt>{paid.term}</dt>
            <dd>{paid.value}</dd>
          </>
        ) : null}
        <dt>{t`Order reference`}</dt>
        <dd>
          <strong>{shortReference(order.identifier)}</strong>{' '}
          <span className="muted">({order.identifier})</span>
        </dd>
      </dl>
      <section aria-labelledby="next-title">
        <h2 id="next-title">{t`What happens next`}</h2>
        <p>{whatNext(order)}</p>
        {calendar ? (
          <p>
            <a
              className="button"
              href={calendar}
              download={`${order.event.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'event'}.ics`}
            >
              {t`Add to calendar`}
            </a>
          </p>
        ) : null}
      </section>
      <OrderSummary order={order} />
      <section aria-labelledby="attendees-title">
        <h2 id="attendees-title">{t`Attendees`}</h2>
        {order.attendees.length === 0 ? (
          <p className="muted">{t`This order has no attendees.`}</p>
        ) : (
          <ul className="attendee-list">
            {order.attendees.map((attendee) => {
              const ticket = order.tickets.find((candidate) => candidate.id === attendee.ticketId);
              return (
                <li key={attendee.id}>
                  {`${attendee.firstname} ${attendee.lastname}`.trim() || t`Name not given yet`}
                  {attendee.email ? ` (${attendee.email})` : ''}
                  {ticket ? <span className="muted">, {ticket.name}</span> : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <p className="order-links">
        <Link to={paths.myTickets.href()}>{t`My tickets`}</Link>
        <Link to={paths.publicEvent.href(order.event.identifier)}>
          <Trans>Back to {eventName}</Trans>
        </Link>
      </p>
    </section>
  );
}
