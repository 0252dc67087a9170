// Paying on today's server (docs/payments.md): the order's PaymentIntent, Stripe's Payment Element
// started with the organizer's key, a check that the intent asks for the amount shown, confirm,
// then verify. A lazily loaded chunk: Stripe code lives here and in the token flow's form only.
import { Trans, useLingui } from '@lingui/react/macro';
import { Elements } from '@stripe/react-stripe-js';
import type { Stripe, StripeElementLocale } from '@stripe/stripe-js';
import { useEffect } from 'react';
import { ErrorNotice } from '@/components/ui/error-notice';
import { Loading } from '@/components/ui/loading';
import { useQueryClient } from '@tanstack/react-query';
import { orderKeys, type Order } from '../api/get-order';
import { OtherPaymentMethods } from '../components/other-payment-methods';
import { StartAgain } from '../components/start-again';
import { WithStripe } from '../stripe/with-stripe';
import { ConfirmForm } from './confirm-form';
import { checkIntentAmount, isConfirmable, type PaymentIntent } from './payment-intent';
import { useOrderIntent } from './use-order-intent';
import { VerifyPayment } from './verify-payment';

export interface PaymentIntentCheckoutProps {
  order: Order;
  publishableKey: string;
  /** "Pay $25.00". */
  payLabel: string;
  /** The server turned out to be of the token era: the page switches to the token form. */
  onTokenEra: () => void;
}

export function PaymentIntentCheckout(props: PaymentIntentCheckoutProps) {
  return (
    <WithStripe
      publishableKey={props.publishableKey}
      unavailable={<OtherPaymentMethods order={props.order} />}
    >
      {(stripe) => <WithIntent {...props} stripe={stripe} />}
    </WithStripe>
  );
}

function WithIntent({
  order,
  payLabel,
  onTokenEra,
  stripe,
}: PaymentIntentCheckoutProps & { stripe: Stripe }) {
  const { t } = useLingui();
  const intent = useOrderIntent(order, stripe);
  const tokenEra = intent.kind === 'token-era';
  useEffect(() => {
    if (tokenEra) onTokenEra();
  }, [tokenEra, onTokenEra]);

  switch (intent.kind) {
    case 'starting':
    case 'token-era':
      return <Loading label={t`Preparing the secure card payment…`} />;
    case 'order-closed':
      return <OrderClosed identifier={order.identifier} />;
    case 'error':
      return (
        <ErrorNotice
          title={t`We could not start the card payment. Nothing was charged.`}
          error={intent.error}
          onRetry={intent.retry}
        />
      );
    case 'unusable':
      return (
        <>
          <p className="notice notice-error" role="alert">
            {t`The server's payment answer could not be used; nothing was charged.`}
          </p>
          <OtherPaymentMethods order={order} />
        </>
      );
    case 'failed': {
      const message = intent.message;
      return (
        <>
          <div className="notice notice-error" role="alert">
            <p>{t`Card payment could not start: ${message}`}</p>
            <p>
              {t`Nothing was charged. The server has closed this order and released its tickets, so start a new order to try again.`}
            </p>
          </div>
          <StartAgain order={order} />
        </>
      );
    }
    case 'ready':
      return (
        <ReadyIntent order={order} intent={intent.intent} stripe={stripe} payLabel={payLabel} />
      );
  }
}

/** The server will not charge this order any more: the page follows the order once it is read. */
function OrderClosed({ identifier }: { identifier: string }) {
  const { t } = useLingui();
  const queryClient = useQueryClient();
  return (
    <div className="notice" role="status">
      <p>{t`This order cannot be paid by card any more. We are reading its current state.`}</p>
      <button
        type="button"
        className="button"
        onClick={() =>
          void queryClient.invalidateQueries({
            queryKey: orderKeys.detail(identifier),
            exact: true,
          })
        }
      >
        {t`Check the order again`}
      </button>
    </div>
  );
}

function ReadyIntent({
  order,
  intent,
  stripe,
  payLabel,
}: {
  order: Order;
  intent: PaymentIntent;
  stripe: Stripe;
  payLabel: string;
}) {
  const { t, i18n } = useLingui();
  if (intent.status === 'succeeded' || intent.status === 'processing') {
    return (
      <VerifyPayment identifier={order.identifier} processing={intent.status === 'processing'} />
    );
  }
  if (!isConfirmable(intent)) {
    const status = intent.status;
    return (
      <p className="notice notice-error" role="alert">
        {t`This card payment is in a state we cannot continue from (${status}). Nothing was charged by this page.`}
      </p>
    );
  }
  const amount = checkIntentAmount(intent, order);
  if (!amount.ok) {
    const { asked, expected } = amount;
    return (
      <>
        <div className="notice notice-error" role="alert">
          <h3>{t`We stopped this card payment`}</h3>
          <p>
            <Trans>
              The server asked Stripe for <strong>{asked}</strong>, but your order comes to{' '}
              <strong>{expected}</strong>. Nothing was charged, and we will not confirm a payment
              for a different amount than the one shown.
            </Trans>
          </p>
        </div>
        <OtherPaymentMethods order={order} />
      </>
    );
  }
  if (amount.shortBy === 1) {
    // The server's float maths lost a cent (19.99 * 100 = 1998.99...): in the buyer's favour.
    console.warn(
      `The server's PaymentIntent ${intent.id} asks for one minor unit less than the order.`,
    );
  }
  return (
    // Stripe's element speaks the page's language, and follows a switch of it (Elements updates).
    <Elements
      stripe={stripe}
      options={{
        clientSecret: intent.clientSecret,
        locale: (i18n.locale || 'auto') as StripeElementLocale,
      }}
    >
      <ConfirmForm order={order} intent={intent} payLabel={payLabel} />
    </Elements>
  );
}
