// /orders/:identifier/expired: the time ran out (or a payment failed) and the tickets were released.
import { useLingui } from '@lingui/react/macro';
import { lazy, Suspense } from 'react';
import { Navigate } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { paths } from '@/config/paths';
import { stageForStatus, WithOrder } from './order-state';
import { recallIntent } from '../payment-intent/stored-intent';
import { StartAgain } from './start-again';

/**
 * A card order can run out while its payment is still at the bank (a slow 3-D Secure check): when
 * this tab kept its PaymentIntent, verify once, which completes the order if the payment went
 * through (the server's verify does not look at the order's status).
 */
const VerifyPayment = lazy(async () => ({
  default: (await import('../payment-intent/verify-payment')).VerifyPayment,
}));
import '../checkout.css';

export function OrderExpiredStep({ identifier }: { identifier: string }) {
  const { t } = useLingui();
  useDocumentTitle(t`Order expired`);
  return (
    <WithOrder identifier={identifier}>
      {(order) =>
        order.status === 'completed' || order.status === 'placed' ? (
          <Navigate to={paths.order.href(identifier, stageForStatus(order.status))} replace />
        ) : (
          <section className="page checkout-page" aria-labelledby="expired-title">
            <h1 id="expired-title">
              {order.status === 'cancelled'
                ? t`This order was cancelled`
                : t`This order has expired`}
            </h1>
            <p>
              {order.status === 'cancelled'
                ? t`The tickets of this order were released.`
                : t`The time to complete this order ran out, so its tickets were released for others. Nothing was charged.`}
            </p>
            {order.paymentMode === 'stripe' && recallIntent(order.identifier) ? (
              <Suspense fallback={<Loading label={t`Checking whether a payment went through…`} />}>
                <VerifyPayment
                  identifier={order.identifier}
                  processing={false}
                  expectPaid={false}
                />
              </Suspense>
            ) : null}
            <StartAgain order={order} />
          </section>
        )
      }
    </WithOrder>
  );
}
