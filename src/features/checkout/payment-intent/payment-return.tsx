// The order page of a pending card order on today's server: back from the bank's 3-D Secure page
// (Stripe's return URL carries payment_intent, payment_intent_client_secret and redirect_status),
// or back after a reload or a lost answer. Verify is what completes the order (docs/payments.md).
import { Trans } from '@lingui/react/macro';
import { Link, useSearchParams } from 'react-router';
import { paths } from '@/config/paths';
import type { Order } from '../api/get-order';
import { recallIntent } from './stored-intent';
import { VerifyPayment } from './verify-payment';

export type ReturnReading =
  /** Nothing to do: no intent of this order in this tab, and no return parameters. */
  | { kind: 'none' }
  /** Return parameters naming an intent that is not this order's: ignored. */
  | { kind: 'foreign' }
  | { kind: 'authentication-failed' }
  /** `returned`: back from the bank with a success; otherwise a plain visit to the order. */
  | { kind: 'verify'; returned: boolean };

export function readReturn(orderIdentifier: string, search: URLSearchParams): ReturnReading {
  const stored = recallIntent(orderIdentifier);
  const named = search.get('payment_intent');
  if (named !== null) {
    const secret = search.get('payment_intent_client_secret');
    if (stored === null || named !== stored.id || secret !== stored.clientSecret) {
      return { kind: 'foreign' };
    }
    if (search.get('redirect_status') === 'failed') return { kind: 'authentication-failed' };
    return { kind: 'verify', returned: true };
  }
  return stored === null ? { kind: 'none' } : { kind: 'verify', returned: false };
}

export function PaymentReturn({ order }: { order: Order }) {
  const [search] = useSearchParams();
  const reading = readReturn(order.identifier, search);
  const payAgain = (
    <Link className="button button-primary" to={paths.order.href(order.identifier, 'pending')}>
      <Trans>Go back to the payment</Trans>
    </Link>
  );
  switch (reading.kind) {
    case 'none':
      return null;
    case 'foreign':
      return (
        <div className="notice notice-error" role="alert">
          <p>
            <Trans>
              This link carries a payment that does not belong to this order, so we ignored it.
              Nothing about this order's payment has changed.
            </Trans>
          </p>
          {payAgain}
        </div>
      );
    case 'authentication-failed':
      return (
        <div className="notice notice-error" role="alert">
          <h2>
            <Trans>Your bank could not confirm the payment</Trans>
          </h2>
          <p>
            <Trans>
              The check with your bank (3-D Secure) failed or was cancelled, and nothing was
              charged. This order is still open: you can try again with the same payment.
            </Trans>
          </p>
          {payAgain}
        </div>
      );
    case 'verify':
      return (
        <VerifyPayment
          identifier={order.identifier}
          processing={false}
          expectPaid={reading.returned}
        />
      );
  }
}
