// Pay by card: the organizer's publishable key, then the flow the server speaks (docs/payments.md).
// Unknown until the server answers: the PaymentIntent flow asks it, and a token-era server's
// "stripe token is missing" switches to the token form with nothing changed on the server.
import { useLingui } from '@lingui/react/macro';
import { lazy, Suspense, useCallback, useState } from 'react';
import { ErrorNotice } from '@/components/ui/error-notice';
import { Loading } from '@/components/ui/loading';
import { env } from '@/config/env';
import { minorUnitDigits } from '@/lib/money';
import type { Order } from '../api/get-order';
import { useStripePublishableKey } from '../api/get-stripe-authorization';
import { knownChargeFlow, rememberChargeFlow, type ChargeFlow } from '../charge-flow';
import { recallIntent } from '../payment-intent/stored-intent';

const CardPaymentForm = lazy(async () => ({
  default: (await import('../stripe/card-payment-form')).CardPaymentForm,
}));
/** The refusals of card payment and the other ways to pay: rare, kept out of the first load. */
const loadOthers = () => import('./other-payment-methods');
const ZeroDecimalTokenRefused = lazy(async () => ({
  default: (await loadOthers()).ZeroDecimalTokenRefused,
}));
const OtherPaymentMethods = lazy(async () => ({
  default: (await loadOthers()).OtherPaymentMethods,
}));
const PaymentIntentCheckout = lazy(async () => ({
  default: (await import('../payment-intent/payment-intent-checkout')).PaymentIntentCheckout,
}));

export interface StripePaymentProps {
  order: Order;
  payLabel: string;
  /** True while a token charge is out: no new attempt may start. */
  locked: boolean;
  onToken: (tokenId: string) => Promise<void>;
}

export function StripePayment({ order, payLabel, locked, onToken }: StripePaymentProps) {
  const { t } = useLingui();
  const key = useStripePublishableKey(order.event.id);
  // An intent kept for this order says which flow the server speaks, whatever was set or learnt.
  const [flow, setFlow] = useState<ChargeFlow | null>(() =>
    recallIntent(order.identifier) ? 'payment-intent' : knownChargeFlow(),
  );
  const onTokenEra = useCallback(() => {
    rememberChargeFlow('token');
    setFlow('token');
  }, []);

  if (key.isPending) return <Loading label={t`Loading the organizer's payment details…`} />;
  if (key.isError) {
    return (
      <ErrorNotice
        title={t`Card payments are not available for this event right now`}
        error={key.error}
        onRetry={() => void key.refetch()}
      />
    );
  }
  if (key.data.kind === 'missing') {
    return (
      <div className="notice notice-error" role="alert">
        <h2>{t`Card payments are not available for this event right now`}</h2>
        <p>{t`The organizer has no Stripe account connected to this event. Nothing was charged.`}</p>
        <Suspense fallback={null}>
          <OtherPaymentMethods order={order} />
        </Suspense>
      </div>
    );
  }
  const publishableKey = key.data.key;
  let form;
  if (flow === 'token' && minorUnitDigits(order.currency) === 0 && !env.zeroDecimalTokenCharges) {
    form = <ZeroDecimalTokenRefused order={order} />;
  } else if (flow === 'token') {
    form = (
      <CardPaymentForm
        publishableKey={publishableKey}
        payLabel={payLabel}
        locked={locked}
        onToken={onToken}
        unavailable={<OtherPaymentMethods order={order} />}
      />
    );
  } else {
    form = (
      <PaymentIntentCheckout
        order={order}
        publishableKey={publishableKey}
        payLabel={payLabel}
        onTokenEra={onTokenEra}
      />
    );
  }
  return (
    <section aria-labelledby="card-title">
      <h2 id="card-title">{t`Pay by card`}</h2>
      <Suspense fallback={<Loading label={t`Loading the secure card form…`} />}>{form}</Suspense>
    </section>
  );
}
