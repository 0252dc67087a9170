// /orders/:identifier/pending and /placed: the summary, the countdown and the way to pay that the
// buyer chose. Card payments speak whichever flow the server does (docs/payments.md): a token
// posted to the charge endpoint, or a PaymentIntent confirmed in the browser and then verified.
import { useLingui } from '@lingui/react/macro';
import { skipToken, useIsMutating, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { Navigate } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { paths } from '@/config/paths';
import { formatMoney } from '@/lib/money';
import { usePublicSettings } from '@/lib/settings';
import { orderKeys, type Order } from '../api/get-order';
import type { ChargeInput } from '../api/charge-order';
import { useTokenCharge } from '../token-charge';
import { OrderCountdown } from './order-countdown';
import { OrderNotFound, stageForStatus, WithOrder } from './order-state';
import { OrderSummary } from './order-summary';
import '../checkout.css';
import { CheckoutSteps } from './checkout-steps';
import { withPart } from '@/lib/i18n/catalogs';

/** Card payment: the organizer's key, then the flow the server speaks (not for offline modes). */
const loadStripePayment = () => withPart('checkout', import('./stripe-payment'));
const StripePayment = lazy(async () => ({ default: (await loadStripePayment()).StripePayment }));
/** Shown only after a charge whose outcome is unknown. */
const Unconfirmed = lazy(async () => ({
  default: (await withPart('checkout', import('./unconfirmed'))).Unconfirmed,
}));
const PaypalPayment = lazy(async () => ({
  default: (await withPart('checkout', import('./paypal-payment'))).PaypalPayment,
}));
/** Offline payment, the placed order and the decline advice: most card buyers never see them. */
const loadAftermath = () => withPart('checkout', import('./payment-aftermath'));
const OfflinePayment = lazy(async () => ({ default: (await loadAftermath()).OfflinePayment }));
const Placed = lazy(async () => ({ default: (await loadAftermath()).Placed }));
const Declined = lazy(async () => ({ default: (await loadAftermath()).Declined }));

export function PaymentStep({ identifier }: { identifier: string }) {
  const { t } = useLingui();
  useDocumentTitle(t`Payment`);
  // The countdown needs the public settings: asked for alongside the order, not after it.
  usePublicSettings();
  return <WithOrder identifier={identifier}>{(order) => <Payment order={order} />}</WithOrder>;
}

function Payment({ order }: { order: Order }) {
  const { t } = useLingui();
  const tokenCharge = useTokenCharge(order);
  const paymentBusy = useIsMutating({ mutationKey: orderKeys.detail(order.identifier) }) > 0;
  // Only reads what VerifyPayment (payment-intent/verify-payment.tsx) has found so far.
  const verifying =
    useQuery({ queryKey: orderKeys.verify(order.identifier), queryFn: skipToken }).data ===
    'pending';
  const { verdict, charging } = tokenCharge;
  // After an unconfirmed charge: the verdict (its `at`) for which paying again is offered.
  const [payableAt, setPayableAt] = useState<number | null>(null);
  const pay = (input: ChargeInput) => {
    // Fetched while the charge is out, so decline advice never waits on the network afterwards.
    void loadAftermath().catch(() => undefined);
    return tokenCharge.pay(input);
  };

  if (verdict?.kind === 'not-found') return <OrderNotFound />;
  if (verdict?.kind === 'declined') {
    return (
      <Suspense fallback={<Loading label={t`Loading the payment result…`} />}>
        <Declined message={verdict.message} advice={verdict.advice} order={verdict.order} />
      </Suspense>
    );
  }
  if (verdict?.kind === 'paid') {
    return <Navigate to={paths.order.href(order.identifier, 'view')} replace />;
  }
  const stage = stageForStatus(order.status);
  if (stage !== 'pending' && stage !== 'placed') {
    return <Navigate to={paths.order.href(order.identifier, stage)} replace />;
  }
  if (order.status === 'placed') {
    return (
      <Suspense fallback={<Loading label={t`Loading your order…`} />}>
        <Placed order={order} />
      </Suspense>
    );
  }

  const amount = formatMoney(order.amount, order.currency);
  const payLabel = t`Pay ${amount}`;
  // Not while money may be moving: a charge or a confirm out, verify still checking, or a charge
  // whose outcome is unknown. Running out then would say "nothing was charged" too early.
  const busy = paymentBusy || verifying || verdict?.kind === 'unconfirmed';
  const unconfirmed = verdict?.kind === 'unconfirmed' ? verdict : null;
  const canPay = !unconfirmed || payableAt === unconfirmed.at;
  /** Why the server refused the charge, as it said it. */
  const refusal = verdict?.kind === 'refused' ? verdict.message : null;
  return (
    <section className="page checkout-page checkout-with-summary" aria-labelledby="payment-title">
      <CheckoutSteps current="Payment" />
      <h1 id="payment-title">{t`Payment`}</h1>
      <OrderCountdown
        identifier={order.identifier}
        createdAt={order.createdAt}
        paused={charging || busy}
      />
      <OrderSummary order={order} collapsible />
      {refusal !== null ? (
        <p className="notice notice-error" role="alert">
          {t`The payment was not accepted: ${refusal}`}
        </p>
      ) : null}
      {charging ? (
        <p className="notice" role="status">
          {t`Confirming your payment with the server…`}
        </p>
      ) : null}
      {unconfirmed ? (
        <Suspense fallback={<Loading label={t`Checking your order's status…`} />}>
          <Unconfirmed
            key={unconfirmed.at}
            order={order}
            verdict={unconfirmed}
            onPayable={setPayableAt}
          />
        </Suspense>
      ) : null}
      {/* Hidden, not unmounted, until paying again is offered: the card element keeps what the
          buyer typed (Stripe's iframe cannot be refilled). */}
      <div hidden={!canPay}>
        <PaymentMethod
          order={order}
          payLabel={payLabel}
          locked={charging || !canPay}
          switched={verdict?.kind === 'payment-intent-server'}
          pay={pay}
        />
      </div>
    </section>
  );
}

function PaymentMethod({
  order,
  payLabel,
  locked,
  switched = false,
  pay,
}: {
  order: Order;
  payLabel: string;
  locked: boolean;
  switched?: boolean;
  pay: (input: ChargeInput) => Promise<void>;
}) {
  const { t } = useLingui();
  if (order.paymentMode === 'stripe') {
    return (
      <>
        {switched ? (
          <p className="notice" role="status">
            {t`Nothing was charged. Card payments for this event go through Stripe’s newer payment form: please enter your card again.`}
          </p>
        ) : null}
        <Suspense fallback={<Loading label={t`Loading the secure card form…`} />}>
          <StripePayment
            // A token answered with a PaymentIntent: start again in the flow the server speaks.
            key={switched ? 'payment-intent-server' : 'stripe'}
            order={order}
            payLabel={payLabel}
            locked={locked}
            onToken={(tokenId) => pay({ stripe: tokenId })}
          />
        </Suspense>
      </>
    );
  }
  if (order.paymentMode === 'paypal') {
    return (
      <Suspense fallback={<Loading label={t`Loading PayPal…`} />}>
        <PaypalPayment order={order} locked={locked} pay={pay} />
      </Suspense>
    );
  }
  return (
    <Suspense fallback={<Loading label={t`Loading the payment instructions…`} />}>
      <OfflinePayment order={order} />
    </Suspense>
  );
}
