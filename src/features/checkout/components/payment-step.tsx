// /orders/:identifier/pending and /placed: the summary, the countdown and the way to pay that the
// buyer chose. Card payments post one Stripe token to the charge endpoint and handle every answer.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { ErrorNotice } from '@/components/ui/error-notice';
import { Loading } from '@/components/ui/loading';
import { toast } from '@/components/ui/toast';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { paths } from '@/config/paths';
import { isApiError, type ApiError } from '@/lib/api-client';
import { formatMoney } from '@/lib/money';
import { usePublicSettings } from '@/lib/settings';
import { isUnauthorized } from '@/lib/query-client';
import { useStripePublishableKey } from '../api/get-stripe-authorization';
import { orderQueryOptions, type Order } from '../api/get-order';
import type { ChargeInput } from '../api/charge-order';
import { pendingCharge, startCharge, type ChargeSettled } from '../charge-attempts';
import { chargeOutcome, type DeclineAdvice } from '../charge-outcome';
import { OrderCountdown } from './order-countdown';
import { OrderNotFound, stageForStatus, WithOrder } from './order-state';
import { OrderSummary } from './order-summary';
import '../checkout.css';

const CardPaymentForm = lazy(async () => ({
  default: (await import('../stripe/card-payment-form')).CardPaymentForm,
}));
const PaypalPayment = lazy(async () => ({
  default: (await import('./paypal-payment')).PaypalPayment,
}));
/** Offline payment, the placed order and the decline advice: most card buyers never see them. */
const loadAftermath = () => import('./payment-aftermath');
const OfflinePayment = lazy(async () => ({ default: (await loadAftermath()).OfflinePayment }));
const Placed = lazy(async () => ({ default: (await loadAftermath()).Placed }));
const Declined = lazy(async () => ({ default: (await loadAftermath()).Declined }));

export function PaymentStep({ identifier }: { identifier: string }) {
  useDocumentTitle('Payment');
  // The countdown needs the public settings: asked for alongside the order, not after it.
  usePublicSettings();
  return <WithOrder identifier={identifier}>{(order) => <Payment order={order} />}</WithOrder>;
}

type Phase =
  | { kind: 'ready' }
  | { kind: 'charging' }
  | { kind: 'declined'; message: string; advice: DeclineAdvice; order: Order }
  | { kind: 'unconfirmed'; checking: boolean; failed: boolean; message: string }
  | { kind: 'refused'; message: string }
  | { kind: 'not-found' };

/** The charge flow shared by card and PayPal payments. */
function useCharge(order: Order) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [phase, setPhase] = useState<Phase>(() =>
    pendingCharge(order.identifier) ? { kind: 'charging' } : { kind: 'ready' },
  );
  // The app's one 401 handler lives in the MutationCache: a charge's 401 is handed to it this way.
  const sessionEnded = useMutation({
    mutationFn: (error: ApiError): Promise<never> => Promise.reject(error),
  });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  /** Reads the order again; completed or expired orders move to their own page. */
  async function recheck(message: string) {
    setPhase({ kind: 'unconfirmed', checking: true, failed: false, message });
    try {
      const fresh = await queryClient.query({
        ...orderQueryOptions(order.identifier),
        staleTime: 0,
      });
      if (!mounted.current) return;
      if (fresh.status === 'completed') {
        toast.success('Your payment went through.');
        void navigate(paths.order.href(order.identifier, 'view'), { replace: true });
        return;
      }
      if (fresh.status === 'pending') {
        setPhase({ kind: 'unconfirmed', checking: false, failed: false, message });
        return;
      }
      void navigate(paths.order.href(order.identifier, stageForStatus(fresh.status)), {
        replace: true,
      });
    } catch {
      if (mounted.current)
        setPhase({ kind: 'unconfirmed', checking: false, failed: true, message });
    }
  }

  async function handle(settled: ChargeSettled) {
    if ('error' in settled && isApiError(settled.error) && isUnauthorized(settled.error)) {
      // The session ended (the server checks the JWT before anything is charged, so nothing was):
      // log out, and the login brings the buyer back to this page to pay again.
      if (mounted.current) setPhase({ kind: 'ready' });
      sessionEnded.mutate(settled.error);
      return;
    }
    const outcome = chargeOutcome(settled);
    if (!mounted.current && outcome.kind !== 'paid') return;
    switch (outcome.kind) {
      case 'paid':
        toast.success(outcome.message);
        await queryClient.invalidateQueries({
          queryKey: orderQueryOptions(order.identifier).queryKey,
        });
        void navigate(paths.order.href(order.identifier, 'view'), { replace: true });
        return;
      case 'declined':
        // The server has expired the order; the page keeps what it showed so the advice stays put.
        setPhase({ kind: 'declined', message: outcome.message, advice: outcome.advice, order });
        return;
      case 'order-state':
      case 'unknown':
        await recheck(outcome.message);
        return;
      case 'not-found':
        setPhase({ kind: 'not-found' });
        return;
      case 'refused':
        setPhase({ kind: 'refused', message: outcome.message });
        return;
    }
  }

  // Coming back while a charge sent from an earlier visit is still out: wait for that one.
  useEffect(() => {
    const attempt = pendingCharge(order.identifier);
    if (attempt) void attempt.then(handle);
    // Only on arrival; handle is re-created each render on purpose.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [order.identifier]);

  async function pay(input: ChargeInput) {
    if (pendingCharge(order.identifier) || phase.kind === 'charging') return;
    const attempt = startCharge(order.identifier, input);
    setPhase({ kind: 'charging' });
    // Fetched while the charge is out, so decline advice never waits on the network afterwards.
    void loadAftermath().catch(() => undefined);
    await handle(await attempt);
  }

  return { phase, pay, recheck };
}

function Payment({ order }: { order: Order }) {
  const charge = useCharge(order);
  const { phase } = charge;

  if (phase.kind === 'not-found') return <OrderNotFound />;
  if (phase.kind === 'declined') {
    return (
      <Suspense fallback={<Loading label="Loading the payment result…" />}>
        <Declined message={phase.message} advice={phase.advice} order={phase.order} />
      </Suspense>
    );
  }
  const stage = stageForStatus(order.status);
  if (stage !== 'pending' && stage !== 'placed') {
    return <Navigate to={paths.order.href(order.identifier, stage)} replace />;
  }
  if (order.status === 'placed') {
    return (
      <Suspense fallback={<Loading label="Loading your order…" />}>
        <Placed order={order} />
      </Suspense>
    );
  }

  const payLabel = `Pay ${formatMoney(order.amount, order.currency)}`;
  return (
    <section className="page checkout-page" aria-labelledby="payment-title">
      <h1 id="payment-title">Payment</h1>
      <OrderCountdown
        identifier={order.identifier}
        createdAt={order.createdAt}
        paused={phase.kind === 'charging'}
      />
      <OrderSummary order={order} />
      {phase.kind === 'unconfirmed' ? (
        <Unconfirmed phase={phase} onCheck={() => void charge.recheck(phase.message)} />
      ) : null}
      {phase.kind === 'refused' ? (
        <p className="notice notice-error" role="alert">
          The payment was not accepted: {phase.message}
        </p>
      ) : null}
      {phase.kind === 'charging' ? (
        <p className="notice" role="status">
          Confirming your payment with the server…
        </p>
      ) : null}
      {phase.kind === 'unconfirmed' && (phase.checking || phase.failed) ? null : (
        <PaymentMethod
          order={order}
          payLabel={payLabel}
          locked={phase.kind === 'charging'}
          pay={charge.pay}
        />
      )}
    </section>
  );
}

function PaymentMethod({
  order,
  payLabel,
  locked,
  pay,
}: {
  order: Order;
  payLabel: string;
  locked: boolean;
  pay: (input: ChargeInput) => Promise<void>;
}) {
  const isStripe = order.paymentMode === 'stripe';
  const key = useStripePublishableKey(order.event.id, isStripe);
  if (isStripe) {
    if (key.isPending) return <Loading label="Loading the organizer's payment details…" />;
    if (key.isError) {
      return (
        <ErrorNotice
          title="Card payments are not available for this event right now"
          error={key.error}
          onRetry={() => void key.refetch()}
        />
      );
    }
    return (
      <section aria-labelledby="card-title">
        <h2 id="card-title">Pay by card</h2>
        <Suspense fallback={<Loading label="Loading the secure card form…" />}>
          <CardPaymentForm
            publishableKey={key.data}
            payLabel={payLabel}
            locked={locked}
            onToken={(tokenId) => pay({ stripe: tokenId })}
          />
        </Suspense>
      </section>
    );
  }
  if (order.paymentMode === 'paypal') {
    return (
      <Suspense fallback={<Loading label="Loading PayPal…" />}>
        <PaypalPayment order={order} locked={locked} pay={pay} payLabel={payLabel} />
      </Suspense>
    );
  }
  return (
    <Suspense fallback={<Loading label="Loading the payment instructions…" />}>
      <OfflinePayment order={order} />
    </Suspense>
  );
}

function Unconfirmed({
  phase,
  onCheck,
}: {
  phase: Extract<Phase, { kind: 'unconfirmed' }>;
  onCheck: () => void;
}) {
  return (
    <div className="notice notice-error" role="alert">
      <h2>We could not confirm your payment</h2>
      <p>{phase.message}</p>
      {phase.checking ? (
        <p role="status">Checking your order's status…</p>
      ) : phase.failed ? (
        <>
          <p>
            We could not check your order either. Do not pay again until we know whether the first
            payment went through.
          </p>
          <button type="button" className="button" onClick={onCheck}>
            Check the payment status again
          </button>
        </>
      ) : (
        <p>Your order is still open and has not been paid. You can try to pay again below.</p>
      )}
    </div>
  );
}
