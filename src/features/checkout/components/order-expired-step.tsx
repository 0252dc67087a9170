// /orders/:identifier/expired: the time ran out (or a payment failed) and the tickets were released.
import { Navigate } from 'react-router';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { paths } from '@/config/paths';
import { stageForStatus, WithOrder } from './order-state';
import { StartAgain } from './start-again';
import '../checkout.css';

export function OrderExpiredStep({ identifier }: { identifier: string }) {
  useDocumentTitle('Order expired');
  return (
    <WithOrder identifier={identifier}>
      {(order) =>
        order.status === 'completed' || order.status === 'placed' ? (
          <Navigate to={paths.order.href(identifier, stageForStatus(order.status))} replace />
        ) : (
          <section className="page checkout-page" aria-labelledby="expired-title">
            <h1 id="expired-title">
              {order.status === 'cancelled' ? 'This order was cancelled' : 'This order has expired'}
            </h1>
            <p>
              {order.status === 'cancelled'
                ? 'The tickets of this order were released.'
                : 'The time to complete this order ran out, so its tickets were released for others. Nothing was charged.'}
            </p>
            <StartAgain order={order} />
          </section>
        )
      }
    </WithOrder>
  );
}
