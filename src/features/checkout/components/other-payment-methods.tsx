// When card payment cannot be used for an order (a server that would charge the wrong amount,
// Stripe.js blocked or offline): the event's other ways to pay, one click each, on the same order.
import { Trans, useLingui } from '@lingui/react/macro';
import { errorMessage } from '@/components/ui/error-notice';
import { formatMoney } from '@/lib/money';
import { usePublicSettings } from '@/lib/settings';
import type { Order } from '../api/get-order';
import { useUpdateOrder } from '../api/update-order';
import { acceptedModes, PAYMENT_LABELS } from '../payment-modes';

export function OtherPaymentMethods({ order }: { order: Order }) {
  const { t } = useLingui();
  const settings = usePublicSettings();
  const update = useUpdateOrder(order.identifier, order.id);
  const others = acceptedModes(order, settings.data?.isPaypalActivated ?? false).filter(
    (mode) => mode !== 'stripe',
  );
  if (others.length === 0) {
    return (
      <p>
        {t`This event accepts no other way to pay online. Contact the organizer, or come back later.`}
      </p>
    );
  }
  return (
    <section aria-labelledby="other-methods-title" className="other-methods">
      <h3 id="other-methods-title">{t`Pay another way`}</h3>
      <ul className="button-list">
        {others.map((mode) => (
          <li key={mode}>
            <button
              type="button"
              className="button"
              disabled={update.isPending}
              onClick={() => update.mutate({ paymentMode: mode })}
            >
              {PAYMENT_LABELS[mode]}
            </button>
          </li>
        ))}
      </ul>
      {update.isError ? (
        <p className="form-error" role="alert">
          {errorMessage(update.error)}
        </p>
      ) : null}
    </section>
  );
}

/**
 * The token-era server charges `int(amount * 100)` whatever the currency and never tells the
 * client the amount: in a zero-decimal currency that is a hundred times the order.
 */
export function ZeroDecimalTokenRefused({ order }: { order: Order }) {
  const { t } = useLingui();
  const amount = formatMoney(order.amount, order.currency);
  const serverAmount = formatMoney(order.amount * 100, order.currency);
  const currency = order.currency;
  return (
    <>
      <div className="notice notice-error" role="alert">
        <h3>{t`Card payment is off for this currency on this server`}</h3>
        <p>
          <Trans>
            Your order comes to <strong>{amount}</strong>, but this server would ask Stripe for{' '}
            <strong>{serverAmount}</strong>: it counts every currency in cents, and {currency} has
            none. We do not send a card payment whose amount we cannot check.
          </Trans>
        </p>
      </div>
      <OtherPaymentMethods order={order} />
    </>
  );
}
