// `/my-tickets`: the logged-in user's orders, upcoming and past, each with its event, status and
// what happens next, linking to the order page (docs/my-tickets.md).
import { plural } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { ErrorNotice } from '@/components/ui/error-notice';
import { Loading } from '@/components/ui/loading';
import { formatDateRange } from '@/lib/dates';
import { eventPlace } from '@/lib/event-fields';
import { formatMoney } from '@/lib/money';
import { useMyOrders, type MyOrder } from '../api/get-my-orders';
import { groupOrders, statusText } from '../order-groups';
import '../my-tickets.css';

/** The app's links, passed in so this feature needs no other. */
export interface MyTicketsLinks {
  event: (identifier: string) => string;
  order: (identifier: string, stage: 'view' | 'pending') => string;
  events: string;
}

export function MyTicketsPage({ userId, links }: { userId: string; links: MyTicketsLinks }) {
  const { t } = useLingui();
  const orders = useMyOrders(userId);
  // Read once: what is upcoming does not change while the page is open.
  const [now] = useState(() => Date.now());
  if (orders.isPending) return <Loading label={t`Loading your tickets…`} />;
  if (orders.isError) {
    return (
      <ErrorNotice
        title={t`We could not load your tickets`}
        error={orders.error}
        onRetry={() => void orders.refetch()}
      />
    );
  }
  if (orders.data.length === 0) {
    return (
      <div className="empty-state">
        <p>{t`You have no tickets yet.`}</p>
        <Link className="button button-primary" to={links.events}>
          {t`Find an event`}
        </Link>
      </div>
    );
  }
  const { upcoming, past } = groupOrders(orders.data, now);
  return (
    <>
      <OrderGroup
        title={t`Upcoming`}
        orders={upcoming}
        past={false}
        links={links}
        empty={t`Nothing coming up.`}
      />
      <OrderGroup title={t`Past`} orders={past} past links={links} empty={t`No past events yet.`} />
    </>
  );
}

function OrderGroup({
  title,
  orders,
  past,
  links,
  empty,
}: {
  title: string;
  orders: MyOrder[];
  past: boolean;
  links: MyTicketsLinks;
  empty: string;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="my-tickets-group">
      <h2 id={headingId}>{title}</h2>
      {orders.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="my-tickets-list">
          {orders.map((order) => (
            <OrderItem key={order.identifier} order={order} past={past} links={links} />
          ))}
        </ul>
      )}
    </section>
  );
}

function OrderItem({
  order,
  past,
  links,
}: {
  order: MyOrder;
  past: boolean;
  links: MyTicketsLinks;
}) {
  const { t } = useLingui();
  const nameId = useId();
  const status = statusText(order, past);
  const eventName = order.event?.name ?? t`An event that is no longer listed`;
  const place = order.event
    ? eventPlace({ online: order.event.online, locationName: order.event.place })
    : '';
  const count = order.ticketCount;
  const names = order.ticketNames.join(', ');
  let tickets = names;
  if (count > 0) {
    tickets = names
      ? t`${plural(count, { one: `# ticket: ${names}`, other: `# tickets: ${names}` })}`
      : t`${plural(count, { one: '# ticket', other: '# tickets' })}`;
  }
  return (
    <li>
      <article className="my-tickets-order" aria-labelledby={nameId}>
        <h3 id={nameId}>
          {order.event ? (
            <Link to={links.event(order.event.identifier)}>
              <bdi>{eventName}</bdi>
            </Link>
          ) : (
            eventName
          )}
        </h3>
        {order.event ? (
          <p>
            {formatDateRange(order.event.startsAt, order.event.endsAt, order.event.timezone)}
            {place ? ` · ${place}` : ''}
          </p>
        ) : null}
        <p>
          <span className={`order-status order-status-${order.status}`}>{status.label}</span>
          {' · '}
          {tickets}
          {' · '}
          {order.amount > 0 ? formatMoney(order.amount, order.currency) : t`Free`}
        </p>
        {status.next ? <p className="muted">{status.next}</p> : null}
        <p className="my-tickets-actions">
          {status.payable ? (
            <Link
              className="button button-primary"
              to={links.order(order.identifier, 'pending')}
              // The visible words first, then which order: several orders sit side by side.
              aria-label={t`Finish paying for ${eventName}`}
            >
              {t`Finish paying`}
            </Link>
          ) : null}
          <Link
            to={links.order(order.identifier, 'view')}
            aria-label={t`View order for ${eventName}`}
          >
            {t`View order`}
          </Link>
        </p>
      </article>
    </li>
  );
}
