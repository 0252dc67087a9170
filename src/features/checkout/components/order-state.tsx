// Shared pieces of the order pages: loading and error states, and which page each status belongs on.
import { useLingui } from '@lingui/react/macro';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorNotice } from '@/components/ui/error-notice';
import { Loading } from '@/components/ui/loading';
import { paths, type OrderStage } from '@/config/paths';
import { isApiError } from '@/lib/api-client';
import { useOrder, type Order, type OrderStatus } from '../api/get-order';

/** The page an order in this status belongs on. */
export function stageForStatus(status: OrderStatus): OrderStage {
  switch (status) {
    case 'initializing':
      return 'new';
    case 'pending':
      return 'pending';
    case 'placed':
      return 'placed';
    case 'completed':
      return 'view';
    case 'cancelled':
    case 'expired':
      return 'expired';
  }
}

export function OrderNotFound() {
  const { t } = useLingui();
  return (
    <section className="page" aria-labelledby="order-missing">
      <h1 id="order-missing">{t`Order not found`}</h1>
      <p>{t`There is no order at this address, or it belongs to someone else.`}</p>
      <p>
        <Link to={paths.home.href()}>{t`Go to the start page`}</Link>
      </p>
    </section>
  );
}

/** Loads the order and renders `children(order)` once it is there. */
export function WithOrder({
  identifier,
  children,
}: {
  identifier: string;
  children: (order: Order) => ReactNode;
}) {
  const { t } = useLingui();
  const order = useOrder(identifier);
  // A failed re-read keeps the order on screen: the page that asked handles that failure itself.
  if (order.data) return <>{children(order.data)}</>;
  if (order.isPending) return <Loading label={t`Loading your order…`} />;
  if (isApiError(order.error) && (order.error.status === 404 || order.error.status === 403)) {
    return <OrderNotFound />;
  }
  return (
    <ErrorNotice
      title={t`We could not load your order`}
      error={order.error}
      onRetry={() => void order.refetch()}
    />
  );
}
