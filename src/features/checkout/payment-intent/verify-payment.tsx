// After Stripe took the payment (or while the bank is processing it): POST .../verify, which is
// what completes a card order on today's server (docs/payments.md). Called whenever a page loads a
// pending order that has a PaymentIntent, so a lost answer or a reload recovers; a tab without the
// intent verifies once before it asks for a new one (payment-intent/use-order-intent.ts).
import { t } from '@lingui/core/macro';
import { Trans } from '@lingui/react/macro';
import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { errorMessage } from '@/components/ui/error-notice';
import { toast } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { orderKeys, orderQueryOptions, type OrderStatus } from '../api/get-order';
import { verifyOrder } from '../api/verify-order';
import { forgetIntent } from './stored-intent';

/** Waits between checks while the order is still pending: 2 minutes in all, then we say so. */
export const VERIFY_BACKOFF_MS: readonly number[] = [
  2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000,
];

export const verifyQueryKey = orderKeys.verify;

/** Verify, and when verify fails in any way, the order itself: nothing is said about money before. */
async function verifyThenRead(queryClient: QueryClient, identifier: string): Promise<OrderStatus> {
  let status: OrderStatus;
  try {
    status = await verifyOrder(identifier);
  } catch {
    // 404, 5xx (the server's own lookups can fail), garbage or a timeout: the order tells the truth.
    status = (await queryClient.query({ ...orderQueryOptions(identifier), staleTime: 0 })).status;
  }
  if (status !== 'pending') {
    if (status === 'completed') toast.success(t`Your payment went through.`);
    // Only the order itself: its verify and payment-intent entries live under the same key.
    await queryClient.invalidateQueries({ queryKey: orderKeys.detail(identifier), exact: true });
    // Forgotten once the page has the paid order, so that it never reads the return as foreign.
    if (status === 'completed') forgetIntent(identifier);
  }
  return status;
}

export function VerifyPayment({
  identifier,
  processing,
  expectPaid = true,
}: {
  identifier: string;
  /** Stripe says the bank is still processing (rather than that it succeeded). */
  processing: boolean;
  /**
   * Whether a payment is known to have been made (Stripe said so, or the buyer is back from the
   * bank). A plain visit to a pending order checks once, and says plainly that it is unpaid.
   */
  expectPaid?: boolean;
}) {
  const queryClient = useQueryClient();
  // The app's one query client (src/lib/query-client.ts) is not an input of the answer.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  const verify = useQuery({
    queryKey: verifyQueryKey(identifier),
    queryFn: () => verifyThenRead(queryClient, identifier),
    retry: false,
    // Verify resends the confirmation mails of a paid order: never again by itself once answered.
    staleTime: Infinity,
    refetchOnReconnect: false,
    // Except when a payment was just made: an earlier "not paid yet" (a visit to the order page
    // before paying) must not hold the check back until the first backoff step.
    refetchOnMount: (query) => (expectPaid && query.state.data === 'pending' ? 'always' : false),
    refetchInterval: (query) =>
      expectPaid && query.state.status === 'success' && query.state.data === 'pending'
        ? (VERIFY_BACKOFF_MS[query.state.dataUpdateCount - 1] ?? false)
        : false,
  });
  // Reading dataUpdatedAt subscribes this component to every answer, the same ones included, so
  // the count read from the cache is current.
  const checks =
    verify.dataUpdatedAt > 0
      ? (queryClient.getQueryState(verifyQueryKey(identifier))?.dataUpdateCount ?? 0)
      : 0;
  const waitedLongEnough = verify.data === 'pending' && checks > VERIFY_BACKOFF_MS.length;

  if (verify.isError) {
    const reason = errorMessage(verify.error);
    return (
      <div className="notice notice-error" role="alert">
        <h2>
          <Trans>Your payment is not confirmed yet</Trans>
        </h2>
        <p>
          <Trans>
            We could not reach the server to confirm it ({reason}). Do not pay again: if the payment
            went through, this order completes as soon as we can check it.
          </Trans>
        </p>
        <button type="button" className="button" onClick={() => void verify.refetch()}>
          <Trans>Check the payment status again</Trans>
        </button>
      </div>
    );
  }
  if (verify.data !== undefined && verify.data !== 'pending') {
    // The order has moved on; its page follows it as the order's own query reads it again.
    return verify.data === 'completed' ? (
      <p className="notice" role="status">
        <Trans>
          Your payment went through.{' '}
          <Link to={paths.order.href(identifier, 'view')}>See your order</Link>
        </Trans>
      </p>
    ) : null;
  }
  if (!expectPaid && verify.data === 'pending') {
    return (
      <div className="notice" role="status">
        <p>
          <Trans>This order has not been paid yet.</Trans>
        </p>
        <Link className="button button-primary" to={paths.order.href(identifier, 'pending')}>
          <Trans>Go to the payment</Trans>
        </Link>
      </div>
    );
  }
  if (waitedLongEnough) {
    return (
      <div className="notice" role="status">
        <h2>
          <Trans>We are still waiting for your bank</Trans>
        </h2>
        <p>
          {processing ? (
            <Trans>
              Your bank has not finished processing the payment yet. Nothing more is needed from you
              now, and you need not pay again. Come back to this order's page later to see it
              confirmed.
            </Trans>
          ) : (
            <Trans>
              Stripe accepted the payment, but the server has not confirmed your order yet. Nothing
              more is needed from you now, and you need not pay again. Come back to this order's
              page later to see it confirmed.
            </Trans>
          )}
        </p>
        <button
          type="button"
          className="button"
          disabled={verify.isFetching}
          onClick={() => void verify.refetch()}
        >
          <Trans>Check again now</Trans>
        </button>
      </div>
    );
  }
  return (
    <p className="notice" role="status">
      {processing && verify.data === 'pending' ? (
        <Trans>Your bank is still processing the payment. We will check again in a moment…</Trans>
      ) : (
        <Trans>Confirming your payment with the server…</Trans>
      )}
    </p>
  );
}
