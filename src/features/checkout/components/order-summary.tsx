// What the order holds: event, tickets with quantities, and the total in the event currency.
// On the pages where the buyer fills in a form (`collapsible`), it sits beside the form on a wide
// screen; on a phone it is folded above the form to one line with the total (checkout.css).
import { useLingui } from '@lingui/react/macro';
import { useId, useState } from 'react';
import { formatDateRange } from '@/lib/dates';
import { formatMoney } from '@/lib/money';
import type { Order } from '../api/get-order';

export function OrderSummary({
  order,
  collapsible = false,
}: {
  order: Order;
  collapsible?: boolean;
}) {
  const { t } = useLingui();
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  const total = formatMoney(order.amount, order.currency);
  return (
    <section
      className={collapsible ? 'order-summary order-summary-collapsible' : 'order-summary'}
      aria-labelledby="order-summary-title"
    >
      <div className="order-summary-head">
        <h2 id="order-summary-title">{t`Order summary`}</h2>
        {collapsible ? (
          <button
            type="button"
            className="button button-link order-summary-toggle"
            aria-expanded={open}
            aria-controls={bodyId}
            onClick={() => setOpen((was) => !was)}
          >
            {open ? t`Hide the details` : t`Show the details (${total})`}
          </button>
        ) : null}
      </div>
      <div id={bodyId} className={open ? 'order-summary-body' : 'order-summary-body folded'}>
        <p>
          <strong>
            <bdi>{order.event.name}</bdi>
          </strong>
          <br />
          <span className="muted">
            {formatDateRange(order.event.startsAt, order.event.endsAt, order.event.timezone)}
          </span>
        </p>
        <table className="order-lines">
          <thead>
            <tr>
              <th scope="col">{t`Ticket`}</th>
              <th scope="col">{t`Quantity`}</th>
              <th scope="col">{t`Price`}</th>
            </tr>
          </thead>
          <tbody>
            {order.lines.map((line) => (
              <tr key={line.ticket.id}>
                <td>
                  <bdi>{line.ticket.name}</bdi>
                </td>
                <td>{line.quantity}</td>
                <td>
                  {line.ticket.type === 'free'
                    ? t`Free`
                    : line.ticket.type === 'donation'
                      ? t`Your price`
                      : formatMoney(line.ticket.price, order.currency)}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                {t`Total`}
              </th>
              <td data-testid="order-total">{total}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
