// The payment page's rarer screens, kept out of its first load: offline payment instructions (bank,
// cheque, on site), the placed order, and the advice after a declined card.
import { Trans, useLingui } from '@lingui/react/macro';
import { useNavigate } from 'react-router';
import { errorMessage } from '@/components/ui/error-notice';
import { toast } from '@/components/ui/toast';
import { paths } from '@/config/paths';
import { formatMoney } from '@/lib/money';
import type { Order } from '../api/get-order';
import { useUpdateOrder } from '../api/update-order';
import type { DeclineAdvice } from '../charge-outcome';
import { offlineInstructions } from '../payment-modes';
import { OrderSummary } from './order-summary';
import { StartAgain } from './start-again';
import '../checkout.css';

function Instructions({ order }: { order: Order }) {
  const { t } = useLingui();
  const instructions = offlineInstructions(order);
  if (!instructions) return null;
  const amount = formatMoney(order.amount, order.currency);
  const reference = order.identifier;
  return (
    <section aria-labelledby="instructions-title" className="payment-instructions">
      <h2 id="instructions-title">{instructions.title}</h2>
      <p>{instructions.text || t`The organizer will tell you how to pay.`}</p>
      <p className="muted">{t`Amount to pay: ${amount}. Order reference: ${reference}`}</p>
    </section>
  );
}

/** Bank transfer, cheque and on-site payment: nothing is charged online; the order is placed. */
export function OfflinePayment({ order }: { order: Order }) {
  const { t } = useLingui();
  const navigate = useNavigate();
  const update = useUpdateOrder(order.identifier, order.id);
  return (
    <>
      <Instructions order={order} />
      {update.isError ? (
        <p className="form-error" role="alert">
          {errorMessage(update.error)}
        </p>
      ) : null}
      <button
        type="button"
        className="button button-primary"
        disabled={update.isPending}
        onClick={() =>
          update.mutate(
            { status: 'placed' },
            {
              onSuccess: () => {
                toast.success(t`Your order is placed.`);
                void navigate(paths.order.href(order.identifier, 'placed'), { replace: true });
              },
            },
          )
        }
      >
        {update.isPending ? t`Placing your order…` : t`Place my order`}
      </button>
    </>
  );
}

export function Placed({ order }: { order: Order }) {
  const { t } = useLingui();
  return (
    <section className="page checkout-page" aria-labelledby="placed-title">
      <h1 id="placed-title">{t`Your order is placed`}</h1>
      <p>{t`Your tickets are reserved. The organizer confirms the order once your payment arrives.`}</p>
      <Instructions order={order} />
      <OrderSummary order={order} />
    </section>
  );
}

export interface DeclinedProps {
  /** What the card issuer said. */
  message: string;
  advice: DeclineAdvice;
  order: Order;
}

export function Declined({ message, advice, order }: DeclinedProps) {
  const { t } = useLingui();
  return (
    <section className="page checkout-page" aria-labelledby="declined-title">
      <h1 id="declined-title">{advice.title}</h1>
      <div className="notice notice-error" role="alert">
        <p>{advice.advice}</p>
        <p>
          <Trans>
            Your card issuer said: <q>{message}</q>
          </Trans>
        </p>
      </div>
      <p>
        {t`Nothing was charged. This order has been closed and its tickets released, so start a new order to try again. Card details are not carried over: you enter them again on the new order’s payment page.`}
      </p>
      <StartAgain order={order} />
    </section>
  );
}
