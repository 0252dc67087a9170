// When card payment cannot be used for an order (a server that would charge the wrong amount,
// Stripe.js blocked or offline): the event's other ways to pay, one click each, on the same order.
import { errorMessage } from '@/components/ui/error-notice';
import { usePublicSettings } from '@/lib/settings';
import type { Order } from '../api/get-order';
import { useUpdateOrder } from '../api/update-order';
import { acceptedModes, PAYMENT_LABELS } from '../payment-modes';

export function OtherPaymentMethods({ order }: { order: Order }) {
  const settings = usePublicSettings();
  const update = useUpdateOrder(order.identifier, order.id);
  const others = acceptedModes(order, settings.data?.isPaypalActivated ?? false).filter(
    (mode) => mode !== 'stripe',
  );
  if (others.length === 0) {
    return (
      <p>
        This event accepts no other way to pay online. Contact the organizer, or come back later.
      </p>
    );
  }
  return (
    <section aria-labelledby="other-methods-title" className="other-methods">
      <h3 id="other-methods-title">Pay another way</h3>
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
