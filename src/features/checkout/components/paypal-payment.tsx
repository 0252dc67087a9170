// PayPal (docs/server-contract.md, "PayPal"): create-paypal-payment gives a payment id, PayPal's checkout approves it,
// and the charge endpoint completes the order with the payer and payment ids.
import { useLingui } from '@lingui/react/macro';
import { useState } from 'react';
import { errorMessage } from '@/components/ui/error-notice';
import { env } from '@/config/env';
import { paths } from '@/config/paths';
import { formatMoney } from '@/lib/money';
import { randomPayerId } from '../paypal-ids';
import type { ChargeInput } from '../api/charge-order';
import { createPaypalPayment } from '../api/create-paypal-payment';
import type { Order } from '../api/get-order';

interface PaypalPaymentProps {
  order: Order;
  locked: boolean;
  pay: (input: ChargeInput) => Promise<void>;
}

export function PaypalPayment({ order, locked, pay }: PaypalPaymentProps) {
  const { t } = useLingui();
  const amount = formatMoney(order.amount, order.currency);
  const [paymentId, setPaymentId] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start() {
    if (starting || locked) return;
    setStarting(true);
    setError(null);
    try {
      const origin = window.location.origin;
      setPaymentId(
        await createPaypalPayment(order.identifier, {
          returnUrl: origin + paths.order.href(order.identifier, 'pending'),
          cancelUrl: origin + paths.order.href(order.identifier, 'pending'),
        }),
      );
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setStarting(false);
    }
  }

  return (
    <section aria-labelledby="paypal-title">
      <h2 id="paypal-title">{t`Pay with PayPal`}</h2>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {paymentId === null ? (
        <button
          type="button"
          className="button button-primary"
          disabled={starting || locked}
          onClick={() => void start()}
        >
          {starting ? t`Contacting PayPal…` : t`Pay ${amount} with PayPal`}
        </button>
      ) : env.apiMocking ? (
        <div className="paypal-sandbox" role="group" aria-labelledby="paypal-sandbox-title">
          <h3 id="paypal-sandbox-title">{t`PayPal (simulated)`}</h3>
          <p className="muted">
            {t`Demo mode: this stands in for PayPal's approval window for payment ${paymentId}.`}
          </p>
          <button
            type="button"
            className="button button-primary"
            disabled={locked}
            onClick={() => void pay({ paypalPayerId: randomPayerId(), paypalPaymentId: paymentId })}
          >
            {t`Approve the payment`}
          </button>{' '}
          <button
            type="button"
            className="button"
            disabled={locked}
            onClick={() => setPaymentId(null)}
          >
            {t`Cancel`}
          </button>
        </div>
      ) : (
        <p className="notice notice-error" role="alert">
          {t`PayPal's checkout window is not part of this version. Choose another way to pay, or contact the organizer.`}
        </p>
      )}
    </section>
  );
}
